import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { gql, ok } from '../helpers/graphql.js';
import { createUser, em, PASSWORD, uniquePhone } from '../factories/index.js';
import { Session } from '../../server/accounts/session.entity.js';
import { User } from '../../server/accounts/user.entity.js';

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { token user { id name } } }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token user { id name } } }`;
const ME = `{ me { id name } }`;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe('signUp', () => {
  it('creates an account, signs it in, stores only an argon2id hash and a hashed token', async () => {
    const phone = uniquePhone();
    const { signUp } = await ok(app.url, SIGN_UP, { input: { phone, password: 'a-long-password', name: ' 李梅 ' } });
    expect(signUp.user.name).toBe('李梅');
    expect((await ok(app.url, ME, {}, signUp.token)).me).toEqual(signUp.user);
    const user = await em(app).findOneOrFail(User, { phone }, { populate: ['passwordHash'] });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    const sessions = await em(app).find(Session, { user: user.id });
    expect(sessions).toHaveLength(1);
    expect(sessions[0]!.tokenHash).not.toContain(signUp.token);
    expect(sessions[0]!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('sets an HttpOnly session cookie that authenticates on its own', async () => {
    const r = await gql(app.url, SIGN_UP, { input: { phone: uniquePhone(), password: 'a-long-password', name: '赵' } });
    const cookie = r.headers.get('set-cookie')!;
    expect(cookie).toMatch(/gz_session=[^;]+;.*HttpOnly/i);
    const me = await gql(app.url, ME, {}, null, { cookie: cookie.split(';')[0]! });
    expect(me.data.me.id).toBe(r.data.signUp.user.id);
  });

  it('rejects bad input with BAD_USER_INPUT naming the fields, and creates nothing', async () => {
    const phone = 'not-a-phone';
    const r = await gql(app.url, SIGN_UP, { input: { phone, password: 'short', name: '' } });
    expect(r.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(r.errors![0]!.extensions!.fields!).sort()).toEqual(['name', 'password', 'phone']);
    expect(await em(app).count(User, { phone })).toBe(0);
  });

  it('refuses a phone that is already registered', async () => {
    const existing = await createUser(app);
    const r = await gql(app.url, SIGN_UP, { input: { phone: existing.phone, password: 'a-long-password', name: 'x' } });
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { phone: 'is already registered' } });
  });
});

describe('signIn and signOut', () => {
  it('signs in with the right password only, with one message for a wrong phone or password', async () => {
    const u = await createUser(app);
    const good = await ok(app.url, SIGN_IN, { input: { phone: u.phone, password: PASSWORD } });
    expect(good.signIn.user.id).toBe(u.gid);
    const wrongPassword = await gql(app.url, SIGN_IN, { input: { phone: u.phone, password: 'wrong-password' } });
    const wrongPhone = await gql(app.url, SIGN_IN, { input: { phone: uniquePhone(), password: PASSWORD } });
    expect(wrongPassword.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect(wrongPhone.errors![0]!.message).toBe(wrongPassword.errors![0]!.message);
  });

  it('signOut revokes the token: it no longer authenticates', async () => {
    const u = await createUser(app);
    expect((await ok(app.url, ME, {}, u.token)).me.id).toBe(u.gid);
    expect((await ok(app.url, `mutation { signOut }`, {}, u.token)).signOut).toBe(true);
    expect((await ok(app.url, ME, {}, u.token)).me).toBeNull();
    const s = await em(app).findOneOrFail(Session, u.sessionId);
    expect(s.revokedAt).toBeInstanceOf(Date);
  });

  it('signOut without a session is UNAUTHENTICATED', async () => {
    expect((await gql(app.url, `mutation { signOut }`)).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('an unknown or malformed token is anonymous, not an error', async () => {
    expect((await ok(app.url, ME, {}, 'garbage-token')).me).toBeNull();
  });
});

describe('rate limits', () => {
  it('limits sign-in attempts per account with RATE_LIMITED, and sign-ups per address', async () => {
    const limited = await app.startAnother({ RATE_LIMITS: 'on' });
    const u = await createUser(app);
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 12; i++) {
      const r = await gql(limited.url, SIGN_IN, { input: { phone: u.phone, password: 'wrong-password' } });
      codes.push(r.errors![0]!.extensions!.code);
    }
    expect(codes.slice(0, 10).every((c) => c === 'UNAUTHENTICATED')).toBe(true);
    expect(codes.slice(10)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
    // Even the right password is refused while the account is locked out.
    const locked = await gql(limited.url, SIGN_IN, { input: { phone: u.phone, password: PASSWORD } });
    expect(locked.errors![0]!.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(locked.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThan(0);

    const signUpCodes: (string | undefined)[] = [];
    for (let i = 0; i < 11; i++) {
      const r = await gql(limited.url, SIGN_UP, { input: { phone: uniquePhone(), password: 'a-long-password', name: '新' } });
      signUpCodes.push(r.errors?.[0]?.extensions?.code);
    }
    expect(signUpCodes.slice(0, 10)).toEqual(Array(10).fill(undefined));
    expect(signUpCodes[10]).toBe('RATE_LIMITED');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { gql, ok } from '../helpers/graphql.js';
import { createUser, em, PASSWORD, uniquePhone } from '../factories/index.js';
import { Session } from '../../server/accounts/session.entity.js';
import { User } from '../../server/accounts/user.entity.js';
import { PRIVACY_NOTICE_VERSION } from '../../server/accounts/privacy.js';
import { PHONE_NOT_AVAILABLE } from '../../server/accounts/accounts.service.js';

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { token user { id name } } }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token user { id name } } }`;
const ME = `{ me { id name } }`;
const consent = { privacyNoticeVersion: PRIVACY_NOTICE_VERSION };
const CONSENT_OF_ME = `{ me { privacyConsent { version at } } }`;
const CONSENT = `mutation($version: String!) { consentToPrivacyNotice(version: $version) { id privacyConsent { version at } } }`;
/** From another address: the server trusts X-Forwarded-For from the loopback proxy. */
const from = (ip: string) => ({ 'x-forwarded-for': ip });

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe('signUp', () => {
  it('creates an account, signs it in, stores only an argon2id hash and a hashed token', async () => {
    const phone = uniquePhone();
    const { signUp } = await ok(app.url, SIGN_UP, { input: { phone, password: 'a-long-password', name: ' 李梅 ', ...consent } });
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
    const r = await gql(app.url, SIGN_UP, { input: { phone: uniquePhone(), password: 'a-long-password', name: '赵', ...consent } });
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

  it('records the consent to the privacy notice, with its time and version', async () => {
    const phone = uniquePhone();
    await ok(app.url, SIGN_UP, { input: { phone, password: 'a-long-password', name: '周', ...consent } });
    const user = await em(app).findOneOrFail(User, { phone });
    expect(user.privacyNoticeVersion).toBe(PRIVACY_NOTICE_VERSION);
    expect(Math.abs(user.privacyConsentAt!.getTime() - Date.now())).toBeLessThan(60_000);
  });

  it("signs up with the contract's three fields alone, and records no consent", async () => {
    const phone = uniquePhone();
    const { signUp } = await ok(app.url, `mutation($input: SignUpInput!) { signUp(input: $input) { token user { id privacyConsent { version at } } } }`, {
      input: { phone, password: 'a-long-password', name: '周' },
    });
    expect(signUp.user.privacyConsent).toBeNull();
    expect((await ok(app.url, CONSENT_OF_ME, {}, signUp.token)).me.privacyConsent).toBeNull();
    const user = await em(app).findOneOrFail(User, { phone });
    expect(user.privacyNoticeVersion).toBeNull();
    expect(user.privacyConsentAt).toBeNull();
  });

  it('refuses a sign-up with a version other than the current privacy notice, and creates nothing', async () => {
    for (const privacyNoticeVersion of ['2020-01-01', '']) {
      const phone = uniquePhone();
      const r = await gql(app.url, SIGN_UP, { input: { phone, password: 'a-long-password', name: '周', privacyNoticeVersion } });
      expect(r.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
      expect(Object.keys(r.errors![0]!.extensions!.fields!)).toEqual(['privacyNoticeVersion']);
      expect(await em(app).count(User, { phone })).toBe(0);
    }
  });

  it('tells the client the current notice version', async () => {
    expect((await ok(app.url, `{ privacyNotice { version } }`)).privacyNotice.version).toBe(PRIVACY_NOTICE_VERSION);
  });
});

describe('consentToPrivacyNotice', () => {
  it('records the consent of an account without one, with the time; again changes nothing', async () => {
    const person = await createUser(app, { consent: false });
    expect((await ok(app.url, CONSENT_OF_ME, {}, person.token)).me.privacyConsent).toBeNull();
    const before = Date.now();
    const { consentToPrivacyNotice } = await ok(app.url, CONSENT, { version: PRIVACY_NOTICE_VERSION }, person.token);
    expect(consentToPrivacyNotice.id).toBe(person.gid);
    expect(consentToPrivacyNotice.privacyConsent.version).toBe(PRIVACY_NOTICE_VERSION);
    const at = new Date(consentToPrivacyNotice.privacyConsent.at).getTime();
    expect(at).toBeGreaterThanOrEqual(before - 1000);
    expect((await ok(app.url, CONSENT_OF_ME, {}, person.token)).me.privacyConsent).toEqual(consentToPrivacyNotice.privacyConsent);
    const user = await em(app).findOneOrFail(User, person.id);
    expect(user.privacyNoticeVersion).toBe(PRIVACY_NOTICE_VERSION);
    expect(user.privacyConsentAt!.getTime()).toBe(at);

    const again = await ok(app.url, CONSENT, { version: PRIVACY_NOTICE_VERSION }, person.token);
    expect(again.consentToPrivacyNotice.privacyConsent).toEqual(consentToPrivacyNotice.privacyConsent);
  });

  it('refuses a version other than the current one on `version`, and records nothing', async () => {
    const person = await createUser(app, { consent: false });
    for (const version of ['2020-01-01', '']) {
      const r = await gql(app.url, CONSENT, { version }, person.token);
      expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { version: expect.any(String) } });
    }
    expect((await em(app).findOneOrFail(User, person.id)).privacyNoticeVersion).toBeNull();
  });

  it('needs a session', async () => {
    const r = await gql(app.url, CONSENT, { version: PRIVACY_NOTICE_VERSION });
    expect(r.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });

  it("shows a person's consent to that person only", async () => {
    const person = await createUser(app);
    const other = await createUser(app);
    const q = `query($id: ID!) { node(id: $id) { ... on User { privacyConsent { version } } } }`;
    expect((await ok(app.url, q, { id: person.gid }, person.token)).node.privacyConsent).toEqual({ version: PRIVACY_NOTICE_VERSION });
    expect((await ok(app.url, q, { id: person.gid }, other.token)).node.privacyConsent).toBeNull();
  });

  it('refuses the most common passwords and the phone number, naming the field, and creates nothing', async () => {
    const phone = uniquePhone();
    for (const password of ['password123', '12345678', 'woaini1314', phone, `${phone}a`]) {
      const r = await gql(app.url, SIGN_UP, { input: { phone, password, name: '钱', ...consent } });
      expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { password: expect.any(String) } });
    }
    expect(await em(app).count(User, { phone })).toBe(0);
  });
});

describe('signUp at the same moment', () => {
  it('two sign-ups of one new phone with different passwords: one account, one success, the other refused on phone', async () => {
    const phone = uniquePhone();
    const results = await Promise.all(['first-sign-up-pw-1', 'second-sign-up-pw-2'].map((password) => gql(app.url, SIGN_UP, { input: { phone, password, name: '同时', ...consent } })));
    expect(await em(app).count(User, { phone })).toBe(1);
    expect(results.filter((r) => r.data?.signUp)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.fields?.phone === PHONE_NOT_AVAILABLE)).toHaveLength(1);
  }, 60_000);
});

describe('signUp with a registered phone', () => {
  it('does not say that the phone is registered, and changes nothing of the account', async () => {
    const existing = await createUser(app);
    const before = await em(app).findOneOrFail(User, { phone: existing.phone }, { populate: ['passwordHash'] });
    const r = await gql(app.url, SIGN_UP, { input: { phone: existing.phone, password: 'a-long-password', name: 'x', ...consent } });
    expect(r.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: { phone: PHONE_NOT_AVAILABLE } });
    expect(r.errors![0]!.message).not.toMatch(/already|exists|taken/i);
    const after = await em(app).findOneOrFail(User, { phone: existing.phone }, { populate: ['passwordHash'] });
    expect({ name: after.name, hash: after.passwordHash }).toEqual({ name: before.name, hash: before.passwordHash });
    expect(await em(app).count(Session, { user: existing.id })).toBe(1);
  });

  it("with that account's own password answers as for a new phone: the person is signed in", async () => {
    const existing = await createUser(app);
    const fresh = await ok(app.url, SIGN_UP, { input: { phone: uniquePhone(), password: PASSWORD, name: '新', ...consent } });
    const again = await ok(app.url, SIGN_UP, { input: { phone: existing.phone, password: PASSWORD, name: '别的名字', ...consent } });
    expect(Object.keys(again.signUp)).toEqual(Object.keys(fresh.signUp));
    expect(again.signUp.user).toEqual({ id: existing.gid, name: existing.name });
    expect((await ok(app.url, ME, {}, again.signUp.token)).me.id).toBe(existing.gid);
  });

  it('is counted like a failed sign-in of that phone from that address', async () => {
    const limited = await app.startAnother({ RATE_LIMITS: 'on' });
    const u = await createUser(app);
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 6; i++) codes.push((await gql(limited.url, SIGN_UP, { input: { phone: u.phone, password: `guess-${i}-abcdef`, name: 'x', ...consent } }, null, from('10.1.0.1'))).errors![0]!.extensions!.code);
    for (let i = 0; i < 5; i++) codes.push((await gql(limited.url, SIGN_IN, { input: { phone: u.phone, password: `guess-${i}-abcdef` } }, null, from('10.1.0.1'))).errors![0]!.extensions!.code);
    expect(codes).toEqual([...Array(6).fill('BAD_USER_INPUT'), ...Array(4).fill('UNAUTHENTICATED'), 'RATE_LIMITED']);
  }, 120_000);
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

// Each failed guess costs an argon2id check (64 MiB, t=3): on two shared cores, a second or more.
describe('rate limits', () => {
  it('limits failed sign-ins per phone and address with RATE_LIMITED, and sign-ups per address', async () => {
    const limited = await app.startAnother({ RATE_LIMITS: 'on' });
    const u = await createUser(app);
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 12; i++) {
      const r = await gql(limited.url, SIGN_IN, { input: { phone: u.phone, password: 'wrong-password' } });
      codes.push(r.errors![0]!.extensions!.code);
    }
    expect(codes.slice(0, 10).every((c) => c === 'UNAUTHENTICATED')).toBe(true);
    expect(codes.slice(10)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
    // From that address even the right password is refused while it is locked out.
    const locked = await gql(limited.url, SIGN_IN, { input: { phone: u.phone, password: PASSWORD } });
    expect(locked.errors![0]!.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(locked.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThan(0);

    const signUpCodes: (string | undefined)[] = [];
    for (let i = 0; i < 11; i++) {
      const r = await gql(limited.url, SIGN_UP, { input: { phone: uniquePhone(), password: 'a-long-password', name: '新', ...consent } });
      signUpCodes.push(r.errors?.[0]?.extensions?.code);
    }
    expect(signUpCodes.slice(0, 10)).toEqual(Array(10).fill(undefined));
    expect(signUpCodes[10]).toBe('RATE_LIMITED');
  }, 180_000);

  it("an attacker who exhausts a phone's limit from one address does not lock the owner out from another", async () => {
    const limited = await app.startAnother({ RATE_LIMITS: 'on' });
    const owner = await createUser(app);
    const attacker = from('203.0.113.7');
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 11; i++) codes.push((await gql(limited.url, SIGN_IN, { input: { phone: owner.phone, password: `guess-${i}` } }, null, attacker)).errors![0]!.extensions!.code);
    expect(codes.at(-1)).toBe('RATE_LIMITED');
    // The attacker stays locked out, even with the right password...
    expect((await gql(limited.url, SIGN_IN, { input: { phone: owner.phone, password: PASSWORD } }, null, attacker)).errors![0]!.extensions!.code).toBe('RATE_LIMITED');
    // ...while the owner, from home, signs in.
    const home = await gql(limited.url, SIGN_IN, { input: { phone: owner.phone, password: PASSWORD } }, null, from('198.51.100.23'));
    expect(home.errors).toBeUndefined();
    expect(home.data.signIn.user.id).toBe(owner.gid);
  }, 120_000);

  it('parallel guesses cannot slip past the limit: of 16 at once, exactly 10 are checked', async () => {
    const limited = await app.startAnother({ RATE_LIMITS: 'on' });
    const owner = await createUser(app);
    const results = await Promise.all(Array.from({ length: 16 }, (_, i) => gql(limited.url, SIGN_IN, { input: { phone: owner.phone, password: `guess-${i}` } }, null, from('203.0.113.8'))));
    const codes = results.map((r) => r.errors![0]!.extensions!.code);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(10);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(6);
  }, 120_000);
});

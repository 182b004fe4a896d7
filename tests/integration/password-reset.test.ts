import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { errorCode, gql, ok, wsClient } from '../helpers/graphql.js';
import { createCommunity, createUser, em, MemberRole, PASSWORD, reside, seat, type TestCommunity, type TestUser } from '../factories/index.js';
import { PasswordResetCode } from '../../server/accounts/reset-code.entity.js';
import { DomainEvent } from '../../server/events/domain-event.entity.js';
import { Notification } from '../../server/events/notification.entity.js';

const ISSUE = `mutation($id: ID!) { issuePasswordResetCode(residencyId: $id) { code expiresAt user { id name } } }`;
const RESET = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token } }`;
const ME = `{ me { id } }`;
const NEW_PASSWORD = 'plum-blossom-river-3';

let app: TestApp;
let c: TestCommunity;
let member: TestUser;
let gridWorker: TestUser;
beforeAll(async () => {
  app = await startTestApp();
  c = await createCommunity(app);
  member = await createUser(app);
  await seat(app, member, c.orgs.rc.id, MemberRole.MEMBER);
  gridWorker = await createUser(app);
  await seat(app, gridWorker, c.orgs.rc.id, MemberRole.GRID_WORKER);
});
afterAll(() => app.close());

async function resident(opts: { verified?: boolean; community?: TestCommunity; admin?: boolean } = {}) {
  const user = await createUser(app, { admin: opts.admin });
  const residencyId = await reside(app, user, (opts.community ?? c).id, { unitId: (opts.community ?? c).units[0]!.id, verified: opts.verified ?? true });
  return { user, residencyId };
}

const codesOf = (userId: string) => em(app).count(PasswordResetCode, { user: userId });

describe('issuePasswordResetCode', () => {
  it("a residents' committee member issues an 8-digit code valid 15 minutes, kept only as a hash, recorded as an event and told to the resident", async () => {
    const { user, residencyId } = await resident();
    const { issuePasswordResetCode: r } = await ok(app.url, ISSUE, { id: residencyId }, member.token);
    expect(r.code).toMatch(/^\d{8}$/);
    expect(r.user).toEqual({ id: user.gid, name: user.name });
    const minutes = (new Date(r.expiresAt).getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(14);
    expect(minutes).toBeLessThanOrEqual(15);
    const [row] = await em(app).find(PasswordResetCode, { user: user.id });
    expect(row!.codeHash).toMatch(/^\$argon2id\$/);
    expect(row!.codeHash).not.toContain(r.code);
    const [event] = await em(app).find(DomainEvent, { type: 'resetCode.issued', subjectId: user.id });
    expect(event!.actor!.id).toBe(member.id);
    expect(event!.community.id).toBe(c.id);
    expect(JSON.stringify(event!.data)).not.toContain(r.code);
    expect(await em(app).count(Notification, { user: user.id, event: event!.id })).toBe(1);
  });

  it('two members issuing at once leave one live code: only the newer one works', async () => {
    const { user, residencyId } = await resident();
    const [a, b] = await Promise.all([member, gridWorker].map((m) => ok(app.url, ISSUE, { id: residencyId }, m.token)));
    const codes = [a.issuePasswordResetCode.code, b.issuePasswordResetCode.code];
    const live = await em(app).find(PasswordResetCode, { user: user.id, usedAt: null, expiresAt: { $gt: new Date() } });
    expect(live).toHaveLength(1);
    const results = [];
    for (const code of codes) results.push(await gql(app.url, RESET, { input: { phone: user.phone, code, newPassword: NEW_PASSWORD } }));
    expect(results.filter((r) => r.data?.resetPassword === true)).toHaveLength(1);
  }, 60_000);

  it('a grid worker of the committee may issue one too', async () => {
    const { residencyId } = await resident();
    expect((await ok(app.url, ISSUE, { id: residencyId }, gridWorker.token)).issuePasswordResetCode.code).toMatch(/^\d{8}$/);
  });

  it('is refused to anyone else, for an unverified or own residency and for an admin, writing nothing', async () => {
    const { user, residencyId } = await resident();
    const stranger = await createUser(app);
    const propertyStaff = await createUser(app);
    await seat(app, propertyStaff, c.orgs.pm.id, MemberRole.STAFF);
    const otherCommunity = await createCommunity(app, '别的社区');
    const otherCommittee = await createUser(app);
    await seat(app, otherCommittee, otherCommunity.orgs.rc.id, MemberRole.CHAIR);
    expect(await errorCode(app.url, ISSUE, { id: residencyId })).toBe('UNAUTHENTICATED');
    expect(await errorCode(app.url, ISSUE, { id: residencyId }, stranger.token)).toBe('FORBIDDEN');
    expect(await errorCode(app.url, ISSUE, { id: residencyId }, propertyStaff.token)).toBe('FORBIDDEN');
    expect(await errorCode(app.url, ISSUE, { id: residencyId }, otherCommittee.token)).toBe('FORBIDDEN');
    expect(await errorCode(app.url, ISSUE, { id: residencyId }, user.token)).toBe('FORBIDDEN');
    expect(await codesOf(user.id)).toBe(0);

    const pending = await resident({ verified: false });
    const r = await gql(app.url, ISSUE, { id: pending.residencyId }, member.token);
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { residencyId: expect.any(String) } });
    expect(await codesOf(pending.user.id)).toBe(0);

    const own = await reside(app, member, c.id, { unitId: c.units[1]!.id });
    expect((await gql(app.url, ISSUE, { id: own }, member.token)).errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { residencyId: expect.any(String) } });

    const admin = await resident({ admin: true });
    expect(await errorCode(app.url, ISSUE, { id: admin.residencyId }, member.token)).toBe('FORBIDDEN');
    expect(await codesOf(admin.user.id)).toBe(0);

    expect((await gql(app.url, ISSUE, { id: 'not-an-id' }, member.token)).errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { residencyId: expect.any(String) } });
  });
});

describe('resetPassword', () => {
  it('sets the new password with the code, once; every session of the account ends, live streams too', async () => {
    const { user, residencyId } = await resident();
    let closed: number | null = null;
    const socket = wsClient(app.wsUrl, user.token, { lazy: false, onClosed: (code) => (closed = code) });
    await new Promise<void>((ready) => socket.on('connected', () => ready()));
    const { code } = (await ok(app.url, ISSUE, { id: residencyId }, member.token)).issuePasswordResetCode;

    expect((await ok(app.url, RESET, { input: { phone: user.phone, code, newPassword: NEW_PASSWORD } })).resetPassword).toBe(true);
    expect((await ok(app.url, ME, {}, user.token)).me).toBeNull();
    for (let i = 0; closed === null && i < 500; i++) await new Promise((r) => setTimeout(r, 20));
    expect(closed).toBe(4403);
    expect(await errorCode(app.url, SIGN_IN, { input: { phone: user.phone, password: PASSWORD } })).toBe('UNAUTHENTICATED');
    expect((await ok(app.url, SIGN_IN, { input: { phone: user.phone, password: NEW_PASSWORD } })).signIn.token).toBeTruthy();

    const [event] = await em(app).find(DomainEvent, { type: 'password.reset', subjectId: user.id });
    expect(event!.actor!.id).toBe(user.id);
    expect(event!.data).toMatchObject({ sessionsEnded: 1 });

    const again = await gql(app.url, RESET, { input: { phone: user.phone, code, newPassword: 'another-pass-word-9' } });
    expect(again.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { code: expect.any(String) } });
    await socket.dispose();
  }, 60_000);

  it('two resets with one code at the same moment: exactly one succeeds', async () => {
    const { user, residencyId } = await resident();
    const { code } = (await ok(app.url, ISSUE, { id: residencyId }, member.token)).issuePasswordResetCode;
    const results = await Promise.all(['first-pass-word-1', 'second-pass-word-2'].map((newPassword) => gql(app.url, RESET, { input: { phone: user.phone, code, newPassword } })));
    expect(results.filter((r) => r.data?.resetPassword === true)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'BAD_USER_INPUT')).toHaveLength(1);
  }, 60_000);

  it('a wrong code, an unknown phone, an expired or superseded code get one answer and change nothing', async () => {
    const { user, residencyId } = await resident();
    const first = (await ok(app.url, ISSUE, { id: residencyId }, member.token)).issuePasswordResetCode.code;
    const second = (await ok(app.url, ISSUE, { id: residencyId }, member.token)).issuePasswordResetCode.code;
    const wrong = second === '00000000' ? '00000001' : '00000000';
    const answers = [];
    for (const [phone, code] of [[user.phone, first], [user.phone, wrong], ['13000000000', second]] as const) {
      answers.push((await gql(app.url, RESET, { input: { phone, code, newPassword: NEW_PASSWORD } })).errors![0]!);
    }
    for (const a of answers) expect(a).toEqual(answers[0]);
    expect(answers[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { code: expect.any(String) } });
    expect((await ok(app.url, ME, {}, user.token)).me.id).toBe(user.gid);

    await em(app).nativeUpdate(PasswordResetCode, { user: user.id }, { expiresAt: new Date(Date.now() - 1000) });
    expect(await errorCode(app.url, RESET, { input: { phone: user.phone, code: second, newPassword: NEW_PASSWORD } })).toBe('BAD_USER_INPUT');
    expect((await ok(app.url, SIGN_IN, { input: { phone: user.phone, password: PASSWORD } })).signIn.token).toBeTruthy();
  }, 60_000);

  it('five wrong guesses burn the code', async () => {
    const { user, residencyId } = await resident();
    const { code } = (await ok(app.url, ISSUE, { id: residencyId }, member.token)).issuePasswordResetCode;
    const wrong = code === '11111111' ? '22222222' : '11111111';
    for (let i = 0; i < 5; i++) expect(await errorCode(app.url, RESET, { input: { phone: user.phone, code: wrong, newPassword: NEW_PASSWORD } })).toBe('BAD_USER_INPUT');
    expect(await errorCode(app.url, RESET, { input: { phone: user.phone, code, newPassword: NEW_PASSWORD } })).toBe('BAD_USER_INPUT');
    expect((await ok(app.url, ME, {}, user.token)).me.id).toBe(user.gid);
  }, 60_000);

  it('refuses a weak new password on newPassword, leaving the code usable', async () => {
    const { user, residencyId } = await resident();
    const { code } = (await ok(app.url, ISSUE, { id: residencyId }, member.token)).issuePasswordResetCode;
    for (const newPassword of ['12345678', user.phone, 'qwertyuiop']) {
      const r = await gql(app.url, RESET, { input: { phone: user.phone, code, newPassword } });
      expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { newPassword: expect.any(String) } });
    }
    expect((await ok(app.url, RESET, { input: { phone: user.phone, code, newPassword: NEW_PASSWORD } })).resetPassword).toBe(true);
  }, 60_000);

  it('is rate-limited per address: after 10 wrong codes, RATE_LIMITED', async () => {
    const limited = await app.startAnother({ RATE_LIMITS: 'on' });
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 11; i++) {
      const r = await gql(limited.url, RESET, { input: { phone: `1380000${String(i).padStart(4, '0')}`, code: '12345678', newPassword: NEW_PASSWORD } }, null, { 'x-forwarded-for': '203.0.113.50' });
      codes.push(r.errors![0]!.extensions!.code);
    }
    expect(codes).toEqual([...Array(10).fill('BAD_USER_INPUT'), 'RATE_LIMITED']);
  }, 120_000);
});

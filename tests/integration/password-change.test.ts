import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { collect, errorCode, gql, ok, wsClient } from '../helpers/graphql.js';
import { createUser, em, PASSWORD, type TestUser } from '../factories/index.js';
import { createSession } from '../../server/accounts/session.service.js';
import { Session } from '../../server/accounts/session.entity.js';
import { User } from '../../server/accounts/user.entity.js';

const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`;
const EVERYWHERE = `mutation { signOutEverywhere }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token } }`;
const ME = `{ me { id } }`;
const STREAM = `subscription { notificationAdded { id } }`;
const NEW_PASSWORD = 'river-stone-lantern-7';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

/** Another signed-in device of the same person. */
async function anotherSession(user: TestUser): Promise<string> {
  const e = em(app);
  const { token } = createSession(e, user.id, 1, new Date());
  await e.flush();
  return token;
}

/** A real graphql-ws socket of `token` with a live stream running: how it ends, and whether it did. */
async function liveStream(token: string) {
  let closed: { code: number; reason: string } | null = null;
  const client = wsClient(app.wsUrl, token, { lazy: false, onClosed: (code, reason) => (closed = { code, reason }) });
  const stream = collect(client, STREAM);
  // The socket is acknowledged and the stream subscribed once a ping round-trips after it.
  await new Promise<void>((ready, fail) => {
    const t = setTimeout(() => fail(new Error('socket not ready')), 10_000);
    client.on('connected', () => (clearTimeout(t), ready()));
  });
  return {
    client,
    stream,
    get closed() {
      return closed;
    },
    async ended(ms = 10_000): Promise<{ code: number; reason: string }> {
      const deadline = Date.now() + ms;
      while (!closed) {
        if (Date.now() > deadline) throw new Error('the socket stayed open');
        await new Promise((r) => setTimeout(r, 20));
      }
      return closed;
    },
  };
}

async function stillOpen(s: Awaited<ReturnType<typeof liveStream>>): Promise<boolean> {
  // A query over the same socket is answered only while it is open and authenticated.
  const r = await new Promise<unknown>((done, fail) => {
    s.client.subscribe({ query: ME }, { next: (v) => done(v), error: fail, complete: () => undefined });
  });
  return (r as { data: { me: { id: string } | null } }).data.me !== null && s.closed === null;
}

describe('changePassword', () => {
  it('ends every other session and its live streams at once (4403); this one stays, with its stream', async () => {
    const u = await createUser(app);
    const [b, c] = [await anotherSession(u), await anotherSession(u)];
    const [sa, sb, sc] = [await liveStream(u.token), await liveStream(b), await liveStream(c)];

    expect((await ok(app.url, CHANGE, { input: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD } }, u.token)).changePassword).toBe(2);

    expect((await sb.ended()).code).toBe(4403);
    expect((await sc.ended()).code).toBe(4403);
    expect(sb.stream.done && sc.stream.done).toBe(true);
    expect(await stillOpen(sa)).toBe(true);
    expect(sa.stream.done).toBe(false);
    expect((await ok(app.url, ME, {}, b)).me).toBeNull();
    expect((await ok(app.url, ME, {}, u.token)).me.id).toBe(u.gid);

    expect(await errorCode(app.url, SIGN_IN, { input: { phone: u.phone, password: PASSWORD } })).toBe('UNAUTHENTICATED');
    expect((await ok(app.url, SIGN_IN, { input: { phone: u.phone, password: NEW_PASSWORD } })).signIn.token).toBeTruthy();
    for (const s of [sa, sb, sc]) await s.client.dispose();
  });

  it('refuses a wrong current password, a weak new one, or the same one, and changes nothing', async () => {
    const u = await createUser(app);
    const other = await anotherSession(u);
    const before = await em(app).findOneOrFail(User, u.id, { populate: ['passwordHash'] });
    const cases: [Record<string, string>, string][] = [
      [{ currentPassword: 'not-my-password', newPassword: NEW_PASSWORD }, 'currentPassword'],
      [{ currentPassword: PASSWORD, newPassword: 'password123' }, 'newPassword'],
      [{ currentPassword: PASSWORD, newPassword: u.phone }, 'newPassword'],
      [{ currentPassword: PASSWORD, newPassword: PASSWORD }, 'newPassword'],
      [{ currentPassword: PASSWORD, newPassword: 'short' }, 'newPassword'],
    ];
    for (const [input, field] of cases) {
      const r = await gql(app.url, CHANGE, { input }, u.token);
      expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { [field]: expect.any(String) } });
    }
    const after = await em(app).findOneOrFail(User, u.id, { populate: ['passwordHash'] });
    expect(after.passwordHash).toBe(before.passwordHash);
    expect((await ok(app.url, ME, {}, other)).me.id).toBe(u.gid);
  });

  it('needs a session', async () => {
    expect(await errorCode(app.url, CHANGE, { input: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD } })).toBe('UNAUTHENTICATED');
  });

  it('two changes at once from two devices: one wins, and its password is the one that works', async () => {
    const u = await createUser(app);
    const other = await anotherSession(u);
    const results = await Promise.all([
      gql(app.url, CHANGE, { input: { currentPassword: PASSWORD, newPassword: 'first-winner-pass-1' } }, u.token),
      gql(app.url, CHANGE, { input: { currentPassword: PASSWORD, newPassword: 'second-winner-pass-2' } }, other),
    ]);
    const winners = results.map((r, i) => (r.errors ? null : i)).filter((i) => i !== null);
    expect(winners).toHaveLength(1);
    const loser = results[1 - winners[0]!]!;
    // The loser either read the new hash (its current password is now wrong) or lost the update,
    // or its session had already been ended by the winner.
    expect(['BAD_USER_INPUT', 'CONFLICT', 'UNAUTHENTICATED']).toContain(loser.errors![0]!.extensions!.code);
    const password = winners[0] === 0 ? 'first-winner-pass-1' : 'second-winner-pass-2';
    expect((await ok(app.url, SIGN_IN, { input: { phone: u.phone, password } })).signIn.token).toBeTruthy();
  }, 60_000);
});

describe('signOutEverywhere', () => {
  it('ends every other session and its live stream; this one stays', async () => {
    const u = await createUser(app);
    const b = await anotherSession(u);
    const stranger = await createUser(app);
    const [sa, sb, sx] = [await liveStream(u.token), await liveStream(b), await liveStream(stranger.token)];

    expect((await ok(app.url, EVERYWHERE, {}, u.token)).signOutEverywhere).toBe(1);
    expect((await sb.ended()).code).toBe(4403);
    expect(await stillOpen(sa)).toBe(true);
    expect(await stillOpen(sx)).toBe(true);
    expect((await ok(app.url, ME, {}, b)).me).toBeNull();
    const rows = await em(app).find(Session, { user: u.id }, { orderBy: { createdAt: 'asc' } });
    expect(rows.filter((s) => s.revokedAt).map((s) => s.id)).not.toContain(u.sessionId);
    // Nothing left to end.
    expect((await ok(app.url, EVERYWHERE, {}, u.token)).signOutEverywhere).toBe(0);
    for (const s of [sa, sb, sx]) await s.client.dispose();
  });

  it('needs a session', async () => {
    expect(await errorCode(app.url, EVERYWHERE)).toBe('UNAUTHENTICATED');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { RawSocket } from '../helpers/raw-ws.js';
import { createCommunity, createUser, type TestCommunity, type TestUser } from '../factories/index.js';
import { SESSION_COOKIE } from '../../server/accounts/session.service.js';

// Regressions on live resources:
// - 5,000 subscriptions on one socket were accepted and stalled every other client for 3.6 s:
//   a socket holds at most WS_MAX_OPERATIONS operations, the next one gets LIMIT_EXCEEDED.
// - one session could open any number of sockets: at most WS_MAX_SOCKETS_PER_SESSION, the next
//   one is closed with 4429.
// - a page of another site could open a socket signed in by the visitor's session cookie: a
//   cookie authenticates only from our own origin (or WS_ALLOWED_ORIGINS); a Bearer token from any.

const SUB = `subscription($c: ID!) { communityEvents(communityId: $c) { id } }`;

let app: TestApp;
let admin: TestUser;
let community: TestCommunity;
beforeAll(async () => {
  app = await startTestApp({ env: { WS_MAX_OPERATIONS: '3', WS_MAX_SOCKETS_PER_SESSION: '2', WS_ALLOWED_ORIGINS: 'https://app.example.cn' } });
  admin = await createUser(app, { admin: true });
  community = await createCommunity(app);
});
afterAll(() => app.close());

/** A socket as a browser opens it: with an Origin header and the session cookie, no token. */
function browserSocket(origin: string, token: string): Promise<RawSocket> {
  return RawSocket.open(app.wsUrl, 'graphql-transport-ws', { headers: { origin, cookie: `${SESSION_COOKIE}=${token}` } });
}

describe('operations per socket', () => {
  it('refuses the operation past the cap with LIMIT_EXCEEDED, keeps the socket and the others, and frees a slot on complete', async () => {
    const socket = await RawSocket.open(app.wsUrl);
    await socket.init(admin.token);
    for (const id of ['1', '2', '3']) socket.subscribe(id, SUB, { c: community.gid });
    socket.subscribe('4', SUB, { c: community.gid });
    const refused = await socket.waitFor((m) => m.id === '4');
    expect(refused).toEqual({
      id: '4',
      type: 'error',
      payload: [{ message: 'At most 3 operations at once on one connection', extensions: { code: 'LIMIT_EXCEEDED', limit: 3 } }],
    });
    expect(socket.isOpen).toBe(true);

    // Another socket of the same session has its own operations.
    const other = await RawSocket.open(app.wsUrl);
    await other.init(admin.token);
    other.subscribe('a', `query { me { id } }`);
    expect((await other.waitFor((m) => m.id === 'a')).type).toBe('next');
    other.ws.close();
    await other.closed;

    socket.send({ id: '1', type: 'complete' });
    socket.subscribe('5', `query { me { id } }`);
    expect((await socket.waitFor((m) => m.id === '5')).type).toBe('next');
    expect(socket.of('1').filter((m) => m.type === 'error')).toEqual([]);
    socket.ws.close();
    await socket.closed;
  });
});

describe('sockets per session', () => {
  it('closes the socket past the cap with 4429; another session is not affected; a closed socket frees its place', async () => {
    const user = await createUser(app);
    const first = await RawSocket.open(app.wsUrl);
    await first.init(user.token);
    const second = await RawSocket.open(app.wsUrl);
    await second.init(user.token);

    const third = await RawSocket.open(app.wsUrl);
    third.send({ type: 'connection_init', payload: { authorization: `Bearer ${user.token}` } });
    expect(await third.closed).toEqual({ code: 4429, reason: 'Too many connections for this session (at most 2)' });

    const someoneElse = await RawSocket.open(app.wsUrl);
    await someoneElse.init(admin.token);

    first.ws.close();
    await first.closed;
    const again = await RawSocket.open(app.wsUrl);
    await again.init(user.token);
    for (const s of [second, someoneElse, again]) s.ws.close();
  });
});

describe('the session cookie and the Origin', () => {
  it('refuses a cookie-authenticated socket from a foreign origin with 4403', async () => {
    const user = await createUser(app);
    const socket = await browserSocket('https://evil.example.com', user.token);
    socket.send({ type: 'connection_init' });
    expect(await socket.closed).toEqual({ code: 4403, reason: 'Origin not allowed to use the session cookie' });
  });

  it('accepts the cookie from our own origin and from an allowed one, and a Bearer token from any origin', async () => {
    const user = await createUser(app);
    const own = await browserSocket(app.url, user.token);
    await own.init(null);
    own.subscribe('me', `query { me { id } }`);
    expect((await own.waitFor((m) => m.id === 'me')).payload.data.me.id).toBe(user.gid);
    own.ws.close();
    await own.closed;

    const allowed = await browserSocket('https://app.example.cn', user.token);
    await allowed.init(null);
    allowed.ws.close();
    await allowed.closed;

    const bearer = await RawSocket.open(app.wsUrl, 'graphql-transport-ws', { headers: { origin: 'https://evil.example.com' } });
    await bearer.init(user.token);
    bearer.ws.close();
  });
});

it('the caps and the origins are configuration, checked at start', async () => {
  const { loadConfig } = await import('../../server/core/config.js');
  expect(() => loadConfig({ WS_MAX_OPERATIONS: '0' })).toThrow(/WS_MAX_OPERATIONS/);
  expect(() => loadConfig({ WS_ALLOWED_ORIGINS: 'evil.example.com/path' })).toThrow(/WS_ALLOWED_ORIGINS/);
  expect(loadConfig({})).toMatchObject({ WS_MAX_OPERATIONS: 100, WS_MAX_SOCKETS_PER_SESSION: 20, WS_ALLOWED_ORIGINS: [] });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { gql } from '../helpers/graphql.js';
import { RawSocket } from '../helpers/raw-ws.js';
import { createCommunity, createUser, PASSWORD } from '../factories/index.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe('graceful shutdown', () => {
  it('finishes requests in flight, closes sockets with 1012 so clients reconnect elsewhere, then refuses new work', async () => {
    const other = await app.startAnother();
    const u = await createUser(other);
    const c = await createCommunity(other);
    const socket = await RawSocket.open(other.wsUrl);
    await socket.init(u.token);
    socket.subscribe('live', `subscription($c: ID!) { communityEvents(communityId: $c) { id } }`, { c: c.gid });

    // A sign-in takes a few hundred milliseconds (argon2id): it is in flight when the drain starts,
    // which begins once the server has the request (not after a guessed delay).
    const arrived = new Promise((r) => other.httpServer.once('request', r));
    const inFlight = gql(other.url, `mutation($i: SignInInput!) { signIn(input: $i) { user { id } } }`, { i: { phone: u.phone, password: PASSWORD } });
    await arrived;
    const stopping = other.stop();
    const [result, closed] = await Promise.all([inFlight, socket.closeCode()]);
    await stopping;

    expect(result.status).toBe(200);
    expect(result.data.signIn.user.id).toBe(u.gid);
    expect(closed.code).toBe(1012);
    await expect(fetch(`${other.url}/healthz`)).rejects.toThrow();
    // The other instance, on the same database, still serves.
    expect((await fetch(`${app.url}/readyz`)).status).toBe(200);
  });
});

import { createServer, connect, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, startTestApp, type TestApp } from '../helpers/app.js';
import { gql, wsClient } from '../helpers/graphql.js';
import { RawSocket } from '../helpers/raw-ws.js';
import { createUser, type TestUser } from '../factories/index.js';

// Regression: an `operationName` naming no operation of the document, and a database that cannot
// be reached, both answered INTERNAL_SERVER_ERROR: the first is the client's mistake, the second a
// moment to retry (503), neither a bug of the server.
// The outage is real: the app reaches PostgreSQL through a TCP proxy of this test, which is shut
// with its connections cut.

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let proxy: Server;
const links = new Set<Socket>();
let app: TestApp;
let user: TestUser;

beforeAll(async () => {
  db = await createTestDatabase();
  const target = new URL(db.url);
  proxy = createServer((client) => {
    const server = connect(Number(target.port || 5432), target.hostname);
    for (const [a, b] of [[client, server], [server, client]] as const) {
      links.add(a);
      a.on('error', () => b.destroy());
      a.on('close', () => (links.delete(a), b.destroy()));
      a.pipe(b);
    }
  });
  await new Promise<void>((ok) => proxy.listen(0, '127.0.0.1', ok));
  const proxied = new URL(db.url);
  proxied.hostname = '127.0.0.1';
  proxied.port = String((proxy.address() as { port: number }).port);
  app = await startTestApp({ databaseUrl: proxied.toString() });
  user = await createUser(app);
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

it('an unknown operationName is the client’s error, over HTTP and WebSocket', async () => {
  const http = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${user.token}` },
    body: JSON.stringify({ query: `query Mine { me { id } }`, operationName: 'Theirs' }),
  });
  const body = (await http.json()) as { errors: { message: string; extensions: { code: string } }[] };
  expect(http.status, JSON.stringify(body)).toBe(400);
  expect(body.errors).toEqual([{ message: 'Unknown operation named "Theirs".', extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } }]);

  const socket = await RawSocket.open(app.wsUrl);
  await socket.init(user.token);
  socket.send({ id: 'x', type: 'subscribe', payload: { query: `query Mine { me { id } }`, operationName: 'Theirs' } });
  const answer = await socket.waitFor((m) => m.id === 'x' && (m.type === 'error' || m.type === 'next'));
  const errors = answer.type === 'error' ? answer.payload : answer.payload.errors;
  expect(errors).toEqual([expect.objectContaining({ message: 'Unknown operation named "Theirs".', extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } })]);
  socket.ws.close();
});

it('a database outage is SERVICE_UNAVAILABLE with HTTP 503, signed in or not, and on a WebSocket', async () => {
  // A socket open before the outage (not lazy: it stays open between operations).
  const client = wsClient(app.wsUrl, user.token, { lazy: false });
  await new Promise<void>((ok, fail) => client.subscribe({ query: `query { me { id } }` }, { next: () => ok(), error: fail, complete: () => undefined }));

  // The outage: no new connection is accepted, and those open are cut.
  await new Promise<void>((ok) => {
    proxy.close(() => ok());
    for (const s of links) s.destroy();
  });

  const signedIn = await gql(app.url, `query { me { id } }`, undefined, user.token);
  expect(signedIn.status).toBe(503);
  expect(signedIn.errors).toEqual([{ message: 'The service is briefly unavailable; try again shortly', extensions: { code: 'SERVICE_UNAVAILABLE' } }]);

  const anonymous = await gql(app.url, `mutation($i: SignInInput!) { signIn(input: $i) { user { id } } }`, { i: { phone: user.phone, password: 'whatever-it-is-1' } });
  expect(anonymous.status).toBe(503);
  expect(anonymous.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');

  const overWs = await new Promise<unknown[]>((ok) =>
    client.subscribe({ query: `query { me { id } }` }, { next: (r) => ok([...(r.errors ?? [])]), error: (e) => ok(e as unknown[]), complete: () => undefined }),
  );
  expect(overWs).toEqual([expect.objectContaining({ message: 'The service is briefly unavailable; try again shortly', extensions: { code: 'SERVICE_UNAVAILABLE' } })]);
  await client.dispose();

  // A socket that connects now cannot check its session: 1013 Try Again Later, not 4500.
  const late = await RawSocket.open(app.wsUrl);
  late.send({ type: 'connection_init', payload: { authorization: `Bearer ${user.token}` } });
  expect(await late.closed).toEqual({ code: 1013, reason: 'Service unavailable; try again shortly' });
});

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { ok, sleep, wsClient } from '../helpers/graphql.js';
import { RawSocket } from '../helpers/raw-ws.js';
import { createCommunity, createUser, em, type TestCommunity, type TestUser } from '../factories/index.js';
import { Session } from '../../server/accounts/session.entity.js';

/** The graphql-transport-ws protocol as the server speaks it on /graphql, over a raw socket. */
const EVENTS = `subscription($c: ID!) { communityEvents(communityId: $c) { id type } }`;
/** The same, resuming after a cursor: what is committed after it arrives, however soon it is made. */
const EVENTS_AFTER = `subscription($c: ID!, $after: String) { communityEvents(communityId: $c, after: $after) { id type data } }`;
const LATEST = `query($c: ID!) { events(communityId: $c, first: 1) { edges { cursor node { data } } } }`;
const CREATE_ORG = `mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id name } }`;

let app: TestApp;
let admin: TestUser;
let community: TestCommunity;
const sockets: RawSocket[] = [];

async function open(): Promise<RawSocket> {
  const s = await RawSocket.open(app.wsUrl);
  sockets.push(s);
  return s;
}

/** An authenticated, acknowledged socket. */
async function ready(token = admin.token): Promise<RawSocket> {
  const s = await open();
  await s.init(token);
  return s;
}

/** Makes one public event (organization.created, `data.name`) in a community, over HTTP as the admin. */
async function makeEvent(name: string, c: TestCommunity = community) {
  await ok(app.url, CREATE_ORG, { i: { communityId: c.gid, kind: 'PARTY_STATION', level: 'COMMUNITY', name } }, admin.token);
}

/** A fresh community and the cursor of its newest event: a subscription after it misses nothing. */
async function freshStart(): Promise<{ c: TestCommunity; after: string }> {
  const c = await createCommunity(app);
  await makeEvent('起点', c);
  for (;;) {
    // Readable once no older transaction of the cluster is still running (the stream's watermark).
    const { events } = await ok(app.url, LATEST, { c: c.gid }, admin.token);
    if (events.edges[0]?.node.data.name === '起点') return { c, after: events.edges[0].cursor };
    await sleep(20);
  }
}

/** The `data.name`s an operation received in `next` messages. */
const names = (s: RawSocket, id: string) => s.of(id).filter((m) => m.type === 'next').map((m) => m.payload.data.communityEvents.data.name);

beforeAll(async () => {
  app = await startTestApp();
  admin = await createUser(app, { admin: true });
  community = await createCommunity(app);
});
afterEach(() => {
  for (const s of sockets.splice(0)) s.close();
});
afterAll(() => app?.close());

describe('connection', () => {
  it('acknowledges a connection_init with a Bearer token, or with `token`', async () => {
    const a = await open();
    await a.init(admin.token);
    const b = await open();
    await b.init({ token: admin.token });
    expect(a.isOpen && b.isOpen).toBe(true);
  });

  it('closes with 4403 a connection_init without a token', async () => {
    const s = await open();
    s.send({ type: 'connection_init' });
    expect((await s.closeCode()).code).toBe(4403);
    expect(s.messages.find((m) => m.type === 'connection_ack')).toBeUndefined();
  });

  it('closes with 4403 a connection_init with an unknown or revoked token', async () => {
    const bad = await open();
    bad.send({ type: 'connection_init', payload: { authorization: 'Bearer not-a-real-token' } });
    expect((await bad.closeCode()).code).toBe(4403);

    const u = await createUser(app);
    await ok(app.url, `mutation { signOut }`, {}, u.token);
    const revoked = await open();
    revoked.send({ type: 'connection_init', payload: { token: u.token } });
    expect((await revoked.closeCode()).code).toBe(4403);
  });

  it('closes a live socket with 4403 when its session is signed out over HTTP', async () => {
    const u = await createUser(app);
    const s = await ready(u.token);
    const other = await ready(); // another session stays open
    expect((await ok(app.url, `mutation { signOut }`, {}, u.token)).signOut).toBe(true);
    expect((await s.closeCode()).code).toBe(4403);
    other.send({ type: 'ping' });
    await other.waitFor((m) => m.type === 'pong');
    expect(other.isOpen).toBe(true);
  });

  it('closes with 4408 a socket that sends no connection_init in time (5 s)', async () => {
    const s = await open();
    expect((await s.closeCode(15_000)).code).toBe(4408);
  }, 20_000);

  it('closes with 4429 a second connection_init', async () => {
    const s = await ready();
    s.send({ type: 'connection_init', payload: { authorization: `Bearer ${admin.token}` } });
    expect((await s.closeCode()).code).toBe(4429);
  });

  it('agrees on no subprotocol but graphql-transport-ws (the old subscriptions-transport-ws one is refused)', async () => {
    await expect(RawSocket.open(app.wsUrl, 'graphql-ws')).rejects.toThrow(/no subprotocol/i);
  });

  it('answers ping with pong, echoing the payload', async () => {
    const s = await ready();
    s.send({ type: 'ping', payload: { n: 7 } });
    expect(await s.waitFor((m) => m.type === 'pong')).toEqual({ type: 'pong', payload: { n: 7 } });
  });
});

describe('invalid messages', () => {
  it('closes with 4400 a subscribe without id', async () => {
    const s = await ready();
    s.send({ type: 'subscribe', payload: { query: '{ __typename }' } });
    expect((await s.closeCode()).code).toBe(4400);
  });

  it('closes with 4400 malformed JSON', async () => {
    const s = await ready();
    s.send('{"type": "subscribe", ');
    expect((await s.closeCode()).code).toBe(4400);
  });

  it('closes with 4400 a message of an unknown type, even before connection_init', async () => {
    const s = await open();
    s.send({ type: 'start', id: '1', payload: { query: '{ __typename }' } });
    expect((await s.closeCode()).code).toBe(4400);
  });

  it('closes with 4401 a subscribe before connection_ack', async () => {
    const s = await open();
    s.subscribe('1', '{ __typename }');
    expect((await s.closeCode()).code).toBe(4401);
    expect(s.of('1')).toEqual([]);
  });

  it('closes with 4409 a second subscribe with the id of a running one', async () => {
    const s = await ready();
    s.subscribe('dup', EVENTS, { c: community.gid });
    s.send({ type: 'ping' });
    await s.waitFor((m) => m.type === 'pong');
    expect(s.isOpen).toBe(true); // one subscribe with that id is fine
    s.subscribe('dup', EVENTS, { c: community.gid });
    const closed = await s.closeCode();
    expect(closed.code).toBe(4409);
    expect(closed.reason).toMatch(/dup/);
  });
});

describe('operations', () => {
  it('runs a query and a mutation over the socket, each completed after one result', async () => {
    const s = await ready();
    s.subscribe('q', `{ me { id } community(id: "${community.gid}") { name } }`);
    await s.waitFor((m) => m.id === 'q' && m.type === 'complete');
    expect(s.of('q')).toEqual([
      { id: 'q', type: 'next', payload: { data: { me: { id: admin.gid }, community: { name: expect.any(String) } } } },
      { id: 'q', type: 'complete' },
    ]);

    s.send({ id: 'm', type: 'subscribe', payload: { query: CREATE_ORG, variables: { i: { communityId: community.gid, kind: 'PARTY_STATION', level: 'COMMUNITY', name: '驿站甲' } } } });
    await s.waitFor((m) => m.id === 'm' && m.type === 'complete');
    const [next] = s.of('m');
    expect(next).toMatchObject({ type: 'next', payload: { data: { createOrganization: { name: '驿站甲' } } } });
    const { community: c } = await ok(app.url, `query($id: ID!) { community(id: $id) { organizations { name } } }`, { id: community.gid }, admin.token);
    expect(c.organizations.map((o: { name: string }) => o.name)).toContain('驿站甲');
  });

  it('delivers subscription events; a client `complete` stops only that subscription', async () => {
    const { c, after } = await freshStart();
    const s = await ready();
    s.subscribe('a', EVENTS_AFTER, { c: c.gid, after });
    s.subscribe('b', EVENTS_AFTER, { c: c.gid, after });

    await makeEvent('一', c);
    await s.waitFor(() => names(s, 'a').length === 1 && names(s, 'b').length === 1);
    expect(s.of('a')[0]).toMatchObject({ type: 'next', payload: { data: { communityEvents: { type: 'organization.created', id: expect.any(String) } } } });
    expect(names(s, 'a')).toEqual(['一']);

    s.send({ id: 'a', type: 'complete' });
    s.send({ type: 'ping' }); // the server handles a socket's messages in order: the pong comes after the complete
    await s.waitFor((m) => m.type === 'pong');
    await makeEvent('二', c);
    await makeEvent('三', c);
    // b sees both new events; a, had it still run, would have had them by then as well.
    await s.waitFor(() => names(s, 'b').length === 3);
    expect(names(s, 'b')).toEqual(['一', '二', '三']);
    expect(s.of('a')).toHaveLength(1); // no more `next`, and no `complete` echoed back
    expect(s.of('b').every((m) => m.type === 'next')).toBe(true); // a live stream is never completed by the server
    expect(s.isOpen).toBe(true);
  });

  it('the graphql-ws client receives events and stops them on dispose', async () => {
    const client = wsClient(app.wsUrl, admin.token);
    try {
      const got: string[] = [];
      let resolveFirst!: () => void;
      const first = new Promise<void>((r) => (resolveFirst = r));
      const { c, after } = await freshStart();
      const dispose = client.subscribe<{ communityEvents: { id: string; type: string } }>(
        { query: EVENTS_AFTER, variables: { c: c.gid, after } },
        { next: (v) => (got.push(v.data!.communityEvents.type), resolveFirst()), error: (e) => { throw e; }, complete: () => undefined },
      );
      await makeEvent('驿站四', c);
      await first;
      expect(got).toEqual(['organization.created']);
      dispose();
    } finally {
      await client.dispose();
    }
  });
});

describe('errors carry extensions.code', () => {
  it('a bad community ID is BAD_USER_INPUT naming the field, then the operation completes', async () => {
    const s = await ready();
    s.subscribe('bad', EVENTS, { c: 'bad' });
    await s.waitFor((m) => m.id === 'bad' && m.type === 'complete');
    const [next] = s.of('bad');
    expect(next!.type).toBe('next');
    expect(next!.payload.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { communityId: expect.any(String) } });
    expect(next!.payload.errors[0].path).toEqual(['communityEvents']);
    expect(s.isOpen).toBe(true);
  });

  it('a query error inside a result has its code (BAD_USER_INPUT for a bad page size)', async () => {
    const s = await ready();
    s.subscribe('p', `query($c: ID!) { events(communityId: $c, first: 0) { edges { cursor } } }`, { c: community.gid });
    await s.waitFor((m) => m.id === 'p' && m.type === 'complete');
    expect(s.of('p')[0]!.payload.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { first: expect.any(String) } });
  });

  it('a syntax error and a validation error are `error` messages with the codes HTTP uses', async () => {
    const s = await ready();
    s.subscribe('syntax', '{ me { id }');
    s.subscribe('invalid', '{ me { nope } }');
    const syntax = await s.waitFor((m) => m.id === 'syntax');
    const invalid = await s.waitFor((m) => m.id === 'invalid');
    expect(syntax.type).toBe('error');
    expect(syntax.payload[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(invalid.type).toBe('error');
    expect(invalid.payload[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(s.isOpen).toBe(true);
  });

  it('a subscription whose session was revoked (without a bus message) ends with an UNAUTHENTICATED error', async () => {
    const { c, after } = await freshStart();
    const u = await createUser(app, { admin: true });
    const s = await ready(u.token);
    s.subscribe('live', EVENTS_AFTER, { c: c.gid, after });
    // Revoked straight in the database: no sign-out message, so the stream itself must notice.
    await em(app).nativeUpdate(Session, { id: u.sessionId }, { revokedAt: new Date() });
    await makeEvent('驿站五', c);
    const end = await s.waitFor((m) => m.id === 'live' && m.type !== 'next');
    expect(end.type).toBe('error');
    expect(end.payload[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(s.of('live').filter((m) => m.type === 'next')).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import pg from 'pg';
import type { Client } from 'graphql-ws';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { ok, wsClient } from '../helpers/graphql.js';
import { RawSocket, wsRequest } from '../helpers/raw-ws.js';
import { createCommunity, createUser, type TestCommunity, type TestUser } from '../factories/index.js';
import type { RunningServer } from '../../server/app/server.js';

/**
 * The limits of DESIGN.md "Security", held the same over HTTP and over the WebSocket: depth,
 * aliases, cost, tokens, request size, page size; CSRF prevention; introspection and field
 * suggestions off in production; no stack or SQL in any error.
 */

interface Result {
  data?: any;
  errors?: { message: string; extensions?: Record<string, any>; [k: string]: unknown }[];
  /** HTTP only. */
  status?: number;
}

let app: TestApp;
let prod: RunningServer;
let user: TestUser;
let community: TestCommunity;
const clients: Client[] = [];

async function post(url: string, body: Record<string, unknown>, token: string | null = user.token): Promise<Result> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  expect(res.headers.get('content-type')).toMatch(/^application\/(json|graphql-response\+json)/);
  return { ...((await res.json()) as Result), status: res.status };
}

/** The same operation over both transports of one server (the socket signed in as `user`). */
function transports(server: () => RunningServer) {
  let client: Client | null = null;
  const ws = () => {
    if (!client) clients.push((client = wsClient(server().wsUrl, user.token)));
    return client;
  };
  return [
    { name: 'HTTP', run: (query: string, variables?: Record<string, unknown>, operationName?: string) => post(server().url, { query, variables, operationName }) },
    { name: 'WebSocket', run: (query: string, variables?: Record<string, unknown>, operationName?: string): Promise<Result> => wsRequest(ws(), query, variables, operationName) },
  ] as const;
}
const both = transports(() => app);
const bothProd = transports(() => prod);

/** A refused request: no data, errors all with this code, the first one's message matching. */
function expectRefused(r: Result, code: string, message: RegExp) {
  expect(r.data ?? undefined).toBeUndefined();
  expect(r.errors?.length).toBeGreaterThan(0);
  for (const e of r.errors!) expect(e.extensions?.code).toBe(code);
  expect(r.errors![0]!.message).toMatch(message);
  if (r.status !== undefined) expect(r.status).toBe(400);
}

function expectAccepted(r: Result) {
  expect(r.errors).toBeUndefined();
  expect(r.data).toBeTruthy();
  if (r.status !== undefined) expect(r.status).toBe(200);
}

/** `community(id:)` then organizations / community alternating: `depth` field levels, the leaf `id` included. */
function nested(depth: number): string {
  let selection = 'id';
  for (let level = depth - 1; level >= 2; level--) selection = `${level % 2 === 0 ? 'organizations' : 'community'} { ${selection} }`;
  return `query($id: ID!) { community(id: $id) { ${selection} } }`;
}

const aliased = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: me { id }`).join(' ')} }`;

/** `n` aliased pages of 100 events: each costs 1 301 (a page costs `first` times its selection). */
const costly = (n: number) =>
  `query($c: ID!) { ${Array.from({ length: n }, (_, i) => `e${i}: events(communityId: $c, first: 100) { edges { cursor node { id type data occurredAt actor { id name } community { id name } } } }`).join(' ')} }`;

/** `n` operations of 5 tokens each (`query Qi { __typename }`), `extra` more in the first: run as Q0. */
const manyTokens = (n: number, extra = 0) =>
  Array.from({ length: n }, (_, i) => `query Q${i} { __typename${i === 0 ? ' __typename'.repeat(extra) : ''} }`).join('\n');

/** The servers' JSON log lines (LOG_LEVEL=error: what logError writes). */
const logLines: string[] = [];

beforeAll(async () => {
  app = await startTestApp({ env: { LOG_LEVEL: 'error' }, logDestination: { write: (line: string) => void logLines.push(line) } });
  prod = await app.startAnother({ NODE_ENV: 'production' });
  user = await createUser(app);
  community = await createCommunity(app);
});
afterAll(async () => {
  await Promise.all(clients.map((c) => Promise.resolve(c.dispose())));
  await app?.close();
});

describe.each(both)('limits over $name', ({ run }) => {
  it(`depth: 12 levels run, 13 are refused`, async () => {
    const r12 = await run(nested(12), { id: community.gid });
    expectAccepted(r12);
    expect(r12.data.community.organizations.length).toBeGreaterThan(0); // it really went 12 deep
    expectRefused(await run(nested(13), { id: community.gid }), 'GRAPHQL_VALIDATION_FAILED', /depth limit of 12 exceeded/i);
  });

  it('aliases: 15 run, 16 are refused', async () => {
    expectAccepted(await run(aliased(15)));
    expectRefused(await run(aliased(16)), 'GRAPHQL_VALIDATION_FAILED', /aliases limit of 15 exceeded/i);
  });

  it('cost: seven pages of 100 events run, eight are over 10 000 and refused', async () => {
    expectAccepted(await run(costly(7), { c: community.gid }));
    expectRefused(await run(costly(8), { c: community.gid }), 'GRAPHQL_VALIDATION_FAILED', /cost 10408 exceeds the limit of 10000/i);
  });

  it('cost counts a page size given as a variable: nested pages of $n multiply', async () => {
    const q = `query($c: ID!, $n: Int) { issues(communityId: $c, first: $n) { edges { node { id comments(first: $n) { edges { node { id body } } } } } } }`;
    expectAccepted(await run(q, { c: community.gid, n: 20 }));
    expectRefused(await run(q, { c: community.gid, n: 100 }), 'GRAPHQL_VALIDATION_FAILED', /exceeds the limit of 10000/i);
  });

  it('tokens: 3 000 run, 3 001 are refused at parsing (a syntax error, not a server error)', async () => {
    const r = await run(manyTokens(600), undefined, 'Q0');
    expectAccepted(r);
    expect(r.data).toEqual({ __typename: 'Query' });
    expectRefused(await run(manyTokens(600, 1), undefined, 'Q0'), 'GRAPHQL_PARSE_FAILED', /more tha[nt] 3000 tokens/i);
  });

  it('page size: first 100 runs, 101 is BAD_USER_INPUT naming `first`', async () => {
    const q = `query($c: ID!, $n: Int) { events(communityId: $c, first: $n) { edges { cursor } } }`;
    expectAccepted(await run(q, { c: community.gid, n: 100 }));
    const r = await run(q, { c: community.gid, n: 101 });
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { first: expect.stringMatching(/100/) } });
  });

  it('a syntax error is GRAPHQL_PARSE_FAILED, a validation error GRAPHQL_VALIDATION_FAILED', async () => {
    expectRefused(await run('{ me { id }'), 'GRAPHQL_PARSE_FAILED', /Syntax Error/);
    expectRefused(await run('{ me { nope } }'), 'GRAPHQL_VALIDATION_FAILED', /Cannot query field "nope"/);
  });

  it('a variable of the wrong type is BAD_USER_INPUT', async () => {
    const r = await run(`query($n: Int) { events(communityId: "x", first: $n) { edges { cursor } } }`, { n: 'many' });
    expectRefused(r, 'BAD_USER_INPUT', /\$n/);
  });
});

describe('request size (MAX_REQUEST_BYTES, 100 kB)', () => {
  const pad = (bytes: number) => ({ query: '{ __typename }', variables: { pad: 'x'.repeat(bytes) } });

  it('HTTP: a body under the limit runs; one over it is 413 with a JSON error', async () => {
    expectAccepted(await post(app.url, pad(90_000)));
    const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(pad(100_001)) });
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.json()).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  });

  it('WebSocket: a message under the limit runs; one over it closes the socket with 1009', async () => {
    const s = await RawSocket.open(app.wsUrl);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined); // graphql-ws logs the socket's error
    try {
      await s.init(user.token);
      s.send({ id: 'small', type: 'subscribe', payload: pad(90_000) });
      const small = await s.waitFor((m) => m.id === 'small' && m.type === 'next');
      expect(small.payload).toEqual({ data: { __typename: 'Query' } });
      s.send({ id: 'big', type: 'subscribe', payload: pad(100_001) });
      expect((await s.closeCode()).code).toBe(1009);
      expect(s.of('big')).toEqual([]);
    } finally {
      s.close();
      logged.mockRestore();
    }
  });
});

describe('CSRF prevention: a simple request cannot run an operation', () => {
  /** A signed-in browser's cookie, as a cross-site form or <img> would send it. */
  async function cookieOf(): Promise<{ cookie: string; token: string }> {
    const u = await createUser(app);
    return { cookie: `gz_session=${u.token}`, token: u.token };
  }
  const stillSignedIn = async (token: string) => (await ok(app.url, `{ me { id } }`, {}, token)).me !== null;

  it('refuses a GET with a query (400, no data), unless it carries a preflight header', async () => {
    const { cookie } = await cookieOf();
    const res = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`, { headers: { cookie } });
    expect(res.status).toBe(400);
    const body = (await res.json()) as Result;
    expect(body.data).toBeUndefined();
    expect(body.errors![0]!.message).toMatch(/Cross-Site Request Forgery/);
    // The same GET with a header no simple request may carry goes through: the 400 above was CSRF prevention.
    const preflighted = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(preflighted.status).toBe(200);
  });

  it('refuses a POST of text/plain or a form carrying a mutation, and the mutation does not happen', async () => {
    const { cookie, token } = await cookieOf();
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': contentType, cookie }, body: JSON.stringify({ query: 'mutation { signOut }' }) });
      expect(res.status, contentType).toBe(400);
      expect(await stillSignedIn(token)).toBe(true);
    }
    // Control: the cookie alone does sign out with a JSON POST.
    const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query: 'mutation { signOut }' }) });
    expect(res.status).toBe(200);
    expect(await stillSignedIn(token)).toBe(false);
  });
});

describe('introspection and suggestions', () => {
  const INTROSPECT = `{ __schema { queryType { name } } }`;
  const TYPE = `{ __type(name: "Community") { fields { name } } }`;
  /** A mistyped field, argument and enum value: graphql-js would suggest the right names. */
  const TYPOS = [
    [`{ communitie { id } }`, /communities/],
    [`query($c: ID!) { events(communityId: $c, frist: 1) { edges { cursor } } }`, /"first"/],
    [`query($c: ID!) { events(communityId: $c, order: NEWEST_FIRS) { edges { cursor } } }`, /NEWEST_FIRST/],
  ] as const;

  describe.each(both)('in NODE_ENV=test over $name', ({ run }) => {
    it('introspection works', async () => {
      const r = await run(INTROSPECT);
      expectAccepted(r);
      expect(r.data.__schema.queryType.name).toBe('Query');
      expect((await run(TYPE)).data.__type.fields.map((f: { name: string }) => f.name)).toContain('organizations');
    });

    it('validation errors suggest names ("Did you mean")', async () => {
      for (const [query, name] of TYPOS) {
        const r = await run(query, { c: community.gid });
        expect(r.errors![0]!.message).toMatch(/Did you mean/);
        expect(r.errors![0]!.message).toMatch(name);
      }
    });
  });

  describe.each(bothProd)('in NODE_ENV=production over $name', ({ run }) => {
    it('introspection is refused; __typename still works', async () => {
      for (const q of [INTROSPECT, TYPE]) {
        const r = await run(q);
        expectRefused(r, 'GRAPHQL_VALIDATION_FAILED', /introspection/i);
      }
      expectAccepted(await run(`{ __typename }`));
    });

    it('validation errors suggest no names', async () => {
      for (const [query, name] of TYPOS) {
        const r = await run(query, { c: community.gid });
        expect(r.errors![0]!.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
        expect(r.errors![0]!.message).not.toMatch(/Did you mean/);
        expect(r.errors![0]!.message).not.toMatch(name);
      }
    });
  });
});

describe('no error carries a stack or SQL', () => {
  /** Runs `fn` with a table of the app's database renamed away: every statement on it fails in PostgreSQL. */
  async function withoutTable<T>(table: string, fn: () => Promise<T>): Promise<T> {
    const db = new pg.Client({ connectionString: app.databaseUrl });
    await db.connect();
    await db.query(`ALTER TABLE "${table}" RENAME TO "${table}_away"`);
    try {
      return await fn();
    } finally {
      await db.query(`ALTER TABLE "${table}_away" RENAME TO "${table}"`);
      await db.end();
    }
  }
  const LEAKS = /select|insert|update |relation|does not exist|postgres|mikro|knex|\.ts:\d+|\.js:\d+|\n\s+at /i;

  it('a failing statement in a resolver is INTERNAL_SERVER_ERROR with a generic message, over HTTP and WebSocket, and is logged', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const linesBefore = logLines.length;
    try {
      const client = wsClient(app.wsUrl, user.token);
      clients.push(client);
      await wsRequest(client, '{ __typename }'); // the socket is signed in before the table goes
      const [overHttp, overWs] = await withoutTable('communities', async () => [await post(app.url, { query: '{ communities { id name } }' }), await wsRequest(client, '{ communities { id name } }')]);
      for (const r of [overHttp, overWs]) {
        expect(r.errors).toEqual([{ message: 'Internal server error', locations: expect.any(Array), path: ['communities'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
        expect(JSON.stringify(r)).not.toMatch(LEAKS);
      }
      // The detail goes to the log, once per transport, as JSON lines at `error` (core/log.ts).
      const lines = logLines.slice(linesBefore).map((l) => JSON.parse(l) as { level: string; msg: string; error?: string; requestId?: string; socketId?: string });
      const unexpected = lines.filter((l) => l.msg === 'unexpected error');
      expect(unexpected.map((l) => l.level)).toEqual(['error', 'error']);
      expect(unexpected.some((l) => l.requestId) && unexpected.some((l) => l.socketId)).toBe(true);
      for (const l of unexpected) expect(l.error).toMatch(/communities/);
      // And the same queries work again once the table is back.
      expect((await ok(app.url, '{ communities { id } }', {}, user.token)).communities.length).toBeGreaterThan(0);
    } finally {
      logged.mockRestore();
    }
  });

  it('a failing statement while authenticating: HTTP 500 with a generic error; the socket closes 4500 with a generic reason', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const linesBefore = logLines.length;
    try {
      const { overHttp, status, closed } = await withoutTable('sessions', async () => {
        const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${user.token}` }, body: JSON.stringify({ query: '{ me { id } }' }) });
        const overHttp = await res.text();
        const s = await RawSocket.open(app.wsUrl);
        s.send({ type: 'connection_init', payload: { authorization: `Bearer ${user.token}` } });
        return { overHttp, status: res.status, closed: await s.closeCode() };
      });
      expect(status).toBe(500);
      expect(JSON.parse(overHttp)).toEqual({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      expect(overHttp).not.toMatch(LEAKS);
      expect(closed).toEqual({ code: 4500, reason: 'Internal server error' });
      // Both are logged: the socket's error, and the request's own line at `error` for its 500.
      const lines = logLines.slice(linesBefore).map((l) => JSON.parse(l) as { level: string; msg: string; res?: { status: number } });
      expect(lines.some((l) => l.msg === 'internal error on a WebSocket' && l.level === 'error')).toBe(true);
      expect(lines.some((l) => l.msg === 'request failed' && l.level === 'error' && l.res?.status === 500)).toBe(true);
    } finally {
      logged.mockRestore();
    }
  });
});

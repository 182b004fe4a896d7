// Issue 14, part 5: the operator's view. One JSON line per request with its id, operation,
// outcome, duration and viewer, the same id on every line the request causes, nothing secret in
// any line; WebSocket connections and subscriptions logged; /metrics behind its token, and its
// counters moving with a query and a subscription.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { collect, gql, ok, sleep, wsClient } from '../helpers/graphql.js';
import { untilLive } from '../helpers/live.js';
import { createCommunity, createUser, em, PASSWORD, type TestUser } from '../factories/index.js';
import { currentLog } from '../../server/core/log.js';
import { transact } from '../../server/core/transaction.js';
import { emit } from '../../server/events/emit.js';
import '../../server/communities/communities.events.js';

const TOKEN = 'metrics-token-0123456789abcdef';
const SIGN_IN = `mutation SignInForLog($input: SignInInput!) { signIn(input: $input) { token user { id } } }`;
const ME = 'query Me { me { id name } }';
const LIVE = 'subscription Live($c: ID!) { communityEvents(communityId: $c) { id type } }';

interface Line {
  level: string;
  msg: string;
  requestId?: string;
  socketId?: string;
  [k: string]: unknown;
}

let app: TestApp;
let user: TestUser;
let raw = '';
const lines = (): Line[] =>
  raw
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Line);
/** A statement the request ran, logged from inside it (the ORM's query hook runs in the request's async context). */
let logStatements = false;

beforeAll(async () => {
  app = await startTestApp({
    env: { LOG_LEVEL: 'info', METRICS_TOKEN: TOKEN },
    logDestination: { write: (line: string) => void (raw += line) },
    onQuery: () => {
      if (logStatements) currentLog().info('statement');
    },
  });
  user = await createUser(app);
});
afterAll(async () => {
  await app?.close();
});

async function scrape(token: string | null = TOKEN, url = app.url): Promise<Response> {
  return fetch(`${url}/metrics`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
}

/** The value of one sample (`name{labels}`) in a scrape, 0 when absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  for (const line of text.split('\n')) {
    if (!line.startsWith(name)) continue;
    const m = /^([a-zA-Z_:][\w:]*)(\{[^}]*\})?\s+(\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const got = Object.fromEntries([...(m[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((x) => [x[1], x[2]]));
    if (Object.entries(labels).every(([k, v]) => got[k] === v)) return Number(m[3]);
  }
  return 0;
}

async function metricsText(): Promise<string> {
  const res = await scrape();
  expect(res.status).toBe(200);
  return res.text();
}

describe('request logs', () => {
  it('writes one line per request with its id, operation, outcome, duration and viewer, and no secret', async () => {
    const before = raw.length;
    logStatements = true;
    const signIn = await gql(app.url, SIGN_IN, { input: { phone: user.phone, password: PASSWORD } }, user.token, { 'x-request-id': 'login-req-42', cookie: 'gz_session=cookie-secret-value' });
    logStatements = false;
    expect(signIn.errors).toBeUndefined();
    expect(signIn.headers.get('x-request-id')).toBe('login-req-42');
    const newToken = (signIn.data as { signIn: { token: string } }).signIn.token;

    const written = raw.slice(before);
    // Nothing secret anywhere in what the request wrote: the password, either token, the cookie, the phone.
    for (const secret of [PASSWORD, user.token, newToken, 'cookie-secret-value', user.phone]) expect(written).not.toContain(secret);

    const mine = lines().filter((l) => l.requestId === 'login-req-42');
    const done = mine.filter((l) => l.msg === 'request completed');
    expect(done).toHaveLength(1);
    expect(done[0]).toMatchObject({ level: 'info', operation: 'SignInForLog', outcome: 'ok', viewerId: user.id, req: { method: 'POST', path: '/graphql' }, res: { status: 200 } });
    expect(typeof done[0]!.durationMs).toBe('number');
    // The lines the request caused on its way (its statements) carry its id too.
    expect(mine.filter((l) => l.msg === 'statement').length).toBeGreaterThan(0);
    expect(lines().filter((l) => l.msg === 'statement' && l.requestId !== 'login-req-42')).toEqual([]);
  });

  it('gives a request without a sane X-Request-Id a new one, and logs the outcome of a refusal', async () => {
    const r = await gql(app.url, ME, undefined, 'not-a-live-token', { 'x-request-id': 'has spaces and {braces}' });
    const id = r.headers.get('x-request-id')!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const line = lines().find((l) => l.requestId === id && l.msg === 'request completed');
    expect(line).toMatchObject({ operation: 'Me' });
    expect(line!.viewerId).toBeUndefined();
    expect(raw).not.toContain('not-a-live-token');
    expect(raw).not.toContain('has spaces');
  });

  it('logs a WebSocket connection, its subscription and its close with the viewer, under one socket id', async () => {
    const community = await createCommunity(app);
    const client = wsClient(app.wsUrl, user.token);
    const sub = collect(client, LIVE, { c: community.gid });
    await untilLive(app, 1);
    sub.dispose();
    await client.dispose();
    await sleep(200);
    const connected = lines().find((l) => l.msg === 'websocket connected' && l.viewerId === user.id);
    expect(connected?.socketId).toBeTruthy();
    const socketLines = lines().filter((l) => l.socketId === connected!.socketId);
    expect(socketLines.map((l) => l.msg)).toEqual(expect.arrayContaining(['websocket connected', 'subscription started', 'subscription ended', 'websocket closed']));
    expect(socketLines.find((l) => l.msg === 'subscription started')).toMatchObject({ operation: 'Live', viewerId: user.id });
    expect(socketLines.find((l) => l.msg === 'websocket closed')).toMatchObject({ viewerId: user.id });
    expect(raw).not.toContain(user.token);
  });
});

describe('/metrics', () => {
  it('is there only with the token', async () => {
    expect((await scrape(null)).status).toBe(401);
    expect((await scrape('wrong-token-0123456789abcdef')).status).toBe(401);
    expect((await scrape(`${TOKEN}x`)).status).toBe(401);
    const res = await scrape();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    // The process's own figures and the database pool.
    expect(text).toMatch(/^process_cpu_user_seconds_total /m);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds /m);
    expect(sample(text, 'gongzhi_db_pool_connections', { state: 'max' })).toBe(20);
  });

  it('is off (404) without METRICS_TOKEN', async () => {
    const other = await app.startAnother({ METRICS_TOKEN: '' });
    expect((await scrape(TOKEN, other.url)).status).toBe(404);
    expect((await scrape(null, other.url)).status).toBe(404);
  });

  it('counts and times queries by operation and outcome', async () => {
    const before = await metricsText();
    await ok(app.url, ME, undefined, user.token);
    await ok(app.url, ME, undefined, user.token);
    await gql(app.url, ME, undefined, null);
    const after = await metricsText();
    const okLabels = { operation: 'Me', outcome: 'ok' };
    // `me` without a session answers null, no error: its outcome is ok too, so three.
    expect(sample(after, 'gongzhi_graphql_requests_total', okLabels) - sample(before, 'gongzhi_graphql_requests_total', okLabels)).toBe(3);
    expect(sample(after, 'gongzhi_graphql_request_duration_seconds_count', okLabels) - sample(before, 'gongzhi_graphql_request_duration_seconds_count', okLabels)).toBe(3);
    expect(sample(after, 'gongzhi_graphql_request_duration_seconds_bucket', { ...okLabels, le: '+Inf' })).toBeGreaterThanOrEqual(3);
    const bad = await gql(app.url, 'query Broken { nothingHere }', undefined, user.token);
    expect(bad.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(sample(await metricsText(), 'gongzhi_graphql_requests_total', { operation: '_unresolved', outcome: 'GRAPHQL_VALIDATION_FAILED' })).toBeGreaterThanOrEqual(1);
  });

  it('shows open sockets and subscriptions, events handed over and their lag', async () => {
    const community = await createCommunity(app);
    const admin = await createUser(app, { admin: true }); // sees the community's public events
    const before = await metricsText();
    const client = wsClient(app.wsUrl, admin.token);
    const sub = collect(client, LIVE, { c: community.gid });
    await untilLive(app, 1);
    const open = await metricsText();
    expect(sample(open, 'gongzhi_websockets_open')).toBe(1);
    expect(sample(open, 'gongzhi_subscriptions_open')).toBe(1);
    expect(sample(open, 'gongzhi_subscriptions_started_total', { operation: 'Live' }) - sample(before, 'gongzhi_subscriptions_started_total', { operation: 'Live' })).toBe(1);

    await transact(em(app), app.services.bus, null, (tx) => {
      emit(tx, { type: 'community.created', communityId: community.id, data: { name: 'metrics' }, audience: { public: true } });
    });
    await sub.next(1);
    // The hand-over is counted once the row's payloads are out: the scrape may come a moment after.
    let after = await metricsText();
    for (let i = 0; i < 50 && sample(after, 'gongzhi_live_events_total', { kind: 'events' }) === sample(before, 'gongzhi_live_events_total', { kind: 'events' }); i++) {
      await sleep(20);
      after = await metricsText();
    }
    expect(sample(after, 'gongzhi_live_events_total', { kind: 'events' }) - sample(before, 'gongzhi_live_events_total', { kind: 'events' })).toBe(1);
    expect(sample(after, 'gongzhi_live_deliveries_total', { kind: 'events' }) - sample(before, 'gongzhi_live_deliveries_total', { kind: 'events' })).toBe(1);
    const lagCount = sample(after, 'gongzhi_event_delivery_lag_seconds_count', { kind: 'events' }) - sample(before, 'gongzhi_event_delivery_lag_seconds_count', { kind: 'events' });
    expect(lagCount).toBe(1);
    const lag = sample(after, 'gongzhi_event_delivery_lag_seconds_sum', { kind: 'events' }) - sample(before, 'gongzhi_event_delivery_lag_seconds_sum', { kind: 'events' });
    expect(lag).toBeGreaterThanOrEqual(0);
    expect(lag).toBeLessThan(10);

    sub.dispose();
    await client.dispose();
    let closed = await metricsText();
    for (let i = 0; i < 50 && sample(closed, 'gongzhi_websockets_open') > 0; i++) {
      await sleep(20);
      closed = await metricsText();
    }
    expect(sample(closed, 'gongzhi_websockets_open')).toBe(0);
    expect(sample(closed, 'gongzhi_subscriptions_open')).toBe(0);
  });

  it('keeps operation labels bounded: names of another shape are _other', () => {
    const m = app.services.metrics;
    expect(m.operationLabel('Me')).toBe('Me');
    expect(m.operationLabel('')).toBe('_anonymous');
    expect(m.operationLabel('x'.repeat(65))).toBe('_other');
    expect(m.operationLabel('bad-name')).toBe('_other');
  });
});

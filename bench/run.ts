// `npm run bench`: figures for the server as it runs, each beside a baseline and their ratio.
// Nothing is asserted: timings depend on the machine. Everything stays on loopback, every loop is
// bounded in time, and the whole run takes about a minute and a half.
//
//   (a) HTTP: `{ me { id name } }` with a token vs GET /healthz (throughput, latency)
//   (b) `events(communityId, first: 50)` with actor and community, over ~2,000 events, vs `me`
//   (c) live delivery: a mutation to the arrival of its event on `communityEvents`, with the
//       memory bus (one instance) vs PostgreSQL LISTEN/NOTIFY and Redis (two instances)
//   (d) the server's RSS, and what 100 open subscriptions cost
//
// Load comes from a child process (bench/load.ts), so it takes neither the server's CPU nor its RSS.
import 'reflect-metadata';
import { fork, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Redis } from 'ioredis';
import { loadConfig, type Config } from '../server/core/config.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../server/core/db/embedded.js';
import { withDatabase } from '../server/core/db/database-url.js';
import { createDatabaseIfMissing, migrate } from '../server/app/database.js';
import { openOrm } from '../server/app/orm.js';
import { createServices } from '../server/app/services.js';
import { startServer, type RunningServer } from '../server/app/server.js';
import { createCommunity, createUser, reside, type TestUser } from '../tests/factories/index.js';
import { collect, ok, sleep, wsClient } from './graphql.js';
import type { Command, HttpResult, HttpSpec, SubscribeSpec } from './load.js';

const HTTP_WARMUP_MS = 500;
const HTTP_MS = 2500;
const THROUGHPUT_CONCURRENCY = 8;
const SEEDED_EVENTS = 2000;
const LIVE_CYCLES = 60; // an addMember and a removeMember each: 120 samples per bus
const OPEN_SUBSCRIPTIONS = 300;
const DEADLINE_MS = 5 * 60_000;
const BENCH_DB = 'gz_bench';

const ME = '{ me { id name } }';
const EVENTS = `query Events($c: ID!) {
  events(communityId: $c, first: 50) {
    edges { cursor node { id type occurredAt data actor { id name } community { id name } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const LIVE = 'subscription Live($c: ID!) { communityEvents(communityId: $c) { id type } }';
const ADD = 'mutation Add($input: AddMemberInput!) { addMember(input: $input) { id } }';
const REMOVE = 'mutation Remove($input: RemoveMemberInput!) { removeMember(input: $input) }';

// ---------------------------------------------------------------------------------------------
// Small tools

v8.setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const wallNow = () => performance.timeOrigin + performance.now();

/** RSS and JS memory (heap used + external) in MiB, after a full collection so garbage does not count. */
async function memory(): Promise<{ rss: number; js: number }> {
  gc();
  await sleep(50);
  gc();
  const m = process.memoryUsage();
  return { rss: m.rss / 2 ** 20, js: (m.heapUsed + m.external) / 2 ** 20 };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

const fmt = {
  n: (x: number) => (Number.isFinite(x) ? Math.round(x).toLocaleString('en-US') : '–'),
  ms: (x: number) => (Number.isFinite(x) ? `${x < 10 ? x.toFixed(2) : x.toFixed(1)} ms` : '–'),
  mib: (x: number) => (Number.isFinite(x) ? `${x.toFixed(1)} MiB` : '–'),
  ratio: (a: number, b: number) => (Number.isFinite(a) && Number.isFinite(b) && b !== 0 ? `${(a / b).toFixed(2)}×` : '–'),
};

interface Row {
  measure: string;
  figure: string;
  baseline: string;
  ratio: string;
}
const rows: Row[] = [];
const row = (measure: string, figure: string, baseline = '', ratio = '') => rows.push({ measure, figure, baseline, ratio });
const say = (msg: string) => console.log(`[bench ${(performance.now() / 1000).toFixed(1)}s] ${msg}`);

/** A command without its id: Omit distributed over the union. */
type WithoutId<C> = C extends unknown ? Omit<C, 'id'> : never;
type Request = WithoutId<Command>;

/** The load child, driven over IPC. */
function startLoadProcess() {
  const child: ChildProcess = fork(fileURLToPath(new URL('./load.ts', import.meta.url)), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  let next = 1;
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  child.on('message', (m: { id: number; result?: unknown; error?: string }) => {
    const w = waiting.get(m.id);
    waiting.delete(m.id);
    if (m.error) w?.reject(new Error(m.error));
    else w?.resolve(m.result);
  });
  child.on('exit', (code) => {
    for (const w of waiting.values()) w.reject(new Error(`load process exited (${code})`));
    waiting.clear();
  });
  const call = <T>(cmd: Request): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = next++;
      waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
      child.send({ ...cmd, id });
    });
  return {
    http: (spec: HttpSpec) => call<HttpResult>({ cmd: 'http', spec }),
    subscribe: (spec: SubscribeSpec) => call<{ connected: number }>({ cmd: 'subscribe', spec }),
    arrivals: (timeoutMs: number) => call<{ arrivals: (number | null)[] }>({ cmd: 'arrivals', timeoutMs }),
    unsubscribe: () => call<{ closed: number }>({ cmd: 'unsubscribe' }),
    stop: () => child.kill(),
  };
}
type LoadProcess = ReturnType<typeof startLoadProcess>;

async function redisAnswers(url: string): Promise<boolean> {
  const r = new Redis(url, { lazyConnect: true, connectTimeout: 1000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  r.on('error', () => {});
  try {
    await r.connect();
    return (await r.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    r.disconnect();
  }
}

// ---------------------------------------------------------------------------------------------
// Servers

async function startInstance(databaseUrl: string, env: Partial<Record<keyof Config, string>> = {}): Promise<RunningServer> {
  const config = loadConfig({ NODE_ENV: 'production', RATE_LIMITS: 'off', LOG_LEVEL: 'silent', PORT: '0', DEMO: 'false', ...env });
  const services = await createServices({ config, databaseUrl });
  return startServer(services, { host: '127.0.0.1', port: 0 });
}

async function stopInstance(s: RunningServer): Promise<void> {
  await s.stop();
  await s.services.bus.close();
  await s.services.orm.close();
}

/** ~2,000 events in 40 transactions; one in four is for the organization only (the viewer does not see it). */
async function seedEvents(app: RunningServer, communityId: string, orgId: string, actorId: string): Promise<void> {
  const conn = app.services.orm.em.getConnection();
  const perTx = SEEDED_EVENTS / 40;
  for (let t = 0; t < 40; t++) {
    await conn.execute(
      `INSERT INTO domain_events (type, community_id, subject_type, subject_id, actor_id, data, audience_public, audience_org_ids)
       SELECT CASE WHEN g % 2 = 0 THEN 'member.added' ELSE 'member.removed' END, ?, 'Organization', ?, ?,
              jsonb_build_object('userName', '测试' || g, 'organizationName', '居委会', 'organizationKind', 'RESIDENTS_COMMITTEE', 'role', 'MEMBER'),
              g % 4 <> 0, ARRAY[?]::uuid[]
         FROM generate_series(1, ?) AS g`,
      [communityId, orgId, actorId, orgId, perTx],
    );
  }
}

// ---------------------------------------------------------------------------------------------
// (a), (b): HTTP

function httpSpec(app: RunningServer, what: 'healthz' | 'me' | 'events', token: string, communityGid: string, concurrency: number): HttpSpec {
  const base = { url: app.url, concurrency, warmupMs: HTTP_WARMUP_MS, durationMs: HTTP_MS };
  if (what === 'healthz') return { ...base, method: 'GET', path: '/healthz' };
  const body = JSON.stringify(what === 'me' ? { query: ME } : { query: EVENTS, variables: { c: communityGid } });
  return { ...base, method: 'POST', path: '/graphql', body, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` } };
}

async function measureHttp(load: LoadProcess, app: RunningServer, what: 'healthz' | 'me' | 'events', token: string, communityGid: string) {
  const serial = await load.http(httpSpec(app, what, token, communityGid, 1));
  const parallel = await load.http(httpSpec(app, what, token, communityGid, THROUGHPUT_CONCURRENCY));
  const failures = serial.failures + parallel.failures;
  say(`${what}: ${fmt.n(parallel.requests / parallel.seconds)} req/s at ${THROUGHPUT_CONCURRENCY}, p50 ${fmt.ms(percentile(serial.latencies, 50))} one at a time${failures ? `, ${failures} FAILED` : ''}`);
  return {
    rps: parallel.requests / parallel.seconds,
    p50: percentile(serial.latencies, 50),
    p95: percentile(serial.latencies, 95),
    loadedP95: percentile(parallel.latencies, 95),
    failures,
  };
}
type HttpFigures = Awaited<ReturnType<typeof measureHttp>>;

function compareHttp(label: string, fig: HttpFigures, base: HttpFigures, baseLabel: string) {
  const note = fig.failures ? ` (${fig.failures} failed)` : '';
  row(`${label} req/s, ${THROUGHPUT_CONCURRENCY} concurrent (vs ${baseLabel})${note}`, fmt.n(fig.rps), fmt.n(base.rps), fmt.ratio(fig.rps, base.rps));
  row(`${label} p50, one at a time`, fmt.ms(fig.p50), fmt.ms(base.p50), fmt.ratio(fig.p50, base.p50));
  row(`${label} p95, one at a time`, fmt.ms(fig.p95), fmt.ms(base.p95), fmt.ratio(fig.p95, base.p95));
  row(`${label} p95, ${THROUGHPUT_CONCURRENCY} concurrent`, fmt.ms(fig.loadedP95), fmt.ms(base.loadedP95), fmt.ratio(fig.loadedP95, base.loadedP95));
}

// ---------------------------------------------------------------------------------------------
// (c): live delivery

interface LiveSetup {
  admin: TestUser;
  viewer: TestUser;
  target: TestUser;
  orgGid: string;
  communityGid: string;
}

/** p50/p95 of mutation sent → its event received by a subscriber on `sub` (written through `writer`). */
async function liveLatency(sub: RunningServer, writer: RunningServer, s: LiveSetup) {
  const client = wsClient(sub.wsUrl, s.viewer.token, { lazy: false });
  const stream = collect<{ communityEvents: { id: string; type: string } }>(client, LIVE, { c: s.communityGid });
  try {
    await sleep(500); // the subscription is established on the server
    const samples: number[] = [];
    const roundTrips: number[] = [];
    let received = 0;
    const timed = async <T>(record: boolean, mutate: () => Promise<T>): Promise<T> => {
      const t0 = performance.now();
      const result = await mutate();
      if (record) roundTrips.push(performance.now() - t0);
      await stream.next(++received, 10_000);
      if (record) samples.push(performance.now() - t0);
      return result;
    };
    const cycle = async (record: boolean) => {
      const { addMember } = await timed(record, () =>
        ok<{ addMember: { id: string } }>(writer.url, ADD, { input: { organizationId: s.orgGid, userId: s.target.gid, role: 'MEMBER' } }, s.admin.token),
      );
      await timed(record, () => ok(writer.url, REMOVE, { input: { membershipId: addMember.id } }, s.admin.token));
    };
    for (let i = 0; i < 10; i++) await cycle(false);
    for (let i = 0; i < LIVE_CYCLES; i++) await cycle(true);
    const types = stream.items.map((e) => e.communityEvents.type);
    if (types.length !== received || types.some((t, i) => t !== (i % 2 ? 'member.removed' : 'member.added'))) {
      throw new Error(`${sub.services.bus.kind} bus: ${types.length} events for ${received} mutations, or out of order: ${types.slice(0, 6).join(', ')}…`);
    }
    samples.sort((a, b) => a - b);
    roundTrips.sort((a, b) => a - b);
    return { p50: percentile(samples, 50), p95: percentile(samples, 95), n: samples.length, mutationP50: percentile(roundTrips, 50) };
  } finally {
    stream.dispose();
    await client.dispose();
  }
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const started = new Date();
  console.log(`Gongzhi bench — ${started.toISOString()}`);
  console.log(`${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`);
  const loadavg = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');
  console.log(`load average at start: ${loadavg()} (other work on the machine skews every figure)`);

  const cleanups: (() => Promise<unknown>)[] = [];
  const cleanup = async () => {
    for (const c of cleanups.reverse()) await c().catch((e) => console.error('cleanup:', e));
    cleanups.length = 0;
  };
  const deadline = setTimeout(() => {
    console.error(`bench: still running after ${DEADLINE_MS / 1000} s, stopping`);
    void cleanup().finally(() => process.exit(1));
  }, DEADLINE_MS);
  deadline.unref();

  try {
    // One embedded PostgreSQL in a temporary directory, one database, migrated.
    await mkdir(join(process.cwd(), '.tmp'), { recursive: true });
    const dir = await mkdtemp(join(process.cwd(), '.tmp', 'bench-pg-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const pg: EmbeddedDatabase = await startEmbeddedPostgres(dir);
    cleanups.push(() => pg.stop());
    await createDatabaseIfMissing(pg.url, BENCH_DB);
    const databaseUrl = withDatabase(pg.url, BENCH_DB);
    const orm = await openOrm(databaseUrl, { poolMax: 2 });
    await migrate(orm);
    await orm.close();
    say('embedded PostgreSQL started and migrated');

    const app = await startInstance(databaseUrl);
    cleanups.push(() => stopInstance(app));
    const load = startLoadProcess();
    cleanups.push(() => Promise.resolve(load.stop()));

    // Data: a community with its organizations, an admin, ten verified residents, ~2,000 events.
    const admin = await createUser(app, { admin: true, name: '管理员' });
    const community = await createCommunity(app, '基准社区');
    const viewers: TestUser[] = [];
    for (let i = 0; i < 10; i++) {
      const u = await createUser(app, { name: `居民${i}` });
      await reside(app, u, community.id, { verified: true });
      viewers.push(u);
    }
    const viewer = viewers[0]!;
    const target = await createUser(app, { name: '新成员' });
    await seedEvents(app, community.id, community.orgs.rc.id, admin.id);
    const page = await ok<{ events: { edges: unknown[] } }>(app.url, EVENTS, { c: community.gid }, viewer.token);
    if (page.events.edges.length !== 50) throw new Error(`events page has ${page.events.edges.length} edges, not 50`);
    say(`seeded ${SEEDED_EVENTS} events`);
    const atStart = await memory();

    // (d) subscriptions held open by the load process, one socket each, on this instance.
    const live: LiveSetup = { admin, viewer, target, orgGid: community.orgs.rc.gid, communityGid: community.gid };
    const { connected } = await load.subscribe({
      wsUrl: app.wsUrl,
      tokens: viewers.map((v) => v.token),
      count: OPEN_SUBSCRIPTIONS,
      query: LIVE,
      variables: { c: community.gid },
    });
    await sleep(2000); // every subscribe handled by the server
    const withSubs = await memory();
    const t0 = wallNow();
    const { addMember } = await ok<{ addMember: { id: string } }>(app.url, ADD, { input: { organizationId: live.orgGid, userId: target.gid, role: 'MEMBER' } }, admin.token);
    const { arrivals } = await load.arrivals(15_000);
    await ok(app.url, REMOVE, { input: { membershipId: addMember.id } }, admin.token);
    const delays = arrivals.filter((a): a is number => a !== null).map((a) => a - t0).sort((a, b) => a - b);
    say(`${connected} subscriptions open; one event reached ${delays.length} of them, the last after ${fmt.ms(delays.at(-1) ?? NaN)}`);
    await load.unsubscribe();
    await sleep(1000);
    const subsClosed = await memory();

    // (a), (b)
    const healthz = await measureHttp(load, app, 'healthz', viewer.token, community.gid);
    const me = await measureHttp(load, app, 'me', viewer.token, community.gid);
    const events = await measureHttp(load, app, 'events', viewer.token, community.gid);
    compareHttp('(a) me', me, healthz, 'GET /healthz');
    compareHttp('(b) events(first: 50)', events, me, 'me');
    const afterHttp = await memory();

    // (c) live delivery on fresh instances: memory bus (one instance) as the baseline.
    const fresh = async (env: Partial<Record<keyof Config, string>>, instances: 1 | 2) => {
      const subscriber = await startInstance(databaseUrl, env);
      const writer = instances === 2 ? await startInstance(databaseUrl, env) : subscriber;
      try {
        return await liveLatency(subscriber, writer, live);
      } finally {
        if (writer !== subscriber) await stopInstance(writer);
        await stopInstance(subscriber);
      }
    };
    const mem = await fresh({ EVENT_BUS: 'memory' }, 1);
    say(`memory bus: p50 ${fmt.ms(mem.p50)}, p95 ${fmt.ms(mem.p95)}`);
    const postgres = await fresh({ EVENT_BUS: 'postgres' }, 2);
    say(`postgres bus: p50 ${fmt.ms(postgres.p50)}, p95 ${fmt.ms(postgres.p95)}`);
    const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
    const redis = (await redisAnswers(redisUrl)) ? await fresh({ EVENT_BUS: 'redis', REDIS_URL: redisUrl }, 2) : null;
    say(redis ? `redis bus: p50 ${fmt.ms(redis.p50)}, p95 ${fmt.ms(redis.p95)}` : `redis bus: nothing answers at ${redisUrl}, skipped`);

    row(`(c) live p50, memory bus, 1 instance (n=${mem.n})`, fmt.ms(mem.p50));
    row('(c) live p95, memory bus, 1 instance', fmt.ms(mem.p95));
    row('(c) the mutation alone (HTTP round trip) p50, memory bus', fmt.ms(mem.mutationP50));
    row('(c) live p50, postgres bus, 2 instances (vs memory)', fmt.ms(postgres.p50), fmt.ms(mem.p50), fmt.ratio(postgres.p50, mem.p50));
    row('(c) live p95, postgres bus, 2 instances (vs memory)', fmt.ms(postgres.p95), fmt.ms(mem.p95), fmt.ratio(postgres.p95, mem.p95));
    if (redis) {
      row('(c) live p50, redis bus, 2 instances (vs memory)', fmt.ms(redis.p50), fmt.ms(mem.p50), fmt.ratio(redis.p50, mem.p50));
      row('(c) live p95, redis bus, 2 instances (vs memory)', fmt.ms(redis.p95), fmt.ms(mem.p95), fmt.ratio(redis.p95, mem.p95));
    } else {
      row('(c) live, redis bus', `skipped: no Redis at ${redisUrl}`);
    }
    const atEnd = await memory();

    const per100 = (a: number, b: number) => fmt.mib(((a - b) / connected) * 100);
    row(`(d) one event fanned out to ${connected} subscribers: p50 / last`, `${fmt.ms(percentile(delays, 50))} / ${fmt.ms(delays.at(-1) ?? NaN)}`, `reached ${delays.length}/${connected}`);
    row('(d) RSS, server up and seeded', fmt.mib(atStart.rss));
    row(`(d) RSS with ${connected} open subscriptions (vs before)`, fmt.mib(withSubs.rss), fmt.mib(atStart.rss), fmt.ratio(withSubs.rss, atStart.rss));
    row('(d) RSS per 100 open subscriptions, one socket each', per100(withSubs.rss, atStart.rss));
    row('(d) JS heap + external per 100 open subscriptions', per100(withSubs.js, atStart.js));
    row('(d) RSS once they closed (vs before)', fmt.mib(subsClosed.rss), fmt.mib(atStart.rss), fmt.ratio(subsClosed.rss, atStart.rss));
    row('(d) RSS after the HTTP benchmarks (vs start)', fmt.mib(afterHttp.rss), fmt.mib(atStart.rss), fmt.ratio(afterHttp.rss, atStart.rss));
    row('(d) RSS at the end, 5 more instances opened and closed (vs start)', fmt.mib(atEnd.rss), fmt.mib(atStart.rss), fmt.ratio(atEnd.rss, atStart.rss));
    const widths = (['measure', 'figure', 'baseline', 'ratio'] as const).map((k) => Math.max(k.length, ...rows.map((r) => r[k].length)));
    const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
    console.log();
    console.log(line(['measure', 'figure', 'baseline', 'ratio']));
    console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
    for (const r of rows) console.log(line([r.measure, r.figure, r.baseline, r.ratio]));
    console.log();
    console.log(`ratio = figure / baseline. Latency "one at a time" is 1 client in a loop; req/s is ${THROUGHPUT_CONCURRENCY} clients in loops, each phase ${HTTP_MS / 1000} s after ${HTTP_WARMUP_MS} ms of warm-up.`);
    console.log(`Live latency: from sending the mutation over HTTP to the event's arrival over graphql-ws (mutation round trip included).`);
    console.log(`Total ${((Date.now() - started.getTime()) / 1000).toFixed(0)} s; load average at the end: ${loadavg()}.`);
  } finally {
    await cleanup();
    clearTimeout(deadline);
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);

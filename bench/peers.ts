// `npm run bench` (second part): Gongzhi beside the peers a user would pick instead (issue 11).
//
//   (p) `{ me { id name } }` with a Bearer token vs a plain Apollo Server 5 + Express 5 app
//       answering the same from a constant (bench/peers/plain-apollo.ts)
//   (q) `issues(communityId, first: 50)` with reporter, assignee, counts and the viewer's flags vs
//       PostGraphile 5 (amber preset) over the same tables (bench/peers/postgraphile.ts), at 1,000,
//       10,000 and 100,000 issues in the community
//   (r) `governanceStats` at the same sizes, read from its counters, vs the full scan it replaced
//   (s), (t), (u) the volunteer task board, the meetings list and the covenant list vs PostGraphile
//       5 over the same tables, at 1,000 and 10,000 rows of each (bench/peers-lists.ts)
//
// Every pair runs in three interleaved rounds (A B, B A, A B) and the median round is printed, with
// the load average. Load comes from a child process (bench/load.ts); the servers share this
// process, one measured at a time, so the CPU time per request is this process's CPU time over the
// requests answered. Nothing is asserted.
//
// PEERS_PROFILE=<dir>: V8's CPU profile of this process during each of Gongzhi's measured list
// phases ((q) to (u), not the peers'), one file each (`<part>-<n>.cpuprofile`), for
// bench/cpuprofile-summary.mjs.
import 'reflect-metadata';
import { fork, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { Session } from 'node:inspector/promises';
import { writeFile } from 'node:fs/promises';
import pg from 'pg';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loadConfig } from '../server/core/config.js';
import { startEmbeddedPostgres } from '../server/core/db/embedded.js';
import { withDatabase } from '../server/core/db/database-url.js';
import { createDatabaseIfMissing, migrate } from '../server/app/database.js';
import { createServices } from '../server/app/services.js';
import { startServer } from '../server/app/server.js';
import { issueStatsByScan } from '../server/issues/issue-stats.service.js';
import { createCommunity, createUser, reside, seat, MemberRole } from '../tests/factories/index.js';
import { ok } from './graphql.js';
import type { Command, HttpResult, HttpSpec } from './load.js';
import { startPlainApollo } from './peers/plain-apollo.js';
import { startPostGraphile } from './peers/postgraphile.js';
import { listsBesidePeers } from './peers-lists.js';

const WARMUP_MS = 500;
const PHASE_MS = 2500;
const ME_CONCURRENCY = 8;
const LIST_CONCURRENCY = 4;
const ROUNDS = Number(process.env.PEERS_ROUNDS ?? 3);
const SIZES = (process.env.PEERS_SIZES ?? '1000,10000,100000').split(',').map(Number);
/** `PEERS_ONLY=r` (or `p,q`, …) runs only those parts; the issues are seeded whatever it says. */
const ONLY = process.env.PEERS_ONLY?.split(',').map((x) => x.trim());
const runs = (part: 'p' | 'q' | 'r' | 's' | 't' | 'u') => !ONLY || ONLY.includes(part);
const STATS_RUNS = 20;
const DEADLINE_MS = Number(process.env.PEERS_DEADLINE_MS ?? 8 * 60_000);
const PROFILE_DIR = process.env.PEERS_PROFILE;
/** Gongzhi's URL, whose list phases PEERS_PROFILE profiles. */
let profiled: string | null = null;
let profiles = 0;
let inspector: Session | null = null;

const ME = '{ me { id name } }';
const BOARD = `query Board($c: ID!) { issues(communityId: $c, first: 50) { totalCount edges { node {
  id number title status supportCount followerCount reporter { id name } assignee { id name kind }
  comments(first: 1) { totalCount } viewerSupports viewerFollows } } } }`;
// The same page in PostGraphile's schema: the viewer's flags are the viewer's rows of the supports and follows.
const PGL_BOARD = `query Board($c: UUID!, $u: UUID!) { allIssues(condition: { communityId: $c }, first: 50, orderBy: [SUBMITTED_AT_DESC, PRIMARY_KEY_DESC]) { totalCount nodes {
  id number title status supportCount followerCount userByReporterId { id name } organizationByAssigneeId { id name kind }
  issueCommentsByIssueId { totalCount } supports: issueSupportsByIssueId(condition: { userId: $u }) { totalCount } follows: issueFollowsByIssueId(condition: { userId: $u }) { totalCount } } } }`;
const STATS = `query($c: ID!) { governanceStats(communityId: $c) { issuesSubmitted issuesOpen overdueOpen responseRate resolutionRate satisfactionRate
  medianHoursToAccept medianHoursToResolve byOrganization { organization { id name } dispatched responseRate resolutionRate satisfactionRate } } }`;

const loadavg = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');
const say = (msg: string) => console.log(`[peers ${(performance.now() / 1000).toFixed(1)}s] ${msg}`);
const pct = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]! : NaN);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const n0 = (x: number) => (Number.isFinite(x) ? Math.round(x).toLocaleString('en-US') : '–');
const ms = (x: number) => (Number.isFinite(x) ? `${x < 10 ? x.toFixed(2) : x.toFixed(1)} ms` : '–');
const ratio = (a: number, b: number) => (Number.isFinite(a) && Number.isFinite(b) && b !== 0 ? `${(a / b).toFixed(2)}×` : '–');

function startLoad() {
  const child: ChildProcess = fork(fileURLToPath(new URL('./load.ts', import.meta.url)), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  let next = 1;
  const waiting = new Map<number, (m: { result?: unknown; error?: string }) => void>();
  child.on('message', (m: { id: number; result?: unknown; error?: string }) => {
    waiting.get(m.id)?.(m);
    waiting.delete(m.id);
  });
  return {
    http: (spec: HttpSpec) =>
      new Promise<HttpResult>((resolve, reject) => {
        const id = next++;
        waiting.set(id, (m) => (m.error ? reject(new Error(m.error)) : resolve(m.result as HttpResult)));
        child.send({ id, cmd: 'http', spec } satisfies Command);
      }),
    stop: () => child.kill(),
  };
}
type Load = ReturnType<typeof startLoad>;

interface Figures {
  rps: number;
  p50: number;
  p95: number;
  /** This process's CPU time per answered request, in microseconds. */
  cpuUs: number;
  failures: number;
}

async function measure(load: Load, url: string, body: object, headers: Record<string, string>, concurrency: number): Promise<Figures> {
  const profiling = !!PROFILE_DIR && url === profiled && concurrency === LIST_CONCURRENCY;
  if (profiling) {
    if (!inspector) {
      inspector = new Session();
      inspector.connect();
      await inspector.post('Profiler.enable');
    }
    await inspector.post('Profiler.start');
  }
  const cpu0 = process.cpuUsage();
  const spec: HttpSpec = {
    url, method: 'POST', path: '/graphql', body: JSON.stringify(body), concurrency, warmupMs: WARMUP_MS, durationMs: PHASE_MS,
    headers: { 'content-type': 'application/json', ...headers },
  };
  const r = await load.http(spec);
  const cpu = process.cpuUsage(cpu0);
  if (profiling && inspector) {
    const { profile } = await inspector.post('Profiler.stop');
    const field = (body as { query?: string }).query?.match(/\{\s*(\w+)/)?.[1] ?? 'list';
    await mkdir(PROFILE_DIR, { recursive: true });
    await writeFile(join(PROFILE_DIR, `${field}-${++profiles}.cpuprofile`), JSON.stringify(profile));
  }
  // The warm-up's requests used CPU too: count them at the measured rate.
  const requests = r.requests * (1 + WARMUP_MS / PHASE_MS);
  return { rps: r.requests / r.seconds, p50: pct(r.latencies, 50), p95: pct(r.latencies, 95), cpuUs: (cpu.user + cpu.system) / requests, failures: r.failures };
}

/** Three interleaved rounds of A and B; the median of each figure. */
async function pair(part: 'p' | 'q', a: () => Promise<Figures>, b: () => Promise<Figures>): Promise<[Figures, Figures]> {
  if (!runs(part)) return [{ rps: NaN, p50: NaN, p95: NaN, cpuUs: NaN, failures: 0 }, { rps: NaN, p50: NaN, p95: NaN, cpuUs: NaN, failures: 0 }];
  const as: Figures[] = [];
  const bs: Figures[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    if (r % 2 === 0) {
      as.push(await a());
      bs.push(await b());
    } else {
      bs.push(await b());
      as.push(await a());
    }
  }
  const med = (xs: Figures[]): Figures => ({
    rps: median(xs.map((x) => x.rps)),
    p50: median(xs.map((x) => x.p50)),
    p95: median(xs.map((x) => x.p95)),
    cpuUs: median(xs.map((x) => x.cpuUs)),
    failures: xs.reduce((n, x) => n + x.failures, 0),
  });
  return [med(as), med(bs)];
}

/**
 * Adds issues to the community until it holds `total`, in one INSERT … SELECT generate_series:
 * reporters among the residents; nine in ten dispatched (to the property manager or the owners'
 * committee) with their assignments, eight in ten accepted, seven in ten resolved, rated and
 * closed (a board where most issues are settled, as in a running community); comments,
 * supports and follows of the viewer on some. The counters' triggers run for each row, as they
 * would for issues filed one by one.
 */
export async function seedIssues(client: pg.Client, from: number, total: number, s: { communityId: string; reporters: string[]; orgs: string[]; center: string; viewer: string }) {
  await client.query(
    `INSERT INTO issues (id, community_id, number, title, body, category, priority, visibility, status, reporter_id, assignee_id, desk_id,
                         submitted_at, first_dispatched_at, dispatched_at, accept_by, resolve_by, first_accepted_at, accepted_at,
                         first_resolved_at, resolved_at, closed_at, rating_score, rated_at, involved_org_ids, support_count, follower_count)
     SELECT gen_random_uuid(), $1, 'B-' || lpad(g::text, 7, '0'), '楼道问题' || g, '住户反映情况，请尽快处理。编号' || g,
            (ARRAY['ENVIRONMENT','FACILITY','PARKING','SAFETY','OTHER'])[1 + g % 5]::issue_category, 'NORMAL', 'PUBLIC',
            (CASE WHEN g % 10 = 0 THEN 'SUBMITTED' WHEN g % 10 = 1 THEN 'DISPATCHED' WHEN g % 10 = 2 THEN 'ACCEPTED' ELSE 'CLOSED' END)::issue_status,
            ($2::uuid[])[1 + g % array_length($2::uuid[], 1)],
            CASE WHEN g % 10 = 0 THEN NULL ELSE ($3::uuid[])[1 + g % 2] END, $4,
            sub, disp, disp, disp + interval '24 hours', disp + interval '7 days',
            acc, acc, res, res, res, CASE WHEN res IS NOT NULL THEN 3 + g % 3 END, res,
            CASE WHEN g % 10 = 0 THEN ARRAY[$4]::uuid[] ELSE ARRAY[$4, ($3::uuid[])[1 + g % 2]]::uuid[] END, g % 4, g % 3
       FROM (SELECT g, sub,
                    CASE WHEN g % 10 = 0 THEN NULL ELSE sub + (g % 5 + 1) * interval '1 hour' END AS disp,
                    CASE WHEN g % 10 >= 2 THEN sub + (g % 5 + 1) * interval '1 hour' + (g % 37) * interval '1 hour' END AS acc,
                    CASE WHEN g % 10 >= 3 THEN sub + (g % 5 + 1) * interval '1 hour' + (g % 97 + 40) * interval '1 hour' END AS res
               FROM (SELECT g, now() - interval '1 day' - (g * interval '7 minutes') AS sub FROM generate_series($5::int, $6::int) g) x) y`,
    [s.communityId, s.reporters, s.orgs, s.center, from + 1, total],
  );
  const range = `i.number BETWEEN 'B-' || lpad($2::text, 7, '0') AND 'B-' || lpad($3::text, 7, '0')`;
  await client.query(
    `INSERT INTO issue_assignments (id, issue_id, organization_id, dispatched_at, accept_by, accepted_at, resolved_at)
     SELECT gen_random_uuid(), i.id, i.assignee_id, i.first_dispatched_at, i.accept_by, i.first_accepted_at, i.first_resolved_at
       FROM issues i WHERE i.community_id = $1 AND i.assignee_id IS NOT NULL AND ${range}`,
    [s.communityId, from + 1, total],
  );
  await client.query(
    `INSERT INTO issue_ratings (id, issue_id, organization_id, score, rated_at)
     SELECT gen_random_uuid(), i.id, i.assignee_id, i.rating_score, i.rated_at FROM issues i WHERE i.community_id = $1 AND i.rating_score IS NOT NULL AND ${range}`,
    [s.communityId, from + 1, total],
  );
  await client.query(
    `INSERT INTO issue_comments (id, issue_id, author_id, body, internal, created_at)
     SELECT gen_random_uuid(), i.id, i.reporter_id, '补充说明', (row_number() OVER () % 4 = 0), i.submitted_at + interval '1 minute'
       FROM issues i WHERE i.community_id = $1 AND ${range} AND i.support_count % 2 = 0`,
    [s.communityId, from + 1, total],
  );
  await client.query(`INSERT INTO issue_supports (issue_id, user_id, created_at) SELECT i.id, $4, now() FROM issues i WHERE i.community_id = $1 AND ${range} AND i.support_count = 3`, [s.communityId, from + 1, total, s.viewer]);
  await client.query(`INSERT INTO issue_follows (issue_id, user_id, created_at) SELECT i.id, $4, now() FROM issues i WHERE i.community_id = $1 AND ${range} AND i.follower_count = 2`, [s.communityId, from + 1, total, s.viewer]);
  await client.query('ANALYZE');
}

async function main() {
  const started = Date.now();
  console.log(`Gongzhi beside its peers — ${new Date().toISOString()}`);
  console.log(`${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}; load average at start: ${loadavg()}`);
  const deadline = setTimeout(() => {
    console.error(`peers: still running after ${DEADLINE_MS / 1000} s, stopping`);
    process.exit(1);
  }, DEADLINE_MS);
  deadline.unref();

  await mkdir('.tmp', { recursive: true });
  const dir = await mkdtemp(join(process.cwd(), '.tmp', 'bench-peers-'));
  const db = await startEmbeddedPostgres(dir);
  const load = startLoad();
  const rows: [string, string, string, string][] = [];
  const stops: (() => Promise<void>)[] = [];
  try {
    await createDatabaseIfMissing(db.url, 'gz_bench_peers');
    const url = withDatabase(db.url, 'gz_bench_peers');
    const config = loadConfig({ NODE_ENV: 'production', RATE_LIMITS: 'off', LOG_LEVEL: 'silent', PORT: '0', DEMO: 'false' });
    const services = await createServices({ config, databaseUrl: url });
    await migrate(services.orm);
    const server = await startServer(services, { host: '127.0.0.1', port: 0 });
    profiled = server.url;
    stops.push(async () => {
      await server.stop();
      await services.bus.close();
      await services.orm.close();
    });
    const plain = await startPlainApollo();
    stops.push(() => plain.stop());

    // (p) me
    const viewer = await createUser(server, { name: '调度员' });
    const auth = { authorization: `Bearer ${viewer.token}` };
    const [me, plainMe] = await pair(
      'p',
      () => measure(load, server.url, { query: ME }, auth, ME_CONCURRENCY),
      () => measure(load, plain.url, { query: ME }, {}, ME_CONCURRENCY),
    );
    say(`me: ${n0(me.rps)} req/s vs plain Apollo ${n0(plainMe.rps)} req/s; load average ${loadavg()}`);
    rows.push([`(p) me req/s, ${ME_CONCURRENCY} concurrent (vs plain Apollo 5 + Express 5)`, n0(me.rps), n0(plainMe.rps), ratio(me.rps, plainMe.rps)]);
    rows.push([`(p) me p50 / p95, ${ME_CONCURRENCY} concurrent`, `${ms(me.p50)} / ${ms(me.p95)}`, `${ms(plainMe.p50)} / ${ms(plainMe.p95)}`, ratio(me.p95, plainMe.p95)]);
    rows.push(['(p) me server CPU per request', `${n0(me.cpuUs)} µs`, `${n0(plainMe.cpuUs)} µs`, ratio(me.cpuUs, plainMe.cpuUs)]);

    // (q), (r): the board and the figures at each size.
    const community = await createCommunity(server);
    await seat(server, viewer, community.orgs.center.id, MemberRole.STAFF);
    const reporters = await Promise.all(Array.from({ length: 40 }, (_, i) => createUser(server, { name: `居民${i}` })));
    for (const r of reporters) await reside(server, r, community.id, { unitId: community.units[0]!.id });
    // PostGraphile only for (q): it is installed by `npm run bench` (bench/peers/), not by the project.
    const postgraphile = runs('q') ? await startPostGraphile(url) : null;
    if (postgraphile) stops.push(() => postgraphile.stop());
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    stops.push(() => client.end());
    const seedOf = { communityId: community.id, reporters: reporters.map((r) => r.id), orgs: [community.orgs.pm.id, community.orgs.oc.id], center: community.orgs.center.id, viewer: viewer.id };
    let seeded = 0;
    const statsEm = services.orm.em.fork() as EntityManager;
    for (const size of SIZES) {
      const t0 = performance.now();
      await seedIssues(client, seeded, size, seedOf);
      seeded = size;
      say(`${n0(size)} issues (seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
      // Same answer size from both: 50 issues, the same count.
      const mine = (await ok<{ issues: { totalCount: number; edges: unknown[] } }>(server.url, BOARD, { c: community.gid }, viewer.token)).issues;
      if (postgraphile) {
        const theirs = (await (await fetch(`${postgraphile.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: PGL_BOARD, variables: { c: community.id, u: viewer.id } }) })).json()) as { data?: { allIssues: { totalCount: number; nodes: unknown[] } }; errors?: unknown };
        if (!theirs.data) throw new Error(`PostGraphile: ${JSON.stringify(theirs.errors)}`);
        if (mine.totalCount !== theirs.data.allIssues.totalCount || mine.edges.length !== theirs.data.allIssues.nodes.length) throw new Error(`not the same page: ${mine.totalCount}/${mine.edges.length} vs ${theirs.data.allIssues.totalCount}/${theirs.data.allIssues.nodes.length}`);
      }
      const [board, peer] = await pair(
        'q',
        () => measure(load, server.url, { query: BOARD, variables: { c: community.gid } }, auth, LIST_CONCURRENCY),
        () => measure(load, postgraphile!.url, { query: PGL_BOARD, variables: { c: community.id, u: viewer.id } }, {}, LIST_CONCURRENCY),
      );
      say(`issues(first: 50) at ${n0(size)}: ${n0(board.rps)} req/s, p95 ${ms(board.p95)} vs PostGraphile ${n0(peer.rps)} req/s, p95 ${ms(peer.p95)}${board.failures + peer.failures ? ` (${board.failures}/${peer.failures} FAILED)` : ''}; load average ${loadavg()}`);
      rows.push([`(q) issues(first: 50) req/s at ${n0(size)} issues, ${LIST_CONCURRENCY} concurrent (vs PostGraphile 5)`, n0(board.rps), n0(peer.rps), ratio(board.rps, peer.rps)]);
      rows.push([`(q) … p50 / p95`, `${ms(board.p50)} / ${ms(board.p95)}`, `${ms(peer.p50)} / ${ms(peer.p95)}`, ratio(board.p95, peer.p95)]);
      rows.push([`(q) … server CPU per request`, `${n0(board.cpuUs)} µs`, `${n0(peer.cpuUs)} µs`, ratio(board.cpuUs, peer.cpuUs)]);

      // (r) governanceStats over the whole past, one at a time: through the API from the counters,
      // and the full scan it replaced (called directly, without HTTP).
      const api: number[] = [];
      const scan: number[] = [];
      for (let i = 0; i < (runs('r') ? STATS_RUNS + 3 : 0); i++) {
        let t = performance.now();
        await ok(server.url, STATS, { c: community.gid }, viewer.token);
        if (i >= 3) api.push(performance.now() - t);
        t = performance.now();
        await issueStatsByScan(statsEm, community.id, null, new Date(), new Date());
        if (i >= 3) scan.push(performance.now() - t);
      }
      api.sort((a, b) => a - b);
      scan.sort((a, b) => a - b);
      rows.push([`(r) governanceStats p50 at ${n0(size)} issues, through the API (vs the full scan's SQL alone)`, ms(pct(api, 50)), ms(pct(scan, 50)), ratio(pct(api, 50), pct(scan, 50))]);
    }
    const first = rows.find((r) => r[0].startsWith('(r)') && r[0].includes(n0(SIZES[0]!)));
    const last = rows.find((r) => r[0].startsWith('(r)') && r[0].includes(n0(SIZES.at(-1)!)));
    if (first && last) rows.push([`(r) governanceStats at ${n0(SIZES.at(-1)!)} vs at ${n0(SIZES[0]!)} issues (p50)`, last[1], first[1], ratio(parseFloat(last[1]), parseFloat(first[1]))]);

    // (s), (t), (u): the task board, the meetings and the covenants beside PostGraphile (bench/peers-lists.ts).
    if (runs('s') || runs('t') || runs('u')) {
      const measureList = (u: string, body: object, headers: Record<string, string>) => measure(load, u, body, headers, LIST_CONCURRENCY);
      rows.push(...(await listsBesidePeers({ server, databaseUrl: url, client, measure: measureList, rounds: ROUNDS, concurrency: LIST_CONCURRENCY, runs, say, fmt: { n0, ms, ratio } })));
    }

    console.log(`\nGongzhi beside its peers: median of ${ROUNDS} interleaved rounds, each ${PHASE_MS / 1000} s after ${WARMUP_MS} ms of warm-up\n`);
    console.log('| measure | Gongzhi | peer | ratio |\n|---|---|---|---|');
    for (const r of rows) if (runs(r[0][1] as 'p' | 'q' | 'r')) console.log(`| ${r.join(' | ')} |`);
    console.log(`\nratio = Gongzhi / peer (req/s: higher is better for Gongzhi; times: lower). Total ${((Date.now() - started) / 1000).toFixed(0)} s; load average at the end: ${loadavg()}.`);
  } finally {
    load.stop();
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    await db.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);

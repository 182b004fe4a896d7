// Fan-out (issue 11, part 1): one event to 100, 1,000 and 10,000 subscribers of one community,
// beside a raw `ws` server broadcasting the same bytes to the same number of sockets, in the same
// run, three rounds each, interleaved (Gongzhi, raw, Gongzhi, raw, …), medians printed; then what
// 10,000 idle subscriptions cost: server memory each, CPU, database transactions per second.
// Clients are in processes of their own (bench/fanout-clients.ts: one for each peer, since one
// process may hold 20,000 descriptors at most), and so is the raw server (bench/ws-broadcast.ts).
import 'reflect-metadata';
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loadConfig } from '../server/core/config.js';
import { startEmbeddedPostgres } from '../server/core/db/embedded.js';
import { withDatabase } from '../server/core/db/database-url.js';
import { createDatabaseIfMissing, migrate } from '../server/app/database.js';
import { createServices } from '../server/app/services.js';
import { startServer } from '../server/app/server.js';
import { transact } from '../server/core/transaction.js';
import { emit } from '../server/events/emit.js';
import { liveHub } from '../server/events/live.js';
import { createCommunity, createUser } from '../tests/factories/index.js';
import { child } from './child.js';
import { pct } from './harness.js';
import type { ClientCommand, Collected } from './fanout-clients.js';
import type { BroadcastCommand } from './ws-broadcast.js';
import '../server/communities/communities.events.js';

const LEVELS = (process.env.FANOUT_LEVELS ?? '100,1000,10000').split(',').map(Number);
const ROUNDS = 3;
const USERS = 1000; // residents, each with one session; sockets are spread over them
/**
 * The idle window: 60 s, one whole period of the periodic work (two keep-alive rounds of 30 s, one
 * session re-check of 60 s), measured from 5 s after the forced GC of the memory figure, whose
 * sweeping goes on in V8's background threads for a while (a 30 s window from 1 s after it read
 * 5.8–6.7% where the same server read 1.95% over 60 s).
 */
const IDLE_MS = Number(process.env.FANOUT_IDLE_MS ?? 60_000);
const IDLE_SETTLE_MS = 5_000;
/** `FANOUT_IDLE_PROFILE=<file>`: V8's CPU profile of the server's process over the idle window (for bench/cpuprofile-summary.mjs). */
const IDLE_PROFILE = process.env.FANOUT_IDLE_PROFILE;
const DEADLINE_MS = 12 * 60_000;
const QUERY = 'subscription Live($c: ID!) { communityEvents(communityId: $c) { id cursor type occurredAt data community { id name } } }';
/**
 * `FANOUT_DOC=board`: the client's board document instead (client/src/graphql/events/board.graphql:
 * with `actor` and `subject`, which read the viewer's rights), and the event is a comment on a
 * PUBLIC issue by its reporter (not one of the subscribers).
 */
const BOARD = process.env.FANOUT_DOC === 'board';
const BOARD_QUERY = 'subscription Live($c: ID!) { communityEvents(communityId: $c) { id cursor type occurredAt actor { id name } community { id name } data subject { __typename id } } }';

v8.setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const wallNow = () => performance.timeOrigin + performance.now();
const say = (msg: string) => console.log(`[fanout ${(performance.now() / 1000).toFixed(1)}s] ${msg}`);
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const f = {
  ms: (x: number) => (Number.isFinite(x) ? `${x < 10 ? x.toFixed(2) : x.toFixed(0)} ms` : '–'),
  n: (x: number) => (Number.isFinite(x) ? Math.round(x).toLocaleString('en-US') : '–'),
  r: (a: number, b: number) => (Number.isFinite(a) && Number.isFinite(b) && b ? `${(a / b).toFixed(2)}×` : '–'),
};


interface Round {
  p50: number;
  p99: number;
  last: number;
  perSecond: number;
  reached: number;
  duplicates: number;
  cpuMicrosPerDelivery: number;
}

function summarize(arrivals: number[], t0: number, cpuMicros: number, duplicates: number): Round {
  const got = arrivals.filter((t) => t > 0).map((t) => t - t0);
  got.sort((a, b) => a - b);
  const last = got.at(-1) ?? NaN;
  return { p50: pct(got, 50), p99: pct(got, 99), last, perSecond: got.length / (last / 1000), reached: got.length, duplicates, cpuMicrosPerDelivery: cpuMicros / Math.max(1, got.length) };
}

async function main() {
  const started = performance.now();
  const kill = setTimeout(() => {
    console.error('fanout: deadline passed, stopping');
    process.exit(1);
  }, DEADLINE_MS);
  kill.unref();
  console.log(`Gongzhi fan-out bench — ${new Date().toISOString()}`);
  console.log(`${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
  const loadStart = os.loadavg().map((x) => x.toFixed(2)).join(' ');
  console.log(`load average at start: ${loadStart} (the machine is shared: other work skews every absolute figure)`);

  await mkdir('.tmp', { recursive: true });
  const dir = await mkdtemp(join(process.cwd(), '.tmp', 'bench-fanout-'));
  const db = await startEmbeddedPostgres(dir);
  const clients: ReturnType<typeof child>[] = [];
  try {
    await createDatabaseIfMissing(db.url, 'gz_bench_fanout');
    const url = withDatabase(db.url, 'gz_bench_fanout');
    const config = loadConfig({ NODE_ENV: 'test', RATE_LIMITS: 'off', LOG_LEVEL: 'silent', DEMO: 'false', WS_MAX_SOCKETS_PER_SESSION: '20' });
    const services = await createServices({ config, databaseUrl: url });
    await migrate(services.orm);
    const server = await startServer(services, { host: '127.0.0.1', port: 0 });
    const em = () => services.orm.em.fork() as EntityManager;
    try {
      // One community, USERS verified residents with a session each (written in bulk).
      const community = await createCommunity(server);
      const someone = await createUser(server);
      const [row] = await em().execute<{ password_hash: string }[]>(`SELECT password_hash FROM users WHERE id = ?`, [someone.id]);
      if (!row) throw new Error(`user ${someone.id} has no row`);
      const { password_hash } = row;
      const tokens = Array.from({ length: USERS }, () => randomBytes(32).toString('base64url'));
      const ids = await em().execute<{ id: string }[]>(
        `INSERT INTO users (id, phone, name, password_hash) SELECT gen_random_uuid(), '177' || lpad(i::text, 8, '0'), '住户' || i, ? FROM generate_series(1, ?) i RETURNING id`,
        [password_hash, USERS],
      );
      const userIds = ids.map((r) => r.id);
      await em().execute(`INSERT INTO residencies (id, user_id, community_id, kind, verified) SELECT gen_random_uuid(), u, ?, 'OWNER', true FROM unnest(?::uuid[]) u`, [community.id, `{${userIds.join(',')}}`]);
      await em().execute(`INSERT INTO sessions (id, user_id, token_hash, expires_at) SELECT gen_random_uuid(), u, h, now() + interval '1 day' FROM unnest(?::uuid[], ?::text[]) AS t(u, h)`, [
        `{${userIds.join(',')}}`,
        `{${tokens.map((t) => createHash('sha256').update(t, 'utf8').digest('hex')).join(',')}}`,
      ]);
      const [issue] = BOARD ?
          await em().execute<{ id: string }[]>(
            `INSERT INTO issues (id, community_id, number, title, body, category, priority, visibility, status, reporter_id, submitted_at)
             VALUES (gen_random_uuid(), ?, 'B-0000001', '电梯异响', '二号楼电梯运行时有异响', 'FACILITY', 'NORMAL', 'PUBLIC', 'SUBMITTED', ?, now()) RETURNING id`,
            [community.id, someone.id],
          )
        : [];
      say(`server up; ${USERS} residents with a session each${BOARD ? '; the board document, a comment on a public issue' : ''}`);

      const gongzhi = child<ClientCommand>('./fanout-clients.ts');
      const rawClients = child<ClientCommand>('./fanout-clients.ts');
      const raw = child<BroadcastCommand>('./ws-broadcast.ts', ['--expose-gc']);
      clients.push(gongzhi, rawClients, raw);
      const { port: rawPort } = await raw.ready;
      const hub = liveHub(services);

      const memory = async () => {
        gc();
        await sleep(50);
        gc();
        const m = process.memoryUsage();
        return { rss: m.rss, js: m.heapUsed + m.external };
      };
      const memBefore = await memory();
      const rawMemBefore = await raw.call<{ rss: number; js: number }>({ cmd: 'memory' });

      let n = 0;
      const writeEvent = async (name: string) => {
        let t0 = 0;
        await transact(em(), services.bus, issue ? someone.id : null, (tx) => {
          tx.afterCommit(() => void (t0 = wallNow()));
          if (issue) {
            const data = { number: 'B-0000001', title: '电梯异响', commentId: randomBytes(8).toString('hex'), internal: false, excerpt: name };
            emit(tx, { type: 'issue.commented', communityId: community.id, subject: { type: 'Issue', id: issue.id }, data, audience: { public: true } });
          } else emit(tx, { type: 'community.created', communityId: community.id, data: { name }, audience: { public: true } });
        });
        return t0;
      };
      let sampleText: string | null = null;
      const results: { level: number; g: Round[]; r: Round[] }[] = [];
      for (const level of LEVELS) {
        const opened = await gongzhi.call<{ open: number }>({ cmd: 'open', kind: 'gongzhi', url: server.wsUrl, count: level, tokens, query: BOARD ? BOARD_QUERY : QUERY, variables: { c: community.gid } });
        await rawClients.call({ cmd: 'open', kind: 'raw', url: `ws://127.0.0.1:${rawPort}`, count: level });
        for (let i = 0; i < 1200 && hub.liveCount() < level; i++) await sleep(100);
        say(`${level}: ${opened.open} sockets open, ${hub.liveCount()} subscriptions live`);
        await sleep(1000);
        const g: Round[] = [];
        const r: Round[] = [];
        for (let round = 0; round < ROUNDS; round++) {
          await gongzhi.call({ cmd: 'arm' });
          const cpu = process.cpuUsage();
          const t0 = await writeEvent(`fan-out ${++n}`);
          const got = await gongzhi.call<Collected>({ cmd: 'collect', timeoutMs: 60_000 });
          const used = process.cpuUsage(cpu);
          g.push(summarize(got.arrivals, t0, used.user + used.system, got.duplicates));
          sampleText ??= got.sample;
          await sleep(500);
          // The raw peer sends what a Gongzhi socket received, byte for byte.
          await rawClients.call({ cmd: 'arm' });
          const b = await raw.call<{ t0: number; cpuMicros: number }>({ cmd: 'broadcast', text: got.sample ?? sampleText ?? '{}' });
          const rgot = await rawClients.call<Collected>({ cmd: 'collect', timeoutMs: 60_000 });
          r.push(summarize(rgot.arrivals, b.t0, b.cpuMicros, rgot.duplicates));
          say(`${level} round ${round + 1}: Gongzhi p50 ${f.ms(g.at(-1)!.p50)} p99 ${f.ms(g.at(-1)!.p99)} (${g.at(-1)!.reached}/${level}); raw p50 ${f.ms(r.at(-1)!.p50)} p99 ${f.ms(r.at(-1)!.p99)} (${r.at(-1)!.reached}/${level})`);
          await sleep(500);
        }
        results.push({ level, g, r });
      }

      // 10,000 (the last level) idle: memory, CPU and transactions over IDLE_MS.
      const idleLevel = LEVELS.at(-1)!;
      await sleep(2000);
      const memIdle = await memory();
      const rawMemIdle = await raw.call<{ rss: number; js: number }>({ cmd: 'memory' });
      const xacts = async () => Number((await em().execute<{ x: string }[]>(`SELECT xact_commit AS x FROM pg_stat_database WHERE datname = current_database()`))[0]!.x);
      await em().execute('SELECT pg_stat_force_next_flush()').catch(() => undefined);
      await sleep(IDLE_SETTLE_MS);
      const x0 = await xacts();
      const cpu0 = process.cpuUsage();
      const rawCpu0 = await raw.call<{ micros: number }>({ cmd: 'cpu' });
      const profiler = IDLE_PROFILE ? new Session() : null;
      if (profiler) {
        profiler.connect();
        await profiler.post('Profiler.enable');
        await profiler.post('Profiler.start');
      }
      const w0 = performance.now();
      await sleep(IDLE_MS);
      const seconds = (performance.now() - w0) / 1000;
      const cpuUsed = process.cpuUsage(cpu0);
      if (profiler) {
        const { profile } = await profiler.post('Profiler.stop');
        await writeFile(IDLE_PROFILE!, JSON.stringify(profile));
        profiler.disconnect();
        say(`idle profile written to ${IDLE_PROFILE}`);
      }
      const rawCpu1 = await raw.call<{ micros: number }>({ cmd: 'cpu' });
      await em().execute('SELECT pg_stat_force_next_flush()').catch(() => undefined);
      await sleep(1100);
      const x1 = await xacts();
      // Less the statements of this measurement itself (each its own transaction): 2 flushes and a read.
      const idleXacts = Math.max(0, x1 - x0 - 3) / seconds;
      const idleCpu = ((cpuUsed.user + cpuUsed.system) / 1e6 / seconds) * 100;
      const rawIdleCpu = ((rawCpu1.micros - rawCpu0.micros) / 1e6 / seconds) * 100;

      const table: [string, string, string, string][] = [];
      for (const { level, g, r } of results) {
        const gp50 = median(g.map((x) => x.p50));
        const gp99 = median(g.map((x) => x.p99));
        const rp50 = median(r.map((x) => x.p50));
        const rp99 = median(r.map((x) => x.p99));
        const gps = median(g.map((x) => x.perSecond));
        const rps = median(r.map((x) => x.perSecond));
        const reached = `${Math.min(...g.map((x) => x.reached))}/${level}, ${g.reduce((a, x) => a + x.duplicates, 0)} twice`;
        table.push([`${f.n(level)}: commit → receipt p50 (vs raw ws)`, f.ms(gp50), f.ms(rp50), f.r(gp50, rp50)]);
        table.push([`${f.n(level)}: commit → receipt p99 (vs raw ws)`, f.ms(gp99), f.ms(rp99), f.r(gp99, rp99)]);
        table.push([`${f.n(level)}: deliveries/s (vs raw ws)`, f.n(gps), f.n(rps), f.r(gps, rps)]);
        table.push([`${f.n(level)}: server CPU per delivery (vs raw ws)`, `${median(g.map((x) => x.cpuMicrosPerDelivery)).toFixed(1)} µs`, `${median(r.map((x) => x.cpuMicrosPerDelivery)).toFixed(1)} µs`, '']);
        table.push([`${f.n(level)}: reached, every round (none twice)`, reached, `${Math.min(...r.map((x) => x.reached))}/${level}`, '']);
      }
      const perSub = (memIdle.rss - memBefore.rss) / idleLevel / 1024;
      const perSubJs = (memIdle.js - memBefore.js) / idleLevel / 1024;
      const rawPerSub = (rawMemIdle.rss - rawMemBefore.rss) / idleLevel / 1024;
      const rawPerSubJs = (rawMemIdle.js - rawMemBefore.js) / idleLevel / 1024;
      table.push([`${f.n(idleLevel)} idle: server RSS per subscription (vs raw ws per socket)`, `${perSub.toFixed(1)} KB`, `${rawPerSub.toFixed(1)} KB`, f.r(perSub, rawPerSub)]);
      table.push([`${f.n(idleLevel)} idle: JS heap + external per subscription (vs raw ws)`, `${perSubJs.toFixed(1)} KB`, `${rawPerSubJs.toFixed(1)} KB`, f.r(perSubJs, rawPerSubJs)]);
      table.push([`${f.n(idleLevel)} idle: server CPU over ${(seconds).toFixed(0)} s (vs raw ws)`, `${idleCpu.toFixed(2)}%`, `${rawIdleCpu.toFixed(2)}%`, '']);
      table.push([`${f.n(idleLevel)} idle: database transactions/s (xact_commit)`, idleXacts.toFixed(2), '', '']);
      table.push([`hub: shared reads / executions / deliveries since start`, `${f.n(hub.stats.reads)} / ${f.n(hub.stats.executions)} / ${f.n(hub.stats.deliveries)}`, '', '']);

      const w = [0, 1, 2, 3].map((i) => Math.max(...table.map((t) => t[i]!.length), ['measure', 'Gongzhi', 'raw ws', 'ratio'][i]!.length));
      const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(w[i]!)).join(' | ')} |`;
      console.log('');
      console.log(line(['measure', 'Gongzhi', 'raw ws', 'ratio']));
      console.log(`|${w.map((x) => '-'.repeat(x + 2)).join('|')}|`);
      for (const t of table) console.log(line(t));
      console.log('');
      console.log(`Medians of ${ROUNDS} interleaved rounds. Clients: one socket per subscription, in their own processes; ${USERS} residents, each session holding up to ${Math.ceil(idleLevel / USERS)} sockets.`);
      console.log(`Total ${((performance.now() - started) / 1000).toFixed(0)} s; load average at the end: ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}.`);
    } finally {
      for (const c of clients) c.stop();
      await server.stop();
      await services.orm.close();
      await services.bus.close();
    }
  } finally {
    await db.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);

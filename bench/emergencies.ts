// `npm run bench` (the emergency alert fan-out, issue 15): a township center declares an incident
// over a township of N verified residents (5,000, then 20,000: four communities, written in bulk),
// with K residents listening live for their notifications (`notificationAdded`, what the banner
// and the notification list hear), one socket each, held by a client process of its own
// (bench/fanout-clients.ts, graphql-transport-ws by hand).
//
//   declare → last alert row written: the `declareIncident` round trip over HTTP, whose one
//     transaction writes an alert row and a notification per person and commits before it
//     answers; baseline: the same N alert rows copied by one INSERT … SELECT into a table of the
//     same shape (the database's own cost of writing them).
//   declare → live receipt p50 / p99 / last, over the K listeners; baseline: the declaration's
//     round trip plus a raw `ws` broadcast of the very bytes a Gongzhi socket received to K
//     sockets (bench/ws-broadcast.ts in a process of its own, its clients in another), as
//     bench/fanout.ts compares.
//   reached: listeners that heard the alert, and those that heard it more than once.
//
// ROUNDS (default 3) declarations per size, Gongzhi and raw interleaved, medians printed. Nothing
// is asserted. `EMERGENCY_SIZES=5000,20000` and `EMERGENCY_LISTENERS=1000` change it.
import { createHash, randomBytes } from 'node:crypto';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createCommunity, createOrganizationAbove, createUser, seat, OrganizationKind, RegionLevel, TANXI, type TestCommunity } from '../tests/factories/index.js';
import { ok } from './graphql.js';
import { child } from './child.js';
import { pct, runBench } from './harness.js';
import type { ClientCommand, Collected } from './fanout-clients.js';
import type { BroadcastCommand } from './ws-broadcast.js';

const SIZES = (process.env.EMERGENCY_SIZES ?? '5000,20000').split(',').map(Number);
const LISTENERS = Number(process.env.EMERGENCY_LISTENERS ?? 1000);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const COMMUNITIES = 4;
const DEADLINE_MS = 15 * 60_000;
const QUERY = 'subscription Alerts { notificationAdded { id title } }';

const wallNow = () => performance.timeOrigin + performance.now();
const t0Bench = performance.now();
const say = (msg: string) => console.log(`[emergencies ${((performance.now() - t0Bench) / 1000).toFixed(1)}s] ${msg}`);
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fms = (x: number) => (Number.isFinite(x) ? `${x < 10 ? x.toFixed(2) : x.toFixed(0)} ms` : '–');
const fr = (a: number, b: number) => (Number.isFinite(a) && Number.isFinite(b) && b ? `${(a / b).toFixed(2)}×` : '–');


/** Arrivals since t0, sorted, in milliseconds. */
const since = (arrivals: number[], t0: number) => arrivals.filter((t) => t > 0).map((t) => t - t0).sort((a, b) => a - b);

interface Round {
  declareMs: number;
  copyMs: number;
  p50: number;
  p99: number;
  last: number;
  reached: number;
  twice: number;
  rawP50: number;
  rawP99: number;
  rawLast: number;
  rawReached: number;
}

runBench('emergencies', async (server, services) => {
  const kill = setTimeout(() => {
    console.error('emergencies: deadline passed, stopping');
    process.exit(1);
  }, DEADLINE_MS);
  kill.unref();
  const loadStart = os.loadavg().map((x) => x.toFixed(2)).join(' ');
  console.log(`Gongzhi emergency alert bench — ${new Date().toISOString()}; load average at start: ${loadStart}`);
  const em = () => services.orm.em.fork() as EntityManager;

  // 檀溪街道: four communities, the township center and its duty officer.
  const cs: TestCommunity[] = [];
  for (let i = 0; i < COMMUNITIES; i++) cs.push(await createCommunity(server, `檀溪${i + 1}社区`));
  const center = await createOrganizationAbove(server, { kind: OrganizationKind.GOVERNANCE_CENTER, name: '檀溪街道综治中心', level: RegionLevel.TOWNSHIP, ...TANXI });
  const duty = await createUser(server, { name: '值班员' });
  await seat(server, duty, center.id);
  let residents = 0;
  /** Adds verified residents (without a flat, spread over the communities) up to `n`, in bulk. */
  const grow = async (n: number) => {
    await em().execute(
      `WITH p AS (INSERT INTO users (id, phone, name, password_hash)
                  SELECT gen_random_uuid(), '136' || lpad(g::text, 8, '0'), '居民' || g, 'x' FROM generate_series(?::int, ?::int - 1) g RETURNING id, (substr(phone, 4))::int AS g)
       INSERT INTO residencies (id, user_id, community_id, unit_id, kind, verified)
       SELECT gen_random_uuid(), p.id, (?::uuid[])[p.g % ? + 1], NULL, 'OWNER', true FROM p`,
      [residents, n, `{${cs.map((c) => c.id).join(',')}}`, COMMUNITIES],
    );
    residents = n;
    await em().execute('ANALYZE');
  };
  await grow(SIZES[0]!);
  // The first K residents listen, each with a session of their own.
  const listenerIds = (await em().execute<{ id: string }[]>(`SELECT id FROM users WHERE phone LIKE '136%' ORDER BY phone LIMIT ?`, [LISTENERS])).map((r) => r.id);
  const tokens = listenerIds.map(() => randomBytes(32).toString('base64url'));
  await em().execute(`INSERT INTO sessions (id, user_id, token_hash, expires_at) SELECT gen_random_uuid(), u, h, now() + interval '1 day' FROM unnest(?::uuid[], ?::text[]) AS t(u, h)`, [
    `{${listenerIds.join(',')}}`,
    `{${tokens.map((t) => createHash('sha256').update(t, 'utf8').digest('hex')).join(',')}}`,
  ]);
  // The baseline's table: incident_alerts' shape and primary key, nothing else.
  await em().execute(`CREATE TABLE bench_alert_copy (LIKE incident_alerts INCLUDING DEFAULTS INCLUDING INDEXES)`);

  const gongzhi = child<ClientCommand>('./fanout-clients.ts');
  const rawClients = child<ClientCommand>('./fanout-clients.ts');
  const raw = child<BroadcastCommand>('./ws-broadcast.ts');
  try {
    const { port: rawPort } = await raw.ready;
    const opened = await gongzhi.call<{ open: number }>({ cmd: 'open', kind: 'gongzhi', url: server.wsUrl, count: LISTENERS, tokens, query: QUERY, variables: {} });
    await rawClients.call({ cmd: 'open', kind: 'raw', url: `ws://127.0.0.1:${rawPort}`, count: LISTENERS });
    say(`${opened.open} of ${LISTENERS} listeners subscribed`);
    await sleep(5000);

    let n = 0;
    const results: { size: number; rounds: Round[] }[] = [];
    for (const size of SIZES) {
      if (size > residents) await grow(size);
      say(`${residents} residents in ${COMMUNITIES} communities`);
      const rounds: Round[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        await gongzhi.call({ cmd: 'arm' });
        const t0 = wallNow();
        const { declareIncident } = await ok<{ declareIncident: { id: string } }>(
          server.url,
          `mutation($input: DeclareIncidentInput!) { declareIncident(input: $input) { id } }`,
          { input: { deskId: center.gid, kind: 'RAINSTORM', level: 'II', title: `暴雨红色预警 ${++n}`, instructions: '请勿外出，低洼楼栋住户转移至社区活动中心。', communityIds: cs.map((c) => c.gid) } },
          duty.token,
        );
        const declareMs = wallNow() - t0;
        const got = await gongzhi.call<Collected>({ cmd: 'collect', timeoutMs: 120_000 });
        const g = since(got.arrivals, t0);
        // Baseline: the same rows, copied by one statement in a transaction of its own.
        const incidentId = (await em().execute<{ id: string }[]>(`SELECT id FROM incidents WHERE title = ?`, [`暴雨红色预警 ${n}`]))[0]!.id;
        const c0 = wallNow();
        await em().transactional(async (tx) => {
          await tx.execute(`INSERT INTO bench_alert_copy SELECT * FROM incident_alerts WHERE incident_id = ?`, [incidentId]);
        });
        const copyMs = wallNow() - c0;
        await em().execute(`TRUNCATE bench_alert_copy`);
        await sleep(500);
        await rawClients.call({ cmd: 'arm' });
        const b = await raw.call<{ t0: number }>({ cmd: 'broadcast', text: got.sample ?? '{}' });
        const rgot = await rawClients.call<Collected>({ cmd: 'collect', timeoutMs: 60_000 });
        const r = since(rgot.arrivals, b.t0);
        rounds.push({
          declareMs,
          copyMs,
          p50: pct(g, 50),
          p99: pct(g, 99),
          last: g.at(-1) ?? NaN,
          reached: g.length,
          twice: got.duplicates,
          rawP50: pct(r, 50),
          rawP99: pct(r, 99),
          rawLast: r.at(-1) ?? NaN,
          rawReached: r.length,
        });
        const x = rounds.at(-1)!;
        say(`${size} round ${round + 1} (${declareIncident.id}): declare ${fms(x.declareMs)} (copy ${fms(x.copyMs)}); receipt p50 ${fms(x.p50)} p99 ${fms(x.p99)} (${x.reached}/${LISTENERS}, ${x.twice} twice); raw p99 ${fms(x.rawP99)}`);
        await sleep(1000);
      }
      results.push({ size, rounds });
    }

    const table: [string, string, string, string][] = [];
    for (const { size, rounds } of results) {
      const m = (k: keyof Round) => median(rounds.map((x) => x[k]));
      const label = `${size.toLocaleString('en-US')} residents, ${LISTENERS.toLocaleString('en-US')} live`;
      table.push([`${label}: declare → last alert row written (vs one INSERT … SELECT of the same rows)`, fms(m('declareMs')), fms(m('copyMs')), fr(m('declareMs'), m('copyMs'))]);
      table.push([`${label}: declare → live receipt p50 (vs declare round trip + raw ws p50)`, fms(m('p50')), fms(m('declareMs') + m('rawP50')), fr(m('p50'), m('declareMs') + m('rawP50'))]);
      table.push([`${label}: declare → live receipt p99 (vs declare round trip + raw ws p99)`, fms(m('p99')), fms(m('declareMs') + m('rawP99')), fr(m('p99'), m('declareMs') + m('rawP99'))]);
      table.push([`${label}: … the last receipt (vs raw ws last, alone)`, fms(m('last')), fms(m('rawLast')), '']);
      table.push([`${label}: reached, every round (heard twice)`, `${Math.min(...rounds.map((x) => x.reached))}/${LISTENERS}, ${rounds.reduce((a, x) => a + x.twice, 0)} twice`, `${Math.min(...rounds.map((x) => x.rawReached))}/${LISTENERS}`, '']);
    }
    const w = [0, 1, 2, 3].map((i) => Math.max(...table.map((t) => t[i]!.length), ['measure', 'Gongzhi', 'baseline', 'ratio'][i]!.length));
    const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(w[i]!)).join(' | ')} |`;
    console.log('');
    console.log(line(['measure', 'Gongzhi', 'baseline', 'ratio']));
    console.log(`|${w.map((x) => '-'.repeat(x + 2)).join('|')}|`);
    for (const t of table) console.log(line(t));
    console.log('');
    console.log(`Medians of ${ROUNDS} rounds per size (each a new incident over the whole township: everyone alerted again). Listeners: one socket each, in a process of their own.`);
    console.log(`Total ${((performance.now() - t0Bench) / 1000).toFixed(0)} s; load average at the end: ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}.`);
  } finally {
    gongzhi.stop();
    rawClients.stop();
    raw.stop();
  }
});

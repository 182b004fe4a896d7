// `npm run bench` (fourth part): volunteers claiming tasks of a 红色驿站.
//
//   (k) claimTask p50 / p95, one volunteer after another on a task with free slots, vs `{ me }`
//       on the same server (the baseline)
//   (l) 200 volunteers pressing "claim" at once on a task of 50 slots: wall time until every
//       answer is in, vs 200 claims one after another; and what the task holds afterwards
//   (m) withdrawClaim that promotes the first waiter, p50, vs a withdrawal with nobody waiting
//   (n) the task board `volunteerTasks(first: 50)` with claim counters and the viewer's claim,
//       p50, vs `me`
//   (o) the claim storm (issue 15 §3): 1,000 volunteers tapping "认领" in the same second on a
//       task of 50 slots, each on its own connection from a child process (bench/load.ts): p50 /
//       p99 of the answers and what the task holds afterwards, vs 1,000 `me` sent the same way;
//       then both at once (2,000 requests), each measure's p99 under the other's storm; and the
//       server's CPU time per request in each storm alone (less moved by other work on the machine
//       than the latencies). Each
//       claim carries its own idempotency key, as the client sends one per tap.
//       `VOLUNTEERS_ONLY=storm` runs only this part.
//
// Nothing is asserted; figures and ratios are printed (the counts in (l) are printed so a reader
// sees they held). Loopback only; every loop is bounded.
import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Services } from '../server/core/context.js';
import { createSession } from '../server/accounts/session.service.js';
import { createCommunity, createUser, seat, MemberRole } from '../tests/factories/index.js';
import { ok } from './graphql.js';
import { ms as f, pct, ratio, runBench, samples, type BenchServer } from './harness.js';
import type { BurstResult, BurstSpec } from './load.js';

const VOLUNTEERS = 400;
const RACE = 200;
const RACE_SLOTS = 50;
const RUNS = 40;
const STORM = 1000;
const STORM_SLOTS = 50;

runBench('volunteers', async (server, services, url) => {
  if (process.env.VOLUNTEERS_ONLY !== 'storm') await parts(server, services, url);
  await storm(server, services, url);
});

async function parts(server: BenchServer, services: Services, url: string): Promise<void> {
  const c = await createCommunity(server);
  const coordinator = await createUser(server, { name: '驿站站长' });
  await seat(server, coordinator, c.orgs.station.id, MemberRole.COORDINATOR);

  // 400 verified residents, who register at the station through the API.
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const rows = (
    await client.query(
      `WITH p AS (INSERT INTO users (id, phone, name, password_hash) SELECT gen_random_uuid(), '16' || lpad(g::text, 9, '0'), '志愿者' || g, 'x' FROM generate_series(1, ${VOLUNTEERS}) g RETURNING id)
       INSERT INTO residencies (id, user_id, community_id, unit_id, kind, verified) SELECT gen_random_uuid(), p.id, $1, NULL, 'TENANT', true FROM p RETURNING user_id`,
      [c.id],
    )
  ).rows as { user_id: string }[];
  await client.query('ANALYZE');
  const em = services.orm.em.fork() as EntityManager;
  const tokens = rows.map((r) => createSession(em, r.user_id, 1, new Date()).token);
  await em.flush();
  const m = <T = unknown>(q: string, vars: Record<string, unknown>, token: string) => ok<T>(server.url, q, vars, token);
  for (let i = 0; i < tokens.length; i += 20) {
    await Promise.all(
      tokens.slice(i, i + 20).map((token, j) =>
        m(`mutation($i: RegisterVolunteerInput!) { registerVolunteer(input: $i) { id } }`, { i: { stationId: c.orgs.station.gid, isPartyMember: (i + j) % 3 === 0, skills: ['助老'] } }, token),
      ),
    );
  }

  const startsAt = new Date(Date.now() + 3 * 86_400_000);
  const task = async (title: string, slots: number) =>
    (
      await m<{ createVolunteerTask: { id: string } }>(
        `mutation($i: CreateVolunteerTaskInput!) { createVolunteerTask(input: $i) { id } }`,
        { i: { stationId: c.orgs.station.gid, title, description: '压测任务', startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 3 * 3_600_000).toISOString(), slots, publish: true } },
        coordinator.token,
      )
    ).createVolunteerTask.id;
  const CLAIM = `mutation($i: ClaimTaskInput!) { claimTask(input: $i) { id status waitlistPosition } }`;
  const WITHDRAW = `mutation($i: ClaimRefInput!) { withdrawClaim(input: $i) { id status } }`;

  // (k) one after another, vs `me`.
  for (let i = 0; i < 5; i++) await m('{ me { id name } }', {}, tokens[i]!);
  const me = await samples(RUNS * 5, (i) => m('{ me { id name } }', {}, tokens[i % VOLUNTEERS]!));
  const roomy = await task('楼道清扫（名额充足）', 500);
  const claim = await samples(RACE, (i) => m(CLAIM, { i: { taskId: roomy } }, tokens[i]!));

  // (l) 200 at once on 50 slots, vs the same 200 one after another (k).
  const race = await task('独居老人走访（抢名额）', RACE_SLOTS);
  const t0 = performance.now();
  type Claim = { id: string; status: string; waitlistPosition: number | null };
  const results = await Promise.all(tokens.slice(RACE, RACE * 2).map((token) => m<{ claimTask: Claim }>(CLAIM, { i: { taskId: race } }, token)));
  const raceMs = performance.now() - t0;
  const claims = results.map((r) => r.claimTask);
  const claimed = claims.filter((x) => x.status === 'CLAIMED');
  const places = claims.filter((x) => x.status === 'WAITLISTED').map((x) => x.waitlistPosition!).sort((a, b) => a - b);
  const placesOk = places.every((p, i) => p === i + 1);

  // (m) withdrawals: each frees a slot on the raced task and promotes the first waiter; on the
  // roomy task nobody waits.
  const byToken = new Map(tokens.slice(RACE, RACE * 2).map((token, i) => [claims[i]!.id, token]));
  const promoting = await samples(RUNS, (i) => m(WITHDRAW, { i: { claimId: claimed[i]!.id } }, byToken.get(claimed[i]!.id)!));
  const roomyClaims = (await m<{ node: { claims: { id: string }[] } }>(`query($id: ID!) { node(id: $id) { ... on VolunteerTask { claims { id status volunteer { user { id } } } } } }`, { id: roomy }, coordinator.token)).node.claims;
  const ownerOf = new Map<string, string>();
  for (let i = 0; i < RACE; i++) {
    const mine = (await m<{ node: { viewerClaim: { id: string } | null } }>(`query($id: ID!) { node(id: $id) { ... on VolunteerTask { viewerClaim { id } } } }`, { id: roomy }, tokens[i]!)).node.viewerClaim;
    if (mine) ownerOf.set(mine.id, tokens[i]!);
    if (ownerOf.size >= RUNS) break;
  }
  const plainIds = [...ownerOf.keys()];
  const plain = await samples(Math.min(RUNS, plainIds.length), (i) => m(WITHDRAW, { i: { claimId: plainIds[i]! } }, ownerOf.get(plainIds[i]!)!));
  const after = (await m<{ node: { claimedCount: number; waitlistCount: number; status: string } }>(`query($id: ID!) { node(id: $id) { ... on VolunteerTask { claimedCount waitlistCount status } } }`, { id: race }, coordinator.token)).node;

  // (n) the board: 50 tasks with their counters and the viewer's claim.
  for (let i = 0; i < 48; i++) await task(`社区服务${i + 1}`, 10);
  const BOARD = `query($c: ID!) { volunteerTasks(communityId: $c, first: 50) { totalCount edges { node { id title slots claimedCount waitlistCount status station { id name } viewerClaim { id status waitlistPosition } } } } }`;
  const board = await samples(RUNS, (i) => m(BOARD, { c: c.gid }, tokens[i]!));
  await client.end();

  console.log(`\n${VOLUNTEERS} volunteers at one station; ${roomyClaims.length} claims on the roomy task\n`);
  console.log('| measure | figure | baseline | ratio |\n|---|---|---|---|');
  console.log(`| (k) claimTask p50 / p95, one at a time (vs \`me\`) | ${f(claim.p50)} / ${f(claim.p95)} | ${f(me.p50)} / ${f(me.p95)} | ${ratio(claim.p50, me.p50)} |`);
  console.log(`| (l) ${RACE} claims at once on ${RACE_SLOTS} slots, wall time (vs ${RACE} one after another, from (k)'s p50) | ${f(raceMs)} | ${f(claim.p50 * RACE)} | ${ratio(raceMs, claim.p50 * RACE)} |`);
  console.log(`| (l) after the race: CLAIMED / WAITLISTED, places 1…${RACE - RACE_SLOTS} | ${claimed.length} / ${places.length}, places ${placesOk ? 'consecutive' : 'NOT consecutive'} | | |`);
  console.log(`| (m) withdrawClaim promoting the first waiter p50 (vs nobody waiting) | ${f(promoting.p50)} | ${f(plain.p50)} | ${ratio(promoting.p50, plain.p50)} |`);
  console.log(`| (m) the raced task after ${RUNS} withdrawals: claimed / waitlist / status | ${after.claimedCount} / ${after.waitlistCount} / ${after.status} | | |`);
  console.log(`| (n) volunteerTasks(first: 50) p50 / p95 (vs \`me\`) | ${f(board.p50)} / ${f(board.p95)} | ${f(me.p50)} / ${f(me.p95)} | ${ratio(board.p50, me.p50)} |`);
}

/** Sends bursts from a child process (bench/load.ts), so that the clients cost the server nothing. */
function burstProcess() {
  const child = fork(fileURLToPath(new URL('./load.ts', import.meta.url)), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  let next = 1;
  const waiting = new Map<number, (m: { result?: BurstResult; error?: string }) => void>();
  child.on('message', (m: { id: number; result?: BurstResult; error?: string }) => {
    waiting.get(m.id)?.(m);
    waiting.delete(m.id);
  });
  return {
    burst: (spec: BurstSpec) =>
      new Promise<BurstResult>((resolve, reject) => {
        const id = next++;
        waiting.set(id, (m) => (m.error ? reject(new Error(m.error)) : resolve(m.result!)));
        child.send({ cmd: 'burst', spec, id });
      }),
    stop: () => child.kill(),
  };
}

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);

/** (o) The claim storm beside a storm of `me`. */
async function storm(server: BenchServer, services: Services, url: string): Promise<void> {
  const c = await createCommunity(server);
  const coordinator = await createUser(server, { name: '应急驿站站长' });
  await seat(server, coordinator, c.orgs.station.id, MemberRole.COORDINATOR);
  // 2 × 1,000 volunteers of the station, written in bulk (registration is measured in (k)–(n)).
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const rows = (
    await client.query(
      `WITH p AS (INSERT INTO users (id, phone, name, password_hash) SELECT gen_random_uuid(), '17' || lpad(g::text, 9, '0'), '应急志愿者' || g, 'x' FROM generate_series(1, ${STORM * 2}) g RETURNING id),
       r AS (INSERT INTO residencies (id, user_id, community_id, unit_id, kind, verified) SELECT gen_random_uuid(), p.id, $1, NULL, 'TENANT', true FROM p RETURNING user_id)
       INSERT INTO volunteers (id, user_id, station_id, community_id, is_party_member, skills, verified_hours, points, created_at)
       SELECT gen_random_uuid(), r.user_id, $2, $1, false, '{}', 0, 0, now() FROM r RETURNING user_id`,
      [c.id, c.orgs.station.id],
    )
  ).rows as { user_id: string }[];
  await client.query('ANALYZE');
  await client.end();
  const em = services.orm.em.fork() as EntityManager;
  const tokens = rows.map((r) => createSession(em, r.user_id, 1, new Date()).token);
  await em.flush();
  const startsAt = new Date(Date.now() + 3 * 86_400_000);
  const task = async (title: string) =>
    (
      await ok<{ createVolunteerTask: { id: string } }>(
        server.url,
        `mutation($i: CreateVolunteerTaskInput!) { createVolunteerTask(input: $i) { id } }`,
        { i: { stationId: c.orgs.station.gid, title, description: '应急任务', startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 3 * 3_600_000).toISOString(), slots: STORM_SLOTS, publish: true } },
        coordinator.token,
      )
    ).createVolunteerTask.id;
  const load = burstProcess();
  const post = (token: string, query: string, variables: Record<string, unknown> = {}) => ({
    path: '/graphql',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const ME = '{ me { id name } }';
  const CLAIM = `mutation($i: ClaimTaskInput!) { claimTask(input: $i) { id status waitlistPosition } }`;
  type Answer = { data?: { claimTask?: { status: string; waitlistPosition: number | null } }; errors?: unknown[] };
  const check = (r: BurstResult) => {
    const answers = r.bodies.map((b) => {
      try {
        return JSON.parse(b) as Answer;
      } catch {
        return { errors: [b] };
      }
    });
    const failures = answers.flatMap((a, i) => (a.errors || !a.data ? [{ a, ms: r.latencies[i]! }] : []));
    const failed = failures.length;
    // What failed, once each kind (with when its answer came), so that a failure is read and not only counted.
    const kinds = new Map<string, number[]>();
    for (const { a, ms } of failures) {
      const text = JSON.stringify(a.errors ?? a).slice(0, 300);
      kinds.set(text, [...(kinds.get(text) ?? []), Math.round(ms)]);
    }
    for (const [text, at] of kinds) console.log(`failed: ${at.length} × ${text} (answered after ${at.join(', ')} ms)`);
    const claims = answers.map((a) => a.data?.claimTask).filter((x) => x != null);
    const places = sorted(claims.filter((x) => x.status === 'WAITLISTED').map((x) => x.waitlistPosition!));
    return { failed, claimed: claims.filter((x) => x.status === 'CLAIMED').length, places: places.length, consecutive: places.every((p, i) => p === i + 1) };
  };
  const stats = (xs: number[]) => {
    const s = sorted(xs);
    return { p50: pct(s, 50), p99: pct(s, 99), max: s.at(-1)! };
  };
  // What the tasks hold, whatever the answers said (a request that failed on the way may still have claimed).
  const holds = async (id: string) => {
    const { node } = await ok<{ node: { claimedCount: number; waitlistCount: number } }>(server.url, `query($id: ID!) { node(id: $id) { ... on VolunteerTask { claimedCount waitlistCount } } }`, { id }, coordinator.token);
    return `the task holds ${node.claimedCount} / ${node.waitlistCount}`;
  };
  /** `me` answers that are not a user: counted, and each kind printed once. */
  const meFailures = (bodies: string[]) => {
    const bad = bodies.filter((b) => !b.includes('"me":{"id"'));
    for (const text of new Set(bad.map((b) => b.slice(0, 300)))) console.log(`me failed: ${text}`);
    return bad.length;
  };
  try {
    // Warm-up: 100 of each, not measured.
    const warm = await task('预热');
    await load.burst({ url: server.url, requests: tokens.slice(0, 100).map((t) => post(t, ME)) });
    await load.burst({ url: server.url, requests: tokens.slice(0, 100).map((t) => post(t, CLAIM, { i: { taskId: warm, idempotencyKey: randomUUID() } })) });
    say(`storm: ${tokens.length} volunteers, warm`);

    // This process's CPU time (the server's; the clients are the child's, PostgreSQL its own) per request.
    const cpu = async <T>(fn: () => Promise<T>): Promise<[T, number]> => {
      const c0 = process.cpuUsage();
      const r = await fn();
      const used = process.cpuUsage(c0);
      return [r, (used.user + used.system) / STORM];
    };
    const [me, meCpu] = await cpu(() => load.burst({ url: server.url, requests: tokens.slice(0, STORM).map((t) => post(t, ME)) }));
    say(`storm: ${STORM} me at once, p99 ${f(stats(me.latencies).p99)}, ${meFailures(me.bodies)} failed`);
    const raced = await task('沙袋转运（抢名额）');
    const [claims, claimCpu] = await cpu(() => load.burst({ url: server.url, requests: tokens.slice(STORM, STORM * 2).map((t) => post(t, CLAIM, { i: { taskId: raced, idempotencyKey: randomUUID() } })) }));
    const held = check(claims);
    say(`storm: ${STORM} claims at once, p99 ${f(stats(claims.latencies).p99)}`);

    // Both at once: 1,000 claims on a fresh task and 1,000 `me`, interleaved. STORM_ROUNDS=n
    // repeats it (a fresh task each time) to look for failures; the figures are the last round's.
    const rounds = Math.max(1, Number(process.env.STORM_ROUNDS ?? 1));
    let mixedTask = '';
    let mixedClaims: BurstResult = { latencies: [], bodies: [], wallMs: 0 };
    let mixedMe: number[] = [];
    let heldMixed: ReturnType<typeof check> = { failed: 0, claimed: 0, places: 0, consecutive: true };
    let meFailed = 0;
    for (let round = 1; round <= rounds; round++) {
      mixedTask = await task(`护送独居老人（抢名额）${round}`);
      const mixed = await load.burst({
        url: server.url,
        requests: tokens.slice(0, STORM).flatMap((t, i) => [post(tokens[STORM + i]!, CLAIM, { i: { taskId: mixedTask, idempotencyKey: randomUUID() } }), post(t, ME)]),
      });
      mixedClaims = { latencies: mixed.latencies.filter((_, i) => i % 2 === 0), bodies: mixed.bodies.filter((_, i) => i % 2 === 0), wallMs: mixed.wallMs };
      mixedMe = mixed.latencies.filter((_, i) => i % 2 === 1);
      heldMixed = check(mixedClaims);
      meFailed = meFailures(mixed.bodies.filter((_, i) => i % 2 === 1));
      if (rounds > 1) say(`mixed storm ${round}/${rounds}: claims p99 ${f(stats(mixedClaims.latencies).p99)}, last ${f(stats(mixedClaims.latencies).max)}; ${heldMixed.claimed} / ${heldMixed.places}, ${heldMixed.failed} claims and ${meFailed} me failed; ${await holds(mixedTask)}`);
    }

    const [heldRaced, heldMixedTask] = [await holds(raced), await holds(mixedTask)];
    const sMe = stats(me.latencies);
    const sClaims = stats(claims.latencies);
    const sMixedClaims = stats(mixedClaims.latencies);
    const sMixedMe = stats(mixedMe);
    const held2 = (h: ReturnType<typeof check>) => `${h.claimed} / ${h.places}, places ${h.consecutive ? 'consecutive' : 'NOT consecutive'}, ${h.failed} failed`;
    console.log(`\nThe claim storm: ${STORM} volunteers at once on ${STORM_SLOTS} slots, each on its own connection\n`);
    console.log('| measure | figure | baseline | ratio |\n|---|---|---|---|');
    console.log(`| (o) ${STORM} claimTask at once: p50 / p99 (vs ${STORM} \`me\` at once) | ${f(sClaims.p50)} / ${f(sClaims.p99)} | ${f(sMe.p50)} / ${f(sMe.p99)} | ${ratio(sClaims.p99, sMe.p99)} |`);
    console.log(`| (o) … the last answer (vs \`me\`) | ${f(sClaims.max)} | ${f(sMe.max)} | ${ratio(sClaims.max, sMe.max)} |`);
    console.log(`| (o) after the storm: CLAIMED / WAITLISTED | ${held2(held)}; ${heldRaced} | | |`);
    console.log(`| (o) server CPU per request, claimTask (vs \`me\`), each storm alone | ${Math.round(claimCpu).toLocaleString('en-US')} µs | ${Math.round(meCpu).toLocaleString('en-US')} µs | ${ratio(claimCpu, meCpu)} |`);
    console.log(`| (o) ${STORM} claims and ${STORM} \`me\` at once: claims p50 / p99 (vs \`me\` in the same storm) | ${f(sMixedClaims.p50)} / ${f(sMixedClaims.p99)} | ${f(sMixedMe.p50)} / ${f(sMixedMe.p99)} | ${ratio(sMixedClaims.p99, sMixedMe.p99)} |`);
    console.log(`| (o) after the mixed storm: CLAIMED / WAITLISTED | ${held2(heldMixed)}; ${heldMixedTask} | ${meFailed} \`me\` failed | |`);
  } finally {
    load.stop();
  }
}

const t0Storm = performance.now();
function say(line: string) {
  console.log(`[volunteers ${((performance.now() - t0Storm) / 1000).toFixed(1)}s] ${line}`);
}

// `npm run bench` (fourth part): volunteers claiming tasks of a 红色驿站.
//
//   (k) claimTask p50 / p95, one volunteer after another on a task with free slots, vs `{ me }`
//       on the same server (the baseline)
//   (l) 200 volunteers pressing "claim" at once on a task of 50 slots: wall time until every
//       answer is in, vs 200 claims one after another; and what the task holds afterwards
//   (m) withdrawClaim that promotes the first waiter, p50, vs a withdrawal with nobody waiting
//   (n) the task board `volunteerTasks(first: 50)` with claim counters and the viewer's claim,
//       p50, vs `me`
//
// Nothing is asserted; figures and ratios are printed (the counts in (l) are printed so a reader
// sees they held). Loopback only; every loop is bounded.
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createSession } from '../server/accounts/session.service.js';
import { createCommunity, createUser, seat, MemberRole } from '../tests/factories/index.js';
import { ok } from './graphql.js';
import { ms as f, ratio, runBench, samples } from './harness.js';

const VOLUNTEERS = 400;
const RACE = 200;
const RACE_SLOTS = 50;
const RUNS = 40;

runBench('volunteers', async (server, services, url) => {
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
});

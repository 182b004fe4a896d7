// `npm run bench` (third part): an owners' assembly of 5,000 owners, and live minutes.
//
//   (g) castBallot p50, one owner after another, vs `{ me }` on the same server (the baseline)
//   (h) ballots per second with 8 owners voting at once (the ballots of one vote take turns under
//       a per-resolution advisory lock, so each counts the tally with the ones before it; each
//       holds the meeting's row in share mode and inserts under the (resolution, head) key)
//   (i) reading a meeting with its tally while the vote is open (counted live over 5,000 electors)
//       vs once it is closed (the count kept at the close)
//   (j) editAgendaNotes on a 200-line item at the current version vs an edit made on an older
//       version (a three-way merge with the edits since), p50
//
// Nothing is asserted; figures and ratios are printed. Loopback only; every loop is bounded.
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createSession } from '../server/accounts/session.service.js';
import { createCommunity, createUser, seat, MemberRole } from '../tests/factories/index.js';
import { ok } from './graphql.js';
import { ms as f, pct, ratio, runBench, samples } from './harness.js';

const OWNERS = 5000;
const VOTERS = 400;
const RUNS = 40;

runBench('meetings', async (server, services, url) => {
  const c = await createCommunity(server);
  const chair = await createUser(server, { name: '业委会主任' });
  await seat(server, chair, c.orgs.oc.id, MemberRole.CHAIR);
  const pm = await createUser(server, { name: '物业' });
  await seat(server, pm, c.orgs.pm.id, MemberRole.STAFF);

  // 5,000 verified owners, one flat each, 60 to 150 m².
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const t0 = performance.now();
  await client.query(
    `WITH b AS (INSERT INTO buildings (id, community_id, name) VALUES (gen_random_uuid(), $1, '压测楼') RETURNING id),
          u AS (INSERT INTO units (id, building_id, number, floor_area) SELECT gen_random_uuid(), b.id, 'U' || g, 60 + (g * 37) % 91 FROM b, generate_series(1, ${OWNERS}) g RETURNING id, number),
          p AS (INSERT INTO users (id, phone, name, password_hash) SELECT gen_random_uuid(), '17' || lpad(g::text, 9, '0'), '业主' || g, 'x' FROM generate_series(1, ${OWNERS}) g RETURNING id, phone)
     INSERT INTO residencies (id, user_id, community_id, unit_id, kind, verified)
     SELECT gen_random_uuid(), p.id, $1, u.id, 'OWNER', true FROM p JOIN u ON u.number = 'U' || ltrim(substr(p.phone, 3), '0')`,
    [c.id],
  );
  await client.query('ANALYZE');
  const seedMs = performance.now() - t0;
  const voterRows = (await client.query(`SELECT user_id FROM residencies WHERE community_id = $1 AND unit_id IS NOT NULL ORDER BY user_id LIMIT ${VOTERS}`, [c.id])).rows as { user_id: string }[];
  const em = services.orm.em.fork() as EntityManager;
  const voters = voterRows.map((r) => createSession(em, r.user_id, 1, new Date()).token);
  await em.flush();

  const m = <T = unknown>(q: string, vars: Record<string, unknown>, token: string) => ok<T>(server.url, q, vars, token);
  const meeting = (
    await m<{ scheduleMeeting: { id: string; agenda: { id: string }[] } }>(
      `mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { id agenda { id } } }`,
      { i: { communityId: c.gid, kind: 'OWNERS_ASSEMBLY', title: '业主大会', scheduledAt: new Date(Date.now() + 60_000).toISOString(), convenerId: c.orgs.oc.gid, participantIds: [c.orgs.pm.gid], agenda: [{ title: '维修资金使用' }] } },
      chair.token,
    )
  ).scheduleMeeting;
  await m(`mutation($i: MeetingRefInput!) { startMeeting(input: $i) { id } }`, { i: { meetingId: meeting.id } }, chair.token);
  const propose = async () => {
    const r = (await m<{ proposeResolution: { id: string } }>(`mutation($i: ProposeResolutionInput!) { proposeResolution(input: $i) { id } }`, { i: { meetingId: meeting.id, title: '表决', text: '同意使用维修资金。', rule: 'OWNERS_ORDINARY' } }, chair.token)).proposeResolution.id;
    const t = performance.now();
    await m(`mutation($i: ResolutionRefInput!) { openVoting(input: $i) { id } }`, { i: { resolutionId: r } }, chair.token);
    return { id: r, openMs: performance.now() - t };
  };
  const BALLOT = `mutation($i: CastBallotInput!) { castBallot(input: $i) { id } }`;

  // (g) one after another, vs `me`.
  const first = await propose();
  for (let i = 0; i < 5; i++) await m('{ me { id name } }', {}, voters[i]!);
  const me = await samples(RUNS * 5, (i) => m('{ me { id name } }', {}, voters[i % VOTERS]!));
  const ballot = await samples(VOTERS / 2, (i) => m(BALLOT, { i: { resolutionId: first.id, choice: i % 4 ? 'FOR' : 'AGAINST' } }, voters[i]!));

  // (h) eight at once.
  const queue = voters.slice(VOTERS / 2).map((token, i) => ({ token, choice: i % 4 ? 'FOR' : 'AGAINST' }));
  const th0 = performance.now();
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) await m(BALLOT, { i: { resolutionId: first.id, choice: next.choice } }, next.token);
    }),
  );
  const perSecond = (VOTERS / 2) / ((performance.now() - th0) / 1000);

  // (i) the meeting with its tally, vote open vs closed.
  const READ = `query($id: ID!) { meeting(id: $id) { id status resolutions { id status outcome tally { eligibleCount eligibleArea votedCount votedArea forCount forArea againstCount againstArea quorumMet } } } }`;
  const second = await propose(); // still DRAFT → OPEN; stays open while the first is closed
  void second;
  const readOpen = await samples(RUNS, () => m(READ, { id: meeting.id }, chair.token));
  await m(`mutation($i: ResolutionRefInput!) { closeVoting(input: $i) { id } }`, { i: { resolutionId: first.id } }, chair.token);
  await m(`mutation($i: ResolutionRefInput!) { closeVoting(input: $i) { id } }`, { i: { resolutionId: second.id } }, chair.token);
  const readClosed = await samples(RUNS, () => m(READ, { id: meeting.id }, chair.token));

  // (j) notes: 200 lines; the current version vs a version 1 behind (merged with the edit since).
  const item = meeting.agenda[0]!.id;
  const EDIT = `mutation($i: EditAgendaNotesInput!) { editAgendaNotes(input: $i) { notesVersion } }`;
  const edit = (notes: string, expectedVersion: number, token: string) =>
    m<{ editAgendaNotes: { notesVersion: number } }>(EDIT, { i: { agendaItemId: item, notes, expectedVersion } }, token).then((d) => d.editAgendaNotes.notesVersion);
  const lines = Array.from({ length: 200 }, (_, i) => `第${i + 1}条：业主发言记录，关于维修资金的使用范围和公示方式。`);
  let version = await edit(lines.join('\n'), 0, chair.token);
  const fresh = await samples(RUNS, async (i) => {
    lines[i % 200] = `${lines[i % 200]}（补${i}）`;
    version = await edit(lines.join('\n'), version, chair.token);
  });
  // Each stale edit: the property manager edits line 199 on the version before the chair's edit of line i.
  const stale = { ms: [] as number[] };
  for (let i = 0; i < RUNS; i++) {
    const base = version;
    const baseLines = [...lines];
    lines[i % 100] = `${lines[i % 100]}（主任${i}）`;
    version = await edit(lines.join('\n'), base, chair.token);
    baseLines[199] = `${baseLines[199]}（物业${i}）`;
    const t = performance.now();
    version = await edit(baseLines.join('\n'), base, pm.token);
    stale.ms.push(performance.now() - t);
    lines[199] = baseLines[199]!;
  }
  stale.ms.sort((a, b) => a - b);
  const merged = { p50: pct(stale.ms, 50), p95: pct(stale.ms, 95) };
  await client.end();

  console.log(`\nOwners' assembly of ${OWNERS.toLocaleString('en-US')} owners (seeded in ${(seedMs / 1000).toFixed(1)} s); openVoting fixed the roll in ${f(first.openMs)}\n`);
  console.log('| measure | figure | baseline | ratio |\n|---|---|---|---|');
  console.log(`| (g) castBallot p50 / p95 (vs \`me\`) | ${f(ballot.p50)} / ${f(ballot.p95)} | ${f(me.p50)} / ${f(me.p95)} | ${ratio(ballot.p50, me.p50)} |`);
  console.log(`| (h) ballots per second, 8 at once | ${perSecond.toFixed(0)} /s | | |`);
  console.log(`| (i) meeting with tally, vote open (live count over ${OWNERS} electors) p50 (vs closed) | ${f(readOpen.p50)} | ${f(readClosed.p50)} | ${ratio(readOpen.p50, readClosed.p50)} |`);
  console.log(`| (j) editAgendaNotes, 200 lines, stale version merged p50 (vs current version) | ${f(merged.p50)} | ${f(fresh.p50)} | ${ratio(merged.p50, fresh.p50)} |`);
});

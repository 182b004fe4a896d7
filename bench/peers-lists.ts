// bench/peers.ts, parts (s), (t), (u) (issue 11, part 3): the volunteer task board, the meetings
// list and the covenant list beside PostGraphile 5 over the same tables, at 1,000 and 10,000 rows
// of each (`PEERS_LIST_SIZES`). Each list asks for the same nested fields on both sides; before
// measuring, both must answer the same count and page size. PostGraphile applies no rights, so
// the viewer is one who may see every row (a member of the residents' committee, which convenes
// the meetings and manages the covenants, and coordinator of the station that posts the tasks);
// Gongzhi still filters every row by the viewer's rights.
import type pg from 'pg';
import type { RunningServer } from '../server/app/server.js';
import { createCommunity, createUser, seat, MemberRole } from '../tests/factories/index.js';
import { ok } from './graphql.js';
import { startPostGraphile } from './peers/postgraphile.js';

/** A measure's figures (as bench/peers.ts's measure gives them). */
export interface ListFigures {
  rps: number;
  p50: number;
  p95: number;
  cpuUs: number;
  failures: number;
}

export interface ListsBench {
  server: RunningServer & { url: string };
  databaseUrl: string;
  client: pg.Client;
  /** Loads one server with the list's request at the lists' concurrency. */
  measure: (url: string, body: object, headers: Record<string, string>) => Promise<ListFigures>;
  rounds: number;
  concurrency: number;
  runs: (part: 's' | 't' | 'u') => boolean;
  say: (msg: string) => void;
  fmt: { n0: (x: number) => string; ms: (x: number) => string; ratio: (a: number, b: number) => string };
}

const SIZES = (process.env.PEERS_LIST_SIZES ?? '1000,10000').split(',').map(Number);

const TASKS = `query($c: ID!) { volunteerTasks(communityId: $c, first: 50) { totalCount edges { node {
  id title status startsAt slots claimedCount waitlistCount station { id name } viewerClaim { id status } } } } }`;
const PGL_TASKS = `query($c: UUID!, $v: UUID!) { allVolunteerTasks(condition: { communityId: $c }, first: 50, orderBy: [STARTS_AT_ASC, PRIMARY_KEY_ASC]) { totalCount nodes {
  id title status startsAt slots claimedCount waitlistCount organizationByStationId { id name }
  taskClaimsByTaskId(condition: { volunteerId: $v }, orderBy: SEQ_DESC, first: 1) { nodes { id status } } } } }`;
const MEETINGS = `query($c: ID!) { meetings(communityId: $c, first: 50) { totalCount edges { node {
  id kind title status scheduledAt convener { id name kind } viewerSeat { id status } agenda { id title } } } } }`;
const PGL_MEETINGS = `query($c: UUID!, $u: UUID!) { allMeetings(condition: { communityId: $c }, first: 50, orderBy: [SCHEDULED_AT_DESC, PRIMARY_KEY_DESC]) { totalCount nodes {
  id kind title status scheduledAt organizationByConvenerId { id name kind }
  meetingAttendancesByMeetingId(condition: { principalId: $u }) { nodes { id status } } agendaItemsByMeetingId(orderBy: POSITION_ASC) { nodes { id title } } } } }`;
const COVENANTS = `query($c: ID!) { covenants(communityId: $c) { id kind title createdAt
  inForce { id number status adoptedAt acknowledgementCount viewerAcknowledged } versions { id number status createdAt } } }`;
const PGL_COVENANTS = `query($c: UUID!, $u: UUID!) { allCovenants(condition: { communityId: $c }, first: 100, orderBy: [CREATED_AT_ASC, PRIMARY_KEY_ASC]) { totalCount nodes {
  id kind title createdAt covenantVersionsByCovenantId(orderBy: NUMBER_DESC) { nodes { id number status createdAt adoptedAt
    covenantAcknowledgementsByVersionId { totalCount } viewer: covenantAcknowledgementsByVersionId(condition: { userId: $u }) { totalCount } } } } } }`;

/**
 * Adds rows until each list's table holds `total` for the community, each in one INSERT … SELECT
 * generate_series: tasks (published, one in four full, the viewer's claim on one in five), meetings
 * (joint meetings of the residents' committee with two agenda items, the viewer's seat on one in
 * three) and covenants (residents' conventions, of one kind so that PostGraphile, which orders
 * only by indexed columns, gives the same first 100 as Gongzhi's order by kind, then creation:
 * one in two with version 1 adopted,
 * the viewer's acknowledgement on one in four, and a draft version 2 on one in three).
 */
async function seedLists(client: pg.Client, from: number, total: number, s: { communityId: string; station: string; rc: string; viewer: string; volunteer: string }) {
  const range = [from + 1, total];
  await client.query(
    `INSERT INTO volunteer_tasks (id, station_id, community_id, title, description, skills, location, starts_at, ends_at, slots, claimed_count, waitlist_count, status, created_by_id, created_at)
     SELECT gen_random_uuid(), $1, $2, '社区服务' || g, '清理中心花园，编号' || g, ARRAY['清洁'], '中心花园',
            now() + g * interval '10 minutes', now() + g * interval '10 minutes' + interval '2 hours', 5,
            CASE WHEN g % 4 = 0 THEN 5 ELSE g % 5 END, CASE WHEN g % 4 = 0 THEN g % 3 ELSE 0 END,
            (CASE WHEN g % 4 = 0 THEN 'FULL' ELSE 'OPEN' END)::volunteer_task_status, $3, now()
       FROM generate_series($4::int, $5::int) g`,
    [s.station, s.communityId, s.viewer, ...range],
  );
  await client.query(
    `INSERT INTO task_claims (id, task_id, volunteer_id, status, claimed_at)
     SELECT gen_random_uuid(), t.id, $2, 'CLAIMED', now() FROM volunteer_tasks t
      WHERE t.community_id = $1 AND t.title IN (SELECT '社区服务' || g FROM generate_series($3::int, $4::int) g WHERE g % 5 = 0)`,
    [s.communityId, s.volunteer, ...range],
  );
  await client.query(
    `INSERT INTO meetings (id, community_id, kind, title, status, scheduled_at, location, convener_id, participant_ids, created_by_id, attendance_quorum)
     SELECT gen_random_uuid(), $1, 'JOINT', '联席会议' || g, 'SCHEDULED', now() + g * interval '1 hour', '议事厅', $2, '{}', $3, 'MAJORITY'
       FROM generate_series($4::int, $5::int) g`,
    [s.communityId, s.rc, s.viewer, ...range],
  );
  const newMeetings = `m.community_id = $1 AND m.title IN (SELECT '联席会议' || g FROM generate_series($2::int, $3::int) g)`;
  await client.query(
    `INSERT INTO agenda_items (id, meeting_id, position, title) SELECT gen_random_uuid(), m.id, p, '议题' || p FROM meetings m, generate_series(1, 2) p WHERE ${newMeetings}`,
    [s.communityId, ...range],
  );
  await client.query(
    `INSERT INTO meeting_attendance (id, meeting_id, principal_id, attendee_id, organization_id, status)
     SELECT gen_random_uuid(), m.id, $4, $4, $5, 'INVITED' FROM meetings m WHERE ${newMeetings} AND substring(m.title from 5)::int % 3 = 0`,
    [s.communityId, ...range, s.viewer, s.rc],
  );
  await client.query(
    `INSERT INTO covenants (id, community_id, kind, title, created_by_id, created_at)
     SELECT gen_random_uuid(), $1, 'RESIDENTS_CONVENTION', '公约' || g, $2, now() - g * interval '1 minute'
       FROM generate_series($3::int, $4::int) g`,
    [s.communityId, s.viewer, ...range],
  );
  const newCovenants = `c.community_id = $1 AND c.title IN (SELECT '公约' || g FROM generate_series($2::int, $3::int) g)`;
  const articles = JSON.stringify([{ number: 1, title: '总则', text: '为维护社区公共秩序，制定本公约。' }]);
  await client.query(
    `INSERT INTO covenant_versions (id, covenant_id, number, status, articles, content_hash, created_by_id, created_at, adopted_at)
     SELECT gen_random_uuid(), c.id, 1, (CASE WHEN n % 2 = 0 THEN 'ADOPTED' ELSE 'PUBLIC_COMMENT' END)::covenant_version_status, $4::jsonb, md5(c.title),
            c.created_by_id, c.created_at, CASE WHEN n % 2 = 0 THEN now() END
       FROM (SELECT c.*, substring(c.title from 3)::int AS n FROM covenants c WHERE ${newCovenants}) c`,
    [s.communityId, ...range, articles],
  );
  await client.query(
    `INSERT INTO covenant_versions (id, covenant_id, number, status, articles, content_hash, created_by_id, created_at)
     SELECT gen_random_uuid(), c.id, 2, 'DRAFT', $4::jsonb, md5(c.title || '2'), c.created_by_id, c.created_at + interval '1 minute'
       FROM (SELECT c.*, substring(c.title from 3)::int AS n FROM covenants c WHERE ${newCovenants}) c WHERE c.n % 2 = 0 AND c.n % 3 = 0`,
    [s.communityId, ...range, articles],
  );
  await client.query(
    `INSERT INTO covenant_acknowledgements (version_id, user_id, acknowledged_at)
     SELECT v.id, $4, now() FROM covenants c JOIN covenant_versions v ON v.covenant_id = c.id AND v.status = 'ADOPTED'
      WHERE ${newCovenants} AND substring(c.title from 3)::int % 4 = 0`,
    [s.communityId, ...range, s.viewer],
  );
  await client.query('ANALYZE');
}

/** A page of Gongzhi's list and of PostGraphile's, as far as the sizes read them. */
type Connection = { totalCount: number; edges: unknown[] };
type PglConnection = { totalCount: number; nodes: unknown[] };

async function pgl<T>(url: string, query: string, variables: object): Promise<T> {
  const res = (await (await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) })).json()) as { data?: T; errors?: unknown };
  if (!res.data) throw new Error(`PostGraphile: ${JSON.stringify(res.errors)}`);
  return res.data;
}

/** Interleaved rounds (A B, B A, …) of the two; the median of each figure. */
async function interleaved(rounds: number, a: () => Promise<ListFigures>, b: () => Promise<ListFigures>): Promise<[ListFigures, ListFigures]> {
  const as: ListFigures[] = [];
  const bs: ListFigures[] = [];
  for (let r = 0; r < rounds; r++) {
    if (r % 2 === 0) {
      as.push(await a());
      bs.push(await b());
    } else {
      bs.push(await b());
      as.push(await a());
    }
  }
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  const med = (xs: ListFigures[]): ListFigures => ({
    rps: median(xs.map((x) => x.rps)),
    p50: median(xs.map((x) => x.p50)),
    p95: median(xs.map((x) => x.p95)),
    cpuUs: median(xs.map((x) => x.cpuUs)),
    failures: xs.reduce((n, x) => n + x.failures, 0),
  });
  return [med(as), med(bs)];
}

/** Parts (s), (t), (u): seeds the lists at each size and measures each beside PostGraphile; returns the table's rows. */
export async function listsBesidePeers(b: ListsBench): Promise<[string, string, string, string][]> {
  const { server, client, fmt } = b;
  const rows: [string, string, string, string][] = [];
  const community = await createCommunity(server);
  const viewer = await createUser(server, { name: '居委会委员' });
  await seat(server, viewer, community.orgs.rc.id);
  await seat(server, viewer, community.orgs.station.id, MemberRole.COORDINATOR);
  const { rows: [vol] } = await client.query<{ id: string }>(
    `INSERT INTO volunteers (id, user_id, station_id, community_id, is_party_member, skills) VALUES (gen_random_uuid(), $1, $2, $3, true, ARRAY['清洁']) RETURNING id`,
    [viewer.id, community.orgs.station.id, community.id],
  );
  const auth = { authorization: `Bearer ${viewer.token}` };
  const postgraphile = await startPostGraphile(b.databaseUrl);
  try {
    let seeded = 0;
    for (const size of SIZES) {
      const t0 = performance.now();
      await seedLists(client, seeded, size, { communityId: community.id, station: community.orgs.station.id, rc: community.orgs.rc.id, viewer: viewer.id, volunteer: vol!.id });
      seeded = size;
      b.say(`${fmt.n0(size)} tasks, meetings and covenants (seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
      const lists = [
        {
          part: 's' as const,
          name: `(s) volunteerTasks(first: 50) with station and viewerClaim, at ${fmt.n0(size)} tasks`,
          mine: { query: TASKS, variables: { c: community.gid } },
          theirs: { query: PGL_TASKS, variables: { c: community.id, v: vol!.id } },
          sizes: async () => {
            const m = (await ok<{ volunteerTasks: Connection }>(server.url, TASKS, { c: community.gid }, viewer.token)).volunteerTasks;
            const t = (await pgl<{ allVolunteerTasks: PglConnection }>(postgraphile.url, PGL_TASKS, { c: community.id, v: vol!.id })).allVolunteerTasks;
            return [`${m.totalCount}/${m.edges.length}`, `${t.totalCount}/${t.nodes.length}`];
          },
        },
        {
          part: 't' as const,
          name: `(t) meetings(first: 50) with convener, viewerSeat and agenda, at ${fmt.n0(size)} meetings`,
          mine: { query: MEETINGS, variables: { c: community.gid } },
          theirs: { query: PGL_MEETINGS, variables: { c: community.id, u: viewer.id } },
          sizes: async () => {
            const m = (await ok<{ meetings: Connection }>(server.url, MEETINGS, { c: community.gid }, viewer.token)).meetings;
            const t = (await pgl<{ allMeetings: PglConnection }>(postgraphile.url, PGL_MEETINGS, { c: community.id, u: viewer.id })).allMeetings;
            return [`${m.totalCount}/${m.edges.length}`, `${t.totalCount}/${t.nodes.length}`];
          },
        },
        {
          part: 'u' as const,
          name: `(u) covenants (the first 100) with versions, inForce and acknowledgements, at ${fmt.n0(size)} covenants`,
          mine: { query: COVENANTS, variables: { c: community.gid } },
          theirs: { query: PGL_COVENANTS, variables: { c: community.id, u: viewer.id } },
          // The list has no count (at most 100 covenants a community): the page's size, and the versions on it.
          sizes: async () => {
            const m = (await ok<{ covenants: { versions: unknown[] }[] }>(server.url, COVENANTS, { c: community.gid }, viewer.token)).covenants;
            const t = (await pgl<{ allCovenants: { nodes: { covenantVersionsByCovenantId: { nodes: unknown[] } }[] } }>(postgraphile.url, PGL_COVENANTS, { c: community.id, u: viewer.id })).allCovenants.nodes;
            const versions = (n: number[]) => n.reduce((x, y) => x + y, 0);
            return [`${m.length}/${versions(m.map((c) => c.versions.length))}`, `${t.length}/${versions(t.map((c) => c.covenantVersionsByCovenantId.nodes.length))}`];
          },
        },
      ];
      for (const l of lists) {
        if (!b.runs(l.part)) continue;
        const [mineSize, theirSize] = await l.sizes();
        if (mineSize !== theirSize) throw new Error(`${l.name}: not the same answer: ${mineSize} vs ${theirSize}`);
        const [mine, peer] = await interleaved(
          b.rounds,
          () => b.measure(server.url, l.mine, auth),
          () => b.measure(postgraphile.url, l.theirs, {}),
        );
        b.say(`${l.name}: ${fmt.n0(mine.rps)} req/s, p95 ${fmt.ms(mine.p95)} vs PostGraphile ${fmt.n0(peer.rps)} req/s, p95 ${fmt.ms(peer.p95)}${mine.failures + peer.failures ? ` (${mine.failures}/${peer.failures} FAILED)` : ''}`);
        rows.push([`${l.name}, req/s, ${b.concurrency} concurrent (vs PostGraphile 5)`, fmt.n0(mine.rps), fmt.n0(peer.rps), fmt.ratio(mine.rps, peer.rps)]);
        rows.push([`(${l.part}) … p50 / p95`, `${fmt.ms(mine.p50)} / ${fmt.ms(mine.p95)}`, `${fmt.ms(peer.p50)} / ${fmt.ms(peer.p95)}`, fmt.ratio(mine.p95, peer.p95)]);
        rows.push([`(${l.part}) … server CPU per request`, `${fmt.n0(mine.cpuUs)} µs`, `${fmt.n0(peer.cpuUs)} µs`, fmt.ratio(mine.cpuUs, peer.cpuUs)]);
      }
    }
  } finally {
    await postgraphile.stop();
  }
  return rows;
}

import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { collect, gql, ok, wsClient } from '../helpers/graphql.js';
import { createCommunity, createOrganizationAbove, createUser, em, seat, MemberRole, OrganizationKind, RegionLevel, TANXI, type TestCommunity, type TestUser } from '../factories/index.js';
import { createSession } from '../../server/accounts/session.service.js';
import { parseGlobalId } from '../../server/core/ids.js';

// Issue 15, Tests: "Only people in the area are alerted, and every one of them exactly once (test
// with a township of 5,000 residents)". 檀溪街道 has four communities and 5,000 verified
// residents, written in bulk (no GraphQL per person); beside them unverified residents, people with
// a second flat in another community of the township, a member of a community's committee, and a
// neighbouring township (真武山街道) with residents of its own. The expected sets are the ids this
// file wrote, not the module's area rule again. A few residents and an outsider listen live.
const RESIDENTS = 5000;
const COMMUNITIES = 4;
const NEIGHBOURS = 300;
const UNVERIFIED = 40;
const TWO_FLATS = 25;
const NEIGHBOUR_TOWNSHIP = { city: '襄阳市', county: '襄城区', township: '真武山街道' };

let app: TestApp;
let cs: TestCommunity[];
let neighbour: TestCommunity;
let township: { id: string; gid: string };
let duty: TestUser;
let committee: TestUser;
/** Verified residents of the township, by community (index into cs). */
let residentsOf: string[][];
let unverified: string[];
let neighbours: string[];

const key = (gid: string) => parseGlobalId(gid)!.key;
const codeOf = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.code;
const declare = (communities: TestCommunity[], title: string) =>
  gql(
    app.url,
    `mutation($input: DeclareIncidentInput!) { declareIncident(input: $input) { id alertSeq } }`,
    { input: { deskId: township.gid, kind: 'RAINSTORM', level: 'II', title, instructions: '请勿外出，低洼楼栋住户转移至社区活动中心。', communityIds: communities.map((c) => c.gid) } },
    duty.token,
  );
const sorted = (ids: Iterable<string>) => [...ids].sort();
async function alerted(incidentId: string): Promise<string[]> {
  const rows = await em(app).execute<{ user_id: string }[]>(`SELECT user_id FROM incident_alerts WHERE incident_id = ? ORDER BY user_id`, [key(incidentId)]);
  return rows.map((r) => r.user_id);
}
/** Notifications of the incident's events of `type`, per person: [user, how many]. */
async function notified(incidentId: string, type: string): Promise<Map<string, number>> {
  const rows = await em(app).execute<{ user_id: string; n: number }[]>(
    `SELECT n.user_id, count(*)::int AS n FROM notifications n JOIN domain_events e ON e.id = n.event_id
      WHERE e.subject_id = ? AND e.type = ? GROUP BY n.user_id`,
    [key(incidentId), type],
  );
  return new Map(rows.map((r) => [r.user_id, r.n]));
}

/** `n` people living in the communities (resident i in community i mod k), written in bulk; their ids by community. */
async function residents(communities: TestCommunity[], n: number, phonePrefix: string, verified: boolean): Promise<string[][]> {
  const ids = communities.map((c) => c.id);
  const rows = await em(app).execute<{ user_id: string; idx: number }[]>(
    `WITH p AS (
       INSERT INTO users (id, phone, name, password_hash)
       SELECT gen_random_uuid(), ? || lpad(g::text, 8, '0'), '居民' || g, 'x' FROM generate_series(0, ? - 1) g
       RETURNING id, (substr(phone, 4))::int AS g)
     INSERT INTO residencies (id, user_id, community_id, unit_id, kind, verified)
     SELECT gen_random_uuid(), p.id, c.id,
            -- Nine in ten in a flat of one of the community's buildings, one in ten without a flat.
            CASE WHEN p.g % 10 = 9 THEN NULL ELSE (SELECT u.id FROM units u JOIN buildings b ON b.id = u.building_id WHERE b.community_id = c.id ORDER BY u.id OFFSET (p.g / ?) % 20 LIMIT 1) END,
            'OWNER', ?
       FROM p JOIN unnest(?::uuid[]) WITH ORDINALITY AS c(id, idx) ON c.idx = p.g % ? + 1
     RETURNING user_id, (SELECT idx FROM unnest(?::uuid[]) WITH ORDINALITY AS x(id, idx) WHERE x.id = community_id)::int - 1 AS idx`,
    [phonePrefix, n, communities.length, verified, `{${ids.join(',')}}`, communities.length, `{${ids.join(',')}}`],
  );
  const by: string[][] = communities.map(() => []);
  for (const r of rows) by[r.idx]!.push(r.user_id);
  return by;
}

beforeAll(async () => {
  app = await startTestApp();
  cs = [];
  for (let i = 0; i < COMMUNITIES; i++) cs.push(await createCommunity(app, `檀溪${i + 1}社区`));
  neighbour = await createCommunity(app, '真武山社区', NEIGHBOUR_TOWNSHIP);
  township = await createOrganizationAbove(app, { kind: OrganizationKind.GOVERNANCE_CENTER, name: '檀溪街道综治中心', level: RegionLevel.TOWNSHIP, ...TANXI });
  duty = await createUser(app, { name: '值班员' });
  await seat(app, duty, township.id);
  committee = await createUser(app, { name: '居委会主任' });
  await seat(app, committee, cs[0]!.orgs.rc.id, MemberRole.CHAIR);
  // Five buildings of four flats per community (createCommunity made 1栋 with four flats).
  await em(app).execute(
    `WITH b AS (INSERT INTO buildings (id, community_id, name) SELECT gen_random_uuid(), c, g || '栋' FROM unnest(?::uuid[]) c, generate_series(2, 5) g RETURNING id)
     INSERT INTO units (id, building_id, number, floor_area) SELECT gen_random_uuid(), b.id, f || '01', 90 FROM b, generate_series(1, 4) f`,
    [`{${[...cs, neighbour].map((c) => c.id).join(',')}}`],
  );
  residentsOf = await residents(cs, RESIDENTS, '138', true);
  unverified = (await residents(cs, UNVERIFIED, '139', false)).flat();
  neighbours = (await residents([neighbour], NEIGHBOURS, '137', true)).flat();
  // Some residents of community 1 have a second flat in community 2 (one person, alerted once).
  await em(app).execute(
    `INSERT INTO residencies (id, user_id, community_id, unit_id, kind, verified)
     SELECT gen_random_uuid(), u, ?, (SELECT u.id FROM units u JOIN buildings b ON b.id = u.building_id WHERE b.community_id = ? LIMIT 1), 'TENANT', true FROM unnest(?::uuid[]) u`,
    [cs[1]!.id, cs[1]!.id, `{${residentsOf[0]!.slice(0, TWO_FLATS).join(',')}}`],
  );
  await em(app).execute('ANALYZE');
}, 120_000);
afterAll(() => app.close());

describe('the alert fan-out over a township of 5,000 residents', () => {
  it('every verified resident and member of the area is alerted and notified exactly once; nobody else; live subscribers hear it once', async () => {
    expect(residentsOf.flat()).toHaveLength(RESIDENTS);
    // Three residents of the area (one of them with two flats) and a neighbour listen live.
    const e = em(app);
    const listeners = [residentsOf[0]![0]!, residentsOf[2]![7]!, residentsOf[3]![100]!, neighbours[0]!];
    const tokens = listeners.map((id) => createSession(e, id, 1, new Date()).token);
    await e.flush();
    const subs = await Promise.all(
      tokens.map(async (token) => {
        const { notifications } = await ok(app.url, `{ notifications(first: 1) { streamCursor } }`, {}, token);
        const client = wsClient(app.wsUrl, token);
        const sub = collect(client, `subscription($a: String) { notificationAdded(after: $a) { id title } }`, { a: notifications.streamCursor });
        return { client, sub };
      }),
    );
    try {
      const t0 = performance.now();
      const r = await declare(cs, '暴雨红色预警：全街道');
      const declareMs = performance.now() - t0;
      expect(r.errors).toBeUndefined();
      const id = r.data.declareIncident.id;

      const expected = sorted(new Set([...residentsOf.flat(), committee.id]));
      expect(expected).toHaveLength(RESIDENTS + 1);
      const got = await alerted(id);
      expect(got).toHaveLength(RESIDENTS + 1);
      expect(got).toEqual(expected);
      const [row] = await em(app).execute<{ alerted_count: number }[]>(`SELECT alerted_count FROM incidents WHERE id = ?`, [key(id)]);
      expect(row!.alerted_count).toBe(RESIDENTS + 1);

      // One notification each for the declaration (which is one event per community of the area),
      // none for the unverified, the neighbours or the desk.
      const declared = await notified(id, 'incident.declared');
      expect(sorted(declared.keys())).toEqual(expected);
      expect([...declared.values()].every((n) => n === 1)).toBe(true);
      for (const outside of [...unverified, ...neighbours, duty.id]) expect(declared.has(outside)).toBe(false);

      // Live: each listener in the area gets the alert once; the neighbour gets nothing.
      for (const { sub } of subs.slice(0, 3)) {
        const [n] = await sub.next(1, 20_000);
        expect(n.notificationAdded.title).toBe('【Ⅱ级应急】暴雨红色预警：全街道');
      }

      // The next alert (an update) reaches the same people, once each again.
      const t1 = performance.now();
      const u = await gql(app.url, `mutation($input: UpdateIncidentInput!) { updateIncident(input: $input) { alertSeq } }`, { input: { incidentId: id, note: '积水已退至2栋以南', status: 'RESPONDING' } }, duty.token);
      const updateMs = performance.now() - t1;
      expect(u.errors).toBeUndefined();
      const updated = await notified(id, 'incident.updated');
      expect(sorted(updated.keys())).toEqual(expected);
      expect([...updated.values()].every((n) => n === 1)).toBe(true);
      for (const { sub } of subs.slice(0, 3)) await sub.next(2, 20_000);
      // Nothing more arrives after a moment: once per alert, and nothing for the neighbour.
      await new Promise((ok) => setTimeout(ok, 1000));
      for (const { sub } of subs.slice(0, 3)) {
        expect(sub.errors).toEqual([]);
        expect(sub.items).toHaveLength(2);
      }
      expect(subs[3]!.sub.errors).toEqual([]);
      expect(subs[3]!.sub.items).toEqual([]);
      console.log(`alert fan-out to ${RESIDENTS + 1} people: declareIncident ${declareMs.toFixed(0)} ms, updateIncident ${updateMs.toFixed(0)} ms (round trips, this machine)`);
      expect((await gql(app.url, `mutation($input: UpdateIncidentInput!) { updateIncident(input: $input) { id } }`, { input: { incidentId: id, status: 'CLOSED' } }, duty.token)).errors).toBeUndefined();
    } finally {
      for (const { client, sub } of subs) {
        sub.dispose();
        await client.dispose();
      }
    }
  }, 120_000);

  it('an area of two communities alerts exactly their residents; the township\'s others and the neighbours are not told', async () => {
    const r = await declare([cs[1]!, cs[3]!], '停水：两社区');
    expect(r.errors).toBeUndefined();
    const id = r.data.declareIncident.id;
    // Community 2's residents, community 4's, and community 1's residents with a flat in community 2.
    const expected = sorted(new Set([...residentsOf[1]!, ...residentsOf[3]!, ...residentsOf[0]!.slice(0, TWO_FLATS)]));
    expect(expected).toHaveLength(RESIDENTS / 2 + TWO_FLATS);
    expect(await alerted(id)).toEqual(expected);
    const declared = await notified(id, 'incident.declared');
    expect(sorted(declared.keys())).toEqual(expected);
    expect([...declared.values()].every((n) => n === 1)).toBe(true);
    // Nobody else: community 1's other residents and its committee, community 3, the neighbours.
    for (const outside of [...residentsOf[0]!.slice(TWO_FLATS), ...residentsOf[2]!, committee.id, ...neighbours]) expect(declared.has(outside)).toBe(false);
    // A neighbour sees nothing of it.
    const e = em(app);
    const token = createSession(e, neighbours[1]!, 1, new Date()).token;
    await e.flush();
    expect(codeOf(await gql(app.url, `mutation($input: IncidentRefInput!) { acknowledgeIncident(input: $input) { id } }`, { input: { incidentId: id } }, token))).toBe('NOT_FOUND');
    expect((await ok(app.url, `{ pendingAlerts { id } }`, {}, token)).pendingAlerts).toEqual([]);
  }, 120_000);
});

import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { gql, ok } from '../helpers/graphql.js';
import { createCommunity, createOrganizationAbove, createUsers, em, reside, seat, MemberRole, OrganizationKind, RegionLevel, type TestCommunity, type TestUser } from '../factories/index.js';
import { Building } from '../../server/communities/building.entity.js';
import { Unit } from '../../server/communities/unit.entity.js';
import { ManualClock } from '../../server/core/clock.js';
import { parseGlobalId, toGlobalId } from '../../server/core/ids.js';

// 应急管理's figures beyond one incident: the city view's emergency figures per region, worked out
// by hand over two townships of a county (a closed incident across both, read from the counts kept
// when it closed, and an open one in one township, read live); the after-action summary (总结) and
// the urgent issues in the figures; correcting the vulnerable register (who keeps which record).
const T0 = new Date('2026-06-01T08:00:00Z');
const MIN = 60_000;
const clock = new ManualClock(T0);
const at = (minutes: number) => clock.set(new Date(T0.getTime() + minutes * MIN));
let app: TestApp;
let A: TestCommunity, B: TestCommunity;
let county: { id: string; gid: string };
let duty: TestUser, a1: TestUser, a2: TestUser, a3: TestUser, b1: TestUser, b2: TestUser, rcA: TestUser, rcB: TestUser, gridA: TestUser, outsider: TestUser;
let bA1: string, bA2: string;
const codeOf = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.code;
const key = (gid: string) => parseGlobalId(gid)!.key;

const declare = async (communityIds: string[], title: string) =>
  (await ok(app.url, `mutation($input: DeclareIncidentInput!) { declareIncident(input: $input) { id } }`, {
    input: { deskId: county.gid, kind: 'RAINSTORM', level: 'III', title, instructions: '低洼楼栋住户转移。', communityIds },
  }, duty.token)).declareIncident.id as string;
const update = (by: TestUser, incidentId: string, input: Record<string, unknown>) =>
  gql(app.url, `mutation($input: UpdateIncidentInput!) { updateIncident(input: $input) { id status summary { text at } } }`, { input: { incidentId, ...input } }, by.token);
const ack = async (by: TestUser, incidentId: string) => expect((await gql(app.url, `mutation($input: IncidentRefInput!) { acknowledgeIncident(input: $input) { id } }`, { input: { incidentId } }, by.token)).errors).toBeUndefined();
const register = async (by: TestUser, buildingId: string, name: string) =>
  (await ok(app.url, `mutation($input: RegisterVulnerableResidentInput!) { registerVulnerableResident(input: $input) { id } }`, {
    input: { buildingId: toGlobalId('Building', buildingId), name, category: 'ELDERLY_ALONE', phone: '13800002222', consent: true },
  }, by.token)).registerVulnerableResident.id as string;
const rollCall = async (incidentId: string) =>
  (await ok(app.url, `query($id: ID!) { incident(id: $id) { rollCall { id vulnerable { name } } } }`, { id: incidentId }, duty.token)).incident.rollCall as { id: string; vulnerable: { name: string } }[];
const reach = async (incidentId: string, name: string) => {
  const entry = (await rollCall(incidentId)).find((e) => e.vulnerable.name === name)!;
  expect((await gql(app.url, `mutation($input: MarkReachedInput!) { markReached(input: $input) { id } }`, { input: { entryId: entry.id, status: 'SAFE' } }, duty.token)).errors).toBeUndefined();
};
const E_FIELDS = 'incidents alerted acknowledged acknowledgementRate vulnerable reachedWithin60 reachedWithin60Rate volunteersMobilized';
const stats = async (from?: Date) =>
  (await ok(app.url, `query($r: ID!, $from: DateTime) { regionStats(regionId: $r, from: $from) { figures { name emergencies { ${E_FIELDS} } } children { name emergencies { ${E_FIELDS} } } } }`, {
    r: countyRegion,
    from: from?.toISOString() ?? null,
  }, duty.token)).regionStats;
let countyRegion: string;
let X: string, Y: string;

beforeAll(async () => {
  app = await startTestApp({ clock });
  A = await createCommunity(app, '甲社区', { city: '襄阳市', county: '襄城区', township: '檀溪街道' });
  B = await createCommunity(app, '乙社区', { city: '襄阳市', county: '襄城区', township: '真武山街道' });
  county = await createOrganizationAbove(app, { kind: OrganizationKind.GOVERNANCE_CENTER, name: '襄城区综治中心', level: RegionLevel.COUNTY, city: '襄阳市', county: '襄城区' });
  const [row] = await em(app).execute<{ id: string }[]>(`SELECT region_id AS id FROM organizations WHERE id = ?`, [county.id]);
  countyRegion = toGlobalId('Region', row!.id);
  [duty, a1, a2, a3, b1, b2, rcA, rcB, gridA, outsider] = await createUsers(app, ['区值班员', '甲一', '甲二', '甲三', '乙一', '乙二', '甲居委', '乙居委', '甲网格员', '外人']);
  await seat(app, duty, county.id, MemberRole.STAFF);
  for (const [u, i] of [[a1, 0], [a2, 1], [a3, 2]] as const) await reside(app, u, A.id, { unitId: A.units[i]!.id });
  for (const [u, i] of [[b1, 0], [b2, 1]] as const) await reside(app, u, B.id, { unitId: B.units[i]!.id });
  await seat(app, rcA, A.orgs.rc.id);
  await seat(app, rcB, B.orgs.rc.id);
  // A second building in A, the only one of gridA's grid.
  const m = em(app);
  bA1 = (await m.findOneOrFail(Unit, A.units[0]!.id)).building.id;
  const b = m.create(Building, { community: A.id, name: '2栋' });
  m.create(Unit, { building: b, number: '2-101', floorArea: 80 });
  await m.flush();
  bA2 = b.id;
  const gridSeat = await seat(app, gridA, A.orgs.rc.id, MemberRole.GRID_WORKER);
  const g = randomUUID();
  await m.execute(`INSERT INTO grids (id, community_id, name) VALUES (?, ?, '第二网格')`, [g, A.id]);
  await m.execute(`INSERT INTO grid_buildings (building_id, grid_id, community_id) VALUES (?, ?, ?)`, [bA2, g, A.id]);
  await m.execute(`INSERT INTO grid_workers (membership_id, grid_id) VALUES (?, ?)`, [key(gridSeat), g]);
});
afterAll(() => app.close());

describe('the city view: emergencies per region, by hand over two townships', () => {
  it('sums each incident per community: the closed one from the counts kept at closing, the open one live', async () => {
    at(-60);
    await register(rcA, bA1, '甲奶奶');
    await register(rcA, bA1, '甲爷爷');
    await register(rcB, (await em(app).findOneOrFail(Unit, B.units[0]!.id)).building.id, '乙奶奶');
    expect((await gql(app.url, `mutation($input: RegisterVolunteerInput!) { registerVolunteer(input: $input) { id } }`, { input: { stationId: A.orgs.station.gid, isPartyMember: false, skills: [] } }, a1.token)).errors).toBeUndefined();

    // X: both townships. Alerted: A 5 (a1, a2, a3, rcA, gridA), B 3 (b1, b2, rcB).
    at(0);
    X = await declare([A.gid, B.gid], '暴雨：两街道');
    at(5); await ack(a1, X);
    at(10); await ack(a2, X);
    at(20); await ack(b1, X);
    at(30); await reach(X, '甲奶奶'); // within 60
    at(60); await reach(X, '乙奶奶'); // exactly 60: counts
    at(61); await reach(X, '甲爷爷'); // late
    at(62);
    const task = await ok(app.url, `mutation($input: PostIncidentTaskInput!) { postIncidentTask(input: $input) { id } }`, {
      input: { incidentId: X, task: { stationId: A.orgs.station.gid, title: '装沙袋', description: '门口挡水', startsAt: new Date(T0.getTime() + 90 * MIN).toISOString(), endsAt: new Date(T0.getTime() + 180 * MIN).toISOString(), slots: 3 } },
    }, duty.token);
    expect((await gql(app.url, `mutation($input: ClaimTaskInput!) { claimTask(input: $input) { status } }`, { input: { taskId: task.postIncidentTask.id } }, a1.token)).data.claimTask.status).toBe('CLAIMED');
    at(120);
    expect((await update(duty, X, { status: 'CLOSED', note: '解除' })).errors).toBeUndefined();
    const kept = await em(app).execute<{ community_id: string; alerted: number; acknowledged: number; vulnerable: number; reached_within60: number }[]>(
      `SELECT community_id, alerted, acknowledged, vulnerable, reached_within60 FROM incident_figures WHERE incident_id = ? ORDER BY alerted DESC`,
      [key(X)],
    );
    expect(kept).toEqual([
      { community_id: A.id, alerted: 5, acknowledged: 2, vulnerable: 2, reached_within60: 1 },
      { community_id: B.id, alerted: 3, acknowledged: 1, vulnerable: 1, reached_within60: 1 },
    ]);

    // Y: A only, a day later, still open. Alerted 5; a3 acknowledges; 甲奶奶 reached at 50 minutes.
    at(24 * 60);
    Y = await declare([A.gid], '停水：甲社区');
    at(24 * 60 + 1); await ack(a3, Y);
    at(24 * 60 + 50); await reach(Y, '甲奶奶');

    const s = await stats();
    const byName = Object.fromEntries(s.children.map((c: { name: string; emergencies: unknown }) => [c.name, c.emergencies]));
    // 檀溪街道 (A): X and Y. Alerted 5 + 5, acknowledged 2 + 1; roll call 2 + 2, reached within 60: 1 + 1; a1 on X's task.
    expect(byName['檀溪街道']).toEqual({ incidents: 2, alerted: 10, acknowledged: 3, acknowledgementRate: 0.3, vulnerable: 4, reachedWithin60: 2, reachedWithin60Rate: 0.5, volunteersMobilized: 1 });
    // 真武山街道 (B): X only.
    expect(byName['真武山街道']).toEqual({ incidents: 1, alerted: 3, acknowledged: 1, acknowledgementRate: 1 / 3, vulnerable: 1, reachedWithin60: 1, reachedWithin60Rate: 1, volunteersMobilized: 0 });
    // The county: X counted once.
    expect(s.figures.emergencies).toEqual({ incidents: 2, alerted: 13, acknowledged: 4, acknowledgementRate: 4 / 13, vulnerable: 5, reachedWithin60: 3, reachedWithin60Rate: 0.6, volunteersMobilized: 1 });
  });

  it('the window takes the incidents declared in it; a township without one has no rates', async () => {
    const s = await stats(new Date(T0.getTime() + 12 * 60 * MIN));
    const byName = Object.fromEntries(s.children.map((c: { name: string; emergencies: unknown }) => [c.name, c.emergencies]));
    expect(byName['檀溪街道']).toEqual({ incidents: 1, alerted: 5, acknowledged: 1, acknowledgementRate: 0.2, vulnerable: 2, reachedWithin60: 1, reachedWithin60Rate: 0.5, volunteersMobilized: 0 });
    expect(byName['真武山街道']).toEqual({ incidents: 0, alerted: 0, acknowledged: 0, acknowledgementRate: null, vulnerable: 0, reachedWithin60: 0, reachedWithin60Rate: null, volunteersMobilized: 0 });
  });

  it('a closed incident is read from its kept counts, not from its alerts', async () => {
    // Were the alerts read, this row (which nothing in the app writes after closing) would change the figures.
    await em(app).execute(`UPDATE incident_alerts SET first_ack_at = ?, ack_seq = 1 WHERE incident_id = ? AND first_ack_at IS NULL`, [T0, key(X)]);
    const s = await stats(new Date(T0.getTime() - MIN));
    expect(s.figures.emergencies).toMatchObject({ alerted: 13, acknowledged: 4 });
  });
});

describe('the after-action summary (总结) and the urgent issues', () => {
  it('the desk writes it when closing or after; only the desk reads it; not while open', async () => {
    at(3 * 24 * 60);
    const Z = await declare([A.gid], '燃气泄漏：甲社区');
    expect((await gql(app.url, `mutation($input: AnswerIncidentInput!) { answerIncident(input: $input) { id } }`, { input: { incidentId: Z, answer: 'NEED_HELP', note: '闻到气味' } }, a2.token)).errors).toBeUndefined();
    expect((await gql(app.url, `mutation($input: AnswerIncidentInput!) { answerIncident(input: $input) { id } }`, { input: { incidentId: Z, answer: 'NEED_HELP' } }, a3.token)).errors).toBeUndefined();
    const write = (by: TestUser, summary: string) => gql(app.url, `mutation($input: IncidentSummaryInput!) { writeIncidentSummary(input: $input) { id summary { text } } }`, { input: { incidentId: Z, summary } }, by.token);
    expect(codeOf(await write(duty, '还没结束'))).toBe('INVALID_TRANSITION');
    expect(codeOf(await update(duty, Z, { note: '抢修中', summary: '总结' }))).toBe('BAD_USER_INPUT');
    // The issues module resolves one of the two.
    await em(app).execute(`UPDATE issues SET status = 'RESOLVED' WHERE id = (SELECT issue_id FROM incident_alerts WHERE incident_id = ? AND user_id = ?)`, [key(Z), a2.id]);
    at(3 * 24 * 60 + 90);
    const closed = await update(duty, Z, { status: 'CLOSED', note: '解除', summary: '燃气公司关阀排查，两户求助均已上门。' });
    expect(closed.data.updateIncident).toMatchObject({ status: 'CLOSED', summary: { text: '燃气公司关阀排查，两户求助均已上门。', at: new Date(T0.getTime() + (3 * 24 * 60 + 90) * MIN).toISOString() } });
    for (const u of [rcA, a2]) expect(codeOf(await write(u, '改写')), u.name).toBe('FORBIDDEN');
    expect(codeOf(await write(outsider, '改写'))).toBe('NOT_FOUND');
    at(3 * 24 * 60 + 200);
    expect((await write(duty, '复盘：求助两户，一户已办结。')).data.writeIncidentSummary.summary.text).toBe('复盘：求助两户，一户已办结。');
    const read = async (by: TestUser) => (await ok(app.url, `query($id: ID!) { incident(id: $id) { viewerActions summary { text } figures { urgentIssuesOpened urgentIssuesResolved } } }`, { id: Z }, by.token)).incident;
    expect(await read(duty)).toEqual({ viewerActions: ['SUMMARIZE'], summary: { text: '复盘：求助两户，一户已办结。' }, figures: { urgentIssuesOpened: 2, urgentIssuesResolved: 1 } });
    expect(await read(a2)).toEqual({ viewerActions: [], summary: null, figures: null });
  });
});

describe('correcting the vulnerable register', () => {
  const V = 'id name category phone note building { name } unit { number }';
  const edit = (by: TestUser, input: Record<string, unknown>) => gql(app.url, `mutation($input: EditVulnerableResidentInput!) { editVulnerableResident(input: $input) { ${V} } }`, { input }, by.token);
  const list = async (by: TestUser) => (await ok(app.url, `query($c: ID!) { vulnerableResidents(communityId: $c) { name } }`, { c: A.gid }, by.token)).vulnerableResidents.map((v: { name: string }) => v.name);

  it('the committee corrects any record of its community; a grid worker only in their grid, and moves none out of it', async () => {
    const inGrid = await register(gridA, bA2, '丙奶奶');
    // A grid worker registers only in the buildings of their grid.
    expect(codeOf(await gql(app.url, `mutation($input: RegisterVulnerableResidentInput!) { registerVulnerableResident(input: $input) { id } }`, {
      input: { buildingId: toGlobalId('Building', bA1), name: '丁', category: 'DISABLED', consent: true },
    }, gridA.token))).toBe('FORBIDDEN');
    const notInGrid = (await ok(app.url, `query($c: ID!) { vulnerableResidents(communityId: $c) { id name } }`, { c: A.gid }, rcA.token)).vulnerableResidents.find((v: { name: string }) => v.name === '甲爷爷').id;
    expect(await list(gridA)).toEqual(['丙奶奶']);

    const r = await edit(gridA, { vulnerableResidentId: inGrid, name: '丙婆婆', category: 'DISABLED', phone: '', note: '轮椅' });
    expect(r.errors).toBeUndefined();
    expect(r.data.editVulnerableResident).toMatchObject({ name: '丙婆婆', category: 'DISABLED', phone: null, note: '轮椅', building: { name: '2栋' } });
    for (const u of [gridA, a1, duty, outsider]) expect(codeOf(await edit(u, { vulnerableResidentId: notInGrid, name: '偷看' })), u.name).toBe('NOT_FOUND');
    expect(codeOf(await edit(gridA, { vulnerableResidentId: inGrid, buildingId: toGlobalId('Building', bA1) }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await edit(rcA, { vulnerableResidentId: inGrid, buildingId: toGlobalId('Building', (await em(app).findOneOrFail(Unit, B.units[0]!.id)).building.id) }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await edit(rcA, { vulnerableResidentId: inGrid, phone: '123' }))).toBe('BAD_USER_INPUT');

    // The committee moves them to 1栋 with a flat there: out of gridA's sight.
    const moved = await edit(rcA, { vulnerableResidentId: inGrid, buildingId: toGlobalId('Building', bA1), unitId: A.units[3]!.gid });
    expect(moved.data.editVulnerableResident).toMatchObject({ building: { name: '1栋' }, unit: { number: '1-401' } });
    expect(await list(gridA)).toEqual([]);
    expect(codeOf(await gql(app.url, `mutation($input: VulnerableResidentRefInput!) { removeVulnerableResident(input: $input) }`, { input: { vulnerableResidentId: inGrid } }, gridA.token))).toBe('NOT_FOUND');
    expect((await gql(app.url, `mutation($input: VulnerableResidentRefInput!) { removeVulnerableResident(input: $input) }`, { input: { vulnerableResidentId: inGrid } }, rcA.token)).data.removeVulnerableResident).toBe(inGrid);
  });
});

import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { collect, gql, ok, streamCursor, wsClient } from '../helpers/graphql.js';
import { createCommunity, createOrganizationAbove, createUsers, em, reside, seat, MemberRole, OrganizationKind, RegionLevel, TANXI, type TestCommunity, type TestUser } from '../factories/index.js';
import { Building } from '../../server/communities/building.entity.js';
import { Unit } from '../../server/communities/unit.entity.js';
import { parseGlobalId, toGlobalId } from '../../server/core/ids.js';

// 应急管理 against the API on the real database: who declares (the region rule), who is alerted
// (exactly the area, once each), acknowledgement once under concurrency, 需要帮助 → an urgent
// issue at the desk, every transition and forbidden role, and the vulnerable register's privacy by
// every path (lists, node, the roll call, the event stream live).
let app: TestApp;
let c: TestCommunity;
let e: TestCommunity;
let township: { id: string; gid: string };
let otherTownship: { id: string; gid: string };
let b2: { id: string; gid: string };
let duty: TestUser, otherDuty: TestUser, r1: TestUser, r2: TestUser, r3: TestUser, unverified: TestUser, outsider: TestUser, rc: TestUser, grid: TestUser, admin: TestUser;

const I_FIELDS = 'id status alertSeq viewerActions viewerAlert { acknowledged answer note } ackRates { buildingName alerted acknowledged safe needHelp }';
const codeOf = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.code;
const declare = (by: TestUser, input: Record<string, unknown>) =>
  gql(app.url, `mutation($input: DeclareIncidentInput!) { declareIncident(input: $input) { ${I_FIELDS} } }`, {
    input: { deskId: township.gid, kind: 'RAINSTORM', level: 'III', title: '暴雨红色预警', instructions: '请勿外出，低洼楼栋住户转移至社区活动中心。', communityIds: [c.gid], ...input },
  }, by.token);
const update = (by: TestUser, incidentId: string, input: Record<string, unknown>) =>
  gql(app.url, `mutation($input: UpdateIncidentInput!) { updateIncident(input: $input) { ${I_FIELDS} } }`, { input: { incidentId, ...input } }, by.token);
const ack = (by: TestUser, incidentId: string) => gql(app.url, `mutation($input: IncidentRefInput!) { acknowledgeIncident(input: $input) { id } }`, { input: { incidentId } }, by.token);
const answer = (by: TestUser, incidentId: string, a: string, note?: string) =>
  gql(app.url, `mutation($input: AnswerIncidentInput!) { answerIncident(input: $input) { id viewerAlert { answer } viewerIssue { id priority status } } }`, { input: { incidentId, answer: a, note } }, by.token);
const read = async (by: TestUser, id: string) => (await ok(app.url, `query($id: ID!) { incident(id: $id) { ${I_FIELDS} } }`, { id }, by.token)).incident;
const key = (gid: string) => parseGlobalId(gid)!.key;
async function alertedIds(incidentId: string): Promise<string[]> {
  const rows = await em(app).execute<{ user_id: string }[]>(`SELECT user_id FROM incident_alerts WHERE incident_id = ? ORDER BY user_id`, [key(incidentId)]);
  return rows.map((r) => r.user_id);
}
const count = async (sql: string, params: unknown[]) => (await em(app).execute<{ n: number }[]>(sql, params))[0]!.n;

beforeAll(async () => {
  app = await startTestApp();
  c = await createCommunity(app, '应急社区');
  e = await createCommunity(app, '别处社区', { city: '襄阳市', county: '襄城区', township: '真武山街道' });
  township = await createOrganizationAbove(app, { kind: OrganizationKind.GOVERNANCE_CENTER, name: '檀溪街道综治中心', level: RegionLevel.TOWNSHIP, ...TANXI });
  otherTownship = await createOrganizationAbove(app, { kind: OrganizationKind.GOVERNANCE_CENTER, name: '真武山街道综治中心', level: RegionLevel.TOWNSHIP, city: '襄阳市', county: '襄城区', township: '真武山街道' });
  const m = em(app);
  const b = m.create(Building, { community: c.id, name: '2栋' });
  const u2 = m.create(Unit, { building: b, number: '2-101', floorArea: 90 });
  await m.flush();
  b2 = { id: b.id, gid: toGlobalId('Building', b.id) };
  [duty, otherDuty, r1, r2, r3, unverified, outsider, rc, grid, admin] = await createUsers(app, ['值班员', '外街道值班员', '居民一', '居民二', '居民三', '未核验', '外人', '居委', '网格员', '管理员']);
  await seat(app, duty, township.id);
  await seat(app, otherDuty, otherTownship.id);
  await reside(app, r1, c.id, { unitId: c.units[0]!.id });
  await reside(app, r2, c.id, { unitId: u2.id });
  await reside(app, r3, c.id);
  await reside(app, unverified, c.id, { unitId: c.units[1]!.id, verified: false });
  await reside(app, outsider, e.id);
  await seat(app, rc, c.orgs.rc.id);
  const gridSeat = await seat(app, grid, c.orgs.rc.id, MemberRole.GRID_WORKER);
  // 网格: 马 works the grid of every building of c (server/grids' tables).
  const g1 = randomUUID();
  await em(app).execute(`INSERT INTO grids (id, community_id, name) VALUES (?, ?, '第一网格')`, [g1, c.id]);
  await em(app).execute(`INSERT INTO grid_buildings (building_id, grid_id, community_id) SELECT id, ?, community_id FROM buildings WHERE community_id = ?`, [g1, c.id]);
  await em(app).execute(`INSERT INTO grid_workers (membership_id, grid_id) VALUES (?, ?)`, [key(gridSeat), g1]);
  await em(app).execute(`UPDATE users SET is_platform_admin = true WHERE id = ?`, [admin.id]);
});
afterAll(() => app.close());

describe('declaring', () => {
  it('only a governance center, within its own area: everyone else FORBIDDEN, nothing created', async () => {
    const before = await count(`SELECT count(*)::int AS n FROM incidents`, []);
    for (const u of [r1, rc, grid, admin, otherDuty]) expect(codeOf(await declare(u, {})), u.name).toBe('FORBIDDEN');
    // Its own center, for a community outside its area.
    expect(codeOf(await declare(duty, { communityIds: [c.gid, e.gid] }))).toBe('FORBIDDEN');
    // Another center than the declarer's.
    expect(codeOf(await declare(otherDuty, { deskId: otherTownship.gid }))).toBe('FORBIDDEN');
    // Buildings of two communities, a building of another community: BAD_USER_INPUT.
    expect(codeOf(await declare(duty, { buildingIds: [toGlobalId('Building', '00000000-0000-4000-8000-000000000000')] }))).toBe('BAD_USER_INPUT');
    expect(await count(`SELECT count(*)::int AS n FROM incidents`, [])).toBe(before);
  });

  it('alerts exactly the area, once each: verified residents and members of the community, not the unverified, outsiders or the desk', async () => {
    const r = await declare(duty, {});
    expect(r.errors).toBeUndefined();
    const id = r.data.declareIncident.id;
    const expected = [r1, r2, r3, rc, grid].map((u) => u.id).sort();
    expect(await alertedIds(id)).toEqual(expected);
    const { notifications } = await ok(app.url, `{ notifications(first: 5) { edges { node { title } } } }`, {}, r1.token);
    expect(notifications.edges.map((x: { node: { title: string } }) => x.node.title)).toContain('【Ⅲ级应急】暴雨红色预警');
    for (const u of [unverified, outsider, duty]) {
      const { pendingAlerts } = await ok(app.url, `{ pendingAlerts { id } }`, {}, u.token);
      expect(pendingAlerts.map((x: { id: string }) => x.id), u.name).not.toContain(id);
    }
    const { pendingAlerts } = await ok(app.url, `{ pendingAlerts { id title instructions } }`, {}, r2.token);
    expect(pendingAlerts[0]).toMatchObject({ id, title: '暴雨红色预警' });
    // The outsider does not even see it.
    expect(await read(outsider, id)).toBeNull();
    await update(duty, id, { status: 'CLOSED' });
  });

  it('an area of buildings: only residents of those buildings (and the community\'s members)', async () => {
    const r = await declare(duty, { kind: 'OUTAGE', title: '2栋停水', buildingIds: [b2.gid] });
    expect(r.errors).toBeUndefined();
    const id = r.data.declareIncident.id;
    expect(await alertedIds(id)).toEqual([r2, rc, grid].map((u) => u.id).sort());
    await update(duty, id, { status: 'CLOSED' });
  });
});

describe('acknowledging and answering', () => {
  let id: string;
  beforeAll(async () => {
    id = (await declare(duty, { kind: 'GAS_LEAK', title: '燃气泄漏' })).data.declareIncident.id;
  });
  afterAll(async () => {
    expect((await update(duty, id, { status: 'CLOSED' })).errors).toBeUndefined();
  });

  it('once per alert: a second 已收到 is INVALID_TRANSITION, and ten taps at once make one', async () => {
    expect((await ack(r1, id)).errors).toBeUndefined();
    expect(codeOf(await ack(r1, id))).toBe('INVALID_TRANSITION');
    const results = await Promise.all(Array.from({ length: 10 }, () => ack(r2, id)));
    expect(results.filter((x) => !x.errors)).toHaveLength(1);
    expect(results.filter((x) => codeOf(x) === 'INVALID_TRANSITION')).toHaveLength(9);
    expect(await count(`SELECT count(*)::int AS n FROM domain_events WHERE type = 'incident.acknowledged' AND subject_id = ? AND actor_id = ?`, [key(id), r2.id])).toBe(1);
    // Not alerted: FORBIDDEN; not seeing it: NOT_FOUND.
    expect(codeOf(await ack(duty, id))).toBe('FORBIDDEN');
    expect(codeOf(await ack(outsider, id))).toBe('NOT_FOUND');
  });

  it('the desk sees the rates per building; nobody else does', async () => {
    const i = await read(duty, id);
    expect(i.ackRates).toEqual([
      { buildingName: '1栋', alerted: 1, acknowledged: 1, safe: 0, needHelp: 0 },
      { buildingName: '2栋', alerted: 1, acknowledged: 1, safe: 0, needHelp: 0 },
      { buildingName: null, alerted: 3, acknowledged: 0, safe: 0, needHelp: 0 },
    ]);
    expect((await read(r1, id)).ackRates).toEqual([]);
    expect((await read(rc, id)).ackRates).toEqual([]);
  });

  it('需要帮助 opens one URGENT issue at the desk, the resident its reporter', async () => {
    const r = await answer(r3, id, 'NEED_HELP', '家中老人行动不便，需要协助撤离');
    expect(r.errors).toBeUndefined();
    expect(r.data.answerIncident.viewerIssue).toMatchObject({ priority: 'URGENT', status: 'DISPATCHED' });
    const issueId = r.data.answerIncident.viewerIssue.id;
    const again = await answer(r3, id, 'NEED_HELP');
    expect(again.data.answerIncident.viewerIssue.id).toBe(issueId);
    const { incident } = await ok(app.url, `query($id: ID!) { incident(id: $id) { helpIssues { id assignee { id } } ackRates { buildingName acknowledged needHelp } } }`, { id }, duty.token);
    expect(incident.helpIssues).toEqual([{ id: issueId, assignee: { id: township.gid } }]);
    expect(incident.ackRates[2]).toEqual({ buildingName: null, acknowledged: 1, needHelp: 1 });
    expect((await answer(r1, id, 'SAFE')).data.answerIncident.viewerAlert).toEqual({ answer: 'SAFE' });
    expect(codeOf(await answer(outsider, id, 'SAFE'))).toBe('NOT_FOUND');
  });
});

describe('the machine and who moves it', () => {
  it('DECLARED → RESPONDING → RECOVERING → CLOSED; each update alerts again; nothing after CLOSED', async () => {
    const id = (await declare(duty, { kind: 'FIRE', level: 'II', title: '3栋火情' })).data.declareIncident.id;
    for (const u of [r1, rc, grid, admin]) expect(codeOf(await update(u, id, { status: 'RESPONDING' })), u.name).toBe('FORBIDDEN');
    expect(codeOf(await update(outsider, id, { status: 'RESPONDING' }))).toBe('NOT_FOUND');
    expect(codeOf(await update(otherDuty, id, { status: 'RESPONDING' }))).toBe('NOT_FOUND');
    // Out of order.
    expect(codeOf(await update(duty, id, { status: 'RECOVERING' }))).toBe('INVALID_TRANSITION');
    expect(codeOf(await update(duty, id, { note: '   ' }))).toBe('BAD_USER_INPUT');
    expect((await ack(r1, id)).errors).toBeUndefined();
    const responding = await update(duty, id, { status: 'RESPONDING', note: '消防已到场' });
    expect(responding.data.updateIncident).toMatchObject({ status: 'RESPONDING', alertSeq: 2 });
    // r1 acknowledged alert 1, not alert 2: pending again.
    expect((await read(r1, id)).viewerActions).toContain('ACKNOWLEDGE');
    expect(codeOf(await update(duty, id, { status: 'RESPONDING' }))).toBe('INVALID_TRANSITION');
    expect(codeOf(await update(duty, id, { status: 'DECLARED' }))).toBe('INVALID_TRANSITION');
    expect((await update(duty, id, { instructions: '3栋住户请从东侧楼梯撤离。' })).data.updateIncident.alertSeq).toBe(3);
    expect((await update(duty, id, { status: 'RECOVERING' })).data.updateIncident.status).toBe('RECOVERING');
    expect((await update(duty, id, { status: 'CLOSED' })).data.updateIncident.status).toBe('CLOSED');
    for (const s of ['RESPONDING', 'RECOVERING', 'CLOSED']) expect(codeOf(await update(duty, id, { status: s, note: '再次' }))).toBe('INVALID_TRANSITION');
    expect(codeOf(await update(duty, id, { note: '补充' }))).toBe('INVALID_TRANSITION');
    expect(codeOf(await ack(r2, id))).toBe('INVALID_TRANSITION');
    expect(codeOf(await answer(r2, id, 'SAFE'))).toBe('INVALID_TRANSITION');
    const { incident } = await ok(app.url, `query($id: ID!) { incident(id: $id) { updates { status statusBefore note alertSeq } } }`, { id }, r1.token);
    expect(incident.updates.map((u: { status: string; alertSeq: number }) => [u.status, u.alertSeq])).toEqual([
      ['DECLARED', 1],
      ['RESPONDING', 2],
      ['RESPONDING', 3],
      ['RECOVERING', 4],
      ['CLOSED', 5],
    ]);
  });
});

describe('the vulnerable register and the roll call', () => {
  const V_FIELDS = 'id name category phone building { name }';
  const register = (by: TestUser, input: Record<string, unknown>) =>
    gql(app.url, `mutation($input: RegisterVulnerableResidentInput!) { registerVulnerableResident(input: $input) { ${V_FIELDS} } }`, {
      input: { buildingId: b2.gid, name: '王奶奶', category: 'ELDERLY_ALONE', phone: '13800001111', consent: true, ...input },
    }, by.token);
  const list = async (by: TestUser) => (await ok(app.url, `query($c: ID!) { vulnerableResidents(communityId: $c) { id name } }`, { c: c.gid }, by.token)).vulnerableResidents;
  const node = async (by: TestUser, id: string) => (await ok(app.url, `query($id: ID!) { node(id: $id) { id ... on VulnerableResident { name } } }`, { id }, by.token)).node;
  const rollCall = async (by: TestUser, id: string) =>
    (await ok(app.url, `query($id: ID!) { incident(id: $id) { rollCall { id status reachedAt vulnerable { name phone } building { name } grid { name } } } }`, { id }, by.token)).incident?.rollCall ?? null;
  const reach = (by: TestUser, entryId: string, status: string) =>
    gql(app.url, `mutation($input: MarkReachedInput!) { markReached(input: $input) { id status reachedAt } }`, { input: { entryId, status } }, by.token);
  let wang: string;
  let li: string;
  let otherGrid: TestUser;

  it("the residents' committee keeps it, with consent; nobody else", async () => {
    const r = await register(rc, {});
    expect(r.errors).toBeUndefined();
    wang = r.data.registerVulnerableResident.id;
    li = (await register(grid, { name: '李先生', category: 'DISABLED', phone: null, buildingId: toGlobalId('Building', (await em(app).findOneOrFail(Unit, c.units[0]!.id)).building.id) })).data.registerVulnerableResident.id;
    expect(codeOf(await register(rc, { consent: false }))).toBe('BAD_USER_INPUT');
    for (const u of [r1, duty, admin, outsider]) expect(codeOf(await register(u, {})), u.name).toBe('FORBIDDEN');
    expect(await count(`SELECT count(*)::int AS n FROM vulnerable_residents WHERE community_id = ?`, [c.id])).toBe(2);
  });

  it('without an incident: only the committee sees it (list and node), a grid worker only their grid\'s', async () => {
    // A grid worker of another grid (with none of these buildings).
    [otherGrid] = await createUsers(app, ['别的网格员']);
    const otherSeat = await seat(app, otherGrid, c.orgs.rc.id, MemberRole.GRID_WORKER);
    const g2 = randomUUID();
    await em(app).execute(`INSERT INTO grids (id, community_id, name) VALUES (?, ?, '第二网格')`, [g2, c.id]);
    await em(app).execute(`INSERT INTO grid_workers (membership_id, grid_id) VALUES (?, ?)`, [key(otherSeat), g2]);
    expect((await list(rc)).map((v: { name: string }) => v.name).sort()).toEqual(['李先生', '王奶奶']);
    expect(await list(grid)).toHaveLength(2);
    for (const u of [r1, r2, duty, admin, outsider, unverified, otherGrid]) {
      expect(await list(u), u.name).toEqual([]);
      expect(await node(u, wang), u.name).toBeNull();
    }
    expect((await node(rc, wang)).name).toBe('王奶奶');
  });

  it('an incident covering them opens them to its desk while it is open, not a day longer; the roll call by who is unreached', async () => {
    // An area of 2栋: 王奶奶 is in the roll call, 李先生 (1栋) is not.
    const id = (await declare(duty, { kind: 'RAINSTORM', title: '2栋地下室进水', buildingIds: [b2.gid] })).data.declareIncident.id;
    const desk = await rollCall(duty, id);
    expect(desk).toHaveLength(1);
    expect(desk[0]).toMatchObject({ status: 'UNREACHED', reachedAt: null, vulnerable: { name: '王奶奶', phone: '13800001111' }, building: { name: '2栋' }, grid: { name: '第一网格' } });
    expect((await node(duty, wang)).name).toBe('王奶奶');
    expect(await node(duty, li)).toBeNull();
    expect(await list(duty)).toEqual([]);
    // Residents alerted by the same incident see no roll call, no record.
    for (const u of [r2, admin, otherGrid]) {
      expect(await rollCall(u, id), u.name).toEqual([]);
      expect(await node(u, wang), u.name).toBeNull();
      expect(await node(u, desk[0].id), u.name).toBeNull();
    }

    // Live: the desk's stream tells of the reach; a resident's carries nothing of it.
    const cursor = await streamCursor(app.url, c.gid, r2.token);
    const deskClient = wsClient(app.wsUrl, duty.token);
    const resClient = wsClient(app.wsUrl, r2.token);
    const deskSub = collect(deskClient, `subscription($id: ID!, $a: String) { incidentEvents(incidentId: $id, after: $a) { type data } }`, { id, a: cursor });
    const resSub = collect(resClient, `subscription($id: ID!, $a: String) { incidentEvents(incidentId: $id, after: $a) { type data } }`, { id, a: cursor });
    try {
      expect(codeOf(await reach(r2, desk[0].id, 'SAFE'))).toBe('NOT_FOUND');
      expect(codeOf(await reach(otherGrid, desk[0].id, 'SAFE'))).toBe('NOT_FOUND');
      const reached = await reach(grid, desk[0].id, 'MOVED');
      expect(reached.errors).toBeUndefined();
      expect(codeOf(await reach(duty, desk[0].id, 'SAFE'))).toBe('INVALID_TRANSITION');
      // A marker event after, public, so the resident's stream has something to deliver.
      await update(duty, id, { note: '抽水泵已到位' });
      const [first] = await deskSub.next(1);
      expect(first.incidentEvents.type).toBe('incident.reached');
      expect(JSON.stringify(first.incidentEvents.data)).not.toContain('王奶奶');
      const got = await resSub.next(1);
      expect(got.map((x: { incidentEvents: { type: string } }) => x.incidentEvents.type)).toEqual(['incident.updated']);
      await deskSub.next(2);
      expect(resSub.items.map((x: { incidentEvents: { type: string } }) => x.incidentEvents.type)).not.toContain('incident.reached');
    } finally {
      deskSub.dispose();
      resSub.dispose();
      await deskClient.dispose();
      await resClient.dispose();
    }

    expect((await update(duty, id, { status: 'CLOSED' })).errors).toBeUndefined();
    // Closed: the desk no longer sees who they were.
    expect(await rollCall(duty, id)).toEqual([]);
    expect(await node(duty, wang)).toBeNull();
    // The committee still sees its roll call.
    expect((await rollCall(rc, id))[0]).toMatchObject({ status: 'MOVED', vulnerable: { name: '王奶奶' } });
  });

  it('closing with someone unreached needs the reason; the figures count the roll call', async () => {
    const id = (await declare(duty, { kind: 'PUBLIC_HEALTH', title: '疫情封控' })).data.declareIncident.id;
    const entries = await rollCall(duty, id);
    expect(entries).toHaveLength(2);
    expect((await reach(duty, entries[0].id, 'SAFE')).errors).toBeUndefined();
    expect(codeOf(await update(duty, id, { status: 'CLOSED' }))).toBe('BAD_USER_INPUT');
    expect((await read(duty, id)).status).toBe('DECLARED');
    const closed = await update(duty, id, { status: 'CLOSED', note: '李先生已住院，由医院确认安全' });
    expect(closed.data.updateIncident.status).toBe('CLOSED');
    const { incident } = await ok(app.url, `query($id: ID!) { incident(id: $id) { figures { alerted acknowledged vulnerable reachedWithin30 reachedWithin60 secondsTo90Acknowledged } } }`, { id }, duty.token);
    // r1, r2, r3, rc, grid and the other grid's worker.
    expect(incident.figures).toEqual({ alerted: 6, acknowledged: 0, vulnerable: 2, reachedWithin30: 0.5, reachedWithin60: 0.5, secondsTo90Acknowledged: null });
    expect((await ok(app.url, `query($id: ID!) { incident(id: $id) { figures { alerted } } }`, { id }, rc.token)).incident.figures).toBeNull();
  });

  it('removing a record erases the person; the roll call keeps an anonymous entry', async () => {
    expect(codeOf(await gql(app.url, `mutation($input: VulnerableResidentRefInput!) { removeVulnerableResident(input: $input) }`, { input: { vulnerableResidentId: wang } }, r1.token))).toBe('NOT_FOUND');
    const r = await gql(app.url, `mutation($input: VulnerableResidentRefInput!) { removeVulnerableResident(input: $input) }`, { input: { vulnerableResidentId: wang } }, rc.token);
    expect(r.data.removeVulnerableResident).toBe(wang);
    expect(await count(`SELECT count(*)::int AS n FROM vulnerable_residents WHERE id = ?`, [key(wang)])).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM incident_roll_calls WHERE vulnerable_id IS NULL AND community_id = ?`, [c.id])).toBeGreaterThan(0);
  });
});

describe('mobilizing volunteers', () => {
  const post = (by: TestUser, incidentId: string, task: Record<string, unknown>) =>
    gql(app.url, `mutation($input: PostIncidentTaskInput!) { postIncidentTask(input: $input) { id status slots } }`, {
      input: {
        incidentId,
        task: { stationId: c.orgs.station.gid, title: '2栋门口装沙袋', description: '每人负责一段门口挡水', startsAt: new Date(Date.now() + 3_600_000).toISOString(), endsAt: new Date(Date.now() + 3 * 3_600_000).toISOString(), slots: 2, ...task },
      },
    }, by.token);

  it("the desk posts a task to a station of the area through the volunteers module; every volunteer there is told; the figures count who came", async () => {
    expect((await gql(app.url, `mutation($input: RegisterVolunteerInput!) { registerVolunteer(input: $input) { id } }`, { input: { stationId: c.orgs.station.gid, isPartyMember: false, skills: ['助老'] } }, r1.token)).errors).toBeUndefined();
    const id = (await declare(duty, { kind: 'RAINSTORM', title: '暴雨防汛' })).data.declareIncident.id;
    const before = await count(`SELECT count(*)::int AS n FROM volunteer_tasks`, []);
    // Who may not: a resident, the committee; a station outside the area; bad dates (the volunteers module's own rule).
    for (const u of [r1, rc]) expect(codeOf(await post(u, id, {})), u.name).toBe('FORBIDDEN');
    expect(codeOf(await post(duty, id, { stationId: e.orgs.station.gid }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await post(duty, id, { startsAt: new Date(Date.now() - 60_000).toISOString() }))).toBe('BAD_USER_INPUT');
    expect(await count(`SELECT count(*)::int AS n FROM volunteer_tasks`, [])).toBe(before);

    const r = await post(duty, id, {});
    expect(r.errors).toBeUndefined();
    expect(r.data.postIncidentTask).toMatchObject({ status: 'OPEN', slots: 2 });
    const taskId = r.data.postIncidentTask.id;
    const { notifications } = await ok(app.url, `{ notifications(first: 5) { edges { node { title } } } }`, {}, r1.token);
    expect(notifications.edges.map((x: { node: { title: string } }) => x.node.title)).toContain('新的志愿服务任务：2栋门口装沙袋');
    expect((await gql(app.url, `mutation($input: ClaimTaskInput!) { claimTask(input: $input) { status } }`, { input: { taskId } }, r1.token)).data.claimTask.status).toBe('CLAIMED');
    const { incident } = await ok(app.url, `query($id: ID!) { incident(id: $id) { tasks { id } figures { volunteersMobilized volunteerHours } } }`, { id }, duty.token);
    expect(incident).toEqual({ tasks: [{ id: taskId }], figures: { volunteersMobilized: 1, volunteerHours: 0 } });

    expect((await update(duty, id, { status: 'CLOSED', note: '李先生由家属接走' })).errors).toBeUndefined();
    expect(codeOf(await post(duty, id, {}))).toBe('INVALID_TRANSITION');
  });
});

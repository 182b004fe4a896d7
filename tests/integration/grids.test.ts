import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { gql, ok } from '../helpers/graphql.js';
import {
  createCommunity,
  createOrganizationAbove,
  createUser,
  em,
  reside,
  seat,
  MemberRole,
  OrganizationKind,
  RegionLevel,
  TANXI,
  type TestCommunity,
  type TestUser,
} from '../factories/index.js';
import { DISPUTE } from '../factories/disputes.js';
import { keyOfGid } from '../factories/meetings.js';
import { Building, Organization } from '../../server/communities/index.js';
import { toGlobalId } from '../../server/core/ids.js';
import { ManualClock } from '../../server/core/clock.js';

// Grids (网格, issue 13 part 1) through the API on the real database: who divides buildings and
// assigns grid workers, a building in two grids refused with a coded error and nothing changed,
// concurrent claims of one building and of one worker, a grid worker's defaults, screening
// coverage per grid and month (computed by hand below, across Asia/Shanghai month boundaries),
// and 党员下沉报到 feeding a station's volunteer pool.
const NOW = new Date('2026-05-01T00:00:00.000Z');
const clock = new ManualClock(NOW);
let app: TestApp;
let c: TestCommunity;
let other: TestCommunity;
const b: Record<'b1' | 'b2' | 'b3' | 'b4' | 'b5' | 'elsewhere', string> = {} as never;
const u: Record<
  'admin' | 'township' | 'rcChair' | 'rcMember' | 'gridWorker' | 'gridWorker2' | 'partyChair' | 'partyMember' | 'coordinator' | 'resident' | 'resident2' | 'unverified' | 'outsider' | 'otherChair',
  TestUser
> = {} as never;
const raw: Record<string, string> = {};
const seats: Record<'gridWorker' | 'gridWorker2' | 'rcMember' | 'otherGridWorker', string> = {} as never;

type Result = { errors?: { extensions?: Record<string, unknown> }[]; data?: Record<string, unknown> | null };
const code = (r: Result) => r.errors?.[0]?.extensions?.code;
const reason = (r: Result) => r.errors?.[0]?.extensions?.reason;
const GRID = `id name buildings { id name } workers { id role user { id } } partyBranch { id kind name } viewerCanManage`;
const createGrid = (input: Record<string, unknown>, by: TestUser) =>
  gql(app.url, `mutation($input: CreateGridInput!) { createGrid(input: $input) { ${GRID} } }`, { input: { communityId: c.gid, ...input } }, by.token);
const setBuildings = (gridId: string, buildingIds: string[], by: TestUser) =>
  gql(app.url, `mutation($input: SetGridBuildingsInput!) { setGridBuildings(input: $input) { ${GRID} } }`, { input: { gridId, buildingIds } }, by.token);
const assign = (gridId: string, membershipId: string, by: TestUser) =>
  gql(app.url, `mutation($input: GridWorkerInput!) { assignGridWorker(input: $input) { ${GRID} } }`, { input: { gridId, membershipId } }, by.token);
const grids = async (by: TestUser, community = c) =>
  ((await ok(app.url, `query($id: ID!) { community(id: $id) { grids { ${GRID} } } }`, { id: community.gid }, by.token)).community?.grids ?? []) as { id: string; name: string; buildings: { id: string }[]; workers: { id: string }[] }[];
const gridOf = async (buildingId: string, by = u.rcChair) => (await ok(app.url, `query($id: ID!) { node(id: $id) { ... on Building { grid { id name } } } }`, { id: buildingId }, by.token)).node.grid as { name: string } | null;
const must = async <T = Record<string, unknown>>(r: Promise<Result>, field: string): Promise<T> => {
  const x = await r;
  expect(x.errors, JSON.stringify(x.errors)).toBeUndefined();
  return x.data![field] as T;
};
const countRows = async (sql: string, params: unknown[]) => Number((await em(app).getConnection().execute<{ n: string }[]>(sql, params))[0]!.n);

let first: { id: string };
let second: { id: string };
let third: { id: string };

beforeAll(async () => {
  app = await startTestApp({ clock });
  c = await createCommunity(app, '网格社区');
  other = await createCommunity(app, '别的社区');
  const e = em(app);
  const [one] = await e.find(Building, { community: c.id });
  const made = ['2栋', '3栋', '4栋', '5栋'].map((name) => e.create(Building, { community: c.id, name }));
  const [elsewhere] = await e.find(Building, { community: other.id });
  await e.flush();
  const gid = (x: { id: string }) => toGlobalId('Building', x.id);
  raw.b5 = made[3]!.id;
  Object.assign(b, { b1: gid(one!), b2: gid(made[0]!), b3: gid(made[1]!), b4: gid(made[2]!), b5: gid(made[3]!), elsewhere: gid(elsewhere!) });
  const township = await createOrganizationAbove(app, { kind: OrganizationKind.GOVERNANCE_CENTER, name: '檀溪街道综治中心', level: RegionLevel.TOWNSHIP, ...TANXI });
  const make = async (key: keyof typeof u, setup: (x: TestUser) => Promise<unknown> = () => Promise.resolve(), admin = false) => {
    u[key] = await createUser(app, { name: key, admin });
    await setup(u[key]);
  };
  await make('admin', undefined, true);
  await make('township', (x) => seat(app, x, township.id, MemberRole.STAFF));
  await make('rcChair', (x) => seat(app, x, c.orgs.rc.id, MemberRole.CHAIR));
  await make('rcMember', async (x) => (seats.rcMember = await seat(app, x, c.orgs.rc.id, MemberRole.MEMBER)));
  await make('gridWorker', async (x) => (seats.gridWorker = await seat(app, x, c.orgs.rc.id, MemberRole.GRID_WORKER)));
  await make('gridWorker2', async (x) => (seats.gridWorker2 = await seat(app, x, c.orgs.rc.id, MemberRole.GRID_WORKER)));
  await make('partyChair', (x) => seat(app, x, c.orgs.party.id, MemberRole.CHAIR));
  await make('partyMember', (x) => seat(app, x, c.orgs.party.id, MemberRole.MEMBER));
  await make('coordinator', (x) => seat(app, x, c.orgs.station.id, MemberRole.COORDINATOR));
  await make('resident', (x) => reside(app, x, c.id));
  await make('resident2', (x) => reside(app, x, c.id));
  await make('unverified', (x) => reside(app, x, c.id, { verified: false }));
  await make('outsider');
  await make('otherChair', async (x) => {
    await seat(app, x, other.orgs.rc.id, MemberRole.CHAIR);
  });
  const otherWorker = await createUser(app, { name: 'otherWorker' });
  seats.otherGridWorker = await seat(app, otherWorker, other.orgs.rc.id, MemberRole.GRID_WORKER);
}, 120_000);
afterAll(() => app?.close());

describe('dividing buildings into grids', () => {
  it("the residents' committee's chair, the township center and admins divide; every other role is refused and nothing changes", async () => {
    for (const by of [u.rcMember, u.gridWorker, u.partyChair, u.coordinator, u.resident, u.outsider, u.otherChair]) {
      expect(code(await createGrid({ name: '越权网格', buildingIds: [b.b4] }, by)), by.name).toBe('FORBIDDEN');
    }
    expect(await grids(u.rcChair)).toEqual([]);
    first = await must(createGrid({ name: '第一网格', buildingIds: [b.b1, b.b2] }, u.rcChair), 'createGrid');
    expect(first).toMatchObject({ name: '第一网格', buildings: [{ id: b.b1, name: '1栋' }, { id: b.b2, name: '2栋' }], workers: [], partyBranch: { kind: 'GRID_PARTY_BRANCH', name: '第一网格党支部' }, viewerCanManage: true });
    second = await must(createGrid({ name: '第二网格', buildingIds: [b.b3] }, u.township), 'createGrid');
    third = await must(createGrid({ name: '第三网格' }, u.admin), 'createGrid');
    expect((await grids(u.resident)).map((g) => g.name).sort()).toEqual(['第一网格', '第三网格', '第二网格'].sort());
    expect(await gridOf(b.b2)).toMatchObject({ name: '第一网格' });
    expect(await gridOf(b.b4)).toBeNull();
    // Seen by whoever belongs to the community, not by outsiders or unverified residents.
    expect(await grids(u.outsider)).toEqual([]);
    expect(await grids(u.unverified)).toEqual([]);
    // The branch is a grid's only: not made by hand.
    const byHand = await gql(app.url, `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`, {
      input: { communityId: c.gid, kind: 'GRID_PARTY_BRANCH', name: '手建党支部', level: 'COMMUNITY' },
    }, u.admin.token);
    expect(code(byHand)).toBe('BAD_USER_INPUT');
  });

  it('a building in another grid is refused with CONFLICT BUILDING_IN_OTHER_GRID, naming it, and nothing changes', async () => {
    const branches = () => countRows(`SELECT count(*) AS n FROM organizations WHERE community_id = ? AND kind = 'GRID_PARTY_BRANCH'`, [c.id]);
    const before = { grids: (await grids(u.rcChair)).length, branches: await branches() };
    const made = await createGrid({ name: '第四网格', buildingIds: [b.b4, b.b1] }, u.rcChair);
    expect(code(made)).toBe('CONFLICT');
    expect(reason(made)).toBe('BUILDING_IN_OTHER_GRID');
    expect(made.errors?.[0]?.extensions?.buildings).toEqual([{ buildingName: '1栋', gridName: '第一网格' }]);
    expect((await grids(u.rcChair)).length).toBe(before.grids);
    expect(await branches()).toBe(before.branches);
    expect(await gridOf(b.b4)).toBeNull();
    const set = await setBuildings(third.id, [b.b4, b.b3], u.rcChair);
    expect([code(set), reason(set)]).toEqual(['CONFLICT', 'BUILDING_IN_OTHER_GRID']);
    expect((await grids(u.rcChair)).find((g) => g.id === third.id)!.buildings).toEqual([]);
    expect(await gridOf(b.b4)).toBeNull();
    expect(await gridOf(b.b3)).toMatchObject({ name: '第二网格' });
    // Bad input: a name taken, a building of another community, one given twice, a bad id.
    expect(code(await createGrid({ name: '第一网格' }, u.rcChair))).toBe('BAD_USER_INPUT');
    for (const ids of [[b.elsewhere], [b.b4, b.b4], ['nonsense']]) expect(code(await setBuildings(third.id, ids, u.rcChair)), JSON.stringify(ids)).toBe('BAD_USER_INPUT');
    expect(code(await setBuildings(third.id, [b.b4], u.rcMember))).toBe('FORBIDDEN');
    expect((await grids(u.rcChair)).find((g) => g.id === third.id)!.buildings).toEqual([]);
  });

  it('setGridBuildings sets all of them: those left out leave, a building freed may join another grid', async () => {
    const moved = await must<{ buildings: { id: string }[] }>(setBuildings(first.id, [b.b1], u.rcChair), 'setGridBuildings');
    expect(moved.buildings.map((x) => x.id)).toEqual([b.b1]);
    const joined = await must<{ buildings: { id: string }[] }>(setBuildings(third.id, [b.b2, b.b4], u.township), 'setGridBuildings');
    expect(joined.buildings.map((x) => x.id)).toEqual([b.b2, b.b4]);
    expect(await gridOf(b.b2)).toMatchObject({ name: '第三网格' });
  });

  it('eight grids claiming one building at once: exactly one gets it, the others CONFLICT and keep nothing', async () => {
    expect(await gridOf(b.b2)).toMatchObject({ name: '第三网格' });
    const racers = await Promise.all(Array.from({ length: 8 }, (_, i) => must<{ id: string }>(createGrid({ name: `并发${i + 1}` }, u.admin), 'createGrid')));
    const results = await Promise.all(racers.map((g) => setBuildings(g.id, [b.b5], u.rcChair)));
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.filter((r) => reason(r) === 'BUILDING_IN_OTHER_GRID').length).toBe(7);
    expect(await countRows(`SELECT count(*) AS n FROM grid_buildings WHERE building_id = ?`, [raw.b5])).toBe(1);
  });

  it('renames a grid, its party branch with it; a name taken is refused, and so is every other role; nothing changes', async () => {
    const rename = (gridId: string, name: string, by: TestUser) =>
      gql(app.url, `mutation($input: RenameGridInput!) { renameGrid(input: $input) { ${GRID} } }`, { input: { gridId, name } }, by.token);
    const fourth = await must<{ id: string }>(createGrid({ name: '第四网格' }, u.rcChair), 'createGrid');
    for (const by of [u.rcMember, u.gridWorker, u.partyChair, u.resident, u.outsider, u.otherChair]) {
      expect(code(await rename(fourth.id, '越权改名', by)), by.name).toBe('FORBIDDEN');
    }
    const taken = await rename(fourth.id, ' 第一网格 ', u.rcChair);
    expect(code(taken)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(taken.errors?.[0]?.extensions?.fields)).toContain('name');
    expect(code(await rename(fourth.id, '   ', u.rcChair))).toBe('BAD_USER_INPUT');
    expect((await grids(u.rcChair)).find((g) => g.id === fourth.id)).toMatchObject({ name: '第四网格', partyBranch: { name: '第四网格党支部' } });

    const renamed = await must(rename(fourth.id, ' 东区网格 ', u.township), 'renameGrid');
    expect(renamed).toMatchObject({ name: '东区网格', partyBranch: { name: '东区网格党支部' } });
    // Its event tells the old and the new name.
    const [event] = await em(app).getConnection().execute<{ data: Record<string, unknown> }[]>(`SELECT data FROM domain_events WHERE type = 'grid.renamed' AND subject_id = ? ORDER BY id DESC LIMIT 1`, [
      keyOfGid(fourth.id),
    ]);
    expect(event?.data).toEqual({ name: '东区网格', previousName: '第四网格', partyBranchName: '东区网格党支部' });

    // Two renames racing for one free name: exactly one gets it.
    const fifth = await must<{ id: string }>(createGrid({ name: '第五网格' }, u.rcChair), 'createGrid');
    const race = await Promise.all([rename(fourth.id, '西区网格', u.rcChair), rename(fifth.id, '西区网格', u.admin)]);
    expect(race.filter((r) => !r.errors).length).toBe(1);
    expect(race.filter((r) => ['BAD_USER_INPUT', 'CONFLICT'].includes(String(code(r)))).length).toBe(1);
    expect(await countRows(`SELECT count(*) AS n FROM grids WHERE community_id = ? AND name = '西区网格'`, [c.id])).toBe(1);
  });
});

describe('grid workers', () => {
  it("assigns a GRID_WORKER seat of the residents' committee; refuses other seats and roles; a seat works one grid", async () => {
    const g = await must<{ workers: { id: string; role: string; user: { id: string } }[] }>(assign(first.id, seats.gridWorker, u.rcChair), 'assignGridWorker');
    expect(g.workers).toEqual([{ id: seats.gridWorker, role: 'GRID_WORKER', user: { id: u.gridWorker.gid } }]);
    // Again to the same grid: unchanged.
    expect((await must<{ workers: unknown[] }>(assign(first.id, seats.gridWorker, u.admin), 'assignGridWorker')).workers).toHaveLength(1);
    for (const by of [u.rcMember, u.gridWorker, u.partyChair, u.resident, u.outsider, u.otherChair]) expect(code(await assign(second.id, seats.gridWorker2, by)), by.name).toBe('FORBIDDEN');
    const notWorker = await assign(second.id, seats.rcMember, u.rcChair);
    expect([code(notWorker), reason(notWorker)]).toEqual(['BAD_USER_INPUT', 'NOT_A_GRID_WORKER']);
    const elsewhere = await assign(second.id, seats.otherGridWorker, u.rcChair);
    expect([code(elsewhere), reason(elsewhere)]).toEqual(['BAD_USER_INPUT', 'NOT_A_GRID_WORKER']);
    const twice = await assign(second.id, seats.gridWorker, u.rcChair);
    expect([code(twice), reason(twice)]).toEqual(['CONFLICT', 'WORKER_IN_OTHER_GRID']);
    expect((await grids(u.rcChair)).find((x) => x.id === second.id)!.workers).toEqual([]);
  });

  it('one seat assigned to eight grids at once: exactly one assignment', async () => {
    const targets = (await grids(u.rcChair)).filter((g) => g.name.startsWith('并发'));
    expect(targets).toHaveLength(8);
    const results = await Promise.all(targets.map((g) => assign(g.id, seats.gridWorker2, u.rcChair)));
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.filter((r) => reason(r) === 'WORKER_IN_OTHER_GRID').length).toBe(7);
    expect(await countRows(`SELECT count(*) AS n FROM grid_workers gw JOIN memberships m ON m.id = gw.membership_id WHERE m.user_id = ?`, [u.gridWorker2.id])).toBe(1);
  });

  it('a seat whose role changes away from GRID_WORKER works no grid any more', async () => {
    await ok(app.url, `mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { id role } }`, { input: { membershipId: seats.gridWorker2, role: 'MEMBER' } }, u.rcChair.token);
    expect(await countRows(`SELECT count(*) AS n FROM grid_workers gw JOIN memberships m ON m.id = gw.membership_id WHERE m.user_id = ?`, [u.gridWorker2.id])).toBe(0);
  });
});

describe("a grid worker's lists default to their grid", () => {
  it('viewerGrids is their grid; the issue board and the screening rounds filter by gridId', async () => {
    const viewerGrids = async (by: TestUser) => (await ok(app.url, `query($id: ID!) { node(id: $id) { ... on Community { viewerGrids { id name } } } }`, { id: c.gid }, by.token)).node.viewerGrids;
    expect(await viewerGrids(u.gridWorker)).toEqual([{ id: first.id, name: '第一网格' }]);
    expect(await viewerGrids(u.rcChair)).toEqual([]);
    const submit = (buildingId: string | null, title: string) =>
      ok(app.url, `mutation($input: SubmitIssueInput!) { submitIssue(input: $input) { id } }`, {
        input: { communityId: c.gid, title, body: '楼道灯坏了，晚上看不见。', category: 'FACILITY', buildingId },
      }, u.resident.token);
    const inFirst = (await submit(b.b1, '1栋楼道灯')).submitIssue.id;
    await submit(b.b3, '3栋楼道灯');
    await submit(null, '小区门口');
    const board = async (gridId: string | null, by = u.gridWorker) =>
      (await ok(app.url, `query($c: ID!, $f: IssueFilter) { issues(communityId: $c, filter: $f, first: 50) { totalCount edges { node { id } } } }`, { c: c.gid, f: gridId ? { gridId } : null }, by.token)).issues;
    const mine = await board(first.id);
    expect(mine.totalCount).toBe(1);
    expect(mine.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([inFirst]);
    expect((await board(null)).totalCount).toBe(3);
    expect((await board(third.id)).totalCount).toBe(0);
    const bad = await gql(app.url, `query($c: ID!) { issues(communityId: $c, filter: { gridId: "nonsense" }) { totalCount } }`, { c: c.gid }, u.gridWorker.token);
    expect(code(bad)).toBe('BAD_USER_INPUT');
  });
});

describe('screening coverage per grid and month (Asia/Shanghai)', () => {
  it('counts each round once per grid it touched, by the Shanghai month, with zeros for grids not covered', async () => {
    // A community of its own: 网格A {x1, x2}, 网格B {x3}, x4 in no grid.
    const k = await createCommunity(app, '排查社区');
    const e = em(app);
    const [x1] = await e.find(Building, { community: k.id });
    const rest = ['2栋', '3栋', '4栋'].map((name) => e.create(Building, { community: k.id, name }));
    await e.flush();
    const x = [x1!, ...rest].map((y) => toGlobalId('Building', y.id));
    const worker = await createUser(app, { name: '排查网格员' });
    await seat(app, worker, k.orgs.rc.id, MemberRole.GRID_WORKER);
    const gridA = (await ok(app.url, `mutation($input: CreateGridInput!) { createGrid(input: $input) { id } }`, { input: { communityId: k.gid, name: '网格A', buildingIds: [x[0], x[1]] } }, u.admin.token)).createGrid.id;
    const gridB = (await ok(app.url, `mutation($input: CreateGridInput!) { createGrid(input: $input) { id } }`, { input: { communityId: k.gid, name: '网格B', buildingIds: [x[2]] } }, u.admin.token)).createGrid.id;
    const round = async (heldAt: string, buildingIds: string[], nothingFound: boolean) =>
      (await ok(app.url, `mutation($input: RecordScreeningRoundInput!) { recordScreeningRound(input: $input) { id } }`, { input: { communityId: k.gid, heldAt, buildingIds, nothingFound } }, worker.token)).recordScreeningRound.id as string;
    // r1: 2026-03-31 23:30 in Shanghai (March), over x1 and x2, nothing found.
    await round('2026-03-31T15:30:00.000Z', [x[0]!, x[1]!], true);
    // r2: 2026-04-01 00:30 in Shanghai (April), over x2 and x3; two disputes registered from it.
    const r2 = await round('2026-03-31T16:30:00.000Z', [x[1]!, x[2]!], false);
    // r3: April, over x4 (in no grid), nothing found.
    await round('2026-04-15T02:00:00.000Z', [x[3]!], true);
    // r4: 2026-03-01 00:00 in Shanghai (March, its first instant), over x1, nothing found.
    await round('2026-02-28T16:00:00.000Z', [x[0]!], true);
    // r5: 2026-02-28 23:59:59 in Shanghai (February), over x3.
    await round('2026-02-28T15:59:59.000Z', [x[2]!], true);
    for (const n of [1, 2]) {
      await ok(app.url, `mutation($input: RegisterDisputeInput!) { registerDispute(input: $input) { id } }`, {
        input: { communityId: k.gid, ...DISPUTE, title: `排查发现${n}`, screeningRoundId: r2, applicants: [{ name: `甲${n}` }], respondents: [{ name: `乙${n}` }] },
      }, worker.token);
    }
    const Q = `query($c: ID!, $from: String!, $to: String!) { screeningCoverageByGrid(communityId: $c, fromMonth: $from, toMonth: $to) {
      grid { id name } month buildings buildingsCovered rounds nothingFound disputesFound lastHeldAt } }`;
    const rows = (await ok(app.url, Q, { c: k.gid, from: '2026-03', to: '2026-04' }, u.township.token)).screeningCoverageByGrid;
    const row = (grid: string | null, month: string, buildings: number, buildingsCovered: number, rounds: number, nothingFound: number, disputesFound: number, lastHeldAt: string | null) => ({
      grid: grid === null ? null : { id: grid === '网格A' ? gridA : gridB, name: grid },
      month,
      buildings,
      buildingsCovered,
      rounds,
      nothingFound,
      disputesFound,
      lastHeldAt,
    });
    expect(rows).toEqual([
      // A, March: r1 (x1, x2) and r4 (x1): 2 rounds, both buildings, both found nothing.
      row('网格A', '2026-03', 2, 2, 2, 2, 0, '2026-03-31T15:30:00.000Z'),
      // A, April: r2 over x2: one round, one building, two disputes.
      row('网格A', '2026-04', 2, 1, 1, 0, 2, '2026-03-31T16:30:00.000Z'),
      // B, March: r5 is February's: nothing.
      row('网格B', '2026-03', 1, 0, 0, 0, 0, null),
      // B, April: r2 over x3, the same two disputes.
      row('网格B', '2026-04', 1, 1, 1, 0, 2, '2026-03-31T16:30:00.000Z'),
      // No grid (x4): r3 in April.
      row(null, '2026-03', 1, 0, 0, 0, 0, null),
      row(null, '2026-04', 1, 1, 1, 1, 0, '2026-04-15T02:00:00.000Z'),
    ]);
    const feb = (await ok(app.url, Q, { c: k.gid, from: '2026-02', to: '2026-02' }, worker.token)).screeningCoverageByGrid;
    expect(feb.map((r: { grid: { name: string } | null; rounds: number }) => [r.grid?.name ?? null, r.rounds])).toEqual([['网格A', 0], ['网格B', 1], [null, 0]]);
    // Per building, each with its grid.
    const perBuilding = (await ok(app.url, `query($c: ID!) { screeningCoverage(communityId: $c, fromMonth: "2026-03", toMonth: "2026-03") { building { name } grid { name } rounds } }`, { c: k.gid }, u.township.token)).screeningCoverage;
    expect(perBuilding).toEqual([
      { building: { name: '1栋' }, grid: { name: '网格A' }, rounds: 2 },
      { building: { name: '2栋' }, grid: { name: '网格A' }, rounds: 1 },
      { building: { name: '3栋' }, grid: { name: '网格B' }, rounds: 0 },
      { building: { name: '4栋' }, grid: null, rounds: 0 },
    ]);
    // The rounds of a grid.
    const inB = (await ok(app.url, `query($c: ID!, $g: ID) { screeningRounds(communityId: $c, gridId: $g, first: 10) { totalCount } }`, { c: k.gid, g: gridB }, worker.token)).screeningRounds;
    expect(inB.totalCount).toBe(2);
    for (const by of [u.resident, u.outsider]) expect(code(await gql(app.url, Q, { c: k.gid, from: '2026-03', to: '2026-04' }, by.token))).toBe('FORBIDDEN');
    expect(code(await gql(app.url, Q, { c: k.gid, from: '2026-04', to: '2026-03' }, worker.token))).toBe('BAD_USER_INPUT');
  });
});

describe('党员下沉报到 feeds the station\'s volunteer pool', () => {
  const REG = `id status partyOrganization declineReason user { id } station { id } viewerCanDecide`;
  const register = (by: TestUser, stationId = c.orgs.station.gid, community = c) =>
    gql(app.url, `mutation($input: RegisterPartyMemberInput!) { registerPartyMember(input: $input) { ${REG} } }`, { input: { communityId: community.gid, stationId, partyOrganization: '襄阳市住建局机关党支部' } }, by.token);
  const decide = (verb: 'verify' | 'decline', registrationId: string, by: TestUser, reason?: string) =>
    gql(app.url, `mutation($input: DecidePartyMemberInput!) { ${verb}PartyMember(input: $input) { ${REG} } }`, { input: { registrationId, ...(reason ? { reason } : {}) } }, by.token);
  const pool = async (stationId: string, by = u.coordinator) =>
    ((await ok(app.url, `query($id: ID!) { node(id: $id) { ... on Organization { volunteerPool { user { id } isPartyMember } } } }`, { id: stationId }, by.token)).node?.volunteerPool ?? []) as { user: { id: string }; isPartyMember: boolean }[];

  it('a resident registers, the party organization verifies, and they are in the pool; every other role is refused', async () => {
    for (const by of [u.outsider, u.unverified, u.otherChair]) expect(code(await register(by)), by.name).toBe('FORBIDDEN');
    expect(code(await register(u.resident, other.orgs.station.gid))).toBe('BAD_USER_INPUT');
    expect(code(await register(u.resident, c.orgs.rc.gid))).toBe('BAD_USER_INPUT');
    const r = await must<{ id: string; status: string; viewerCanDecide: boolean }>(register(u.resident), 'registerPartyMember');
    expect(r).toMatchObject({ status: 'PENDING', partyOrganization: '襄阳市住建局机关党支部', viewerCanDecide: false });
    const again = await register(u.resident);
    expect([code(again), reason(again)]).toEqual(['CONFLICT', 'ALREADY_REGISTERED']);
    expect(await pool(c.orgs.station.gid)).toEqual([]);
    // Those who see it (the station, the person) may not decide; those who do not see it get NOT_FOUND.
    for (const by of [u.coordinator, u.resident]) expect(code(await decide('verify', r.id, by)), by.name).toBe('FORBIDDEN');
    for (const by of [u.outsider, u.rcChair]) expect(code(await decide('verify', r.id, by)), by.name).toBe('NOT_FOUND');
    expect(code(await decide('decline', r.id, u.partyMember))).toBe('BAD_USER_INPUT');
    const listed = (await ok(app.url, `query($id: ID!) { node(id: $id) { ... on Community { partyMemberRegistrations(status: PENDING) { id viewerCanDecide } } } }`, { id: c.gid }, u.partyMember.token)).node.partyMemberRegistrations;
    expect(listed).toEqual([{ id: r.id, viewerCanDecide: true }]);
    expect(await must(decide('verify', r.id, u.partyMember), 'verifyPartyMember')).toMatchObject({ status: 'VERIFIED', viewerCanDecide: false });
    expect(await pool(c.orgs.station.gid)).toEqual([{ user: { id: u.resident.gid }, isPartyMember: true }]);
    expect(code(await decide('decline', r.id, u.partyChair, '重复'))).toBe('INVALID_TRANSITION');
  });

  it('one who serves there registers; a declined one is not in the pool and may register again', async () => {
    const r = await must<{ id: string }>(register(u.rcMember), 'registerPartyMember');
    expect(await must(decide('decline', r.id, u.partyChair, '未提供报到证明'), 'declinePartyMember')).toMatchObject({ status: 'DECLINED', declineReason: '未提供报到证明' });
    expect((await pool(c.orgs.station.gid)).map((v) => v.user.id)).toEqual([u.resident.gid]);
    expect(await must(register(u.rcMember), 'registerPartyMember')).toMatchObject({ status: 'PENDING' });
  });

  it("a volunteer of another station is refused; one of the same station becomes a party member there (one row)", async () => {
    const e = em(app);
    const station2 = e.create(Organization, { community: c.id, kind: OrganizationKind.PARTY_STATION, name: '第二红色驿站', level: RegionLevel.COMMUNITY });
    await e.flush();
    const s2 = toGlobalId('Organization', station2.id);
    await ok(app.url, `mutation($input: RegisterVolunteerInput!) { registerVolunteer(input: $input) { id } }`, { input: { stationId: s2, isPartyMember: false, skills: [] } }, u.resident2.token);
    const refused = await register(u.resident2);
    expect([code(refused), reason(refused)]).toEqual(['CONFLICT', 'VOLUNTEER_AT_OTHER_STATION']);
    const r = await must<{ id: string }>(register(u.resident2, s2), 'registerPartyMember');
    await must(decide('verify', r.id, u.partyChair), 'verifyPartyMember');
    expect(await pool(s2, u.partyChair)).toEqual([{ user: { id: u.resident2.gid }, isPartyMember: true }]);
    expect(await countRows(`SELECT count(*) AS n FROM volunteers WHERE user_id = ?`, [u.resident2.id])).toBe(1);
    // Not seen by an outsider.
    expect(await pool(s2, u.outsider)).toEqual([]);
  });
});

describe('deleting a grid', () => {
  const del = (gridId: string, by: TestUser) => gql(app.url, `mutation($input: DeleteGridInput!) { deleteGrid(input: $input) }`, { input: { gridId } }, by.token);
  const lastEvent = async () =>
    (await em(app).getConnection().execute<{ data: Record<string, unknown>; audience: unknown }[]>(`SELECT data FROM domain_events WHERE type = 'grid.deleted' ORDER BY id DESC LIMIT 1`))[0]?.data;
  const branchOf = async (gridId: string) => (await em(app).getConnection().execute<{ id: string }[]>(`SELECT party_branch_id AS id FROM grids WHERE id = ?`, [keyOfGid(gridId)]))[0]!.id;
  const exists = async (table: string, id: string) => (await countRows(`SELECT count(*) AS n FROM ${table} WHERE id = ?`, [id])) === 1;

  it('is refused while the grid has buildings (GRID_HAS_BUILDINGS), then grid workers (GRID_HAS_WORKERS), and to every other role; nothing changes', async () => {
    const e = em(app);
    const building = e.create(Building, { community: c.id, name: '6栋' });
    await e.flush();
    const worker = await createUser(app, { name: '待撤网格员' });
    const workerSeat = await seat(app, worker, c.orgs.rc.id, MemberRole.GRID_WORKER);
    const g = await must<{ id: string }>(createGrid({ name: '待撤网格', buildingIds: [toGlobalId('Building', building.id)] }, u.rcChair), 'createGrid');
    await must(assign(g.id, workerSeat, u.rcChair), 'assignGridWorker');
    const branch = await branchOf(g.id);
    for (const by of [u.rcMember, u.gridWorker, u.partyChair, u.resident, u.outsider, u.otherChair]) {
      expect(code(await del(g.id, by)), by.name).toBe('FORBIDDEN');
    }
    const withBuildings = await del(g.id, u.rcChair);
    expect([code(withBuildings), reason(withBuildings)]).toEqual(['CONFLICT', 'GRID_HAS_BUILDINGS']);
    expect(withBuildings.errors?.[0]?.extensions?.buildings).toEqual(['6栋']);
    await must(setBuildings(g.id, [], u.rcChair), 'setGridBuildings');
    const withWorkers = await del(g.id, u.township);
    expect([code(withWorkers), reason(withWorkers)]).toEqual(['CONFLICT', 'GRID_HAS_WORKERS']);
    expect(withWorkers.errors?.[0]?.extensions?.workers).toEqual(['待撤网格员']);
    // Nothing changed: the grid, its worker and its branch are there.
    expect((await grids(u.rcChair)).find((x) => x.id === g.id)?.workers).toHaveLength(1);
    expect(await exists('organizations', branch)).toBe(true);
    expect(code(await del(toGlobalId('Grid', '00000000-0000-4000-8000-000000000000'), u.rcChair))).toBe('NOT_FOUND');
    // Emptied, it goes; its branch, in which nothing happened, goes with it.
    await must(gql(app.url, `mutation($input: GridWorkerInput!) { unassignGridWorker(input: $input) { id } }`, { input: { gridId: g.id, membershipId: workerSeat } }, u.rcChair.token), 'unassignGridWorker');
    expect(await must(del(g.id, u.rcChair), 'deleteGrid')).toBe(true);
    expect((await grids(u.rcChair)).some((x) => x.id === g.id)).toBe(false);
    expect(await exists('organizations', branch)).toBe(false);
    expect(await lastEvent()).toEqual({ name: '待撤网格', partyBranchName: '待撤网格党支部', partyBranchKept: false });
    expect(code(await del(g.id, u.rcChair))).toBe('NOT_FOUND');
  });

  it('keeps a party branch with members, or one an issue involved: the grid goes, the branch stays with its record', async () => {
    // A branch with a seat (a foreign key that stops the delete).
    const seated = await must<{ id: string }>(createGrid({ name: '有党员网格' }, u.rcChair), 'createGrid');
    const seatedBranch = await branchOf(seated.id);
    await seat(app, u.partyMember, seatedBranch, MemberRole.MEMBER);
    expect(await must(del(seated.id, u.township), 'deleteGrid')).toBe(true);
    expect((await grids(u.rcChair)).some((x) => x.id === seated.id)).toBe(false);
    expect(await exists('organizations', seatedBranch)).toBe(true);
    expect(await countRows(`SELECT count(*) AS n FROM memberships WHERE organization_id = ?`, [seatedBranch])).toBe(1);
    expect(await lastEvent()).toEqual({ name: '有党员网格', partyBranchName: '有党员网格党支部', partyBranchKept: true });

    // A branch an issue involved (a reference that would not stop a delete, but would lose the record).
    const involved = await must<{ id: string }>(createGrid({ name: '办过事网格' }, u.admin), 'createGrid');
    const involvedBranch = await branchOf(involved.id);
    const issue = await ok(app.url, `mutation($input: SubmitIssueInput!) { submitIssue(input: $input) { id } }`, { input: { communityId: c.gid, title: '网格里的事', body: '请网格党支部协助。', category: 'OTHER' } }, u.resident.token);
    await em(app).getConnection().execute(`UPDATE issues SET involved_org_ids = array_append(involved_org_ids, ?::uuid) WHERE id = ?`, [involvedBranch, keyOfGid(issue.submitIssue.id)]);
    expect(await must(del(involved.id, u.admin), 'deleteGrid')).toBe(true);
    expect(await exists('organizations', involvedBranch)).toBe(true);
    expect(await lastEvent()).toMatchObject({ name: '办过事网格', partyBranchKept: true });
  });
});

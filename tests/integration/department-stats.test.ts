import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { gql, ok } from '../helpers/graphql.js';
import { createOrganizationAbove, createUser, seat, MemberRole, OrganizationKind, RegionLevel, TANXI, type TestUser } from '../factories/index.js';
import { createIssueCast, submit, type IssueCast } from '../factories/issues.js';
import { parseGlobalId } from '../../server/core/ids.js';

// 责任清单's figures (issue 13 part 1): per department of a region, what it received and how fast,
// over the assignments dispatched to it in the window; computed here by hand over a known history.
let app: TestApp;
let c: IssueCast;
let countyDept: { id: string; gid: string };
let otherDept: { id: string; gid: string };
let countyStaff: TestUser;
let admin: TestUser;
let region: { city: string; county: string; township: string };
const HOUR = 3_600_000;
const T0 = new Date(Math.floor(Date.now() / HOUR) * HOUR - 20 * 24 * HOUR);
const at = (hours: number) => new Date(T0.getTime() + hours * HOUR).toISOString();

const FIGURES = `query($r: ID!, $from: DateTime) { regionStats(regionId: $r, from: $from) { departments {
  department { id name } received accepted acceptedOnTime resolved responseRate resolutionRate medianHoursToAccept medianHoursToResolve ratings satisfactionRate } } }`;

beforeAll(async () => {
  app = await startTestApp();
  c = await createIssueCast(app);
  countyDept = await createOrganizationAbove(app, { kind: OrganizationKind.DEPARTMENT, name: '襄城区住建局', level: RegionLevel.COUNTY, city: TANXI.city, county: TANXI.county });
  otherDept = await createOrganizationAbove(app, { kind: OrganizationKind.DEPARTMENT, name: '樊城区住建局', level: RegionLevel.COUNTY, city: TANXI.city, county: '樊城区' });
  const center = await createOrganizationAbove(app, { kind: OrganizationKind.GOVERNANCE_CENTER, name: '襄城区综治中心', level: RegionLevel.COUNTY, city: TANXI.city, county: TANXI.county });
  countyStaff = await createUser(app, { name: '区综治干部' });
  await seat(app, countyStaff, center.id, MemberRole.STAFF);
  admin = await createUser(app, { name: '管理员', admin: true });
  const { community } = await ok(app.url, `query($id: ID!) { community(id: $id) { region { path { id } } } }`, { id: c.community.gid }, c.dispatcher.token);
  const [city, county, township] = community.region.path.map((r: { id: string }) => r.id);
  region = { city, county, township };

  // Five assignments to the county's department (hours from T0), one before the window:
  //   a1 dispatched 0, accepted 2 (by 24), resolved 26          on time, resolved
  //   a2 dispatched 24, accepted 54 (by 48), not resolved       late
  //   a3 dispatched 48, not accepted
  //   a4 dispatched 72, accepted 73 (by 96), resolved 77, then reopened: on time, not counted resolved
  //   a5 dispatched −240: before the window
  // Ratings of its work: 5 at hour 27, 3 at hour 80, and 5 at hour −200 (before the window).
  const e = app.services.orm.em.fork();
  const issues = await Promise.all([1, 2, 3, 4, 5].map(() => submit(app, c)));
  const issueId = (i: number) => parseGlobalId(issues[i]!.id)!.key;
  const rows: [number, number, number | null, number | null, string | null][] = [
    [0, 0, 2, 26, null],
    [1, 24, 54, null, null],
    [2, 48, null, null, null],
    [3, 72, 73, 77, 'REOPENED'],
    [4, -240, -239, -230, null],
  ];
  for (const [i, dispatched, accepted, resolved, endedAs] of rows) {
    await e.execute(
      `INSERT INTO issue_assignments (id, issue_id, organization_id, dispatched_at, accept_by, accepted_at, resolved_at, ended_as) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      [randomUUID(), issueId(i), countyDept.id, at(dispatched), at(dispatched + 24), accepted == null ? null : at(accepted), resolved == null ? null : at(resolved), endedAs],
    );
  }
  for (const [i, score, hour] of [[0, 5, 27], [3, 3, 80], [4, 5, -200]] as const) {
    await e.execute(`INSERT INTO issue_ratings (id, issue_id, organization_id, score, rated_at) VALUES (?, ?, ?, ?, ?)`, [randomUUID(), issueId(i), countyDept.id, score, at(hour)]);
  }
}, 60_000);
afterAll(() => app?.close());

describe("责任清单's figures per department", () => {
  it('counts what a department received in the window and how fast, by hand', async () => {
    const { regionStats } = await ok(app.url, FIGURES, { r: region.county, from: T0.toISOString() }, countyStaff.token);
    expect(regionStats.departments).toEqual([
      {
        department: { id: countyDept.gid, name: '襄城区住建局' },
        received: 4,
        accepted: 3,
        acceptedOnTime: 2,
        resolved: 1,
        responseRate: 0.5,
        resolutionRate: 1 / 3,
        // Hours to accept: 2, 30, 1 → 2. Hours to resolve: 26 and 5 (resolved, then reopened) → 15.5.
        medianHoursToAccept: 2,
        medianHoursToResolve: 15.5,
        ratings: 2,
        satisfactionRate: 0.5,
      },
    ]);
  });

  it('lists the departments below the region, most received first; a window with nothing has nulls', async () => {
    const city = await ok(app.url, FIGURES, { r: region.city, from: null }, admin.token);
    expect(city.regionStats.departments.map((d: { department: { name: string }; received: number }) => [d.department.name, d.received])).toEqual([
      ['襄城区住建局', 5],
      ['樊城区住建局', 0],
    ]);
    expect(city.regionStats.departments[1]).toMatchObject({ responseRate: null, resolutionRate: null, medianHoursToAccept: null, satisfactionRate: null, ratings: 0 });
    // A township has no department of its own.
    const township = await ok(app.url, FIGURES, { r: region.township, from: null }, admin.token);
    expect(township.regionStats.departments).toEqual([]);
    // Read by whoever reads the region's figures: the community's dispatcher does not.
    const denied = await gql(app.url, FIGURES, { r: region.county, from: null }, c.dispatcher.token);
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(otherDept.gid).toBeTruthy();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { gql, ok } from '../helpers/graphql.js';
import { createOrganizationAbove, createUser, seat, MemberRole, OrganizationKind, RegionLevel, TANXI, type TestUser } from '../factories/index.js';
import { createIssueCast, submit, type IssueCast } from '../factories/issues.js';

// 上报 walks the Region tree (issue 13 part 1): an issue of a community in 襄阳市 → 襄城区 →
// 檀溪街道 goes up to the township, the county and the city, each time to a level above the one
// that has it, never sideways, down, or into another county or city; beyond the city, nothing.
let app: TestApp;
let c: IssueCast;
type Org = { id: string; gid: string };
let township: Org, county: Org, countyDept: Org, city: Org, otherCounty: Org, otherCity: Org;
let townshipStaff: TestUser, countyStaff: TestUser, deptStaff: TestUser, cityStaff: TestUser;

const codeOf = (r: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.code;
const fieldOf = (r: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => (r.errors?.[0]?.extensions?.fields as Record<string, string> | undefined)?.organizationId;
const escalate = (issueId: string, org: Org, by: TestUser) =>
  gql(app.url, `mutation($input: EscalateIssueInput!) { escalateIssue(input: $input) { status assignee { id } } }`, { input: { issueId, organizationId: org.gid, reason: '超出本级权限' } }, by.token);
const targets = async (issueId: string, by: TestUser): Promise<string[]> =>
  ((await ok(app.url, `query($id: ID!) { issue(id: $id) { escalationTargets { id } } }`, { id: issueId }, by.token)).issue?.escalationTargets ?? []).map((o: { id: string }) => o.id);

beforeAll(async () => {
  app = await startTestApp();
  c = await createIssueCast(app);
  const above = (kind: OrganizationKind, name: string, level: RegionLevel, place: { city: string; county?: string; township?: string }) => createOrganizationAbove(app, { kind, name, level, ...place });
  const G = OrganizationKind.GOVERNANCE_CENTER;
  township = await above(G, '檀溪街道综治中心', RegionLevel.TOWNSHIP, TANXI);
  county = await above(G, '襄城区综治中心', RegionLevel.COUNTY, { city: TANXI.city, county: TANXI.county });
  countyDept = await above(OrganizationKind.DEPARTMENT, '襄城区住建局', RegionLevel.COUNTY, { city: TANXI.city, county: TANXI.county });
  city = await above(G, '襄阳市综治中心', RegionLevel.CITY, { city: TANXI.city });
  otherCounty = await above(G, '樊城区综治中心', RegionLevel.COUNTY, { city: TANXI.city, county: '樊城区' });
  otherCity = await above(G, '十堰市综治中心', RegionLevel.CITY, { city: '十堰市' });
  townshipStaff = await createUser(app, { name: '街道干部' });
  countyStaff = await createUser(app, { name: '区综治干部' });
  deptStaff = await createUser(app, { name: '住建局干部' });
  cityStaff = await createUser(app, { name: '市综治干部' });
  await seat(app, townshipStaff, township.id, MemberRole.STAFF);
  await seat(app, countyStaff, county.id, MemberRole.STAFF);
  await seat(app, deptStaff, countyDept.id, MemberRole.STAFF);
  await seat(app, cityStaff, city.id, MemberRole.STAFF);
});
afterAll(() => app.close());

describe('escalation up the Region tree', () => {
  it('community → township → county → city, each offered only what stands above it; beyond the city, refused', async () => {
    const issue = await submit(app, c);
    // The community's desk: the township first, then the county's (by name), then the city. Not
    // another county's center, not another city's.
    const fromCommunity = await targets(issue.id, c.dispatcher);
    expect(fromCommunity[0]).toBe(township.gid);
    expect(fromCommunity.slice(1, 3).sort()).toEqual([county.gid, countyDept.gid].sort());
    expect(fromCommunity[3]).toBe(city.gid);
    expect(fromCommunity).toHaveLength(4);
    for (const foreign of [otherCounty, otherCity]) expect(fieldOf(await escalate(issue.id, foreign, c.dispatcher))).toBeDefined();

    expect((await escalate(issue.id, township, c.dispatcher)).data?.escalateIssue).toEqual({ status: 'DISPATCHED', assignee: { id: township.gid } });
    // The township has it: the county's and the city's remain; the township is refused (it has it).
    const fromTownship = await targets(issue.id, townshipStaff);
    expect(fromTownship).toHaveLength(3);
    expect(fromTownship).not.toContain(township.gid);
    expect(fromTownship.at(-1)).toBe(city.gid);

    expect((await escalate(issue.id, county, townshipStaff)).data?.escalateIssue.assignee.id).toBe(county.gid);
    // The county has it: only the city is above; a county department beside it and the township below are refused.
    expect(await targets(issue.id, countyStaff)).toEqual([city.gid]);
    expect(fieldOf(await escalate(issue.id, countyDept, countyStaff))).toMatch(/above/);
    expect(fieldOf(await escalate(issue.id, township, countyStaff))).toMatch(/above/);

    expect((await escalate(issue.id, city, countyStaff)).data?.escalateIssue.assignee.id).toBe(city.gid);
    // The city has it: nothing is above the city.
    expect(await targets(issue.id, cityStaff)).toEqual([]);
    for (const org of [city, county, township, otherCity]) {
      const r = await escalate(issue.id, org, cityStaff);
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
    }
    expect(fieldOf(await escalate(issue.id, county, cityStaff))).toMatch(/city/);
    // And the city takes it.
    const accepted = await gql(app.url, `mutation($input: IssueRefInput!) { acceptIssue(input: $input) { status } }`, { input: { issueId: issue.id } }, cityStaff.token);
    expect(accepted.data?.acceptIssue.status).toBe('ACCEPTED');
  });

  it('a level may be skipped upwards, and a department at a level counts as that level', async () => {
    const issue = await submit(app, c);
    expect((await escalate(issue.id, countyDept, c.dispatcher)).data?.escalateIssue.assignee.id).toBe(countyDept.gid);
    // The county department has it: the township center below it is no longer offered.
    expect(await targets(issue.id, deptStaff)).toEqual([city.gid]);
    expect(fieldOf(await escalate(issue.id, township, deptStaff))).toMatch(/above/);
    expect((await escalate(issue.id, city, deptStaff)).data?.escalateIssue.assignee.id).toBe(city.gid);
  });

  it('those not holding the issue escalate nothing', async () => {
    const issue = await submit(app, c);
    for (const by of [c.resident, townshipStaff, cityStaff]) {
      expect(await targets(issue.id, by)).toEqual([]);
      expect(['FORBIDDEN', 'NOT_FOUND']).toContain(codeOf(await escalate(issue.id, city, by)));
    }
  });
});

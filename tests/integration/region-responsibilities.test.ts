import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { gql, ok } from '../helpers/graphql.js';
import { createOrganizationAbove, createUser, seat, MemberRole, OrganizationKind, RegionLevel, TANXI, type TestUser } from '../factories/index.js';
import { createIssueCast, submit, type IssueCast } from '../factories/issues.js';

// 责任清单 (issue 13 part 1): per region, a category of issues maps to the department responsible;
// the nearest region's entry wins; dispatch suggests it first (the dispatcher still chooses); who
// keeps a region's list.
let app: TestApp;
let c: IssueCast;
type Org = { id: string; gid: string };
let cityDept: Org, countyDept: Org, townshipDept: Org, otherCountyDept: Org, countyCenter: Org, townshipCenter: Org;
let countyStaff: TestUser, townshipStaff: TestUser;
let region: { city: string; county: string; township: string };

const codeOf = (r: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.code;
const fieldsOf = (r: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.fields;
const set = (regionId: string, category: string, department: Org | null, by: TestUser) =>
  gql(app.url, `mutation($input: SetResponsibilityInput!) { setResponsibility(input: $input) { name responsibilities { category department { id } region { name } } } }`, { input: { regionId, category, departmentId: department?.gid ?? null } }, by.token);
const suggestion = async (issueId: string, by: TestUser) => {
  const { issue } = await ok(app.url, `query($id: ID!) { issue(id: $id) { suggestedDepartment { id } dispatchTargets { id } } }`, { id: issueId }, by.token);
  return { suggested: issue.suggestedDepartment?.id ?? null, first: issue.dispatchTargets[0]?.id ?? null };
};

beforeAll(async () => {
  app = await startTestApp();
  c = await createIssueCast(app);
  const D = OrganizationKind.DEPARTMENT;
  const county = { city: TANXI.city, county: TANXI.county };
  cityDept = await createOrganizationAbove(app, { kind: D, name: '襄阳市城管委', level: RegionLevel.CITY, city: TANXI.city });
  countyDept = await createOrganizationAbove(app, { kind: D, name: '襄城区城管局', level: RegionLevel.COUNTY, ...county });
  townshipDept = await createOrganizationAbove(app, { kind: D, name: '檀溪街道城管中队', level: RegionLevel.TOWNSHIP, ...TANXI });
  otherCountyDept = await createOrganizationAbove(app, { kind: D, name: '樊城区城管局', level: RegionLevel.COUNTY, city: TANXI.city, county: '樊城区' });
  countyCenter = await createOrganizationAbove(app, { kind: OrganizationKind.GOVERNANCE_CENTER, name: '襄城区综治中心', level: RegionLevel.COUNTY, ...county });
  townshipCenter = await createOrganizationAbove(app, { kind: OrganizationKind.GOVERNANCE_CENTER, name: '檀溪街道综治中心', level: RegionLevel.TOWNSHIP, ...TANXI });
  countyStaff = await createUser(app, { name: '区综治干部' });
  townshipStaff = await createUser(app, { name: '街道干部' });
  await seat(app, countyStaff, countyCenter.id, MemberRole.STAFF);
  await seat(app, townshipStaff, townshipCenter.id, MemberRole.STAFF);
  const { community } = await ok(app.url, `query($id: ID!) { community(id: $id) { region { id path { id } } } }`, { id: c.community.gid }, c.dispatcher.token);
  const [city, countyId, township] = community.region.path.map((r: { id: string }) => r.id);
  region = { city, county: countyId, township };
});
afterAll(() => app.close());

describe('责任清单', () => {
  it('dispatch suggests the nearest region\'s department first; the dispatcher may still choose another', async () => {
    const issue = await submit(app, c, c.resident, { category: 'ENVIRONMENT' });
    expect(await suggestion(issue.id, c.dispatcher)).toMatchObject({ suggested: null });
    // The city's list names the city's department; the county's its own: the county's wins.
    expect((await set(region.city, 'ENVIRONMENT', cityDept, c.dispatcher)).errors).toBeDefined();
    const admin = await createUser(app, { name: '管理员', admin: true });
    expect((await set(region.city, 'ENVIRONMENT', cityDept, admin)).errors).toBeUndefined();
    expect(await suggestion(issue.id, c.dispatcher)).toEqual({ suggested: cityDept.gid, first: cityDept.gid });
    const county = await set(region.county, 'ENVIRONMENT', countyDept, countyStaff);
    expect(county.errors).toBeUndefined();
    expect(county.data?.setResponsibility.responsibilities).toEqual([{ category: 'ENVIRONMENT', department: { id: countyDept.gid }, region: { name: '襄城区' } }]);
    expect(await suggestion(issue.id, c.dispatcher)).toEqual({ suggested: countyDept.gid, first: countyDept.gid });
    // The township names its own 中队: nearer still.
    expect((await set(region.township, 'ENVIRONMENT', townshipDept, townshipStaff)).errors).toBeUndefined();
    expect(await suggestion(issue.id, c.dispatcher)).toEqual({ suggested: townshipDept.gid, first: townshipDept.gid });
    // Another category has no entry: no suggestion.
    const other = await submit(app, c, c.resident, { category: 'PARKING' });
    expect((await suggestion(other.id, c.dispatcher)).suggested).toBeNull();
    // Only whoever may dispatch is told; the resident is not.
    expect(await suggestion(issue.id, c.resident)).toEqual({ suggested: null, first: null });
    // A suggestion, not an order: the dispatcher sends it to the property manager instead.
    const sent = await gql(app.url, `mutation($input: DispatchIssueInput!) { dispatchIssue(input: $input) { assignee { id } } }`, { input: { issueId: issue.id, organizationId: c.community.orgs.pm.gid } }, c.dispatcher.token);
    expect(sent.data?.dispatchIssue.assignee.id).toBe(c.community.orgs.pm.gid);
    // Cleared at the township, the county's entry applies again.
    expect((await set(region.township, 'ENVIRONMENT', null, townshipStaff)).data?.setResponsibility.responsibilities).toEqual([]);
    const again = await submit(app, c, c.resident, { category: 'ENVIRONMENT' });
    expect((await suggestion(again.id, c.dispatcher)).suggested).toBe(countyDept.gid);
  });

  it('who keeps a list: admins and the centers of the region or above; a department of the region or above only', async () => {
    // A township center does not keep its county's list; residents and the community's desk keep none.
    for (const by of [townshipStaff, c.dispatcher, c.resident]) expect(codeOf(await set(region.county, 'SAFETY', countyDept, by))).toBe('FORBIDDEN');
    // The county center keeps its townships' lists too.
    expect((await set(region.township, 'SAFETY', countyDept, countyStaff)).errors).toBeUndefined();
    // Not a department, another county's department, a department below the region: refused.
    expect(fieldsOf(await set(region.county, 'SAFETY', countyCenter, countyStaff))).toMatchObject({ departmentId: expect.any(String) });
    expect(fieldsOf(await set(region.county, 'SAFETY', otherCountyDept, countyStaff))).toMatchObject({ departmentId: expect.any(String) });
    expect(fieldsOf(await set(region.county, 'SAFETY', townshipDept, countyStaff))).toMatchObject({ departmentId: expect.any(String) });
    expect(codeOf(await set(region.county, 'SAFETY', countyDept, { ...countyStaff, token: '' }))).toBe('UNAUTHENTICATED');
  });
});

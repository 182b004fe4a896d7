import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { gql, ok } from '../helpers/graphql.js';
import { createOrganizationAbove, createUser, seat, MemberRole, OrganizationKind, RegionLevel, TANXI, type TestUser } from '../factories/index.js';
import { createIssueCast, type IssueCast } from '../factories/issues.js';
import { createMediationCommittee, DISPUTE } from '../factories/disputes.js';

// 责任清单 for disputes (issue 13 part 1): per region, a category of disputes maps to the department
// responsible (subject DISPUTE); the nearest region's entry wins, by the same rule as for issues,
// and an issue entry of a category of the same name never answers for a dispute. Those who may
// handle the dispute now see the suggestion; a party, and a center that does not handle it, do not.
let app: TestApp;
let c: IssueCast;
type Org = { id: string; gid: string };
let cityDept: Org, countyDept: Org, townshipDept: Org, otherCountyDept: Org, countyCenter: Org, townshipCenter: Org;
let countyStaff: TestUser, townshipStaff: TestUser, mediator: TestUser, admin: TestUser;
let region: { city: string; county: string; township: string };

type Result = { errors?: readonly { extensions?: Record<string, unknown> }[]; data?: Record<string, any> | null };
const codeOf = (r: Result) => r.errors?.[0]?.extensions?.code;
const fieldsOf = (r: Result) => r.errors?.[0]?.extensions?.fields;
const LIST = 'name responsibilities { subject category disputeCategory department { id } region { name } }';
const setDispute = (regionId: string, category: string, department: Org | null, by: TestUser): Promise<Result> =>
  gql(app.url, `mutation($input: SetDisputeResponsibilityInput!) { setDisputeResponsibility(input: $input) { ${LIST} } }`, { input: { regionId, category, departmentId: department?.gid ?? null } }, by.token);
const setIssue = (regionId: string, category: string, department: Org | null, by: TestUser): Promise<Result> =>
  gql(app.url, `mutation($input: SetResponsibilityInput!) { setResponsibility(input: $input) { ${LIST} } }`, { input: { regionId, category, departmentId: department?.gid ?? null } }, by.token);
const suggested = async (disputeId: string, by: TestUser): Promise<string | null> => {
  const { node } = await ok(app.url, `query($id: ID!) { node(id: $id) { ... on Dispute { id suggestedDepartment { id } } } }`, { id: disputeId }, by.token);
  expect(node?.id).toBe(disputeId); // the viewer sees the dispute itself
  return node.suggestedDepartment?.id ?? null;
};
const register = async (category: string): Promise<string> => {
  const input = { communityId: c.community.gid, ...DISPUTE, category, applicants: [{ name: '张三' }], respondents: [{ userId: c.resident.gid }] };
  const { registerDispute } = await ok(app.url, `mutation($input: RegisterDisputeInput!) { registerDispute(input: $input) { id } }`, { input }, mediator.token);
  return registerDispute.id;
};

beforeAll(async () => {
  app = await startTestApp();
  c = await createIssueCast(app);
  const D = OrganizationKind.DEPARTMENT;
  const county = { city: TANXI.city, county: TANXI.county };
  cityDept = await createOrganizationAbove(app, { kind: D, name: '襄阳市司法局', level: RegionLevel.CITY, city: TANXI.city });
  countyDept = await createOrganizationAbove(app, { kind: D, name: '襄城区司法局', level: RegionLevel.COUNTY, ...county });
  townshipDept = await createOrganizationAbove(app, { kind: D, name: '檀溪司法所', level: RegionLevel.TOWNSHIP, ...TANXI });
  otherCountyDept = await createOrganizationAbove(app, { kind: D, name: '樊城区司法局', level: RegionLevel.COUNTY, city: TANXI.city, county: '樊城区' });
  countyCenter = await createOrganizationAbove(app, { kind: OrganizationKind.GOVERNANCE_CENTER, name: '襄城区综治中心', level: RegionLevel.COUNTY, ...county });
  townshipCenter = await createOrganizationAbove(app, { kind: OrganizationKind.GOVERNANCE_CENTER, name: '檀溪街道综治中心', level: RegionLevel.TOWNSHIP, ...TANXI });
  countyStaff = await createUser(app, { name: '区综治干部' });
  townshipStaff = await createUser(app, { name: '街道干部' });
  mediator = await createUser(app, { name: '调解员' });
  admin = await createUser(app, { name: '管理员', admin: true });
  await seat(app, countyStaff, countyCenter.id, MemberRole.STAFF);
  await seat(app, townshipStaff, townshipCenter.id, MemberRole.STAFF);
  await seat(app, mediator, (await createMediationCommittee(app, c.community)).id);
  const { community } = await ok(app.url, `query($id: ID!) { community(id: $id) { region { id path { id } } } }`, { id: c.community.gid }, c.dispatcher.token);
  const [city, countyId, township] = community.region.path.map((r: { id: string }) => r.id);
  region = { city, county: countyId, township };
});
afterAll(() => app.close());

describe('责任清单 for disputes', () => {
  it('suggests the nearest region\'s department to those who handle the dispute; a party sees none', async () => {
    const d = await register('NEIGHBOR');
    expect(await suggested(d, mediator)).toBeNull();
    // The city names its 司法局 (an admin keeps the city's list), the county its own: the county's wins.
    expect((await setDispute(region.city, 'NEIGHBOR', cityDept, admin)).errors).toBeUndefined();
    expect(await suggested(d, mediator)).toBe(cityDept.gid);
    const county = await setDispute(region.county, 'NEIGHBOR', countyDept, countyStaff);
    expect(county.errors).toBeUndefined();
    expect(county.data?.setDisputeResponsibility.responsibilities).toEqual([
      { subject: 'DISPUTE', category: null, disputeCategory: 'NEIGHBOR', department: { id: countyDept.gid }, region: { name: '襄城区' } },
    ]);
    expect(await suggested(d, mediator)).toBe(countyDept.gid);
    // The township names its 司法所: nearer still.
    expect((await setDispute(region.township, 'NEIGHBOR', townshipDept, townshipStaff)).errors).toBeUndefined();
    expect(await suggested(d, mediator)).toBe(townshipDept.gid);
    // The party (a resident, the respondent) sees the dispute but no suggestion; nor does the
    // township center, which does not handle it while the community's committee has it.
    expect(await suggested(d, c.resident)).toBeNull();
    expect(await suggested(d, townshipStaff)).toBeNull();
    // Escalated (上报) to the township: its center handles it and is told; the committee no longer.
    await ok(app.url, `mutation($input: DisputeReasonInput!) { escalateDispute(input: $input) { id } }`, { input: { disputeId: d, reason: '涉及多户，社区难以协调' } }, mediator.token);
    expect(await suggested(d, townshipStaff)).toBe(townshipDept.gid);
    expect(await suggested(d, mediator)).toBeNull();
    expect(await suggested(d, c.resident)).toBeNull();
    // Cleared at the township, the county's entry applies again (to a new dispute, at the community).
    expect((await setDispute(region.township, 'NEIGHBOR', null, townshipStaff)).data?.setDisputeResponsibility.responsibilities).toEqual([]);
    expect(await suggested(await register('NEIGHBOR'), mediator)).toBe(countyDept.gid);
    // Another category has no entry: no suggestion.
    expect(await suggested(await register('LABOR_PAY'), mediator)).toBeNull();
  });

  it('keeps issues and disputes apart: a category of the same name in the other list never answers', async () => {
    // PROPERTY_SERVICE is a category of issues and of disputes alike.
    expect((await setIssue(region.township, 'PROPERTY_SERVICE', townshipDept, townshipStaff)).errors).toBeUndefined();
    const d = await register('PROPERTY_SERVICE');
    expect(await suggested(d, mediator)).toBeNull();
    expect((await setDispute(region.county, 'PROPERTY_SERVICE', countyDept, countyStaff)).errors).toBeUndefined();
    // The township's issue entry is nearer but about issues: the county's dispute entry answers.
    expect(await suggested(d, mediator)).toBe(countyDept.gid);
    // Region.responsibilities lists both kinds: the issue entries, then the dispute entries.
    expect((await setDispute(region.township, 'PROPERTY_SERVICE', cityDept, townshipStaff)).data?.setDisputeResponsibility.responsibilities).toEqual([
      { subject: 'ISSUE', category: 'PROPERTY_SERVICE', disputeCategory: null, department: { id: townshipDept.gid }, region: { name: '檀溪街道' } },
      { subject: 'DISPUTE', category: null, disputeCategory: 'PROPERTY_SERVICE', department: { id: cityDept.gid }, region: { name: '檀溪街道' } },
    ]);
    expect(await suggested(d, mediator)).toBe(cityDept.gid);
    // Clearing the dispute entry leaves the issue entry, and the other way round.
    const cleared = await setDispute(region.township, 'PROPERTY_SERVICE', null, townshipStaff);
    expect(cleared.data?.setDisputeResponsibility.responsibilities).toEqual([
      { subject: 'ISSUE', category: 'PROPERTY_SERVICE', disputeCategory: null, department: { id: townshipDept.gid }, region: { name: '檀溪街道' } },
    ]);
    expect((await setIssue(region.township, 'PROPERTY_SERVICE', null, townshipStaff)).data?.setResponsibility.responsibilities).toEqual([]);
    expect(await suggested(d, mediator)).toBe(countyDept.gid);
  });

  it('who keeps a list: admins and the centers of the region or above; a department of the region or above only', async () => {
    // A township center does not keep its county's list; the mediator, a party and the community's desk keep none.
    for (const by of [townshipStaff, mediator, c.resident, c.dispatcher]) expect(codeOf(await setDispute(region.county, 'CONSUMER', countyDept, by))).toBe('FORBIDDEN');
    // Not a department, another county's department, a department below the region: refused.
    expect(fieldsOf(await setDispute(region.county, 'CONSUMER', countyCenter, countyStaff))).toMatchObject({ departmentId: expect.any(String) });
    expect(fieldsOf(await setDispute(region.county, 'CONSUMER', otherCountyDept, countyStaff))).toMatchObject({ departmentId: expect.any(String) });
    expect(fieldsOf(await setDispute(region.county, 'CONSUMER', townshipDept, countyStaff))).toMatchObject({ departmentId: expect.any(String) });
    expect(codeOf(await setDispute(region.county, 'CONSUMER', countyDept, { ...countyStaff, token: '' }))).toBe('UNAUTHENTICATED');
    // A category of issues only is not a category of disputes.
    expect((await setDispute(region.county, 'PARKING', countyDept, countyStaff)).errors).toBeDefined();
    // Nothing refused was written.
    const { region: county } = await ok(app.url, `query($id: ID!) { region(id: $id) { responsibilities { subject disputeCategory } } }`, { id: region.county }, countyStaff.token);
    expect(county.responsibilities.filter((r: { disputeCategory: string | null }) => r.disputeCategory === 'CONSUMER' || r.disputeCategory === 'PARKING')).toEqual([]);
    // The county center keeps its townships' lists too.
    expect((await setDispute(region.township, 'CONSUMER', countyDept, countyStaff)).errors).toBeUndefined();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { gql, ok } from '../helpers/graphql.js';
import { createCommunity, createOrganizationAbove, createUser, reside, seat, MemberRole, OrganizationKind, RegionLevel, TANXI, type TestCommunity, type TestUser } from '../factories/index.js';

// The fields the issue screens take their rules from, against the API: Issue.dispatchTargets and
// Issue.escalationTargets (every organization offered takes the issue; those not offered are
// refused, or, for the governance centers, handed issues by escalation instead), and
// Community.viewerCanWorkIssues (whoever it is true for can be given an issue and accept it).
let app: TestApp;
let c: TestCommunity;
let other: TestCommunity;
let township: { id: string; gid: string };
let county: { id: string; gid: string };
let foreignTownship: { id: string; gid: string };
let resident: TestUser;
let desk: TestUser;
let manager: TestUser;
let townshipStaff: TestUser;
let countyStaff: TestUser;
let foreignStaff: TestUser;
let outsider: TestUser;

const REFUSED = ['FORBIDDEN', 'BAD_USER_INPUT', 'INVALID_TRANSITION', 'NOT_FOUND'];
const codeOf = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.code;

async function newIssue(): Promise<string> {
  const input = { communityId: c.gid, title: '楼道灯不亮', body: '3单元楼道灯坏了一周。', category: 'FACILITY' };
  return (await ok(app.url, `mutation($input: SubmitIssueInput!) { submitIssue(input: $input) { id } }`, { input }, resident.token)).submitIssue.id;
}
const dispatch = (issueId: string, organizationId: string, by: TestUser) =>
  gql(app.url, `mutation($input: DispatchIssueInput!) { dispatchIssue(input: $input) { assignee { id } } }`, { input: { issueId, organizationId } }, by.token);
const escalate = (issueId: string, organizationId: string, by: TestUser) =>
  gql(app.url, `mutation($input: EscalateIssueInput!) { escalateIssue(input: $input) { assignee { id } } }`, { input: { issueId, organizationId, reason: '超出权限' } }, by.token);
const accept = (issueId: string, by: TestUser) => gql(app.url, `mutation($input: IssueRefInput!) { acceptIssue(input: $input) { status } }`, { input: { issueId } }, by.token);
async function targets(issueId: string, by: TestUser): Promise<{ dispatch: string[]; escalate: string[] }> {
  const { issue } = await ok(app.url, `query($id: ID!) { issue(id: $id) { dispatchTargets { id } escalationTargets { id } } }`, { id: issueId }, by.token);
  const ids = (list: { id: string }[] | undefined) => (list ?? []).map((o) => o.id);
  return { dispatch: ids(issue?.dispatchTargets), escalate: ids(issue?.escalationTargets) };
}

beforeAll(async () => {
  app = await startTestApp();
  c = await createCommunity(app);
  other = await createCommunity(app, '别的社区', { ...TANXI, township: '真武山街道' });
  township = await createOrganizationAbove(app, { kind: OrganizationKind.GOVERNANCE_CENTER, name: '檀溪街道综治中心', level: RegionLevel.TOWNSHIP, ...TANXI });
  county = await createOrganizationAbove(app, { kind: OrganizationKind.DEPARTMENT, name: '襄城区住建局', level: RegionLevel.COUNTY, city: TANXI.city, county: TANXI.county });
  foreignTownship = await createOrganizationAbove(app, { kind: OrganizationKind.GOVERNANCE_CENTER, name: '真武山街道综治中心', level: RegionLevel.TOWNSHIP, ...TANXI, township: '真武山街道' });
  const make = (name: string) => createUser(app, { name });
  [resident, desk, manager, townshipStaff, countyStaff, foreignStaff, outsider] = [
    await make('居民'),
    await make('综治中心值班员'),
    await make('物业经理'),
    await make('街道干部'),
    await make('住建局干部'),
    await make('外街道干部'),
    await make('外人'),
  ];
  await reside(app, resident, c.id);
  await seat(app, desk, c.orgs.center.id, MemberRole.STAFF);
  await seat(app, manager, c.orgs.pm.id, MemberRole.STAFF);
  await seat(app, townshipStaff, township.id, MemberRole.STAFF);
  await seat(app, countyStaff, county.id, MemberRole.STAFF);
  await seat(app, foreignStaff, foreignTownship.id, MemberRole.STAFF);
});
afterAll(() => app.close());

describe('Issue.dispatchTargets', () => {
  it('the desk is offered the organizations that act on issues and serve the community; each takes the issue', async () => {
    const issueId = await newIssue();
    const offered = await targets(issueId, desk);
    // The community's own (not its governance center: the desk itself) and the county department; no center above.
    const { party, rc, pm, oc, sc, station } = c.orgs;
    expect([...offered.dispatch].sort()).toEqual([party.gid, rc.gid, pm.gid, oc.gid, sc.gid, station.gid, county.gid].sort());
    expect(offered.dispatch.at(-1)).toBe(county.gid);
    for (const orgId of offered.dispatch) {
      const fresh = await newIssue();
      const r = await dispatch(fresh, orgId, desk);
      expect({ orgId, errors: r.errors }).toEqual({ orgId, errors: undefined });
      expect(r.data?.dispatchIssue.assignee.id).toBe(orgId);
    }
    // Not offered, refused: another community's organization, a center of another township.
    for (const orgId of [other.orgs.pm.gid, foreignTownship.gid]) expect(codeOf(await dispatch(issueId, orgId, desk))).toBe('BAD_USER_INPUT');
  });

  it('nothing for those who do not dispatch, and their dispatch is refused', async () => {
    const issueId = await newIssue();
    for (const u of [resident, manager, townshipStaff, countyStaff]) {
      expect((await targets(issueId, u)).dispatch).toEqual([]);
      expect(REFUSED).toContain(codeOf(await dispatch(issueId, c.orgs.pm.gid, u)));
    }
  });
});

describe('Issue.escalationTargets', () => {
  it('the desk and the assignee are offered the centers and departments above that serve it; each takes the issue', async () => {
    const issueId = await newIssue();
    await ok(app.url, `mutation($input: DispatchIssueInput!) { dispatchIssue(input: $input) { id } }`, { input: { issueId, organizationId: c.orgs.pm.gid } }, desk.token);
    // By level: the township center, then the county department. Not the other township's center.
    expect((await targets(issueId, desk)).escalate).toEqual([township.gid, county.gid]);
    expect((await targets(issueId, manager)).escalate).toEqual([township.gid, county.gid]);
    for (const u of [resident, outsider]) expect((await targets(issueId, u)).escalate).toEqual([]);
    expect(REFUSED).toContain(codeOf(await escalate(issueId, township.gid, resident)));
    // Not offered, refused: one of the community's own, another township's center.
    for (const orgId of [c.orgs.rc.gid, foreignTownship.gid]) expect(codeOf(await escalate(issueId, orgId, manager))).toBe('BAD_USER_INPUT');
    for (const [by, orgId] of [[manager, township.gid], [desk, county.gid]] as const) {
      const fresh = await newIssue();
      await ok(app.url, `mutation($input: DispatchIssueInput!) { dispatchIssue(input: $input) { id } }`, { input: { issueId: fresh, organizationId: c.orgs.pm.gid } }, desk.token);
      const r = await escalate(fresh, orgId, by);
      expect(r.errors).toBeUndefined();
      expect(r.data?.escalateIssue.assignee.id).toBe(orgId);
    }
    // Once the county department has it, it is not offered again (it holds it), and is refused;
    // nor is the township center below it: an issue goes up the Region tree, never down.
    await escalate(issueId, county.gid, manager);
    expect((await targets(issueId, countyStaff)).escalate).toEqual([]);
    expect(codeOf(await escalate(issueId, county.gid, countyStaff))).toBe('BAD_USER_INPUT');
    expect(codeOf(await escalate(issueId, township.gid, countyStaff))).toBe('BAD_USER_INPUT');
  });
});

describe('Community.viewerCanWorkIssues', () => {
  it('true for members of the organizations that serve the community, who then accept what is given them', async () => {
    const can = async (u: TestUser) => (await ok(app.url, `query($id: ID!) { community(id: $id) { viewerCanWorkIssues } }`, { id: c.gid }, u.token)).community?.viewerCanWorkIssues;
    const seen = Object.fromEntries(
      await Promise.all(Object.entries({ resident, desk, manager, townshipStaff, countyStaff, foreignStaff, outsider }).map(async ([name, u]) => [name, await can(u)] as const)),
    );
    expect(seen).toEqual({ resident: false, desk: true, manager: true, townshipStaff: true, countyStaff: true, foreignStaff: false, outsider: false });
    // Offered: an issue given to their organization is theirs to accept (for each kind of seat).
    for (const [u, orgId, how] of [[manager, c.orgs.pm.gid, dispatch], [countyStaff, county.gid, dispatch], [townshipStaff, township.gid, escalate]] as const) {
      const issueId = await newIssue();
      expect((await how(issueId, orgId, desk)).errors).toBeUndefined();
      expect((await accept(issueId, u)).data?.acceptIssue.status).toBe('ACCEPTED');
    }
    // Not offered: no issue of the community can be given to them; the other township's center is refused as a target.
    const issueId = await newIssue();
    expect(codeOf(await dispatch(issueId, foreignTownship.gid, desk))).toBe('BAD_USER_INPUT');
    expect(codeOf(await escalate(issueId, foreignTownship.gid, desk))).toBe('BAD_USER_INPUT');
    expect((await dispatch(issueId, c.orgs.pm.gid, desk)).errors).toBeUndefined();
    for (const u of [resident, foreignStaff]) expect(REFUSED).toContain(codeOf(await accept(issueId, u)));
  });
});

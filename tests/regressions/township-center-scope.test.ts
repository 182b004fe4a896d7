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
import { covenantStep, draftCovenant, readCovenant } from '../factories/covenants.js';
import { parseGlobalId } from '../../server/core/ids.js';
import { ManualClock } from '../../server/core/clock.js';

/**
 * Issue #8 item 8: a township governance center reviewed (and so locked out the right reviewer
 * of), read and took escalations from every community's covenants and issues. It now acts only
 * within its own township (server/communities/region.ts).
 */
let app: TestApp;
let c: TestCommunity;
let chair: TestUser;
let resident: TestUser;
let ownStaff: TestUser;
let foreignStaff: TestUser;
let deptStaff: TestUser;
let foreignDeptStaff: TestUser;
let own: { id: string; gid: string };
let foreign: { id: string; gid: string };
let dept: { id: string; gid: string };
let foreignDept: { id: string; gid: string };

/** The comment window below closes when the test says, not after a real wait. */
const clock = new ManualClock();
const VERSION = 'id status legalReview { approved note reviewer { id } } comments { body author { name } }';

async function notificationTypes(user: TestUser): Promise<string[]> {
  const n = await ok(app.url, `{ notifications(first: 100) { edges { node { event { type } } } } }`, {}, user.token);
  return n.notifications.edges.map((e: { node: { event: { type: string } } }) => e.node.event.type);
}

beforeAll(async () => {
  app = await startTestApp({ clock });
  c = await createCommunity(app, '檀溪社区');
  [chair, resident, ownStaff, foreignStaff, deptStaff, foreignDeptStaff] = await Promise.all([
    createUser(app, { name: '居委会主任' }),
    createUser(app, { name: '提意见的居民' }),
    createUser(app, { name: '檀溪街道审查员' }),
    createUser(app, { name: '米公街道审查员' }),
    createUser(app, { name: '襄城区城管' }),
    createUser(app, { name: '樊城区城管' }),
  ]);
  await seat(app, chair, c.orgs.rc.id, MemberRole.CHAIR);
  await reside(app, resident, c.id, { unitId: c.units[0]!.id });
  own = await createOrganizationAbove(app, { kind: OrganizationKind.GOVERNANCE_CENTER, name: '檀溪街道综治中心', level: RegionLevel.TOWNSHIP, ...TANXI });
  // Same county, another township; and the same township name in another county.
  foreign = await createOrganizationAbove(app, { kind: OrganizationKind.GOVERNANCE_CENTER, name: '米公街道综治中心', level: RegionLevel.TOWNSHIP, city: '襄阳市', county: '襄城区', township: '米公街道' });
  const namesake = await createOrganizationAbove(app, { kind: OrganizationKind.GOVERNANCE_CENTER, name: '樊城区檀溪街道', level: RegionLevel.TOWNSHIP, city: '襄阳市', county: '樊城区', township: '檀溪街道' });
  dept = await createOrganizationAbove(app, { kind: OrganizationKind.DEPARTMENT, name: '襄城区城市管理执法局', level: RegionLevel.COUNTY, city: '襄阳市', county: '襄城区' });
  foreignDept = await createOrganizationAbove(app, { kind: OrganizationKind.DEPARTMENT, name: '樊城区城市管理执法局', level: RegionLevel.COUNTY, city: '襄阳市', county: '樊城区' });
  await seat(app, ownStaff, own.id, MemberRole.STAFF);
  await seat(app, foreignStaff, foreign.id, MemberRole.STAFF);
  await seat(app, foreignStaff, namesake.id, MemberRole.STAFF);
  await seat(app, deptStaff, dept.id, MemberRole.STAFF);
  await seat(app, foreignDeptStaff, foreignDept.id, MemberRole.STAFF);
});

afterAll(async () => {
  await app?.close();
});

describe('legal review of covenants', () => {
  it('another township’s center cannot read, review or lock out; the community’s own township center can', async () => {
    const cov = await draftCovenant(app, chair, { communityId: c.gid, kind: 'RESIDENTS_CONVENTION', title: '居民公约', articles: [{ text: '爱护公共环境。' }] });
    const versionId = cov.versions[0].id;
    await covenantStep(app, 'openComment', chair, { versionId, until: new Date(clock.now().getTime() + 1_500).toISOString() });
    await covenantStep(app, 'comment', resident, { versionId, body: '建议增加垃圾分类的条款' });
    clock.advance(1_600);
    await covenantStep(app, 'submit', chair, { versionId });

    // Only the reviewers of this township are told.
    expect(await notificationTypes(ownStaff)).toContain('covenant.submittedForReview');
    expect(await notificationTypes(foreignStaff)).not.toContain('covenant.submittedForReview');

    // The foreign center reads nothing: not the list, the covenant, the version nor the comments.
    expect((await ok(app.url, `query($c: ID!) { covenants(communityId: $c) { id } }`, { c: c.gid }, foreignStaff.token)).covenants).toEqual([]);
    expect(await readCovenant(app, cov.id, foreignStaff)).toBeNull();
    expect((await ok(app.url, `query($id: ID!) { node(id: $id) { id } }`, { id: versionId }, foreignStaff.token)).node).toBeNull();

    // …and cannot record the review, so the right reviewer is not locked out.
    const attempt = await gql(app.url, `mutation($input: RecordLegalReviewInput!) { recordLegalReview(input: $input) { id } }`, { input: { versionId, approved: false, note: '越权' } }, foreignStaff.token);
    expect(attempt.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const [row] = await em(app).execute<{ reviewed_by_id: string | null; status: string }[]>(`SELECT reviewed_by_id, status FROM covenant_versions WHERE id = ?`, [parseGlobalId(versionId)!.key]);
    expect(row).toEqual({ reviewed_by_id: null, status: 'LEGAL_REVIEW' });

    // The township's own center reads the comments with their authors and records the review.
    const seen = (await ok(app.url, `query($id: ID!) { node(id: $id) { ... on CovenantVersion { ${VERSION} } } }`, { id: versionId }, ownStaff.token)).node;
    expect(seen.comments).toEqual([{ body: '建议增加垃圾分类的条款', author: { name: '提意见的居民' } }]);
    expect(await covenantStep(app, 'review', ownStaff, { versionId, approved: true, note: '经审查，内容合法' }, VERSION)).toMatchObject({
      status: 'LEGAL_REVIEW',
      legalReview: { approved: true, reviewer: { id: ownStaff.gid } },
    });
  });
});

describe('escalation (上报)', () => {
  it('lists and accepts only the centers and departments whose area takes the community in', async () => {
    const dispatcher = await createUser(app);
    await seat(app, dispatcher, c.orgs.center.id, MemberRole.STAFF);
    const { community } = await ok(app.url, `query($id: ID!) { community(id: $id) { escalationTargets { id } } }`, { id: c.gid }, dispatcher.token);
    expect(community.escalationTargets.map((o: { id: string }) => o.id)).toEqual([own.gid, dept.gid]);

    const { submitIssue: issue } = await ok(
      app.url,
      `mutation($input: SubmitIssueInput!) { submitIssue(input: $input) { id } }`,
      { input: { communityId: c.gid, title: '占道经营', body: '路口有人占道经营', category: 'SAFETY', visibility: 'PARTIES' } },
      resident.token,
    );
    const escalate = (organizationId: string) =>
      gql(app.url, `mutation($input: EscalateIssueInput!) { escalateIssue(input: $input) { status assignee { id } } }`, { input: { issueId: issue.id, organizationId, reason: '超出社区权限' } }, dispatcher.token);
    for (const wrong of [foreign.gid, foreignDept.gid]) {
      expect((await escalate(wrong)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { organizationId: expect.any(String) } });
    }
    // Nothing moved: the foreign staff still cannot read it.
    expect((await ok(app.url, `query($id: ID!) { issue(id: $id) { id } }`, { id: issue.id }, foreignStaff.token)).issue).toBeNull();
    // Nor may the community's desk dispatch it straight to them.
    const dispatch = (by: TestUser, organizationId: string) =>
      gql(app.url, `mutation($input: DispatchIssueInput!) { dispatchIssue(input: $input) { status assignee { id } } }`, { input: { issueId: issue.id, organizationId } }, by.token);
    for (const wrong of [foreign.gid, foreignDept.gid]) {
      expect((await dispatch(dispatcher, wrong)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { organizationId: expect.any(String) } });
    }
    expect((await escalate(own.gid)).data?.escalateIssue).toEqual({ status: 'DISPATCHED', assignee: { id: own.gid } });
    // The township center sends it on within its area only: to its county's department, not another county's.
    expect((await dispatch(ownStaff, foreignDept.gid)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { organizationId: expect.any(String) } });
    expect((await dispatch(ownStaff, dept.gid)).data?.dispatchIssue).toEqual({ status: 'DISPATCHED', assignee: { id: dept.gid } });
    expect((await ok(app.url, `query($id: ID!) { issue(id: $id) { id } }`, { id: issue.id }, foreignDeptStaff.token)).issue).toBeNull();
    expect((await ok(app.url, `mutation($input: IssueRefInput!) { acceptIssue(input: $input) { status } }`, { input: { issueId: issue.id } }, deptStaff.token)).acceptIssue.status).toBe('ACCEPTED');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { collect, errorCode, gql, ok, wsClient } from '../helpers/graphql.js';
import { createUser, em, MemberRole, placeIn, seat, TANXI } from '../factories/index.js';
import { act, createIssueCast, MUTATIONS, submit, type IssueCast } from '../factories/issues.js';
import { ManualClock } from '../../server/core/clock.js';
import { Issue } from '../../server/issues/issue.entity.js';
import { Organization, OrganizationKind, RegionLevel } from '../../server/communities/organization.entity.js';
import { toGlobalId } from '../../server/core/ids.js';

const HOUR = 3_600_000;
const T0 = new Date('2026-03-02T01:00:00.000Z');
const clock = new ManualClock(T0);
let app: TestApp;
let c: IssueCast;

beforeAll(async () => {
  app = await startTestApp({ clock });
  c = await createIssueCast(app);
});
afterAll(() => app.close());

const at = (hours: number) => new Date(T0.getTime() + hours * HOUR).toISOString();
const code = (action: keyof typeof MUTATIONS, user: { token: string }, input: Record<string, unknown>) => errorCode(app.url, MUTATIONS[action], { input }, user.token);
const notifications = async (u: { token: string }) => (await ok(app.url, `{ notifications(first: 50) { edges { node { title event { type } } } } }`, {}, u.token)).notifications.edges.map((e: any) => e.node.event.type);

describe('the closed loop 点单 → 派单 → 接单 → 办结 → 评单', () => {
  it('goes round with default deadlines, notifications and a timeline of every step', async () => {
    clock.set(T0);
    const issue = await submit(app, c);
    expect(issue).toMatchObject({ status: 'SUBMITTED', priority: 'NORMAL', visibility: 'PUBLIC', overdue: false, acceptBy: null, reporter: { id: c.resident.gid } });
    expect(issue.number).toMatch(/^2026-\d{4}$/);

    clock.set(new Date(T0.getTime() + 1 * HOUR));
    const dispatched = await act(app, 'dispatch', c.dispatcher, { issueId: issue.id, organizationId: c.community.orgs.pm.gid, note: '请尽快处理' });
    expect(dispatched).toMatchObject({ status: 'DISPATCHED', assignee: { id: c.community.orgs.pm.gid }, acceptBy: at(1 + 24), resolveBy: at(1 + 7 * 24), dispatchedAt: at(1) });
    expect(await notifications(c.pmStaff)).toContain('issue.dispatched');

    clock.set(new Date(T0.getTime() + 3 * HOUR));
    expect(await act(app, 'accept', c.pmStaff, { issueId: issue.id })).toMatchObject({ status: 'ACCEPTED', acceptedAt: at(3) });
    clock.set(new Date(T0.getTime() + 30 * HOUR));
    expect(await act(app, 'resolve', c.pmStaff, { issueId: issue.id, resolution: '已更换曳引机轴承' })).toMatchObject({ status: 'RESOLVED', resolution: '已更换曳引机轴承', resolvedAt: at(30) });
    const closed = await act(app, 'rate', c.resident, { issueId: issue.id, score: 5 });
    expect(closed).toMatchObject({ status: 'CLOSED', rating: { score: 5, comment: null }, closedAt: at(30) });

    expect(await notifications(c.resident)).toEqual(['issue.rated', 'issue.resolved', 'issue.accepted', 'issue.dispatched'].filter((t) => t !== 'issue.rated'));
    const { issue: read } = await ok(app.url, `query($id: ID!) { issue(id: $id) { timeline(first: 20) { edges { node { type actor { id } data } } } } }`, { id: issue.id }, c.resident.token);
    expect(read.timeline.edges.map((e: any) => e.node.type)).toEqual(['issue.submitted', 'issue.dispatched', 'issue.accepted', 'issue.resolved', 'issue.rated']);
    expect(read.timeline.edges[1].node.data.status).toEqual({ before: 'SUBMITTED', after: 'DISPATCHED' });
  });

  it('a rating of 3 or less needs a comment, reopens the issue and tells the assignee; it is then dispatched again', async () => {
    clock.set(T0);
    const issue = await submit(app, c);
    await act(app, 'dispatch', c.dispatcher, { issueId: issue.id, organizationId: c.community.orgs.pm.gid });
    await act(app, 'accept', c.pmStaff, { issueId: issue.id });
    await act(app, 'resolve', c.pmStaff, { issueId: issue.id, resolution: '已处理' });
    const r = await gql(app.url, MUTATIONS.rate, { input: { issueId: issue.id, score: 2 } }, c.resident.token);
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { comment: expect.any(String) } });
    expect((await em(app).findOneOrFail(Issue, { number: issue.number, community: c.community.id })).status).toBe('RESOLVED');

    const reopened = await act(app, 'rate', c.resident, { issueId: issue.id, score: 2, comment: '还是有异响' });
    expect(reopened).toMatchObject({ status: 'REOPENED', assignee: null, rating: { score: 2, comment: '还是有异响' } });
    expect((await notifications(c.pmStaff)).filter((t: string) => t === 'issue.rated').length).toBeGreaterThan(0);
    expect(await code('rate', c.resident, { issueId: issue.id, score: 5 })).toBe('INVALID_TRANSITION');
    expect(await act(app, 'dispatch', c.dispatcher, { issueId: issue.id, organizationId: c.community.orgs.pm.gid })).toMatchObject({ status: 'DISPATCHED' });
  });
});

describe('each step is for its role only (FORBIDDEN), and for its state only (INVALID_TRANSITION)', () => {
  it('dispatch: the desks only', async () => {
    const issue = await submit(app, c);
    for (const u of [c.resident, c.pmStaff, c.ocChair, c.supervisor]) expect(await code('dispatch', u, { issueId: issue.id, organizationId: c.community.orgs.pm.gid })).toBe('FORBIDDEN');
    expect(await code('dispatch', c.stranger, { issueId: issue.id, organizationId: c.community.orgs.pm.gid })).toBe('NOT_FOUND');
    expect(await act(app, 'dispatch', c.rcChair, { issueId: issue.id, organizationId: c.community.orgs.oc.gid })).toMatchObject({ status: 'DISPATCHED' });
  });

  it('accept, return, resolve: members of the assignee only', async () => {
    const issue = await submit(app, c);
    // Not yet theirs: the role check comes first and does not reveal the state.
    expect(await code('accept', c.pmStaff, { issueId: issue.id })).toBe('FORBIDDEN');
    await act(app, 'dispatch', c.dispatcher, { issueId: issue.id, organizationId: c.community.orgs.pm.gid });
    for (const u of [c.dispatcher, c.ocChair, c.resident]) {
      expect(await code('accept', u, { issueId: issue.id })).toBe('FORBIDDEN');
      expect(await code('return', u, { issueId: issue.id, reason: 'x' })).toBe('FORBIDDEN');
    }
    expect(await code('resolve', c.pmStaff, { issueId: issue.id, resolution: 'x' })).toBe('INVALID_TRANSITION');
    await act(app, 'accept', c.pmStaff, { issueId: issue.id });
    expect(await code('accept', c.pmStaff, { issueId: issue.id })).toBe('INVALID_TRANSITION');
    expect(await code('resolve', c.ocChair, { issueId: issue.id, resolution: 'x' })).toBe('FORBIDDEN');
    expect(await code('withdraw', c.resident, { issueId: issue.id })).toBe('INVALID_TRANSITION');
    expect(await code('return', c.pmStaff, { issueId: issue.id, reason: '  ' })).toBe('BAD_USER_INPUT');
    expect(await act(app, 'return', c.pmStaff, { issueId: issue.id, reason: '不属于物业职责' })).toMatchObject({ status: 'RETURNED', assignee: null });
  });

  it('rate: the reporter only, once per resolution', async () => {
    const issue = await submit(app, c);
    await act(app, 'dispatch', c.dispatcher, { issueId: issue.id, organizationId: c.community.orgs.pm.gid });
    await act(app, 'accept', c.pmStaff, { issueId: issue.id });
    expect(await code('rate', c.resident, { issueId: issue.id, score: 5 })).toBe('INVALID_TRANSITION');
    await act(app, 'resolve', c.pmStaff, { issueId: issue.id, resolution: '好了' });
    for (const u of [c.neighbour, c.pmStaff, c.dispatcher]) expect(await code('rate', u, { issueId: issue.id, score: 5 })).toBe('FORBIDDEN');
    expect(await code('rate', c.resident, { issueId: issue.id, score: 6 })).toBe('BAD_USER_INPUT');
    await act(app, 'rate', c.resident, { issueId: issue.id, score: 4 });
    expect(await code('rate', c.resident, { issueId: issue.id, score: 4 })).toBe('INVALID_TRANSITION');
    expect(await code('dispatch', c.dispatcher, { issueId: issue.id, organizationId: c.community.orgs.pm.gid })).toBe('INVALID_TRANSITION');
  });

  it('withdraw: the reporter, before acceptance', async () => {
    const issue = await submit(app, c);
    expect(await code('withdraw', c.neighbour, { issueId: issue.id })).toBe('FORBIDDEN');
    await act(app, 'dispatch', c.dispatcher, { issueId: issue.id, organizationId: c.community.orgs.pm.gid });
    expect(await act(app, 'withdraw', c.resident, { issueId: issue.id, reason: '已自行解决' })).toMatchObject({ status: 'WITHDRAWN', assignee: null });
    expect(await notifications(c.pmStaff)).toContain('issue.withdrawn');
    expect(await code('withdraw', c.resident, { issueId: issue.id })).toBe('INVALID_TRANSITION');
    expect(await code('dispatch', c.dispatcher, { issueId: issue.id, organizationId: c.community.orgs.pm.gid })).toBe('INVALID_TRANSITION');
  });

  it('urge (督办): desks, party and supervisory committees; it tells the assignee', async () => {
    const issue = await submit(app, c);
    expect(await code('urge', c.supervisor, { issueId: issue.id, note: '请加快' })).toBe('INVALID_TRANSITION');
    await act(app, 'dispatch', c.dispatcher, { issueId: issue.id, organizationId: c.community.orgs.pm.gid });
    for (const u of [c.resident, c.pmStaff, c.ocChair]) expect(await code('urge', u, { issueId: issue.id, note: '请加快' })).toBe('FORBIDDEN');
    const before = (await notifications(c.pmStaff)).filter((t: string) => t === 'issue.urged').length;
    await act(app, 'urge', c.supervisor, { issueId: issue.id, note: '已超期，请加快' });
    expect((await notifications(c.pmStaff)).filter((t: string) => t === 'issue.urged').length).toBe(before + 1);
  });

  it('escalate (上报): to the township center, which sends it on to a department that handles it', async () => {
    const e = em(app);
    const township = e.create(Organization, { kind: OrganizationKind.GOVERNANCE_CENTER, name: '街道综治中心', level: RegionLevel.TOWNSHIP, region: await placeIn(app, TANXI) });
    const dept = e.create(Organization, { kind: OrganizationKind.DEPARTMENT, name: '城管局', level: RegionLevel.COUNTY, region: await placeIn(app, { city: '襄阳市', county: '襄城区' }) });
    await e.flush();
    const [townStaff, deptStaff] = await Promise.all([createUser(app), createUser(app)]);
    await seat(app, townStaff, township.id, MemberRole.STAFF);
    await seat(app, deptStaff, dept.id, MemberRole.STAFF);
    const { community: targets } = await ok(app.url, `query($id: ID!) { community(id: $id) { escalationTargets { name level } organizations { name } } }`, { id: c.community.gid }, c.dispatcher.token);
    expect(targets.escalationTargets).toEqual(expect.arrayContaining([{ name: '街道综治中心', level: 'TOWNSHIP' }, { name: '城管局', level: 'COUNTY' }]));
    expect(targets.organizations.map((o: { name: string }) => o.name)).not.toContain('城管局');
    const issue = await submit(app, c, c.resident, { visibility: 'PARTIES', title: '占道经营', category: 'SAFETY' });
    await act(app, 'dispatch', c.dispatcher, { issueId: issue.id, organizationId: c.community.orgs.pm.gid });
    expect(await code('escalate', c.resident, { issueId: issue.id, organizationId: toGlobalId('Organization', township.id), reason: '超出社区权限' })).toBe('FORBIDDEN');
    expect(await code('escalate', c.dispatcher, { issueId: issue.id, organizationId: c.community.orgs.oc.gid, reason: 'x' })).toBe('BAD_USER_INPUT');
    const up = await act(app, 'escalate', c.pmStaff, { issueId: issue.id, organizationId: toGlobalId('Organization', township.id), reason: '超出物业权限' });
    expect(up).toMatchObject({ status: 'DISPATCHED', assignee: { name: '街道综治中心' } });
    // The township's staff now see the PARTIES issue and dispatch it on.
    const on = await act(app, 'dispatch', townStaff, { issueId: issue.id, organizationId: toGlobalId('Organization', dept.id) });
    expect(on).toMatchObject({ status: 'DISPATCHED', assignee: { name: '城管局' } });
    expect(await act(app, 'accept', deptStaff, { issueId: issue.id })).toMatchObject({ status: 'ACCEPTED' });
  });

  it('internal notes: written and read by the parties only', async () => {
    const issue = await submit(app, c);
    expect(await code('comment', c.resident, { issueId: issue.id, body: '内部', internal: true })).toBe('FORBIDDEN');
    await act(app, 'comment', c.dispatcher, { issueId: issue.id, body: '需要物业配合', internal: true });
    await act(app, 'comment', c.resident, { issueId: issue.id, body: '今天又响了' });
    const q = `query($id: ID!) { issue(id: $id) { comments { totalCount edges { node { body internal } } } } }`;
    expect((await ok(app.url, q, { id: issue.id }, c.resident.token)).issue.comments).toEqual({ totalCount: 1, edges: [{ node: { body: '今天又响了', internal: false } }] });
    expect((await ok(app.url, q, { id: issue.id }, c.dispatcher.token)).issue.comments.totalCount).toBe(2);
  });
});

describe('viewerActions', () => {
  it('offers each person exactly the steps the policy and the state machine allow now', async () => {
    const issue = await submit(app, c);
    const actions = async (u: { token: string }) =>
      (await ok(app.url, `query($id: ID!) { issue(id: $id) { viewerActions } }`, { id: issue.id }, u.token)).issue.viewerActions;
    expect(await actions(c.resident)).toEqual(['WITHDRAW', 'COMMENT']);
    expect(await actions(c.dispatcher)).toEqual(['DISPATCH', 'ESCALATE', 'MARK_DUPLICATE', 'COMMENT', 'COMMENT_INTERNALLY', 'SUPPORT']);
    expect(await actions(c.neighbour)).toEqual(['COMMENT', 'SUPPORT']);
    expect(await actions(c.pmStaff)).toEqual(['COMMENT', 'SUPPORT']); // not yet the assignee: reads it as one who belongs
    await act(app, 'dispatch', c.dispatcher, { issueId: issue.id, organizationId: c.community.orgs.pm.gid });
    expect(await actions(c.pmStaff)).toEqual(['ACCEPT', 'RETURN', 'ESCALATE', 'COMMENT', 'COMMENT_INTERNALLY', 'SUPPORT']);
    expect(await actions(c.supervisor)).toEqual(['URGE', 'COMMENT', 'SUPPORT']);
    await act(app, 'accept', c.pmStaff, { issueId: issue.id });
    await act(app, 'resolve', c.pmStaff, { issueId: issue.id, resolution: '好了' });
    expect(await actions(c.resident)).toEqual(['RATE', 'COMMENT']);
    expect(await actions(c.dispatcher)).toEqual(['COMMENT', 'COMMENT_INTERNALLY', 'SUPPORT']);
  });
});

describe('deadlines and overdue', () => {
  it('the SLA clock starts at dispatch and survives a return; overdue, its halves and its filter are exact', async () => {
    clock.set(T0);
    const issue = await submit(app, c, c.resident, { priority: 'URGENT', title: '燃气泄漏' });
    await act(app, 'dispatch', c.dispatcher, { issueId: issue.id, organizationId: c.community.orgs.pm.gid });
    clock.set(new Date(T0.getTime() + 1 * HOUR));
    await act(app, 'return', c.pmStaff, { issueId: issue.id, reason: '请派给燃气公司' });
    clock.set(new Date(T0.getTime() + 1.5 * HOUR));
    const again = await act(app, 'dispatch', c.dispatcher, { issueId: issue.id, organizationId: c.community.orgs.pm.gid });
    expect(again).toMatchObject({ acceptBy: at(2), resolveBy: at(24), overdue: false });

    const filter = async (overdue: boolean) =>
      (await ok(app.url, `query($c: ID!, $o: Boolean) { issues(communityId: $c, first: 100, filter: { overdue: $o }) { edges { node { id overdue } } } }`, { c: c.community.gid, o: overdue }, c.dispatcher.token)).issues.edges.map((e: any) => e.node);
    clock.set(new Date(T0.getTime() + 2 * HOUR)); // exactly at acceptBy: not yet late
    expect((await filter(true)).map((n: any) => n.id)).not.toContain(issue.id);
    clock.set(new Date(T0.getTime() + 2 * HOUR + 1000));
    const late = await filter(true);
    expect(late.find((n: any) => n.id === issue.id)).toEqual({ id: issue.id, overdue: true });
    expect(late.every((n: any) => n.overdue)).toBe(true);
    expect((await filter(false)).every((n: any) => !n.overdue)).toBe(true);
    const halves = async () => (await ok(app.url, `query($id: ID!) { issue(id: $id) { overdue acceptOverdue resolveOverdue } }`, { id: issue.id }, c.resident.token)).issue;
    expect(await halves()).toEqual({ overdue: true, acceptOverdue: true, resolveOverdue: false });

    await act(app, 'accept', c.pmStaff, { issueId: issue.id }); // accepted late: accept deadline no longer pending
    expect(await halves()).toEqual({ overdue: false, acceptOverdue: false, resolveOverdue: false });
    clock.set(new Date(T0.getTime() + 24 * HOUR)); // exactly at resolveBy: not yet late
    expect(await halves()).toEqual({ overdue: false, acceptOverdue: false, resolveOverdue: false });
    clock.set(new Date(T0.getTime() + 24 * HOUR + 1000));
    expect(await halves()).toEqual({ overdue: true, acceptOverdue: false, resolveOverdue: true });
    clock.set(T0);
  });

  it('dispatch deadlines can be overridden, but not into the past or out of order', async () => {
    clock.set(T0);
    const issue = await submit(app, c);
    expect(await code('dispatch', c.dispatcher, { issueId: issue.id, organizationId: c.community.orgs.pm.gid, acceptBy: at(-1) })).toBe('BAD_USER_INPUT');
    expect(await code('dispatch', c.dispatcher, { issueId: issue.id, organizationId: c.community.orgs.pm.gid, acceptBy: at(10), resolveBy: at(5) })).toBe('BAD_USER_INPUT');
    const d = await act(app, 'dispatch', c.dispatcher, { issueId: issue.id, organizationId: c.community.orgs.pm.gid, acceptBy: at(4), resolveBy: at(48) });
    expect(d).toMatchObject({ acceptBy: at(4), resolveBy: at(48) });
  });
});

describe('visibility', () => {
  it('a PARTIES issue is hidden from other residents everywhere, including live', async () => {
    const issue = await submit(app, c, c.resident, { visibility: 'PARTIES', title: '邻里纠纷：噪音', category: 'NEIGHBOR_DISPUTE' });
    const read = (u: { token: string }) => ok(app.url, `query($id: ID!) { issue(id: $id) { id reporter { id } } }`, { id: issue.id }, u.token).then((d) => d.issue);
    expect(await read(c.neighbour)).toBeNull();
    expect(await read(c.stranger)).toBeNull();
    expect(await read(c.dispatcher)).toEqual({ id: issue.id, reporter: { id: c.resident.gid } });
    const list = await ok(app.url, `query($c: ID!) { issues(communityId: $c, first: 100) { totalCount edges { node { id } } } }`, { c: c.community.gid }, c.neighbour.token);
    expect(list.issues.edges.map((e: any) => e.node.id)).not.toContain(issue.id);

    const client = wsClient(app.wsUrl, c.neighbour.token);
    const sub = collect(client, `subscription($id: ID!) { issueEvents(issueId: $id) { type } }`, { id: issue.id });
    await sub.next(1, 5000).catch(() => undefined);
    expect(JSON.stringify(sub.errors)).toContain('NOT_FOUND');
    await client.dispose();
    expect(await code('support', c.neighbour, { issueId: issue.id })).toBe('NOT_FOUND');
  });

  it('the community board never streams an event about a PARTIES issue to those who may not read it', async () => {
    const { events } = await ok(app.url, `query($c: ID!) { events(communityId: $c, first: 1) { streamCursor } }`, { c: c.community.gid }, c.neighbour.token);
    const neighbourSocket = wsClient(app.wsUrl, c.neighbour.token);
    const pmSocket = wsClient(app.wsUrl, c.pmStaff.token);
    const SUB = `subscription($c: ID!, $a: String) { communityEvents(communityId: $c, after: $a, types: ["issue.*"]) { type data } }`;
    const neighbour = collect(neighbourSocket, SUB, { c: c.community.gid, a: events.streamCursor });
    const pm = collect(pmSocket, SUB, { c: c.community.gid, a: events.streamCursor });
    const hidden = await submit(app, c, c.resident, { visibility: 'PARTIES', title: '家庭纠纷调解' });
    await act(app, 'dispatch', c.dispatcher, { issueId: hidden.id, organizationId: c.community.orgs.pm.gid });
    await submit(app, c, c.resident, { title: '公开议题（标记）' }); // a later event the neighbour may see
    const [marker] = await neighbour.next(1);
    expect(marker.communityEvents.data.title).toBe('公开议题（标记）');
    const pmGot = await pm.next(2);
    expect(pmGot.map((g: any) => g.communityEvents.type)).toEqual(['issue.dispatched', 'issue.submitted']); // the PM is a party once dispatched
    await neighbourSocket.dispose();
    await pmSocket.dispose();
  });

  it('on a PUBLIC issue other residents see everything but who reported it', async () => {
    const issue = await submit(app, c);
    const d = await ok(app.url, `query($id: ID!) { issue(id: $id) { title reporter { id } } }`, { id: issue.id }, c.neighbour.token);
    expect(d.issue).toEqual({ title: '小区电梯异响', reporter: null });
  });

  it('issueEvents streams the thread live to those who may read it', async () => {
    const issue = await submit(app, c);
    const { issue: read } = await ok(app.url, `query($id: ID!) { issue(id: $id) { timeline { streamCursor } } }`, { id: issue.id }, c.neighbour.token);
    const client = wsClient(app.wsUrl, c.neighbour.token);
    const sub = collect(client, `subscription($id: ID!, $a: String) { issueEvents(issueId: $id, after: $a) { type data } }`, { id: issue.id, a: read.timeline.streamCursor });
    await act(app, 'dispatch', c.dispatcher, { issueId: issue.id, organizationId: c.community.orgs.pm.gid });
    await act(app, 'comment', c.dispatcher, { issueId: issue.id, body: '内部备注', internal: true });
    await act(app, 'comment', c.pmStaff, { issueId: issue.id, body: '明天上门' });
    const got = await sub.next(2);
    expect(got.map((g: any) => g.issueEvents.type)).toEqual(['issue.dispatched', 'issue.commented']);
    expect(got[1].issueEvents.data.excerpt).toBe('明天上门');
    await client.dispose();
  });
});

describe('submitting', () => {
  it('a grid worker submits on behalf of a resident, who becomes the reporter and is told', async () => {
    const issue = await submit(app, c, c.gridWorker, { onBehalfOfUserId: c.resident.gid, title: '楼道堆放杂物' });
    expect(issue.reporter.id).toBe(c.resident.gid);
    expect(await notifications(c.resident)).toContain('issue.submitted');
    expect(await errorCode(app.url, `mutation($input: SubmitIssueInput!) { submitIssue(input: $input) { id } }`, { input: { communityId: c.community.gid, title: 't', body: 'b', category: 'OTHER', onBehalfOfUserId: c.resident.gid } }, c.dispatcher.token)).toBe('FORBIDDEN');
    expect(await errorCode(app.url, `mutation($input: SubmitIssueInput!) { submitIssue(input: $input) { id } }`, { input: { communityId: c.community.gid, title: 't', body: 'b', category: 'OTHER', onBehalfOfUserId: c.stranger.gid } }, c.gridWorker.token)).toBe('BAD_USER_INPUT');
  });

  it('an idempotencyKey returns the first issue again, even for requests sent at once', async () => {
    const input = { communityId: c.community.gid, title: '路灯不亮', body: '2栋门口路灯坏了', category: 'FACILITY', idempotencyKey: `k-${Date.now()}` };
    const results = await Promise.all(Array.from({ length: 5 }, () => ok(app.url, `mutation($input: SubmitIssueInput!) { submitIssue(input: $input) { id number } }`, { input }, c.resident.token)));
    expect(new Set(results.map((r) => r.submitIssue.id)).size).toBe(1);
    expect(await em(app).count(Issue, { title: '路灯不亮', community: c.community.id })).toBe(1);
  });

  it('bad input changes nothing', async () => {
    const before = await em(app).count(Issue, { community: c.community.id });
    const r = await gql(app.url, `mutation($input: SubmitIssueInput!) { submitIssue(input: $input) { id } }`, { input: { communityId: c.community.gid, title: ' ', body: '', category: 'FACILITY' } }, c.resident.token);
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { title: expect.any(String), body: expect.any(String) } });
    expect(await errorCode(app.url, `mutation($input: SubmitIssueInput!) { submitIssue(input: $input) { id } }`, { input: { communityId: 'nope', title: 't', body: 'b', category: 'FACILITY' } }, c.resident.token)).toBe('BAD_USER_INPUT');
    expect(await errorCode(app.url, `mutation($input: SubmitIssueInput!) { submitIssue(input: $input) { id } }`, { input: { communityId: c.community.gid, title: 't', body: 'b', category: 'FACILITY' } }, c.stranger.token)).toBe('FORBIDDEN');
    expect(await em(app).count(Issue, { community: c.community.id })).toBe(before);
  });
});

describe('supports, follows and duplicates', () => {
  it('support counts once per resident, not the reporter; follow and unfollow', async () => {
    const issue = await submit(app, c);
    expect(await code('support', c.resident, { issueId: issue.id })).toBe('BAD_USER_INPUT');
    await act(app, 'support', c.neighbour, { issueId: issue.id });
    const again = await act(app, 'support', c.neighbour, { issueId: issue.id });
    expect(again).toMatchObject({ supportCount: 1, viewerSupports: true });
    expect(await act(app, 'follow', c.neighbour, { issueId: issue.id })).toMatchObject({ followerCount: 1, viewerFollows: true });
    expect(await act(app, 'follow', c.neighbour, { issueId: issue.id })).toMatchObject({ followerCount: 1 });
    expect(await act(app, 'unfollow', c.neighbour, { issueId: issue.id })).toMatchObject({ followerCount: 0, viewerFollows: false });
  });

  it('a duplicate points at its original and moves its reporter and followers there', async () => {
    const original = await submit(app, c, c.neighbour, { title: '电梯异响（原）' });
    const dup = await submit(app, c, c.resident, { title: '电梯又响了' });
    const follower = await createUser(app);
    await seat(app, follower, c.community.orgs.party.id);
    await act(app, 'follow', follower, { issueId: dup.id });
    expect(await code('markDuplicate', c.resident, { issueId: dup.id, duplicateOfId: original.id })).toBe('FORBIDDEN');
    expect(await code('markDuplicate', c.dispatcher, { issueId: dup.id, duplicateOfId: dup.id })).toBe('BAD_USER_INPUT');
    const marked = await act(app, 'markDuplicate', c.dispatcher, { issueId: dup.id, duplicateOfId: original.id });
    expect(marked).toMatchObject({ status: 'DUPLICATE', duplicateOf: { id: original.id } });
    const o = await ok(app.url, `query($id: ID!) { issue(id: $id) { followerCount viewerFollows } }`, { id: original.id }, c.resident.token);
    expect(o.issue).toEqual({ followerCount: 2, viewerFollows: true });
  });
});

import type { RunningServer } from '../../server/app/server.js';
import { ok } from '../helpers/graphql.js';
import { createCommunity, createUser, reside, seat, MemberRole, type TestCommunity, type TestUser } from './index.js';

export const ISSUE_FIELDS = `id number title status priority visibility overdue acceptBy resolveBy submittedAt dispatchedAt acceptedAt resolvedAt closedAt resolution
  rating { score comment } supportCount followerCount viewerSupports viewerFollows version
  reporter { id } assignee { id name } duplicateOf { id }`;

/** The cast of one community's closed loop, seated in their organizations. */
export interface IssueCast {
  community: TestCommunity;
  resident: TestUser;
  neighbour: TestUser;
  dispatcher: TestUser;
  rcChair: TestUser;
  gridWorker: TestUser;
  pmStaff: TestUser;
  ocChair: TestUser;
  supervisor: TestUser;
  stranger: TestUser;
}

export async function createIssueCast(app: RunningServer): Promise<IssueCast> {
  const community = await createCommunity(app);
  const [resident, neighbour, dispatcher, rcChair, gridWorker, pmStaff, ocChair, supervisor, stranger] = await Promise.all(
    ['居民甲', '邻居乙', '调度员', '居委会主任', '网格员', '物业', '业委会主任', '监委会', '路人'].map((name) => createUser(app, { name })),
  );
  await reside(app, resident!, community.id, { unitId: community.units[0]!.id });
  await reside(app, neighbour!, community.id, { unitId: community.units[1]!.id });
  await seat(app, dispatcher!, community.orgs.center.id, MemberRole.STAFF);
  await seat(app, rcChair!, community.orgs.rc.id, MemberRole.CHAIR);
  await seat(app, gridWorker!, community.orgs.rc.id, MemberRole.GRID_WORKER);
  await seat(app, pmStaff!, community.orgs.pm.id, MemberRole.STAFF);
  await seat(app, ocChair!, community.orgs.oc.id, MemberRole.CHAIR);
  await seat(app, supervisor!, community.orgs.sc.id, MemberRole.MEMBER);
  return { community, resident: resident!, neighbour: neighbour!, dispatcher: dispatcher!, rcChair: rcChair!, gridWorker: gridWorker!, pmStaff: pmStaff!, ocChair: ocChair!, supervisor: supervisor!, stranger: stranger! };
}

export async function submit(app: RunningServer, cast: IssueCast, by: TestUser = cast.resident, input: Record<string, unknown> = {}) {
  const { submitIssue } = await ok(
    app.url,
    `mutation($input: SubmitIssueInput!) { submitIssue(input: $input) { ${ISSUE_FIELDS} } }`,
    { input: { communityId: cast.community.gid, title: '小区电梯异响', body: '3栋电梯运行时有异响，老人不敢坐。', category: 'FACILITY', ...input } },
    by.token,
  );
  return submitIssue;
}

export const MUTATIONS = {
  dispatch: `mutation($input: DispatchIssueInput!) { dispatchIssue(input: $input) { ${ISSUE_FIELDS} } }`,
  accept: `mutation($input: IssueRefInput!) { acceptIssue(input: $input) { ${ISSUE_FIELDS} } }`,
  return: `mutation($input: ReturnIssueInput!) { returnIssue(input: $input) { ${ISSUE_FIELDS} } }`,
  resolve: `mutation($input: ResolveIssueInput!) { resolveIssue(input: $input) { ${ISSUE_FIELDS} } }`,
  rate: `mutation($input: RateIssueInput!) { rateIssue(input: $input) { ${ISSUE_FIELDS} } }`,
  escalate: `mutation($input: EscalateIssueInput!) { escalateIssue(input: $input) { ${ISSUE_FIELDS} } }`,
  urge: `mutation($input: UrgeIssueInput!) { urgeIssue(input: $input) { ${ISSUE_FIELDS} } }`,
  withdraw: `mutation($input: WithdrawIssueInput!) { withdrawIssue(input: $input) { ${ISSUE_FIELDS} } }`,
  markDuplicate: `mutation($input: MarkDuplicateInput!) { markDuplicate(input: $input) { ${ISSUE_FIELDS} } }`,
  comment: `mutation($input: CommentOnIssueInput!) { commentOnIssue(input: $input) { id body internal author { id } } }`,
  support: `mutation($input: IssueRefInput!) { supportIssue(input: $input) { ${ISSUE_FIELDS} } }`,
  follow: `mutation($input: IssueRefInput!) { followIssue(input: $input) { ${ISSUE_FIELDS} } }`,
  unfollow: `mutation($input: IssueRefInput!) { unfollowIssue(input: $input) { ${ISSUE_FIELDS} } }`,
} as const;

export type Action = keyof typeof MUTATIONS;

export async function act(app: RunningServer, action: Action, user: TestUser, input: Record<string, unknown>) {
  const data = await ok(app.url, MUTATIONS[action], { input }, user.token);
  return Object.values(data)[0] as any;
}

import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../core/context.js';
import type { Transaction } from '../core/transaction.js';
import type { Access } from '../core/access.js';
import { authorize } from '../core/policy.js';
import { badInput, invalidTransition, must, notFound, unauthenticated } from '../core/errors.js';
import { keyOf, optionalKeyOf, toGlobalId } from '../core/ids.js';
import { checkIdempotencyKey, idempotent } from '../core/idempotency.js';
import { sqlArray } from '../core/sql.js';
import { emit, type Audience } from '../events/index.js';
import { Building, Organization, OrganizationKind, RegionLevel, organizationsAbove, servesCommunity, Residency, Unit, memberUserIds, organizationIdsOfKind } from '../communities/index.js';
import { User } from '../accounts/index.js';
import { attachUploads } from '../attachments/index.js';
import { Issue, IssueAssignment, IssueCategory, IssueComment, IssueFollow, IssuePriority, IssueRatingRecord, IssueStatus, Visibility } from './issue.entity.js';
import { responsibleDepartmentId } from '../regions/index.js';
import { escalationRefusal, issuePolicy, levelHolding, offeredForDispatch, type IssueFacts, type RecordedFacts } from './issue.policy.js';
import { assertCan, can, statusAfterRating } from './issue.state.js';
import { IssueAction } from './issue.types.js';
import { defaultDeadlines } from './issue.sla.js';
import type {
  CommentOnIssueInput,
  DispatchIssueInput,
  EscalateIssueInput,
  MarkDuplicateInput,
  RateIssueInput,
  ResolveIssueInput,
  ReturnIssueInput,
  SubmitIssueInput,
  UrgeIssueInput,
  WithdrawIssueInput,
} from './issue.inputs.js';
import './issues.events.js';

export function factsOf(i: Issue): IssueFacts {
  return {
    communityId: i.community.id,
    visibility: i.visibility,
    reporterId: i.reporter.id,
    assigneeId: i.assignee?.id ?? null,
    deskId: i.desk?.id ?? null,
    involvedOrgIds: i.involvedOrgIds,
    reporterNamed: i.reporterNamed,
  };
}

export function recordedFactsOf(i: Issue): RecordedFacts {
  return { communityId: i.community.id, recordedPhone: i.recordedPhone ?? null, recordedUnitId: i.recordedUnit?.id ?? null, claimed: !!i.claimedAt };
}

/** A desk that received an escalated issue sends it on from DISPATCHED. */
function heldByItsDesk(i: Issue): boolean {
  return !!i.desk && i.assignee?.id === i.desk.id;
}

/**
 * The steps the viewer may take now: exactly those the mutations below would accept (policy, then
 * state machine), so clients offer no button that would fail.
 */
export function viewerActions(a: Access, i: Issue): IssueAction[] {
  if (!a.userId || !issuePolicy.canRead(a, factsOf(i))) return [];
  const f = factsOf(i);
  const checks: [IssueAction, boolean][] = [
    [IssueAction.DISPATCH, issuePolicy.canDispatch(a, f) && can('dispatch', i.status) && (i.status !== IssueStatus.DISPATCHED || heldByItsDesk(i))],
    [IssueAction.ACCEPT, issuePolicy.canAccept(a, f) && can('accept', i.status)],
    [IssueAction.RETURN, issuePolicy.canReturn(a, f) && can('return', i.status)],
    [IssueAction.RESOLVE, issuePolicy.canResolve(a, f) && can('resolve', i.status)],
    [IssueAction.RATE, issuePolicy.canRate(a, f) && can('rate', i.status)],
    [IssueAction.ESCALATE, issuePolicy.canEscalate(a, f) && can('escalate', i.status)],
    [IssueAction.URGE, issuePolicy.canUrge(a, f) && can('urge', i.status)],
    [IssueAction.WITHDRAW, issuePolicy.canWithdraw(a, f) && can('withdraw', i.status)],
    [IssueAction.MARK_DUPLICATE, issuePolicy.canMarkDuplicate(a, f) && can('markDuplicate', i.status)],
    [IssueAction.COMMENT, can('comment', i.status)],
    [IssueAction.COMMENT_INTERNALLY, issuePolicy.canCommentInternally(a, f) && can('comment', i.status)],
    [IssueAction.SUPPORT, a.userId !== i.reporter.id && can('support', i.status)],
  ];
  return checks.filter(([, ok]) => ok).map(([action]) => action);
}

/** Who may see an event about the issue: the same people who may read the issue. */
function audienceOf(i: Issue): Audience {
  return { public: i.visibility === Visibility.PUBLIC, organizationIds: i.involvedOrgIds, userIds: [i.reporter.id] };
}

const subjectOf = (i: Issue) => ({ type: 'Issue', id: i.id });

async function followerIds(em: EntityManager, issueId: string): Promise<string[]> {
  const rows = await em.find(IssueFollow, { issue: issueId }, { fields: ['user'] });
  return rows.map((f) => f.user.id);
}

/** The reporter and the followers: told of every status change and public comment. */
async function watchers(em: EntityManager, i: Issue): Promise<string[]> {
  return [i.reporter.id, ...(await followerIds(em, i.id))];
}

/** The members of the organization that must act now: the assignee, or the desks when it is back with them. */
async function actors(em: EntityManager, i: Issue): Promise<string[]> {
  if (i.assignee) return memberUserIds(em, [i.assignee.id]);
  const desks = i.desk ? [i.desk.id] : await organizationIdsOfKind(em, i.community.id, OrganizationKind.GOVERNANCE_CENTER, OrganizationKind.RESIDENTS_COMMITTEE);
  return memberUserIds(em, desks);
}

/**
 * The issue, locked for this transaction, if the viewer may read it (NOT_FOUND otherwise, so
 * that a hidden issue does not reveal that it exists).
 */
async function lockReadable(tx: Transaction, access: Access, issueId: string, field = 'issueId'): Promise<Issue> {
  const key = keyOf(issueId, 'Issue', field);
  const issue = await tx.em.findOne(Issue, key, { lockMode: LockMode.PESSIMISTIC_WRITE, populate: ['reporter', 'assignee', 'desk'] });
  if (!issue || !issuePolicy.canRead(access, factsOf(issue))) throw notFound('Issue');
  return issue;
}

function addInvolved(i: Issue, orgId: string): void {
  if (!i.involvedOrgIds.includes(orgId)) i.involvedOrgIds = [...i.involvedOrgIds, orgId];
}

/** Closes the open assignment of the issue, if any, with how it ended. */
async function endAssignment(em: EntityManager, issueId: string, endedAs: string, patch: Partial<IssueAssignment> = {}): Promise<void> {
  await em.nativeUpdate(IssueAssignment, { issue: issueId, endedAs: null }, { ...patch, endedAs });
}

function statusChange(i: Issue, before: IssueStatus) {
  return { number: i.number, title: i.title, status: { before, after: i.status } };
}

async function requireAccess(ctx: Context): Promise<Access> {
  const access = await ctx.access();
  if (!access.userId) throw unauthenticated();
  return access;
}

interface NewIssue {
  communityId: string;
  title: string;
  body: string;
  category: IssueCategory;
  priority: IssuePriority;
  visibility: Visibility;
  location?: string | null;
  buildingId?: string;
  reporterId: string;
  submittedById: string | null;
  reporterNamed?: boolean;
  recorded?: { name: string; unitId: string; contactPhone: string } | null;
}

/** A new SUBMITTED issue with the community's next number, at the desks of its community. */
async function newIssue(tx: Transaction, f: NewIssue): Promise<Issue> {
  const { em, now } = tx;
  const [row] = await em.execute<{ seq: number }[]>(`UPDATE communities SET issue_seq = issue_seq + 1 WHERE id = ? RETURNING issue_seq AS seq`, [f.communityId]);
  const { seq } = must(row, `issue_seq of community ${f.communityId}`);
  const desks = await organizationIdsOfKind(em, f.communityId, OrganizationKind.GOVERNANCE_CENTER, OrganizationKind.RESIDENTS_COMMITTEE);
  return em.create(Issue, {
    community: f.communityId,
    number: `${now.getUTCFullYear()}-${String(seq).padStart(4, '0')}`,
    title: f.title.trim(),
    body: f.body.trim(),
    category: f.category,
    priority: f.priority,
    visibility: f.visibility,
    location: f.location?.trim() || null,
    building: f.buildingId ?? null,
    reporter: f.reporterId,
    submittedBy: f.submittedById,
    reporterNamed: f.reporterNamed ?? false,
    recordedName: f.recorded?.name.trim() ?? null,
    recordedUnit: f.recorded?.unitId ?? null,
    recordedPhone: f.recorded?.contactPhone ?? null,
    involvedOrgIds: desks,
    submittedAt: now,
  });
}

export async function submitIssue(ctx: Context, input: SubmitIssueInput): Promise<Issue> {
  const access = await requireAccess(ctx);
  const communityId = keyOf(input.communityId, 'Community', 'communityId');
  const onBehalfOf = optionalKeyOf(input.onBehalfOfUserId, 'User', 'onBehalfOfUserId');
  const buildingId = optionalKeyOf(input.buildingId, 'Building', 'buildingId');
  const recorded = input.recordedFor ? { ...input.recordedFor, unitId: keyOf(input.recordedFor.unitId, 'Unit', 'recordedFor.unitId') } : null;
  if (onBehalfOf && recorded) throw badInput({ recordedFor: 'is for a resident with no account: not with onBehalfOfUserId' });
  if (onBehalfOf || recorded) authorize(issuePolicy.canSubmitOnBehalf(access, communityId), 'Only grid workers submit for residents');
  else authorize(issuePolicy.canSubmit(access, communityId), 'Only residents and the parties of this community raise issues here');
  const actorId = access.userId!;

  return ctx.transact((tx) =>
    idempotent(
      tx,
      input.idempotencyKey,
      { userId: actorId, operation: 'submitIssue', payload: input },
      (id) => tx.em.findOne(Issue, id),
      async () => {
        const { em } = tx;
        if (onBehalfOf && !(await em.count(Residency, { user: onBehalfOf, community: communityId, declinedAt: null }))) {
          throw badInput({ onBehalfOfUserId: 'is not a resident of this community' });
        }
        if (recorded && !(await em.count(Unit, { id: recorded.unitId, building: { community: communityId } }))) {
          throw badInput({ 'recordedFor.unitId': 'is not a flat of this community' });
        }
        if (buildingId && !(await em.count(Building, { id: buildingId, community: communityId }))) {
          throw badInput({ buildingId: 'is not a building of this community' });
        }
        const issue = await newIssue(tx, {
          communityId,
          title: input.title,
          body: input.body,
          category: input.category,
          priority: input.priority ?? IssuePriority.NORMAL,
          visibility: input.visibility ?? Visibility.PUBLIC,
          location: input.location,
          buildingId,
          // Recorded for someone with no account: the grid worker holds it for them until they claim it.
          reporterId: onBehalfOf ?? actorId,
          submittedById: onBehalfOf || recorded ? actorId : null,
          reporterNamed: input.showReporterName ?? false,
          recorded,
        });
        await attachUploads(tx, { type: 'Issue', id: issue.id }, input.attachmentIds);
        emit(tx, {
          type: 'issue.submitted',
          communityId,
          subject: subjectOf(issue),
          data: { number: issue.number, title: issue.title, status: { before: null, after: issue.status }, category: issue.category, priority: issue.priority, onBehalf: !!(onBehalfOf || recorded) },
          audience: audienceOf(issue),
          // The desks (综治中心, 居委会) are told that a new issue waits in their queue; a resident
          // a grid worker submitted for, that it was.
          notify: [
            ...(onBehalfOf ? [{ userIds: [onBehalfOf], title: `网格员已代你提交诉求：${issue.title}` }] : []),
            { userIds: await actors(em, issue), title: `新诉求待派单：${issue.title}` },
          ],
        });
        return { id: issue.id, value: issue };
      },
    ),
  );
}

/**
 * 认领: the resident a grid worker recorded an issue for (网格员代登记) makes it theirs, once signed
 * up with the phone recorded and verified by the residents' committee (`issuePolicy.canClaim`).
 * They become its reporter (they rate it, withdraw it, are told of its changes); the grid worker
 * stays as who submitted it and is told.
 */
export async function claimIssue(ctx: Context, issueId: string): Promise<Issue> {
  const access = await requireAccess(ctx);
  const key = keyOf(issueId, 'Issue', 'issueId');
  const viewer = await ctx.em.findOneOrFail(User, access.userId!);
  return ctx.transact(async (tx) => {
    const issue = await tx.em.findOne(Issue, key, { lockMode: LockMode.PESSIMISTIC_WRITE, populate: ['reporter', 'assignee', 'desk'] });
    // Not recorded for this phone: as if it did not exist (no probing of others' numbers).
    if (!issue || issue.recordedPhone !== viewer.phone) throw notFound('Issue');
    if (issue.claimedAt) throw invalidTransition('CLAIMED', 'claim');
    authorize(issuePolicy.canClaim(access, viewer.phone, recordedFactsOf(issue)), "Only the resident it was recorded for claims it, once the residents' committee has verified them");
    const recordedBy = issue.reporter.id;
    Object.assign(issue, { reporter: tx.em.getReference(User, viewer.id, { wrapped: true }), claimedAt: tx.now });
    emit(tx, {
      type: 'issue.claimed',
      communityId: issue.community.id,
      subject: subjectOf(issue),
      data: { number: issue.number, title: issue.title },
      audience: audienceOf(issue),
      notify: { userIds: [recordedBy], title: `${issue.recordedName ?? ''}已认领你代登记的诉求：${issue.title}` },
    });
    return issue;
  });
}

/** The issues recorded for the viewer's phone that they may claim now. */
export async function claimableIssues(ctx: Context): Promise<Issue[]> {
  const access = await requireAccess(ctx);
  const viewer = await ctx.em.findOneOrFail(User, access.userId!);
  const rows = await ctx.em.find(Issue, { recordedPhone: viewer.phone, claimedAt: null }, { orderBy: { submittedAt: 'asc', id: 'asc' }, limit: 100 });
  return rows.filter((i) => issuePolicy.canClaim(access, viewer.phone, recordedFactsOf(i)));
}

/** The organizations that serve the issue's community (`servesCommunity`): its own, then those above it by level. */
async function servingOrganizations(em: EntityManager, i: Issue): Promise<Organization[]> {
  const own = await em.find(Organization, { community: i.community.id }, { orderBy: { name: 'asc', id: 'asc' } });
  return [...own, ...(await organizationsAbove(em, i.community.id))];
}

/**
 * 派单: where the viewer may dispatch the issue now (none unless DISPATCH is offered):
 * `offeredForDispatch`; the department the responsibility list names for its category first
 * (`suggestedDepartment`), the dispatcher still choosing.
 */
export async function dispatchTargets(em: EntityManager, a: Access, i: Issue): Promise<Organization[]> {
  if (!viewerActions(a, i).includes(IssueAction.DISPATCH)) return [];
  const targets = (await servingOrganizations(em, i)).filter(offeredForDispatch);
  const suggested = await responsibleDepartmentId(em, i.community.id, i.category);
  return [...targets.filter((o) => o.id === suggested), ...targets.filter((o) => o.id !== suggested)];
}

/**
 * 责任清单: the department responsible for the issue's category in its community (the nearest
 * region's entry, server/regions), offered to whoever may dispatch it now; null otherwise.
 */
export async function suggestedDepartment(em: EntityManager, a: Access, i: Issue): Promise<Organization | null> {
  if (!viewerActions(a, i).includes(IssueAction.DISPATCH)) return null;
  const id = await responsibleDepartmentId(em, i.community.id, i.category);
  return id ? em.findOne(Organization, id) : null;
}

/** The level that has the issue now (`levelHolding`): its desk's or its assignee's, the higher. */
async function heldAt(em: EntityManager, i: Issue): Promise<RegionLevel> {
  const ids = [i.desk?.id, i.assignee?.id].filter((id): id is string => !!id);
  return levelHolding(...(ids.length ? await em.find(Organization, { id: { $in: ids } }, { fields: ['level'] }) : []));
}

/**
 * 上报: where the viewer may escalate the issue now (none unless ESCALATE is offered): up the
 * Region tree from the level that has it, the township's first (`escalationRefusal`).
 */
export async function escalationTargets(em: EntityManager, a: Access, i: Issue): Promise<Organization[]> {
  if (!viewerActions(a, i).includes(IssueAction.ESCALATE)) return [];
  const level = await heldAt(em, i);
  return (await organizationsAbove(em, i.community.id)).filter((org) => escalationRefusal(org, i.assignee?.id ?? null, level) === null);
}

/** An organization that may take an issue of this community: one of its own, or one above it. */
async function targetOrganization(em: EntityManager, orgId: string, issue: Issue): Promise<Organization> {
  const org = await em.findOne(Organization, orgId);
  if (!org) throw notFound('Organization');
  // One of the community's organizations, or one above whose area takes it in (region.ts): never
  // another community's, another township's center or another county's department.
  if (!(await servesCommunity(em, org.id, issue.community.id))) throw badInput({ organizationId: org.community ? 'belongs to another community' : 'does not serve this community' });
  return org;
}

export async function dispatchIssue(ctx: Context, input: DispatchIssueInput): Promise<Issue> {
  const access = await requireAccess(ctx);
  const orgId = keyOf(input.organizationId, 'Organization', 'organizationId');
  return ctx.transact(async (tx) => {
    const issue = await lockReadable(tx, access, input.issueId);
    authorize(issuePolicy.canDispatch(access, factsOf(issue)), 'Only the dispatch desk dispatches');
    assertCan('dispatch', issue.status);
    // From DISPATCHED only the desk that received it (an escalation) sends it on.
    if (issue.status === IssueStatus.DISPATCHED && !heldByItsDesk(issue)) throw invalidTransition(issue.status, 'dispatch');
    const org = await targetOrganization(tx.em, orgId, issue);
    if (input.acceptBy && input.acceptBy <= ctx.now()) throw badInput({ acceptBy: 'must be in the future' });
    await assignTo(tx, issue, org, input);
    return issue;
  });
}

/**
 * 派单: hands the issue to `org`. The SLA clock starts at the first dispatch and is not restarted
 * by later ones; deadlines default by priority.
 */
async function assignTo(tx: Transaction, issue: Issue, org: Organization, opts: { acceptBy?: Date | null; resolveBy?: Date | null; note?: string | null }): Promise<void> {
  const now = tx.now;
  const before = issue.status;
  const previousAssignee = issue.assignee?.id ?? null;
  if (!issue.firstDispatchedAt) {
    issue.firstDispatchedAt = now;
    Object.assign(issue, defaultDeadlines(issue.priority, now));
  }
  const acceptBy = opts.acceptBy ?? issue.acceptBy!;
  const resolveBy = opts.resolveBy ?? issue.resolveBy!;
  if (resolveBy < acceptBy) throw badInput({ resolveBy: 'must not be before acceptBy' });
  await endAssignment(tx.em, issue.id, 'REDISPATCHED');
  Object.assign(issue, { acceptBy, resolveBy, status: IssueStatus.DISPATCHED, assignee: org.id, dispatchedAt: now, acceptedAt: null });
  addInvolved(issue, org.id);
  tx.em.create(IssueAssignment, { issue, organization: org.id, dispatchedAt: now, acceptBy });
  emit(tx, {
    type: 'issue.dispatched',
    communityId: issue.community.id,
    subject: subjectOf(issue),
    data: {
      ...statusChange(issue, before),
      assignee: { before: previousAssignee && toGlobalId('Organization', previousAssignee), after: toGlobalId('Organization', org.id) },
      assigneeName: org.name,
      acceptBy: acceptBy.toISOString(),
      resolveBy: resolveBy.toISOString(),
      note: opts.note ?? null,
    },
    audience: audienceOf(issue),
    notify: { userIds: [...(await memberUserIds(tx.em, [org.id])), ...(await watchers(tx.em, issue))], title: `诉求${issue.number}已派给${org.name}：${issue.title}` },
  });
}

/**
 * A meeting's action item tracked in the closed loop: an issue raised by the person recording the
 * action item and dispatched at once to its assignee (the meeting decided who does it), due when
 * the action item is due. Visible to the parties only. An emergency's 需要帮助 opens one too: the
 * resident its reporter, URGENT, dispatched at once to the incident's desk (server/emergencies).
 */
export async function openTrackingIssue(
  tx: Transaction,
  f: { communityId: string; title: string; body: string; reporterId: string; assignee: Organization; resolveBy?: Date | null; priority?: IssuePriority; category?: IssueCategory; buildingId?: string | null; note?: string },
): Promise<Issue> {
  const issue = await newIssue(tx, {
    communityId: f.communityId,
    title: f.title,
    body: f.body,
    category: f.category ?? IssueCategory.OTHER,
    priority: f.priority ?? IssuePriority.NORMAL,
    visibility: Visibility.PARTIES,
    buildingId: f.buildingId ?? undefined,
    reporterId: f.reporterId,
    submittedById: null,
  });
  emit(tx, {
    type: 'issue.submitted',
    communityId: f.communityId,
    subject: subjectOf(issue),
    data: { number: issue.number, title: issue.title, status: { before: null, after: issue.status }, category: issue.category, priority: issue.priority, onBehalf: false },
    audience: audienceOf(issue),
  });
  const deadlines = defaultDeadlines(issue.priority, tx.now);
  const resolveBy = f.resolveBy ?? deadlines.resolveBy;
  await assignTo(tx, issue, f.assignee, { acceptBy: resolveBy < deadlines.acceptBy ? resolveBy : deadlines.acceptBy, resolveBy, note: f.note ?? '会议待办事项' });
  return issue;
}

type Step = (tx: Transaction, issue: Issue, now: Date) => Promise<void> | void;

/** The shape every assignee step shares: lock, read check, policy, state machine, change, tell. */
async function step(ctx: Context, issueId: string, policy: (a: Access, f: IssueFacts) => boolean, action: Parameters<typeof assertCan>[0], why: string, change: Step): Promise<Issue> {
  const access = await requireAccess(ctx);
  return ctx.transact(async (tx) => {
    const issue = await lockReadable(tx, access, issueId);
    authorize(policy(access, factsOf(issue)), why);
    assertCan(action, issue.status);
    await change(tx, issue, ctx.now());
    return issue;
  });
}

export function acceptIssue(ctx: Context, issueId: string): Promise<Issue> {
  return step(ctx, issueId, issuePolicy.canAccept, 'accept', 'Only the assignee accepts', async (tx, issue, now) => {
    const before = issue.status;
    Object.assign(issue, { status: IssueStatus.ACCEPTED, acceptedAt: now, firstAcceptedAt: issue.firstAcceptedAt ?? now });
    await tx.em.nativeUpdate(IssueAssignment, { issue: issue.id, endedAs: null, acceptedAt: null }, { acceptedAt: now });
    const assignee = issue.assignee!.getEntity();
    emit(tx, {
      type: 'issue.accepted',
      communityId: issue.community.id,
      subject: subjectOf(issue),
      data: { ...statusChange(issue, before), assigneeName: assignee.name },
      audience: audienceOf(issue),
      notify: { userIds: await watchers(tx.em, issue), title: `${assignee.name}已接单：${issue.title}` },
    });
  });
}

export function returnIssue(ctx: Context, input: ReturnIssueInput): Promise<Issue> {
  return step(ctx, input.issueId, issuePolicy.canReturn, 'return', 'Only the assignee returns', async (tx, issue) => {
    const before = issue.status;
    const assignee = issue.assignee!.getEntity();
    await endAssignment(tx.em, issue.id, 'RETURNED');
    Object.assign(issue, { status: IssueStatus.RETURNED, assignee: null, acceptedAt: null });
    emit(tx, {
      type: 'issue.returned',
      communityId: issue.community.id,
      subject: subjectOf(issue),
      data: { ...statusChange(issue, before), assigneeName: assignee.name, reason: input.reason.trim() },
      audience: audienceOf(issue),
      notify: { userIds: await watchers(tx.em, issue), title: `${assignee.name}退回了诉求：${issue.title}` },
    });
  });
}

export function resolveIssue(ctx: Context, input: ResolveIssueInput): Promise<Issue> {
  return step(ctx, input.issueId, issuePolicy.canResolve, 'resolve', 'Only the assignee resolves', async (tx, issue, now) => {
    const before = issue.status;
    const assignee = issue.assignee!.getEntity();
    Object.assign(issue, { status: IssueStatus.RESOLVED, resolvedAt: now, firstResolvedAt: issue.firstResolvedAt ?? now, resolution: input.resolution.trim() });
    await tx.em.nativeUpdate(IssueAssignment, { issue: issue.id, endedAs: null }, { resolvedAt: now });
    emit(tx, {
      type: 'issue.resolved',
      communityId: issue.community.id,
      subject: subjectOf(issue),
      data: { ...statusChange(issue, before), assigneeName: assignee.name, resolution: issue.resolution! },
      audience: audienceOf(issue),
      notify: { userIds: await watchers(tx.em, issue), title: `诉求已办结，请评价：${issue.title}` },
    });
  });
}

export function rateIssue(ctx: Context, input: RateIssueInput): Promise<Issue> {
  if (input.score <= 3 && !input.comment?.trim()) throw badInput({ comment: 'is required for a rating of 3 or less' });
  return step(ctx, input.issueId, issuePolicy.canRate, 'rate', 'Only the reporter rates', async (tx, issue, now) => {
    const before = issue.status;
    const resolver = issue.assignee?.id ?? null;
    const comment = input.comment?.trim() || null;
    tx.em.create(IssueRatingRecord, { issue, organization: resolver, score: input.score, comment, ratedAt: now });
    const after = statusAfterRating(input.score);
    Object.assign(issue, { status: after, ratingScore: input.score, ratingComment: comment, ratedAt: now });
    if (after === IssueStatus.CLOSED) {
      issue.closedAt = now;
      await endAssignment(tx.em, issue.id, 'CLOSED');
    } else {
      issue.reopenCount += 1;
      issue.assignee = null;
      await endAssignment(tx.em, issue.id, 'REOPENED');
    }
    const reopenedFor = after === IssueStatus.REOPENED && resolver ? await memberUserIds(tx.em, [resolver]) : [];
    emit(tx, {
      type: 'issue.rated',
      communityId: issue.community.id,
      subject: subjectOf(issue),
      data: { ...statusChange(issue, before), score: input.score, comment },
      audience: audienceOf(issue),
      notify: {
        userIds: [...(await watchers(tx.em, issue)), ...reopenedFor],
        title: after === IssueStatus.CLOSED ? `诉求已评价（${input.score}星）并办结：${issue.title}` : `居民不满意（${input.score}星），诉求已重新打开：${issue.title}`,
      },
    });
  });
}

export async function escalateIssue(ctx: Context, input: EscalateIssueInput): Promise<Issue> {
  const access = await requireAccess(ctx);
  const orgId = keyOf(input.organizationId, 'Organization', 'organizationId');
  return ctx.transact(async (tx) => {
    const issue = await lockReadable(tx, access, input.issueId);
    authorize(issuePolicy.canEscalate(access, factsOf(issue)), 'Only the desk or the assignee escalates');
    assertCan('escalate', issue.status);
    const org = await targetOrganization(tx.em, orgId, issue);
    const refused = escalationRefusal(org, issue.assignee?.id ?? null, await heldAt(tx.em, issue));
    if (refused) throw badInput({ organizationId: refused });
    const higherCenter = org.kind === OrganizationKind.GOVERNANCE_CENTER && org.level !== RegionLevel.COMMUNITY;
    const now = ctx.now();
    const before = issue.status;
    const previousAssignee = issue.assignee?.id ?? null;
    await endAssignment(tx.em, issue.id, 'ESCALATED');
    if (!issue.firstDispatchedAt) {
      issue.firstDispatchedAt = now;
      Object.assign(issue, defaultDeadlines(issue.priority, now));
    }
    Object.assign(issue, { status: IssueStatus.DISPATCHED, assignee: org.id, dispatchedAt: now, acceptedAt: null, desk: higherCenter ? org.id : issue.desk?.id ?? null });
    addInvolved(issue, org.id);
    tx.em.create(IssueAssignment, { issue, organization: org.id, dispatchedAt: now, acceptBy: issue.acceptBy });
    emit(tx, {
      type: 'issue.escalated',
      communityId: issue.community.id,
      subject: subjectOf(issue),
      data: { ...statusChange(issue, before), assignee: { before: previousAssignee && toGlobalId('Organization', previousAssignee), after: toGlobalId('Organization', org.id) }, assigneeName: org.name, reason: input.reason.trim() },
      audience: audienceOf(issue),
      notify: { userIds: [...(await memberUserIds(tx.em, [org.id])), ...(await watchers(tx.em, issue))], title: `诉求${issue.number}已上报${org.name}：${issue.title}` },
    });
    return issue;
  });
}

export function urgeIssue(ctx: Context, input: UrgeIssueInput): Promise<Issue> {
  return step(ctx, input.issueId, issuePolicy.canUrge, 'urge', 'Only the desks, the party committee and the supervisory committee urge', async (tx, issue) => {
    const assigneeName = issue.assignee?.getEntity().name ?? null;
    emit(tx, {
      type: 'issue.urged',
      communityId: issue.community.id,
      subject: subjectOf(issue),
      data: { number: issue.number, title: issue.title, note: input.note.trim(), assigneeName },
      audience: { organizationIds: issue.involvedOrgIds },
      notify: { userIds: await actors(tx.em, issue), title: `督办：${issue.title}（${input.note.trim()}）` },
    });
  });
}

export function withdrawIssue(ctx: Context, input: WithdrawIssueInput): Promise<Issue> {
  return step(ctx, input.issueId, issuePolicy.canWithdraw, 'withdraw', 'Only the reporter withdraws', async (tx, issue, now) => {
    const before = issue.status;
    const toldActors = await actors(tx.em, issue);
    await endAssignment(tx.em, issue.id, 'WITHDRAWN');
    Object.assign(issue, { status: IssueStatus.WITHDRAWN, assignee: null, closedAt: now });
    emit(tx, {
      type: 'issue.withdrawn',
      communityId: issue.community.id,
      subject: subjectOf(issue),
      data: { ...statusChange(issue, before), reason: input.reason?.trim() || null },
      audience: audienceOf(issue),
      notify: { userIds: [...toldActors, ...(await followerIds(tx.em, issue.id))], title: `诉求已被撤回：${issue.title}` },
    });
  });
}

export async function markDuplicate(ctx: Context, input: MarkDuplicateInput): Promise<Issue> {
  const access = await requireAccess(ctx);
  const originalKey = keyOf(input.duplicateOfId, 'Issue', 'duplicateOfId');
  return ctx.transact(async (tx) => {
    const issue = await lockReadable(tx, access, input.issueId);
    authorize(issuePolicy.canMarkDuplicate(access, factsOf(issue)), 'Only the dispatch desk marks duplicates');
    assertCan('markDuplicate', issue.status);
    if (originalKey === issue.id) throw badInput({ duplicateOfId: 'is the issue itself' });
    const original = await tx.em.findOne(Issue, originalKey, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!original || original.community.id !== issue.community.id) throw badInput({ duplicateOfId: 'is not an issue of this community' });
    if (original.status === IssueStatus.DUPLICATE) throw badInput({ duplicateOfId: 'is itself a duplicate: point at its original' });
    const before = issue.status;
    const toldActors = await actors(tx.em, issue);
    await endAssignment(tx.em, issue.id, 'DUPLICATE');
    Object.assign(issue, { status: IssueStatus.DUPLICATE, duplicateOf: original.id, assignee: null, closedAt: ctx.now() });
    // The duplicate's reporter and followers now follow the original.
    const movers = [...new Set(await watchers(tx.em, issue))].filter((u) => u !== original.reporter.id);
    if (movers.length) {
      const users = sqlArray(movers);
      await tx.em.execute(`INSERT INTO issue_follows (issue_id, user_id) SELECT ?, u FROM unnest(${users.sql}) AS u ON CONFLICT DO NOTHING`, [original.id, ...users.params]);
      const [count] = await tx.em.execute<{ n: number }[]>(`SELECT count(*)::int AS n FROM issue_follows WHERE issue_id = ?`, [original.id]);
      const { n } = must(count, 'count(*) of issue_follows');
      original.followerCount = n;
    }
    emit(tx, {
      type: 'issue.markedDuplicate',
      communityId: issue.community.id,
      subject: subjectOf(issue),
      data: { ...statusChange(issue, before), duplicateOfNumber: original.number },
      audience: audienceOf(issue),
      notify: { userIds: [...(await watchers(tx.em, issue)), ...toldActors], title: `诉求与${original.number}重复，已合并：${issue.title}` },
    });
    return issue;
  });
}

/** The most characters of a thread's public comments that search indexes (oldest first). */
export const THREAD_INDEX_CHARS = 100_000;

/** The part of a new public comment that search indexes: what still fits under the thread's cap (null when nothing does). */
async function indexedPart(em: EntityManager, issueId: string, body: string): Promise<string | null> {
  const [row] = await em.execute<{ n: number }[]>(`SELECT coalesce(sum(length(search_text)), 0)::int AS n FROM issue_comments WHERE issue_id = ?`, [issueId]);
  const room = THREAD_INDEX_CHARS - (row?.n ?? 0);
  // PostgreSQL counts characters (code points) as [...body] does.
  return room > 0 ? [...body].slice(0, room).join('') : null;
}

export async function commentOnIssue(ctx: Context, input: CommentOnIssueInput): Promise<IssueComment> {
  const access = await requireAccess(ctx);
  const actorId = access.userId!;
  return ctx.transact(async (tx) => {
    const issue = await lockReadable(tx, access, input.issueId);
    const internal = input.internal ?? false;
    if (internal) authorize(issuePolicy.canCommentInternally(access, factsOf(issue)), 'Only the parties write internal notes');
    assertCan('comment', issue.status);
    return idempotent(
      tx,
      input.idempotencyKey,
      { userId: actorId, operation: 'commentOnIssue', payload: input },
      (id) => tx.em.findOne(IssueComment, { id, issue: issue.id }),
      async () => {
        const body = input.body.trim();
        // Search reads the comment's own row (its bigrams cost O(its length)), never the issue's;
        // a thread is indexed up to THREAD_INDEX_CHARS. The issue's row lock orders the count.
        const searchText = internal ? null : await indexedPart(tx.em, issue.id, body);
        const comment = tx.em.create(IssueComment, { issue, author: actorId, body, internal, createdAt: ctx.now(), searchText });
        await attachUploads(tx, { type: 'IssueComment', id: comment.id }, input.attachmentIds);
        emit(tx, {
          type: 'issue.commented',
          communityId: issue.community.id,
          subject: subjectOf(issue),
          data: { number: issue.number, title: issue.title, commentId: toGlobalId('IssueComment', comment.id), internal, excerpt: body.slice(0, 80) },
          audience: internal ? { organizationIds: issue.involvedOrgIds } : audienceOf(issue),
          notify: internal ? undefined : { userIds: await watchers(tx.em, issue), title: `诉求有新回复：${issue.title}` },
        });
        return { id: comment.id, value: comment };
      },
    );
  });
}

/**
 * 附议, once per resident. With a key (the offline queue's replay), the same key returns the issue
 * again without checking its state anew: a support sent before the issue closed still answers.
 */
export async function supportIssue(ctx: Context, issueId: string, idempotencyKey?: string | null): Promise<Issue> {
  checkIdempotencyKey(idempotencyKey);
  const access = await requireAccess(ctx);
  return ctx.transact(async (tx) => {
    const issue = await lockReadable(tx, access, issueId);
    return idempotent(
      tx,
      idempotencyKey,
      { userId: access.userId!, operation: 'supportIssue', payload: { issueId } },
      (id) => Promise.resolve(id === issue.id ? issue : null),
      async () => {
        if (issue.reporter.id === access.userId) throw badInput({ issueId: 'is your own issue' });
        assertCan('support', issue.status);
        const inserted = await tx.em.execute(`INSERT INTO issue_supports (issue_id, user_id) VALUES (?, ?) ON CONFLICT DO NOTHING RETURNING 1`, [issue.id, access.userId]);
        if (inserted.length) {
          issue.supportCount += 1;
          emit(tx, {
            type: 'issue.supported',
            communityId: issue.community.id,
            subject: subjectOf(issue),
            data: { number: issue.number, title: issue.title, supportCount: issue.supportCount },
            audience: audienceOf(issue),
          });
        }
        return { id: issue.id, value: issue };
      },
    );
  });
}

export async function setFollowing(ctx: Context, issueId: string, follow: boolean): Promise<Issue> {
  const access = await requireAccess(ctx);
  return ctx.transact(async (tx) => {
    const issue = await lockReadable(tx, access, issueId);
    const changed = follow
      ? await tx.em.execute(`INSERT INTO issue_follows (issue_id, user_id) VALUES (?, ?) ON CONFLICT DO NOTHING RETURNING 1`, [issue.id, access.userId])
      : await tx.em.execute(`DELETE FROM issue_follows WHERE issue_id = ? AND user_id = ? RETURNING 1`, [issue.id, access.userId]);
    if (changed.length) issue.followerCount += follow ? 1 : -1;
    return issue;
  });
}


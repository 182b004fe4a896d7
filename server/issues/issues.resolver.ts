import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Info, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import type { Context } from '../core/context.js';
import type { Access } from '../core/access.js';
import { authorize, requireUser } from '../core/policy.js';
import { badInput, notFound } from '../core/errors.js';
import { IDEMPOTENCY_KEY_ARG } from '../core/idempotency.js';
import { keyOf, optionalKeyOf, parseGlobalId } from '../core/ids.js';
import { decodeTimeCursor, encodeTimeCursor, PageArgs, pageSize, selects, toConnection } from '../core/pagination.js';
import { UserType, User } from '../accounts/index.js';
import { BuildingType, CommunityType, OrganizationType, UnitType, Organization } from '../communities/index.js';
import { AttachmentType, attachmentsOf } from '../attachments/index.js';
import { DomainEventConnection, DomainEventType, type DomainEvent, eventService as events } from '../events/index.js';
import { Issue, IssueComment } from './issue.entity.js';
import { IssueAction, IssueCommentConnection, IssueCommentType, IssueConnection, IssueType, RecordedResidentType } from './issue.types.js';
import { GovernanceStatsType } from './issue-stats.types.js';
import {
  ClaimIssueInput,
  CommentOnIssueInput,
  DispatchIssueInput,
  EscalateIssueInput,
  IssueRefInput,
  IssuesArgs,
  MarkDuplicateInput,
  RateIssueInput,
  ResolveIssueInput,
  ReturnIssueInput,
  SubmitIssueInput,
  UrgeIssueInput,
  WithdrawIssueInput,
} from './issue.inputs.js';
import { issuePolicy, personAsSeen } from './issue.policy.js';
import * as service from './issues.service.js';
import { commentCounts, flaggedIssues, readBoard, type BoardRow } from './issues.queries.js';
import { lazyEntity } from '../core/rows.js';
import type { IssueFacts } from './issue.policy.js';
import { toGlobalId } from '../core/ids.js';
import { issueStats } from './issue-stats.service.js';

@ArgsType()
class StatsArgs {
  @Field(() => ID, { description: 'The community.' })
  communityId!: string;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Issues submitted from this moment (default: the beginning).' })
  from?: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Issues submitted before this moment (default: now).' })
  to?: Date | null;
}

@ArgsType()
class IssueEventsArgs {
  @Field(() => ID, { description: 'The issue.' })
  issueId!: string;

  @Field(() => String, { nullable: true, description: 'Resume after this event cursor (replayed first, then live). Omitted: from now.' })
  after?: string | null;
}

/** Loads an issue the viewer may read, or null. */
export async function readableIssue(ctx: Context, key: string): Promise<Issue | null> {
  // Signed in, asked of the rights rather than of the session: a shared live execution may then
  // serve everyone with the same rights (events/live.ts).
  if (!/^[0-9a-f-]{36}$/.test(key)) return null;
  const access = await ctx.access();
  if (!access.signedIn) return null;
  const issue = await ctx.em.findOne(Issue, key);
  return issue && issuePolicy.canRead(access, service.factsOf(issue)) ? issue : null;
}

@Resolver(() => IssueType)
export class IssueResolver {
  @Query(() => IssueConnection, { description: 'The issue board of a community: what the viewer may see, newest first.' })
  async issues(@Args(() => IssuesArgs) args: IssuesArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<IssueConnection> {
    const access = await ctx.access();
    requireUser(access);
    const communityId = keyOf(args.communityId, 'Community', 'communityId');
    const limit = pageSize(args.first);
    const f = args.filter ?? {};
    const cursor = args.after ? decodeTimeCursor(args.after) : undefined;
    const after = cursor && { submittedAt: cursor.at, id: cursor.id };
    const q = {
      access,
      communityId,
      now: ctx.now(),
      status: f.status,
      category: f.category,
      assigneeId: optionalKeyOf(f.assigneeId, 'Organization', 'filter.assigneeId'),
      gridId: optionalKeyOf(f.gridId, 'Grid', 'filter.gridId'),
      overdue: f.overdue,
      mine: f.mine,
      search: f.search,
      after,
      limit: limit + 1,
    };
    // One statement for the count and the page with what its fields need (issues.queries.ts's
    // readBoard); the field resolvers below then find their rows in the identity map and the
    // request's loaders.
    const asked = boardFields(info);
    const needs = {
      total: asked.has('totalCount'),
      reporter: asked.has('reporter'),
      assignee: asked.has('assignee'),
      supports: asked.has('viewerSupports'),
      follows: asked.has('viewerFollows'),
      comments: asked.has('comments'),
    };
    const { total, rows } = await readBoard(ctx.reader, q, ctx.userId, needs);
    // The viewer's flags ride on each node (boardNode): viewerSupports and viewerFollows read
    // them there, so only the comment counts prime a loader (a thread asked with its edges).
    if (needs.comments) for (const r of rows) if (r.comments) commentCountLoader(ctx).prime(r.issue.id, r.comments);
    const now = ctx.now();
    const page = toConnection(rows, limit, !!after, (r) => encodeTimeCursor(r.issue.submittedAt, r.issue.id), (r) => boardNode(ctx, r, now, access));
    // totalCount not asked for: not counted (its resolver is the field itself).
    return Object.assign(new IssueConnection(), { ...page, totalCount: total ?? 0 });
  }

  @Query(() => IssueType, { nullable: true, description: 'One issue, or null when missing or not visible to the viewer.' })
  async issue(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<IssueType | null> {
    const parsed = parseGlobalId(id);
    const issue = parsed?.type === 'Issue' ? await readableIssue(ctx, parsed.key) : null;
    return issue ? IssueType.from(issue, ctx.now()) : null;
  }

  @Query(() => GovernanceStatsType, { description: 'Response, resolution and satisfaction rates and more, over the issues submitted in a window; seen by whoever belongs to the community.' })
  async governanceStats(@Args(() => StatsArgs) args: StatsArgs, @Ctx() ctx: Context): Promise<GovernanceStatsType> {
    const access = await ctx.access();
    requireUser(access);
    const communityId = keyOf(args.communityId, 'Community', 'communityId');
    authorize(access.isAdmin || access.belongsTo(communityId), 'Only those who belong to the community see its figures');
    const to = args.to ?? ctx.now();
    if (args.from && args.from >= to) throw badInput({ from: 'must be before to' });
    const stats = await issueStats(ctx.em, communityId, args.from ?? null, to, ctx.now());
    const orgs = stats.byOrganization.length ? await ctx.em.find(Organization, { id: { $in: stats.byOrganization.map((o) => o.organizationId) } }) : [];
    const byId = new Map(orgs.map((o) => [o.id, o]));
    return {
      ...stats,
      byOrganization: stats.byOrganization.map((o) => ({ ...o, organization: OrganizationType.from(byId.get(o.organizationId)!) })),
      scope: { communityId, from: args.from ?? null, to },
    };
  }

  @FieldResolver(() => [AttachmentType], { description: 'Its photos and documents, in the order given (at most 9 photos): served to whoever may read it.' })
  async attachments(@Root() i: IssueType, @Ctx() ctx: Context): Promise<AttachmentType[]> {
    return (await attachmentsOf(ctx, 'Issue', i.entity.id)).map(AttachmentType.from);
  }

  @FieldResolver(() => CommunityType, { description: 'Its community.' })
  async community(@Root() i: IssueType): Promise<CommunityType> {
    return CommunityType.from(await i.entity.community.loadOrFail({ dataloader: true }));
  }

  @FieldResolver(() => BuildingType, { nullable: true, description: 'The building, when given.' })
  async building(@Root() i: IssueType): Promise<BuildingType | null> {
    const b = i.entity.building;
    return b ? BuildingType.from(await b.loadOrFail({ dataloader: true })) : null;
  }

  @FieldResolver(() => UserType, {
    nullable: true,
    description: 'Who raised it (for one recorded by a grid worker, that grid worker until the resident claims it): seen by the reporter and the parties, and by every reader when the reporter chose to show their name; null otherwise. The actor of the reporter\'s own events follows the same rule.',
  })
  reporter(@Root() i: IssueType, @Ctx() ctx: Context): UserType | null | Promise<UserType | null> {
    // A board's node answers at once (no promise per node): its row and the rights are at hand.
    const b = boardOf(i);
    if (b?.reporter) return issuePolicy.canSeeReporter(b.access, b.facts) ? b.reporter : null;
    return (async () => {
      if (!issuePolicy.canSeeReporter(await ctx.access(), b?.facts ?? service.factsOf(i.entity))) return null;
      return UserType.from(await i.entity.reporter.loadOrFail({ dataloader: true }));
    })();
  }

  @FieldResolver(() => RecordedResidentType, {
    nullable: true,
    description: '网格员代登记: the resident with no account it was recorded for, seen by whoever may see the reporter (the contact number by the parties only); null when not recorded so.',
  })
  async recordedFor(@Root() i: IssueType, @Ctx() ctx: Context): Promise<RecordedResidentType | null> {
    const issue = i.entity;
    if (!issue.recordedName) return null;
    const access = await ctx.access();
    const facts = service.factsOf(issue);
    if (!issuePolicy.canSeeReporter(access, facts)) return null;
    const unit = issue.recordedUnit ? await issue.recordedUnit.loadOrFail({ dataloader: true }) : null;
    return Object.assign(new RecordedResidentType(), {
      name: issue.recordedName,
      unit: unit ? UnitType.from(unit) : null,
      contactPhone: issuePolicy.canSeeContact(access, facts) ? (issue.recordedPhone ?? null) : null,
      claimed: !!issue.claimedAt,
      entity: issue,
    });
  }

  @FieldResolver(() => OrganizationType, { nullable: true, description: 'The organization that must act now.' })
  assignee(@Root() i: IssueType): OrganizationType | null | Promise<OrganizationType | null> {
    const b = boardOf(i);
    if (b?.assignee !== undefined) return b.assignee;
    const a = i.entity.assignee;
    return a ? a.loadOrFail({ dataloader: true }).then((o) => OrganizationType.from(o)) : null;
  }

  @FieldResolver(() => IssueType, { nullable: true, description: 'The original, when this one is a duplicate.' })
  async duplicateOf(@Root() i: IssueType, @Ctx() ctx: Context): Promise<IssueType | null> {
    const d = i.entity.duplicateOf;
    const original = d ? await readableIssue(ctx, d.id) : null;
    return original ? IssueType.from(original, ctx.now()) : null;
  }

  @FieldResolver(() => [IssueAction], { description: 'The steps the viewer may take now (the policy and the state machine together): offer exactly these.' })
  async viewerActions(@Root() i: IssueType, @Ctx() ctx: Context): Promise<IssueAction[]> {
    return service.viewerActions(await ctx.access(), i.entity);
  }

  @FieldResolver(() => [OrganizationType], {
    description:
      "派单: the organizations the viewer may dispatch it to now (empty unless `viewerActions` offers DISPATCH): those that serve its community (its own, then those above it by level) and act on issues, the `suggestedDepartment` first; the governance centers hand issues on and take them by escalation.",
  })
  async dispatchTargets(@Root() i: IssueType, @Ctx() ctx: Context): Promise<OrganizationType[]> {
    return (await service.dispatchTargets(ctx.em, await ctx.access(), i.entity)).map(OrganizationType.from);
  }

  @FieldResolver(() => OrganizationType, {
    nullable: true,
    description:
      '责任清单: the department its region\'s responsibility list names for its category (the nearest region\'s entry), for whoever may dispatch it now (then first in `dispatchTargets`); null otherwise. A suggestion: the dispatcher chooses.',
  })
  async suggestedDepartment(@Root() i: IssueType, @Ctx() ctx: Context): Promise<OrganizationType | null> {
    const o = await service.suggestedDepartment(ctx.em, await ctx.access(), i.entity);
    return o && OrganizationType.from(o);
  }

  @FieldResolver(() => [OrganizationType], {
    description:
      "上报: the organizations the viewer may escalate it to now (empty unless `viewerActions` offers ESCALATE): the township, county and city centers and the departments that serve its community, but the one that has it.",
  })
  async escalationTargets(@Root() i: IssueType, @Ctx() ctx: Context): Promise<OrganizationType[]> {
    return (await service.escalationTargets(ctx.em, await ctx.access(), i.entity)).map(OrganizationType.from);
  }

  @FieldResolver(() => Boolean, { description: 'The viewer supports it (附议).' })
  viewerSupports(@Root() i: IssueType, @Ctx() ctx: Context): boolean | Promise<boolean> {
    return boardOf(i)?.supports ?? viewerFlag(ctx, 'issue_supports', boardOf(i)?.key ?? i.entity.id);
  }

  @FieldResolver(() => Boolean, { description: 'The viewer follows it.' })
  viewerFollows(@Root() i: IssueType, @Ctx() ctx: Context): boolean | Promise<boolean> {
    return boardOf(i)?.follows ?? viewerFlag(ctx, 'issue_follows', boardOf(i)?.key ?? i.entity.id);
  }

  @FieldResolver(() => IssueCommentConnection, { description: 'Its thread, oldest first; internal notes only for the parties.' })
  comments(@Root() i: IssueType, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): IssueCommentConnection | Promise<IssueCommentConnection> {
    const limit = pageSize(args.first);
    const b = boardOf(i);
    // A board's node that asks only for counts answers at once (no promise per node): the
    // counts came with the page, and the rights it was read with are at hand.
    if (b?.comments && !selects(info, 'edges', 'pageInfo')) {
      const hadCursor = !!args.after && !!decodeTimeCursor(args.after);
      const counts = b.comments;
      const page = toConnection([] as IssueComment[], limit, hadCursor, (c) => encodeTimeCursor(c.createdAt, c.id), IssueCommentType.from);
      return Object.assign(new IssueCommentConnection(), { ...page, totalCount: issuePolicy.canSeeInternal(b.access, b.facts) ? counts.all : counts.public });
    }
    return this.thread(i, args, ctx, info, limit, b);
  }

  private async thread(i: IssueType, args: PageArgs, ctx: Context, info: GraphQLResolveInfo, limit: number, b: BoardExtras | undefined): Promise<IssueCommentConnection> {
    const key = b?.key ?? i.entity.id;
    const internalToo = issuePolicy.canSeeInternal(await ctx.access(), b?.facts ?? service.factsOf(i.entity));
    const cursor = args.after ? decodeTimeCursor(args.after) : undefined;
    const after = cursor && { createdAt: cursor.at, id: cursor.id };
    const where = { issue: key, ...(internalToo ? {} : { internal: false }) };
    // A board asks only for counts: then no comment is read, and the counts come batched.
    const rows = !selects(info, 'edges', 'pageInfo') ? [] : await ctx.em.find(
      IssueComment,
      after ? { ...where, $or: [{ createdAt: { $gt: new Date(after.createdAt) } }, { createdAt: new Date(after.createdAt), id: { $gt: after.id } }] } : where,
      { orderBy: { createdAt: 'asc', id: 'asc' }, limit: limit + 1 },
    );
    const counts = await commentCountLoader(ctx).load(key);
    const page = toConnection(rows, limit, !!after, (c) => encodeTimeCursor(c.createdAt, c.id), IssueCommentType.from);
    return Object.assign(new IssueCommentConnection(), { ...page, totalCount: internalToo ? counts.all : counts.public });
  }

  @FieldResolver(() => DomainEventConnection, { description: 'Its audit trail, oldest first: every change, who made it and when.' })
  async timeline(@Root() i: IssueType, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context): Promise<DomainEventConnection> {
    const page = await events.listSubjectEvents(ctx, i.entity.community.id, i.entity.id, args.first, args.after);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: DomainEventType.from(e.node) })) };
  }

  @Query(() => [IssueType], { description: '认领: the issues grid workers recorded for the viewer\'s phone that the viewer may claim now (verified in their community, at the recorded flat).' })
  async claimableIssues(@Ctx() ctx: Context): Promise<IssueType[]> {
    return (await service.claimableIssues(ctx)).map((i) => IssueType.from(i, ctx.now()));
  }

  @Mutation(() => IssueType, { description: '认领: the resident a grid worker recorded an issue for makes it theirs (signed up with the phone recorded, verified by the residents\' committee).' })
  async claimIssue(@Arg('input', () => ClaimIssueInput) input: ClaimIssueInput, @Ctx() ctx: Context): Promise<IssueType> {
    return IssueType.from(await service.claimIssue(ctx, input.issueId), ctx.now());
  }

  @Mutation(() => IssueType, { description: '点单: raise an issue (a resident, or a grid worker for one).' })
  async submitIssue(@Arg('input', () => SubmitIssueInput) input: SubmitIssueInput, @Ctx() ctx: Context): Promise<IssueType> {
    return IssueType.from(await service.submitIssue(ctx, input), ctx.now());
  }

  @Mutation(() => IssueType, { description: '派单: the dispatch desk sends it to an organization, with deadlines.' })
  async dispatchIssue(@Arg('input', () => DispatchIssueInput) input: DispatchIssueInput, @Ctx() ctx: Context): Promise<IssueType> {
    return IssueType.from(await service.dispatchIssue(ctx, input), ctx.now());
  }

  @Mutation(() => IssueType, { description: '接单: the assignee accepts it.' })
  async acceptIssue(@Arg('input', () => IssueRefInput) input: IssueRefInput, @Ctx() ctx: Context): Promise<IssueType> {
    return IssueType.from(await service.acceptIssue(ctx, input.issueId), ctx.now());
  }

  @Mutation(() => IssueType, { description: '退单: the assignee returns it to the desk with a reason.' })
  async returnIssue(@Arg('input', () => ReturnIssueInput) input: ReturnIssueInput, @Ctx() ctx: Context): Promise<IssueType> {
    return IssueType.from(await service.returnIssue(ctx, input), ctx.now());
  }

  @Mutation(() => IssueType, { description: '办结: the assignee resolves it.' })
  async resolveIssue(@Arg('input', () => ResolveIssueInput) input: ResolveIssueInput, @Ctx() ctx: Context): Promise<IssueType> {
    return IssueType.from(await service.resolveIssue(ctx, input), ctx.now());
  }

  @Mutation(() => IssueType, { description: '评单: the reporter rates the resolution; 3 or less reopens it.' })
  async rateIssue(@Arg('input', () => RateIssueInput) input: RateIssueInput, @Ctx() ctx: Context): Promise<IssueType> {
    return IssueType.from(await service.rateIssue(ctx, input), ctx.now());
  }

  @Mutation(() => IssueType, { description: '上报: move it to a higher-level center or a department.' })
  async escalateIssue(@Arg('input', () => EscalateIssueInput) input: EscalateIssueInput, @Ctx() ctx: Context): Promise<IssueType> {
    return IssueType.from(await service.escalateIssue(ctx, input), ctx.now());
  }

  @Mutation(() => IssueType, { description: "督办: a supervision notice to the assignee's members." })
  async urgeIssue(@Arg('input', () => UrgeIssueInput) input: UrgeIssueInput, @Ctx() ctx: Context): Promise<IssueType> {
    return IssueType.from(await service.urgeIssue(ctx, input), ctx.now());
  }

  @Mutation(() => IssueType, { description: '撤回: the reporter withdraws it before acceptance.' })
  async withdrawIssue(@Arg('input', () => WithdrawIssueInput) input: WithdrawIssueInput, @Ctx() ctx: Context): Promise<IssueType> {
    return IssueType.from(await service.withdrawIssue(ctx, input), ctx.now());
  }

  @Mutation(() => IssueType, { description: '重复: the desk marks it a duplicate; its followers move to the original.' })
  async markDuplicate(@Arg('input', () => MarkDuplicateInput) input: MarkDuplicateInput, @Ctx() ctx: Context): Promise<IssueType> {
    return IssueType.from(await service.markDuplicate(ctx, input), ctx.now());
  }

  @Mutation(() => IssueType, { description: '附议: a "+1" from a resident (once each).' })
  async supportIssue(
    @Arg('input', () => IssueRefInput) input: IssueRefInput,
    @Ctx() ctx: Context,
    @Arg('idempotencyKey', () => String, { nullable: true, description: IDEMPOTENCY_KEY_ARG }) idempotencyKey?: string | null,
  ): Promise<IssueType> {
    return IssueType.from(await service.supportIssue(ctx, input.issueId, idempotencyKey), ctx.now());
  }

  @Mutation(() => IssueType, { description: '关注: follow its thread and be notified of its changes.' })
  async followIssue(@Arg('input', () => IssueRefInput) input: IssueRefInput, @Ctx() ctx: Context): Promise<IssueType> {
    return IssueType.from(await service.setFollowing(ctx, input.issueId, true), ctx.now());
  }

  @Mutation(() => IssueType, { description: 'Stop following it.' })
  async unfollowIssue(@Arg('input', () => IssueRefInput) input: IssueRefInput, @Ctx() ctx: Context): Promise<IssueType> {
    return IssueType.from(await service.setFollowing(ctx, input.issueId, false), ctx.now());
  }

  @Subscription(() => DomainEventType, {
    description: "One issue's thread: status changes, comments, supports, ratings.",
    subscribe: async ({ args, context }) => {
      const ctx = context as Context;
      const a = args as IssueEventsArgs;
      const key = keyOf(a.issueId, 'Issue', 'issueId');
      const issue = await readableIssue(ctx, key);
      if (!issue) throw notFound('Issue');
      return events.subscribeStream(ctx, { communityId: issue.community.id, after: a.after, subjectId: issue.id }) as never;
    },
  })
  issueEvents(@Root() event: DomainEvent, @Args(() => IssueEventsArgs) _args: IssueEventsArgs, @Ctx() ctx: Context): DomainEventType {
    ctx.renew();
    return DomainEventType.from(event);
  }
}

@Resolver(() => IssueCommentType)
export class IssueCommentResolver {
  @FieldResolver(() => IssueType, { description: 'The issue.' })
  async issue(@Root() c: IssueCommentType, @Ctx() ctx: Context): Promise<IssueType> {
    return IssueType.from(await c.entity.issue.loadOrFail({ dataloader: true }), ctx.now());
  }

  @FieldResolver(() => UserType, {
    description:
      "Who wrote it. When the writer is the issue's reporter and the viewer may not see the reporter (like `Issue.reporter`: other residents, unless the reporter chose `showReporterName`), a stand-in: name 反映人, an ID of its own that is stable within the issue and resolves to nothing through `node`, no memberships, no residencies, no volunteer.",
  })
  async author(@Root() c: IssueCommentType, @Ctx() ctx: Context): Promise<UserType> {
    const [author, issue] = await Promise.all([c.entity.author.loadOrFail({ dataloader: true }), c.entity.issue.loadOrFail({ dataloader: true })]);
    return personAsSeen(await ctx.access(), service.factsOf(issue), issue.id, author);
  }

  @FieldResolver(() => [AttachmentType], { description: "Its photos and documents, in the order given: served to whoever may read the comment (an internal note's, the parties only)." })
  async attachments(@Root() c: IssueCommentType, @Ctx() ctx: Context): Promise<AttachmentType[]> {
    return (await attachmentsOf(ctx, 'IssueComment', c.entity.id)).map(AttachmentType.from);
  }

  @Mutation(() => IssueCommentType, { description: 'Comments in the thread; internal notes are for the parties only.' })
  async commentOnIssue(@Arg('input', () => CommentOnIssueInput) input: CommentOnIssueInput, @Ctx() ctx: Context): Promise<IssueCommentType> {
    return IssueCommentType.from(await service.commentOnIssue(ctx, input));
  }
}

/** What a board row brought for its issue's fields, beside the issue itself (no entity behind it). */
interface BoardExtras {
  key: string;
  facts: IssueFacts;
  /** The viewer's rights the board was read with (the request's): its fields decide without awaiting them. */
  access: Access;
  reporter?: UserType;
  /** The viewer's flags, when the board read them. */
  supports?: boolean;
  follows?: boolean;
  /** null: none; undefined: not read with the page. */
  assignee?: OrganizationType | null;
  /** Its comments, all and public ones, when the board read them. */
  comments?: { all: number; public: number };
}
// On the node under a symbol (not in a WeakMap: each WeakMap entry is an ephemeron that every
// garbage collection walks); symbols stay out of JSON and of the GraphQL fields.
const BOARD = Symbol('board extras');
const boardOf = (i: IssueType): BoardExtras | undefined => (i as IssueType & { [BOARD]?: BoardExtras })[BOARD];

/**
 * An Issue of the board from its plain row: its fields from IssueType.from, `entity` mapped only
 * when a field asks for it (and the reporter's and assignee's entities the same way), so a board
 * that asks for the usual fields hydrates no entity at all.
 */
function boardNode(ctx: Context, r: BoardRow, now: Date, access: Access): IssueType {
  const node = IssueType.from(r.issue, now);
  lazyEntity(node, () => ctx.em.map(Issue, r.raw.issue));
  const extras: BoardExtras = { key: r.issue.id, facts: service.factsOf(r.issue), access, supports: r.supports, follows: r.follows, comments: r.comments };
  const u = r.raw.reporter;
  if (u) {
    const user = Object.assign(new UserType(), { id: toGlobalId('User', u.id as string), name: u.name as string });
    extras.reporter = lazyEntity(user, () => ctx.em.map(User, u));
  }
  const o = r.raw.assignee;
  if (o !== undefined) {
    extras.assignee = o && lazyEntity(Object.assign(new OrganizationType(), { id: toGlobalId('Organization', o.id as string), kind: o.kind, name: o.name, level: o.level }), () => ctx.em.map(Organization, o));
  }
  (node as IssueType & { [BOARD]?: BoardExtras })[BOARD] = extras;
  return node;
}

/** Whether the viewer has a row in a per-user table, per issue: one statement for a whole page (primed by the board). */
function flagLoader(ctx: Context, table: 'issue_supports' | 'issue_follows') {
  return ctx.loader<string, boolean>(table, async (ids) => {
    const set = await flaggedIssues(ctx.em, table, ctx.userId, ids);
    return ids.map((id) => set.has(id));
  });
}

function viewerFlag(ctx: Context, table: 'issue_supports' | 'issue_follows', issueId: string): Promise<boolean> {
  if (!ctx.userId) return Promise.resolve(false);
  return flagLoader(ctx, table).load(issueId);
}

/** Comments per issue, all and public ones: one statement for a whole page (primed by the board). */
function commentCountLoader(ctx: Context) {
  return ctx.loader<string, { all: number; public: number }>('issueCommentCounts', async (ids) => {
    const m = await commentCounts(ctx.em, ids);
    return ids.map((id) => m.get(id) ?? { all: 0, public: 0 });
  });
}

/** The fields a board query asks for: `totalCount`, and those of `edges.node` (through fragments). */
function boardFields(info: GraphQLResolveInfo): Set<string> {
  const names = new Set<string>();
  const walk = (set: SelectionSetNode | undefined, visit: (name: string, sub: SelectionSetNode | undefined) => void) => {
    for (const sel of set?.selections ?? []) {
      if (sel.kind === Kind.FIELD) visit(sel.name.value, sel.selectionSet);
      else if (sel.kind === Kind.INLINE_FRAGMENT) walk(sel.selectionSet, visit);
      else walk(info.fragments[sel.name.value]?.selectionSet, visit);
    }
  };
  for (const node of info.fieldNodes) {
    walk(node.selectionSet, (name, sub) => {
      if (name === 'totalCount') names.add(name);
      if (name === 'edges') walk(sub, (n, nodeSet) => n === 'node' && walk(nodeSet, (f) => names.add(f)));
    });
  }
  return names;
}

export const issueNodes = {
  Issue: async (ctx: Context, key: string) => {
    const i = await readableIssue(ctx, key);
    return i ? IssueType.from(i, ctx.now()) : null;
  },
  IssueComment: async (ctx: Context, key: string) => {
    if (!ctx.userId || !/^[0-9a-f-]{36}$/.test(key)) return null;
    const c = await ctx.em.findOne(IssueComment, key);
    const issue = c ? await readableIssue(ctx, c.issue.id) : null;
    if (!c || !issue) return null;
    if (c.internal && !issuePolicy.canSeeInternal(await ctx.access(), service.factsOf(issue))) return null;
    return IssueCommentType.from(c);
  },
};

/**
 * The actor of an event about an issue, when that actor is its reporter, follows the rule of
 * `Issue.reporter` (`issuePolicy.canSeeReporter`): the timeline, issueEvents and communityEvents
 * name the reporter to exactly those who see them in the header. Issues are read batched per request.
 */
export const issueActorRules = {
  Issue: async (ctx: Context, key: string, actorId: string): Promise<boolean> => {
    const issue = await ctx
      .loader<string, Issue | null>('issueForActor', async (keys) => {
        const rows = await ctx.em.find(Issue, { id: { $in: [...keys] } });
        const byId = new Map(rows.map((r) => [r.id, r]));
        return keys.map((k) => byId.get(k) ?? null);
      })
      .load(key);
    if (!issue || issue.reporter.id !== actorId) return true;
    return issuePolicy.canSeeReporter(await ctx.access(), service.factsOf(issue));
  },
};

/** What the issues module tells of a community for the viewer: whether it has a work list there. */
@Resolver(() => CommunityType)
export class IssueCommunityResolver {
  @FieldResolver(() => Boolean, {
    description:
      "工单: whether the community's issues may be dispatched or escalated to one of the viewer's organizations (one of its own, or one above whose area takes it in): their work list (`issues` with `mine`), where they accept, return and resolve.",
  })
  async viewerCanWorkIssues(@Root() c: CommunityType, @Ctx() ctx: Context): Promise<boolean> {
    return issuePolicy.canWork(await ctx.access(), c.entity.id);
  }
}

import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../core/context.js';
import { requireUser } from '../core/policy.js';
import { notFound } from '../core/errors.js';
import { keyOf } from '../core/ids.js';
import { decodeTimeCursor, encodeTimeCursor, PageArgs, pageSize, selects, toConnection } from '../core/pagination.js';
import { UserType } from '../accounts/index.js';
import { CommunityType } from '../communities/index.js';
import { AttachmentType, attachmentsOf } from '../attachments/index.js';
import { DomainEventType, type DomainEvent, eventService as events } from '../events/index.js';
import { matterNodes, MatterType } from '../meetings/index.js';
import { Proposal, ProposalComment } from './proposal.entity.js';
import { ProposalCommentConnection, ProposalCommentType, ProposalConnection, ProposalThresholdType, ProposalType } from './proposal.types.js';
import { CommentOnProposalInput, CreateProposalInput, DeclineProposalInput, ProposalEventsArgs, ProposalRefInput, ProposalsArgs, SetProposalThresholdInput } from './proposal.inputs.js';
import { proposalPolicy } from './proposal.policy.js';
import { ProposalAction } from './proposal.actions.js';
import { canProposal, followRefusal } from './proposal.state.js';
import { flaggedProposals, listProposals, thresholdOf } from './proposals.queries.js';
import * as service from './proposals.service.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The proposal when the viewer may see it (`proposalPolicy.canSee`), else null. */
export async function visibleProposal(ctx: Context, key: string): Promise<Proposal | null> {
  if (!ctx.userId || !UUID.test(key)) return null;
  const p = await ctx.em.findOne(Proposal, key);
  return p && proposalPolicy.canSee(await ctx.access(), p.community.id) ? p : null;
}

/** Whether the viewer supports / follows each proposal asked in this request: one statement per table. */
function viewerFlag(ctx: Context, table: 'proposal_supports' | 'proposal_follows', proposalId: string): Promise<boolean> {
  return ctx
    .loader<string, boolean>(`proposalFlag:${table}`, async (ids) => {
      const set = ctx.userId ? await flaggedProposals(ctx.em, table, ctx.userId, ids) : new Set<string>();
      return ids.map((id) => set.has(id));
    })
    .load(proposalId);
}

/** Supporters a proposal of the community needs now, once per community per request. */
function neededIn(ctx: Context, communityId: string) {
  return ctx
    .loader<string, Awaited<ReturnType<typeof thresholdOf>>>('proposalThreshold', (ids) => Promise.all(ids.map((id) => thresholdOf(ctx.em, id))))
    .load(communityId);
}

@Resolver(() => ProposalType)
export class ProposalResolver {
  @Query(() => ProposalConnection, {
    description: "说事议事室: a community's proposals, newest first, for whoever belongs to it (empty for others). `status: [SUBMITTED]` is the party organization's 议事 list.",
  })
  async proposals(@Args(() => ProposalsArgs) args: ProposalsArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<ProposalConnection> {
    const access = await ctx.access();
    const userId = requireUser(access);
    const communityId = keyOf(args.communityId, 'Community', 'communityId');
    const limit = pageSize(args.first);
    if (!proposalPolicy.canSee(access, communityId)) return Object.assign(new ProposalConnection(), { ...toConnection([], limit, false, () => '', ProposalType.from), totalCount: 0 });
    const after = args.after ? decodeTimeCursor(args.after) : undefined;
    const { rows, total } = await listProposals(ctx.em, { communityId, statuses: args.status, proposerId: args.mine ? userId : null, after, limit: limit + 1 }, selects(info, 'totalCount'));
    const page = toConnection(rows, limit, !!after, (p) => encodeTimeCursor(p.createdAt, p.id), ProposalType.from);
    return Object.assign(new ProposalConnection(), { ...page, totalCount: total ?? 0 });
  }

  @Query(() => ProposalType, { nullable: true, description: 'A proposal the viewer may see, or null.' })
  async proposal(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ProposalType | null> {
    const p = await visibleProposal(ctx, keyOf(id, 'Proposal', 'id'));
    return p ? ProposalType.from(p) : null;
  }

  @FieldResolver(() => [AttachmentType], { description: 'Its photos and documents, in the order given: served to whoever may see it.' })
  async attachments(@Root() p: ProposalType, @Ctx() ctx: Context): Promise<AttachmentType[]> {
    return (await attachmentsOf(ctx, 'Proposal', p.entity.id)).map(AttachmentType.from);
  }

  @FieldResolver(() => CommunityType, { description: 'Its community.' })
  async community(@Root() p: ProposalType): Promise<CommunityType> {
    return CommunityType.from(await p.entity.community.loadOrFail({ dataloader: true }));
  }

  @FieldResolver(() => UserType, { description: 'Who proposed it (proposals are signed: 实名提议).' })
  async proposer(@Root() p: ProposalType): Promise<UserType> {
    return UserType.from(await p.entity.proposer.loadOrFail({ dataloader: true }));
  }

  @FieldResolver(() => Boolean, { description: 'The viewer proposed it.' })
  async isMine(@Root() p: ProposalType, @Ctx() ctx: Context): Promise<boolean> {
    return (await ctx.access()).is(p.entity.proposer.id);
  }

  @FieldResolver(() => Int, {
    description: 'Supporters it needs to go to the 议事 list: the threshold it reached once SUBMITTED or later, otherwise what the community\'s setting comes to now (the proposer not counted).',
  })
  async supportersNeeded(@Root() p: ProposalType, @Ctx() ctx: Context): Promise<number> {
    return p.entity.submittedThreshold ?? (await neededIn(ctx, p.entity.community.id)).needed;
  }

  @FieldResolver(() => Boolean, { description: 'The viewer supports it (联名).' })
  viewerSupports(@Root() p: ProposalType, @Ctx() ctx: Context): Promise<boolean> {
    return viewerFlag(ctx, 'proposal_supports', p.entity.id);
  }

  @FieldResolver(() => Boolean, { description: 'The viewer follows its thread.' })
  viewerFollows(@Root() p: ProposalType, @Ctx() ctx: Context): Promise<boolean> {
    return viewerFlag(ctx, 'proposal_follows', p.entity.id);
  }

  @FieldResolver(() => MatterType, { nullable: true, description: 'The matter it was accepted as (议事 → 定事 → 理事 → 监事), when the viewer may see it.' })
  async matter(@Root() p: ProposalType, @Ctx() ctx: Context): Promise<MatterType | null> {
    return p.entity.matter ? matterNodes.Matter(ctx, p.entity.matter.id) : null;
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'The member of the party organization who accepted or declined it.' })
  async decidedBy(@Root() p: ProposalType): Promise<UserType | null> {
    return p.entity.decidedBy ? UserType.from(await p.entity.decidedBy.loadOrFail({ dataloader: true })) : null;
  }

  @FieldResolver(() => ProposalCommentConnection, { description: 'Its thread, oldest first.' })
  async comments(@Root() p: ProposalType, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context): Promise<ProposalCommentConnection> {
    const limit = pageSize(args.first);
    const after = args.after ? decodeTimeCursor(args.after) : undefined;
    const where = { proposal: p.entity.id, ...(after ? { $or: [{ createdAt: { $gt: new Date(after.at) } }, { createdAt: new Date(after.at), id: { $gt: after.id } }] } : {}) };
    const [rows, total] = await Promise.all([
      ctx.em.find(ProposalComment, where, { orderBy: { createdAt: 'asc', id: 'asc' }, limit: limit + 1 }),
      ctx.em.count(ProposalComment, { proposal: p.entity.id }),
    ]);
    const page = toConnection(rows, limit, !!after, (c) => encodeTimeCursor(c.createdAt, c.id), ProposalCommentType.from);
    return Object.assign(new ProposalCommentConnection(), { ...page, totalCount: total });
  }

  @FieldResolver(() => [ProposalAction], { description: 'The steps the viewer may take on it now (the policy and the machine together): offer exactly these.' })
  async viewerActions(@Root() p: ProposalType, @Ctx() ctx: Context): Promise<ProposalAction[]> {
    const a = await ctx.access();
    const f = service.factsOf(p.entity);
    if (!proposalPolicy.canSee(a, f.communityId)) return [];
    const status = p.entity.status;
    const [supports, follows] = await Promise.all([viewerFlag(ctx, 'proposal_supports', p.entity.id), viewerFlag(ctx, 'proposal_follows', p.entity.id)]);
    const checks: [ProposalAction, boolean][] = [
      [ProposalAction.SUPPORT, proposalPolicy.canSupport(a, f) && canProposal('support', status, supports)],
      [ProposalAction.WITHDRAW, proposalPolicy.canWithdraw(a, f) && canProposal('withdraw', status)],
      [ProposalAction.ACCEPT, proposalPolicy.canDecide(a, f.communityId) && canProposal('accept', status)],
      [ProposalAction.DECLINE, proposalPolicy.canDecide(a, f.communityId) && canProposal('decline', status)],
      [ProposalAction.COMMENT, proposalPolicy.canComment(a, f) && canProposal('comment', status)],
      [ProposalAction.FOLLOW, proposalPolicy.canFollow(a, f) && followRefusal(follows, true) === null],
      [ProposalAction.UNFOLLOW, proposalPolicy.canFollow(a, f) && followRefusal(follows, false) === null],
    ];
    return checks.filter(([, ok]) => ok).map(([action]) => action);
  }

  @Mutation(() => ProposalType, { description: '我要提议: a verified resident proposes a matter for their community (OPEN, collecting supporters); they follow its thread.' })
  async createProposal(@Arg('input', () => CreateProposalInput) input: CreateProposalInput, @Ctx() ctx: Context): Promise<ProposalType> {
    return ProposalType.from(await service.createProposal(ctx, input));
  }

  @Mutation(() => ProposalType, {
    description: "联名: a verified resident of its community (not the proposer) supports an OPEN proposal, once; the support that reaches the community's threshold sends it to the party organization's 议事 list (SUBMITTED).",
  })
  async supportProposal(@Arg('input', () => ProposalRefInput) input: ProposalRefInput, @Ctx() ctx: Context): Promise<ProposalType> {
    return ProposalType.from(await service.supportProposal(ctx, input.proposalId));
  }

  @Mutation(() => ProposalType, { description: '撤回: the proposer withdraws an OPEN proposal.' })
  async withdrawProposal(@Arg('input', () => ProposalRefInput) input: ProposalRefInput, @Ctx() ctx: Context): Promise<ProposalType> {
    return ProposalType.from(await service.withdrawProposal(ctx, input.proposalId));
  }

  @Mutation(() => ProposalType, { description: '立项: the party organization accepts a SUBMITTED proposal as a matter (DELIBERATION, 议事), linked both ways.' })
  async acceptProposal(@Arg('input', () => ProposalRefInput) input: ProposalRefInput, @Ctx() ctx: Context): Promise<ProposalType> {
    return ProposalType.from(await service.acceptProposal(ctx, input.proposalId));
  }

  @Mutation(() => ProposalType, { description: '不予立项: the party organization declines a SUBMITTED proposal with a public reason.' })
  async declineProposal(@Arg('input', () => DeclineProposalInput) input: DeclineProposalInput, @Ctx() ctx: Context): Promise<ProposalType> {
    return ProposalType.from(await service.declineProposal(ctx, input));
  }

  @Mutation(() => ProposalType, { description: '关注: follow its thread and be told of its changes.' })
  async followProposal(@Arg('input', () => ProposalRefInput) input: ProposalRefInput, @Ctx() ctx: Context): Promise<ProposalType> {
    return ProposalType.from(await service.setFollowing(ctx, input.proposalId, true));
  }

  @Mutation(() => ProposalType, { description: 'Stop following it.' })
  async unfollowProposal(@Arg('input', () => ProposalRefInput) input: ProposalRefInput, @Ctx() ctx: Context): Promise<ProposalType> {
    return ProposalType.from(await service.setFollowing(ctx, input.proposalId, false));
  }

  @Mutation(() => ProposalThresholdType, { description: "Sets a community's threshold for proposals (its party organization and administrators)." })
  async setProposalThreshold(@Arg('input', () => SetProposalThresholdInput) input: SetProposalThresholdInput, @Ctx() ctx: Context): Promise<ProposalThresholdType> {
    const communityId = await service.setProposalThreshold(ctx, input);
    return thresholdType(await thresholdOf(ctx.em, communityId));
  }

  @Subscription(() => DomainEventType, {
    description: "One proposal's thread, live: supports, reaching the 议事 list, the decision, comments.",
    subscribe: async ({ args, context }) => {
      const ctx = context as Context;
      const a = args as ProposalEventsArgs;
      const p = await visibleProposal(ctx, keyOf(a.proposalId, 'Proposal', 'proposalId'));
      if (!p) throw notFound('Proposal');
      return events.subscribeStream(ctx, { communityId: p.community.id, after: a.after, subjectId: p.id }) as never;
    },
  })
  proposalEvents(@Root() event: DomainEvent, @Args(() => ProposalEventsArgs) _args: ProposalEventsArgs, @Ctx() ctx: Context): DomainEventType {
    ctx.renew();
    return DomainEventType.from(event);
  }
}

@Resolver(() => ProposalCommentType)
export class ProposalCommentResolver {
  @FieldResolver(() => UserType, { description: 'Who wrote it.' })
  async author(@Root() c: ProposalCommentType): Promise<UserType> {
    return UserType.from(await c.entity.author.loadOrFail({ dataloader: true }));
  }

  @Mutation(() => ProposalCommentType, { description: "A comment in a proposal's thread (whoever belongs to its community); its followers are told." })
  async commentOnProposal(@Arg('input', () => CommentOnProposalInput) input: CommentOnProposalInput, @Ctx() ctx: Context): Promise<ProposalCommentType> {
    return ProposalCommentType.from(await service.commentOnProposal(ctx, input));
  }
}

const thresholdType = (t: Awaited<ReturnType<typeof thresholdOf>>) =>
  Object.assign(new ProposalThresholdType(), { mode: t.setting.mode, value: t.setting.value, households: t.households, supportersNeeded: t.needed });

@Resolver(() => CommunityType)
export class CommunityProposalResolver {
  @FieldResolver(() => ProposalThresholdType, { nullable: true, description: 'Its threshold for proposals (说事议事室), for whoever belongs to it; null for others.' })
  async proposalThreshold(@Root() c: CommunityType, @Ctx() ctx: Context): Promise<ProposalThresholdType | null> {
    if (!proposalPolicy.canSee(await ctx.access(), c.entity.id)) return null;
    return thresholdType(await neededIn(ctx, c.entity.id));
  }
}

@Resolver(() => MatterType)
export class MatterProposalResolver {
  @FieldResolver(() => ProposalType, { nullable: true, description: "The residents' proposal it was accepted from (民事民议), when there is one." })
  async proposal(@Root() m: Pick<MatterType, 'entity'>, @Ctx() ctx: Context): Promise<ProposalType | null> {
    const id = m.entity.proposalId;
    if (!id) return null;
    const p = await visibleProposal(ctx, id);
    return p ? ProposalType.from(p) : null;
  }
}

export const proposalNodes = {
  Proposal: async (ctx: Context, key: string) => {
    const p = await visibleProposal(ctx, key);
    return p ? ProposalType.from(p) : null;
  },
  ProposalComment: async (ctx: Context, key: string) => {
    if (!ctx.userId || !UUID.test(key)) return null;
    const c = await ctx.em.findOne(ProposalComment, key);
    return c && (await visibleProposal(ctx, c.proposal.id)) ? ProposalCommentType.from(c) : null;
  },
};

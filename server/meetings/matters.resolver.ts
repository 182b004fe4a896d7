import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../core/context.js';
import { requireUser } from '../core/policy.js';
import { keyOf } from '../core/ids.js';
import { decodeTimeCursor, encodeTimeCursor, pageSize, toConnection } from '../core/pagination.js';
import { UserType } from '../accounts/index.js';
import { CommunityType } from '../communities/index.js';
import { Issue, IssueType, issuePolicy, factsOf as issueFacts } from '../issues/index.js';
import { ActionItem } from './meeting.entity.js';
import { Matter, SupervisionRecord } from './matter.entity.js';
import { ActionItemType, MeetingType, ResolutionType } from './meeting.types.js';
import { MatterAction, MatterConnection, MatterType, SupervisionRecordType } from './matter.types.js';
import { AdvanceMatterInput, MattersArgs, ProposeMatterInput, RecordSupervisionInput } from './meeting.inputs.js';
import { matterPolicy } from './meeting.policy.js';
import { canSeeMeeting, UUID } from './meeting.read.js';
import { matterActions, matterProgress } from './meeting.actions.js';
import { listMatters, meetingsOfMatter } from './meetings.queries.js';
import * as service from './matters.service.js';

async function visibleMatter(ctx: Context, key: string): Promise<Matter | null> {
  if (!ctx.userId || !UUID.test(key)) return null;
  const m = await ctx.em.findOne(Matter, key);
  return m && matterPolicy.canSee(await ctx.access(), m.community.id) ? m : null;
}

@Resolver(() => MatterType)
export class MatterResolver {
  @Query(() => MatterConnection, { description: 'The matters (事项) of a community through the four councils, newest first.' })
  async matters(@Args(() => MattersArgs) args: MattersArgs, @Ctx() ctx: Context): Promise<MatterConnection> {
    const access = await ctx.access();
    requireUser(access);
    const communityId = keyOf(args.communityId, 'Community', 'communityId');
    const limit = pageSize(args.first);
    if (!matterPolicy.canSee(access, communityId)) return Object.assign(new MatterConnection(), { ...toConnection([], limit, false, () => '', MatterType.from), totalCount: 0 });
    const after = args.after ? decodeTimeCursor(args.after) : undefined;
    const { matters, total } = await listMatters(ctx.em, communityId, args.stage, after, limit + 1);
    const page = toConnection(matters, limit, !!after, (m) => encodeTimeCursor(m.createdAt, m.id), MatterType.from);
    return Object.assign(new MatterConnection(), { ...page, totalCount: total });
  }

  @FieldResolver(() => CommunityType, { description: 'Its community.' })
  async community(@Root() m: MatterType): Promise<CommunityType> {
    return CommunityType.from(await m.entity.community.loadOrFail({ dataloader: true }));
  }

  @FieldResolver(() => [IssueType], { description: 'The shared issues that raised it, those the viewer may read.' })
  async sourceIssues(@Root() m: MatterType, @Ctx() ctx: Context): Promise<IssueType[]> {
    const ids = m.entity.sourceIssueIds;
    if (!ids.length) return [];
    const access = await ctx.access();
    const issues = await ctx.em.find(Issue, { id: { $in: ids } });
    const now = ctx.now();
    return ids
      .map((id) => issues.find((i) => i.id === id))
      .filter((i): i is Issue => !!i && issuePolicy.canRead(access, issueFacts(i)))
      .map((i) => IssueType.from(i, now));
  }

  @FieldResolver(() => [MeetingType], { description: 'The meetings that had it on their agenda or decided it, those the viewer may see.' })
  async meetings(@Root() m: MatterType, @Ctx() ctx: Context): Promise<MeetingType[]> {
    const out: MeetingType[] = [];
    for (const meeting of await meetingsOfMatter(ctx.em, m.entity.id)) if (await canSeeMeeting(ctx, meeting)) out.push(MeetingType.from(meeting));
    return out;
  }

  @FieldResolver(() => ResolutionType, { nullable: true, description: 'The PASSED resolution it is executed under.' })
  async resolution(@Root() m: MatterType): Promise<ResolutionType | null> {
    return m.entity.resolution ? ResolutionType.from(await m.entity.resolution.loadOrFail({ dataloader: true })) : null;
  }

  @FieldResolver(() => [ActionItemType], { description: 'The action items that carry it out, those the viewer may see.' })
  async actionItems(@Root() m: MatterType, @Ctx() ctx: Context): Promise<ActionItemType[]> {
    const now = ctx.now();
    const access = await ctx.access();
    const items = await ctx.em.find(ActionItem, { matterId: m.entity.id }, { populate: ['meeting'], orderBy: { createdAt: 'asc', id: 'asc' } });
    // As node(id): whoever sees the meeting, and the assignee's members.
    const out: ActionItemType[] = [];
    for (const a of items) if (access.isMemberOf(a.assignee.id) || (await canSeeMeeting(ctx, a.meeting.getEntity()))) out.push(ActionItemType.from(a, now));
    return out;
  }

  @FieldResolver(() => [SupervisionRecordType], { description: 'The supervisory committee’s findings, oldest first.' })
  async supervisionRecords(@Root() m: MatterType, @Ctx() ctx: Context): Promise<SupervisionRecordType[]> {
    return (await ctx.em.find(SupervisionRecord, { matter: m.entity.id }, { orderBy: { createdAt: 'asc', id: 'asc' } })).map(SupervisionRecordType.from);
  }

  @FieldResolver(() => [ResolutionType], {
    description: 'The resolutions that may put it into execution (理事): on it, CLOSED and PASSED by a REPRESENTATIVES meeting or an OWNERS_ASSEMBLY; pass one as advanceMatter’s resolutionId.',
  })
  async decidingResolutions(@Root() m: MatterType, @Ctx() ctx: Context): Promise<ResolutionType[]> {
    return (await matterProgress(ctx, m.entity.id)).decidingResolutions.map(ResolutionType.from);
  }

  @FieldResolver(() => [MatterAction], { description: 'The steps the viewer may take now (the policy and the state machine together): offer exactly these.' })
  async viewerActions(@Root() m: MatterType, @Ctx() ctx: Context): Promise<MatterAction[]> {
    return matterActions(ctx, m.entity);
  }

  @Mutation(() => MatterType, { description: '议事: the party organization proposes a matter (DELIBERATION).' })
  async proposeMatter(@Arg('input', () => ProposeMatterInput) input: ProposeMatterInput, @Ctx() ctx: Context): Promise<MatterType> {
    return MatterType.from(await service.proposeMatter(ctx, input));
  }

  @Mutation(() => MatterType, { description: 'Move a matter on: DECISION (on a council’s agenda), EXECUTION (a PASSED resolution), SUPERVISION (action items done), CLOSED (supervised), or REJECTED with a note.' })
  async advanceMatter(@Arg('input', () => AdvanceMatterInput) input: AdvanceMatterInput, @Ctx() ctx: Context): Promise<MatterType> {
    return MatterType.from(await service.advanceMatter(ctx, input));
  }

  @Mutation(() => SupervisionRecordType, { description: '监事: the supervisory committee records a finding.' })
  async recordSupervision(@Arg('input', () => RecordSupervisionInput) input: RecordSupervisionInput, @Ctx() ctx: Context): Promise<SupervisionRecordType> {
    return SupervisionRecordType.from(await service.recordSupervision(ctx, input));
  }
}

@Resolver(() => SupervisionRecordType)
export class SupervisionRecordResolver {
  @FieldResolver(() => UserType, { description: 'Who recorded it.' })
  async author(@Root() r: SupervisionRecordType): Promise<UserType> {
    return UserType.from(await r.entity.author.loadOrFail({ dataloader: true }));
  }
}

export const matterNodes = {
  Matter: async (ctx: Context, key: string) => {
    const m = await visibleMatter(ctx, key);
    return m ? MatterType.from(m) : null;
  },
};

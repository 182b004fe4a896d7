import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../core/context.js';
import { BuildingType } from '../communities/index.js';
import { BallotChoice, type BallotChannel, Meeting, ResolutionStatus } from './meeting.entity.js';
import { Matter } from './matter.entity.js';
import { AgendaItemType, MeetingType, ResolutionAction, ResolutionType, RollEntryType, TallyType } from './meeting.types.js';
import { MatterType } from './matter.types.js';
import { CastBallotInput, ProposeResolutionInput, ResolutionRefInput } from './meeting.inputs.js';
import { matterPolicy, meetingPolicy } from './meeting.policy.js';
import { viewerFacts } from './meeting.read.js';
import { electorOf, readRoll, viewerBallots } from './meetings.queries.js';
import { resolutionActions, resolutionActionsOnceQuorumMet } from './meeting.actions.js';
import * as votes from './votes.service.js';
import { quorumMet } from './vote.rules.js';

const meetingOf = async (ref: { id: string; loadOrFail(o: { dataloader: boolean }): Promise<Meeting> }) => MeetingType.from(await ref.loadOrFail({ dataloader: true }));

/** A motion: its live tally, the viewer's ballot and abilities, the steps of its vote. */
@Resolver(() => ResolutionType)
export class ResolutionResolver {
  @FieldResolver(() => MeetingType, { description: 'Its meeting.' })
  meeting(@Root() r: ResolutionType): Promise<MeetingType> {
    return meetingOf(r.entity.meeting);
  }

  @FieldResolver(() => AgendaItemType, { nullable: true, description: 'The agenda item it belongs to.' })
  async agendaItem(@Root() r: ResolutionType): Promise<AgendaItemType | null> {
    return r.entity.agendaItem ? AgendaItemType.from(await r.entity.agendaItem.loadOrFail({ dataloader: true })) : null;
  }

  @FieldResolver(() => MatterType, { nullable: true, description: 'The matter it decides.' })
  async matter(@Root() r: ResolutionType, @Ctx() ctx: Context): Promise<MatterType | null> {
    if (!r.entity.matterId) return null;
    const m = await ctx.em.findOne(Matter, r.entity.matterId);
    return m && matterPolicy.canSee(await ctx.access(), m.community.id) ? MatterType.from(m) : null;
  }

  @FieldResolver(() => BuildingType, {
    nullable: true,
    description: 'The scope of an owners’ vote: the building whose owners decide (a matter of that building alone, such as using its maintenance fund). Null: the whole building zone (or, under the other rules, the seats taken at the meeting).',
  })
  async building(@Root() r: ResolutionType): Promise<BuildingType | null> {
    return r.entity.building ? BuildingType.from(await r.entity.building.loadOrFail({ dataloader: true })) : null;
  }

  @FieldResolver(() => TallyType, { description: 'The count: live while OPEN (one statement for all open votes of the request), final once CLOSED.' })
  async tally(@Root() r: ResolutionType, @Ctx() ctx: Context): Promise<TallyType> {
    const e = r.entity;
    const record =
      e.status === ResolutionStatus.CLOSED && e.finalTally
        ? e.finalTally
        : ((await ctx.loader<string, ReturnType<typeof emptyTally>>('tally', async (ids) => {
            const counts = await votes.countBallots(ctx.em, ids);
            return ids.map((id) => counts.get(id) ?? emptyTally());
          }).load(e.id)));
    return Object.assign(new TallyType(), record, { quorumMet: quorumMet(e.rule, record) });
  }

  @FieldResolver(() => [RollEntryType], {
    nullable: true,
    description:
      'The roll of the vote (fixed when it opened; empty while DRAFT) with whether and how each head voted, never what it chose (ballots are secret): for the convener, who runs the vote (the 表决名册 export, `/export/vote.xlsx`). Null for everyone else.',
  })
  async roll(@Root() r: ResolutionType, @Ctx() ctx: Context): Promise<RollEntryType[] | null> {
    const meeting = await r.entity.meeting.loadOrFail({ dataloader: true });
    if (!meetingPolicy.canSeeRoll(await ctx.access(), await viewerFacts(ctx, meeting))) return null;
    const rows = await readRoll(ctx.em, r.entity.id);
    return rows.map((h) =>
      Object.assign(new RollEntryType(), {
        head: h.head,
        units: h.units,
        electors: h.electors,
        area: Number(h.area),
        developer: h.developer,
        voted: h.channel !== null,
        channel: h.channel as BallotChannel | null,
        castAt: h.cast_at ? new Date(h.cast_at) : null,
      }),
    );
  }

  @FieldResolver(() => BallotChoice, { nullable: true, description: "The ballot of the viewer's head of the roll, if cast: their own, or their flat's when a co-owner (or a teller) cast it." })
  async viewerBallot(@Root() r: ResolutionType, @Ctx() ctx: Context): Promise<BallotChoice | null> {
    const userId = ctx.userId;
    if (!userId) return null;
    return ctx
      .loader<string, BallotChoice | null>('viewerBallot', async (ids) => {
        const ballots = await viewerBallots(ctx.em, ids, userId);
        return ids.map((id) => ballots.get(id) ?? null);
      })
      .load(r.entity.id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer is on the roll of this vote.' })
  async viewerEligible(@Root() r: ResolutionType, @Ctx() ctx: Context): Promise<boolean> {
    const userId = ctx.userId;
    if (!userId || r.entity.status === ResolutionStatus.DRAFT) return false;
    return ctx
      .loader<string, boolean>('viewerElector', async (ids) => {
        const set = await electorOf(ctx.em, ids, userId);
        return ids.map((id) => set.has(id));
      })
      .load(r.entity.id);
  }

  @FieldResolver(() => [ResolutionAction], { description: 'The steps the viewer may take on it now (the policy and the state machine together): offer exactly these.' })
  async viewerActions(@Root() r: ResolutionType, @Ctx() ctx: Context): Promise<ResolutionAction[]> {
    return resolutionActions(ctx, r.entity, await r.entity.meeting.loadOrFail({ dataloader: true }));
  }

  @FieldResolver(() => [ResolutionAction], {
    description:
      "The steps the viewer will be offered once the seats taken meet the meeting's attendanceQuorum, nothing else changing, that are not offered now (OPEN_VOTING on a draft in session, for the convener): to show as waiting. Empty once the quorum is met.",
  })
  async viewerActionsOnceAttendanceQuorumMet(@Root() r: ResolutionType, @Ctx() ctx: Context): Promise<ResolutionAction[]> {
    return resolutionActionsOnceQuorumMet(ctx, r.entity, await r.entity.meeting.loadOrFail({ dataloader: true }));
  }

  @Mutation(() => ResolutionType, { description: 'Put a motion (the convener), before or during the session; the owners’ rules only at an owners’ assembly.' })
  async proposeResolution(@Arg('input', () => ProposeResolutionInput) input: ProposeResolutionInput, @Ctx() ctx: Context): Promise<ResolutionType> {
    return ResolutionType.from(await votes.proposeResolution(ctx, input));
  }

  @Mutation(() => ResolutionType, { description: 'DRAFT → OPEN during the session; the roll of the vote is fixed now.' })
  async openVoting(@Arg('input', () => ResolutionRefInput) input: ResolutionRefInput, @Ctx() ctx: Context): Promise<ResolutionType> {
    return ResolutionType.from(await votes.openVoting(ctx, input.resolutionId));
  }

  @Mutation(() => ResolutionType, { description: 'One ballot per elector: ONLINE by oneself, PAPER or PROXY recorded by a teller. A second ballot gets CONFLICT.' })
  async castBallot(@Arg('input', () => CastBallotInput) input: CastBallotInput, @Ctx() ctx: Context): Promise<ResolutionType> {
    return ResolutionType.from(await votes.castBallot(ctx, input));
  }

  @Mutation(() => ResolutionType, { description: 'OPEN → CLOSED: counted under its rule (PASSED, FAILED or NO_QUORUM).' })
  async closeVoting(@Arg('input', () => ResolutionRefInput) input: ResolutionRefInput, @Ctx() ctx: Context): Promise<ResolutionType> {
    return ResolutionType.from(await votes.closeVoting(ctx, input.resolutionId));
  }
}

const emptyTally = () => ({ ...votes.EMPTY_TALLY });

import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../core/context.js';
import { requireUser } from '../core/policy.js';
import { notFound } from '../core/errors.js';
import { keyOf, parseGlobalId } from '../core/ids.js';
import { decodeTimeCursor, encodeTimeCursor, pageSize, toConnection } from '../core/pagination.js';
import { UserType } from '../accounts/user.type.js';
import { User } from '../accounts/user.entity.js';
import { BuildingType, CommunityType, OrganizationType } from '../communities/community.types.js';
import { Organization } from '../communities/organization.entity.js';
import { IssueType } from '../issues/issue.types.js';
import { readableIssue } from '../issues/issues.resolver.js';
import { DomainEvent } from '../events/domain-event.entity.js';
import { DomainEventType } from '../events/event.types.js';
import * as events from '../events/events.service.js';
import { VolunteerTask, VolunteerTaskStatus } from '../volunteers/volunteer.entity.js';
import { VolunteerTaskType } from '../volunteers/volunteer.types.js';
import { volunteerPolicy } from '../volunteers/volunteer.policy.js';
import {
  ActionItem,
  ActionItemStatus,
  AgendaEditor,
  AgendaItem,
  Attendance,
  BallotChoice,
  Meeting,
  MinutesApproval,
  MinutesRevision,
  Resolution,
  ResolutionStatus,
} from './meeting.entity.js';
import { Matter } from './matter.entity.js';
import {
  ActionItemType,
  AgendaItemType,
  AttendanceType,
  MeetingConnection,
  MeetingType,
  MinutesRevisionType,
  MinutesType,
  ResolutionType,
  TallyType,
} from './meeting.types.js';
import { MatterType } from './matter.types.js';
import {
  AddActionItemInput,
  AddAgendaItemInput,
  CancelMeetingInput,
  CastBallotInput,
  CheckInAttendeeInput,
  EditAgendaNotesInput,
  MeetingEventsArgs,
  MeetingRefInput,
  MeetingsArgs,
  ProposeResolutionInput,
  ResolutionRefInput,
  ScheduleMeetingInput,
  SetEditingInput,
  UpdateActionItemInput,
} from './meeting.inputs.js';
import { matterPolicy, meetingPolicy } from './meeting.policy.js';
import { factsOf, involvedIn } from './meeting.access.js';
import * as meetings from './meetings.service.js';
import * as votes from './votes.service.js';
import * as actions from './action-items.service.js';
import { countMeetings, listMeetings } from './meetings.queries.js';
import { renderMinutes } from './minutes.js';
import { attendanceMet, quorumMet } from './vote.rules.js';
import { seatsTaken } from './roll.js';

const UUID = /^[0-9a-f-]{36}$/;
const uuids = (ids: readonly string[]) => `{${ids.join(',')}}`;

/** Whether the viewer has a stake in each meeting (MeetingFacts.involved): one statement per request. */
function involved(ctx: Context, meetingId: string): Promise<boolean> {
  const userId = ctx.userId;
  if (!userId) return Promise.resolve(false);
  return ctx
    .loader<string, boolean>('meetingInvolved', async (ids) => {
      const set = await involvedIn(ctx.em, ids, userId);
      return ids.map((id) => set.has(id));
    })
    .load(meetingId);
}

async function facts(ctx: Context, m: Meeting) {
  return factsOf(m, await involved(ctx, m.id));
}

export async function canSeeMeeting(ctx: Context, m: Meeting): Promise<boolean> {
  return !!ctx.userId && meetingPolicy.canSee(await ctx.access(), await facts(ctx, m));
}

/** Loads a meeting the viewer may see, or null. */
export async function visibleMeeting(ctx: Context, key: string): Promise<Meeting | null> {
  if (!ctx.userId || !UUID.test(key)) return null;
  const m = await ctx.em.findOne(Meeting, key);
  return m && (await canSeeMeeting(ctx, m)) ? m : null;
}

/** An action item is seen by whoever sees its meeting, and by its assignee's members. */
async function visibleActionItem(ctx: Context, key: string): Promise<ActionItem | null> {
  if (!ctx.userId || !UUID.test(key)) return null;
  const a = await ctx.em.findOne(ActionItem, key, { populate: ['meeting'] });
  if (!a) return null;
  if ((await ctx.access()).isMemberOf(a.assignee.id)) return a;
  return (await canSeeMeeting(ctx, a.meeting.getEntity())) ? a : null;
}

const meetingOf = async (ref: { id: string; loadOrFail(o: { dataloader: boolean }): Promise<Meeting> }) => MeetingType.from(await ref.loadOrFail({ dataloader: true }));

@Resolver(() => MeetingType)
export class MeetingResolver {
  @Query(() => MeetingConnection, { description: 'The meetings of a community the viewer may see, latest first.' })
  async meetings(@Args(() => MeetingsArgs) args: MeetingsArgs, @Ctx() ctx: Context): Promise<MeetingConnection> {
    const access = await ctx.access();
    requireUser(access);
    const communityId = keyOf(args.communityId, 'Community', 'communityId');
    const limit = pageSize(args.first);
    const after = args.after ? decodeTimeCursor(args.after) : undefined;
    const [rows, total] = await Promise.all([listMeetings(ctx.em, access, communityId, after, limit + 1), countMeetings(ctx.em, access, communityId)]);
    const page = toConnection(rows, limit, !!after, (m) => encodeTimeCursor(m.scheduledAt, m.id), MeetingType.from);
    return Object.assign(new MeetingConnection(), { ...page, totalCount: total });
  }

  @Query(() => MeetingType, { nullable: true, description: 'One meeting, if the viewer may see it.' })
  async meeting(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<MeetingType | null> {
    const parsed = parseGlobalId(id);
    const m = parsed?.type === 'Meeting' ? await visibleMeeting(ctx, parsed.key) : null;
    return m ? MeetingType.from(m) : null;
  }

  @FieldResolver(() => CommunityType, { description: 'Its community.' })
  async community(@Root() m: MeetingType): Promise<CommunityType> {
    return CommunityType.from(await m.entity.community.loadOrFail({ dataloader: true }));
  }

  @FieldResolver(() => OrganizationType, { description: 'The convening organization.' })
  async convener(@Root() m: MeetingType): Promise<OrganizationType> {
    return OrganizationType.from(await m.entity.convener.loadOrFail({ dataloader: true }));
  }

  @FieldResolver(() => [OrganizationType], { description: 'The other organizations taking part.' })
  async participants(@Root() m: MeetingType, @Ctx() ctx: Context): Promise<OrganizationType[]> {
    const ids = m.entity.participantIds;
    if (!ids.length) return [];
    const orgs = await ctx.em.find(Organization, { id: { $in: ids } });
    return ids.map((id) => orgs.find((o) => o.id === id)).filter((o): o is Organization => !!o).map(OrganizationType.from);
  }

  @FieldResolver(() => [AttendanceType], { description: 'The roll: convener, participants, invitees, and owners who took a seat.' })
  async attendance(@Root() m: MeetingType, @Ctx() ctx: Context): Promise<AttendanceType[]> {
    const seats = await ctx.em.find(Attendance, { meeting: m.entity.id }, { orderBy: { organization: { id: 'asc' }, principal: { name: 'asc' }, id: 'asc' } });
    return seats.map(AttendanceType.from);
  }

  @FieldResolver(() => [AgendaItemType], { description: 'The agenda, in order.' })
  async agenda(@Root() m: MeetingType, @Ctx() ctx: Context): Promise<AgendaItemType[]> {
    return (await ctx.em.find(AgendaItem, { meeting: m.entity.id }, { orderBy: { position: 'asc' } })).map(AgendaItemType.from);
  }

  @FieldResolver(() => [ResolutionType], { description: 'Its resolutions, in the order proposed.' })
  async resolutions(@Root() m: MeetingType, @Ctx() ctx: Context): Promise<ResolutionType[]> {
    return (await ctx.em.find(Resolution, { meeting: m.entity.id }, { orderBy: { createdAt: 'asc', id: 'asc' } })).map(ResolutionType.from);
  }

  @FieldResolver(() => [ActionItemType], { description: 'Its action items, in the order recorded.' })
  async actionItems(@Root() m: MeetingType, @Ctx() ctx: Context): Promise<ActionItemType[]> {
    const now = ctx.now();
    return (await ctx.em.find(ActionItem, { meeting: m.entity.id }, { orderBy: { createdAt: 'asc', id: 'asc' } })).map((a) => ActionItemType.from(a, now));
  }

  @FieldResolver(() => MinutesType, { description: '会议纪要.' })
  minutes(@Root() m: MeetingType): MinutesType {
    return Object.assign(new MinutesType(), { approvedAt: m.entity.approvedAt ?? null, publishedAt: m.entity.publishedAt ?? null, meeting: m.entity });
  }

  @FieldResolver(() => AttendanceType, { nullable: true, description: "The viewer's own seat, if any." })
  async viewerSeat(@Root() m: MeetingType, @Ctx() ctx: Context): Promise<AttendanceType | null> {
    if (!ctx.userId) return null;
    const seat = await ctx.em.findOne(Attendance, { meeting: m.entity.id, principal: ctx.userId });
    return seat ? AttendanceType.from(seat) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Whether the seats taken now (present or by proxy) meet its attendanceQuorum: what opening a vote requires.' })
  async attendanceQuorumMet(@Root() m: MeetingType, @Ctx() ctx: Context): Promise<boolean> {
    const seats = await ctx
      .loader<string, { taken: number; seats: number }>('seatsTaken', async (ids) => {
        const taken = await seatsTaken(ctx.em, ids);
        return ids.map((id) => taken.get(id)!);
      })
      .load(m.entity.id);
    return attendanceMet(m.entity.attendanceQuorum, seats.taken, seats.seats);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer runs it (a member of the convener): start, agenda, votes, tellers, action items, publication.' })
  async viewerCanRun(@Root() m: MeetingType, @Ctx() ctx: Context): Promise<boolean> {
    return meetingPolicy.canRun(await ctx.access(), await facts(ctx, m.entity));
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may edit the notes now (or amend them, once published).' })
  async viewerCanEditNotes(@Root() m: MeetingType, @Ctx() ctx: Context): Promise<boolean> {
    const editable = ['IN_SESSION', 'ADJOURNED', 'PUBLISHED'].includes(m.entity.status);
    return editable && meetingPolicy.canEditNotes(await ctx.access(), await facts(ctx, m.entity));
  }

  @Mutation(() => MeetingType, { description: 'Schedule a meeting; its roll is the members of the convener and participants, and the invitees, who are notified.' })
  async scheduleMeeting(@Arg('input', () => ScheduleMeetingInput) input: ScheduleMeetingInput, @Ctx() ctx: Context): Promise<MeetingType> {
    return MeetingType.from(await meetings.scheduleMeeting(ctx, input));
  }

  @Mutation(() => MeetingType, { description: 'SCHEDULED → IN_SESSION (the convener).' })
  async startMeeting(@Arg('input', () => MeetingRefInput) input: MeetingRefInput, @Ctx() ctx: Context): Promise<MeetingType> {
    return MeetingType.from(await meetings.startMeeting(ctx, input.meetingId));
  }

  @Mutation(() => MeetingType, { description: 'IN_SESSION → ADJOURNED: open votes are counted, seats never taken marked ABSENT.' })
  async adjournMeeting(@Arg('input', () => MeetingRefInput) input: MeetingRefInput, @Ctx() ctx: Context): Promise<MeetingType> {
    return MeetingType.from(await meetings.adjournMeeting(ctx, input.meetingId));
  }

  @Mutation(() => MeetingType, { description: 'SCHEDULED → CANCELLED with a reason; the roll is told.' })
  async cancelMeeting(@Arg('input', () => CancelMeetingInput) input: CancelMeetingInput, @Ctx() ctx: Context): Promise<MeetingType> {
    return MeetingType.from(await meetings.cancelMeeting(ctx, input));
  }

  @Mutation(() => AttendanceType, { description: '签到: oneself, or by a teller (with a proxy, 委托).' })
  async checkInAttendee(@Arg('input', () => CheckInAttendeeInput) input: CheckInAttendeeInput, @Ctx() ctx: Context): Promise<AttendanceType> {
    return AttendanceType.from(await meetings.checkInAttendee(ctx, input));
  }

  @Mutation(() => MeetingType, { description: 'Each present member of the convener approves; the last approval makes it MINUTES_APPROVED.' })
  async approveMinutes(@Arg('input', () => MeetingRefInput) input: MeetingRefInput, @Ctx() ctx: Context): Promise<MeetingType> {
    return MeetingType.from(await meetings.approveMinutes(ctx, input.meetingId));
  }

  @Mutation(() => MeetingType, { description: '公示: MINUTES_APPROVED → PUBLISHED; the community sees the minutes.' })
  async publishMinutes(@Arg('input', () => MeetingRefInput) input: MeetingRefInput, @Ctx() ctx: Context): Promise<MeetingType> {
    return MeetingType.from(await meetings.publishMinutes(ctx, input.meetingId));
  }

  @Subscription(() => DomainEventType, {
    description: 'One meeting live: attendance, notes edits, editors, ballots and tallies, action items.',
    subscribe: async ({ args, context }) => {
      const ctx = context as Context;
      const a = args as MeetingEventsArgs;
      const key = keyOf(a.meetingId, 'Meeting', 'meetingId');
      const m = await visibleMeeting(ctx, key);
      if (!m) throw notFound('Meeting');
      return events.subscribeStream(ctx, { communityId: m.community.id, after: a.after, subjectId: m.id }) as never;
    },
  })
  meetingEvents(@Root() event: DomainEvent, @Args(() => MeetingEventsArgs) _args: MeetingEventsArgs, @Ctx() ctx: Context): DomainEventType {
    ctx.renew();
    return DomainEventType.from(event);
  }
}

@Resolver(() => AttendanceType)
export class AttendanceResolver {
  @FieldResolver(() => UserType, { description: 'Who sits in the seat (the proxy, when held by proxy).' })
  async user(@Root() a: AttendanceType): Promise<UserType> {
    return UserType.from(await a.entity.attendee.loadOrFail({ dataloader: true }));
  }

  @FieldResolver(() => OrganizationType, { nullable: true, description: 'The organization the seat belongs to; none for invitees and owners.' })
  async organization(@Root() a: AttendanceType): Promise<OrganizationType | null> {
    return a.entity.organization ? OrganizationType.from(await a.entity.organization.loadOrFail({ dataloader: true })) : null;
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'Whose seat it is, when someone else holds it by proxy.' })
  async proxyFor(@Root() a: AttendanceType): Promise<UserType | null> {
    if (a.entity.principal.id === a.entity.attendee.id) return null;
    return UserType.from(await a.entity.principal.loadOrFail({ dataloader: true }));
  }
}

@Resolver(() => AgendaItemType)
export class AgendaItemResolver {
  @FieldResolver(() => MeetingType, { description: 'Its meeting.' })
  meeting(@Root() i: AgendaItemType): Promise<MeetingType> {
    return meetingOf(i.entity.meeting);
  }

  @FieldResolver(() => [UserType], { description: 'Who is editing the notes right now.' })
  async editors(@Root() i: AgendaItemType, @Ctx() ctx: Context): Promise<UserType[]> {
    const now = ctx.now();
    const users = await ctx
      .loader<string, User[]>('agendaEditors', async (ids) => {
        const rows = await ctx.em.find(AgendaEditor, { agendaItem: { $in: [...ids] }, until: { $gt: now } }, { populate: ['user'], orderBy: { user: { name: 'asc' } } });
        return ids.map((id) => rows.filter((r) => r.agendaItem.id === id).map((r) => r.user.getEntity()));
      })
      .load(i.entity.id);
    return users.map(UserType.from);
  }

  @FieldResolver(() => MatterType, { nullable: true, description: 'The matter (事项) it discusses.' })
  async matter(@Root() i: AgendaItemType, @Ctx() ctx: Context): Promise<MatterType | null> {
    if (!i.entity.matterId) return null;
    const m = await ctx.em.findOne(Matter, i.entity.matterId);
    return m && matterPolicy.canSee(await ctx.access(), m.community.id) ? MatterType.from(m) : null;
  }

  @FieldResolver(() => IssueType, { nullable: true, description: 'The shared issue it discusses, when the viewer may read it.' })
  async issue(@Root() i: AgendaItemType, @Ctx() ctx: Context): Promise<IssueType | null> {
    const issue = i.entity.issueId ? await readableIssue(ctx, i.entity.issueId) : null;
    return issue ? IssueType.from(issue, ctx.now()) : null;
  }

  @Mutation(() => AgendaItemType, { description: 'Add an item at the end of the agenda (the convener), before or during the session.' })
  async addAgendaItem(@Arg('input', () => AddAgendaItemInput) input: AddAgendaItemInput, @Ctx() ctx: Context): Promise<AgendaItemType> {
    return AgendaItemType.from(await meetings.addAgendaItem(ctx, input));
  }

  @Mutation(() => AgendaItemType, {
    description: "Replace an item's notes. A stale expectedVersion is merged line by line with the edits since, or fails with CONFLICT (extensions: currentNotes, currentVersion).",
  })
  async editAgendaNotes(@Arg('input', () => EditAgendaNotesInput) input: EditAgendaNotesInput, @Ctx() ctx: Context): Promise<AgendaItemType> {
    return AgendaItemType.from(await meetings.editAgendaNotes(ctx, input));
  }

  @Mutation(() => AgendaItemType, { description: 'The viewer has the notes open for editing (renew within a minute) or closed them: AgendaItem.editors.' })
  async setEditing(@Arg('input', () => SetEditingInput) input: SetEditingInput, @Ctx() ctx: Context): Promise<AgendaItemType> {
    return AgendaItemType.from(await meetings.setEditing(ctx, input));
  }
}

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

  @FieldResolver(() => BallotChoice, { nullable: true, description: "The ballot of the viewer's head of the roll, if cast: their own, or their flat's when a co-owner (or a teller) cast it." })
  async viewerBallot(@Root() r: ResolutionType, @Ctx() ctx: Context): Promise<BallotChoice | null> {
    const userId = ctx.userId;
    if (!userId) return null;
    return ctx
      .loader<string, BallotChoice | null>('viewerBallot', async (ids) => {
        const rows = await ctx.em.execute<{ resolution_id: string; choice: BallotChoice }[]>(
          `SELECT b.resolution_id, b.choice FROM resolution_electors e JOIN ballots b ON b.resolution_id = e.resolution_id AND b.head = e.head
            WHERE e.resolution_id = ANY(?::uuid[]) AND e.user_id = ?`,
          [uuids(ids), userId],
        );
        return ids.map((id) => rows.find((b) => b.resolution_id === id)?.choice ?? null);
      })
      .load(r.entity.id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer is on the roll of this vote.' })
  async viewerEligible(@Root() r: ResolutionType, @Ctx() ctx: Context): Promise<boolean> {
    const userId = ctx.userId;
    if (!userId || r.entity.status === ResolutionStatus.DRAFT) return false;
    return ctx
      .loader<string, boolean>('viewerElector', async (ids) => {
        const rows = await ctx.em.execute<{ resolution_id: string }[]>(`SELECT resolution_id FROM resolution_electors WHERE resolution_id = ANY(?::uuid[]) AND user_id = ?`, [uuids(ids), userId]);
        const set = new Set(rows.map((x) => x.resolution_id));
        return ids.map((id) => set.has(id));
      })
      .load(r.entity.id);
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

/** The volunteer task made from an action item, if the viewer may see it. */
async function taskOf(ctx: Context, actionItemId: string): Promise<VolunteerTask | null> {
  const task = await ctx
    .loader<string, VolunteerTask | null>('actionItemTask', async (ids) => {
      const rows = await ctx.em.find(VolunteerTask, { sourceActionItemId: { $in: [...ids] } }, { orderBy: { createdAt: 'desc' } });
      return ids.map((id) => rows.find((t) => t.sourceActionItemId === id) ?? null);
    })
    .load(actionItemId);
  if (!task) return null;
  const ok = volunteerPolicy.canSeeTask(await ctx.access(), { stationId: task.station.id, communityId: task.community.id, draft: task.status === VolunteerTaskStatus.DRAFT });
  return ok ? task : null;
}

@Resolver(() => ActionItemType)
export class ActionItemResolver {
  @Query(() => [ActionItemType], {
    description: "待办: the action items meetings assigned to the organizations of this community the viewer sits in (their organizations' work), open ones by due date first; at most 100.",
  })
  async assignedActionItems(
    @Arg('communityId', () => ID, { description: 'The community.' }) communityId: string,
    @Arg('openOnly', () => Boolean, { defaultValue: true, description: 'Only those still OPEN (the default).' }) openOnly: boolean,
    @Ctx() ctx: Context,
  ): Promise<ActionItemType[]> {
    const access = await ctx.access();
    requireUser(access);
    const key = keyOf(communityId, 'Community', 'communityId');
    // An action item is its assignee's members' to see (visibleActionItem): only theirs are listed.
    const orgIds = access.organizationsIn(key).map((m) => m.organizationId);
    if (orgIds.length === 0) return [];
    const rows = await ctx.em.find(
      ActionItem,
      { community: key, assignee: { $in: orgIds }, ...(openOnly ? { status: ActionItemStatus.OPEN } : {}) },
      { orderBy: [{ status: 'asc' }, { dueAt: 'asc nulls last' }, { createdAt: 'asc' }, { id: 'asc' }], limit: 100 },
    );
    const now = ctx.now();
    return rows.map((a) => ActionItemType.from(a, now));
  }

  @FieldResolver(() => MeetingType, { description: 'The meeting that recorded it.' })
  meeting(@Root() a: ActionItemType): Promise<MeetingType> {
    return meetingOf(a.entity.meeting);
  }

  @FieldResolver(() => ResolutionType, { nullable: true, description: 'The resolution it carries out.' })
  async resolution(@Root() a: ActionItemType): Promise<ResolutionType | null> {
    return a.entity.resolution ? ResolutionType.from(await a.entity.resolution.loadOrFail({ dataloader: true })) : null;
  }

  @FieldResolver(() => OrganizationType, { description: 'The organization that carries it out.' })
  async assignee(@Root() a: ActionItemType): Promise<OrganizationType> {
    return OrganizationType.from(await a.entity.assignee.loadOrFail({ dataloader: true }));
  }

  @FieldResolver(() => IssueType, { nullable: true, description: 'The shared issue tracking it, when the viewer may read it.' })
  async issue(@Root() a: ActionItemType, @Ctx() ctx: Context): Promise<IssueType | null> {
    const issue = a.entity.issueId ? await readableIssue(ctx, a.entity.issueId) : null;
    return issue ? IssueType.from(issue, ctx.now()) : null;
  }

  @FieldResolver(() => VolunteerTaskType, { nullable: true, description: 'The volunteer task posted for it (the latest), when the viewer may see it.' })
  async task(@Root() a: ActionItemType, @Ctx() ctx: Context): Promise<VolunteerTaskType | null> {
    const t = await taskOf(ctx, a.entity.id);
    return t ? VolunteerTaskType.from(t, ctx.now()) : null;
  }

  @Mutation(() => ActionItemType, { description: '待办事项: the convener records what an organization must do; optionally tracked as a dispatched shared issue.' })
  async addActionItem(@Arg('input', () => AddActionItemInput) input: AddActionItemInput, @Ctx() ctx: Context): Promise<ActionItemType> {
    return ActionItemType.from(await actions.addActionItem(ctx, input), ctx.now());
  }

  @Mutation(() => ActionItemType, { description: 'OPEN → DONE or CANCELLED (the assignee or the convener).' })
  async updateActionItem(@Arg('input', () => UpdateActionItemInput) input: UpdateActionItemInput, @Ctx() ctx: Context): Promise<ActionItemType> {
    return ActionItemType.from(await actions.updateActionItem(ctx, input), ctx.now());
  }
}

@Resolver(() => MinutesType)
export class MinutesResolver {
  @FieldResolver(() => String, { description: 'The whole minutes as Markdown: attendance, each agenda item’s notes, resolutions with tallies, action items.' })
  markdown(@Root() m: MinutesType, @Ctx() ctx: Context): Promise<string> {
    return renderMinutes(ctx.em, m.meeting);
  }

  @FieldResolver(() => [UserType], { description: 'Who approved them so far.' })
  async approvedBy(@Root() m: MinutesType, @Ctx() ctx: Context): Promise<UserType[]> {
    const rows = await ctx.em.find(MinutesApproval, { meeting: m.meeting.id }, { populate: ['user'], orderBy: { approvedAt: 'asc' } });
    return rows.map((r) => UserType.from(r.user.getEntity()));
  }

  @FieldResolver(() => [UserType], { description: 'Who must still approve them (present members of the convener) while ADJOURNED.' })
  async pendingApprovers(@Root() m: MinutesType, @Ctx() ctx: Context): Promise<UserType[]> {
    if (m.meeting.status !== 'ADJOURNED') return [];
    const [required, approvals] = await Promise.all([meetings.approversRequired(ctx.em, m.meeting), ctx.em.find(MinutesApproval, { meeting: m.meeting.id })]);
    const done = new Set(approvals.map((a) => a.user.id));
    const pending = required.filter((id) => !done.has(id));
    return pending.length ? (await ctx.em.find(User, { id: { $in: pending } }, { orderBy: { name: 'asc' } })).map(UserType.from) : [];
  }

  @FieldResolver(() => [MinutesRevisionType], { description: 'Every edit of the notes, newest first (the latest 200).' })
  async revisions(@Root() m: MinutesType, @Ctx() ctx: Context): Promise<MinutesRevisionType[]> {
    return (await ctx.em.find(MinutesRevision, { meeting: m.meeting.id }, { orderBy: { createdAt: 'desc', version: 'desc', id: 'desc' }, limit: 200 })).map(MinutesRevisionType.from);
  }
}

@Resolver(() => MinutesRevisionType)
export class MinutesRevisionResolver {
  @FieldResolver(() => UserType, { description: 'Who edited.' })
  async author(@Root() r: MinutesRevisionType): Promise<UserType> {
    return UserType.from(await r.entity.author.loadOrFail({ dataloader: true }));
  }

  @FieldResolver(() => AgendaItemType, { description: 'The agenda item edited.' })
  async agendaItem(@Root() r: MinutesRevisionType): Promise<AgendaItemType> {
    return AgendaItemType.from(await r.entity.agendaItem.loadOrFail({ dataloader: true }));
  }
}

@Resolver(() => VolunteerTaskType)
export class VolunteerTaskSourceResolver {
  @FieldResolver(() => ActionItemType, { nullable: true, description: "The meeting's action item it comes from, when the viewer may see it." })
  async sourceActionItem(@Root() t: VolunteerTaskType, @Ctx() ctx: Context): Promise<ActionItemType | null> {
    const id = t.entity.sourceActionItemId;
    const a = id ? await visibleActionItem(ctx, id) : null;
    return a ? ActionItemType.from(a, ctx.now()) : null;
  }
}

export const meetingNodes = {
  Meeting: async (ctx: Context, key: string) => {
    const m = await visibleMeeting(ctx, key);
    return m ? MeetingType.from(m) : null;
  },
  AgendaItem: async (ctx: Context, key: string) => {
    if (!ctx.userId || !UUID.test(key)) return null;
    const i = await ctx.em.findOne(AgendaItem, key, { populate: ['meeting'] });
    return i && (await canSeeMeeting(ctx, i.meeting.getEntity())) ? AgendaItemType.from(i) : null;
  },
  Resolution: async (ctx: Context, key: string) => {
    if (!ctx.userId || !UUID.test(key)) return null;
    const r = await ctx.em.findOne(Resolution, key, { populate: ['meeting'] });
    return r && (await canSeeMeeting(ctx, r.meeting.getEntity())) ? ResolutionType.from(r) : null;
  },
  ActionItem: async (ctx: Context, key: string) => {
    const a = await visibleActionItem(ctx, key);
    return a ? ActionItemType.from(a, ctx.now()) : null;
  },
};

export { visibleActionItem };

import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../core/context.js';
import { requireUser } from '../core/policy.js';
import { notFound } from '../core/errors.js';
import { keyOf, parseGlobalId, toGlobalId } from '../core/ids.js';
import { askedOf, lazyEntity, nodeFieldsOf, plainMapper } from '../core/rows.js';
import { decodeTimeCursor, encodeTimeCursor, pageSize, toConnection } from '../core/pagination.js';
import { CommunityType, OrganizationType, Organization } from '../communities/index.js';
import { DomainEvent, DomainEventType, eventService as events } from '../events/index.js';
import { ActionItem, AgendaItem, Attendance, Meeting, Resolution, VoteRule } from './meeting.entity.js';
import { ActionItemType, AgendaItemType, AttendanceType, MeetingAction, MeetingConnection, MeetingType, MinutesType, ResolutionType } from './meeting.types.js';
import { CancelMeetingInput, CheckInAttendeeInput, MeetingEventsArgs, MeetingRefInput, MeetingsArgs, ScheduleMeetingInput } from './meeting.inputs.js';
import { meetingPolicy } from './meeting.policy.js';
import { viewerFacts, visibleMeeting } from './meeting.read.js';
import { meetingActions } from './meeting.actions.js';
import { canMeeting } from './meeting.state.js';
import * as lifecycle from './meeting-lifecycle.service.js';
import * as minutes from './minutes.service.js';
import { readMeetings, type MeetingListRow } from './meetings.queries.js';
import { attendanceMet, rulesAt } from './vote.rules.js';
import { seatsTaken } from './roll.js';

/** A meeting: its lists, the viewer's seat and abilities, its lifecycle and minutes' steps, its live stream. */
@Resolver(() => MeetingType)
export class MeetingResolver {
  @Query(() => MeetingConnection, { description: 'The meetings of a community the viewer may see, latest first.' })
  async meetings(@Args(() => MeetingsArgs) args: MeetingsArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<MeetingConnection> {
    const access = await ctx.access();
    requireUser(access);
    const communityId = keyOf(args.communityId, 'Community', 'communityId');
    const limit = pageSize(args.first);
    const after = args.after ? decodeTimeCursor(args.after) : undefined;
    // One statement for the count and the page with what its fields need (readMeetings); the
    // field resolvers below find those rows with the node.
    const asked = askedOf(info);
    const node = nodeFieldsOf(asked);
    const needs = {
      total: asked.has('totalCount'),
      convener: node.has('convener'),
      participants: node.has('participants'),
      seat: node.has('viewerSeat'),
      agenda: node.has('agenda'),
    };
    const { total, rows } = await readMeetings(ctx.reader, access, communityId, after, limit + 1, needs);
    const page = toConnection(rows, limit, !!after, (r) => encodeTimeCursor(r.meeting.scheduledAt, r.meeting.id), (r) => listedMeeting(ctx, r));
    // totalCount not asked for: not counted.
    return Object.assign(new MeetingConnection(), { ...page, totalCount: total ?? 0 });
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
  convener(@Root() m: MeetingType): OrganizationType | Promise<OrganizationType> {
    // A listed meeting answers at once (no promise per node): what it asks came with the page.
    const read = listedOf(m)?.convener;
    if (read) return read;
    return m.entity.convener.loadOrFail({ dataloader: true }).then(OrganizationType.from);
  }

  @FieldResolver(() => [OrganizationType], { description: 'The other organizations taking part.' })
  participants(@Root() m: MeetingType, @Ctx() ctx: Context): OrganizationType[] | Promise<OrganizationType[]> {
    const read = listedOf(m)?.participants;
    if (read) return read;
    const ids = m.entity.participantIds;
    if (!ids.length) return [];
    return ctx.em.find(Organization, { id: { $in: ids } }).then((orgs) => ids.map((id) => orgs.find((o) => o.id === id)).filter((o): o is Organization => !!o).map(OrganizationType.from));
  }

  @FieldResolver(() => [AttendanceType], { description: 'The roll: convener, participants, invitees, and owners who took a seat.' })
  async attendance(@Root() m: MeetingType, @Ctx() ctx: Context): Promise<AttendanceType[]> {
    const seats = await ctx.em.find(Attendance, { meeting: m.entity.id }, { orderBy: { organization: { id: 'asc' }, principal: { name: 'asc' }, id: 'asc' } });
    return seats.map(AttendanceType.from);
  }

  @FieldResolver(() => [AgendaItemType], { description: 'The agenda, in order.' })
  agenda(@Root() m: MeetingType, @Ctx() ctx: Context): AgendaItemType[] | Promise<AgendaItemType[]> {
    const read = listedOf(m)?.agenda;
    if (read) return read;
    return ctx.em.find(AgendaItem, { meeting: m.entity.id }, { orderBy: { position: 'asc' } }).then((items) => items.map(AgendaItemType.from));
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
  viewerSeat(@Root() m: MeetingType, @Ctx() ctx: Context): AttendanceType | null | Promise<AttendanceType | null> {
    if (!ctx.userId) return null;
    const read = listedOf(m)?.seat;
    if (read !== undefined) return read;
    return ctx.em.findOne(Attendance, { meeting: m.entity.id, principal: ctx.userId }).then((seat) => (seat ? AttendanceType.from(seat) : null));
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
    return meetingPolicy.canRun(await ctx.access(), await viewerFacts(ctx, m.entity));
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may edit the notes now (or amend them, once published).' })
  async viewerCanEditNotes(@Root() m: MeetingType, @Ctx() ctx: Context): Promise<boolean> {
    return canMeeting('editNotes', m.entity.status) && meetingPolicy.canEditNotes(await ctx.access(), await viewerFacts(ctx, m.entity));
  }

  @FieldResolver(() => [MeetingAction], { description: 'The steps the viewer may take now (the policy and the state machine together): offer exactly these.' })
  async viewerActions(@Root() m: MeetingType, @Ctx() ctx: Context): Promise<MeetingAction[]> {
    return meetingActions(ctx, m.entity);
  }

  @FieldResolver(() => [VoteRule], { description: 'The rules a motion at this meeting may be put under (proposeResolution accepts), in the order to offer them: the owners’ rules only at an OWNERS_ASSEMBLY, and first there.' })
  voteRules(@Root() m: MeetingType): VoteRule[] {
    return rulesAt(m.entity.kind);
  }

  @Mutation(() => MeetingType, { description: 'Schedule a meeting; its roll is the members of the convener and participants, and the invitees, who are notified.' })
  async scheduleMeeting(@Arg('input', () => ScheduleMeetingInput) input: ScheduleMeetingInput, @Ctx() ctx: Context): Promise<MeetingType> {
    return MeetingType.from(await lifecycle.scheduleMeeting(ctx, input));
  }

  @Mutation(() => MeetingType, { description: 'SCHEDULED → IN_SESSION (the convener).' })
  async startMeeting(@Arg('input', () => MeetingRefInput) input: MeetingRefInput, @Ctx() ctx: Context): Promise<MeetingType> {
    return MeetingType.from(await lifecycle.startMeeting(ctx, input.meetingId));
  }

  @Mutation(() => MeetingType, { description: 'IN_SESSION → ADJOURNED: open votes are counted, seats never taken marked ABSENT.' })
  async adjournMeeting(@Arg('input', () => MeetingRefInput) input: MeetingRefInput, @Ctx() ctx: Context): Promise<MeetingType> {
    return MeetingType.from(await lifecycle.adjournMeeting(ctx, input.meetingId));
  }

  @Mutation(() => MeetingType, { description: 'SCHEDULED → CANCELLED with a reason; the roll is told.' })
  async cancelMeeting(@Arg('input', () => CancelMeetingInput) input: CancelMeetingInput, @Ctx() ctx: Context): Promise<MeetingType> {
    return MeetingType.from(await lifecycle.cancelMeeting(ctx, input));
  }

  @Mutation(() => AttendanceType, { description: '签到: oneself, or by a teller (with a proxy, 委托).' })
  async checkInAttendee(@Arg('input', () => CheckInAttendeeInput) input: CheckInAttendeeInput, @Ctx() ctx: Context): Promise<AttendanceType> {
    return AttendanceType.from(await lifecycle.checkInAttendee(ctx, input));
  }

  @Mutation(() => MeetingType, { description: 'Each present member of the convener approves; the last approval makes it MINUTES_APPROVED.' })
  async approveMinutes(@Arg('input', () => MeetingRefInput) input: MeetingRefInput, @Ctx() ctx: Context): Promise<MeetingType> {
    return MeetingType.from(await minutes.approveMinutes(ctx, input.meetingId));
  }

  @Mutation(() => MeetingType, { description: '公示: MINUTES_APPROVED → PUBLISHED; the community sees the minutes.' })
  async publishMinutes(@Arg('input', () => MeetingRefInput) input: MeetingRefInput, @Ctx() ctx: Context): Promise<MeetingType> {
    return MeetingType.from(await minutes.publishMinutes(ctx, input.meetingId));
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

/** What a list row brought for its meeting's fields (no entity behind them). */
interface ListedMeeting {
  convener?: OrganizationType;
  participants?: OrganizationType[];
  /** null: no seat; undefined: not read with the page. */
  seat?: AttendanceType | null;
  agenda?: AgendaItemType[];
}
// On the node under a symbol (not in a WeakMap: each WeakMap entry is an ephemeron that every
// garbage collection walks); symbols stay out of JSON and of the GraphQL fields.
const LISTED = Symbol('listed meeting');
const listedOf = (m: MeetingType): ListedMeeting | undefined => (m as MeetingType & { [LISTED]?: ListedMeeting })[LISTED];

function listedOrganization(ctx: Context, o: Record<string, unknown>): OrganizationType {
  return lazyEntity(Object.assign(new OrganizationType(), { id: toGlobalId('Organization', o.id as string), kind: o.kind, name: o.name, level: o.level }), () => ctx.em.map(Organization, o));
}

/** A meeting of the list from its plain row: `entity` (and its rows' entities) mapped only when a field asks. */
function listedMeeting(ctx: Context, r: MeetingListRow): MeetingType {
  const node = lazyEntity(MeetingType.from(r.meeting), () => ctx.em.map(Meeting, r.raw));
  const extras: ListedMeeting = {};
  if (r.convener) extras.convener = listedOrganization(ctx, r.convener);
  if (r.participants) extras.participants = r.participants.map((o) => listedOrganization(ctx, o));
  if (r.seat !== undefined) {
    const s = r.seat;
    extras.seat = s && lazyEntity(AttendanceType.from(plainMapper(ctx.reader, Attendance)(s) as unknown as Attendance), () => ctx.em.map(Attendance, s));
  }
  if (r.agenda) {
    const toPlain = plainMapper(ctx.reader, AgendaItem);
    extras.agenda = r.agenda.map((g) => lazyEntity(AgendaItemType.from(toPlain(g) as unknown as AgendaItem), () => ctx.em.map(AgendaItem, g)));
  }
  (node as MeetingType & { [LISTED]?: ListedMeeting })[LISTED] = extras;
  return node;
}

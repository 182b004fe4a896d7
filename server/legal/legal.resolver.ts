import { Arg, Args, Ctx, FieldResolver, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../core/context.js';
import type { Access } from '../core/access.js';
import { authorize, requireUser } from '../core/policy.js';
import { keyOf } from '../core/ids.js';
import { decodeTimeCursor, encodeTimeCursor, pageSize, selects, toConnection } from '../core/pagination.js';
import { UserType } from '../accounts/index.js';
import { CommunityType, OrganizationType } from '../communities/index.js';
import { DisputeType, visibleDispute, Dispute } from '../disputes/index.js';
import { IssueType, readableIssue } from '../issues/index.js';
import { Lecture, LectureRegistration, LegalConsultation, LegalQuestion, LegalSeat, LegalSeatRole, OfficeHourSlot, RegistrationStatus } from './legal.entity.js';
import {
  LectureConnection,
  LectureRegistrationType,
  LectureType,
  LegalConsultationConnection,
  LegalConsultationType,
  LegalFiguresType,
  LegalQuestionConnection,
  LegalQuestionType,
  LegalSeatType,
  OfficeHourSlotConnection,
  OfficeHourSlotType,
} from './legal.types.js';
import {
  CancelLectureInput,
  CheckInLectureAttendeeInput,
  LectureRefInput,
  LecturesArgs,
  LegalFiguresArgs,
  ScheduleLectureInput,
  AnswerLegalQuestionInput,
  AskLegalQuestionInput,
  LegalQuestionRefInput,
  LegalQuestionsArgs,
  AppointLegalSeatInput,
  BookOfficeHourSlotInput,
  CancelConsultationInput,
  ConsultationRefInput,
  LegalConsultationsArgs,
  LegalSeatRefInput,
  OfficeHourSlotsArgs,
  ProposeReferralInput,
  PublishOfficeHoursInput,
  RecordConsultationNoteInput,
  UpdateLegalSeatInput,
} from './legal.inputs.js';
import { consultationPolicy, lecturePolicy, officeHoursPolicy, questionPolicy, seatPolicy, sideOf, type ConsultationFacts } from './legal.policy.js';
import { ConsultationAction, LectureAction, LectureRegistrationAction, LegalQuestionAction, LegalSeatAction, OfficeHourSlotAction } from './legal.actions.js';
import {
  attendanceOf,
  consultationsOfSlots,
  futureBookings,
  heldSlots,
  legalFigures,
  listConsultations,
  listLectures,
  listQuestions,
  listSlots,
  registrationsOfUser,
  seatsOfCommunity,
  viewerSeats,
} from './legal.queries.js';
import { canConsultation, canLecture, canQuestion, MAX_FUTURE_BOOKINGS, SlotStatus, type ConsultationStep } from './legal.state.js';
import * as service from './legal.service.js';

const UUID = /^[0-9a-f-]{36}$/;

@Resolver(() => LegalSeatType)
export class LegalSeatResolver {
  @FieldResolver(() => UserType, { description: 'Who holds it (a name, never a phone).' })
  async holder(@Root() s: LegalSeatType): Promise<UserType> {
    return UserType.from(await s.entity.user.loadOrFail({ dataloader: true }));
  }

  @FieldResolver(() => CommunityType, { description: 'Its community.' })
  async community(@Root() s: LegalSeatType): Promise<CommunityType> {
    return CommunityType.from(await s.entity.community.loadOrFail({ dataloader: true }));
  }

  @FieldResolver(() => [LegalSeatAction], { description: 'What the viewer may do with it now.' })
  async viewerActions(@Root() s: LegalSeatType, @Ctx() ctx: Context): Promise<LegalSeatAction[]> {
    const a = await ctx.access();
    const facts = { communityId: s.entity.community.id, userId: s.entity.user.id };
    const out: LegalSeatAction[] = [];
    if (seatPolicy.canUpdate(a, facts)) out.push(LegalSeatAction.UPDATE);
    if (seatPolicy.canVacate(a, facts)) out.push(LegalSeatAction.VACATE);
    if (s.entity.role === LegalSeatRole.LEGAL_ADVISER && a.is(facts.userId) && officeHoursPolicy.canPublish(a, await viewerSeats(ctx), facts.communityId)) out.push(LegalSeatAction.PUBLISH_OFFICE_HOURS);
    return out;
  }

  @Mutation(() => LegalSeatType, { description: "设置社区民警 / 法律顾问: gives a person a seat of public legal services in a community (the community's administrators); shown in `Community.legalSeats`." })
  async appointLegalSeat(@Arg('input', () => AppointLegalSeatInput) input: AppointLegalSeatInput, @Ctx() ctx: Context): Promise<LegalSeatType> {
    return LegalSeatType.from(await service.appointLegalSeat(ctx, input));
  }

  @Mutation(() => LegalSeatType, { description: "Changes what the directory shows of a seat (office hours, introduction): its holder and the community's administrators." })
  async updateLegalSeat(@Arg('input', () => UpdateLegalSeatInput) input: UpdateLegalSeatInput, @Ctx() ctx: Context): Promise<LegalSeatType> {
    return LegalSeatType.from(await service.updateLegalSeat(ctx, input));
  }

  @Mutation(() => LegalSeatType, { description: "Takes a seat away (the community's administrators). Returns the seat as it was." })
  async vacateLegalSeat(@Arg('input', () => LegalSeatRefInput) input: LegalSeatRefInput, @Ctx() ctx: Context): Promise<LegalSeatType> {
    return LegalSeatType.from(await service.vacateLegalSeat(ctx, input.seatId));
  }
}

/** The seats a person holds, for themselves: where a lawyer's desk is (their communities need no residency). */
@Resolver(() => UserType)
export class UserLegalResolver {
  @FieldResolver(() => [LegalSeatType], { description: "The seats of public legal services (社区民警, 法律顾问) this person holds: for themselves only; empty for everyone else. A holder's communities, where they work without belonging." })
  async legalSeats(@Root() u: UserType, @Ctx() ctx: Context): Promise<LegalSeatType[]> {
    if (u.redacted || !ctx.userId || ctx.userId !== u.entity.id) return [];
    const seats = await ctx.em.find(LegalSeat, { user: u.entity.id }, { orderBy: { appointedAt: 'asc', id: 'asc' } });
    return seats.map(LegalSeatType.from);
  }
}

@Resolver(() => CommunityType)
export class CommunityLegalResolver {
  @FieldResolver(() => [LegalSeatType], {
    description: '一社区一民警一律师: its police officer and legal advisers, as the directory shows them (name, office hours, how to reach them in the app), the police officer first. Seen by whoever belongs to the community (verified residents, members of its organizations) and admins; empty for others.',
  })
  async legalSeats(@Root() c: CommunityType, @Ctx() ctx: Context): Promise<LegalSeatType[]> {
    if (!seatPolicy.canSeeDirectory(await ctx.access(), c.entity.id)) return [];
    return (await seatsOfCommunity(ctx.em, c.entity.id)).map(LegalSeatType.from);
  }
}

// ── 周四有约 ─────────────────────────────────────────────────────────────────────────────────

/** The viewer's future bookings, once per request (the cap in `OfficeHourSlot.viewerActions`). */
function viewerFutureBookings(ctx: Context): Promise<number> {
  return ctx.loader<string, number>('legalFutureBookings', async (keys) => {
    const n = ctx.userId ? await futureBookings(ctx.em, ctx.userId, ctx.now()) : 0;
    return keys.map(() => n);
  }).load('viewer');
}

/** The live consultation of each slot asked in this request (one query for all). */
function consultationOfSlot(ctx: Context, slotId: string): Promise<LegalConsultation | null> {
  return ctx.loader<string, LegalConsultation | null>('legalSlotConsultation', async (ids) => {
    const m = await consultationsOfSlots(ctx.em, ids);
    return ids.map((id) => m.get(id) ?? null);
  }).load(slotId);
}

/** The consultation when the viewer is one of its two sides (`consultationPolicy.canSee`), else null. */
export async function visibleConsultation(ctx: Context, c: LegalConsultation | null): Promise<LegalConsultation | null> {
  if (!c || !ctx.userId) return null;
  return consultationPolicy.canSee(await ctx.access(), { communityId: c.community.id, residentId: c.resident.id, lawyerId: c.lawyer.id }) ? c : null;
}

@Resolver(() => OfficeHourSlotType)
export class OfficeHourSlotResolver {
  @Query(() => OfficeHourSlotConnection, {
    description: "周四有约: a community's office-hour slots from `from` (default now) on, by start. Seen by whoever belongs to the community and its legal advisers; empty for others.",
  })
  async officeHourSlots(@Args(() => OfficeHourSlotsArgs) args: OfficeHourSlotsArgs, @Ctx() ctx: Context): Promise<OfficeHourSlotConnection> {
    const access = await ctx.access();
    requireUser(access);
    const communityId = keyOf(args.communityId, 'Community', 'communityId');
    const limit = pageSize(args.first);
    const after = args.after ? decodeTimeCursor(args.after) : undefined;
    const now = ctx.now();
    if (!officeHoursPolicy.canSeeSlots(access, await viewerSeats(ctx), communityId)) return toConnection([], limit, !!after, () => '', () => null as never);
    const rows = await listSlots(ctx.em, { communityId, from: args.from ?? now, openOnly: !!args.openOnly, after, limit: limit + 1 });
    return toConnection(rows, limit, !!after, (r) => encodeTimeCursor(r.slot.startsAt, r.slot.id), (r) => OfficeHourSlotType.from(r.slot, r.held, now));
  }

  @FieldResolver(() => UserType, { description: 'The legal adviser who sits.' })
  async lawyer(@Root() s: OfficeHourSlotType): Promise<UserType> {
    return UserType.from(await s.entity.lawyer.loadOrFail({ dataloader: true }));
  }

  @FieldResolver(() => CommunityType, { description: 'Its community.' })
  async community(@Root() s: OfficeHourSlotType): Promise<CommunityType> {
    return CommunityType.from(await s.entity.community.loadOrFail({ dataloader: true }));
  }

  @FieldResolver(() => LegalConsultationType, { nullable: true, description: 'The consultation holding it: for the resident who booked it and the lawyer; null for everyone else.' })
  async consultation(@Root() s: OfficeHourSlotType, @Ctx() ctx: Context): Promise<LegalConsultationType | null> {
    const c = await visibleConsultation(ctx, await consultationOfSlot(ctx, s.entity.id));
    return c ? LegalConsultationType.from(c) : null;
  }

  @FieldResolver(() => [OfficeHourSlotAction], { description: 'What the viewer may do with it now: BOOK when `bookOfficeHourSlot` would accept it (the policy, an OPEN slot, fewer than two future bookings).' })
  async viewerActions(@Root() s: OfficeHourSlotType, @Ctx() ctx: Context): Promise<OfficeHourSlotAction[]> {
    const a = await ctx.access();
    if (s.status !== SlotStatus.OPEN || !officeHoursPolicy.canBook(a, { communityId: s.entity.community.id, lawyerId: s.entity.lawyer.id })) return [];
    return (await viewerFutureBookings(ctx)) < MAX_FUTURE_BOOKINGS ? [OfficeHourSlotAction.BOOK] : [];
  }

  @Mutation(() => [OfficeHourSlotType], {
    description: '发布周四有约: the community\'s legal adviser publishes recurring slots (Asia/Shanghai); returns the slots made (those already published at the same start are kept, not repeated).',
  })
  async publishOfficeHours(@Arg('input', () => PublishOfficeHoursInput) input: PublishOfficeHoursInput, @Ctx() ctx: Context): Promise<OfficeHourSlotType[]> {
    const now = ctx.now();
    return (await service.publishOfficeHours(ctx, input)).map((s) => OfficeHourSlotType.from(s, false, now));
  }

  @Mutation(() => LegalConsultationType, {
    description: '预约: a verified resident books an OPEN slot. Two residents never hold one slot (the second gets INVALID_TRANSITION BOOKED); a resident holds at most two future bookings (LIMIT_EXCEEDED). The lawyer is told.',
  })
  async bookOfficeHourSlot(@Arg('input', () => BookOfficeHourSlotInput) input: BookOfficeHourSlotInput, @Ctx() ctx: Context): Promise<LegalConsultationType> {
    return LegalConsultationType.from(await service.bookOfficeHourSlot(ctx, input));
  }
}

/**
 * The steps, in the order `viewerActions` lists them, with the machine's step and the rule each asks.
 * A function: the policy may still be loading when this file is (communities' abilities import the barrel).
 */
const consultationSteps = (): [ConsultationAction, ConsultationStep, (a: Access, f: ConsultationFacts) => boolean][] => [
  [ConsultationAction.CANCEL, 'cancel', consultationPolicy.canCancel],
  [ConsultationAction.RECORD_NOTE, 'recordNote', consultationPolicy.canRecordNote],
  [ConsultationAction.PROPOSE_REFERRAL, 'proposeReferral', consultationPolicy.canProposeReferral],
  [ConsultationAction.CONSENT_TO_REFERRAL, 'consent', consultationPolicy.canConsent],
  [ConsultationAction.DECLINE_REFERRAL, 'declineReferral', consultationPolicy.canConsent],
];

@Resolver(() => LegalConsultationType)
export class LegalConsultationResolver {
  @Query(() => LegalConsultationConnection, { description: "The viewer's consultations, as the resident or as the lawyer (nobody else's, whoever the viewer is), latest slot first." })
  async legalConsultations(@Args(() => LegalConsultationsArgs) args: LegalConsultationsArgs, @Ctx() ctx: Context): Promise<LegalConsultationConnection> {
    const access = await ctx.access();
    const viewerId = requireUser(access);
    const communityId = args.communityId ? keyOf(args.communityId, 'Community', 'communityId') : undefined;
    const limit = pageSize(args.first);
    const after = args.after ? decodeTimeCursor(args.after) : undefined;
    const rows = await listConsultations(ctx.em, { viewerId, communityId, after, limit: limit + 1 });
    return toConnection(rows, limit, !!after, (c) => encodeTimeCursor(c.startsAt, c.id), LegalConsultationType.from);
  }

  @FieldResolver(() => OfficeHourSlotType, { description: 'The slot.' })
  async slot(@Root() c: LegalConsultationType, @Ctx() ctx: Context): Promise<OfficeHourSlotType> {
    const slot = await c.entity.slot.loadOrFail({ dataloader: true });
    return OfficeHourSlotType.from(slot, (await heldSlots(ctx.em, [slot.id])).has(slot.id), ctx.now());
  }

  @FieldResolver(() => UserType, { description: 'The resident who booked.' })
  async resident(@Root() c: LegalConsultationType): Promise<UserType> {
    return UserType.from(await c.entity.resident.loadOrFail({ dataloader: true }));
  }

  @FieldResolver(() => UserType, { description: 'The lawyer who sits.' })
  async lawyer(@Root() c: LegalConsultationType): Promise<UserType> {
    return UserType.from(await c.entity.lawyer.loadOrFail({ dataloader: true }));
  }

  @FieldResolver(() => DisputeType, { nullable: true, description: 'The dispute it was turned into, when the viewer may see it.' })
  async dispute(@Root() c: LegalConsultationType, @Ctx() ctx: Context): Promise<DisputeType | null> {
    const id = c.entity.disputeId;
    const d = id ? await visibleDispute(ctx, await ctx.em.findOne(Dispute, id)) : null;
    return d ? DisputeType.from(d, ctx.now()) : null;
  }

  @FieldResolver(() => IssueType, { nullable: true, description: 'The issue it was turned into, when the viewer may read it.' })
  async issue(@Root() c: LegalConsultationType, @Ctx() ctx: Context): Promise<IssueType | null> {
    const id = c.entity.issueId;
    const i = id ? await readableIssue(ctx, id) : null;
    return i ? IssueType.from(i, ctx.now()) : null;
  }

  @FieldResolver(() => [ConsultationAction], { description: 'The steps the viewer may take on it now (the policy and the machine together): offer exactly these.' })
  async viewerActions(@Root() c: LegalConsultationType, @Ctx() ctx: Context): Promise<ConsultationAction[]> {
    const a = await ctx.access();
    const facts = { communityId: c.entity.community.id, residentId: c.entity.resident.id, lawyerId: c.entity.lawyer.id };
    const side = sideOf(a, facts);
    if (!side) return [];
    const now = ctx.now();
    return consultationSteps().filter(([, step, allowed]) => allowed(a, facts) && canConsultation(step, c.entity, now, side)).map(([action]) => action);
  }

  @Mutation(() => LegalConsultationType, { description: '取消预约: the resident until 2 hours before the start (then INVALID_TRANSITION CUT_OFF), the lawyer until the start; the other side is told and the slot is OPEN again.' })
  async cancelConsultation(@Arg('input', () => CancelConsultationInput) input: CancelConsultationInput, @Ctx() ctx: Context): Promise<LegalConsultationType> {
    return LegalConsultationType.from(await service.cancelConsultation(ctx, input));
  }

  @Mutation(() => LegalConsultationType, { description: '咨询记录: the lawyer records (or rewrites) the note once the slot has started: COMPLETED. Only the lawyer and the resident read it.' })
  async recordConsultationNote(@Arg('input', () => RecordConsultationNoteInput) input: RecordConsultationNoteInput, @Ctx() ctx: Context): Promise<LegalConsultationType> {
    return LegalConsultationType.from(await service.recordConsultationNote(ctx, input));
  }

  @Mutation(() => LegalConsultationType, { description: 'The lawyer proposes to open a dispute or an issue from a COMPLETED consultation: REFERRAL_PROPOSED; nothing is opened until the resident consents.' })
  async proposeReferral(@Arg('input', () => ProposeReferralInput) input: ProposeReferralInput, @Ctx() ctx: Context): Promise<LegalConsultationType> {
    return LegalConsultationType.from(await service.proposeReferral(ctx, input));
  }

  @Mutation(() => LegalConsultationType, {
    description: "The resident's consent, recorded, opens the proposed referral in their name: a dispute (`applyForMediation`, the resident its applicant) or an issue visible to the parties (`submitIssue`). REFERRED, linked to it.",
  })
  async consentToReferral(@Arg('input', () => ConsultationRefInput) input: ConsultationRefInput, @Ctx() ctx: Context): Promise<LegalConsultationType> {
    return LegalConsultationType.from(await service.consentToReferral(ctx, input.consultationId));
  }

  @Mutation(() => LegalConsultationType, { description: 'The resident declines the proposed referral: nothing is opened; COMPLETED again.' })
  async declineReferral(@Arg('input', () => ConsultationRefInput) input: ConsultationRefInput, @Ctx() ctx: Context): Promise<LegalConsultationType> {
    return LegalConsultationType.from(await service.declineReferral(ctx, input.consultationId));
  }
}

// ── 法律超市 ─────────────────────────────────────────────────────────────────────────────────

/** The question when the viewer may see it (`questionPolicy.canSee`), else null. */
export async function visibleQuestion(ctx: Context, q: LegalQuestion | null): Promise<LegalQuestion | null> {
  if (!q || !ctx.userId) return null;
  const [a, s] = await Promise.all([ctx.access(), viewerSeats(ctx)]);
  return questionPolicy.canSee(a, s, service.questionFacts(q)) ? q : null;
}

@Resolver(() => LegalQuestionType)
export class LegalQuestionResolver {
  @Query(() => LegalQuestionConnection, {
    description:
      "法律超市: a community's legal questions the viewer may see (PUBLIC ones for whoever belongs to the community, PRIVATE ones for their asker and its legal advisers), newest first. `knowledgeBase: true` gives the knowledge base (PUBLIC and ANSWERED); `search` finds Chinese words in title, question and answer.",
  })
  async legalQuestions(@Args(() => LegalQuestionsArgs) args: LegalQuestionsArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<LegalQuestionConnection> {
    const access = await ctx.access();
    requireUser(access);
    const communityId = keyOf(args.communityId, 'Community', 'communityId');
    const limit = pageSize(args.first);
    const after = args.after ? decodeTimeCursor(args.after) : undefined;
    const q = { access, seats: await viewerSeats(ctx), communityId, knowledgeBase: args.knowledgeBase, mine: args.mine, status: args.status, category: args.category, search: args.search, after, limit: limit + 1 };
    const { rows, total } = await listQuestions(ctx.em, q, selects(info, 'totalCount'));
    const page = toConnection(rows, limit, !!after, (r) => encodeTimeCursor(r.askedAt, r.id), LegalQuestionType.from);
    return Object.assign(new LegalQuestionConnection(), { ...page, totalCount: total ?? 0 });
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'Who asked: for the asker and the legal advisers; null for everyone else.' })
  async asker(@Root() q: LegalQuestionType, @Ctx() ctx: Context): Promise<UserType | null> {
    const [a, s] = await Promise.all([ctx.access(), viewerSeats(ctx)]);
    return questionPolicy.canSeeAsker(a, s, service.questionFacts(q.entity)) ? UserType.from(await q.entity.asker.loadOrFail({ dataloader: true })) : null;
  }

  @FieldResolver(() => Boolean, { description: 'The viewer asked it.' })
  async isMine(@Root() q: LegalQuestionType, @Ctx() ctx: Context): Promise<boolean> {
    return (await ctx.access()).is(q.entity.asker.id);
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'The legal adviser who answered.' })
  async answeredBy(@Root() q: LegalQuestionType): Promise<UserType | null> {
    return q.entity.answeredBy ? UserType.from(await q.entity.answeredBy.loadOrFail({ dataloader: true })) : null;
  }

  @FieldResolver(() => CommunityType, { description: 'Its community.' })
  async community(@Root() q: LegalQuestionType): Promise<CommunityType> {
    return CommunityType.from(await q.entity.community.loadOrFail({ dataloader: true }));
  }

  @FieldResolver(() => [LegalQuestionAction], { description: 'The steps the viewer may take on it now (the policy and the machine together).' })
  async viewerActions(@Root() q: LegalQuestionType, @Ctx() ctx: Context): Promise<LegalQuestionAction[]> {
    const [a, s] = await Promise.all([ctx.access(), viewerSeats(ctx)]);
    const f = service.questionFacts(q.entity);
    if (!questionPolicy.canSee(a, s, f)) return [];
    const out: LegalQuestionAction[] = [];
    if (questionPolicy.canAnswer(a, s, f) && canQuestion('answer', q.entity.status)) out.push(LegalQuestionAction.ANSWER);
    if (questionPolicy.canWithdraw(a, f) && canQuestion('withdraw', q.entity.status)) out.push(LegalQuestionAction.WITHDRAW);
    return out;
  }

  @Mutation(() => LegalQuestionType, { description: '提问: a verified resident asks the community\'s legal advisers (PUBLIC or PRIVATE); they are told.' })
  async askLegalQuestion(@Arg('input', () => AskLegalQuestionInput) input: AskLegalQuestionInput, @Ctx() ctx: Context): Promise<LegalQuestionType> {
    return LegalQuestionType.from(await service.askLegalQuestion(ctx, input));
  }

  @Mutation(() => LegalQuestionType, { description: '解答: a legal adviser of the community answers an OPEN question (ANSWERED) or revises the answer; the asker is told.' })
  async answerLegalQuestion(@Arg('input', () => AnswerLegalQuestionInput) input: AnswerLegalQuestionInput, @Ctx() ctx: Context): Promise<LegalQuestionType> {
    return LegalQuestionType.from(await service.answerLegalQuestion(ctx, input));
  }

  @Mutation(() => LegalQuestionType, { description: '撤回: the asker withdraws an OPEN question.' })
  async withdrawLegalQuestion(@Arg('input', () => LegalQuestionRefInput) input: LegalQuestionRefInput, @Ctx() ctx: Context): Promise<LegalQuestionType> {
    return LegalQuestionType.from(await service.withdrawLegalQuestion(ctx, input.questionId));
  }
}

// ── 法治大讲堂 ───────────────────────────────────────────────────────────────────────────────

/** The viewer's live registration for each lecture asked in this request (one query for all). */
function viewerRegistration(ctx: Context, lectureId: string): Promise<LectureRegistration | null> {
  return ctx.loader<string, LectureRegistration | null>('legalViewerRegistration', async (ids) => {
    const m = ctx.userId ? await registrationsOfUser(ctx.em, ctx.userId, ids) : new Map<string, LectureRegistration>();
    return ids.map((id) => m.get(id) ?? null);
  }).load(lectureId);
}

@Resolver(() => LectureType)
export class LectureResolver {
  @Query(() => LectureConnection, { description: "法治大讲堂: a community's lectures, public to whoever belongs to it; `upcoming: true` for those not yet ended, soonest first, otherwise all, latest first." })
  async lectures(@Args(() => LecturesArgs) args: LecturesArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<LectureConnection> {
    const access = await ctx.access();
    requireUser(access);
    const communityId = keyOf(args.communityId, 'Community', 'communityId');
    const limit = pageSize(args.first);
    const after = args.after ? decodeTimeCursor(args.after) : undefined;
    if (!lecturePolicy.canSee(access, communityId)) return Object.assign(new LectureConnection(), { ...toConnection([], limit, !!after, () => '', () => null as never), totalCount: 0 });
    const { rows, total } = await listLectures(ctx.em, { communityId, upcoming: !!args.upcoming, now: ctx.now(), after, limit: limit + 1 }, selects(info, 'totalCount'));
    const page = toConnection(rows, limit, !!after, (l) => encodeTimeCursor(l.startsAt, l.id), LectureType.from);
    return Object.assign(new LectureConnection(), { ...page, totalCount: total ?? 0 });
  }

  @Query(() => LegalFiguresType, { description: "A community's figures of public legal services over [from, to) (each defined on `LegalFigures`): whoever belongs to it, its legal advisers and its administrators." })
  async legalFigures(@Args(() => LegalFiguresArgs) args: LegalFiguresArgs, @Ctx() ctx: Context): Promise<LegalFiguresType> {
    const access = await ctx.access();
    requireUser(access);
    const communityId = keyOf(args.communityId, 'Community', 'communityId');
    authorize(lecturePolicy.canSeeFigures(access, await viewerSeats(ctx), communityId), "Only those who belong to the community see its figures");
    const now = ctx.now();
    return Object.assign(new LegalFiguresType(), await legalFigures(ctx.em, communityId, args.from ?? null, args.to ?? now, now));
  }

  @FieldResolver(() => OrganizationType, { description: 'The organization that holds it.' })
  async organizer(@Root() l: LectureType): Promise<OrganizationType> {
    return OrganizationType.from(await l.entity.organizer.loadOrFail({ dataloader: true }));
  }

  @FieldResolver(() => CommunityType, { description: 'Its community.' })
  async community(@Root() l: LectureType): Promise<CommunityType> {
    return CommunityType.from(await l.entity.community.loadOrFail({ dataloader: true }));
  }

  @FieldResolver(() => LectureRegistrationType, { nullable: true, description: "The viewer's own registration (not cancelled), if any." })
  async viewerRegistration(@Root() l: LectureType, @Ctx() ctx: Context): Promise<LectureRegistrationType | null> {
    const r = await viewerRegistration(ctx, l.entity.id);
    return r ? LectureRegistrationType.from(r) : null;
  }

  @FieldResolver(() => Int, { description: 'How many were checked in.' })
  async attendance(@Root() l: LectureType, @Ctx() ctx: Context): Promise<number> {
    return attendanceOf(ctx.em, l.entity.id);
  }

  @FieldResolver(() => [LectureRegistrationType], { description: 'Who registered (not cancelled), in order: for its organizers; empty for everyone else.' })
  async registrations(@Root() l: LectureType, @Ctx() ctx: Context): Promise<LectureRegistrationType[]> {
    if (!lecturePolicy.canOrganize(await ctx.access(), { organizerId: l.entity.organizer.id })) return [];
    const rows = await ctx.em.find(LectureRegistration, { lecture: l.entity.id, status: { $ne: RegistrationStatus.CANCELLED } }, { orderBy: { registeredAt: 'asc', id: 'asc' } });
    return rows.map(LectureRegistrationType.from);
  }

  @FieldResolver(() => [LectureAction], { description: 'The steps the viewer may take on it now (the policy and the machine together).' })
  async viewerActions(@Root() l: LectureType, @Ctx() ctx: Context): Promise<LectureAction[]> {
    const [a, mine] = await Promise.all([ctx.access(), viewerRegistration(ctx, l.entity.id)]);
    const now = ctx.now();
    const e = l.entity;
    const out: LectureAction[] = [];
    if (!lecturePolicy.canSee(a, e.community.id) && !lecturePolicy.canOrganize(a, { organizerId: e.organizer.id })) return out;
    if (lecturePolicy.canRegister(a, e.community.id) && canLecture('register', e, now, mine?.status ?? null)) out.push(LectureAction.REGISTER);
    if (canLecture('cancelRegistration', e, now, mine?.status ?? null)) out.push(LectureAction.CANCEL_REGISTRATION);
    if (lecturePolicy.canOrganize(a, { organizerId: e.organizer.id }) && canLecture('cancel', e, now, null)) out.push(LectureAction.CANCEL);
    return out;
  }

  @Mutation(() => LectureType, { description: '安排法治大讲堂: a member of the organizing organization (a residents\' committee, party committee, governance center or mediation committee of the community).' })
  async scheduleLecture(@Arg('input', () => ScheduleLectureInput) input: ScheduleLectureInput, @Ctx() ctx: Context): Promise<LectureType> {
    return LectureType.from(await service.scheduleLecture(ctx, input));
  }

  @Mutation(() => LectureType, { description: '报名: a verified resident takes a seat, before the start; never above the capacity (INVALID_TRANSITION FULL), once per person (REGISTERED).' })
  async registerForLecture(@Arg('input', () => LectureRefInput) input: LectureRefInput, @Ctx() ctx: Context): Promise<LectureType> {
    return LectureType.from((await service.registerForLecture(ctx, input.lectureId)).lecture);
  }

  @Mutation(() => LectureType, { description: '取消报名: the registered person, before the start; the seat is free again.' })
  async cancelLectureRegistration(@Arg('input', () => LectureRefInput) input: LectureRefInput, @Ctx() ctx: Context): Promise<LectureType> {
    return LectureType.from((await service.cancelLectureRegistration(ctx, input.lectureId)).lecture);
  }

  @Mutation(() => LectureType, { description: '取消讲座: its organizers, until it ends, with a reason; the registered are told.' })
  async cancelLecture(@Arg('input', () => CancelLectureInput) input: CancelLectureInput, @Ctx() ctx: Context): Promise<LectureType> {
    return LectureType.from(await service.cancelLecture(ctx, input));
  }
}

@Resolver(() => LectureRegistrationType)
export class LectureRegistrationResolver {
  @FieldResolver(() => UserType, { description: 'Who registered (shown to the organizers and the person only: no one else is given a registration).' })
  async attendee(@Root() r: LectureRegistrationType): Promise<UserType> {
    return UserType.from(await r.entity.user.loadOrFail({ dataloader: true }));
  }

  @FieldResolver(() => [LectureRegistrationAction], { description: 'CHECK_IN for the organizers while check-in is open.' })
  async viewerActions(@Root() r: LectureRegistrationType, @Ctx() ctx: Context): Promise<LectureRegistrationAction[]> {
    const [a, l] = await Promise.all([ctx.access(), r.entity.lecture.loadOrFail({ dataloader: true })]);
    return lecturePolicy.canOrganize(a, { organizerId: l.organizer.id }) && canLecture('checkIn', l, ctx.now(), r.entity.status) ? [LectureRegistrationAction.CHECK_IN] : [];
  }

  @Mutation(() => LectureRegistrationType, { description: '签到: an organizer checks a registered person in, from 30 minutes before the start until the end (INVALID_TRANSITION NOT_OPEN, ENDED).' })
  async checkInLectureAttendee(@Arg('input', () => CheckInLectureAttendeeInput) input: CheckInLectureAttendeeInput, @Ctx() ctx: Context): Promise<LectureRegistrationType> {
    return LectureRegistrationType.from(await service.checkInLectureAttendee(ctx, input));
  }
}

export const legalNodes = {
  LegalSeat: async (ctx: Context, key: string) => {
    if (!ctx.userId || !UUID.test(key)) return null;
    const s = await ctx.em.findOne(LegalSeat, key);
    if (!s) return null;
    const a = await ctx.access();
    return seatPolicy.canSee(a, { communityId: s.community.id, userId: s.user.id }) ? LegalSeatType.from(s) : null;
  },
  OfficeHourSlot: async (ctx: Context, key: string) => {
    if (!ctx.userId || !UUID.test(key)) return null;
    const s = await ctx.em.findOne(OfficeHourSlot, key);
    if (!s || !officeHoursPolicy.canSeeSlots(await ctx.access(), await viewerSeats(ctx), s.community.id)) return null;
    return OfficeHourSlotType.from(s, (await heldSlots(ctx.em, [s.id])).has(s.id), ctx.now());
  },
  LegalConsultation: async (ctx: Context, key: string) => {
    if (!ctx.userId || !UUID.test(key)) return null;
    const c = await visibleConsultation(ctx, await ctx.em.findOne(LegalConsultation, key));
    return c ? LegalConsultationType.from(c) : null;
  },
  LegalQuestion: async (ctx: Context, key: string) => {
    if (!ctx.userId || !UUID.test(key)) return null;
    const q = await visibleQuestion(ctx, await ctx.em.findOne(LegalQuestion, key));
    return q ? LegalQuestionType.from(q) : null;
  },
  Lecture: async (ctx: Context, key: string) => {
    if (!ctx.userId || !UUID.test(key)) return null;
    const l = await ctx.em.findOne(Lecture, key);
    return l && lecturePolicy.canSee(await ctx.access(), l.community.id) ? LectureType.from(l) : null;
  },
};

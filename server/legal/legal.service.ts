import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context, Services } from '../core/context.js';
import { transact, type Transaction } from '../core/transaction.js';
import type { Access } from '../core/access.js';
import { authorize, requireUser } from '../core/policy.js';
import { badInput, conflict, forbidden, limitExceeded, notFound } from '../core/errors.js';
import { keyOf, toGlobalId } from '../core/ids.js';
import { emit } from '../events/index.js';
import { User } from '../accounts/index.js';
import { Community, Organization } from '../communities/index.js';
import { DisputeCategory, disputeService } from '../disputes/index.js';
import { IssueCategory, Visibility, issueService } from '../issues/index.js';
import {
  ConsultationStatus,
  Lecture,
  LectureRegistration,
  LectureStatus,
  LegalConsultation,
  LegalQuestion,
  LegalQuestionStatus,
  LegalSeat,
  LegalSeatRole,
  OfficeHourSlot,
  QuestionVisibility,
  ReferralTarget,
  RegistrationStatus,
} from './legal.entity.js';
import { consultationPolicy, lecturePolicy, officeHoursPolicy, questionPolicy, seatPolicy, sideOf, type ConsultationFacts, type QuestionFacts } from './legal.policy.js';
import {
  assertBookable,
  assertConsultation,
  assertLecture,
  assertQuestion,
  MAX_FUTURE_BOOKINGS,
  minutesOf,
  REMIND_BEFORE_MS,
  shanghaiLabel,
  slotTimes,
  type ConsultationStep,
  type Side,
} from './legal.state.js';
import { attendanceOf, futureBookings, heldSlots, holdersOf, viewerSeats } from './legal.queries.js';
import { MAX_VALUE } from '../../common/limits.js';
import type {
  CancelLectureInput,
  CheckInLectureAttendeeInput,
  ScheduleLectureInput,
  AnswerLegalQuestionInput,
  AskLegalQuestionInput,
  AppointLegalSeatInput,
  BookOfficeHourSlotInput,
  CancelConsultationInput,
  ProposeReferralInput,
  PublishOfficeHoursInput,
  RecordConsultationNoteInput,
  UpdateLegalSeatInput,
} from './legal.inputs.js';
import './legal.events.js';

/** At most this many slots in one `publishOfficeHours` (12 weeks of a full day in 30-minute slots fit). */
const MAX_SLOTS_PER_PUBLISH = MAX_VALUE.legal.weeks * 24;

const blankToNull = (s: string | null | undefined) => (s == null ? s : s.trim() || null);

async function communityOrFail(em: EntityManager, communityId: string): Promise<void> {
  if (!(await em.count(Community, communityId))) throw notFound('Community');
}

// ── seats (一社区一民警一律师) ─────────────────────────────────────────────────────────────────

const seatSubject = (s: LegalSeat) => ({ type: 'LegalSeat', id: s.id });

async function holderName(em: EntityManager, s: LegalSeat): Promise<string> {
  return (await em.findOneOrFail(User, s.user.id)).name;
}

/** The community's administrators give a person a seat; the person is told. Public to the community. */
export async function appointLegalSeat(ctx: Context, input: AppointLegalSeatInput): Promise<LegalSeat> {
  const access = await ctx.access();
  requireUser(access);
  const communityId = keyOf(input.communityId, 'Community', 'communityId');
  const userId = keyOf(input.userId, 'User', 'userId');
  authorize(seatPolicy.canAppoint(access, communityId), "Only the community's administrators appoint its police officer and legal adviser");
  return ctx.transact(async (tx) => {
    await communityOrFail(tx.em, communityId);
    const user = await tx.em.findOne(User, userId);
    if (!user) throw badInput({ userId: 'is not a user' });
    // The unique key (community, role, user) settles two appointments at once; this names it first.
    if (await tx.em.count(LegalSeat, { community: communityId, role: input.role, user: userId })) throw conflict(`${user.name} already holds this seat`);
    const seat = tx.em.create(LegalSeat, {
      community: communityId,
      role: input.role,
      user: userId,
      officeHours: blankToNull(input.officeHours) ?? null,
      intro: blankToNull(input.intro) ?? null,
      appointedBy: tx.actorId!,
      appointedAt: tx.now,
    });
    emit(tx, {
      type: 'legalSeat.appointed',
      communityId,
      subject: seatSubject(seat),
      data: { role: seat.role, holderName: user.name },
      audience: { public: true },
      notify: { userIds: [userId], title: seat.role === LegalSeatRole.LEGAL_ADVISER ? '您已被设为社区法律顾问' : '您已被设为社区民警' },
    });
    return seat;
  });
}

async function lockSeat(tx: Transaction, seatId: string): Promise<LegalSeat> {
  const seat = await tx.em.findOne(LegalSeat, keyOf(seatId, 'LegalSeat', 'seatId'), { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!seat) throw notFound('LegalSeat');
  return seat;
}

const seatFacts = (s: LegalSeat) => ({ communityId: s.community.id, userId: s.user.id });

/** Office hours and introduction, by the holder or the community's administrators. */
export async function updateLegalSeat(ctx: Context, input: UpdateLegalSeatInput): Promise<LegalSeat> {
  const access = await ctx.access();
  requireUser(access);
  return ctx.transact(async (tx) => {
    const seat = await lockSeat(tx, input.seatId);
    if (!seatPolicy.canSee(access, seatFacts(seat))) throw notFound('LegalSeat');
    authorize(seatPolicy.canUpdate(access, seatFacts(seat)), 'Only the holder and the community\'s administrators change a seat');
    if (input.officeHours !== undefined) seat.officeHours = blankToNull(input.officeHours) ?? null;
    if (input.intro !== undefined) seat.intro = blankToNull(input.intro) ?? null;
    emit(tx, {
      type: 'legalSeat.updated',
      communityId: seat.community.id,
      subject: seatSubject(seat),
      data: { role: seat.role, holderName: await holderName(tx.em, seat), officeHours: seat.officeHours ?? null },
      audience: { public: true },
    });
    return seat;
  });
}

/** The community's administrators take a seat away. A legal adviser's slots ahead that nobody holds go with it (cancelled bookings' slots included). */
export async function vacateLegalSeat(ctx: Context, seatId: string): Promise<LegalSeat> {
  const access = await ctx.access();
  requireUser(access);
  return ctx.transact(async (tx) => {
    const seat = await lockSeat(tx, seatId);
    if (!seatPolicy.canSee(access, seatFacts(seat))) throw notFound('LegalSeat');
    authorize(seatPolicy.canVacate(access, seatFacts(seat)), "Only the community's administrators vacate a seat");
    const name = await holderName(tx.em, seat);
    emit(tx, {
      type: 'legalSeat.vacated',
      communityId: seat.community.id,
      subject: seatSubject(seat),
      data: { role: seat.role, holderName: name },
      audience: { public: true, userIds: [seat.user.id] },
      notify: { userIds: [seat.user.id], title: '您的社区法律服务席位已撤销' },
    });
    tx.em.remove(seat);
    if (seat.role === LegalSeatRole.LEGAL_ADVISER) {
      // The slots ahead that nobody holds go with the seat; booked ones stay for the lawyer to hold or cancel.
      await tx.em.execute(
        `DELETE FROM office_hour_slots s WHERE s.community_id = ? AND s.lawyer_id = ? AND s.starts_at > ?
           AND NOT EXISTS (SELECT 1 FROM legal_consultations c WHERE c.slot_id = s.id AND c.status <> ?)`,
        [seat.community.id, seat.user.id, tx.now, ConsultationStatus.CANCELLED],
      );
    }
    return seat;
  });
}

// ── 周四有约: office hours ───────────────────────────────────────────────────────────────────

/** The slots a lawyer publishes: every `weekday` for `weeks`, from `startTime` to `endTime` (Shanghai). Kept when already there. */
export async function publishOfficeHours(ctx: Context, input: PublishOfficeHoursInput): Promise<OfficeHourSlot[]> {
  const access = await ctx.access();
  const userId = requireUser(access);
  const communityId = keyOf(input.communityId, 'Community', 'communityId');
  authorize(officeHoursPolicy.canPublish(access, await viewerSeats(ctx), communityId), "Only the community's legal advisers publish office hours");
  const startMinute = minutesOf(input.startTime);
  const endMinute = minutesOf(input.endTime);
  if (startMinute === null) throw badInput({ startTime: 'must be HH:MM' });
  if (endMinute === null) throw badInput({ endTime: 'must be HH:MM' });
  const slotMinutes = input.slotMinutes ?? 30;
  if (endMinute - startMinute < slotMinutes) throw badInput({ endTime: `must leave room for one ${slotMinutes}-minute slot after startTime` });
  const times = slotTimes(ctx.now(), { weekday: input.weekday, startMinute, endMinute, slotMinutes, weeks: input.weeks });
  if (!times.length) throw badInput({ weeks: 'no slot of these office hours lies ahead' });
  if (times.length > MAX_SLOTS_PER_PUBLISH) throw badInput({ weeks: `makes ${times.length} slots; at most ${MAX_SLOTS_PER_PUBLISH} at once` });
  return ctx.transact(async (tx) => {
    await communityOrFail(tx.em, communityId);
    const place = input.place?.trim() || null;
    // The unique key (lawyer, start) keeps a slot published twice (or by two requests at once) once.
    const rows = await tx.em.execute<Record<string, unknown>[]>(
      `INSERT INTO office_hour_slots (id, community_id, lawyer_id, starts_at, ends_at, place, published_at)
       SELECT gen_random_uuid(), ?, ?, t.s, t.e, ?, ? FROM unnest(?::timestamptz[], ?::timestamptz[]) AS t(s, e)
       ON CONFLICT (lawyer_id, starts_at) DO NOTHING RETURNING *`,
      [communityId, userId, place, tx.now, `{${times.map((t) => t.startsAt.toISOString()).join(',')}}`, `{${times.map((t) => t.endsAt.toISOString()).join(',')}}`],
    );
    const slots = rows.map((r) => tx.em.map(OfficeHourSlot, r)).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    if (slots.length) {
      const lawyer = await tx.em.findOneOrFail(User, userId);
      emit(tx, {
        type: 'officeHours.published',
        communityId,
        data: { lawyerName: lawyer.name, count: slots.length, firstStartsAt: slots[0]!.startsAt.toISOString(), lastStartsAt: slots.at(-1)!.startsAt.toISOString() },
        audience: { public: true },
      });
    }
    return slots;
  });
}

const consultationSubject = (c: LegalConsultation) => ({ type: 'LegalConsultation', id: c.id });
export const consultationFacts = (c: LegalConsultation): ConsultationFacts => ({ communityId: c.community.id, residentId: c.resident.id, lawyerId: c.lawyer.id });
/** The event audience of a consultation: exactly `consultationPolicy.canSee`, the resident and the lawyer. */
/** A consultation's two sides only: `private`, so not even a platform admin's history shows it (`node` refuses them too). */
const consultationAudience = (c: LegalConsultation) => ({ userIds: [c.resident.id, c.lawyer.id], private: true });
const consultationChange = (c: LegalConsultation, before: ConsultationStatus | null) => ({ startsAt: c.startsAt.toISOString(), status: { before, after: c.status } });

/**
 * 预约: race-free. The resident's bookings are serialized by a transaction-level advisory lock on
 * the resident (so two at once both count the ones before them: at most MAX_FUTURE_BOOKINGS), then
 * the slot row is locked (so two residents at once see each other: one gets it, the other
 * INVALID_TRANSITION BOOKED). The partial unique index on a slot's live consultation is the last word.
 */
export async function bookOfficeHourSlot(ctx: Context, input: BookOfficeHourSlotInput): Promise<LegalConsultation> {
  const access = await ctx.access();
  const userId = requireUser(access);
  const slotId = keyOf(input.slotId, 'OfficeHourSlot', 'slotId');
  const seats = await viewerSeats(ctx);
  return ctx.transact(async (tx) => {
    await tx.em.execute(`SELECT pg_advisory_xact_lock(hashtextextended(?, 0))`, [`legal.booking:${userId}`]);
    const slot = await tx.em.findOne(OfficeHourSlot, slotId, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!slot || !officeHoursPolicy.canSeeSlots(access, seats, slot.community.id)) throw notFound('OfficeHourSlot');
    authorize(officeHoursPolicy.canBook(access, { communityId: slot.community.id, lawyerId: slot.lawyer.id }), 'Only verified residents of the community book office hours');
    const held = (await heldSlots(tx.em, [slot.id])).has(slot.id);
    assertBookable(slot, held, tx.now);
    const holding = await futureBookings(tx.em, userId, tx.now);
    if (holding >= MAX_FUTURE_BOOKINGS) throw limitExceeded(`You hold ${holding} future bookings; cancel one first (at most ${MAX_FUTURE_BOOKINGS})`, { limit: MAX_FUTURE_BOOKINGS });
    const c = tx.em.create(LegalConsultation, {
      slot,
      community: slot.community.id,
      lawyer: slot.lawyer.id,
      resident: userId,
      startsAt: slot.startsAt,
      status: ConsultationStatus.BOOKED,
      topic: input.topic?.trim() || null,
      bookedAt: tx.now,
    });
    const resident = await tx.em.findOneOrFail(User, userId);
    emit(tx, {
      type: 'consultation.booked',
      communityId: slot.community.id,
      subject: consultationSubject(c),
      data: consultationChange(c, null),
      audience: consultationAudience(c),
      notify: { userIds: [slot.lawyer.id], title: `周四有约新预约：${shanghaiLabel(slot.startsAt)} ${resident.name}` },
    });
    emit(tx, { type: 'officeHourSlot.booked', communityId: slot.community.id, subject: { type: 'OfficeHourSlot', id: slot.id }, data: { startsAt: slot.startsAt.toISOString() }, audience: { public: true } });
    return c;
  });
}

/**
 * Loads a consultation for a step, locked: NOT_FOUND unless the viewer is one of its two sides,
 * FORBIDDEN unless the policy lets them take it, INVALID_TRANSITION unless the machine allows it.
 */
async function forStep(tx: Transaction, access: Access, consultationId: string, step: ConsultationStep, allowed: (a: Access, f: ConsultationFacts) => boolean): Promise<{ c: LegalConsultation; side: Side }> {
  const c = await tx.em.findOne(LegalConsultation, keyOf(consultationId, 'LegalConsultation', 'consultationId'), { lockMode: LockMode.PESSIMISTIC_WRITE });
  const facts = c && consultationFacts(c);
  if (!c || !facts || !consultationPolicy.canSee(access, facts)) throw notFound('LegalConsultation');
  authorize(allowed(access, facts), 'The other side of the consultation takes this step');
  const side = sideOf(access, facts)!;
  assertConsultation(step, c, tx.now, side);
  return { c, side };
}

/** 取消: the resident up to CANCEL_CUTOFF_MS before the start, the lawyer until the start; the other side is told, the slot is free again. */
export async function cancelConsultation(ctx: Context, input: CancelConsultationInput): Promise<LegalConsultation> {
  const access = await ctx.access();
  requireUser(access);
  return ctx.transact(async (tx) => {
    const { c, side } = await forStep(tx, access, input.consultationId, 'cancel', consultationPolicy.canCancel);
    const before = c.status;
    Object.assign(c, { status: ConsultationStatus.CANCELLED, cancelledAt: tx.now, cancelledBy: tx.actorId, cancelReason: input.reason?.trim() || null });
    const other = side === 'resident' ? c.lawyer.id : c.resident.id;
    emit(tx, {
      type: 'consultation.cancelled',
      communityId: c.community.id,
      subject: consultationSubject(c),
      data: { ...consultationChange(c, before), by: side === 'resident' ? 'RESIDENT' : 'LAWYER' },
      audience: consultationAudience(c),
      notify: { userIds: [other], title: side === 'resident' ? `周四有约预约已被居民取消：${shanghaiLabel(c.startsAt)}` : `律师取消了您的周四有约：${shanghaiLabel(c.startsAt)}${c.cancelReason ? `（${c.cancelReason}）` : ''}` },
    });
    emit(tx, { type: 'officeHourSlot.released', communityId: c.community.id, subject: { type: 'OfficeHourSlot', id: c.slot.id }, data: { startsAt: c.startsAt.toISOString() }, audience: { public: true } });
    return c;
  });
}

/** 咨询记录: the lawyer, once the slot has started; the resident is told (not what it says). */
export async function recordConsultationNote(ctx: Context, input: RecordConsultationNoteInput): Promise<LegalConsultation> {
  const access = await ctx.access();
  requireUser(access);
  return ctx.transact(async (tx) => {
    const { c } = await forStep(tx, access, input.consultationId, 'recordNote', consultationPolicy.canRecordNote);
    const before = c.status;
    Object.assign(c, { status: ConsultationStatus.COMPLETED, note: input.note.trim(), noteRecordedAt: tx.now });
    emit(tx, {
      type: 'consultation.noteRecorded',
      communityId: c.community.id,
      subject: consultationSubject(c),
      data: consultationChange(c, before),
      audience: consultationAudience(c),
      notify: { userIds: [c.resident.id], title: `律师已记录您的法律咨询：${shanghaiLabel(c.startsAt)}` },
    });
    return c;
  });
}

/** The lawyer proposes a dispute or an issue from a COMPLETED consultation; the resident is asked to consent. */
export async function proposeReferral(ctx: Context, input: ProposeReferralInput): Promise<LegalConsultation> {
  const access = await ctx.access();
  requireUser(access);
  const respondentNames = (input.respondentNames ?? []).map((n) => n.trim());
  if (input.to === ReferralTarget.DISPUTE) {
    if (!(Object.values(DisputeCategory) as string[]).includes(input.category)) throw badInput({ category: 'is not a DisputeCategory' });
    if (!respondentNames.length) throw badInput({ respondentNames: 'a dispute has at least one respondent' });
  } else {
    if (!(Object.values(IssueCategory) as string[]).includes(input.category)) throw badInput({ category: 'is not an IssueCategory' });
    if (respondentNames.length) throw badInput({ respondentNames: 'are for a dispute only' });
  }
  return ctx.transact(async (tx) => {
    const { c } = await forStep(tx, access, input.consultationId, 'proposeReferral', consultationPolicy.canProposeReferral);
    const before = c.status;
    Object.assign(c, {
      status: ConsultationStatus.REFERRAL_PROPOSED,
      referralTo: input.to,
      referralDraft: { title: input.title.trim(), description: input.description.trim(), category: input.category, respondentNames },
    });
    emit(tx, {
      type: 'consultation.referralProposed',
      communityId: c.community.id,
      subject: consultationSubject(c),
      data: { ...consultationChange(c, before), to: input.to },
      audience: consultationAudience(c),
      notify: { userIds: [c.resident.id], title: input.to === ReferralTarget.DISPUTE ? '律师建议将您的咨询转为人民调解，请确认是否同意' : '律师建议将您的咨询转为诉求，请确认是否同意' },
    });
    return c;
  });
}

/** The resident declines the proposed referral: nothing is opened; back to COMPLETED. */
export async function declineReferral(ctx: Context, consultationId: string): Promise<LegalConsultation> {
  const access = await ctx.access();
  requireUser(access);
  return ctx.transact(async (tx) => {
    const { c } = await forStep(tx, access, consultationId, 'declineReferral', consultationPolicy.canConsent);
    const before = c.status;
    const to = c.referralTo!;
    Object.assign(c, { status: ConsultationStatus.COMPLETED, referralTo: null, referralDraft: null });
    emit(tx, {
      type: 'consultation.referralDeclined',
      communityId: c.community.id,
      subject: consultationSubject(c),
      data: { ...consultationChange(c, before), to },
      audience: consultationAudience(c),
      notify: { userIds: [c.lawyer.id], title: `居民未同意转办：${shanghaiLabel(c.startsAt)}` },
    });
    return c;
  });
}

/**
 * The resident consents to the proposed referral, and that consent opens it, by the resident and
 * through the owning module's barrel: `disputeService.applyForMediation` (the resident its
 * applicant, the respondents by name) or `issueService.submitIssue` (the resident its reporter,
 * visible to the parties only). That step runs its own transaction under an idempotency key bound to
 * this proposal (the consultation's id and version), so a retry after a failure here opens nothing
 * twice; then the consultation becomes REFERRED with the link, or INVALID_TRANSITION if it changed.
 */
export async function consentToReferral(ctx: Context, consultationId: string): Promise<LegalConsultation> {
  const access = await ctx.access();
  requireUser(access);
  const proposal = await ctx.transact(async (tx) => {
    const { c } = await forStep(tx, access, consultationId, 'consent', consultationPolicy.canConsent);
    return { id: c.id, version: c.version, to: c.referralTo!, draft: c.referralDraft!, communityId: c.community.id };
  });
  const idempotencyKey = `legal-consultation:${proposal.id}:${proposal.version}`;
  const communityId = toGlobalId('Community', proposal.communityId);
  const d = proposal.draft;
  let disputeId: string | null = null;
  let issueId: string | null = null;
  if (proposal.to === ReferralTarget.DISPUTE) {
    const respondents = d.respondentNames.map((name) => ({ name }));
    const dispute = await disputeService.applyForMediation(ctx, { communityId, title: d.title, description: d.description, category: d.category as DisputeCategory, respondents, idempotencyKey });
    disputeId = dispute.id;
  } else {
    const issue = await issueService.submitIssue(ctx, { communityId, title: d.title, body: d.description, category: d.category as IssueCategory, visibility: Visibility.PARTIES, idempotencyKey });
    issueId = issue.id;
  }
  return ctx.transact(async (tx) => {
    const { c } = await forStep(tx, access, consultationId, 'consent', consultationPolicy.canConsent);
    if (c.version !== proposal.version) throw conflict('The proposal changed while it was being opened; read it again');
    const before = c.status;
    Object.assign(c, { status: ConsultationStatus.REFERRED, consentedAt: tx.now, disputeId, issueId });
    emit(tx, {
      type: 'consultation.referred',
      communityId: c.community.id,
      subject: consultationSubject(c),
      data: { ...consultationChange(c, before), to: proposal.to, disputeId, issueId },
      audience: consultationAudience(c),
      notify: { userIds: [c.lawyer.id], title: `居民已同意转办：${d.title}` },
    });
    return c;
  });
}

/**
 * The day-before reminder (提醒): every BOOKED consultation starting within REMIND_BEFORE_MS of
 * `now` that has not been reminded is reminded once (a conditional update marks it), the resident
 * and the lawyer notified. Run by whatever clock runs the process (tests: ManualClock); returns how
 * many went out. Nothing in the process calls it on a timer yet (server/legal/README.md).
 */
export async function sendConsultationReminders(services: Services, now: Date = services.clock.now()): Promise<number> {
  const em = services.orm.em.fork() as EntityManager;
  return transact(
    em,
    services.bus,
    null,
    async (tx) => {
      const rows = await tx.em.execute<{ id: string }[]>(
        `UPDATE legal_consultations SET reminded_at = ? WHERE status = ? AND reminded_at IS NULL AND starts_at > ? AND starts_at <= ? RETURNING id`,
        [now, ConsultationStatus.BOOKED, now, new Date(now.getTime() + REMIND_BEFORE_MS)],
      );
      const list = rows.length ? await tx.em.find(LegalConsultation, { id: { $in: rows.map((r) => r.id) } }) : [];
      for (const c of list) {
        emit(tx, {
          type: 'consultation.reminded',
          communityId: c.community.id,
          subject: consultationSubject(c),
          data: consultationChange(c, c.status),
          audience: consultationAudience(c),
          notify: [
            { userIds: [c.resident.id], title: `提醒：您预约的周四有约在 ${shanghaiLabel(c.startsAt)}` },
            { userIds: [c.lawyer.id], title: `提醒：${shanghaiLabel(c.startsAt)} 有一位居民预约咨询` },
          ],
        });
      }
      return list.length;
    },
    now,
  );
}

// ── 法律超市 ─────────────────────────────────────────────────────────────────────────────────

export const questionFacts = (q: LegalQuestion): QuestionFacts => ({ communityId: q.community.id, askerId: q.asker.id, visibility: q.visibility });
const questionSubject = (q: LegalQuestion) => ({ type: 'LegalQuestion', id: q.id });
const questionChange = (q: LegalQuestion, before: LegalQuestionStatus | null) => ({ category: q.category, visibility: q.visibility, status: { before, after: q.status } });

/**
 * The event audience of a question: exactly `questionPolicy.canSee` — public to the community, or
 * the asker and the community's legal advisers of the moment the event is written.
 */
async function questionAudience(em: EntityManager, q: LegalQuestion): Promise<{ public?: boolean; userIds: string[]; private?: boolean }> {
  const lawyers = await holdersOf(em, q.community.id, LegalSeatRole.LEGAL_ADVISER);
  // A PRIVATE one is `private`: not even a platform admin's history shows it (`node` refuses them too).
  return q.visibility === QuestionVisibility.PUBLIC ? { public: true, userIds: [q.asker.id] } : { userIds: [q.asker.id, ...lawyers], private: true };
}

/** 提问: a verified resident; the community's legal advisers are told. */
export async function askLegalQuestion(ctx: Context, input: AskLegalQuestionInput): Promise<LegalQuestion> {
  const access = await ctx.access();
  const userId = requireUser(access);
  const communityId = keyOf(input.communityId, 'Community', 'communityId');
  authorize(questionPolicy.canAsk(access, communityId), 'Only verified residents of the community ask its legal advisers');
  return ctx.transact(async (tx) => {
    const q = tx.em.create(LegalQuestion, {
      community: communityId,
      asker: userId,
      category: input.category,
      visibility: input.visibility,
      status: LegalQuestionStatus.OPEN,
      title: input.title.trim(),
      body: input.body.trim(),
      askedAt: tx.now,
    });
    emit(tx, {
      type: 'legalQuestion.asked',
      communityId,
      subject: questionSubject(q),
      data: questionChange(q, null),
      audience: await questionAudience(tx.em, q),
      notify: { userIds: await holdersOf(tx.em, communityId, LegalSeatRole.LEGAL_ADVISER), title: `法律超市新问题：${q.title}` },
    });
    return q;
  });
}

async function lockQuestion(tx: Transaction, ctx: Context, access: Access, questionId: string): Promise<LegalQuestion> {
  const q = await tx.em.findOne(LegalQuestion, keyOf(questionId, 'LegalQuestion', 'questionId'), { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!q || !questionPolicy.canSee(access, await viewerSeats(ctx), questionFacts(q))) throw notFound('LegalQuestion');
  return q;
}

/** 解答: a legal adviser of the community answers an OPEN question, or revises the answer; the asker is told. */
export async function answerLegalQuestion(ctx: Context, input: AnswerLegalQuestionInput): Promise<LegalQuestion> {
  const access = await ctx.access();
  requireUser(access);
  return ctx.transact(async (tx) => {
    const q = await lockQuestion(tx, ctx, access, input.questionId);
    authorize(questionPolicy.canAnswer(access, await viewerSeats(ctx), questionFacts(q)), "Only the community's legal advisers answer");
    assertQuestion('answer', q.status);
    const before: LegalQuestionStatus = q.status;
    Object.assign(q, { status: LegalQuestionStatus.ANSWERED, answer: input.answer.trim(), answeredBy: tx.actorId, answeredAt: tx.now });
    emit(tx, {
      type: 'legalQuestion.answered',
      communityId: q.community.id,
      subject: questionSubject(q),
      data: { ...questionChange(q, before), revised: before === LegalQuestionStatus.ANSWERED },
      audience: await questionAudience(tx.em, q),
      notify: { userIds: [q.asker.id], title: `律师已解答您的问题：${q.title}` },
    });
    return q;
  });
}

/** 撤回: the asker, while unanswered. */
export async function withdrawLegalQuestion(ctx: Context, questionId: string): Promise<LegalQuestion> {
  const access = await ctx.access();
  requireUser(access);
  return ctx.transact(async (tx) => {
    const q = await lockQuestion(tx, ctx, access, questionId);
    authorize(questionPolicy.canWithdraw(access, questionFacts(q)), 'Only the asker withdraws a question');
    assertQuestion('withdraw', q.status);
    const before = q.status;
    q.status = LegalQuestionStatus.WITHDRAWN;
    emit(tx, { type: 'legalQuestion.withdrawn', communityId: q.community.id, subject: questionSubject(q), data: questionChange(q, before), audience: await questionAudience(tx.em, q) });
    return q;
  });
}

// ── 法治大讲堂 ───────────────────────────────────────────────────────────────────────────────

const lectureSubject = (l: Lecture) => ({ type: 'Lecture', id: l.id });
/** Those a registration's events are for: the person and the organizing organization. */
const registrationAudience = (l: Lecture, userId: string) => ({ organizationIds: [l.organizer.id], userIds: [userId] });
const seatsChanged = (tx: Transaction, l: Lecture) =>
  emit(tx, {
    type: 'lecture.seatsChanged',
    communityId: l.community.id,
    subject: lectureSubject(l),
    data: { registeredCount: l.registeredCount, capacity: l.capacity },
    audience: { public: true },
    // The public does not learn who registered.
    anonymous: true,
  });

/** 安排讲座: a member of an organizing organization of the community; public to the community. */
export async function scheduleLecture(ctx: Context, input: ScheduleLectureInput): Promise<Lecture> {
  const access = await ctx.access();
  requireUser(access);
  const organizerId = keyOf(input.organizerId, 'Organization', 'organizerId');
  const now = ctx.now();
  if (input.startsAt <= now) throw badInput({ startsAt: 'must be ahead of now' });
  if (input.endsAt <= input.startsAt) throw badInput({ endsAt: 'must be after startsAt' });
  return ctx.transact(async (tx) => {
    const org = await tx.em.findOne(Organization, organizerId);
    if (!org) throw badInput({ organizerId: 'is not an organization' });
    authorize(lecturePolicy.canSchedule(access, { id: org.id, kind: org.kind, communityId: org.community?.id ?? null }), "Only members of the community's residents' committee, party committee, governance center or mediation committee schedule lectures, for it");
    const l = tx.em.create(Lecture, {
      community: org.community!.id,
      organizer: org.id,
      title: input.title.trim(),
      description: input.description.trim(),
      speaker: input.speaker.trim(),
      location: input.location.trim(),
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      capacity: input.capacity,
      registeredCount: 0,
      status: LectureStatus.SCHEDULED,
      createdBy: tx.actorId!,
      createdAt: tx.now,
    });
    emit(tx, { type: 'lecture.scheduled', communityId: l.community.id, subject: lectureSubject(l), data: { title: l.title, startsAt: l.startsAt.toISOString(), capacity: l.capacity }, audience: { public: true } });
    return l;
  });
}

/** Loads a lecture by its key, locked: NOT_FOUND unless the viewer may see it. */
async function lockLecture(tx: Transaction, access: Access, key: string): Promise<Lecture> {
  const l = await tx.em.findOne(Lecture, key, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!l || !lecturePolicy.canSee(access, l.community.id)) throw notFound('Lecture');
  return l;
}

/**
 * 报名: race-free under the capacity. The lecture's row is locked first, so registrations of one
 * lecture run one after the other: each sees the count and the person's registration as the one
 * before left them (FULL at the capacity, REGISTERED twice); a check constraint keeps the count
 * within the capacity, a partial unique index one live registration per person.
 */
export async function registerForLecture(ctx: Context, lectureId: string): Promise<{ lecture: Lecture; registration: LectureRegistration }> {
  const access = await ctx.access();
  const userId = requireUser(access);
  return ctx.transact(async (tx) => {
    const l = await lockLecture(tx, access, keyOf(lectureId, 'Lecture', 'lectureId'));
    authorize(lecturePolicy.canRegister(access, l.community.id), 'Only verified residents of the community register');
    const mine = await tx.em.findOne(LectureRegistration, { lecture: l.id, user: userId, status: { $ne: RegistrationStatus.CANCELLED } });
    assertLecture('register', l, tx.now, mine?.status ?? null);
    const registration = tx.em.create(LectureRegistration, { lecture: l, user: userId, status: RegistrationStatus.REGISTERED, registeredAt: tx.now });
    l.registeredCount += 1;
    emit(tx, { type: 'lecture.registered', communityId: l.community.id, subject: lectureSubject(l), data: { title: l.title, registeredCount: l.registeredCount }, audience: registrationAudience(l, userId) });
    seatsChanged(tx, l);
    return { lecture: l, registration };
  });
}

/** 取消报名: the person, before the start; the seat is free again. */
export async function cancelLectureRegistration(ctx: Context, lectureId: string): Promise<{ lecture: Lecture; registration: LectureRegistration | null }> {
  const access = await ctx.access();
  const userId = requireUser(access);
  return ctx.transact(async (tx) => {
    const l = await lockLecture(tx, access, keyOf(lectureId, 'Lecture', 'lectureId'));
    const mine = await tx.em.findOne(LectureRegistration, { lecture: l.id, user: userId, status: { $ne: RegistrationStatus.CANCELLED } });
    assertLecture('cancelRegistration', l, tx.now, mine?.status ?? null);
    Object.assign(mine!, { status: RegistrationStatus.CANCELLED, cancelledAt: tx.now });
    l.registeredCount -= 1;
    emit(tx, { type: 'lecture.registrationCancelled', communityId: l.community.id, subject: lectureSubject(l), data: { title: l.title, registeredCount: l.registeredCount }, audience: registrationAudience(l, userId) });
    seatsChanged(tx, l);
    return { lecture: l, registration: mine };
  });
}

/** 签到: an organizer checks a registered person in, from 30 minutes before the start until the end. */
export async function checkInLectureAttendee(ctx: Context, input: CheckInLectureAttendeeInput): Promise<LectureRegistration> {
  const access = await ctx.access();
  requireUser(access);
  const registrationId = keyOf(input.registrationId, 'LectureRegistration', 'registrationId');
  return ctx.transact(async (tx) => {
    const found = await tx.em.findOne(LectureRegistration, registrationId);
    if (!found) throw notFound('LectureRegistration');
    const l = await lockLecture(tx, access, found.lecture.id);
    // Only the organizers (and the person) know of a registration.
    if (!lecturePolicy.canOrganize(access, { organizerId: l.organizer.id })) {
      if (access.is(found.user.id)) throw forbidden('The organizers check people in');
      throw notFound('LectureRegistration');
    }
    const r = await tx.em.findOneOrFail(LectureRegistration, registrationId, { lockMode: LockMode.PESSIMISTIC_WRITE });
    assertLecture('checkIn', l, tx.now, r.status);
    Object.assign(r, { status: RegistrationStatus.ATTENDED, checkedInAt: tx.now, checkedInBy: tx.actorId });
    await tx.em.flush();
    emit(tx, { type: 'lecture.checkedIn', communityId: l.community.id, subject: lectureSubject(l), data: { title: l.title, attendance: await attendanceOf(tx.em, l.id) }, audience: registrationAudience(l, r.user.id) });
    return r;
  });
}

/** 取消讲座: its organizers, until it ends, with a reason; the registered are told. Registrations stay as they were (the lecture's status says it is off). */
export async function cancelLecture(ctx: Context, input: CancelLectureInput): Promise<Lecture> {
  const access = await ctx.access();
  requireUser(access);
  return ctx.transact(async (tx) => {
    const l = await lockLecture(tx, access, keyOf(input.lectureId, 'Lecture', 'lectureId'));
    authorize(lecturePolicy.canOrganize(access, { organizerId: l.organizer.id }), 'Only its organizers cancel a lecture');
    assertLecture('cancel', l, tx.now, null);
    const reason = input.reason.trim();
    Object.assign(l, { status: LectureStatus.CANCELLED, cancelReason: reason });
    const registered = await tx.em.find(LectureRegistration, { lecture: l.id, status: RegistrationStatus.REGISTERED }, { fields: ['user'] });
    emit(tx, {
      type: 'lecture.cancelled',
      communityId: l.community.id,
      subject: lectureSubject(l),
      data: { title: l.title, reason },
      audience: { public: true },
      notify: { userIds: registered.map((r) => r.user.id), title: `法治大讲堂已取消：${l.title}（${reason}）` },
    });
    return l;
  });
}


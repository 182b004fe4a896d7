import { invalidTransition } from '../core/errors.js';
import { ConsultationStatus as C, LectureStatus, LegalQuestionStatus, QuestionVisibility, RegistrationStatus } from './legal.entity.js';

/**
 * The machines of public legal services, in one place. Pure: the service asks them before every
 * step (a step they refuse fails with INVALID_TRANSITION naming the state, and changes nothing),
 * and `viewerActions` asks them what to offer. No other file compares statuses.
 *
 * An office-hour slot (derived, not stored): OPEN → BOOKED (a live consultation holds it) → OPEN
 * again when that is cancelled; PAST once it has started unbooked. `book` only from OPEN.
 *
 * A consultation:
 *   BOOKED            → CANCELLED   (cancel: the resident up to CANCEL_CUTOFF before the start — else CUT_OFF —,
 *                                    the lawyer until the start — else STARTED)
 *   BOOKED, COMPLETED → COMPLETED   (recordNote: once the slot has started — else NOT_STARTED; the note may be rewritten)
 *   COMPLETED         → REFERRAL_PROPOSED (proposeReferral: the lawyer drafts a dispute or an issue)
 *   REFERRAL_PROPOSED → REFERRED    (consentToReferral: the resident consents, which opens it)
 *   REFERRAL_PROPOSED → COMPLETED   (declineReferral: the resident declines)
 */
export enum SlotStatus {
  OPEN = 'OPEN',
  BOOKED = 'BOOKED',
  PAST = 'PAST',
}

export type ConsultationStep = 'cancel' | 'recordNote' | 'proposeReferral' | 'consent' | 'declineReferral';

/** A resident may cancel up to this long before the start (2 h); after it, only the lawyer may. */
export const CANCEL_CUTOFF_MS = 2 * 3_600_000;
/** The reminder goes out this long before the start (the day before). */
export const REMIND_BEFORE_MS = 24 * 3_600_000;
/** One resident holds at most this many future bookings (BOOKED, not yet started), in all communities. */
export const MAX_FUTURE_BOOKINGS = 2;

export const CONSULTATION_FROM: Record<ConsultationStep, readonly C[]> = {
  cancel: [C.BOOKED],
  recordNote: [C.BOOKED, C.COMPLETED],
  proposeReferral: [C.COMPLETED],
  consent: [C.REFERRAL_PROPOSED],
  declineReferral: [C.REFERRAL_PROPOSED],
};

/** Who takes a step: the resident who booked, or the lawyer who sits. */
export type Side = 'resident' | 'lawyer';

/** What the machine reads of a consultation. */
export type ConsultationState = { status: C; startsAt: Date };

/** Why `step` may not be taken now by `side` (the state named in the INVALID_TRANSITION), or null when it may. */
export function consultationRefusal(step: ConsultationStep, c: ConsultationState, now: Date, side: Side): string | null {
  if (!CONSULTATION_FROM[step].includes(c.status)) return c.status;
  if (step === 'cancel') {
    if (side === 'resident' && now.getTime() > c.startsAt.getTime() - CANCEL_CUTOFF_MS) return 'CUT_OFF';
    if (side === 'lawyer' && now >= c.startsAt) return 'STARTED';
  }
  if (step === 'recordNote' && c.status === C.BOOKED && now < c.startsAt) return 'NOT_STARTED';
  return null;
}

export const canConsultation = (step: ConsultationStep, c: ConsultationState, now: Date, side: Side) => consultationRefusal(step, c, now, side) === null;

export function assertConsultation(step: ConsultationStep, c: ConsultationState, now: Date, side: Side): void {
  const refusal = consultationRefusal(step, c, now, side);
  if (refusal !== null) throw invalidTransition(refusal, step);
}

/** A consultation that holds its slot (every status but CANCELLED). */
export const holdsSlot = (status: C) => status !== C.CANCELLED;

/** A future booking, for the per-resident cap: BOOKED and not yet started. */
export const isFutureBooking = (c: ConsultationState, now: Date) => c.status === C.BOOKED && c.startsAt > now;

export function slotStatus(slot: { startsAt: Date }, held: boolean, now: Date): SlotStatus {
  if (held) return SlotStatus.BOOKED;
  return slot.startsAt > now ? SlotStatus.OPEN : SlotStatus.PAST;
}

/** INVALID_TRANSITION unless the slot is OPEN. */
export function assertBookable(slot: { startsAt: Date }, held: boolean, now: Date): void {
  const s = slotStatus(slot, held, now);
  if (s !== SlotStatus.OPEN) throw invalidTransition(s, 'book');
}

// ── the calendar of office hours (Asia/Shanghai) ─────────────────────────────────────────────

/** Asia/Shanghai is UTC+8 all year (no daylight saving since 1991). */
export const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** `HH:MM` → minutes after midnight, or null when it is not a time of day. */
export function minutesOf(hhmm: string): number | null {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

export interface Recurrence {
  /** ISO weekday in Shanghai: 1 Monday … 7 Sunday (周四 = 4). */
  weekday: number;
  /** Minutes after local midnight. */
  startMinute: number;
  endMinute: number;
  slotMinutes: number;
  /** How many of the weekdays, from today (Shanghai) on. */
  weeks: number;
}

/**
 * The slots of a recurrence: on each of the next `weeks` such weekdays in Shanghai (today included
 * when it is one), back to back from the start, as many whole slots as fit before the end. Slots
 * that have started by `now` are left out.
 */
export function slotTimes(now: Date, r: Recurrence): { startsAt: Date; endsAt: Date }[] {
  const local = new Date(now.getTime() + SHANGHAI_OFFSET_MS);
  const isoToday = ((local.getUTCDay() + 6) % 7) + 1;
  const ahead = (r.weekday - isoToday + 7) % 7;
  const out: { startsAt: Date; endsAt: Date }[] = [];
  for (let w = 0; w < r.weeks; w++) {
    const midnight = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + ahead + 7 * w) - SHANGHAI_OFFSET_MS;
    for (let m = r.startMinute; m + r.slotMinutes <= r.endMinute; m += r.slotMinutes) {
      const startsAt = new Date(midnight + m * 60_000);
      if (startsAt > now) out.push({ startsAt, endsAt: new Date(startsAt.getTime() + r.slotMinutes * 60_000) });
    }
  }
  return out;
}

/** `12月10日 14:00`, in Shanghai: how notifications name a slot. */
export function shanghaiLabel(at: Date): string {
  const l = new Date(at.getTime() + SHANGHAI_OFFSET_MS);
  const hh = String(l.getUTCHours()).padStart(2, '0');
  const mm = String(l.getUTCMinutes()).padStart(2, '0');
  return `${l.getUTCMonth() + 1}月${l.getUTCDate()}日 ${hh}:${mm}`;
}

// ── 法律超市 ─────────────────────────────────────────────────────────────────────────────────

/**
 * A question: OPEN → ANSWERED (answer: a legal adviser; answering again revises the answer) ·
 * OPEN → WITHDRAWN (withdraw: the asker, while unanswered).
 */
export type QuestionStep = 'answer' | 'withdraw';

export const QUESTION_FROM: Record<QuestionStep, readonly LegalQuestionStatus[]> = {
  answer: [LegalQuestionStatus.OPEN, LegalQuestionStatus.ANSWERED],
  withdraw: [LegalQuestionStatus.OPEN],
};

export const canQuestion = (step: QuestionStep, status: LegalQuestionStatus) => QUESTION_FROM[step].includes(status);

export function assertQuestion(step: QuestionStep, status: LegalQuestionStatus): void {
  if (!canQuestion(step, status)) throw invalidTransition(status, step);
}

/** In the knowledge base: public and answered. */
export const inKnowledgeBase = (q: { visibility: QuestionVisibility; status: LegalQuestionStatus }) =>
  q.visibility === QuestionVisibility.PUBLIC && q.status === LegalQuestionStatus.ANSWERED;

// ── 法治大讲堂 ───────────────────────────────────────────────────────────────────────────────

/**
 * A lecture: SCHEDULED → CANCELLED (cancel: its organizers, until it ends — else ENDED).
 * A registration: (none) → REGISTERED (register: the lecture SCHEDULED — else CANCELLED —, not yet
 * started — STARTED —, a seat left — FULL —, the person not already in — REGISTERED);
 * REGISTERED → CANCELLED (cancelRegistration: the person, before the start — STARTED);
 * REGISTERED → ATTENDED (checkIn: the organizers, from CHECK_IN_OPENS_MS before the start —
 * NOT_OPEN — until the end — ENDED —, the lecture not cancelled).
 */
export type LectureStep = 'register' | 'cancelRegistration' | 'checkIn' | 'cancel';

/** Check-in opens this long before the start (30 minutes). */
export const CHECK_IN_OPENS_MS = 30 * 60_000;

export interface LectureState {
  status: LectureStatus;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  registeredCount: number;
}

/**
 * Why `step` may not be taken now (the state named in the INVALID_TRANSITION), or null. `mine` is
 * the status of the registration the step is about (the viewer's own, or the one checked in).
 */
export function lectureRefusal(step: LectureStep, l: LectureState, now: Date, mine: RegistrationStatus | null): string | null {
  if (l.status !== LectureStatus.SCHEDULED) return l.status;
  switch (step) {
    case 'register':
      if (now >= l.startsAt) return 'STARTED';
      if (mine === RegistrationStatus.REGISTERED || mine === RegistrationStatus.ATTENDED) return mine;
      return l.registeredCount >= l.capacity ? 'FULL' : null;
    case 'cancelRegistration':
      if (mine !== RegistrationStatus.REGISTERED) return mine ?? 'NOT_REGISTERED';
      return now >= l.startsAt ? 'STARTED' : null;
    case 'checkIn':
      if (mine !== RegistrationStatus.REGISTERED) return mine ?? 'NOT_REGISTERED';
      if (now.getTime() < l.startsAt.getTime() - CHECK_IN_OPENS_MS) return 'NOT_OPEN';
      return now > l.endsAt ? 'ENDED' : null;
    case 'cancel':
      return now >= l.endsAt ? 'ENDED' : null;
  }
}

export const canLecture = (step: LectureStep, l: LectureState, now: Date, mine: RegistrationStatus | null) => lectureRefusal(step, l, now, mine) === null;

export function assertLecture(step: LectureStep, l: LectureState, now: Date, mine: RegistrationStatus | null): void {
  const refusal = lectureRefusal(step, l, now, mine);
  if (refusal !== null) throw invalidTransition(refusal, step);
}

/** A registration that holds a seat (REGISTERED or ATTENDED). */
export const holdsSeat = (s: RegistrationStatus) => s !== RegistrationStatus.CANCELLED;

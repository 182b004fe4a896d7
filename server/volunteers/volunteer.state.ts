import { invalidTransition } from '../core/errors.js';
import { ClaimStatus as C, HoursStatus, VolunteerTaskStatus as S } from './volunteer.entity.js';

/**
 * The state machines of volunteer tasks and claims, in one place. Pure: the service asks them
 * before every step (a step they refuse fails with INVALID_TRANSITION and changes nothing), and
 * `viewerActions` asks them what to offer. The clock matters: IN_PROGRESS and COMPLETED follow
 * from the task's times, check-in opens 30 minutes before the start.
 */
export type TaskStep = 'publish' | 'cancel' | 'claim';
export type ClaimStep = 'withdraw' | 'checkIn' | 'checkOut' | 'markNoShow' | 'verifyHours';

/** Check-in opens this long before the start. */
export const CHECK_IN_WINDOW_MS = 30 * 60_000;
/** When check-in opens for a task: `CHECK_IN_WINDOW_MS` before its start. */
export const checkInOpensAt = (t: { startsAt: Date }) => new Date(t.startsAt.getTime() - CHECK_IN_WINDOW_MS);

/** What the task machine reads of a task. */
export type TaskState = { status: S; startsAt: Date; endsAt: Date; claimedCount: number; slots: number };
/** What the claim machine reads of a claim. */
export type ClaimState = { status: C; hoursStatus?: HoursStatus | null };

/** Claims that hold a slot or a place, or are done: at most one per volunteer and task. */
export const LIVE_CLAIMS: readonly C[] = [C.CLAIMED, C.WAITLISTED, C.CHECKED_IN, C.COMPLETED];

/** The status a task shows: IN_PROGRESS and COMPLETED follow from the clock, FULL from the counters. */
export function effectiveStatus(t: TaskState, now: Date): S {
  if (t.status === S.DRAFT || t.status === S.CANCELLED) return t.status;
  if (now >= t.endsAt) return S.COMPLETED;
  if (now >= t.startsAt) return S.IN_PROGRESS;
  return t.claimedCount >= t.slots ? S.FULL : S.OPEN;
}

/** The same rule in SQL, for filters (`?` twice: now). */
/** Over: cancelled, or past its end (COMPLETED by the clock): `VolunteerTask.ended`. */
export function hasEnded(t: TaskState, now: Date): boolean {
  const status = effectiveStatus(t, now);
  return status === S.CANCELLED || status === S.COMPLETED;
}

export const EFFECTIVE_STATUS_SQL = `CASE WHEN t.status IN ('DRAFT', 'CANCELLED') THEN t.status::text
  WHEN ?::timestamptz >= t.ends_at THEN 'COMPLETED' WHEN ?::timestamptz >= t.starts_at THEN 'IN_PROGRESS'
  WHEN t.claimed_count >= t.slots THEN 'FULL' ELSE 'OPEN' END`;

/** The shown statuses each task step starts from. */
export const TASK_FROM: Record<TaskStep, readonly S[]> = {
  // A draft whose start has passed cannot be published (see taskRefusal), only cancelled.
  publish: [S.DRAFT],
  cancel: [S.DRAFT, S.OPEN, S.FULL],
  claim: [S.OPEN, S.FULL],
};

/**
 * Why `step` may not be taken on the task now (the state named in the INVALID_TRANSITION), or
 * null when it may.
 */
export function taskRefusal(step: TaskStep, t: TaskState, now: Date): string | null {
  const status = effectiveStatus(t, now);
  if (!TASK_FROM[step].includes(status)) return status;
  if (step === 'publish' && t.startsAt <= now) return 'STARTED';
  return null;
}

export function canTask(step: TaskStep, t: TaskState, now: Date): boolean {
  return taskRefusal(step, t, now) === null;
}

/** INVALID_TRANSITION unless the task machine allows `step` now. */
export function assertTask(step: TaskStep, t: TaskState, now: Date): void {
  const refusal = taskRefusal(step, t, now);
  if (refusal !== null) throw invalidTransition(refusal, step);
}

/** The claim statuses each claim step starts from. */
export const CLAIM_FROM: Record<ClaimStep, readonly C[]> = {
  withdraw: [C.CLAIMED, C.WAITLISTED],
  checkIn: [C.CLAIMED],
  checkOut: [C.CHECKED_IN],
  markNoShow: [C.CLAIMED],
  verifyHours: [C.COMPLETED],
};

/**
 * Why `step` may not be taken on the claim now (the state named in the INVALID_TRANSITION), or
 * null when it may. Besides the claim's status: withdrawing only before the start; check-in from
 * 30 minutes before the start until the end, never on a cancelled task; a no-show only once the
 * task has started; hours verified once, while PENDING.
 */
export function claimRefusal(step: ClaimStep, c: ClaimState, t: TaskState, now: Date): string | null {
  if (!CLAIM_FROM[step].includes(c.status)) return step === 'verifyHours' ? (c.hoursStatus ?? c.status) : c.status;
  switch (step) {
    case 'withdraw':
      return now >= t.startsAt ? c.status : null;
    case 'checkIn':
      if (t.status === S.CANCELLED) return c.status;
      if (now < checkInOpensAt(t)) return 'NOT_YET_OPEN';
      return now >= t.endsAt ? S.COMPLETED : null;
    case 'markNoShow':
      return now < t.startsAt ? c.status : null;
    case 'verifyHours':
      return c.hoursStatus === HoursStatus.PENDING ? null : (c.hoursStatus ?? c.status);
    case 'checkOut':
      return null;
  }
}

export function canClaim(step: ClaimStep, c: ClaimState, t: TaskState, now: Date): boolean {
  return claimRefusal(step, c, t, now) === null;
}

/** INVALID_TRANSITION unless the claim machine allows `step` now. */
export function assertClaim(step: ClaimStep, c: ClaimState, t: TaskState, now: Date): void {
  const refusal = claimRefusal(step, c, t, now);
  if (refusal !== null) throw invalidTransition(refusal, step);
}

/** After a claim step: FULL exactly while no slot is free. */
export function storedStatusAfterClaimStep(t: TaskState): S.OPEN | S.FULL {
  return t.claimedCount >= t.slots ? S.FULL : S.OPEN;
}

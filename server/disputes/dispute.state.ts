import { invalidTransition } from '../core/errors.js';
import { RegionLevel } from '../communities/index.js';
import { DisputeStatus as S } from './dispute.entity.js';
import { MediationSessionStatus } from './mediation.entity.js';

/**
 * The dispute machine, in one place. Pure: the service asks it before every step (a step it refuses
 * fails with INVALID_TRANSITION and changes nothing), and `viewerActions` asks it what to offer.
 *
 *   REGISTERED → ACCEPTED | DECLINED(reason)
 *   ACCEPTED   → MEDIATING
 *   MEDIATING  → AGREED | FAILED
 *   FAILED     → REFERRED(to litigation, arbitration or 信访; reason)
 *   AGREED     → FULFILLED | BREACHED (回访)
 *   escalate: REGISTERED, ACCEPTED, MEDIATING (status kept) to the level above; not above CITY.
 *   recordSession (调解会), draftAgreement, confirmAgreement, recordConfirmation (人民调解协议书):
 *   only while MEDIATING (status kept); the agreement's own conditions: `agreementRefusal`.
 *   scheduleSession (a session planned ahead): ACCEPTED or MEDIATING (status kept); the session's
 *   own machine: `sessionRefusal`.
 *   consent (a party's, status kept): REGISTERED, ACCEPTED; startMediation needs every party's
 *   (`consentRefusal`). refuse: REGISTERED, ACCEPTED → DECLINED; MEDIATING → FAILED (withdrawal).
 */
export type DisputeStep =
  | 'accept'
  | 'decline'
  | 'startMediation'
  | 'recordOutcome'
  | 'refer'
  | 'recordFollowUp'
  | 'escalate'
  | 'recordSession'
  | 'scheduleSession'
  | 'draftAgreement'
  | 'confirmAgreement'
  | 'recordConfirmation'
  | 'consent'
  | 'refuse';

/** Mediation must be done this many days after acceptance (the clock restarts on escalation). */
export const MEDIATION_DAYS = 30;
const DAY = 86_400_000;

/** The statuses each step starts from. */
export const DISPUTE_FROM: Record<DisputeStep, readonly S[]> = {
  accept: [S.REGISTERED],
  decline: [S.REGISTERED],
  startMediation: [S.ACCEPTED],
  recordOutcome: [S.MEDIATING],
  refer: [S.FAILED],
  recordFollowUp: [S.AGREED],
  escalate: [S.REGISTERED, S.ACCEPTED, S.MEDIATING],
  recordSession: [S.MEDIATING],
  // Planned ahead once accepted (the parties may be asked to come before mediation starts); it is
  // recorded as held while MEDIATING (recordSession).
  scheduleSession: [S.ACCEPTED, S.MEDIATING],
  draftAgreement: [S.MEDIATING],
  confirmAgreement: [S.MEDIATING],
  recordConfirmation: [S.MEDIATING],
  // 人民调解法 第17、23条: a party consents before mediation starts; refuses before it, or asks it
  // to end (withdraws) during it.
  consent: [S.REGISTERED, S.ACCEPTED],
  refuse: [S.REGISTERED, S.ACCEPTED, S.MEDIATING],
};

/** Where mediation is still to be done: the handling level's clock runs (or will, once accepted). */
export const OPEN_STATUSES: readonly S[] = [S.REGISTERED, S.ACCEPTED, S.MEDIATING];
/** Where the deadline counts: accepted and not yet settled. */
export const CLOCKED_STATUSES: readonly S[] = [S.ACCEPTED, S.MEDIATING];
/** Closed for the figures: the mediation came to an end at some level. */
export const CLOSED_STATUSES: readonly S[] = [S.DECLINED, S.AGREED, S.FAILED, S.REFERRED, S.FULFILLED, S.BREACHED];

/** The levels in order, each escalating to the next. */
export const LEVELS: readonly RegionLevel[] = [RegionLevel.COMMUNITY, RegionLevel.TOWNSHIP, RegionLevel.COUNTY, RegionLevel.CITY];

/** The level above `level`, or null at the top. */
export function levelAbove(level: RegionLevel): RegionLevel | null {
  return LEVELS[LEVELS.indexOf(level) + 1] ?? null;
}

/** What the machine reads of a dispute. */
export type DisputeState = { status: S; handlingLevel: RegionLevel };

/** Why `step` may not be taken now (the state named in the INVALID_TRANSITION), or null when it may. */
export function disputeRefusal(step: DisputeStep, d: DisputeState): string | null {
  if (!DISPUTE_FROM[step].includes(d.status)) return d.status;
  if (step === 'escalate' && levelAbove(d.handlingLevel) === null) return 'TOP_LEVEL';
  return null;
}

export function canDispute(step: DisputeStep, d: DisputeState): boolean {
  return disputeRefusal(step, d) === null;
}

/** INVALID_TRANSITION unless the machine allows `step`. */
export function assertDispute(step: DisputeStep, d: DisputeState): void {
  const refusal = disputeRefusal(step, d);
  if (refusal !== null) throw invalidTransition(refusal, step);
}

/** The status an outcome or a follow-up leads to. */
export const OUTCOMES = { agreed: S.AGREED, failed: S.FAILED } as const;
export const FOLLOW_UPS = { fulfilled: S.FULFILLED, breached: S.BREACHED } as const;

/** The deadline of mediation that starts (acceptance, or escalation of an accepted dispute) at `from`. */
export function mediationDeadline(from: Date, days = MEDIATION_DAYS): Date {
  return new Date(from.getTime() + days * DAY);
}

/** Overdue: accepted, not settled, and its deadline has passed. */
export function isOverdue(d: { status: S; mediationDeadline?: Date | null }, now: Date): boolean {
  return CLOCKED_STATUSES.includes(d.status) && !!d.mediationDeadline && d.mediationDeadline < now;
}

/** What the agreement's rules read: whether one is drafted, how many parties confirmed it, of how many. */
export interface AgreementState {
  drafted: boolean;
  confirmed: number;
  parties: number;
}

/**
 * The agreement's own conditions, after the machine's (`disputeRefusal`): why the step may not be
 * taken (the name INVALID_TRANSITION gives), or null.
 *   draftAgreement       — not once a party confirmed it (AGREEMENT_CONFIRMED): the text is fixed;
 *   confirmAgreement,
 *   recordConfirmation   — a drafted agreement (NO_AGREEMENT), a party not yet confirmed (ALL_CONFIRMED);
 *   recordAgreed         — the outcome AGREED: an agreement every party confirmed (NO_AGREEMENT,
 *                          AGREEMENT_UNCONFIRMED). FAILED needs no agreement.
 */
export function agreementRefusal(step: 'draftAgreement' | 'confirmAgreement' | 'recordConfirmation' | 'recordAgreed', a: AgreementState): string | null {
  if (step === 'draftAgreement') return a.confirmed > 0 ? 'AGREEMENT_CONFIRMED' : null;
  if (!a.drafted) return 'NO_AGREEMENT';
  if (step === 'recordAgreed') return a.confirmed < a.parties ? 'AGREEMENT_UNCONFIRMED' : null;
  return a.confirmed >= a.parties ? 'ALL_CONFIRMED' : null;
}

/**
 * A session's own machine: SCHEDULED → HELD (`recordMediationSession` with its id, once held, the
 * dispute MEDIATING) | CANCELLED (`cancelMediationSession`, with a reason). Why the step may not be
 * taken (the session's status), or null.
 */
export function sessionRefusal(_step: 'recordScheduled' | 'cancelSession', status: MediationSessionStatus): string | null {
  return status === MediationSessionStatus.SCHEDULED ? null : status;
}

/** INVALID_TRANSITION unless the session's machine allows `step`. */
export function assertSession(step: 'recordScheduled' | 'cancelSession', status: MediationSessionStatus): void {
  const refusal = sessionRefusal(step, status);
  if (refusal !== null) throw invalidTransition(refusal, step);
}

/** INVALID_TRANSITION unless the agreement's conditions allow `step`. */
export function assertAgreement(step: Parameters<typeof agreementRefusal>[0], a: AgreementState): void {
  const refusal = agreementRefusal(step, a);
  if (refusal !== null) throw invalidTransition(refusal, step);
}

/**
 * Mediation is voluntary (人民调解法 第17条): it starts only once every party consented —
 * CONSENT_PENDING otherwise (a refusal has closed the dispute already).
 */
export function consentRefusal(consents: readonly string[]): string | null {
  return consents.every((c) => c === 'CONSENTED') ? null : 'CONSENT_PENDING';
}

/** Where a refusal leads: before mediation the dispute is not mediated (DECLINED); during it, mediation ends (FAILED). */
export const afterRefusal = (status: S): S => (status === S.MEDIATING ? S.FAILED : S.DECLINED);

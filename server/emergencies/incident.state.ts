import { invalidTransition } from '../core/errors.js';
import { IncidentStatus as S, RollCallStatus } from './incident.entity.js';

/**
 * The machine of an incident, in one place. Pure: every step of the service asks it first (a step
 * it refuses fails with INVALID_TRANSITION naming the state, and changes nothing), and
 * `viewerActions` asks it what to offer. No other file compares statuses.
 *
 *   DECLARED   → RESPONDING   respond  (the desk: 处置中)
 *   RESPONDING → RECOVERING   recover  (the desk: 恢复中)
 *   DECLARED | RESPONDING | RECOVERING → CLOSED   close (the desk; with a reason while anyone in
 *                                                  the roll call is unreached: `closeRefusal`)
 *   every status but CLOSED: update (a new instruction: everyone in the area alerted again),
 *                            acknowledge (已收到, once per alert), answer (我安全 / 需要帮助),
 *                            reach (a roll-call entry marked reached), postTask (a volunteer task)
 *   CLOSED: summarize (the desk writes the after-action summary, 总结; also while closing)
 */
export type IncidentStep = 'respond' | 'recover' | 'close' | 'update' | 'acknowledge' | 'answer' | 'reach' | 'postTask' | 'summarize';

export const INCIDENT_FROM: Record<IncidentStep, readonly S[]> = {
  respond: [S.DECLARED],
  recover: [S.RESPONDING],
  close: [S.DECLARED, S.RESPONDING, S.RECOVERING],
  update: [S.DECLARED, S.RESPONDING, S.RECOVERING],
  acknowledge: [S.DECLARED, S.RESPONDING, S.RECOVERING],
  answer: [S.DECLARED, S.RESPONDING, S.RECOVERING],
  reach: [S.DECLARED, S.RESPONDING, S.RECOVERING],
  postTask: [S.DECLARED, S.RESPONDING, S.RECOVERING],
  summarize: [S.CLOSED],
};

/** The status a status step leads to. */
export const STATUS_AFTER: Partial<Record<IncidentStep, S>> = { respond: S.RESPONDING, recover: S.RECOVERING, close: S.CLOSED };

/** The step that moves an incident to `to`, or null when none does. */
export function stepTo(to: S): IncidentStep | null {
  return (Object.entries(STATUS_AFTER).find(([, s]) => s === to)?.[0] as IncidentStep | undefined) ?? null;
}

/** Why `step` may not be taken now (the state named in the INVALID_TRANSITION), or null when it may. */
export function incidentRefusal(step: IncidentStep, status: S): string | null {
  return INCIDENT_FROM[step].includes(status) ? null : status;
}

export const canIncident = (step: IncidentStep, status: S) => incidentRefusal(step, status) === null;

export function assertIncident(step: IncidentStep, status: S): void {
  const refusal = incidentRefusal(step, status);
  if (refusal !== null) throw invalidTransition(refusal, step);
}

/** Whether the banner shows: an alert not yet acknowledged, of an incident not closed. */
export const alertPending = (status: S, alertSeq: number, ackSeq: number) => status !== S.CLOSED && ackSeq < alertSeq;

/** 已收到: refused (ACKNOWLEDGED) when the latest alert is acknowledged already: once per alert, under concurrency too. */
export function assertAcknowledge(status: S, alertSeq: number, ackSeq: number): void {
  assertIncident('acknowledge', status);
  if (ackSeq >= alertSeq) throw invalidTransition('ACKNOWLEDGED', 'acknowledge');
}

/**
 * Closing with someone in the roll call unreached needs the desk's reason (not blank): the roll
 * call may not be closed silently. BAD_USER_INPUT `note` otherwise (the service says it).
 */
export const closeNeedsReason = (unreached: number, note: string | null | undefined) => unreached > 0 && !(note ?? '').trim();

/** A roll-call entry is marked reached once (SAFE, HELPED or MOVED), from UNREACHED only. */
export function assertReach(entry: RollCallStatus, outcome: RollCallStatus): void {
  if (outcome === RollCallStatus.UNREACHED) throw invalidTransition(entry, 'reach');
  if (entry !== RollCallStatus.UNREACHED) throw invalidTransition(entry, 'reach');
}

// ── the figures (one definition; incidents' `figures` and the tests use these) ─────────────────

const MINUTE = 60_000;

/**
 * Seconds from the declaration to 90% of the people alerted acknowledging it (their first
 * acknowledgement): the ⌈0.9·n⌉-th first acknowledgement in time order. Null while fewer have
 * acknowledged, or when nobody was alerted. With 10 alerted, the 9th acknowledgement counts.
 */
export function secondsTo90(declaredAt: Date, alerted: number, firstAcks: readonly Date[]): number | null {
  return secondsTo90Of(alerted, firstAcks.map((d) => ackSeconds(declaredAt, d)));
}

/** Seconds from the declaration to a first acknowledgement, rounded to the second (what `incident_figures.ack_seconds` keeps). */
export const ackSeconds = (declaredAt: Date, at: Date): number => Math.round((at.getTime() - declaredAt.getTime()) / 1000);

/**
 * The same figure over acknowledgement delays already in seconds (`ackSeconds`), which may pool
 * several incidents (the city view: the people alerted in a region's communities by the incidents
 * of the window, each delay counted from its own incident's declaration): the ⌈0.9·n⌉-th smallest
 * delay, n the people alerted. Rounding is monotone, so for one incident this is `secondsTo90`.
 */
export function secondsTo90Of(alerted: number, delays: readonly number[]): number | null {
  if (alerted === 0) return null;
  const need = Math.ceil((alerted * 9) / 10);
  if (delays.length < need) return null;
  return [...delays].sort((a, b) => a - b)[need - 1]!;
}

/** `n` of `of` as a share (0 to 1); null when there is nothing to count. Rates of sums use it too. */
export const shareOf = (n: number, of: number): number | null => (of > 0 ? n / of : null);

/** How many of the roll call were reached within `minutes` of the declaration (a reach exactly at the limit counts). */
export function reachedCountWithin(declaredAt: Date, reachedAts: readonly (Date | null)[], minutes: number): number {
  const limit = declaredAt.getTime() + minutes * MINUTE;
  return reachedAts.filter((d) => d !== null && d.getTime() <= limit).length;
}

/**
 * Share (0 to 1) of the roll call reached within `minutes` of the declaration (a reach exactly at
 * the limit counts). Null for an empty roll call.
 */
export function reachedWithin(declaredAt: Date, reachedAts: readonly (Date | null)[], minutes: number): number | null {
  return shareOf(reachedCountWithin(declaredAt, reachedAts, minutes), reachedAts.length);
}

/** The issues module's statuses that count an urgent issue (需要帮助) as resolved: resolved, or closed after it. */
const ISSUE_RESOLVED = ['RESOLVED', 'CLOSED'];

/** Urgent issues (需要帮助) opened from the incident's answers, and of those the resolved ones, from their statuses. */
export function urgentIssueFigures(statuses: readonly string[]): { opened: number; resolved: number } {
  return { opened: statuses.length, resolved: statuses.filter((s) => ISSUE_RESOLVED.includes(s)).length };
}

/** A claim on a task posted from the incident, as the volunteer figures read it. */
export interface ClaimFact {
  volunteerId: string;
  /** The volunteers module's ClaimStatus. */
  status: string;
  hours: number | null;
  /** The volunteers module's HoursStatus (VERIFIED: the coordinator confirmed the hours). */
  hoursStatus: string | null;
}

/** Claims that put someone to work: a slot held, checked in or completed (not waitlisted, withdrawn or a no-show). */
const MOBILIZED = ['CLAIMED', 'CHECKED_IN', 'COMPLETED'];

/**
 * Volunteers mobilized: different volunteers holding, working or having done a slot of the
 * incident's tasks; hours: the verified hours of those claims (谁记录谁证明), to two decimals.
 */
export function volunteerFigures(claims: readonly ClaimFact[]): { mobilized: number; hours: number } {
  const active = claims.filter((c) => MOBILIZED.includes(c.status));
  const hours = active.filter((c) => c.hoursStatus === 'VERIFIED').reduce((sum, c) => sum + (c.hours ?? 0), 0);
  return { mobilized: new Set(active.map((c) => c.volunteerId)).size, hours: Math.round(hours * 100) / 100 };
}

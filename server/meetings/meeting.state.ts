import { invalidTransition } from '../core/errors.js';
import { ActionItemStatus, AttendanceStatus, MeetingStatus as S, ResolutionOutcome, ResolutionStatus as R } from './meeting.entity.js';
import { MatterStage as M } from './matter.entity.js';

/**
 * The state machines of the meetings module, in one place: meetings, resolutions, action items and
 * matters (议事 → 定事 → 理事 → 监事 → 办结). Every service step asks them first; a step they do not
 * allow fails with INVALID_TRANSITION (naming the step) and changes nothing. `viewerActions` asks
 * the same tables, so what the API offers is what it accepts. Pure: no database, no viewer.
 */

// ── Meetings ────────────────────────────────────────────────────────────────────────────────────

/** A step taken on a meeting (or, for the notes, on one of its agenda items). */
export type MeetingStep =
  | 'start'
  | 'adjourn'
  | 'cancel'
  | 'checkIn'
  | 'addAgendaItem'
  | 'proposeResolution'
  | 'editNotes'
  | 'addActionItem'
  | 'approve'
  | 'publish';

export const MEETING_FROM: Record<MeetingStep, readonly S[]> = {
  start: [S.SCHEDULED],
  adjourn: [S.IN_SESSION],
  cancel: [S.SCHEDULED],
  checkIn: [S.SCHEDULED, S.IN_SESSION],
  // The agenda and the motions are set before and during the session.
  addAgendaItem: [S.SCHEDULED, S.IN_SESSION],
  proposeResolution: [S.SCHEDULED, S.IN_SESSION],
  // Notes are edited in session and until the minutes are approved; amended once published.
  editNotes: [S.IN_SESSION, S.ADJOURNED, S.PUBLISHED],
  // Action items are recorded while the meeting sits and until its minutes are approved.
  addActionItem: [S.IN_SESSION, S.ADJOURNED],
  approve: [S.ADJOURNED],
  publish: [S.MINUTES_APPROVED],
};

/** Where each meeting step leads, for the steps that change the meeting's status. */
export const MEETING_TO: Partial<Record<MeetingStep, S>> = {
  start: S.IN_SESSION,
  adjourn: S.ADJOURNED,
  cancel: S.CANCELLED,
  approve: S.MINUTES_APPROVED,
  publish: S.PUBLISHED,
};

/** Statuses in which a meeting changes no more (but for amendments of published notes). */
export const MEETING_FINAL: readonly S[] = [S.PUBLISHED, S.CANCELLED];

/** A seat not taken yet: someone checks in to it, or holds it by proxy (委托). PRESENT and PROXY seats are taken. */
export const SEAT_OPEN: readonly AttendanceStatus[] = [AttendanceStatus.INVITED, AttendanceStatus.ABSENT];
export const seatOpen = (status: AttendanceStatus) => SEAT_OPEN.includes(status);

export function canMeeting(step: MeetingStep, from: S): boolean {
  return MEETING_FROM[step].includes(from);
}

/** INVALID_TRANSITION unless the meeting's state machine allows `step` from `from`. */
export function assertMeeting(step: MeetingStep, from: S): void {
  if (!canMeeting(step, from)) throw invalidTransition(from, step);
}

/** Notes edited once the minutes are published are amendments (修正), with a reason. */
export const isAmendment = (status: S) => status === S.PUBLISHED;

// ── Resolutions ─────────────────────────────────────────────────────────────────────────────────

export type ResolutionStep = 'openVoting' | 'castBallot' | 'closeVoting' | 'addActionItem';

export const RESOLUTION_FROM: Record<ResolutionStep, readonly R[]> = {
  openVoting: [R.DRAFT],
  castBallot: [R.OPEN],
  closeVoting: [R.OPEN],
  // An action item carries out a motion before the vote or after it passed (outcomeAllowsActionItems).
  addActionItem: [R.DRAFT, R.OPEN, R.CLOSED],
};

/** The meeting's statuses a resolution step also needs (a vote opens only in session). */
export const RESOLUTION_MEETING_FROM: Partial<Record<ResolutionStep, readonly S[]>> = {
  openVoting: [S.IN_SESSION],
  addActionItem: MEETING_FROM.addActionItem,
};

/** An action item carries out a motion not yet voted, or one that PASSED; not one that failed. */
export function outcomeAllowsActionItems(r: { status: R; outcome?: ResolutionOutcome | null }): boolean {
  return r.status !== R.CLOSED || r.outcome === ResolutionOutcome.PASSED;
}

export function canResolution(step: ResolutionStep, from: R, meeting?: S): boolean {
  const needs = RESOLUTION_MEETING_FROM[step];
  return RESOLUTION_FROM[step].includes(from) && (!needs || meeting === undefined || needs.includes(meeting));
}

/**
 * INVALID_TRANSITION unless `step` is allowed from the resolution's status (named first), then,
 * when given, from the meeting's.
 */
export function assertResolution(step: ResolutionStep, from: R, meeting?: S): void {
  if (!RESOLUTION_FROM[step].includes(from)) throw invalidTransition(from, step);
  const needs = RESOLUTION_MEETING_FROM[step];
  if (needs && meeting !== undefined && !needs.includes(meeting)) throw invalidTransition(meeting, step);
}

// ── Action items ────────────────────────────────────────────────────────────────────────────────

/** OPEN → DONE or CANCELLED, once. */
export const ACTION_ITEM_TARGETS: readonly ActionItemStatus[] = [ActionItemStatus.DONE, ActionItemStatus.CANCELLED];

export function canCloseActionItem(from: ActionItemStatus, to: ActionItemStatus): boolean {
  return from === ActionItemStatus.OPEN && ACTION_ITEM_TARGETS.includes(to);
}

export function assertCloseActionItem(from: ActionItemStatus, to: ActionItemStatus): void {
  if (!canCloseActionItem(from, to)) throw invalidTransition(from, `mark ${to}`);
}

// ── Matters (四会治事) ───────────────────────────────────────────────────────────────────────────

/** A step of a matter through the four councils. */
export type MatterStep = 'toDecision' | 'toExecution' | 'toSupervision' | 'close' | 'sendBack' | 'reject' | 'recordSupervision';

/** Who takes a step: the party organization steers, the supervisory committee supervises. */
export type MatterRole = 'steer' | 'supervise';

interface MatterRule {
  from: readonly M[];
  /** The stage it leads to; none for recording a finding. */
  to: M | null;
  by: MatterRole;
  /** A note (the reason) is required. */
  note: boolean;
}

export const MATTER_STEPS: Record<MatterStep, MatterRule> = {
  // 定事: on the agenda of a representatives' meeting or owners' assembly (putting it there moves it at once).
  toDecision: { from: [M.DELIBERATION], to: M.DECISION, by: 'steer', note: false },
  // 理事: with a CLOSED, PASSED resolution on it from such a meeting.
  toExecution: { from: [M.DECISION], to: M.EXECUTION, by: 'steer', note: false },
  // 监事: its action items all closed, at least one done (closing the last moves it at once).
  toSupervision: { from: [M.EXECUTION], to: M.SUPERVISION, by: 'steer', note: false },
  // 办结: with a supervision record.
  close: { from: [M.SUPERVISION], to: M.CLOSED, by: 'supervise', note: false },
  // 整改: back to execution, with a note.
  sendBack: { from: [M.SUPERVISION], to: M.EXECUTION, by: 'supervise', note: true },
  reject: { from: [M.DELIBERATION, M.DECISION], to: M.REJECTED, by: 'steer', note: true },
  recordSupervision: { from: [M.EXECUTION, M.SUPERVISION], to: null, by: 'supervise', note: false },
};

/** Stages a matter leaves no more; it is not put on an agenda or decided then. */
export const MATTER_FINAL: readonly M[] = [M.CLOSED, M.REJECTED];

export function canMatter(step: MatterStep, from: M): boolean {
  return MATTER_STEPS[step].from.includes(from);
}

/** The step `advanceMatter` takes from `from` to `to`, or null when there is none. */
export function matterStepOf(from: M, to: M): Exclude<MatterStep, 'recordSupervision'> | null {
  for (const [step, rule] of Object.entries(MATTER_STEPS) as [MatterStep, MatterRule][]) {
    if (step !== 'recordSupervision' && rule.to === to && rule.from.includes(from)) return step;
  }
  return null;
}

/**
 * Who takes the step from `from` to `to`: the supervisory committee closes a matter under
 * supervision or sends it back; the party organization every other move (and is told so when the
 * move does not exist, before INVALID_TRANSITION).
 */
export function matterRoleOf(from: M, to: M): MatterRole {
  const step = matterStepOf(from, to);
  return step ? MATTER_STEPS[step].by : 'steer';
}

/** INVALID_TRANSITION unless the matter may move from `from` to `to`; returns the step. */
export function assertMatterMove(from: M, to: M): Exclude<MatterStep, 'recordSupervision'> {
  const step = matterStepOf(from, to);
  if (!step) throw invalidTransition(from, `advance to ${to}`);
  return step;
}

export function assertMatter(step: MatterStep, from: M): void {
  if (!canMatter(step, from)) throw invalidTransition(from, step);
}

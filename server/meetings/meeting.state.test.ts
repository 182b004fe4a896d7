import { describe, expect, it } from 'vitest';
import { AppError } from '../core/errors.js';
import { ActionItemStatus as A, MeetingStatus as S, ResolutionStatus as R } from './meeting.entity.js';
import { MatterStage as M } from './matter.entity.js';
import {
  assertCloseActionItem,
  assertMatter,
  assertMatterMove,
  assertMeeting,
  assertResolution,
  canCloseActionItem,
  canMatter,
  canMeeting,
  canResolution,
  isAmendment,
  MATTER_STEPS,
  MEETING_FROM,
  MEETING_TO,
  matterRoleOf,
  matterStepOf,
  type MeetingStep,
} from './meeting.state.js';

const MEETING_STATUSES = Object.values(S);
const MATTER_STAGES = Object.values(M);

/** The error a refused step throws, as the API reports it. */
function refusal(f: () => void): { code: string; extensions: Record<string, unknown> } | null {
  try {
    f();
    return null;
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    const { code: _code, ...extensions } = e.extensions;
    return { code: e.code, extensions };
  }
}

describe('the meeting state machine', () => {
  it('walks SCHEDULED → IN_SESSION → ADJOURNED → MINUTES_APPROVED → PUBLISHED, or SCHEDULED → CANCELLED', () => {
    const path: [MeetingStep, S][] = [
      ['start', S.SCHEDULED],
      ['adjourn', S.IN_SESSION],
      ['approve', S.ADJOURNED],
      ['publish', S.MINUTES_APPROVED],
    ];
    let at: S = S.SCHEDULED;
    for (const [step, from] of path) {
      expect(at).toBe(from);
      expect(canMeeting(step, at)).toBe(true);
      at = MEETING_TO[step]!;
    }
    expect(at).toBe(S.PUBLISHED);
    expect(MEETING_TO.cancel).toBe(S.CANCELLED);
    expect(canMeeting('cancel', S.SCHEDULED)).toBe(true);
    expect(canMeeting('cancel', S.IN_SESSION)).toBe(false);
  });

  it('allows each step from exactly its statuses, and refuses the rest with INVALID_TRANSITION naming the step', () => {
    for (const step of Object.keys(MEETING_FROM) as MeetingStep[]) {
      for (const from of MEETING_STATUSES) {
        const allowed = MEETING_FROM[step].includes(from);
        expect(canMeeting(step, from)).toBe(allowed);
        expect(refusal(() => assertMeeting(step, from))).toEqual(allowed ? null : { code: 'INVALID_TRANSITION', extensions: { from, action: step } });
      }
    }
  });

  it('changes nothing once cancelled; after publication only the notes, as amendments', () => {
    const steps = Object.keys(MEETING_FROM) as MeetingStep[];
    expect(steps.filter((s) => canMeeting(s, S.CANCELLED))).toEqual([]);
    expect(steps.filter((s) => canMeeting(s, S.PUBLISHED))).toEqual(['editNotes']);
    expect(MEETING_STATUSES.filter(isAmendment)).toEqual([S.PUBLISHED]);
    // Notes are closed between the approval and the publication.
    expect(canMeeting('editNotes', S.MINUTES_APPROVED)).toBe(false);
    // The agenda and the motions before and during the session; action items during it and until approval.
    expect(MEETING_STATUSES.filter((s) => canMeeting('proposeResolution', s))).toEqual([S.SCHEDULED, S.IN_SESSION]);
    expect(MEETING_STATUSES.filter((s) => canMeeting('addActionItem', s))).toEqual([S.IN_SESSION, S.ADJOURNED]);
  });
});

describe('the resolution state machine', () => {
  it('opens a draft only in session, and names the resolution’s status first, then the meeting’s', () => {
    expect(canResolution('openVoting', R.DRAFT, S.IN_SESSION)).toBe(true);
    expect(canResolution('openVoting', R.DRAFT, S.SCHEDULED)).toBe(false);
    expect(canResolution('openVoting', R.OPEN, S.IN_SESSION)).toBe(false);
    expect(refusal(() => assertResolution('openVoting', R.OPEN, S.SCHEDULED))).toEqual({ code: 'INVALID_TRANSITION', extensions: { from: R.OPEN, action: 'openVoting' } });
    expect(refusal(() => assertResolution('openVoting', R.DRAFT, S.SCHEDULED))).toEqual({ code: 'INVALID_TRANSITION', extensions: { from: S.SCHEDULED, action: 'openVoting' } });
    expect(refusal(() => assertResolution('openVoting', R.DRAFT, S.IN_SESSION))).toBeNull();
  });

  it('takes ballots and closes only while OPEN', () => {
    for (const from of Object.values(R)) {
      expect(canResolution('castBallot', from)).toBe(from === R.OPEN);
      expect(canResolution('closeVoting', from)).toBe(from === R.OPEN);
      expect(refusal(() => assertResolution('closeVoting', from))).toEqual(from === R.OPEN ? null : { code: 'INVALID_TRANSITION', extensions: { from, action: 'closeVoting' } });
    }
  });
});

describe('action items', () => {
  it('close once, OPEN → DONE or CANCELLED', () => {
    expect(canCloseActionItem(A.OPEN, A.DONE)).toBe(true);
    expect(canCloseActionItem(A.OPEN, A.CANCELLED)).toBe(true);
    expect(canCloseActionItem(A.OPEN, A.OPEN)).toBe(false);
    expect(canCloseActionItem(A.DONE, A.CANCELLED)).toBe(false);
    expect(refusal(() => assertCloseActionItem(A.DONE, A.DONE))).toEqual({ code: 'INVALID_TRANSITION', extensions: { from: A.DONE, action: 'mark DONE' } });
  });
});

describe('matters through the four councils', () => {
  it('moves 议事 → 定事 → 理事 → 监事 → 办结 and no other way forward', () => {
    const moves = MATTER_STAGES.flatMap((from) => MATTER_STAGES.map((to) => [from, to, matterStepOf(from, to)] as const)).filter(([, , s]) => s !== null);
    expect(moves).toEqual([
      [M.DELIBERATION, M.DECISION, 'toDecision'],
      [M.DELIBERATION, M.REJECTED, 'reject'],
      [M.DECISION, M.EXECUTION, 'toExecution'],
      [M.DECISION, M.REJECTED, 'reject'],
      [M.EXECUTION, M.SUPERVISION, 'toSupervision'],
      [M.SUPERVISION, M.EXECUTION, 'sendBack'],
      [M.SUPERVISION, M.CLOSED, 'close'],
    ]);
  });

  it('refuses every other move with INVALID_TRANSITION “advance to …”; CLOSED and REJECTED are final', () => {
    for (const from of MATTER_STAGES) {
      for (const to of MATTER_STAGES) {
        const r = refusal(() => assertMatterMove(from, to));
        expect(r).toEqual(matterStepOf(from, to) ? null : { code: 'INVALID_TRANSITION', extensions: { from, action: `advance to ${to}` } });
      }
    }
    for (const final of [M.CLOSED, M.REJECTED]) expect((Object.keys(MATTER_STEPS) as (keyof typeof MATTER_STEPS)[]).filter((s) => canMatter(s, final))).toEqual([]);
  });

  it('gives the supervisory committee closing and sending back, the party organization the rest', () => {
    expect(matterRoleOf(M.SUPERVISION, M.CLOSED)).toBe('supervise');
    expect(matterRoleOf(M.SUPERVISION, M.EXECUTION)).toBe('supervise');
    expect(MATTER_STEPS.recordSupervision.by).toBe('supervise');
    for (const step of ['toDecision', 'toExecution', 'toSupervision', 'reject'] as const) expect(MATTER_STEPS[step].by).toBe('steer');
    // A move that does not exist is judged as the party's, then refused as a transition.
    expect(matterRoleOf(M.CLOSED, M.DECISION)).toBe('steer');
  });

  it('needs a note to reject or send back, and records supervision during execution and supervision only', () => {
    expect((Object.keys(MATTER_STEPS) as (keyof typeof MATTER_STEPS)[]).filter((s) => MATTER_STEPS[s].note)).toEqual(['sendBack', 'reject']);
    expect(MATTER_STAGES.filter((s) => canMatter('recordSupervision', s))).toEqual([M.EXECUTION, M.SUPERVISION]);
    expect(refusal(() => assertMatter('recordSupervision', M.DECISION))).toEqual({ code: 'INVALID_TRANSITION', extensions: { from: M.DECISION, action: 'recordSupervision' } });
  });
});

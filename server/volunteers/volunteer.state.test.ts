import { describe, expect, it } from 'vitest';
import { AppError } from '../core/errors.js';
import { ClaimStatus as C, HoursStatus as H, VolunteerTaskStatus as S } from './volunteer.entity.js';
import { assertClaim, assertTask, canClaim, canTask, CHECK_IN_WINDOW_MS, claimRefusal, effectiveStatus, hasEnded, storedStatusAfterClaimStep, taskRefusal, type TaskState } from './volunteer.state.js';

// The task and claim machines are pure: every step the service takes asks them first, and
// `viewerActions` offers what they allow. These pin down each step's edges against the clock.
const HOUR = 3_600_000;
const START = new Date('2026-06-02T00:00:00.000Z');
const at = (h: number) => new Date(START.getTime() + h * HOUR);
const task = (over: Partial<TaskState> = {}): TaskState => ({ status: S.OPEN, startsAt: START, endsAt: at(3), claimedCount: 0, slots: 2, ...over });

describe('effectiveStatus', () => {
  it('DRAFT and CANCELLED stand; otherwise the clock (IN_PROGRESS, COMPLETED) and the counters (FULL) decide', () => {
    expect(effectiveStatus(task({ status: S.DRAFT }), at(5))).toBe(S.DRAFT);
    expect(effectiveStatus(task({ status: S.CANCELLED }), at(-5))).toBe(S.CANCELLED);
    expect(effectiveStatus(task(), at(-1))).toBe(S.OPEN);
    expect(effectiveStatus(task({ claimedCount: 2 }), at(-1))).toBe(S.FULL);
    expect(effectiveStatus(task({ status: S.FULL, claimedCount: 2 }), at(0))).toBe(S.IN_PROGRESS);
    expect(effectiveStatus(task(), at(3))).toBe(S.COMPLETED);
  });

  it('hasEnded (VolunteerTask.ended): cancelled at any time, or from its end on (not before); a draft never', () => {
    expect(hasEnded(task({ status: S.CANCELLED }), at(-5))).toBe(true);
    expect(hasEnded(task(), at(2.99))).toBe(false);
    expect(hasEnded(task(), at(3))).toBe(true);
    expect(hasEnded(task({ status: S.FULL, claimedCount: 2 }), at(3))).toBe(true);
    expect(hasEnded(task({ status: S.DRAFT }), at(5))).toBe(false);
  });

  it('after a claim step the stored status is FULL exactly while no slot is free', () => {
    expect(storedStatusAfterClaimStep(task({ claimedCount: 1 }))).toBe(S.OPEN);
    expect(storedStatusAfterClaimStep(task({ claimedCount: 2 }))).toBe(S.FULL);
  });
});

describe('task steps', () => {
  it('publish: a draft whose start is ahead; a started draft names STARTED; a published task its status', () => {
    expect(canTask('publish', task({ status: S.DRAFT }), at(-1))).toBe(true);
    expect(taskRefusal('publish', task({ status: S.DRAFT }), at(0))).toBe('STARTED');
    expect(taskRefusal('publish', task(), at(-1))).toBe(S.OPEN);
  });

  it('cancel: DRAFT, OPEN or FULL (a draft even once its start has passed); not once started, ended or cancelled', () => {
    for (const t of [task({ status: S.DRAFT }), task(), task({ claimedCount: 2 })]) expect(canTask('cancel', t, at(-1))).toBe(true);
    expect(canTask('cancel', task({ status: S.DRAFT }), at(10))).toBe(true);
    expect(taskRefusal('cancel', task(), at(1))).toBe(S.IN_PROGRESS);
    expect(taskRefusal('cancel', task(), at(4))).toBe(S.COMPLETED);
    expect(taskRefusal('cancel', task({ status: S.CANCELLED }), at(-1))).toBe(S.CANCELLED);
  });

  it('claim: OPEN or FULL (the waitlist) only', () => {
    expect(canTask('claim', task(), at(-1))).toBe(true);
    expect(canTask('claim', task({ claimedCount: 2 }), at(-1))).toBe(true);
    for (const [t, now, why] of [
      [task({ status: S.DRAFT }), at(-1), S.DRAFT],
      [task({ status: S.CANCELLED }), at(-1), S.CANCELLED],
      [task(), at(0), S.IN_PROGRESS],
      [task(), at(3), S.COMPLETED],
    ] as const) expect(taskRefusal('claim', t, now)).toBe(why);
  });

  it('assertTask throws INVALID_TRANSITION naming the state, and nothing when allowed', () => {
    expect(() => assertTask('claim', task(), at(-1))).not.toThrow();
    try {
      assertTask('publish', task({ status: S.DRAFT }), at(1));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).code).toBe('INVALID_TRANSITION');
      expect((e as AppError).message).toContain('STARTED');
    }
  });
});

describe('claim steps', () => {
  const claim = (status: C, hoursStatus: H | null = null) => ({ status, hoursStatus });

  it('withdraw: a slot or a waitlist place, strictly before the start', () => {
    expect(canClaim('withdraw', claim(C.CLAIMED), task(), at(-0.01))).toBe(true);
    expect(canClaim('withdraw', claim(C.WAITLISTED), task(), at(-1))).toBe(true);
    expect(claimRefusal('withdraw', claim(C.CLAIMED), task(), at(0))).toBe(C.CLAIMED);
    for (const s of [C.CHECKED_IN, C.COMPLETED, C.WITHDRAWN, C.NO_SHOW]) expect(claimRefusal('withdraw', claim(s), task(), at(-1))).toBe(s);
  });

  it('check-in: a slot, from 30 minutes before the start until the end, never on a cancelled task', () => {
    const opens = new Date(START.getTime() - CHECK_IN_WINDOW_MS);
    expect(claimRefusal('checkIn', claim(C.CLAIMED), task(), new Date(opens.getTime() - 1))).toBe('NOT_YET_OPEN');
    expect(canClaim('checkIn', claim(C.CLAIMED), task(), opens)).toBe(true);
    expect(canClaim('checkIn', claim(C.CLAIMED), task(), at(2.99))).toBe(true);
    expect(claimRefusal('checkIn', claim(C.CLAIMED), task(), at(3))).toBe(S.COMPLETED);
    expect(claimRefusal('checkIn', claim(C.CLAIMED), task({ status: S.CANCELLED }), at(0))).toBe(C.CLAIMED);
    expect(claimRefusal('checkIn', claim(C.WAITLISTED), task(), at(0))).toBe(C.WAITLISTED);
  });

  it('check-out: once checked in, whatever the clock', () => {
    expect(canClaim('checkOut', claim(C.CHECKED_IN), task(), at(10))).toBe(true);
    expect(claimRefusal('checkOut', claim(C.CLAIMED), task(), at(1))).toBe(C.CLAIMED);
  });

  it('no-show: a slot still held once the task has started', () => {
    expect(claimRefusal('markNoShow', claim(C.CLAIMED), task(), at(-0.01))).toBe(C.CLAIMED);
    expect(canClaim('markNoShow', claim(C.CLAIMED), task(), at(0))).toBe(true);
    expect(claimRefusal('markNoShow', claim(C.CHECKED_IN), task(), at(1))).toBe(C.CHECKED_IN);
  });

  it('verify hours: COMPLETED with hours PENDING, once', () => {
    expect(canClaim('verifyHours', claim(C.COMPLETED, H.PENDING), task(), at(5))).toBe(true);
    expect(claimRefusal('verifyHours', claim(C.COMPLETED, H.VERIFIED), task(), at(5))).toBe(H.VERIFIED);
    expect(claimRefusal('verifyHours', claim(C.COMPLETED, H.REJECTED), task(), at(5))).toBe(H.REJECTED);
    expect(claimRefusal('verifyHours', claim(C.CHECKED_IN), task(), at(5))).toBe(C.CHECKED_IN);
  });

  it('assertClaim throws INVALID_TRANSITION naming the refusal exactly when canClaim says no', () => {
    const cases = [
      ['withdraw', claim(C.CLAIMED), at(1)],
      ['checkIn', claim(C.CLAIMED), at(1)],
      ['checkOut', claim(C.CLAIMED), at(1)],
      ['markNoShow', claim(C.CLAIMED), at(1)],
      ['verifyHours', claim(C.COMPLETED, H.PENDING), at(1)],
    ] as const;
    const thrown = (f: () => void) => {
      try {
        f();
        return null;
      } catch (e) {
        return e as AppError;
      }
    };
    const outcomes = cases.map(([step, c, now]) => {
      const e = thrown(() => assertClaim(step, c, task(), now));
      expect(e === null).toBe(canClaim(step, c, task(), now));
      if (e) expect([e.code, e.extensions.from]).toEqual(['INVALID_TRANSITION', claimRefusal(step, c, task(), now)]);
      return e === null;
    });
    expect(outcomes).toEqual([false, true, false, true, true]);
  });
});

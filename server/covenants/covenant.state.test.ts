import { describe, expect, it } from 'vitest';
import { AppError } from '../core/errors.js';
import { CovenantVersionStatus as S } from './covenant.entity.js';
import {
  ALLOWED_FROM,
  assertCan,
  assertCanOnCovenant,
  can,
  canOnCovenant,
  FINAL,
  IN_FORCE,
  IN_PROGRESS,
  inForceOf,
  inProgressOf,
  refusal,
  type VersionFacts,
  type VersionStep,
} from './covenant.state.js';

const NOW = new Date('2026-09-01T00:00:00.000Z');
const before = new Date(NOW.getTime() - 1);
const after = new Date(NOW.getTime() + 1);
const ALL = Object.values(S);
const STEPS = Object.keys(ALLOWED_FROM) as VersionStep[];

/** A version at `status` whose facts let every guard pass: comments closed, review approved, text intact. */
const ready = (status: S, more: Partial<VersionFacts> = {}): VersionFacts => ({ status, commentsOpenUntil: before, reviewApproved: status === S.LEGAL_REVIEW ? true : null, intact: true, ...more });

function thrown(fn: () => void): AppError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('did not throw');
}

describe('covenant version state machine', () => {
  it('the statuses split into in progress, in force and final, without overlap', () => {
    expect([...IN_PROGRESS, ...IN_FORCE, ...FINAL].sort()).toEqual([...ALL].sort());
  });

  it('no step is allowed from a status outside its table, whatever the facts', () => {
    for (const step of STEPS) {
      for (const status of ALL.filter((s) => !ALLOWED_FROM[step].includes(s))) {
        expect({ step, status, ok: can(step, ready(status, { stranded: true }), NOW) }).toEqual({ step, status, ok: false });
      }
    }
  });

  it('each step from its statuses, the guards aside', () => {
    expect(ALL.filter((s) => can('openPublicComment', ready(s), NOW))).toEqual([S.DRAFT]);
    expect(ALL.filter((s) => can('submitForLegalReview', ready(s), NOW))).toEqual([S.PUBLIC_COMMENT]);
    expect(ALL.filter((s) => can('comment', ready(s, { commentsOpenUntil: after }), NOW))).toEqual([S.PUBLIC_COMMENT]);
    expect(ALL.filter((s) => can('recordLegalReview', ready(s, { reviewApproved: null }), NOW))).toEqual([S.LEGAL_REVIEW]);
    expect(ALL.filter((s) => can('file', ready(s), NOW))).toEqual([S.ADOPTED]);
    expect(ALL.filter((s) => can('acknowledge', ready(s), NOW))).toEqual([S.ADOPTED, S.FILED]);
    expect(ALL.filter((s) => can('repeal', ready(s), NOW))).toEqual([S.ADOPTED, S.FILED]);
    expect(ALL.filter((s) => can('closeVote', ready(s), NOW))).toEqual([S.VOTING]);
  });

  it('comments are taken until the deadline, and the text is submitted for review from it on', () => {
    const open = ready(S.PUBLIC_COMMENT, { commentsOpenUntil: after });
    const closedNow = ready(S.PUBLIC_COMMENT, { commentsOpenUntil: NOW });
    expect([can('comment', open, NOW), can('submitForLegalReview', open, NOW)]).toEqual([true, false]);
    expect([can('comment', closedNow, NOW), can('submitForLegalReview', closedNow, NOW)]).toEqual([false, true]);
    const early = thrown(() => assertCan('submitForLegalReview', open, NOW));
    expect(early.extensions).toMatchObject({ code: 'INVALID_TRANSITION', from: 'PUBLIC_COMMENT', action: 'submitForLegalReview', commentsOpenUntil: after.toISOString() });
    const late = thrown(() => assertCan('comment', closedNow, NOW));
    expect(late.message).toBe('Comments are closed');
    expect(late.extensions).toMatchObject({ from: 'PUBLIC_COMMENT', action: 'comment', commentsOpenUntil: NOW.toISOString() });
  });

  it('a legal review is recorded once: a second is refused from REVIEWED', () => {
    expect(can('recordLegalReview', ready(S.LEGAL_REVIEW, { reviewApproved: null }), NOW)).toBe(true);
    for (const reviewApproved of [true, false]) {
      expect(refusal('recordLegalReview', ready(S.LEGAL_REVIEW, { reviewApproved }), NOW)).toMatchObject({ from: 'REVIEWED' });
    }
  });

  it('to the vote: an approved, intact text, or a motion stranded by its meeting', () => {
    expect(can('putToVote', ready(S.LEGAL_REVIEW), NOW)).toBe(true);
    expect(refusal('putToVote', ready(S.LEGAL_REVIEW, { reviewApproved: null }), NOW)?.message).toBe('The legal review has not approved this version yet');
    expect(refusal('putToVote', ready(S.LEGAL_REVIEW, { intact: false }), NOW)?.message).toBe('The articles no longer match their content hash');
    // Intact unknown (not yet worked out) does not refuse.
    expect(can('putToVote', ready(S.LEGAL_REVIEW, { intact: undefined }), NOW)).toBe(true);
    expect(can('putToVote', ready(S.VOTING, { stranded: false }), NOW)).toBe(false);
    expect(can('putToVote', ready(S.VOTING, { stranded: true }), NOW)).toBe(true);
    expect(can('putToVote', ready(S.VOTING, { stranded: true, intact: false }), NOW)).toBe(false);
    expect(thrown(() => assertCan('putToVote', ready(S.VOTING), NOW)).extensions).toMatchObject({ code: 'INVALID_TRANSITION', from: 'VOTING', action: 'putToVote' });
  });

  it('says what it refuses as the API always has', () => {
    const e = thrown(() => assertCan('openPublicComment', ready(S.FILED), NOW));
    expect([e.message, e.extensions]).toEqual(['Cannot openPublicComment from FILED', { code: 'INVALID_TRANSITION', from: 'FILED', action: 'openPublicComment' }]);
    expect(thrown(() => assertCan('acknowledge', ready(S.SUPERSEDED), NOW)).message).toBe('Only the version in force is acknowledged');
  });
});

describe('covenant-level steps', () => {
  const v = (number: number, status: S) => ({ id: `k${number}`, number, status });
  const gid = (key: string) => `gid:${key}`;

  it('revise waits while a version is in progress, and names it', () => {
    for (const status of ALL) expect({ status, ok: canOnCovenant('revise', [v(2, status), v(1, S.FILED)]) }).toEqual({ status, ok: !IN_PROGRESS.includes(status) });
    expect(canOnCovenant('revise', [])).toBe(true);
    const e = thrown(() => assertCanOnCovenant('revise', [v(3, S.VOTING), v(2, S.REJECTED)], gid));
    expect(e.extensions).toEqual({ code: 'INVALID_TRANSITION', from: 'VOTING', action: 'revise', versionId: 'gid:k3' });
    expect(e.message).toBe('Version 3 is still VOTING: finish it before revising');
  });

  it('repeal needs a version in force', () => {
    expect(canOnCovenant('repeal', [v(2, S.DRAFT), v(1, S.ADOPTED)])).toBe(true);
    expect(canOnCovenant('repeal', [v(2, S.REPEALED), v(1, S.SUPERSEDED)])).toBe(false);
    expect(thrown(() => assertCanOnCovenant('repeal', [], gid)).extensions).toEqual({ code: 'INVALID_TRANSITION', from: 'NOT_IN_FORCE', action: 'repeal' });
  });

  it('finds the version in progress and the one in force', () => {
    const versions = [v(3, S.PUBLIC_COMMENT), v(2, S.FILED), v(1, S.SUPERSEDED)];
    expect([inProgressOf(versions)?.number, inForceOf(versions)?.number]).toEqual([3, 2]);
    expect([inProgressOf([v(1, S.REJECTED)]), inForceOf([v(1, S.REJECTED)])]).toEqual([undefined, undefined]);
  });
});

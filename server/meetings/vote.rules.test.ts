import { describe, expect, it } from 'vitest';
import { AttendanceQuorum as Q, MeetingKind as K, ResolutionOutcome as O, VoteRule as R, type TallyRecord } from './meeting.entity.js';
import { ATTENDANCE_QUORUM, attendanceMet, outcomeOf, quorumMet, rulesAt } from './vote.rules.js';

/** A tally from counts; areas default to 100 ㎡ per head. */
function t(eligible: number, f: number, a: number, ab: number, areas?: { eligible: number; for: number; against: number; abstain: number }): TallyRecord {
  const ar = areas ?? { eligible: eligible * 100, for: f * 100, against: a * 100, abstain: ab * 100 };
  return {
    eligibleCount: eligible,
    eligibleArea: ar.eligible,
    votedCount: f + a + ab,
    votedArea: ar.for + ar.against + ar.abstain,
    forCount: f,
    forArea: ar.for,
    againstCount: a,
    againstArea: ar.against,
    abstainCount: ab,
    abstainArea: ar.abstain,
  };
}

describe('meeting rules: those present vote, the meeting’s attendance quorum checked when the vote opens', () => {
  it('have no turnout of their own: SIMPLE_MAJORITY with 1 of 8 voting FOR passes', () => {
    expect(quorumMet(R.SIMPLE_MAJORITY, t(8, 1, 0, 0))).toBe(true);
    expect(outcomeOf(R.SIMPLE_MAJORITY, t(8, 1, 0, 0))).toBe(O.PASSED);
    expect(outcomeOf(R.TWO_THIRDS, t(8, 1, 0, 0))).toBe(O.PASSED);
    expect(outcomeOf(R.ABSOLUTE_MAJORITY, t(8, 1, 0, 0))).toBe(O.FAILED);
  });
  it('SIMPLE_MAJORITY: more FOR than AGAINST; a tie fails; abstentions do not count against; none cast fails', () => {
    expect(outcomeOf(R.SIMPLE_MAJORITY, t(10, 3, 2, 1))).toBe(O.PASSED);
    expect(outcomeOf(R.SIMPLE_MAJORITY, t(10, 3, 3, 0))).toBe(O.FAILED);
    expect(outcomeOf(R.SIMPLE_MAJORITY, t(10, 2, 1, 4))).toBe(O.PASSED);
    expect(outcomeOf(R.SIMPLE_MAJORITY, t(10, 0, 0, 0))).toBe(O.FAILED);
  });
  it('ABSOLUTE_MAJORITY: FOR from more than half of all electors', () => {
    expect(outcomeOf(R.ABSOLUTE_MAJORITY, t(10, 5, 0, 1))).toBe(O.FAILED);
    expect(outcomeOf(R.ABSOLUTE_MAJORITY, t(10, 6, 0, 0))).toBe(O.PASSED);
  });
  it('TWO_THIRDS: FOR from at least two thirds of ballots cast, exactly at the threshold too; with none cast, nothing carries', () => {
    expect(outcomeOf(R.TWO_THIRDS, t(9, 4, 2, 0))).toBe(O.PASSED);
    expect(outcomeOf(R.TWO_THIRDS, t(9, 4, 1, 1))).toBe(O.PASSED);
    expect(outcomeOf(R.TWO_THIRDS, t(9, 3, 2, 1))).toBe(O.FAILED);
    expect(outcomeOf(R.TWO_THIRDS, t(9, 0, 0, 0))).toBe(O.FAILED);
  });
  it('attendance quorum by kind: representatives two thirds, an owners’ assembly none, the others more than half', () => {
    expect(ATTENDANCE_QUORUM).toEqual({ [K.JOINT]: Q.MAJORITY, [K.DELIBERATION]: Q.MAJORITY, [K.REPRESENTATIVES]: Q.TWO_THIRDS, [K.OWNERS_ASSEMBLY]: Q.NONE, [K.SUPERVISION]: Q.MAJORITY });
    expect([attendanceMet(Q.MAJORITY, 4, 8), attendanceMet(Q.MAJORITY, 5, 8), attendanceMet(Q.MAJORITY, 0, 0)]).toEqual([false, true, false]);
    expect([attendanceMet(Q.TWO_THIRDS, 4, 7), attendanceMet(Q.TWO_THIRDS, 5, 7), attendanceMet(Q.TWO_THIRDS, 4, 6), attendanceMet(Q.TWO_THIRDS, 0, 0)]).toEqual([false, true, true, false]);
    expect(attendanceMet(Q.NONE, 0, 12)).toBe(true);
  });
});

describe('owners’ rules (Civil Code art. 278)', () => {
  it('take part: at least 2/3 of headcount and 2/3 of floor area, both', () => {
    expect(quorumMet(R.OWNERS_ORDINARY, t(6, 4, 0, 0))).toBe(true); // exactly 2/3
    expect(quorumMet(R.OWNERS_ORDINARY, t(6, 3, 0, 0))).toBe(false);
    // Enough heads, too little area: four small flats of six.
    expect(quorumMet(R.OWNERS_ORDINARY, t(6, 4, 0, 0, { eligible: 600, for: 300, against: 0, abstain: 0 }))).toBe(false);
    // Enough area, too few heads.
    expect(quorumMet(R.OWNERS_SPECIAL, t(6, 3, 0, 0, { eligible: 600, for: 500, against: 0, abstain: 0 }))).toBe(false);
  });
  it('ORDINARY: FOR from more than half of the participating headcount and area, both; exactly half fails', () => {
    expect(outcomeOf(R.OWNERS_ORDINARY, t(4, 2, 2, 0))).toBe(O.FAILED);
    expect(outcomeOf(R.OWNERS_ORDINARY, t(4, 3, 1, 0))).toBe(O.PASSED);
    // Three small flats FOR, two large AGAINST: heads pass, area fails.
    expect(outcomeOf(R.OWNERS_ORDINARY, t(5, 3, 2, 0, { eligible: 500, for: 150, against: 350, abstain: 0 }))).toBe(O.FAILED);
    // Abstentions take part: they count in the denominator.
    expect(outcomeOf(R.OWNERS_ORDINARY, t(6, 2, 1, 1))).toBe(O.FAILED);
  });
  it('SPECIAL: FOR from at least 3/4 of the participating headcount and area; exactly 3/4 passes', () => {
    expect(outcomeOf(R.OWNERS_SPECIAL, t(4, 3, 1, 0))).toBe(O.PASSED);
    expect(outcomeOf(R.OWNERS_SPECIAL, t(8, 5, 2, 0))).toBe(O.FAILED);
    expect(outcomeOf(R.OWNERS_SPECIAL, t(4, 3, 1, 0, { eligible: 400, for: 299.99, against: 100.01, abstain: 0 }))).toBe(O.FAILED);
    expect(outcomeOf(R.OWNERS_SPECIAL, t(4, 3, 1, 0, { eligible: 400.4, for: 300.3, against: 100.1, abstain: 0 }))).toBe(O.PASSED);
  });
});

describe('the rules a meeting may vote under (Meeting.voteRules)', () => {
  it('offers the owners’ rules only at an owners’ assembly, and first there', () => {
    for (const kind of Object.values(K).filter((k) => k !== K.OWNERS_ASSEMBLY)) {
      expect(rulesAt(kind)).toEqual([R.SIMPLE_MAJORITY, R.ABSOLUTE_MAJORITY, R.TWO_THIRDS]);
    }
    expect(rulesAt(K.OWNERS_ASSEMBLY)).toEqual([R.OWNERS_ORDINARY, R.OWNERS_SPECIAL, R.SIMPLE_MAJORITY, R.ABSOLUTE_MAJORITY, R.TWO_THIRDS]);
  });
});

import { OWNERS_VOTE_RULES } from '../../common/enums.js';
import { AttendanceQuorum, MeetingKind, ResolutionOutcome, VoteRule, type TallyRecord } from './meeting.entity.js';

/** The owners' rules count headcount and floor area (Civil Code art. 278): common/enums.ts, shared with the client. */
export const OWNER_RULES: readonly VoteRule[] = OWNERS_VOTE_RULES.map((rule) => VoteRule[rule]);

/**
 * The rules a motion may be put under at a meeting of this kind, in the order to offer them: the
 * owners' only at an owners' assembly, where they come first (they are its usual ones).
 */
export function rulesAt(kind: MeetingKind): VoteRule[] {
  const others = Object.values(VoteRule).filter((rule) => !OWNER_RULES.includes(rule));
  return kind === MeetingKind.OWNERS_ASSEMBLY ? [...OWNER_RULES, ...others] : others;
}

// Areas are compared in hundredths of a square metre (they are stored with two decimals), so a
// threshold such as "at least 3/4" is exact, never lost to floating point.
const c = (area: number) => Math.round(area * 100);

/**
 * Whether enough took part for the rule to decide. Only the owners' rules have a turnout of their
 * own; a meeting's other votes rest on its attendance quorum, checked when the vote opens
 * (attendanceMet), and then count the ballots cast as their rule says.
 */
export function quorumMet(rule: VoteRule, t: TallyRecord): boolean {
  if (!OWNER_RULES.includes(rule)) return true;
  if (t.eligibleCount === 0) return false;
  // 专有部分面积占比三分之二以上的业主且人数占比三分之二以上的业主参与表决.
  return t.votedCount * 3 >= t.eligibleCount * 2 && c(t.votedArea) * 3 >= c(t.eligibleArea) * 2;
}

/** Whether the motion carries, once the quorum is met. */
function carries(rule: VoteRule, t: TallyRecord): boolean {
  switch (rule) {
    case VoteRule.SIMPLE_MAJORITY:
      return t.forCount > t.againstCount;
    case VoteRule.ABSOLUTE_MAJORITY:
      return t.forCount * 2 > t.eligibleCount;
    case VoteRule.TWO_THIRDS:
      // With no ballot cast there is no FOR to count: nothing carries.
      return t.forCount > 0 && t.forCount * 3 >= t.votedCount * 2;
    case VoteRule.OWNERS_ORDINARY:
      // 经参与表决专有部分面积过半数的业主且参与表决人数过半数的业主同意.
      return t.forCount * 2 > t.votedCount && c(t.forArea) * 2 > c(t.votedArea);
    case VoteRule.OWNERS_SPECIAL:
      // 经参与表决专有部分面积四分之三以上的业主且参与表决人数四分之三以上的业主同意.
      return t.forCount * 4 >= t.votedCount * 3 && c(t.forArea) * 4 >= c(t.votedArea) * 3;
  }
}

export function outcomeOf(rule: VoteRule, t: TallyRecord): ResolutionOutcome {
  if (!quorumMet(rule, t)) return ResolutionOutcome.NO_QUORUM;
  return carries(rule, t) ? ResolutionOutcome.PASSED : ResolutionOutcome.FAILED;
}

export const RULE_LABELS: Record<VoteRule, string> = {
  [VoteRule.SIMPLE_MAJORITY]: '简单多数',
  [VoteRule.ABSOLUTE_MAJORITY]: '到会过半数',
  [VoteRule.TWO_THIRDS]: '三分之二多数',
  [VoteRule.OWNERS_ORDINARY]: '双过半（民法典第二百七十八条）',
  [VoteRule.OWNERS_SPECIAL]: '双四分之三（民法典第二百七十八条）',
};

/**
 * A meeting's attendance quorum by its kind, fixed when it is scheduled: 居民代表会议 (and 村民代表
 * 会议) sit with at least two thirds of their members (村民委员会组织法 art. 26; the residents'
 * committees' rules of procedure follow it); the joint meeting, the deliberation council and the
 * supervisory committee with more than half; an owners' assembly has none of its own, since its
 * owners vote from home under art. 278's turnout.
 */
export const ATTENDANCE_QUORUM: Record<MeetingKind, AttendanceQuorum> = {
  [MeetingKind.JOINT]: AttendanceQuorum.MAJORITY,
  [MeetingKind.DELIBERATION]: AttendanceQuorum.MAJORITY,
  [MeetingKind.REPRESENTATIVES]: AttendanceQuorum.TWO_THIRDS,
  [MeetingKind.OWNERS_ASSEMBLY]: AttendanceQuorum.NONE,
  [MeetingKind.SUPERVISION]: AttendanceQuorum.MAJORITY,
};

/** Whether `taken` of a meeting's `seats` (present or held by proxy) meet its attendance quorum. */
export function attendanceMet(q: AttendanceQuorum, taken: number, seats: number): boolean {
  switch (q) {
    case AttendanceQuorum.NONE:
      return true;
    case AttendanceQuorum.MAJORITY:
      return taken * 2 > seats;
    case AttendanceQuorum.TWO_THIRDS:
      return seats > 0 && taken * 3 >= seats * 2;
  }
}

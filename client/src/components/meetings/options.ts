import type {
  ActionItemStatus,
  AttendanceStatus,
  BallotChoice,
  MatterStage,
  MeetingKind,
  MeetingStatus,
  OrganizationKind,
  SupervisionRating,
  VoteRule,
} from '@/gql/graphql';

/** Enum values in the order the forms and lists show them (the schema lists them by name). */
export const MEETING_KINDS: MeetingKind[] = ['JOINT', 'DELIBERATION', 'REPRESENTATIVES', 'OWNERS_ASSEMBLY', 'SUPERVISION'];
export const MEETING_STATUSES: MeetingStatus[] = ['SCHEDULED', 'IN_SESSION', 'ADJOURNED', 'MINUTES_APPROVED', 'PUBLISHED', 'CANCELLED'];
export const VOTE_RULES: VoteRule[] = ['SIMPLE_MAJORITY', 'ABSOLUTE_MAJORITY', 'TWO_THIRDS', 'OWNERS_ORDINARY', 'OWNERS_SPECIAL'];
export const BALLOT_CHOICES: BallotChoice[] = ['FOR', 'AGAINST', 'ABSTAIN'];
export const ATTENDANCE_STATUSES: AttendanceStatus[] = ['PRESENT', 'PROXY', 'INVITED', 'ABSENT'];
export const ACTION_ITEM_STATUSES: ActionItemStatus[] = ['OPEN', 'DONE', 'CANCELLED'];
export const MATTER_STAGES: MatterStage[] = ['DELIBERATION', 'DECISION', 'EXECUTION', 'SUPERVISION', 'CLOSED', 'REJECTED'];
export const SUPERVISION_RATINGS: SupervisionRating[] = ['SATISFACTORY', 'NEEDS_IMPROVEMENT', 'UNSATISFACTORY'];

/** The owners' rules (Civil Code art. 278): headcount and floor area both count; only at an owners' assembly. */
export const OWNER_RULES: readonly VoteRule[] = ['OWNERS_ORDINARY', 'OWNERS_SPECIAL'];

/**
 * Which organizations convene which kind of meeting (server/meetings/meeting.policy.ts decides;
 * this only chooses what the schedule form offers, and the server still refuses a wrong guess).
 */
export const CONVENERS: Record<MeetingKind, readonly OrganizationKind[]> = {
  JOINT: ['PARTY_COMMITTEE', 'RESIDENTS_COMMITTEE'],
  DELIBERATION: ['PARTY_COMMITTEE', 'RESIDENTS_COMMITTEE'],
  REPRESENTATIVES: ['RESIDENTS_COMMITTEE', 'PARTY_COMMITTEE'],
  OWNERS_ASSEMBLY: ['OWNERS_COMMITTEE'],
  SUPERVISION: ['SUPERVISORY_COMMITTEE'],
};

/** Statuses in which the notes may still change (the minutes are edited until approval, amended after publication). */
export const NOTES_OPEN: readonly MeetingStatus[] = ['IN_SESSION', 'ADJOURNED', 'PUBLISHED'];
/** Statuses in which action items are recorded. */
export const RECORDING: readonly MeetingStatus[] = ['IN_SESSION', 'ADJOURNED'];
/** Statuses in which the agenda and motions are still added. */
export const PREPARING: readonly MeetingStatus[] = ['SCHEDULED', 'IN_SESSION'];

type TagType = 'default' | 'info' | 'success' | 'warning' | 'error' | 'primary';
export const MEETING_STATUS_TAG: Record<MeetingStatus, TagType> = {
  SCHEDULED: 'info',
  IN_SESSION: 'error',
  ADJOURNED: 'warning',
  MINUTES_APPROVED: 'primary',
  PUBLISHED: 'success',
  CANCELLED: 'default',
};
export const MATTER_STAGE_TAG: Record<MatterStage, TagType> = {
  DELIBERATION: 'info',
  DECISION: 'warning',
  EXECUTION: 'primary',
  SUPERVISION: 'error',
  CLOSED: 'success',
  REJECTED: 'default',
};

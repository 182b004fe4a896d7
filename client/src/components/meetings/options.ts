import type {
  BallotChoice,
  MatterStage,
  MeetingKind,
  MeetingStatus,
  SupervisionRating,
  VoteRule,
} from '@/gql/graphql';

/**
 * Display only: enum values in the order the forms and lists show them (the schema lists them by
 * name) and the tag colours of statuses. What the viewer may do comes from the server's
 * viewerActions and viewerCan, never from here.
 */
export const MEETING_KINDS: MeetingKind[] = ['JOINT', 'DELIBERATION', 'REPRESENTATIVES', 'OWNERS_ASSEMBLY', 'SUPERVISION'];
export const BALLOT_CHOICES: BallotChoice[] = ['FOR', 'AGAINST', 'ABSTAIN'];
export const MATTER_STAGES: MatterStage[] = ['DELIBERATION', 'DECISION', 'EXECUTION', 'SUPERVISION', 'CLOSED', 'REJECTED'];
export const SUPERVISION_RATINGS: SupervisionRating[] = ['SATISFACTORY', 'NEEDS_IMPROVEMENT', 'UNSATISFACTORY'];

/**
 * The owners' rules (Civil Code art. 278): headcount and floor area both count, so their tallies
 * and scope show areas. (Where they may be used, the server says: Meeting.voteRules.)
 */
export const OWNER_RULES: readonly VoteRule[] = ['OWNERS_ORDINARY', 'OWNERS_SPECIAL'];

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

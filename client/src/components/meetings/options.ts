import { ENUM_VALUES } from '@common/enums';
import type {
  BallotChoice,
  MatterStage,
  MeetingKind,
  MeetingStatus,
  SupervisionRating,
} from '@/gql/graphql';

/**
 * Display only: enum values in the order the forms and lists show them (common/enums.ts, typed as
 * the schema's) and the tag colours of statuses. What the viewer may do comes from the server's
 * viewerActions and viewerCan, never from here.
 */
export const MEETING_KINDS: readonly MeetingKind[] = ENUM_VALUES.MeetingKind;
export const BALLOT_CHOICES: readonly BallotChoice[] = ENUM_VALUES.BallotChoice;
export const MATTER_STAGES: readonly MatterStage[] = ENUM_VALUES.MatterStage;
export const SUPERVISION_RATINGS: readonly SupervisionRating[] = ENUM_VALUES.SupervisionRating;

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

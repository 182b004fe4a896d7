import { ENUM_VALUES } from '@common/enums';
import type { CovenantKind, CovenantVersionStatus } from '@/gql/graphql';

/*
 * Display tables only. Who may do what, and when, is the server's (`viewerActions`,
 * `Covenant.adoptedBy`, `Community.draftableCovenantKinds`): nothing here decides what to offer.
 */

/** Enum values in the order the forms and lists show them: common/enums.ts, typed as the schema's. */
export const COVENANT_KINDS: readonly CovenantKind[] = ENUM_VALUES.CovenantKind;

/** The road of a version, as the step bar shows it (REJECTED, SUPERSEDED and REPEALED leave it). */
export const COVENANT_STEPS = ['DRAFT', 'PUBLIC_COMMENT', 'LEGAL_REVIEW', 'VOTING', 'ADOPTED', 'FILED'] as const satisfies readonly CovenantVersionStatus[];

type TagType = 'default' | 'info' | 'success' | 'warning' | 'error' | 'primary';
export const COVENANT_STATUS_TAG: Record<CovenantVersionStatus, TagType> = {
  DRAFT: 'default',
  PUBLIC_COMMENT: 'info',
  LEGAL_REVIEW: 'warning',
  VOTING: 'error',
  ADOPTED: 'success',
  FILED: 'success',
  REJECTED: 'default',
  SUPERSEDED: 'default',
  REPEALED: 'default',
};

/** The first 12 hex digits of a content hash: enough to compare by eye. */
export const shortHash = (hash: string) => hash.slice(0, 12);

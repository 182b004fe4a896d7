import type { CovenantKind, CovenantVersionStatus, MeetingKind, OrganizationKind, VoteRule } from '@/gql/graphql';

/** Enum values in the order the forms and lists show them (the schema lists them by name). */
export const COVENANT_KINDS: CovenantKind[] = ['RESIDENTS_CONVENTION', 'PROPERTY_RULES', 'VILLAGE_RULES', 'PROCEDURE_RULES'];

/** The road of a version, as the step bar shows it (REJECTED, SUPERSEDED and REPEALED leave it). */
export const COVENANT_STEPS = ['DRAFT', 'PUBLIC_COMMENT', 'LEGAL_REVIEW', 'VOTING', 'ADOPTED', 'FILED'] as const satisfies readonly CovenantVersionStatus[];

/** Versions between DRAFT and VOTING: while one is, the covenant is not revised. */
export const IN_PROGRESS: readonly CovenantVersionStatus[] = ['DRAFT', 'PUBLIC_COMMENT', 'LEGAL_REVIEW', 'VOTING'];
/** The version in force is ADOPTED or FILED. */
export const IN_FORCE: readonly CovenantVersionStatus[] = ['ADOPTED', 'FILED'];

/**
 * The organizations responsible for each kind: they draft, revise, open comment, put to the vote,
 * file and repeal (server/covenants/covenant.policy.ts decides; this only chooses what to offer,
 * and the server still refuses a wrong guess with FORBIDDEN).
 */
export const RESPONSIBLE: Record<CovenantKind, readonly OrganizationKind[]> = {
  RESIDENTS_CONVENTION: ['RESIDENTS_COMMITTEE', 'PARTY_COMMITTEE'],
  VILLAGE_RULES: ['RESIDENTS_COMMITTEE', 'PARTY_COMMITTEE'],
  PROCEDURE_RULES: ['RESIDENTS_COMMITTEE', 'PARTY_COMMITTEE'],
  PROPERTY_RULES: ['OWNERS_COMMITTEE'],
};

/**
 * Who adopts (and repeals) each kind: 管理规约 an owners' assembly under the owners' ordinary rule
 * (Civil Code art. 278); the others a representatives' meeting under a meeting rule.
 */
export function adoptingBody(kind: CovenantKind): { meetingKind: MeetingKind; rules: readonly VoteRule[] } {
  return kind === 'PROPERTY_RULES'
    ? { meetingKind: 'OWNERS_ASSEMBLY', rules: ['OWNERS_ORDINARY'] }
    : { meetingKind: 'REPRESENTATIVES', rules: ['SIMPLE_MAJORITY', 'ABSOLUTE_MAJORITY', 'TWO_THIRDS'] };
}

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

import type { Access } from '../core/access.js';
import { OrganizationKind, RegionLevel } from '../communities/index.js';
import { CovenantKind, CovenantVersionStatus } from './covenant.entity.js';

/** What the covenant rules look at. */
export interface CovenantFacts {
  communityId: string;
  kind: CovenantKind;
}

/**
 * The organizations of the community responsible for each kind: they draft, revise, open public
 * comment, put to the vote, file and repeal. 居民公约, 村规民约 and 议事规则 belong to the residents'
 * committee under the party organization; 管理规约 to the owners' committee (业委会), whose owners'
 * assembly adopts it.
 */
export const RESPONSIBLE: Record<CovenantKind, OrganizationKind[]> = {
  [CovenantKind.RESIDENTS_CONVENTION]: [OrganizationKind.RESIDENTS_COMMITTEE, OrganizationKind.PARTY_COMMITTEE],
  [CovenantKind.VILLAGE_RULES]: [OrganizationKind.RESIDENTS_COMMITTEE, OrganizationKind.PARTY_COMMITTEE],
  [CovenantKind.PROCEDURE_RULES]: [OrganizationKind.RESIDENTS_COMMITTEE, OrganizationKind.PARTY_COMMITTEE],
  [CovenantKind.PROPERTY_RULES]: [OrganizationKind.OWNERS_COMMITTEE],
};

const canManage = (a: Access, c: CovenantFacts) => a.isAdmin || a.hasKindIn(c.communityId, ...RESPONSIBLE[c.kind]);

/**
 * 合法性审查 is recorded by a governance center: the community's own, or the township (街道) center
 * whose area takes in the community (communities/region.ts, through `Access.seatsAbove`). A center
 * of another township neither reviews nor reads the community's covenants and comments.
 */
const canReview = (a: Access, communityId: string) =>
  a.isAdmin ||
  a.hasKindIn(communityId, OrganizationKind.GOVERNANCE_CENTER) ||
  a.hasSeatAboveAt(communityId, OrganizationKind.GOVERNANCE_CENTER, RegionLevel.TOWNSHIP);

/** Who may do what with a covenant. Pure functions over (viewer, covenant). */
export const covenantPolicy = {
  canManage,
  canReview,
  /** Drafts are the responsible organizations'; every later status is seen by the community and its reviewers. */
  canSeeVersion: (a: Access, c: CovenantFacts, status: CovenantVersionStatus) =>
    canManage(a, c) || (status !== CovenantVersionStatus.DRAFT && (a.belongsTo(c.communityId) || canReview(a, c.communityId))),
  /** A covenant is seen by whoever may see one of its versions. */
  canSeeCovenant: (a: Access, c: CovenantFacts, publicVersions: boolean) =>
    canManage(a, c) || (publicVersions && (a.belongsTo(c.communityId) || canReview(a, c.communityId))),
  /** 征求意见: verified residents of the community comment. */
  canComment: (a: Access, c: CovenantFacts) => a.isVerifiedResidentOf(c.communityId),
  /** Comments are read by the responsible organizations and reviewers; a resident reads their own. */
  canSeeAllComments: (a: Access, c: CovenantFacts) => canManage(a, c) || canReview(a, c.communityId),
  /** Verified residents acknowledge the version in force (知晓确认). */
  canAcknowledge: (a: Access, c: CovenantFacts) => a.isVerifiedResidentOf(c.communityId),
};

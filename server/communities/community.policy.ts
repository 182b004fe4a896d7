import type { Access } from '../core/access.js';
import { OrganizationKind } from './organization.entity.js';
import { MemberRole } from './membership.entity.js';
import type { Residency } from './residency.entity.js';

/**
 * Who may do what with communities, organizations, seats and residencies. Pure functions over
 * (actor, resource): the resolvers, the services and the tests all call these.
 */
export const communityPolicy = {
  /** Any signed-in person may list communities and look one up (to join it). */
  canList: (a: Access) => a.signedIn,
  /** Organizations above communities (a township center, a department): platform admins. A community's own: adminPolicy.canAdminister. */
  canCreateOrganization: (a: Access) => a.isAdmin,
  /** Any signed-in person may ask to join a community; the residents' committee verifies. */
  canJoin: (a: Access) => a.signedIn,
};

/** A seat in a governance center above communities (a township, county or city 综治中心). */
const isCenterStaff = (a: Access) => a.seatsAboveCommunities(OrganizationKind.GOVERNANCE_CENTER).length > 0;

/**
 * Administration (the /admin area): who creates communities and records their organizations,
 * seats, buildings and flats. Platform admins everywhere; the staff of a governance center above
 * communities within its own area only (communities/region.ts says which communities it serves).
 */
export const adminPolicy = {
  /** Whether there is anything to administer at all: the /admin area is offered. */
  mayAdministerAny: (a: Access) => a.isAdmin || isCenterStaff(a),
  /** Offered the form to create communities: admins, and center staff (for their area). */
  mayCreateCommunities: (a: Access) => a.isAdmin || isCenterStaff(a),
  /** Communities may be created by admins, and by center staff in their area (`centersCovering`: the viewer's centers whose area takes in the new community's place). */
  canCreateCommunity: (a: Access, centersCovering: number) => a.isAdmin || centersCovering > 0,
  canAdminister: (a: Access, community: { id: string }) =>
    a.isAdmin || a.seatsAbove(community.id, OrganizationKind.GOVERNANCE_CENTER).length > 0,
};

export const organizationPolicy = {
  /** The roster of an organization is seen by whoever belongs to its community, its own members and admins. */
  canSeeMembers: (a: Access, org: { id: string; communityId: string | null }) =>
    a.isAdmin || a.isMemberOf(org.id) || (org.communityId !== null && a.belongsTo(org.communityId)),
  /** Chairs manage their organization's seats; admins manage all; the community's administrators (adminPolicy) those of its organizations. */
  canManageMembers: (a: Access, org: { id: string; community?: { id: string } | null }) =>
    a.isAdmin || a.roleIn(org.id) === MemberRole.CHAIR || (!!org.community && adminPolicy.canAdminister(a, org.community)),
};

export const residencyPolicy = {
  /** Members of the community's residents' committee verify residencies. */
  canVerify: (a: Access, communityId: string) => a.isAdmin || a.hasKindIn(communityId, OrganizationKind.RESIDENTS_COMMITTEE),
  canSee: (a: Access, r: { userId: string; communityId: string }) =>
    a.userId === r.userId || residencyPolicy.canVerify(a, r.communityId),
};

/** The residencies of a list the viewer may see. */
export function visibleResidencies(a: Access, rows: Residency[]): Residency[] {
  return rows.filter((r) => residencyPolicy.canSee(a, { userId: r.user.id, communityId: r.community.id }));
}

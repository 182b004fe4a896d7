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
  canCreateCommunity: (a: Access) => a.isAdmin,
  canCreateOrganization: (a: Access) => a.isAdmin,
  /** Any signed-in person may ask to join a community; the residents' committee verifies. */
  canJoin: (a: Access) => a.signedIn,
};

export const organizationPolicy = {
  /** The roster of an organization is seen by whoever belongs to its community, its own members and admins. */
  canSeeMembers: (a: Access, org: { id: string; communityId: string | null }) =>
    a.isAdmin || a.isMemberOf(org.id) || (org.communityId !== null && a.belongsTo(org.communityId)),
  /** Chairs manage their organization's seats; admins manage all. */
  canManageMembers: (a: Access, org: { id: string }) => a.isAdmin || a.roleIn(org.id) === MemberRole.CHAIR,
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

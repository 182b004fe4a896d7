import type { Access } from '../core/access.js';
import { adminPolicy, MemberRole, OrganizationKind } from '../communities/index.js';

/** What the party-member rules look at of a registration. */
export interface RegistrationFacts {
  userId: string;
  communityId: string;
  stationId: string;
}

/** The chair of the community's residents' committee (居委会主任). */
const chairsResidentsCommittee = (a: Access, communityId: string) =>
  a.organizationsIn(communityId).some((m) => m.kind === (OrganizationKind.RESIDENTS_COMMITTEE as string) && m.role === (MemberRole.CHAIR as string));

/**
 * Who may do what with grids and party-member registrations. Pure functions over (actor,
 * resource): the resolvers, the services, the abilities offered to the client and the tests all
 * call these, and nothing else states them.
 */
export const gridPolicy = {
  /**
   * Divide the buildings into grids, assign grid workers, make building party groups: platform
   * admins and the community's administrators (`adminPolicy.canAdminister`: the governance centers
   * above it), and the chair of its residents' committee. Not its other members, nor its grid
   * workers, nor the party organization.
   */
  canManage: (a: Access, communityId: string) => adminPolicy.canAdminister(a, { id: communityId }) || chairsResidentsCommittee(a, communityId),
  /** A community's grids (names, buildings, workers, party branches): whoever belongs to it, and those who manage them. */
  canSee: (a: Access, communityId: string) => a.isAdmin || a.belongsTo(communityId) || gridPolicy.canManage(a, communityId),
};

export const partyMemberPolicy = {
  /** 党员下沉报到: with the community where they live (a verified resident) or serve (a seat in one of its organizations). */
  canRegister: (a: Access, communityId: string) => a.signedIn && a.belongsTo(communityId),
  /** The community's party organization verifies or declines (and platform admins). */
  canDecide: (a: Access, communityId: string) => a.isAdmin || a.hasKindIn(communityId, OrganizationKind.PARTY_COMMITTEE),
  /** A registration: the person, the party organization, and the station it names. */
  canSee: (a: Access, r: RegistrationFacts) => a.is(r.userId) || partyMemberPolicy.canDecide(a, r.communityId) || a.isMemberOf(r.stationId),
};

import type { Access } from '../core/access.js';
import { MemberRole, OrganizationKind } from '../communities/index.js';

/** What the volunteer rules look at of a registration. */
export interface VolunteerFacts {
  userId: string;
  communityId: string;
  stationId: string;
}

/**
 * A community's volunteers (names, skills, hours; the leaderboard) are seen by whoever belongs to
 * it: its organizations' members and its verified residents. Not by an account with no tie to it,
 * nor by an unverified one.
 */
const canSeeVolunteers = (a: Access, communityId: string) => a.isAdmin || a.belongsTo(communityId);

/** Who may do what at a 红色驿站. Pure functions over (actor, resource). */
export const volunteerPolicy = {
  /** Verified residents of the station's community register there. */
  canRegister: (a: Access, station: { communityId: string | null }) => station.communityId !== null && a.isVerifiedResidentOf(station.communityId),
  /** The station's coordinators and chair post tasks, verify hours, mark no-shows (谁组织谁记录、谁记录谁证明). */
  canCoordinate: (a: Access, stationId: string) => a.isAdmin || [MemberRole.COORDINATOR, MemberRole.CHAIR].includes(a.roleIn(stationId) as MemberRole),
  /** 认领: a volunteer registered in the task's community (one registration per person). */
  canClaim: (a: Access, registration: VolunteerFacts | null, task: { communityId: string }) =>
    registration !== null && registration.userId === a.userId && registration.communityId === task.communityId,
  /** Withdrawing, checking in and out: the volunteer who claimed, no one else. */
  isClaimant: (a: Access, claimantUserId: string) => a.userId === claimantUserId,
  /** Drafts are the station's; published tasks are seen by whoever belongs to the community. */
  canSeeTask: (a: Access, t: { stationId: string; communityId: string; draft: boolean }) =>
    a.isAdmin || a.isMemberOf(t.stationId) || (!t.draft && a.belongsTo(t.communityId)),
  /** All claims of a task: the station's members; others see their own only. */
  canSeeAllClaims: (a: Access, stationId: string) => a.isAdmin || a.isMemberOf(stationId),
  canSeeVolunteers,
  canSeeVolunteer: (a: Access, v: VolunteerFacts) => a.userId === v.userId || canSeeVolunteers(a, v.communityId),
  /** 下沉党员: whether a volunteer is a party member is seen by the volunteer, their station and the community's party organization. */
  canSeePartyMembership: (a: Access, v: VolunteerFacts) =>
    a.isAdmin || a.userId === v.userId || a.isMemberOf(v.stationId) || a.hasKindIn(v.communityId, OrganizationKind.PARTY_COMMITTEE),
};

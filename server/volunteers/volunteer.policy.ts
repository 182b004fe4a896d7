import type { Access } from '../core/access.js';
import { MemberRole } from '../communities/membership.entity.js';

/** Who may do what at a 红色驿站. Pure functions over (actor, resource). */
export const volunteerPolicy = {
  /** Verified residents of the station's community register there. */
  canRegister: (a: Access, station: { communityId: string | null }) => station.communityId !== null && a.isVerifiedResidentOf(station.communityId),
  /** The station's coordinators and chair post tasks, verify hours, mark no-shows (谁组织谁记录、谁记录谁证明). */
  canCoordinate: (a: Access, stationId: string) => a.isAdmin || [MemberRole.COORDINATOR, MemberRole.CHAIR].includes(a.roleIn(stationId) as MemberRole),
  /** Drafts are the station's; published tasks are seen by whoever belongs to the community. */
  canSeeTask: (a: Access, t: { stationId: string; communityId: string; draft: boolean }) =>
    a.isAdmin || a.isMemberOf(t.stationId) || (!t.draft && a.belongsTo(t.communityId)),
  /** All claims of a task: the station's members; others see their own only. */
  canSeeAllClaims: (a: Access, stationId: string) => a.isAdmin || a.isMemberOf(stationId),
};

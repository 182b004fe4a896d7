import type { Access } from '../core/access.js';
import { OrganizationKind } from '../communities/index.js';

/** What the rules read of an incident: plain ids. */
export interface IncidentFacts {
  deskId: string;
  communityIds: readonly string[];
  /** Closed incidents open no one's register. */
  open: boolean;
}

/** What the rules read of a vulnerable resident: where they live, and the desks of the open incidents covering them. */
export interface VulnerableFacts {
  communityId: string;
  /** Desks (organizations) of the open incidents whose area covers them now. */
  coveringDesks: readonly string[];
}

/**
 * Whether the person sits in this governance center and the center serves every one of these
 * communities: one of the community's own, or one above communities whose area takes it in. The
 * area is the region rule's (communities/region.ts, loaded into `MembershipFact.covers`).
 */
function centerServes(a: Access, centerId: string, communityIds: readonly string[]): boolean {
  const seat = a.memberships.find((m) => m.organizationId === centerId && (m.kind as OrganizationKind) === OrganizationKind.GOVERNANCE_CENTER);
  if (!seat || communityIds.length === 0) return false;
  return communityIds.every((c) => seat.communityId === c || (seat.communityId === null && (seat.covers ?? []).includes(c)));
}

/**
 * Who may see and do what in an emergency (应急管理). Pure functions over `Access` and the facts.
 * The lists' SQL, the events' audiences and `viewerActions` agree with it.
 */
export const incidentPolicy = {
  /**
   * 发布: a member of a governance center (community, township, county or city) for communities it
   * serves. Admins as such do not: an incident needs a desk.
   */
  canDeclare: (a: Access, centerId: string, communityIds: readonly string[]) => a.signedIn && centerServes(a, centerId, communityIds),
  /** The incident desk: the declaring center's members update it, see acknowledgements, the roll call and the urgent issues. */
  isDesk: (a: Access, f: Pick<IncidentFacts, 'deskId'>) => a.signedIn && a.isMemberOf(f.deskId),
  /** An incident, its instructions and timeline: whoever belongs to a community of its area, its desk, and admins. */
  canSee: (a: Access, f: IncidentFacts) => a.isAdmin || incidentPolicy.isDesk(a, f) || f.communityIds.some((c) => a.belongsTo(c)),
  /** 已收到 / 我安全 / 需要帮助: whoever was alerted (a row of `incident_alerts`, checked by the service). */
  canAnswer: (a: Access, alerted: boolean) => a.signedIn && alerted,

  /** Keeping the register (adding, removing): the residents' committee of the community (its grid workers included). */
  canKeepRegister: (a: Access, communityId: string) => a.signedIn && a.hasKindIn(communityId, OrganizationKind.RESIDENTS_COMMITTEE),
  /**
   * A vulnerable resident's record: the residents' committee of their community (its grid workers
   * included, until grids narrow them to their grid), and the desk of an open incident covering
   * them, while it is open. Nobody else: not admins, not other residents, not volunteers.
   */
  canSeeVulnerable: (a: Access, v: VulnerableFacts) => incidentPolicy.canKeepRegister(a, v.communityId) || (a.signedIn && a.isMemberOfAny(v.coveringDesks)),
  /** The roll call of an incident (who, where, reached or not): its desk while open, and the residents' committees of its communities. */
  canSeeRollCall: (a: Access, f: IncidentFacts) => (f.open && incidentPolicy.isDesk(a, f)) || f.communityIds.some((c) => incidentPolicy.canKeepRegister(a, c)),
  /** Marking someone reached: whoever sees the roll call. */
  canReach: (a: Access, f: IncidentFacts) => incidentPolicy.canSeeRollCall(a, f),
};

import type { Access } from '../core/access.js';
import { MemberRole, OrganizationKind } from '../communities/index.js';

/** What the rules read of an incident: plain ids. */
export interface IncidentFacts {
  deskId: string;
  communityIds: readonly string[];
  /** Closed incidents open no one's register. */
  open: boolean;
}

/** What the rules read of a vulnerable resident (or a roll-call entry): where they live, their grid's workers, the desks covering them. */
export interface VulnerableFacts {
  communityId: string;
  /** The grid workers (user ids) of the grid their building is in (server/grids); empty when it is in none. */
  gridWorkers: readonly string[];
  /** Desks (organizations) of the open incidents whose area covers them now. */
  coveringDesks: readonly string[];
}

/**
 * The residents' committee sees its community's vulnerable residents: a member in any other role
 * all of them, a grid worker (网格员) only those in the buildings of the grid they work.
 */
function committeeSees(a: Access, communityId: string, gridWorkers: readonly string[]): boolean {
  const seats = a.memberships.filter((m) => m.communityId === communityId && (m.kind as OrganizationKind) === OrganizationKind.RESIDENTS_COMMITTEE);
  return a.signedIn && (seats.some((m) => (m.role as MemberRole) !== MemberRole.GRID_WORKER) || (seats.length > 0 && gridWorkers.some((u) => a.is(u))));
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

  /** The register page and list: the residents' committee of the community (its grid workers included, who see their grid's). */
  canKeepRegister: (a: Access, communityId: string) => a.signedIn && a.hasKindIn(communityId, OrganizationKind.RESIDENTS_COMMITTEE),
  /**
   * Keeping one record (adding it in a building, correcting it, removing it): the residents'
   * committee of the community — a grid worker only in the buildings of their grid (the same rule as
   * seeing it: whoever keeps a record sees it).
   */
  canKeepRecord: (a: Access, v: Pick<VulnerableFacts, 'communityId' | 'gridWorkers'>) => committeeSees(a, v.communityId, v.gridWorkers),
  /**
   * A vulnerable resident's record: the residents' committee of their community (a grid worker:
   * only for the buildings of their grid), and the desk of an open incident covering them, while
   * it is open. Nobody else: not admins, not other residents, not volunteers.
   */
  canSeeVulnerable: (a: Access, v: VulnerableFacts) => committeeSees(a, v.communityId, v.gridWorkers) || (a.signedIn && a.isMemberOfAny(v.coveringDesks)),
  /**
   * An entry of an incident's roll call (who, where, reached or not) — and marking it reached: the
   * incident's desk while it is open, and the residents' committee of the entry's community (a
   * grid worker: the entries of their grid).
   */
  canSeeRollCall: (a: Access, f: IncidentFacts, entry: Pick<VulnerableFacts, 'communityId' | 'gridWorkers'>) =>
    (f.open && incidentPolicy.isDesk(a, f)) || committeeSees(a, entry.communityId, entry.gridWorkers),
};

/**
 * What one signed-in person may be, loaded once per request (or per delivered event): their seats
 * in organizations and their residencies. Policies are pure functions over it.
 *
 * A fact's role, kind and level are the values of the communities module's enums (MemberRole,
 * OrganizationKind, RegionLevel, ResidencyKind), held as strings: core imports no feature module.
 * Policies therefore ask through the methods below, passing the enum values, rather than compare
 * a fact's string with an enum themselves.
 */
export interface MembershipFact {
  membershipId: string;
  organizationId: string;
  role: string;
  kind: string;
  level: string;
  communityId: string | null;
  /**
   * For an organization above communities (communityId null): the communities in its area
   * (communities/region.ts decides). Empty or absent for a community's own organizations.
   */
  covers?: readonly string[] | null;
  /**
   * For an organization above communities: the region (server/regions) it stands in, whose
   * subtree is its area. Null or absent for a community's own organizations.
   */
  regionId?: string | null;
}

export interface ResidencyFact {
  residencyId: string;
  communityId: string;
  unitId: string | null;
  kind: string;
  verified: boolean;
}

export class Access {
  static readonly anonymous = new Access(null, false, [], []);

  constructor(
    readonly userId: string | null,
    readonly isAdmin: boolean,
    readonly memberships: readonly MembershipFact[],
    readonly residencies: readonly ResidencyFact[],
  ) {}

  get signedIn(): boolean {
    return this.userId !== null;
  }

  /**
   * Whether the viewer is this person. Policies ask this rather than compare `userId`, so that a
   * shared live execution (events/live.ts, RightsProbe) learns which persons an answer depended on.
   */
  is(userId: string | null | undefined): boolean {
    return this.userId !== null && this.userId === userId;
  }

  roleIn(organizationId: string): string | undefined {
    return this.memberships.find((m) => m.organizationId === organizationId)?.role;
  }

  isMemberOf(organizationId: string): boolean {
    return this.memberships.some((m) => m.organizationId === organizationId);
  }

  isMemberOfAny(organizationIds: Iterable<string>): boolean {
    const ids = new Set(organizationIds);
    return this.memberships.some((m) => ids.has(m.organizationId));
  }

  /** Organizations of this community the person sits in. */
  organizationsIn(communityId: string): MembershipFact[] {
    return this.memberships.filter((m) => m.communityId === communityId);
  }

  hasKindIn(communityId: string, ...kinds: string[]): boolean {
    return this.memberships.some((m) => m.communityId === communityId && kinds.includes(m.kind));
  }

  /** Whether the person holds one of these roles in an organization of this community. */
  hasRoleIn(communityId: string, ...roles: string[]): boolean {
    return this.memberships.some((m) => m.communityId === communityId && roles.includes(m.role));
  }

  /** Seats in organizations above communities of the given kinds, whatever their area. */
  seatsAboveCommunities(...kinds: string[]): MembershipFact[] {
    return this.memberships.filter((m) => m.communityId === null && kinds.includes(m.kind));
  }

  /**
   * Seats in organizations above communities (a township, county or city center, a department)
   * whose area takes in this community, of the given kinds (any kind when none is given).
   */
  seatsAbove(communityId: string, ...kinds: string[]): MembershipFact[] {
    return this.memberships.filter((m) => m.communityId === null && (m.covers ?? []).includes(communityId) && (kinds.length === 0 || kinds.includes(m.kind)));
  }

  /**
   * Seats in organizations above communities that stand in one of these regions (a region's path,
   * city first: the seats whose area takes the region in), of the given kinds (any when none).
   */
  seatsInRegions(regionIds: readonly string[], ...kinds: string[]): MembershipFact[] {
    return this.memberships.filter((m) => m.communityId === null && m.regionId != null && regionIds.includes(m.regionId) && (kinds.length === 0 || kinds.includes(m.kind)));
  }

  /** Whether one of the seats above the community is in an organization at one of these region levels. */
  hasSeatAboveAt(communityId: string, kind: string, ...levels: string[]): boolean {
    return this.seatsAbove(communityId, kind).some((m) => levels.includes(m.level));
  }

  isVerifiedResidentOf(communityId: string): boolean {
    return this.residencies.some((r) => r.communityId === communityId && r.verified);
  }

  /** A verified resident or a member of one of its organizations: sees what is public in it. */
  belongsTo(communityId: string): boolean {
    return this.isVerifiedResidentOf(communityId) || this.organizationsIn(communityId).length > 0;
  }

  /** Any tie at all, verified or not. */
  isConnectedTo(communityId: string): boolean {
    return this.belongsTo(communityId) || this.residencies.some((r) => r.communityId === communityId);
  }
}

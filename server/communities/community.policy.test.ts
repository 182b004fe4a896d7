import { describe, expect, it } from 'vitest';
import { Access, type MembershipFact, type ResidencyFact } from '../core/access.js';
import { adminPolicy, communityPolicy, organizationPolicy, residencyPolicy } from './community.policy.js';
import { OrganizationKind as K } from './organization.entity.js';

// Pure: communities, administration, organizations' seats and residencies, for each kind of viewer.
const C = 'c-1';
const OTHER = 'c-2';
const seat = (organizationId: string, kind: K, role = 'MEMBER', communityId: string | null = C, covers: string[] | null = null): MembershipFact => ({
  membershipId: `m-${organizationId}`,
  organizationId,
  role,
  kind,
  level: communityId ? 'COMMUNITY' : 'TOWNSHIP',
  communityId,
  covers,
  regionId: communityId ? null : 'township-1',
});
const home = (communityId: string, verified: boolean): ResidencyFact => ({ residencyId: 'r', communityId, unitId: null, kind: 'OWNER', verified });
const as = (memberships: MembershipFact[] = [], residencies: ResidencyFact[] = [], admin = false) => new Access('u', admin, memberships, residencies);

const admin = as([], [], true);
const townshipStaff = as([seat('center', K.GOVERNANCE_CENTER, 'STAFF', null, [C])]);
const otherTownship = as([seat('center-2', K.GOVERNANCE_CENTER, 'STAFF', null, [OTHER])]);
const department = as([seat('dept', K.DEPARTMENT, 'STAFF', null, [C])]);
const rcMember = as([seat('rc', K.RESIDENTS_COMMITTEE)]);
const pmChair = as([seat('pm', K.PROPERTY_MANAGER, 'CHAIR')]);
const resident = as([], [home(C, true)]);
const unverified = as([], [home(C, false)]);

describe('communityPolicy', () => {
  it('lists and joins for anyone signed in; organizations above communities are created by admins only', () => {
    expect(communityPolicy.canList(Access.anonymous)).toBe(false);
    expect(communityPolicy.canJoin(Access.anonymous)).toBe(false);
    expect(communityPolicy.canList(unverified)).toBe(true);
    expect(communityPolicy.canJoin(as())).toBe(true);
    expect(communityPolicy.canCreateOrganization(admin)).toBe(true);
    expect(communityPolicy.canCreateOrganization(townshipStaff)).toBe(false);
    expect(communityPolicy.canCreateOrganization(rcMember)).toBe(false);
  });
});

describe('adminPolicy', () => {
  it('offers /admin to admins and to the staff of a center above communities, not to a community committee', () => {
    expect(adminPolicy.mayAdministerAny(admin)).toBe(true);
    expect(adminPolicy.mayAdministerAny(townshipStaff)).toBe(true);
    expect(adminPolicy.mayAdministerAny(rcMember)).toBe(false);
    expect(adminPolicy.mayAdministerAny(resident)).toBe(false);
    expect(adminPolicy.mayCreateCommunities(townshipStaff)).toBe(true);
    expect(adminPolicy.mayCreateCommunities(pmChair)).toBe(false);
  });

  it('creates a community where one of the viewer\'s centers covers its place, or as admin', () => {
    expect(adminPolicy.canCreateCommunity(admin, 0)).toBe(true);
    expect(adminPolicy.canCreateCommunity(townshipStaff, 1)).toBe(true);
    expect(adminPolicy.canCreateCommunity(townshipStaff, 0)).toBe(false);
  });

  it('administers a community within the center\'s area only; a department or a committee does not', () => {
    expect(adminPolicy.canAdminister(admin, { id: C })).toBe(true);
    expect(adminPolicy.canAdminister(townshipStaff, { id: C })).toBe(true);
    expect(adminPolicy.canAdminister(townshipStaff, { id: OTHER })).toBe(false);
    expect(adminPolicy.canAdminister(otherTownship, { id: C })).toBe(false);
    expect(adminPolicy.canAdminister(rcMember, { id: C })).toBe(false);
    expect(adminPolicy.canAdminister(department, { id: C })).toBe(false);
  });
});

describe('organizationPolicy', () => {
  const rc = { id: 'rc', communityId: C, community: { id: C } };
  const pm = { id: 'pm', communityId: C, community: { id: C } };
  it("a roster is seen by the community's people and the organization's own members, not by outsiders or the unverified", () => {
    expect(organizationPolicy.canSeeMembers(resident, rc)).toBe(true);
    expect(organizationPolicy.canSeeMembers(pmChair, rc)).toBe(true);
    expect(organizationPolicy.canSeeMembers(unverified, rc)).toBe(false);
    expect(organizationPolicy.canSeeMembers(as(), rc)).toBe(false);
    expect(organizationPolicy.canSeeMembers(townshipStaff, { id: 'center', communityId: null })).toBe(true);
    expect(organizationPolicy.canSeeMembers(resident, { id: 'center', communityId: null })).toBe(false);
  });

  it("seats are managed by the organization's chair, the community's administrators and admins; a plain member or another chair does not", () => {
    expect(organizationPolicy.canManageMembers(pmChair, pm)).toBe(true);
    expect(organizationPolicy.canManageMembers(pmChair, rc)).toBe(false);
    expect(organizationPolicy.canManageMembers(rcMember, rc)).toBe(false);
    expect(organizationPolicy.canManageMembers(townshipStaff, rc)).toBe(true);
    expect(organizationPolicy.canManageMembers(otherTownship, rc)).toBe(false);
    expect(organizationPolicy.canManageMembers(admin, rc)).toBe(true);
  });
});

describe('residencyPolicy', () => {
  it("the residents' committee verifies; the property manager, a center above and the resident do not", () => {
    expect(residencyPolicy.canVerify(rcMember, C)).toBe(true);
    expect(residencyPolicy.canVerify(rcMember, OTHER)).toBe(false);
    expect(residencyPolicy.canVerify(pmChair, C)).toBe(false);
    expect(residencyPolicy.canVerify(townshipStaff, C)).toBe(false);
    expect(residencyPolicy.canVerify(resident, C)).toBe(false);
    expect(residencyPolicy.canVerify(admin, C)).toBe(true);
  });

  it('a residency is seen by its person and by those who verify it', () => {
    expect(residencyPolicy.canSee(as(), { userId: 'u', communityId: C })).toBe(true);
    expect(residencyPolicy.canSee(resident, { userId: 'someone', communityId: C })).toBe(false);
    expect(residencyPolicy.canSee(rcMember, { userId: 'someone', communityId: C })).toBe(true);
  });
});

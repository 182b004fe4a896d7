import { describe, expect, it } from 'vitest';
import { Access, type MembershipFact, type ResidencyFact } from '../core/access.js';
import { volunteerPolicy, type VolunteerFacts } from './volunteer.policy.js';

// The volunteer rules for a matrix of viewers of community C and its 红色驿站 S (issue 10, part 5:
// a unit test per policy). Each row lists, in order, the viewers of VIEWERS.
const C = 'c0000000-0000-4000-8000-000000000000';
const OTHER = 'c1111111-1111-4111-8111-111111111111';
const S = 'station-c';
const seat = (organizationId: string, kind: string, role = 'MEMBER', communityId: string | null = C): MembershipFact => ({
  membershipId: `m-${organizationId}-${role}`,
  organizationId,
  role,
  kind,
  level: communityId ? 'COMMUNITY' : 'TOWNSHIP',
  communityId,
});
const home = (verified: boolean, communityId = C): ResidencyFact => ({ residencyId: 'r', communityId, unitId: 'u', kind: 'OWNER', verified });
const person = (id: string, memberships: MembershipFact[] = [], residencies: ResidencyFact[] = [], admin = false) => new Access(id, admin, memberships, residencies);

const VIEWERS = {
  anonymous: Access.anonymous,
  outsider: person('outsider'),
  unverified: person('unverified', [], [home(false)]),
  resident: person('resident', [], [home(true)]),
  residentElsewhere: person('elsewhere', [], [home(true, OTHER)]),
  stationMember: person('member', [seat(S, 'VOLUNTEER_STATION')]),
  coordinator: person('coordinator', [seat(S, 'VOLUNTEER_STATION', 'COORDINATOR')]),
  chair: person('chair', [seat(S, 'VOLUNTEER_STATION', 'CHAIR')]),
  party: person('party', [seat('party-c', 'PARTY_COMMITTEE')]),
  otherParty: person('otherParty', [seat('party-o', 'PARTY_COMMITTEE', 'MEMBER', OTHER)]),
  admin: person('admin', [], [], true),
};
const each = <T>(f: (a: Access) => T) => Object.values(VIEWERS).map(f);

describe('volunteerPolicy', () => {
  it('lets verified residents of the station’s community register, no one else', () => {
    expect(each((a) => volunteerPolicy.canRegister(a, { communityId: C }))).toEqual([false, false, false, true, false, false, false, false, false, false, false]);
    // A station with no community takes no registrations, even from an admin.
    expect(volunteerPolicy.canRegister(VIEWERS.admin, { communityId: null })).toBe(false);
    expect(volunteerPolicy.canRegister(VIEWERS.resident, { communityId: null })).toBe(false);
  });

  it('leaves coordinating to the station’s coordinators and chair (and admins), not its plain members', () => {
    expect(each((a) => volunteerPolicy.canCoordinate(a, S))).toEqual([false, false, false, false, false, false, true, true, false, false, true]);
    expect(volunteerPolicy.canCoordinate(VIEWERS.coordinator, 'station-other')).toBe(false);
  });

  it('lets a registered volunteer claim in their own community only, for themselves', () => {
    const registration: VolunteerFacts = { userId: 'resident', communityId: C, stationId: S };
    expect(volunteerPolicy.canClaim(VIEWERS.resident, registration, { communityId: C })).toBe(true);
    expect(volunteerPolicy.canClaim(VIEWERS.resident, registration, { communityId: OTHER })).toBe(false);
    expect(volunteerPolicy.canClaim(VIEWERS.resident, null, { communityId: C })).toBe(false);
    // Someone else's registration gives nothing, not even to an admin.
    expect(volunteerPolicy.canClaim(VIEWERS.admin, registration, { communityId: C })).toBe(false);
    expect(volunteerPolicy.canClaim(VIEWERS.coordinator, registration, { communityId: C })).toBe(false);
  });

  it('knows the claimant as the claimant alone', () => {
    expect(each((a) => volunteerPolicy.isClaimant(a, 'resident'))).toEqual([false, false, false, true, false, false, false, false, false, false, false]);
    expect(volunteerPolicy.isClaimant(Access.anonymous, '')).toBe(false);
  });

  it('shows drafts to the station, published tasks to whoever belongs to the community', () => {
    const draft = { stationId: S, communityId: C, draft: true };
    const published = { ...draft, draft: false };
    expect(each((a) => volunteerPolicy.canSeeTask(a, draft))).toEqual([false, false, false, false, false, true, true, true, false, false, true]);
    expect(each((a) => volunteerPolicy.canSeeTask(a, published))).toEqual([false, false, false, true, false, true, true, true, true, false, true]);
  });

  it('shows all claims of a task to the station’s members only', () => {
    expect(each((a) => volunteerPolicy.canSeeAllClaims(a, S))).toEqual([false, false, false, false, false, true, true, true, false, false, true]);
  });

  it('shows the volunteers to whoever belongs to the community, and each volunteer to themselves', () => {
    expect(each((a) => volunteerPolicy.canSeeVolunteers(a, C))).toEqual([false, false, false, true, false, true, true, true, true, false, true]);
    const unverifiedVolunteer: VolunteerFacts = { userId: 'unverified', communityId: C, stationId: S };
    expect(each((a) => volunteerPolicy.canSeeVolunteer(a, unverifiedVolunteer))).toEqual([false, false, true, true, false, true, true, true, true, false, true]);
  });

  it('shows party membership to the volunteer, their station and the community’s party organization', () => {
    const v: VolunteerFacts = { userId: 'resident', communityId: C, stationId: S };
    expect(each((a) => volunteerPolicy.canSeePartyMembership(a, v))).toEqual([false, false, false, true, false, true, true, true, true, false, true]);
    // Another resident of the same community does not see it.
    expect(volunteerPolicy.canSeePartyMembership(person('neighbour', [], [home(true)]), v)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { Access, type MembershipFact, type ResidencyFact } from '../core/access.js';
import { gridPolicy, partyMemberPolicy } from './grid.policy.js';

// Pure: who manages and sees a community's grids, who registers as a party member and who decides.
const C = 'c-1';
const OTHER = 'c-2';
const seat = (organizationId: string, kind: string, role = 'MEMBER', communityId: string | null = C, covers: string[] | null = null): MembershipFact => ({
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
const as = (memberships: MembershipFact[] = [], residencies: ResidencyFact[] = [], admin = false, id = 'u') => new Access(id, admin, memberships, residencies);

const admin = as([], [], true);
const townshipStaff = as([seat('center', 'GOVERNANCE_CENTER', 'STAFF', null, [C])]);
const otherTownship = as([seat('center-2', 'GOVERNANCE_CENTER', 'STAFF', null, [OTHER])]);
const rcChair = as([seat('rc', 'RESIDENTS_COMMITTEE', 'CHAIR')]);
const otherRcChair = as([seat('rc-2', 'RESIDENTS_COMMITTEE', 'CHAIR', OTHER)]);
const rcMember = as([seat('rc', 'RESIDENTS_COMMITTEE')]);
const gridWorker = as([seat('rc', 'RESIDENTS_COMMITTEE', 'GRID_WORKER')]);
const partyChair = as([seat('party', 'PARTY_COMMITTEE', 'CHAIR')]);
const partyMember = as([seat('party', 'PARTY_COMMITTEE')]);
const pmChair = as([seat('pm', 'PROPERTY_MANAGER', 'CHAIR')]);
const stationCoordinator = as([seat('station', 'PARTY_STATION', 'COORDINATOR')]);
const resident = as([], [home(C, true)]);
const unverified = as([], [home(C, false)]);
const outsider = as();

describe('gridPolicy', () => {
  it('grids are managed by admins, the centers above the community and its residents\' committee chair only', () => {
    for (const a of [admin, townshipStaff, rcChair]) expect(gridPolicy.canManage(a, C)).toBe(true);
    for (const a of [otherTownship, otherRcChair, rcMember, gridWorker, partyChair, pmChair, stationCoordinator, resident, unverified, outsider, Access.anonymous]) {
      expect(gridPolicy.canManage(a, C)).toBe(false);
    }
  });
  it('grids are seen by whoever belongs to the community and by those who manage them', () => {
    for (const a of [admin, townshipStaff, rcChair, rcMember, gridWorker, partyMember, pmChair, resident]) expect(gridPolicy.canSee(a, C)).toBe(true);
    for (const a of [otherTownship, otherRcChair, unverified, outsider, Access.anonymous]) expect(gridPolicy.canSee(a, C)).toBe(false);
  });
});

describe('partyMemberPolicy', () => {
  it('a party member registers where they live (verified) or serve (a seat there)', () => {
    for (const a of [resident, rcMember, gridWorker, stationCoordinator, partyMember]) expect(partyMemberPolicy.canRegister(a, C)).toBe(true);
    for (const a of [unverified, outsider, otherRcChair, townshipStaff, Access.anonymous]) expect(partyMemberPolicy.canRegister(a, C)).toBe(false);
  });
  it("the community's party organization (and admins) decide; not the station, the committee or the centers", () => {
    for (const a of [admin, partyChair, partyMember]) expect(partyMemberPolicy.canDecide(a, C)).toBe(true);
    for (const a of [stationCoordinator, rcChair, townshipStaff, resident, outsider]) expect(partyMemberPolicy.canDecide(a, C)).toBe(false);
  });
  it('a registration is seen by its person, the party organization and the station it names', () => {
    const r = { userId: 'me', communityId: C, stationId: 'station' };
    expect(partyMemberPolicy.canSee(as([], [home(C, true)], false, 'me'), r)).toBe(true);
    for (const a of [partyMember, stationCoordinator, admin]) expect(partyMemberPolicy.canSee(a, r)).toBe(true);
    for (const a of [resident, rcChair, townshipStaff, outsider]) expect(partyMemberPolicy.canSee(a, r)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { Access, type MembershipFact } from '../core/access.js';
import { childLevel, isAbove, levelUnder, rank, regionPolicy } from './region.policy.js';

// The region rules for a matrix of viewers: the city XY, its county XC and XC's township TX; the
// county FC of the same city. Each row lists, in order, the viewers of VIEWERS.
const [XY, XC, TX, FC] = ['city-xy', 'county-xc', 'township-tx', 'county-fc'];
const seat = (organizationId: string, kind: string, level: string, regionId: string | null, communityId: string | null = null): MembershipFact => ({
  membershipId: `m-${organizationId}`,
  organizationId,
  role: 'STAFF',
  kind,
  level,
  communityId,
  regionId,
});
const person = (id: string, memberships: MembershipFact[] = [], admin = false) => new Access(id, admin, memberships, []);

const VIEWERS = {
  anonymous: Access.anonymous,
  outsider: person('outsider'),
  communityCenter: person('cc', [seat('cc', 'GOVERNANCE_CENTER', 'COMMUNITY', null, 'community-1')]),
  townshipCenter: person('tc', [seat('tc', 'GOVERNANCE_CENTER', 'TOWNSHIP', TX)]),
  countyCenter: person('xc', [seat('xc', 'GOVERNANCE_CENTER', 'COUNTY', XC)]),
  countyDepartment: person('dept', [seat('dept', 'DEPARTMENT', 'COUNTY', XC)]),
  otherCounty: person('fc', [seat('fc', 'GOVERNANCE_CENTER', 'COUNTY', FC)]),
  cityCenter: person('xy', [seat('xy', 'GOVERNANCE_CENTER', 'CITY', XY)]),
  admin: person('admin', [], true),
};
const each = <T>(f: (a: Access) => T) => Object.values(VIEWERS).map(f);

describe('regionPolicy', () => {
  it('lets every signed-in person read the tree', () => {
    expect(each(regionPolicy.canRead)).toEqual([false, true, true, true, true, true, true, true, true]);
  });

  it('opens a township of XC for admins and the centers whose region is on its path: XC and the city, not a department, not another county', () => {
    expect(each((a) => regionPolicy.canCreate(a, { path: [XY, XC] }))).toEqual([false, false, false, false, true, false, false, true, true]);
  });

  it('opens a county of the city for admins and the city center only; a city for admins only', () => {
    expect(each((a) => regionPolicy.canCreate(a, { path: [XY] }))).toEqual([false, false, false, false, false, false, false, true, true]);
    expect(each((a) => regionPolicy.canCreate(a, null))).toEqual([false, false, false, false, false, false, false, false, true]);
  });

  it('administers TX: admins and the centers of TX, XC and the city', () => {
    expect(each((a) => regionPolicy.administers(a, { path: [XY, XC, TX] }))).toEqual([false, false, false, true, true, false, false, true, true]);
  });

  it("shows TX's figures (the city view) to admins and the centers of TX, XC and the city; XC's not to TX's center, nor to another county's", () => {
    expect(each((a) => regionPolicy.canSeeStats(a, { path: [XY, XC, TX] }))).toEqual([false, false, false, true, true, false, false, true, true]);
    expect(each((a) => regionPolicy.canSeeStats(a, { path: [XY, XC] }))).toEqual([false, false, false, false, true, false, false, true, true]);
    expect(each((a) => regionPolicy.canSeeStats(a, { path: [XY, FC] }))).toEqual([false, false, false, false, false, false, true, true, true]);
  });
});

describe('the shape of the tree', () => {
  it('ranks the levels upwards and says what lies under each', () => {
    expect(['COMMUNITY', 'TOWNSHIP', 'COUNTY', 'CITY'].map(rank)).toEqual([0, 1, 2, 3]);
    expect(isAbove('COUNTY', 'TOWNSHIP')).toBe(true);
    expect(isAbove('TOWNSHIP', 'TOWNSHIP')).toBe(false);
    expect(isAbove('COMMUNITY', 'CITY')).toBe(false);
    expect(['CITY', 'COUNTY', 'TOWNSHIP', 'COMMUNITY'].map(childLevel)).toEqual(['COUNTY', 'TOWNSHIP', null, null]);
    expect([null, 'CITY', 'COUNTY', 'TOWNSHIP'].map(levelUnder)).toEqual(['CITY', 'COUNTY', 'TOWNSHIP', null]);
    expect(() => rank('GALAXY')).toThrow();
  });
});

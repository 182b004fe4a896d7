import { describe, expect, it } from 'vitest';
import { Access, type MembershipFact } from '../core/access.js';
import { residencyPolicy } from './community.policy.js';
import { ResidencyStatus, residencyStatusOf } from './residency.entity.js';

// Who settles a request to be recognised as a resident (verify or decline: the same rule), and
// where a request stands.
const C = 'c0000000-0000-4000-8000-000000000000';
const OTHER = 'c1111111-1111-4111-8111-111111111111';
const seat = (kind: string, role = 'MEMBER', communityId: string | null = C): MembershipFact => ({
  membershipId: 'm',
  organizationId: `${kind}-${communityId}`,
  role,
  kind,
  level: 'COMMUNITY',
  communityId,
  covers: null,
});
const as = (memberships: MembershipFact[], admin = false) => new Access('u', admin, memberships, []);

describe('residencyPolicy.canVerify (verify and decline)', () => {
  it("the residents' committee of that community, its grid workers included, and admins", () => {
    expect(residencyPolicy.canVerify(as([seat('RESIDENTS_COMMITTEE', 'CHAIR')]), C)).toBe(true);
    expect(residencyPolicy.canVerify(as([seat('RESIDENTS_COMMITTEE', 'GRID_WORKER')]), C)).toBe(true);
    expect(residencyPolicy.canVerify(as([], true), C)).toBe(true);
  });

  it("not the other parties, not another community's committee, not a resident", () => {
    expect(residencyPolicy.canVerify(as([seat('PROPERTY_MANAGER', 'STAFF')]), C)).toBe(false);
    expect(residencyPolicy.canVerify(as([seat('GOVERNANCE_CENTER')]), C)).toBe(false);
    expect(residencyPolicy.canVerify(as([seat('RESIDENTS_COMMITTEE', 'CHAIR', OTHER)]), C)).toBe(false);
    expect(residencyPolicy.canVerify(new Access('u', false, [], [{ residencyId: 'r', communityId: C, unitId: null, kind: 'OWNER', verified: true }]), C)).toBe(false);
  });
});

describe('residencyStatusOf', () => {
  it('pending until verified or declined', () => {
    expect(residencyStatusOf({ verified: false, declinedAt: null })).toBe(ResidencyStatus.PENDING);
    expect(residencyStatusOf({ verified: true, declinedAt: null })).toBe(ResidencyStatus.VERIFIED);
    expect(residencyStatusOf({ verified: false, declinedAt: new Date() })).toBe(ResidencyStatus.DECLINED);
  });
});

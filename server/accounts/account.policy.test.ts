import { describe, expect, it } from 'vitest';
import { Access, type MembershipFact } from '../core/access.js';
import { accountPolicy } from './account.policy.js';

// Who sees accounts and ends their sessions (issue 10, part 5: a unit test per policy).
const C = 'c0000000-0000-4000-8000-000000000000';
const seat = (kind: string, communityId: string | null, covers: string[] | null = null): MembershipFact => ({
  membershipId: `m-${kind}`,
  organizationId: `${kind}-${communityId}`,
  role: 'MEMBER',
  kind,
  level: communityId ? 'COMMUNITY' : 'TOWNSHIP',
  communityId,
  covers,
});

const admin = new Access('admin', true, [], []);
const township = new Access('township', false, [seat('GOVERNANCE_CENTER', null, [C])], []);
const communityCenter = new Access('center', false, [seat('GOVERNANCE_CENTER', C)], []);
const rc = new Access('rc', false, [seat('RESIDENTS_COMMITTEE', C)], []);
const resident = new Access('resident', false, [], [{ residencyId: 'r', communityId: C, unitId: 'u', kind: 'OWNER', verified: true }]);
const viewers = [Access.anonymous, resident, rc, communityCenter, township, admin];

describe('accountPolicy', () => {
  it('lets platform admins alone manage accounts', () => {
    expect(viewers.map((a) => accountPolicy.canManage(a))).toEqual([false, false, false, false, false, true]);
  });

  it('lets admins and the staff of a center above communities find a person by phone', () => {
    expect(viewers.map((a) => accountPolicy.canFindByPhone(a))).toEqual([false, false, false, false, true, true]);
  });

  it('lets an admin end the sessions of others, never their own', () => {
    expect(viewers.map((a) => accountPolicy.canRevokeSessionsOf(a, 'resident'))).toEqual([false, false, false, false, false, true]);
    expect(accountPolicy.canRevokeSessionsOf(admin, 'admin')).toBe(false);
    expect(accountPolicy.canRevokeSessionsOf(resident, 'resident')).toBe(false);
  });
});

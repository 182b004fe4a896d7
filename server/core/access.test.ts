import { describe, expect, it } from 'vitest';
import { AppError } from './errors.js';
import { Access, type MembershipFact, type ResidencyFact } from './access.js';
import { authorize, requireUser } from './policy.js';

const seat = (organizationId: string, communityId: string | null, kind = 'RESIDENTS_COMMITTEE', covers?: string[]): MembershipFact => ({
  membershipId: `m-${organizationId}`,
  organizationId,
  role: 'MEMBER',
  kind,
  level: communityId ? 'COMMUNITY' : 'TOWNSHIP',
  communityId,
  covers,
});
const home = (communityId: string, verified: boolean): ResidencyFact => ({ residencyId: `r-${communityId}`, communityId, unitId: null, kind: 'OWNER', verified });

function errorOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof AppError ? error.code : String(error);
  }
  return undefined;
}

describe('Access', () => {
  const member = new Access('u1', false, [seat('rc-a', 'a'), seat('center', null, 'GOVERNANCE_CENTER', ['a', 'b'])], [home('c', true), home('d', false)]);

  it('tells who is signed in', () => {
    expect(Access.anonymous.signedIn).toBe(false);
    expect(member.signedIn).toBe(true);
  });

  it('knows its seats: role, membership, kinds in a community', () => {
    expect(member.roleIn('rc-a')).toBe('MEMBER');
    expect(member.roleIn('other')).toBeUndefined();
    expect(member.isMemberOf('rc-a')).toBe(true);
    expect(member.isMemberOfAny(['x', 'center'])).toBe(true);
    expect(member.isMemberOfAny([])).toBe(false);
    expect(member.organizationsIn('a').map((m) => m.organizationId)).toEqual(['rc-a']);
    expect(member.hasKindIn('a', 'PROPERTY_MANAGER', 'RESIDENTS_COMMITTEE')).toBe(true);
    expect(member.hasKindIn('a', 'PROPERTY_MANAGER')).toBe(false);
  });

  it('sees seats above a community only where their area covers it, of the kinds asked', () => {
    expect(member.seatsAbove('b').map((m) => m.organizationId)).toEqual(['center']);
    expect(member.seatsAbove('b', 'DEPARTMENT')).toEqual([]);
    expect(member.seatsAbove('z')).toEqual([]);
    // A community's own organization is never "above" it.
    expect(member.seatsAbove('a', 'RESIDENTS_COMMITTEE')).toEqual([]);
  });

  it('belongs to a community as a verified resident or a member; an unverified residency only connects', () => {
    expect(member.belongsTo('a')).toBe(true);
    expect(member.belongsTo('c')).toBe(true);
    expect(member.belongsTo('d')).toBe(false);
    expect(member.isConnectedTo('d')).toBe(true);
    expect(member.isConnectedTo('z')).toBe(false);
    // A center's coverage is not belonging.
    expect(member.belongsTo('b')).toBe(false);
  });
});

describe('policy helpers', () => {
  it('requireUser gives the id, or UNAUTHENTICATED', () => {
    expect(requireUser(new Access('u1', false, [], []))).toBe('u1');
    expect(errorOf(() => requireUser(Access.anonymous))).toBe('UNAUTHENTICATED');
  });

  it('authorize is FORBIDDEN unless allowed', () => {
    expect(errorOf(() => authorize(true))).toBeUndefined();
    expect(errorOf(() => authorize(false))).toBe('FORBIDDEN');
  });
});

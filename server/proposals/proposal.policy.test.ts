import { describe, expect, it } from 'vitest';
import { Access, type MembershipFact } from '../core/access.js';
import { proposalPolicy } from './proposal.policy.js';

// Who may do what with proposals, over plain facts. Community C; P the proposer; T a township
// center whose area covers C (its administrators).
const C = 'c1';
const seat = (organizationId: string, kind: string, communityId: string | null, covers: string[] = []): MembershipFact => ({
  membershipId: `m-${organizationId}`,
  organizationId,
  role: 'MEMBER',
  kind,
  level: communityId ? 'COMMUNITY' : 'TOWNSHIP',
  communityId,
  covers,
});
const as = (userId: string | null, memberships: MembershipFact[] = [], residencies: { c: string; verified: boolean }[] = [], admin = false) =>
  new Access(userId, admin, memberships, residencies.map((r, i) => ({ residencyId: `r${i}`, communityId: r.c, unitId: null, kind: 'OWNER', verified: r.verified })));

const viewers = {
  anonymous: Access.anonymous,
  proposer: as('P', [], [{ c: C, verified: true }]),
  resident: as('R', [], [{ c: C, verified: true }]),
  unverified: as('U', [], [{ c: C, verified: false }]),
  otherResident: as('O', [], [{ c: 'c2', verified: true }]),
  party: as('party', [seat('party', 'PARTY_COMMITTEE', C)]),
  rc: as('rc', [seat('rc', 'RESIDENTS_COMMITTEE', C)]),
  township: as('t', [seat('t', 'GOVERNANCE_CENTER', null, [C])]),
  admin: as('admin', [], [], true),
} as const;
type Viewer = keyof typeof viewers;
const facts = { communityId: C, proposerId: 'P' };

const EXPECTED: Record<string, Viewer[]> = {
  canSee: ['proposer', 'resident', 'party', 'rc', 'admin'],
  canPropose: ['proposer', 'resident'],
  canSupport: ['resident'],
  canWithdraw: ['proposer'],
  canComment: ['proposer', 'resident', 'party', 'rc'],
  canFollow: ['proposer', 'resident', 'party', 'rc', 'admin'],
  canDecide: ['party', 'admin'],
  canConfigure: ['party', 'township', 'admin'],
};

describe('proposalPolicy', () => {
  const ask: Record<string, (a: Access) => boolean> = {
    canSee: (a) => proposalPolicy.canSee(a, C),
    canPropose: (a) => proposalPolicy.canPropose(a, C),
    canSupport: (a) => proposalPolicy.canSupport(a, facts),
    canWithdraw: (a) => proposalPolicy.canWithdraw(a, facts),
    canComment: (a) => proposalPolicy.canComment(a, facts),
    canFollow: (a) => proposalPolicy.canFollow(a, facts),
    canDecide: (a) => proposalPolicy.canDecide(a, C),
    canConfigure: (a) => proposalPolicy.canConfigure(a, C),
  };
  for (const [rule, allowed] of Object.entries(EXPECTED)) {
    it(`${rule}: ${allowed.join(', ')}`, () => {
      const got = (Object.keys(viewers) as Viewer[]).filter((v) => ask[rule]!(viewers[v]));
      expect(got).toEqual(allowed);
    });
  }
});

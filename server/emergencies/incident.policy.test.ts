import { describe, expect, it } from 'vitest';
import { Access, type MembershipFact } from '../core/access.js';
import { incidentPolicy } from './incident.policy.js';

// Who may do what in an emergency, over plain facts. Communities C and D lie in township T's
// area; E does not. `cc` is C's own governance center, `t` the township's, `x` another township's.
const C = 'c1';
const D = 'c2';
const E = 'c3';
const seat = (organizationId: string, kind: string, communityId: string | null, covers: string[] = [], role = 'MEMBER'): MembershipFact => ({
  membershipId: `m-${organizationId}`,
  organizationId,
  role,
  kind,
  level: communityId ? 'COMMUNITY' : 'TOWNSHIP',
  communityId,
  covers,
});
const as = (userId: string | null, memberships: MembershipFact[] = [], residencies: { c: string; verified: boolean }[] = [], admin = false) =>
  new Access(userId, admin, memberships, residencies.map((r, i) => ({ residencyId: `r${i}`, communityId: r.c, unitId: null, kind: 'OWNER', verified: r.verified })));

const viewers = {
  anonymous: Access.anonymous,
  resident: as('R', [], [{ c: C, verified: true }]),
  unverified: as('U', [], [{ c: C, verified: false }]),
  outsider: as('O', [], [{ c: E, verified: true }]),
  rc: as('rc', [seat('rc', 'RESIDENTS_COMMITTEE', C)]),
  grid: as('g', [seat('rc', 'RESIDENTS_COMMITTEE', C, [], 'GRID_WORKER')]),
  otherGrid: as('g2', [seat('rc', 'RESIDENTS_COMMITTEE', C, [], 'GRID_WORKER')]),
  communityCenter: as('cc', [seat('cc', 'GOVERNANCE_CENTER', C)]),
  township: as('t', [seat('t', 'GOVERNANCE_CENTER', null, [C, D])]),
  otherTownship: as('x', [seat('x', 'GOVERNANCE_CENTER', null, [E])]),
  townshipDept: as('dept', [seat('dept', 'DEPARTMENT', null, [C, D])]),
  admin: as('admin', [], [], true),
} as const;
type Viewer = keyof typeof viewers;

const incidentOfT = { deskId: 't', communityIds: [C, D], open: true };
const closedOfT = { ...incidentOfT, open: false };

const EXPECTED: Record<string, Viewer[]> = {
  'declare from t for C and D': ['township'],
  'declare from t for C and E (E is not its area)': [],
  'declare from cc for C': ['communityCenter'],
  'declare from cc for D (not its community)': [],
  canSee: ['resident', 'rc', 'grid', 'otherGrid', 'communityCenter', 'township', 'admin'],
  isDesk: ['township'],
  canKeepRegister: ['rc', 'grid', 'otherGrid'],
  // The person lives in a building of g's grid: g sees them, g2 (another grid) does not.
  'canSeeVulnerable, no incident': ['rc', 'grid'],
  'canSeeVulnerable, in no grid': ['rc'],
  'canSeeVulnerable, covered by an open incident of t': ['rc', 'grid', 'township'],
  'canSeeRollCall, open': ['rc', 'grid', 'township'],
  'canSeeRollCall, closed': ['rc', 'grid'],
  // Keeping one record: the desk of a covering incident sees it but does not keep it.
  'canKeepRecord, in g\'s grid': ['rc', 'grid'],
  'canKeepRecord, in no grid': ['rc'],
};

describe('incidentPolicy', () => {
  const ask: Record<string, (a: Access) => boolean> = {
    'declare from t for C and D': (a) => incidentPolicy.canDeclare(a, 't', [C, D]),
    'declare from t for C and E (E is not its area)': (a) => incidentPolicy.canDeclare(a, 't', [C, E]),
    'declare from cc for C': (a) => incidentPolicy.canDeclare(a, 'cc', [C]),
    'declare from cc for D (not its community)': (a) => incidentPolicy.canDeclare(a, 'cc', [D]),
    canSee: (a) => incidentPolicy.canSee(a, incidentOfT),
    isDesk: (a) => incidentPolicy.isDesk(a, incidentOfT),
    canKeepRegister: (a) => incidentPolicy.canKeepRegister(a, C),
    'canSeeVulnerable, no incident': (a) => incidentPolicy.canSeeVulnerable(a, { communityId: C, gridWorkers: ['g'], coveringDesks: [] }),
    'canSeeVulnerable, in no grid': (a) => incidentPolicy.canSeeVulnerable(a, { communityId: C, gridWorkers: [], coveringDesks: [] }),
    'canSeeVulnerable, covered by an open incident of t': (a) => incidentPolicy.canSeeVulnerable(a, { communityId: C, gridWorkers: ['g'], coveringDesks: ['t'] }),
    'canSeeRollCall, open': (a) => incidentPolicy.canSeeRollCall(a, incidentOfT, { communityId: C, gridWorkers: ['g'] }),
    'canSeeRollCall, closed': (a) => incidentPolicy.canSeeRollCall(a, closedOfT, { communityId: C, gridWorkers: ['g'] }),
    "canKeepRecord, in g's grid": (a) => incidentPolicy.canKeepRecord(a, { communityId: C, gridWorkers: ['g'] }),
    'canKeepRecord, in no grid': (a) => incidentPolicy.canKeepRecord(a, { communityId: C, gridWorkers: [] }),
  };
  for (const [rule, allowed] of Object.entries(EXPECTED)) {
    it(`${rule}: ${allowed.join(', ') || 'nobody'}`, () => {
      const got = (Object.keys(viewers) as Viewer[]).filter((v) => ask[rule]!(viewers[v]));
      expect(got).toEqual(allowed);
    });
  }

  it('an empty area is declared by nobody', () => {
    expect(incidentPolicy.canDeclare(viewers.township, 't', [])).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { Access, type MembershipFact, type ResidencyFact } from '../core/access.js';
import { Visibility } from './issue.entity.js';
import { escalationRefusal, issuePolicy, levelHolding, type IssueFacts, type RecordedFacts } from './issue.policy.js';
import { OrganizationKind, RegionLevel } from '../communities/index.js';

// The reporter rule (who sees who raised an issue) and the claim rule of 网格员代登记, as pure
// functions: the resolvers, the event actor and the claim mutation all call these.
const C = 'c0000000-0000-4000-8000-000000000000';
const OTHER = 'c1111111-1111-4111-8111-111111111111';
const PM = 'pm-org';
const seat = (kind: string, organizationId: string, communityId: string | null = C): MembershipFact => ({
  membershipId: 'm',
  organizationId,
  role: 'MEMBER',
  kind,
  level: 'COMMUNITY',
  communityId,
  covers: null,
});
const home = (verified: boolean, unitId: string | null, communityId = C): ResidencyFact => ({ residencyId: 'r', communityId, unitId, kind: 'OWNER', verified });
const as = (userId: string, memberships: MembershipFact[] = [], residencies: ResidencyFact[] = [], admin = false) => new Access(userId, admin, memberships, residencies);

const issue = (over: Partial<IssueFacts> = {}): IssueFacts => ({
  communityId: C,
  visibility: Visibility.PUBLIC,
  reporterId: 'reporter',
  assigneeId: PM,
  deskId: null,
  involvedOrgIds: ['rc-org', PM],
  reporterNamed: false,
  ...over,
});

describe('issuePolicy.canSeeReporter', () => {
  const neighbour = as('neighbour', [], [home(true, 'u2')]);
  const pmStaff = as('pm', [seat('PROPERTY_MANAGER', PM)]);
  const desk = as('desk', [seat('RESIDENTS_COMMITTEE', 'rc-org')]);
  const ownersCommittee = as('oc', [seat('OWNERS_COMMITTEE', 'oc-org')]);

  it('the reporter, the parties involved, the desks and admins see who raised it; other residents and uninvolved organizations do not', () => {
    expect(issuePolicy.canSeeReporter(as('reporter', [], [home(true, 'u1')]), issue())).toBe(true);
    expect(issuePolicy.canSeeReporter(pmStaff, issue())).toBe(true);
    expect(issuePolicy.canSeeReporter(desk, issue())).toBe(true);
    expect(issuePolicy.canSeeReporter(as('admin', [], [], true), issue())).toBe(true);
    expect(issuePolicy.canSeeReporter(neighbour, issue())).toBe(false);
    expect(issuePolicy.canSeeReporter(ownersCommittee, issue())).toBe(false);
    // Readable (PUBLIC) is not enough: reading the issue and seeing its reporter are two rules.
    expect(issuePolicy.canRead(neighbour, issue())).toBe(true);
  });

  it('a reporter who chose to show their name is seen by everyone who may read it', () => {
    expect(issuePolicy.canSeeReporter(neighbour, issue({ reporterNamed: true }))).toBe(true);
    expect(issuePolicy.canSeeReporter(ownersCommittee, issue({ reporterNamed: true }))).toBe(true);
  });

  it('the contact number of a recorded resident is for the parties only, even when the name is shown', () => {
    expect(issuePolicy.canSeeContact(pmStaff, issue({ reporterNamed: true }))).toBe(true);
    expect(issuePolicy.canSeeContact(neighbour, issue({ reporterNamed: true }))).toBe(false);
  });
});

describe('issuePolicy.canClaim', () => {
  const PHONE = '13912345678';
  const recorded = (over: Partial<RecordedFacts> = {}): RecordedFacts => ({ communityId: C, recordedPhone: PHONE, recordedUnitId: 'u4', claimed: false, ...over });
  const elder = (residencies: ResidencyFact[]) => as('elder', [], residencies);

  it('the person signed up with the phone recorded, verified at the recorded flat, claims it once', () => {
    expect(issuePolicy.canClaim(elder([home(true, 'u4')]), PHONE, recorded())).toBe(true);
    expect(issuePolicy.canClaim(elder([home(true, 'u4')]), PHONE, recorded({ claimed: true }))).toBe(false);
  });

  it('not before verification, not at another flat, not in another community, not with another phone', () => {
    expect(issuePolicy.canClaim(elder([home(false, 'u4')]), PHONE, recorded())).toBe(false);
    expect(issuePolicy.canClaim(elder([home(true, 'u3')]), PHONE, recorded())).toBe(false);
    expect(issuePolicy.canClaim(elder([home(true, 'u4', OTHER)]), PHONE, recorded())).toBe(false);
    expect(issuePolicy.canClaim(elder([home(true, 'u4')]), '13900000000', recorded())).toBe(false);
    expect(issuePolicy.canClaim(elder([home(true, 'u4')]), PHONE, recorded({ recordedPhone: null }))).toBe(false);
  });

  it('without a recorded flat, a verified residency anywhere in the community is enough', () => {
    expect(issuePolicy.canClaim(elder([home(true, 'u1')]), PHONE, recorded({ recordedUnitId: null }))).toBe(true);
  });
});

describe('escalationRefusal: up the Region tree', () => {
  const org = (id: string, kind: OrganizationKind, level: RegionLevel) => ({ id, kind, level });
  const T = org('t', OrganizationKind.GOVERNANCE_CENTER, RegionLevel.TOWNSHIP);
  const K = org('k', OrganizationKind.GOVERNANCE_CENTER, RegionLevel.COUNTY);
  const D = org('d', OrganizationKind.DEPARTMENT, RegionLevel.COUNTY);
  const Y = org('y', OrganizationKind.GOVERNANCE_CENTER, RegionLevel.CITY);
  const OWN = org('pm', OrganizationKind.PROPERTY_MANAGER, RegionLevel.COMMUNITY);
  const allowed = (held: RegionLevel, assignee: string | null = null) => [T, K, D, Y, OWN].filter((o) => escalationRefusal(o, assignee, held) === null).map((o) => o.id);

  it('takes only centers and departments above the level that has it; nothing once the city has it', () => {
    expect(allowed(RegionLevel.COMMUNITY)).toEqual(['t', 'k', 'd', 'y']);
    expect(allowed(RegionLevel.TOWNSHIP)).toEqual(['k', 'd', 'y']);
    expect(allowed(RegionLevel.COUNTY)).toEqual(['y']);
    expect(allowed(RegionLevel.CITY)).toEqual([]);
    expect(escalationRefusal(Y, null, RegionLevel.CITY)).toMatch(/city/);
    expect(escalationRefusal(OWN, null, RegionLevel.COMMUNITY)).toMatch(/center/);
    expect(escalationRefusal(T, 't', RegionLevel.COMMUNITY)).toBe('already has it');
  });

  it('the level that has it is the higher of its desk and its assignee', () => {
    expect(levelHolding()).toBe(RegionLevel.COMMUNITY);
    expect(levelHolding(null, OWN)).toBe(RegionLevel.COMMUNITY);
    expect(levelHolding(T, OWN)).toBe(RegionLevel.TOWNSHIP);
    expect(levelHolding(OWN, D)).toBe(RegionLevel.COUNTY);
    expect(levelHolding(K, T)).toBe(RegionLevel.COUNTY);
  });
});

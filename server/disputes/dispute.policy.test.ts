import { describe, expect, it } from 'vitest';
import { Access, type MembershipFact } from '../core/access.js';
import { RegionLevel as L } from '../communities/index.js';
import { disputePolicy } from './dispute.policy.js';

// The privacy rule and who acts, over plain facts. Community C; T, Y are centers above it
// (township, county) whose areas cover C; X a center of another township.
const C = 'c1';
const seat = (organizationId: string, kind: string, level: string, communityId: string | null, role = 'MEMBER', covers: string[] = []): MembershipFact => ({
  membershipId: `m-${organizationId}`,
  organizationId,
  role,
  kind,
  level,
  communityId,
  covers,
});
const as = (userId: string, memberships: MembershipFact[] = [], verifiedIn: string[] = [], admin = false) =>
  new Access(userId, admin, memberships, verifiedIn.map((communityId, i) => ({ residencyId: `r${i}`, communityId, unitId: null, kind: 'OWNER', verified: true })));
const dispute = (handlingLevel: L = L.COMMUNITY) => ({ communityId: C, handlingLevel, partyUserIds: ['applicant', 'respondent'], inviteeUserIds: ['lawyer'] });

const viewers = {
  applicant: as('applicant', [], [C]),
  respondent: as('respondent', [], [C]),
  bystander: as('bystander', [], [C]),
  mediator: as('mediator', [seat('mc', 'MEDIATION_COMMITTEE', 'COMMUNITY', C)]),
  center: as('center', [seat('gc', 'GOVERNANCE_CENTER', 'COMMUNITY', C)]),
  township: as('township', [seat('t', 'GOVERNANCE_CENTER', 'TOWNSHIP', null, 'STAFF', [C])]),
  county: as('county', [seat('y', 'GOVERNANCE_CENTER', 'COUNTY', null, 'STAFF', [C])]),
  otherTownship: as('other', [seat('x', 'GOVERNANCE_CENTER', 'TOWNSHIP', null, 'STAFF', ['c2'])]),
  townshipDepartment: as('dept', [seat('d', 'DEPARTMENT', 'TOWNSHIP', null, 'STAFF', [C])]),
  // Invited to a session of this dispute (a lawyer of a law firm): sees it, nothing more.
  lawyer: as('lawyer', [seat('lf', 'DEPARTMENT', 'COUNTY', null, 'STAFF', [])]),
  otherLawyer: as('lawyer2', [seat('lf', 'DEPARTMENT', 'COUNTY', null, 'STAFF', [])]),
  gridWorker: as('grid', [seat('rc', 'RESIDENTS_COMMITTEE', 'COMMUNITY', C, 'GRID_WORKER')]),
  rcMember: as('rc', [seat('rc', 'RESIDENTS_COMMITTEE', 'COMMUNITY', C)]),
  otherMediator: as('om', [seat('mc2', 'MEDIATION_COMMITTEE', 'COMMUNITY', 'c2')]),
  admin: as('admin', [], [], true),
  anonymous: Access.anonymous,
};
type Name = keyof typeof viewers;
const who = (rule: (a: Access) => boolean) => (Object.keys(viewers) as Name[]).filter((n) => rule(viewers[n]));

describe('disputePolicy.canSee: never public', () => {
  it('the parties, the mediation committee, the community center and the centers above; nobody else', () => {
    expect(who((a) => disputePolicy.canSee(a, dispute()))).toEqual(['applicant', 'respondent', 'mediator', 'center', 'township', 'county', 'lawyer', 'admin']);
  });

  it('an invitee sees the dispute they were invited to, and no other', () => {
    const other = { ...dispute(), inviteeUserIds: [] };
    expect(who((a) => disputePolicy.canSee(a, other))).not.toContain('lawyer');
    expect(disputePolicy.canSeePartyDetails(viewers.lawyer, { communityId: C })).toBe(false);
    expect(disputePolicy.canHandle(viewers.lawyer, dispute())).toBe(false);
  });

  it('does not change with the handling level (escalation never hides it from those who had it)', () => {
    for (const level of Object.values(L)) expect(who((a) => disputePolicy.canSee(a, dispute(level)))).toEqual(who((a) => disputePolicy.canSee(a, dispute())));
  });

  it("the parties' personal details: the handlers only, not the parties", () => {
    expect(who((a) => disputePolicy.canSeePartyDetails(a, { communityId: C }))).toEqual(['mediator', 'center', 'township', 'county', 'admin']);
  });
});

describe('who acts', () => {
  it('applies: verified residents of the community; registers: its mediators and grid workers', () => {
    expect(who((a) => disputePolicy.canApply(a, C))).toEqual(['applicant', 'respondent', 'bystander']);
    expect(who((a) => disputePolicy.canRegister(a, C))).toEqual(['mediator', 'gridWorker']);
  });

  it('handles: the mediation committee at COMMUNITY, the center of exactly the handling level above', () => {
    expect(who((a) => disputePolicy.canHandle(a, dispute(L.COMMUNITY)))).toEqual(['mediator']);
    expect(who((a) => disputePolicy.canHandle(a, dispute(L.TOWNSHIP)))).toEqual(['township']);
    expect(who((a) => disputePolicy.canHandle(a, dispute(L.COUNTY)))).toEqual(['county']);
    expect(who((a) => disputePolicy.canHandle(a, dispute(L.CITY)))).toEqual([]);
  });

  it('the agreement: drafted and confirmations recorded by those who handle it; confirmed in the app by a party only', () => {
    for (const level of Object.values(L)) {
      expect(who((a) => disputePolicy.canDraftAgreement(a, dispute(level)))).toEqual(who((a) => disputePolicy.canHandle(a, dispute(level))));
      expect(who((a) => disputePolicy.canRecordConfirmation(a, dispute(level)))).toEqual(who((a) => disputePolicy.canHandle(a, dispute(level))));
      expect(who((a) => disputePolicy.canConfirmAgreement(a, dispute(level)))).toEqual(['applicant', 'respondent']);
    }
  });

  it('screening: recorded by mediators and grid workers; seen by them and every handler', () => {
    expect(who((a) => disputePolicy.canScreen(a, C))).toEqual(['mediator', 'gridWorker']);
    expect(who((a) => disputePolicy.canSeeScreening(a, C))).toEqual(['mediator', 'center', 'township', 'county', 'gridWorker', 'admin']);
    expect(who((a) => disputePolicy.canSeeScreening(a, 'c2'))).toEqual(['otherTownship', 'otherMediator', 'admin']);
  });

  it('the mediation days: admins, the centers above (its administrators) and its residents\' committee, not its grid workers', () => {
    expect(who((a) => disputePolicy.canConfigure(a, C))).toEqual(['township', 'county', 'rcMember', 'admin']);
  });

  it('records a session: exactly those who handle it', () => {
    for (const level of Object.values(L)) expect(who((a) => disputePolicy.canRecordSession(a, dispute(level)))).toEqual(who((a) => disputePolicy.canHandle(a, dispute(level))));
  });
});

import { describe, expect, it } from 'vitest';
import { Access, type MembershipFact, type ResidencyFact } from '../core/access.js';
import { CommunityAbility as A, communityAbilities, OrganizationAbility as O, organizationAbilities, type OrganizationFacts } from './community.abilities.js';
import { OrganizationKind as K } from './organization.entity.js';

// Pure: which policy answers which ability, for a community of the usual seven organizations.
// The API test (tests/integration/community-abilities.test.ts) proves each one against its mutation.
const C = 'c0000000-0000-4000-8000-000000000000';
const ORGS: OrganizationFacts[] = [
  { id: 'party', kind: K.PARTY_COMMITTEE, communityId: C },
  { id: 'rc', kind: K.RESIDENTS_COMMITTEE, communityId: C },
  { id: 'center', kind: K.GOVERNANCE_CENTER, communityId: C },
  { id: 'pm', kind: K.PROPERTY_MANAGER, communityId: C },
  { id: 'oc', kind: K.OWNERS_COMMITTEE, communityId: C },
  { id: 'sc', kind: K.SUPERVISORY_COMMITTEE, communityId: C },
  { id: 'station', kind: K.PARTY_STATION, communityId: C },
];
const kindOf = (id: string) => ORGS.find((o) => o.id === id)!.kind;
const seat = (organizationId: string, role = 'MEMBER'): MembershipFact => ({ membershipId: 'm', organizationId, role, kind: kindOf(organizationId), level: 'COMMUNITY', communityId: C, covers: null });
const home = (verified: boolean): ResidencyFact => ({ residencyId: 'r', communityId: C, unitId: null, kind: 'OWNER', verified });
const as = (memberships: MembershipFact[] = [], residencies: ResidencyFact[] = [], admin = false) => new Access('u', admin, memberships, residencies);
const none = { registeredVolunteer: false };

describe('communityAbilities', () => {
  it('nothing for the signed-out and for an outsider; an unverified resident starts nothing either', () => {
    expect(communityAbilities(Access.anonymous, C, ORGS, none)).toEqual([]);
    expect(communityAbilities(as(), C, ORGS, none)).toEqual([]);
    expect(communityAbilities(as([], [home(false)]), C, ORGS, none)).toEqual([]);
  });

  it('a verified resident raises issues, asks for mediation and legal help, and registers as a volunteer, until registered', () => {
    expect(communityAbilities(as([], [home(true)]), C, ORGS, none)).toEqual([A.SUBMIT_ISSUE, A.REGISTER_VOLUNTEER, A.APPLY_FOR_MEDIATION, A.BOOK_OFFICE_HOURS, A.ASK_LEGAL_QUESTION, A.PROPOSE]);
    expect(communityAbilities(as([], [home(true)]), C, ORGS, { registeredVolunteer: true })).toEqual([A.SUBMIT_ISSUE, A.APPLY_FOR_MEDIATION, A.BOOK_OFFICE_HOURS, A.ASK_LEGAL_QUESTION, A.PROPOSE]);
  });

  it("a grid worker of the residents' committee records for residents, dispatches, convenes, drafts, verifies and schedules lectures", () => {
    expect(communityAbilities(as([seat('rc', 'GRID_WORKER')]), C, ORGS, none)).toEqual([
      A.SUBMIT_ISSUE,
      A.RECORD_ISSUE_FOR_RESIDENT,
      A.DISPATCH_ISSUES,
      A.SCHEDULE_MEETING,
      A.DRAFT_COVENANT,
      A.VERIFY_RESIDENTS,
      A.REGISTER_DISPUTE,
      A.SCHEDULE_LECTURE,
    ]);
  });

  it('the governance center, its own and one above covering the community, sees the dispute desk; a grid worker registers only', () => {
    expect(communityAbilities(as([seat('center', 'STAFF')]), C, ORGS, none)).toContain(A.SEE_DISPUTE_DESK);
    const above: MembershipFact = { membershipId: 'm', organizationId: 'township', role: 'STAFF', kind: K.GOVERNANCE_CENTER, level: 'TOWNSHIP', communityId: null, covers: [C] };
    expect(communityAbilities(as([above]), C, ORGS, none)).toContain(A.SEE_DISPUTE_DESK);
    expect(communityAbilities(as([{ ...above, covers: ['elsewhere'] }]), C, ORGS, none)).not.toContain(A.SEE_DISPUTE_DESK);
    expect(communityAbilities(as([seat('rc', 'GRID_WORKER')]), C, ORGS, none)).not.toContain(A.SEE_DISPUTE_DESK);
  });

  it('a station coordinator posts tasks; a plain station member does not, nor convenes', () => {
    expect(communityAbilities(as([seat('station', 'COORDINATOR')]), C, ORGS, none)).toEqual([A.SUBMIT_ISSUE, A.POST_VOLUNTEER_TASK]);
    expect(communityAbilities(as([seat('station')]), C, ORGS, none)).toEqual([A.SUBMIT_ISSUE]);
  });

  it('the community ability follows its organizations: no station, no task to post, even for an admin', () => {
    const admin = as([], [], true);
    expect(communityAbilities(admin, C, ORGS, none)).toContain(A.POST_VOLUNTEER_TASK);
    expect(communityAbilities(admin, C, ORGS.filter((o) => o.kind !== K.PARTY_STATION), none)).not.toContain(A.POST_VOLUNTEER_TASK);
  });
});

describe('organizationAbilities', () => {
  it('a chair manages the seats of their own organization only', () => {
    const chair = as([seat('oc', 'CHAIR')]);
    expect(organizationAbilities(chair, ORGS[4]!, none)).toEqual([O.MANAGE_MEMBERS, O.SCHEDULE_MEETING]);
    expect(organizationAbilities(chair, ORGS[1]!, none)).toEqual([]);
  });

  it('a property manager and a station convene nothing, whoever the viewer', () => {
    const admin = as([], [], true);
    expect(organizationAbilities(admin, ORGS[3]!, none)).not.toContain(O.SCHEDULE_MEETING);
    expect(organizationAbilities(admin, ORGS[6]!, none)).toEqual([O.MANAGE_MEMBERS, O.POST_VOLUNTEER_TASK]);
  });

  it('registering is offered at a station of a community, not at a station above communities', () => {
    const resident = as([], [home(true)]);
    expect(organizationAbilities(resident, ORGS[6]!, none)).toEqual([O.REGISTER_VOLUNTEER]);
    expect(organizationAbilities(resident, { id: 'x', kind: K.PARTY_STATION, communityId: null }, none)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { Access, type MembershipFact } from '../core/access.js';
import { LegalSeatRole } from './legal.entity.js';
import { consultationPolicy, lecturePolicy, officeHoursPolicy, questionPolicy, seatPolicy, type ViewerSeats } from './legal.policy.js';
import { QuestionVisibility } from './legal.entity.js';

// Who may do what in public legal services, over plain facts. Community C; T a township center
// whose area covers it (its administrators); L the legal adviser of C, P its police officer.
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
const as = (userId: string | null, memberships: MembershipFact[] = [], residencies: { c: string; verified: boolean }[] = [], admin = false) =>
  new Access(userId, admin, memberships, residencies.map((r, i) => ({ residencyId: `r${i}`, communityId: r.c, unitId: null, kind: 'OWNER', verified: r.verified })));
const seats = (...s: [string, LegalSeatRole][]): ViewerSeats => ({ seats: s.map(([communityId, role]) => ({ communityId, role })) });
const NONE = seats();

const viewers: Record<string, [Access, ViewerSeats]> = {
  anonymous: [Access.anonymous, NONE],
  lawyer: [as('lawyer'), seats([C, LegalSeatRole.LEGAL_ADVISER])],
  otherLawyer: [as('other'), seats(['c2', LegalSeatRole.LEGAL_ADVISER])],
  officer: [as('officer'), seats([C, LegalSeatRole.POLICE_OFFICER])],
  resident: [as('resident', [], [{ c: C, verified: true }]), NONE],
  bystander: [as('bystander', [], [{ c: C, verified: true }]), NONE],
  unverified: [as('unverified', [], [{ c: C, verified: false }]), NONE],
  rcMember: [as('rc', [seat('rc', 'RESIDENTS_COMMITTEE', 'COMMUNITY', C)]), NONE],
  township: [as('township', [seat('t', 'GOVERNANCE_CENTER', 'TOWNSHIP', null, 'STAFF', [C])]), NONE],
  admin: [as('admin', [], [], true), NONE],
  outsider: [as('outsider'), NONE],
};

const matrix = (rule: (a: Access, s: ViewerSeats) => boolean) => Object.entries(viewers).filter(([, [a, s]]) => rule(a, s)).map(([name]) => name);

describe('seats', () => {
  it('the directory: whoever belongs to the community, and its administrators', () => {
    expect(matrix((a) => seatPolicy.canSeeDirectory(a, C))).toEqual(['resident', 'bystander', 'rcMember', 'township', 'admin']);
  });
  it('appointing and vacating: the community\'s administrators', () => {
    expect(matrix((a) => seatPolicy.canAppoint(a, C))).toEqual(['township', 'admin']);
    expect(matrix((a) => seatPolicy.canVacate(a, { communityId: C, userId: 'lawyer' }))).toEqual(['township', 'admin']);
  });
  it('updating: the holder and the administrators; one seat is seen by its holder too', () => {
    expect(matrix((a) => seatPolicy.canUpdate(a, { communityId: C, userId: 'lawyer' }))).toEqual(['lawyer', 'township', 'admin']);
    expect(matrix((a) => seatPolicy.canSee(a, { communityId: C, userId: 'officer' }))).toEqual(['officer', 'resident', 'bystander', 'rcMember', 'township', 'admin']);
  });
});

describe('office hours', () => {
  it('publishing: the community\'s legal adviser only (not its police officer, not another community\'s lawyer, not admins)', () => {
    expect(matrix((a, s) => officeHoursPolicy.canPublish(a, s, C))).toEqual(['lawyer']);
  });
  it('seeing the slots: the directory\'s readers and the legal adviser', () => {
    expect(matrix((a, s) => officeHoursPolicy.canSeeSlots(a, s, C))).toEqual(['lawyer', 'resident', 'bystander', 'rcMember', 'township', 'admin']);
  });
  it('booking: a verified resident, not the lawyer who sits (even if a resident)', () => {
    expect(matrix((a) => officeHoursPolicy.canBook(a, { communityId: C, lawyerId: 'lawyer' }))).toEqual(['resident', 'bystander']);
    expect(officeHoursPolicy.canBook(as('lawyer', [], [{ c: C, verified: true }]), { communityId: C, lawyerId: 'lawyer' })).toBe(false);
  });
});

describe('a consultation', () => {
  const f = { communityId: C, residentId: 'resident', lawyerId: 'lawyer' };
  it('is seen by its resident and its lawyer only: not a bystander, not the officials, not admins', () => {
    expect(matrix((a) => consultationPolicy.canSee(a, f))).toEqual(['lawyer', 'resident']);
  });
  it('each step by its side', () => {
    expect(matrix((a) => consultationPolicy.canCancel(a, f))).toEqual(['lawyer', 'resident']);
    expect(matrix((a) => consultationPolicy.canRecordNote(a, f))).toEqual(['lawyer']);
    expect(matrix((a) => consultationPolicy.canProposeReferral(a, f))).toEqual(['lawyer']);
    expect(matrix((a) => consultationPolicy.canConsent(a, f))).toEqual(['resident']);
  });
});

describe('questions', () => {
  const pub = { communityId: C, askerId: 'resident', visibility: QuestionVisibility.PUBLIC };
  const priv = { ...pub, visibility: QuestionVisibility.PRIVATE };
  it('asking: verified residents', () => {
    expect(matrix((a) => questionPolicy.canAsk(a, C))).toEqual(['resident', 'bystander']);
  });
  it('a public question: the directory\'s readers and the lawyer; a private one: the asker and the lawyer only', () => {
    expect(matrix((a, s) => questionPolicy.canSee(a, s, pub))).toEqual(['lawyer', 'resident', 'bystander', 'rcMember', 'township', 'admin']);
    expect(matrix((a, s) => questionPolicy.canSee(a, s, priv))).toEqual(['lawyer', 'resident']);
    expect(matrix((a, s) => questionPolicy.canSeeAsker(a, s, pub))).toEqual(['lawyer', 'resident']);
  });
  it('answering: the community\'s legal adviser; withdrawing: the asker', () => {
    expect(matrix((a, s) => questionPolicy.canAnswer(a, s, pub))).toEqual(['lawyer']);
    expect(matrix((a) => questionPolicy.canWithdraw(a, pub))).toEqual(['resident']);
  });
});

describe('lectures', () => {
  const rc = { id: 'rc', kind: 'RESIDENTS_COMMITTEE', communityId: C };
  it('scheduling: members of an organizing organization of the community, for it', () => {
    expect(matrix((a) => lecturePolicy.canSchedule(a, rc))).toEqual(['rcMember']);
    expect(matrix((a) => lecturePolicy.canScheduleIn(a, C))).toEqual(['rcMember']);
    const pm = as('pm', [seat('pm', 'PROPERTY_MANAGER', 'COMMUNITY', C)]);
    expect(lecturePolicy.canSchedule(pm, { id: 'pm', kind: 'PROPERTY_MANAGER', communityId: C })).toBe(false);
  });
  it('seeing and the figures: the directory\'s readers; registering: verified residents; organizing: the organization\'s members', () => {
    expect(matrix((a) => lecturePolicy.canSee(a, C))).toEqual(['resident', 'bystander', 'rcMember', 'township', 'admin']);
    expect(matrix((a) => lecturePolicy.canRegister(a, C))).toEqual(['resident', 'bystander']);
    expect(matrix((a) => lecturePolicy.canOrganize(a, { organizerId: 'rc' }))).toEqual(['rcMember']);
  });
});

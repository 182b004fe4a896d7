import { describe, expect, it } from 'vitest';
import { Access, type MembershipFact, type ResidencyFact } from '../core/access.js';
import { MeetingKind, MeetingStatus } from './meeting.entity.js';
import { matterPolicy, meetingPolicy, type MeetingFacts } from './meeting.policy.js';

// The meeting and matter rules for a matrix of viewers of community C (issue 10, part 5: a unit
// test per policy). Each row lists, in order, the viewers of VIEWERS; expectations by hand.
const C = 'c0000000-0000-4000-8000-000000000000';
const OTHER = 'c1111111-1111-4111-8111-111111111111';
const seat = (organizationId: string, kind: string, communityId = C): MembershipFact => ({
  membershipId: `m-${organizationId}`,
  organizationId,
  role: 'MEMBER',
  kind,
  level: 'COMMUNITY',
  communityId,
});
const home = (kind: string, verified: boolean, communityId = C): ResidencyFact => ({ residencyId: 'r', communityId, unitId: 'u', kind, verified });
const person = (id: string, memberships: MembershipFact[] = [], residencies: ResidencyFact[] = [], admin = false) => new Access(id, admin, memberships, residencies);

const VIEWERS = {
  anonymous: Access.anonymous,
  outsider: person('outsider'),
  unverifiedOwner: person('unverified', [], [home('OWNER', false)]),
  tenant: person('tenant', [], [home('TENANT', true)]),
  owner: person('owner', [], [home('OWNER', true)]),
  rc: person('rc', [seat('rc', 'RESIDENTS_COMMITTEE')]),
  pm: person('pm', [seat('pm', 'PROPERTY_MANAGEMENT')]),
  party: person('party', [seat('party', 'PARTY_COMMITTEE')]),
  supervisory: person('sup', [seat('sup', 'SUPERVISORY_COMMITTEE')]),
  ownerElsewhere: person('elsewhere', [seat('party-o', 'PARTY_COMMITTEE', OTHER)], [home('OWNER', true, OTHER)]),
  admin: person('admin', [], [], true),
};
const each = <T>(f: (a: Access) => T) => Object.values(VIEWERS).map(f);

/** A joint meeting convened by the residents' committee with property management taking part. */
const joint: MeetingFacts = { communityId: C, kind: MeetingKind.JOINT, status: MeetingStatus.SCHEDULED, convenerId: 'rc', participantIds: ['pm'], involved: false };
const F = false;
const T = true;

describe('meetingPolicy', () => {
  it('lets the convening organization’s members schedule', () => {
    expect(each((a) => meetingPolicy.canSchedule(a, 'rc'))).toEqual([F, F, F, F, F, T, F, F, F, F, T]);
  });

  it('shows a meeting to its parties, and an announced council or published minutes to the community', () => {
    expect(each((a) => meetingPolicy.canSee(a, joint))).toEqual([F, F, F, F, F, T, T, F, F, F, T]);
    const community = [F, F, F, T, T, T, T, T, T, F, T];
    expect(each((a) => meetingPolicy.canSee(a, { ...joint, kind: MeetingKind.REPRESENTATIVES }))).toEqual(community);
    expect(each((a) => meetingPolicy.canSee(a, { ...joint, kind: MeetingKind.OWNERS_ASSEMBLY, convenerId: 'oc', participantIds: [] }))).toEqual(community);
    expect(each((a) => meetingPolicy.canSee(a, { ...joint, status: MeetingStatus.PUBLISHED }))).toEqual(community);
    // A seat on the roll or an action item of one's organization: whoever the viewer is.
    expect(meetingPolicy.canSee(VIEWERS.outsider, { ...joint, involved: true })).toBe(true);
    expect(meetingPolicy.canSee(VIEWERS.tenant, { ...joint, status: MeetingStatus.CANCELLED })).toBe(false);
  });

  it('leaves running it to the convener', () => {
    expect(each((a) => meetingPolicy.canRun(a, joint))).toEqual([F, F, F, F, F, T, F, F, F, F, T]);
  });

  it('lets the parties edit the notes, and only the convener amend them once published', () => {
    expect(each((a) => meetingPolicy.canEditNotes(a, joint))).toEqual([F, F, F, F, F, T, T, F, F, F, T]);
    expect(each((a) => meetingPolicy.canEditNotes(a, { ...joint, status: MeetingStatus.PUBLISHED }))).toEqual([F, F, F, F, F, T, F, F, F, F, T]);
  });

  it('lets verified owners of the community seat themselves at an owners’ assembly only', () => {
    const assembly = { ...joint, kind: MeetingKind.OWNERS_ASSEMBLY, convenerId: 'oc', participantIds: [] };
    expect(each((a) => meetingPolicy.canSelfSeat(a, assembly))).toEqual([F, F, F, F, T, F, F, F, F, F, F]);
    expect(each((a) => meetingPolicy.canSelfSeat(a, joint))).toEqual([F, F, F, F, F, F, F, F, F, F, F]);
  });

  it('lets the assignee’s members and the convener close an action item', () => {
    expect(each((a) => meetingPolicy.canUpdateActionItem(a, joint, 'pm'))).toEqual([F, F, F, F, F, T, T, F, F, F, T]);
    expect(each((a) => meetingPolicy.canUpdateActionItem(a, joint, 'sup'))).toEqual([F, F, F, F, F, T, F, F, T, F, T]);
  });
});

describe('matterPolicy', () => {
  it('shows matters to whoever belongs to the community', () => {
    expect(each((a) => matterPolicy.canSee(a, C))).toEqual([F, F, F, T, T, T, T, T, T, F, T]);
  });

  it('gives proposing and steering to the party organization, supervising to the supervisory committee', () => {
    expect(each((a) => matterPolicy.canPropose(a, C))).toEqual([F, F, F, F, F, F, F, T, F, F, T]);
    expect(each((a) => matterPolicy.canSteer(a, C))).toEqual([F, F, F, F, F, F, F, T, F, F, T]);
    expect(each((a) => matterPolicy.canSupervise(a, C))).toEqual([F, F, F, F, F, F, F, F, T, F, T]);
  });
});

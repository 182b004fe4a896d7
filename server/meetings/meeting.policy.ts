import type { Access } from '../core/access.js';
import { OrganizationKind } from '../communities/index.js';
import { MeetingKind, MeetingStatus } from './meeting.entity.js';

/** What the meeting rules look at: loaded once, judged by pure functions. */
export interface MeetingFacts {
  communityId: string;
  kind: MeetingKind;
  status: MeetingStatus;
  convenerId: string;
  participantIds: readonly string[];
  /**
   * Whether the viewer has a stake in it: holds or owns a seat on its roll, or belongs to an
   * organization one of its action items is assigned to (who must see what they are to do and why).
   */
  involved: boolean;
}

/** Which organizations convene which kind of meeting. */
export const CONVENERS: Record<MeetingKind, OrganizationKind[]> = {
  [MeetingKind.JOINT]: [OrganizationKind.PARTY_COMMITTEE, OrganizationKind.RESIDENTS_COMMITTEE],
  [MeetingKind.DELIBERATION]: [OrganizationKind.PARTY_COMMITTEE, OrganizationKind.RESIDENTS_COMMITTEE],
  [MeetingKind.REPRESENTATIVES]: [OrganizationKind.RESIDENTS_COMMITTEE, OrganizationKind.PARTY_COMMITTEE],
  [MeetingKind.OWNERS_ASSEMBLY]: [OrganizationKind.OWNERS_COMMITTEE],
  [MeetingKind.SUPERVISION]: [OrganizationKind.SUPERVISORY_COMMITTEE],
};

/** Councils announced to the whole community: residents follow them (and owners vote at an assembly). */
export const ANNOUNCED_KINDS: readonly MeetingKind[] = [MeetingKind.REPRESENTATIVES, MeetingKind.OWNERS_ASSEMBLY];

const isConvener = (a: Access, m: MeetingFacts) => a.isAdmin || a.isMemberOf(m.convenerId);
const isParty = (a: Access, m: MeetingFacts) => isConvener(a, m) || a.isMemberOfAny(m.participantIds);

export const isVerifiedOwnerOf = (a: Access, communityId: string) =>
  a.residencies.some((r) => r.communityId === communityId && r.verified && r.kind === 'OWNER');

/** Who may do what with a meeting. Pure functions over (viewer, meeting). */
export const meetingPolicy = {
  /** Members of the convening organization schedule its meetings. */
  canSchedule: (a: Access, convenerId: string) => a.isAdmin || a.isMemberOf(convenerId),
  /**
   * The parties and the roll see a meeting; announced councils are seen by the whole community,
   * and every meeting once its minutes are published (公示).
   */
  canSee: (a: Access, m: MeetingFacts) =>
    isParty(a, m) || m.involved || ((ANNOUNCED_KINDS.includes(m.kind) || m.status === MeetingStatus.PUBLISHED) && a.belongsTo(m.communityId)),
  /** The convener runs it: start, adjourn, cancel, agenda, motions, votes, tellers, action items, publication. */
  canRun: isConvener,
  /**
   * The roll of a vote: its heads, their flats and electors, and whether and how each took part
   * (online, paper, proxy). Never what anyone chose: ballots are secret on every path (the tally
   * counts them; `resolution.ballotCast` has no actor; `viewerBallot` is the viewer's own head's).
   * The convener, who runs the vote and records paper and proxy ballots, sees it.
   */
  canSeeRoll: isConvener,
  /** Conveners and participants' members edit the notes (amendments after publication: the convener). */
  canEditNotes: (a: Access, m: MeetingFacts) => (m.status === MeetingStatus.PUBLISHED ? isConvener(a, m) : isParty(a, m)),
  /** Owners check themselves in at an owners' assembly even when not invited. */
  canSelfSeat: (a: Access, m: MeetingFacts) => m.kind === MeetingKind.OWNERS_ASSEMBLY && isVerifiedOwnerOf(a, m.communityId),
  /** The assignee's members and the convener close an action item. */
  canUpdateActionItem: (a: Access, m: MeetingFacts, assigneeId: string) => isConvener(a, m) || a.isMemberOf(assigneeId),
};

/** 四会治事: the party organization proposes and steers; the supervisory committee supervises. */
export const matterPolicy = {
  canSee: (a: Access, communityId: string) => a.isAdmin || a.belongsTo(communityId),
  canPropose: (a: Access, communityId: string) => a.isAdmin || a.hasKindIn(communityId, OrganizationKind.PARTY_COMMITTEE),
  canSteer: (a: Access, communityId: string) => a.isAdmin || a.hasKindIn(communityId, OrganizationKind.PARTY_COMMITTEE),
  canSupervise: (a: Access, communityId: string) => a.isAdmin || a.hasKindIn(communityId, OrganizationKind.SUPERVISORY_COMMITTEE),
};

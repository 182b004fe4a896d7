import type { Access } from '../core/access.js';
import { toGlobalId } from '../core/ids.js';
import { type User, UserType } from '../accounts/index.js';
import { MemberRole, OrganizationKind, RegionLevel } from '../communities/index.js';
import { isAbove } from '../regions/index.js';
import { Visibility } from './issue.entity.js';

/** What the policy needs of an issue: plain ids, so it is pure and cheap to test. */
export interface IssueFacts {
  communityId: string;
  visibility: Visibility;
  reporterId: string;
  assigneeId: string | null;
  deskId: string | null;
  involvedOrgIds: readonly string[];
  /** The reporter chose to show their name to every reader. */
  reporterNamed: boolean;
}

/** What claiming a recorded issue (网格员代登记) depends on. */
export interface RecordedFacts {
  communityId: string;
  recordedPhone: string | null;
  recordedUnitId: string | null;
  claimed: boolean;
}

/** The dispatch desks of a community: its governance center and its residents' committee. */
const DESK_KINDS = [OrganizationKind.GOVERNANCE_CENTER, OrganizationKind.RESIDENTS_COMMITTEE];
/** Who may press a late issue (督办): the desks, the party committee, the supervisory committee. */
const URGER_KINDS = [...DESK_KINDS, OrganizationKind.PARTY_COMMITTEE, OrganizationKind.SUPERVISORY_COMMITTEE];

function isDesk(a: Access, i: IssueFacts): boolean {
  return a.hasKindIn(i.communityId, ...DESK_KINDS) || (i.deskId !== null && a.isMemberOf(i.deskId));
}

function isAssignee(a: Access, i: IssueFacts): boolean {
  return i.assigneeId !== null && a.isMemberOf(i.assigneeId);
}

/** A member of an organization that has had a hand in it, or of a desk. */
function isParty(a: Access, i: IssueFacts): boolean {
  return isDesk(a, i) || a.isMemberOfAny(i.involvedOrgIds);
}

export const issuePolicy = {
  /** PUBLIC: everyone who belongs to the community; PARTIES: the reporter and the parties involved. */
  canRead: (a: Access, i: IssueFacts) =>
    a.isAdmin || a.is(i.reporterId) || isParty(a, i) || (i.visibility === Visibility.PUBLIC && a.belongsTo(i.communityId)),
  /** Verified residents and members of the community's organizations raise issues. */
  canSubmit: (a: Access, communityId: string) => a.belongsTo(communityId),
  /** 网格员代点单: grid workers of the community submit for a resident. */
  canSubmitOnBehalf: (a: Access, communityId: string) => a.hasRoleIn(communityId, MemberRole.GRID_WORKER),
  canDispatch: (a: Access, i: IssueFacts) => isDesk(a, i),
  /**
   * 工单: the community's issues may be dispatched or escalated to one of the viewer's
   * organizations (one of its own, or one above whose area takes it in), whose members accept,
   * return and resolve them: the work list (`Community.viewerCanWorkIssues`).
   */
  canWork: (a: Access, communityId: string) => a.organizationsIn(communityId).length > 0 || a.seatsAbove(communityId).length > 0,
  canAccept: (a: Access, i: IssueFacts) => isAssignee(a, i),
  canReturn: (a: Access, i: IssueFacts) => isAssignee(a, i),
  canResolve: (a: Access, i: IssueFacts) => isAssignee(a, i),
  canRate: (a: Access, i: IssueFacts) => a.userId === i.reporterId,
  canEscalate: (a: Access, i: IssueFacts) => isDesk(a, i) || isAssignee(a, i),
  canUrge: (a: Access, i: IssueFacts) => a.hasKindIn(i.communityId, ...URGER_KINDS) || (i.deskId !== null && a.isMemberOf(i.deskId)),
  canWithdraw: (a: Access, i: IssueFacts) => a.userId === i.reporterId,
  canMarkDuplicate: (a: Access, i: IssueFacts) => isDesk(a, i),
  /** Internal notes: written and read by the parties only. */
  canCommentInternally: (a: Access, i: IssueFacts) => isParty(a, i),
  canSeeInternal: (a: Access, i: IssueFacts) => a.isAdmin || isParty(a, i),
  /**
   * Who raised it: the reporter and the parties, and every reader when the reporter chose to show
   * their name. One rule for the issue's `reporter`, its recorded resident and the actor of the
   * reporter's own events in the timeline and the live streams.
   */
  canSeeReporter: (a: Access, i: IssueFacts) => i.reporterNamed || a.is(i.reporterId) || issuePolicy.canSeeInternal(a, i),
  /**
   * The recorded resident's contact number: the parties handling it (and admins), never other
   * residents.
   */
  canSeeContact: (a: Access, i: IssueFacts) => issuePolicy.canSeeInternal(a, i),
  /**
   * 认领: the resident a grid worker recorded an issue for makes it theirs once they have signed up
   * with the phone recorded and the residents' committee verified them in its community (at the
   * recorded flat, when one was recorded).
   */
  canClaim: (a: Access, viewerPhone: string, r: RecordedFacts) =>
    !r.claimed &&
    r.recordedPhone !== null &&
    r.recordedPhone === viewerPhone &&
    a.residencies.some((x) => x.verified && x.communityId === r.communityId && (r.recordedUnitId === null || x.unitId === r.recordedUnitId)),
};

/** What the target rules read of an organization that serves the issue's community (`servesCommunity`). */
export interface TargetFacts {
  id: string;
  kind: OrganizationKind;
  level: RegionLevel;
}

/**
 * 上报: why the organization cannot take the issue escalated (what BAD_INPUT says of
 * `organizationId`), or null. An issue goes up the Region tree (server/regions): to a township,
 * county or city center, or a department, standing above the level that has it now (`heldAt`:
 * the highest of its desk's and its assignee's levels; COMMUNITY while its own community has it),
 * never sideways or down; once the city has it, nothing is above. Which organizations stand on
 * the community's path at all is `servesCommunity`'s (communities/region.ts). `escalateIssue` and
 * `Issue.escalationTargets` ask it.
 */
export function escalationRefusal(org: TargetFacts, assigneeId: string | null, heldAt: RegionLevel): string | null {
  const higherCenter = org.kind === OrganizationKind.GOVERNANCE_CENTER && org.level !== RegionLevel.COMMUNITY;
  if (!higherCenter && org.kind !== OrganizationKind.DEPARTMENT) return 'must be a township, county or city center, or a department';
  if (assigneeId === org.id) return 'already has it';
  if (heldAt === RegionLevel.CITY) return 'the city has it: nothing is above the city';
  if (!isAbove(org.level, heldAt)) return `must stand above the ${heldAt} level that has it`;
  return null;
}

/** The level that has an issue now: the highest of its desk's and its assignee's (COMMUNITY for none). */
export function levelHolding(...holders: (Pick<TargetFacts, 'level'> | null | undefined)[]): RegionLevel {
  return holders.reduce<RegionLevel>((top, o) => (o && isAbove(o.level, top) ? o.level : top), RegionLevel.COMMUNITY);
}

/**
 * 派单: the organizations offered to dispatch to (`Issue.dispatchTargets`): the parties that act on
 * an issue, not the governance centers, which hand issues on (a center above takes one by
 * escalation). `dispatchIssue` itself takes any organization that serves the community.
 */
export const offeredForDispatch = (org: TargetFacts) => org.kind !== OrganizationKind.GOVERNANCE_CENTER;

/** The name a hidden reporter is shown by: the wording of the client's timeline (`residency.issue.reporter`). */
export const HIDDEN_REPORTER_NAME = '反映人';

/**
 * A person as the viewer may see them in an issue (`IssueComment.author`): the real user, unless
 * they are the issue's reporter and `issuePolicy.canSeeReporter` hides them, then a stand-in named
 * 反映人 with no memberships, residencies or volunteer. Its id (`HiddenReporter:<issue>`) is stable
 * per issue, names no user and resolves to nothing through `node(id:)`.
 */
export function personAsSeen(a: Access, i: IssueFacts, issueId: string, person: User): UserType {
  if (person.id !== i.reporterId || issuePolicy.canSeeReporter(a, i)) return UserType.from(person);
  return UserType.redactedAs(toGlobalId('HiddenReporter', issueId), HIDDEN_REPORTER_NAME);
}

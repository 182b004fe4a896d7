import type { Access } from '../core/access.js';
import { adminPolicy, MemberRole, OrganizationKind, RegionLevel } from '../communities/index.js';

/** What the dispute rules look at: plain ids, so they are pure and cheap to test. */
export interface DisputeFacts {
  communityId: string;
  handlingLevel: RegionLevel;
  /** The parties who are users (by account). */
  partyUserIds: readonly string[];
  /** Those invited to one of its mediation sessions from another organization (by account). */
  inviteeUserIds: readonly string[];
}

// Only inside functions: this file is imported by communities' abilities, which the communities
// module loads before its own enums are initialized.
const rank = (level: string) => [RegionLevel.COMMUNITY, RegionLevel.TOWNSHIP, RegionLevel.COUNTY, RegionLevel.CITY].indexOf(level as RegionLevel);

/** A member of the community's people's mediation committee (人民调解委员会). */
const isMediator = (a: Access, communityId: string) => a.hasKindIn(communityId, OrganizationKind.MEDIATION_COMMITTEE);

/** A member of the community's governance center, or of one above that serves the community. */
const isCenter = (a: Access, communityId: string) =>
  a.hasKindIn(communityId, OrganizationKind.GOVERNANCE_CENTER) || a.seatsAbove(communityId, OrganizationKind.GOVERNANCE_CENTER).length > 0;

/**
 * Those who handle a dispute (and see the parties' personal details): the community's mediation
 * committee, its governance center and the governance centers above that serve the community
 * (township, county, city), whatever level handles it now: escalation never takes it out of sight
 * of those who had it, so an event they were shown never points at a dispute they may not read.
 */
const isHandler = (a: Access, d: { communityId: string }) => a.isAdmin || isMediator(a, d.communityId) || isCenter(a, d.communityId);

/** Who may do what with disputes (矛盾纠纷). Pure functions over (actor, dispute). */
export const disputePolicy = {
  /**
   * THE privacy rule: a dispute is never public. Its parties (by account), those invited to one of
   * its sessions (a lawyer, a psychologist: that dispute only) and its handlers see it; nobody
   * else, by any path: `node(id)`, `disputes` (disputes.queries.ts), `Issue.dispute` and the event
   * audience (disputes.service.ts's `audienceOf` names exactly these) all ask this.
   */
  canSee: (a: Access, d: DisputeFacts) =>
    a.signedIn && ((a.userId !== null && (d.partyUserIds.includes(a.userId) || d.inviteeUserIds.includes(a.userId))) || isHandler(a, d)),
  /** Personal details of parties (an outsider's name and phone, a user's phone): handlers only. */
  canSeePartyDetails: (a: Access, d: { communityId: string }) => isHandler(a, d),
  /** 来访 / online application: a verified resident of the community, as the applicant. */
  canApply: (a: Access, communityId: string) => a.isVerifiedResidentOf(communityId),
  /** 排查登记 (and converting an issue): the community's mediators and its grid workers. */
  canRegister: (a: Access, communityId: string) =>
    isMediator(a, communityId) || a.organizationsIn(communityId).some((m) => (m.role as MemberRole) === MemberRole.GRID_WORKER),
  /**
   * The steps of mediation (accept, decline, mediate, outcome, referral, follow-up, escalation):
   * those at the handling level — the community's mediation committee at COMMUNITY, the governance
   * center above of exactly that level (serving the community) once escalated.
   */
  canHandle: (a: Access, d: { communityId: string; handlingLevel: RegionLevel }) =>
    rank(d.handlingLevel) === rank(RegionLevel.COMMUNITY)
      ? isMediator(a, d.communityId)
      : a.seatsAbove(d.communityId, OrganizationKind.GOVERNANCE_CENTER).some((m) => rank(m.level) === rank(d.handlingLevel)),
  /**
   * 调解会 (`recordMediationSession`): those at the handling level, who mediate. The mediators
   * present are members of the organization at that level; the invitees are seen to by the service.
   */
  canRecordSession: (a: Access, d: { communityId: string; handlingLevel: RegionLevel }) => disputePolicy.canHandle(a, d),
  /**
   * 安排调解会 / 取消调解会 (`scheduleMediationSession`, `cancelMediationSession`): planning a session
   * ahead and calling it off, those at the handling level, as they record it.
   */
  canScheduleSession: (a: Access, d: { communityId: string; handlingLevel: RegionLevel }) => disputePolicy.canHandle(a, d),
  /** 人民调解协议书: drafting and revising it (until a party confirms), those who mediate at its handling level. */
  canDraftAgreement: (a: Access, d: { communityId: string; handlingLevel: RegionLevel }) => disputePolicy.canHandle(a, d),
  /** Confirming the agreement in the app: a party, by their own account (for themself only). */
  canConfirmAgreement: (a: Access, d: DisputeFacts) => a.userId !== null && d.partyUserIds.includes(a.userId),
  /**
   * 同意调解 / 拒绝调解 / 要求终止调解 (人民调解法 第17、23条): a party, by their own account, for
   * themself. Mediation is voluntary: nobody answers for a party in the app but the party, or a
   * mediator who heard them (`canRecordResponse`).
   */
  canRespond: (a: Access, d: DisputeFacts) => a.userId !== null && d.partyUserIds.includes(a.userId),
  /** Recording a party's consent or refusal given in person (an outsider's always so): those who mediate at its handling level. */
  canRecordResponse: (a: Access, d: { communityId: string; handlingLevel: RegionLevel }) => disputePolicy.canHandle(a, d),
  /** Recording a party's confirmation on paper (签名、盖章或者按指印) or by word of mouth: those who mediate at its handling level. */
  canRecordConfirmation: (a: Access, d: { communityId: string; handlingLevel: RegionLevel }) => disputePolicy.canHandle(a, d),
  /** 排查: recording a screening round over the community's buildings — who registers what they find (its mediators and grid workers). */
  canScreen: (a: Access, communityId: string) => disputePolicy.canRegister(a, communityId),
  /**
   * Screening rounds and the coverage per building and month: those who screen (mediators, grid
   * workers) and those who handle the community's disputes (its centers and those above, admins).
   * The rounds' events go to exactly these (`screeningAudience`).
   */
  canSeeScreening: (a: Access, communityId: string) => isHandler(a, { communityId }) || disputePolicy.canRegister(a, communityId),
  /**
   * The community's dispute settings (`setMediationDays`): platform admins, its administrators
   * (the governance centers above it: `adminPolicy.canAdminister`) and its residents' committee
   * (its chair and members, not its grid workers).
   */
  canConfigure: (a: Access, communityId: string) =>
    adminPolicy.canAdminister(a, { id: communityId }) ||
    a.organizationsIn(communityId).some((m) => m.kind === (OrganizationKind.RESIDENTS_COMMITTEE as string) && m.role !== (MemberRole.GRID_WORKER as string)),
  /** The overdue list of a community: whoever handles its disputes. */
  canSeeOverdue: (a: Access, communityId: string) => isHandler(a, { communityId }),
};

import type { Access } from '../core/access.js';
import { adminPolicy, OrganizationKind } from '../communities/index.js';
import { matterPolicy } from '../meetings/index.js';

/** What the rules read of a proposal: plain ids. */
export interface ProposalFacts {
  communityId: string;
  proposerId: string;
}

/**
 * Who may see and do what with proposals (说事议事室). Pure functions over `Access` and the facts.
 * The list's SQL, the event audience (public to the community) and `viewerActions` agree with it.
 */
export const proposalPolicy = {
  /** A community's proposals, their threads and supporters' number: whoever belongs to it (verified residents, members of its organizations), and admins. */
  canSee: (a: Access, communityId: string) => a.isAdmin || a.belongsTo(communityId),
  /** 我要提议 (`createProposal`): a verified resident of the community. Unverified residents, outsiders and officials as such may not. */
  canPropose: (a: Access, communityId: string) => a.isVerifiedResidentOf(communityId),
  /** 联名 (`supportProposal`): a verified resident of the community, not the proposer (whose proposal it is: their support is not counted). */
  canSupport: (a: Access, p: ProposalFacts) => a.isVerifiedResidentOf(p.communityId) && !a.is(p.proposerId),
  /** 撤回 (`withdrawProposal`): the proposer. */
  canWithdraw: (a: Access, p: ProposalFacts) => a.is(p.proposerId),
  /** The thread (`commentOnProposal`): whoever belongs to the community. */
  canComment: (a: Access, p: ProposalFacts) => a.belongsTo(p.communityId),
  /** 关注 (`followProposal`): whoever may see it. */
  canFollow: (a: Access, p: ProposalFacts) => proposalPolicy.canSee(a, p.communityId),
  /**
   * 议事: accepting it as a matter, or declining it: whoever puts matters forward in the community
   * (the meetings module's rule: its party organization, and admins).
   */
  canDecide: (a: Access, communityId: string) => a.signedIn && matterPolicy.canPropose(a, communityId),
  /** The threshold: the community's party organization and its administrators. */
  canConfigure: (a: Access, communityId: string) => a.signedIn && (a.hasKindIn(communityId, OrganizationKind.PARTY_COMMITTEE) || adminPolicy.canAdminister(a, { id: communityId })),
};

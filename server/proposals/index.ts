// The proposals module's public surface (说事议事室, 民事民议): what server/app and other modules
// may use. Anything not exported here is the module's own. GraphQL types others may name come first.
export { ProposalType, ProposalCommentType, ProposalThresholdType } from './proposal.types.js';
export { Proposal, ProposalComment, ProposalFollow, ProposalSettings, ProposalStatus, ProposalSupport, ProposalThresholdMode } from './proposal.entity.js';
export { ProposalAction } from './proposal.actions.js';
/** Who may see and do what with proposals (communities' abilities ask `canPropose`). */
export { proposalPolicy, type ProposalFacts } from './proposal.policy.js';
export { DEFAULT_THRESHOLD, supportersNeeded } from './proposal.state.js';
export { CommunityProposalResolver, MatterProposalResolver, ProposalCommentResolver, ProposalResolver, proposalNodes, visibleProposal } from './proposals.resolver.js';
/** The steps, for demo data and scripts. */
export * as proposals from './proposals.service.js';

import { Proposal, ProposalComment, ProposalFollow, ProposalSettings, ProposalSupport } from './proposal.entity.js';
import { CommunityProposalResolver, MatterProposalResolver, ProposalCommentResolver, ProposalResolver } from './proposals.resolver.js';

// Functions, as the other barrels' lists: the body reads nothing while an import cycle is still loading.
/** The module's entities, for the ORM's one list (server/app/entities.ts). */
export function proposalEntities() {
  return [Proposal, ProposalSupport, ProposalFollow, ProposalComment, ProposalSettings] as const;
}
/** The module's resolvers, for the schema (server/app/schema.ts); `Community.proposalThreshold` and `Matter.proposal` included. */
export function proposalResolvers() {
  return [ProposalResolver, ProposalCommentResolver, CommunityProposalResolver, MatterProposalResolver] as const;
}

import { registerEnumType } from 'type-graphql';

/** What the viewer may do with a proposal now (`Proposal.viewerActions`): the policy and the machine together. */
export enum ProposalAction {
  SUPPORT = 'SUPPORT',
  WITHDRAW = 'WITHDRAW',
  ACCEPT = 'ACCEPT',
  DECLINE = 'DECLINE',
  COMMENT = 'COMMENT',
  FOLLOW = 'FOLLOW',
  UNFOLLOW = 'UNFOLLOW',
}
registerEnumType(ProposalAction, {
  name: 'ProposalAction',
  description: 'A step on a proposal, as offered by `Proposal.viewerActions`: offer exactly these.',
  valuesConfig: {
    SUPPORT: { description: '联名 (`supportProposal`): a verified resident of its community, not the proposer, once, while it is OPEN.' },
    WITHDRAW: { description: '撤回 (`withdrawProposal`): the proposer, while it is OPEN.' },
    ACCEPT: { description: '立项 (`acceptProposal`): the party organization, once it is SUBMITTED; a matter is created in DELIBERATION (议事), linked both ways.' },
    DECLINE: { description: '不予立项 (`declineProposal`, with a public reason): the party organization, once it is SUBMITTED.' },
    COMMENT: { description: '回复 (`commentOnProposal`): whoever belongs to its community, unless it was WITHDRAWN.' },
    FOLLOW: { description: '关注 (`followProposal`): whoever sees it and does not follow it yet.' },
    UNFOLLOW: { description: '取消关注 (`unfollowProposal`): a follower.' },
  },
});

// The English messages of the proposals module (see proposals.zh-CN.ts).
const proposalsEn = {
  nav: {
    proposals: 'Proposals',
  },
  enums: {
    ProposalStatus: {
      OPEN: 'Collecting support',
      SUBMITTED: 'For deliberation',
      ACCEPTED: 'Accepted',
      DECLINED: 'Declined',
      WITHDRAWN: 'Withdrawn',
    },
  },
  events: {
    proposal: {
      created: '{actor} proposed {title}',
      supported: '{actor} supported the proposal {title}',
      submitted: 'The proposal {title} has enough supporters and goes to the party organization',
      accepted: '{actor} accepted the proposal {title} as a matter',
      declined: '{actor} declined the proposal {title}',
      withdrawn: '{actor} withdrew the proposal {title}',
      commented: '{actor} replied to the proposal {title}',
      thresholdChanged: "{actor} changed the proposals' threshold",
    },
  },
  proposals: {
    live: 'Live',
    offline: 'Offline',
    total: '{n} in all',
    noCommunity: 'Choose a community first',
    notFound: 'No such proposal, or you may not see it',
    list: {
      title: 'Proposals',
      intro: 'Residents propose and neighbours support; with {n} supporters a proposal goes to the party organization, and once accepted it goes through the four councils.',
      introDefault: 'Residents propose and neighbours support; at the threshold a proposal goes to the party organization, and once accepted it goes through the four councils.',
      empty: 'No proposals yet',
      propose: 'Propose',
      tabs: {
        all: 'All',
        agenda: 'For deliberation',
        mine: 'Mine',
      },
      supporters: '{count}/{needed} supporters',
    },
    form: {
      newTitle: 'Propose a matter',
      title: 'Title',
      titleRequired: 'Give it a title',
      body: 'The proposal',
      bodyRequired: 'Say what you propose and why',
      submit: 'Propose',
      reason: 'Why it is declined (public)',
      reasonRequired: 'Give a reason: every resident reads it',
      comment: 'Reply',
      commentRequired: 'Write something first',
      send: 'Reply',
    },
    page: {
      proposer: 'Proposed by',
      createdAt: 'Proposed',
      supporters: 'Supporters',
      supportersOf: '{count} of {needed}',
      submittedAt: 'Sent for deliberation',
      decidedBy: 'Decided by',
      matter: 'Accepted as the matter',
      declineReason: 'Why it was declined',
      thread: 'Discussion',
      noComments: 'No replies yet',
      mine: ' (yours)',
      supported: 'You support it',
    },
    actions: {
      SUPPORT: 'Support',
      WITHDRAW: 'Withdraw',
      ACCEPT: 'Accept as a matter',
      DECLINE: 'Decline',
      FOLLOW: 'Follow',
      UNFOLLOW: 'Unfollow',
    },
    toast: {
      created: 'Proposed: ask your neighbours to support it',
      done: 'Done',
      commented: 'Replied',
    },
  },
};

export default proposalsEn;

import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { NodeInterface } from '../core/node.js';
import { toGlobalId } from '../core/ids.js';
import { connectionTypes } from '../core/pagination.js';
import { Proposal, ProposalComment, ProposalStatus, ProposalThresholdMode } from './proposal.entity.js';

registerEnumType(ProposalStatus, {
  name: 'ProposalStatus',
  description: 'Where a proposal (说事议事室) stands.',
  valuesConfig: {
    OPEN: { description: '征集联名: collecting supporters.' },
    SUBMITTED: { description: '待议事: it reached its community\'s threshold; on the party organization\'s 议事 list.' },
    ACCEPTED: { description: '已立项: accepted as a matter (see `Proposal.matter`), which goes through the four councils.' },
    DECLINED: { description: '不予立项: declined with a public reason (`Proposal.declineReason`).' },
    WITHDRAWN: { description: '已撤回: withdrawn by the proposer while collecting supporters.' },
  },
});
registerEnumType(ProposalThresholdMode, {
  name: 'ProposalThresholdMode',
  description: "How a community's threshold for proposals is set.",
  valuesConfig: {
    COUNT: { description: 'A number of supporters (10 unless set).' },
    PERCENT: { description: "A percentage of the community's households (its flats), rounded up." },
  },
});

@ObjectType('Proposal', {
  implements: NodeInterface,
  description: "民事民议: a verified resident's proposal of a matter for their community; public to whoever belongs to it.",
})
export class ProposalType extends NodeInterface {
  @Field({ description: 'Title.' })
  title!: string;

  @Field({ description: 'What is proposed and why.' })
  body!: string;

  @Field(() => ProposalStatus, { description: 'Where it stands.' })
  status!: ProposalStatus;

  @Field(() => Int, { description: 'Supporters (联名), the proposer not among them.' })
  supportCount!: number;

  @Field(() => Int, { description: 'Followers of its thread.' })
  followerCount!: number;

  @Field(() => GraphQLDateTime, { description: 'When it was proposed.' })
  createdAt!: Date;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it reached its threshold and went to the 议事 list.' })
  submittedAt!: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was accepted or declined.' })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was declined (public).' })
  declineReason!: string | null;

  entity!: Proposal;

  static from(this: void, p: Proposal): ProposalType {
    return Object.assign(new ProposalType(), {
      id: toGlobalId('Proposal', p.id),
      title: p.title,
      body: p.body,
      status: p.status,
      supportCount: p.supportCount,
      followerCount: p.followerCount,
      createdAt: p.createdAt,
      submittedAt: p.submittedAt ?? null,
      decidedAt: p.decidedAt ?? null,
      declineReason: p.declineReason ?? null,
      entity: p,
    });
  }
}

export const { ConnectionType: ProposalConnection } = connectionTypes('Proposal', ProposalType, { totalCount: true });
export type ProposalConnection = InstanceType<typeof ProposalConnection>;

@ObjectType('ProposalComment', { implements: NodeInterface, description: "A comment in a proposal's thread." })
export class ProposalCommentType extends NodeInterface {
  @Field({ description: 'The text.' })
  body!: string;

  @Field(() => GraphQLDateTime, { description: 'When.' })
  createdAt!: Date;

  entity!: ProposalComment;

  static from(this: void, c: ProposalComment): ProposalCommentType {
    return Object.assign(new ProposalCommentType(), { id: toGlobalId('ProposalComment', c.id), body: c.body, createdAt: c.createdAt, entity: c });
  }
}

export const { ConnectionType: ProposalCommentConnection } = connectionTypes('ProposalComment', ProposalCommentType, { totalCount: true });
export type ProposalCommentConnection = InstanceType<typeof ProposalCommentConnection>;

@ObjectType('ProposalThreshold', { description: "A community's threshold for proposals, and what it comes to now." })
export class ProposalThresholdType {
  @Field(() => ProposalThresholdMode, { description: 'COUNT or PERCENT.' })
  mode!: ProposalThresholdMode;

  @Field(() => Int, { description: 'Supporters (COUNT) or percent of households (PERCENT).' })
  value!: number;

  @Field(() => Int, { description: "The community's households (flats recorded)." })
  households!: number;

  @Field(() => Int, { description: 'Supporters a proposal needs now to go to the 议事 list (the proposer not counted).' })
  supportersNeeded!: number;
}

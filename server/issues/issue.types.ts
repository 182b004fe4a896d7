import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { NodeInterface } from '../core/node.js';
import { toGlobalId } from '../core/ids.js';
import { connectionTypes } from '../core/pagination.js';
import { UnitType } from '../communities/index.js';
import { isAcceptOverdue, isOverdue as isOverdueNow, isResolveOverdue } from './issue.sla.js';
import { Issue, IssueCategory, IssueComment, IssuePriority, IssueStatus, Visibility } from './issue.entity.js';

registerEnumType(IssueStatus, {
  name: 'IssueStatus',
  description: 'Where an issue stands in the closed loop 点单 → 派单 → 接单 → 办结 → 评单.',
  valuesConfig: {
    SUBMITTED: { description: '点单: raised, waiting for the dispatch desk.' },
    DISPATCHED: { description: '派单: sent to an organization, waiting for it to accept.' },
    ACCEPTED: { description: '接单: the assignee is handling it.' },
    RETURNED: { description: '退单: the assignee sent it back with a reason; back at the desk.' },
    RESOLVED: { description: '办结: handled; waiting for the reporter\'s rating.' },
    REOPENED: { description: 'Rated 3 or less (or reopened by the desk): to be dispatched again.' },
    CLOSED: { description: '评单: rated 4 or 5; done.' },
    WITHDRAWN: { description: '撤回: withdrawn by the reporter before acceptance.' },
    DUPLICATE: { description: '重复: the same as another issue.' },
  },
});
registerEnumType(IssueCategory, {
  name: 'IssueCategory',
  description: 'What an issue is about.',
  valuesConfig: {
    ENVIRONMENT: { description: '环境卫生.' },
    FACILITY: { description: '设施设备 (lifts, lights, pipes).' },
    PARKING: { description: '停车.' },
    SAFETY: { description: '安全隐患.' },
    NEIGHBOR_DISPUTE: { description: '邻里纠纷.' },
    PROPERTY_SERVICE: { description: '物业服务.' },
    ELDERLY_CARE: { description: '养老服务.' },
    OTHER: { description: '其他.' },
  },
});
registerEnumType(IssuePriority, {
  name: 'IssuePriority',
  description: 'How fast it must be handled; sets the default deadlines.',
  valuesConfig: {
    URGENT: { description: '2 h to accept, 24 h to resolve.' },
    HIGH: { description: '24 h to accept, 3 days to resolve.' },
    NORMAL: { description: '24 h to accept, 7 days to resolve.' },
    LOW: { description: '3 days to accept, 15 days to resolve.' },
  },
});
registerEnumType(Visibility, {
  name: 'Visibility',
  description: 'Who may see an issue.',
  valuesConfig: {
    PUBLIC: { description: 'Every resident of the community.' },
    PARTIES: { description: 'Only members of the organizations involved.' },
  },
});

/** What the viewer may do with an issue now: the policy and the state machine together. */
export enum IssueAction {
  DISPATCH = 'DISPATCH',
  ACCEPT = 'ACCEPT',
  RETURN = 'RETURN',
  RESOLVE = 'RESOLVE',
  RATE = 'RATE',
  ESCALATE = 'ESCALATE',
  URGE = 'URGE',
  WITHDRAW = 'WITHDRAW',
  MARK_DUPLICATE = 'MARK_DUPLICATE',
  COMMENT = 'COMMENT',
  COMMENT_INTERNALLY = 'COMMENT_INTERNALLY',
  SUPPORT = 'SUPPORT',
}
registerEnumType(IssueAction, {
  name: 'IssueAction',
  description: 'A step on an issue, as offered to the viewer by `Issue.viewerActions`.',
  valuesConfig: {
    DISPATCH: { description: '派单.' },
    ACCEPT: { description: '接单.' },
    RETURN: { description: '退单.' },
    RESOLVE: { description: '办结.' },
    RATE: { description: '评单.' },
    ESCALATE: { description: '上报.' },
    URGE: { description: '督办.' },
    WITHDRAW: { description: '撤回.' },
    MARK_DUPLICATE: { description: '重复.' },
    COMMENT: { description: 'A comment in the thread.' },
    COMMENT_INTERNALLY: { description: 'An internal note for the parties.' },
    SUPPORT: { description: '附议.' },
  },
});

@ObjectType('IssueRating', { description: "The reporter's rating of the last resolution." })
export class IssueRatingType {
  @Field(() => Int, { description: '1..5.' })
  score!: number;

  @Field(() => String, { nullable: true, description: 'Why, required for 3 or less.' })
  comment!: string | null;

  @Field(() => GraphQLDateTime, { description: 'When.' })
  ratedAt!: Date;
}

@ObjectType('Issue', { implements: NodeInterface, description: '议题 / 诉求 / 工单: a shared issue in the closed loop.' })
export class IssueType extends NodeInterface {
  @Field({ description: 'Human-readable number, unique in the community.' })
  number!: string;

  @Field({ description: 'Title.' })
  title!: string;

  @Field({ description: 'What is wrong, in the reporter\'s words.' })
  body!: string;

  @Field(() => IssueCategory, { description: 'Category.' })
  category!: IssueCategory;

  @Field(() => IssuePriority, { description: 'Priority.' })
  priority!: IssuePriority;

  @Field(() => Visibility, { description: 'Who may see it.' })
  visibility!: Visibility;

  @Field(() => String, { nullable: true, description: 'Where, in words.' })
  location!: string | null;

  @Field(() => IssueStatus, { description: 'Where it stands.' })
  status!: IssueStatus;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Deadline to accept (SLA from first dispatch).' })
  acceptBy!: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Deadline to resolve (SLA from first dispatch).' })
  resolveBy!: Date | null;

  @Field({ description: 'A deadline has passed unmet.' })
  overdue!: boolean;

  @Field({ description: 'acceptBy has passed and it was never accepted, while it still waits to be (not accepted, resolved, closed, withdrawn or a duplicate): one half of overdue.' })
  acceptOverdue!: boolean;

  @Field({ description: 'resolveBy has passed and it is not resolved, closed, withdrawn or a duplicate: the other half of overdue.' })
  resolveOverdue!: boolean;

  @Field(() => GraphQLDateTime, { description: 'When it was raised.' })
  submittedAt!: Date;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was last dispatched.' })
  dispatchedAt!: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was last accepted.' })
  acceptedAt!: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was last resolved.' })
  resolvedAt!: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was closed.' })
  closedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'How it was resolved.' })
  resolution!: string | null;

  @Field(() => IssueRatingType, { nullable: true, description: 'The rating of the last resolution.' })
  rating!: IssueRatingType | null;

  @Field(() => Int, { description: '附议: how many residents support it.' })
  supportCount!: number;

  @Field(() => Int, { description: 'How many follow its thread.' })
  followerCount!: number;

  @Field(() => Int, { description: 'Optimistic-lock version: changes with every change.' })
  version!: number;

  @Field({ description: "The reporter chose to show their name to everyone who may read it; otherwise only the parties handling it and the reporter see who raised it." })
  reporterNamed!: boolean;

  entity!: Issue;

  static from(this: void, i: Issue, now: Date): IssueType {
    return Object.assign(new IssueType(), {
      id: toGlobalId('Issue', i.id),
      number: i.number,
      title: i.title,
      body: i.body,
      category: i.category,
      priority: i.priority,
      visibility: i.visibility,
      location: i.location ?? null,
      status: i.status,
      acceptBy: i.acceptBy ?? null,
      resolveBy: i.resolveBy ?? null,
      overdue: isOverdueNow(i, now),
      acceptOverdue: isAcceptOverdue(i, now),
      resolveOverdue: isResolveOverdue(i, now),
      submittedAt: i.submittedAt,
      dispatchedAt: i.dispatchedAt ?? null,
      acceptedAt: i.acceptedAt ?? null,
      resolvedAt: i.resolvedAt ?? null,
      closedAt: i.closedAt ?? null,
      resolution: i.resolution ?? null,
      rating: i.ratingScore != null ? { score: i.ratingScore, comment: i.ratingComment ?? null, ratedAt: i.ratedAt! } : null,
      supportCount: i.supportCount,
      followerCount: i.followerCount,
      version: i.version,
      reporterNamed: i.reporterNamed,
      entity: i,
    });
  }
}


@ObjectType('RecordedResident', { description: '网格员代登记: the resident with no account a grid worker recorded an issue for.' })
export class RecordedResidentType {
  @Field({ description: 'Their name.' })
  name!: string;

  @Field(() => UnitType, { nullable: true, description: 'Their flat.' })
  unit!: UnitType | null;

  @Field(() => String, { nullable: true, description: 'A number to reach them: only for the parties handling it; null for anyone else.' })
  contactPhone!: string | null;

  @Field({ description: 'They have signed up with that phone, been verified and made it theirs (they are now its reporter).' })
  claimed!: boolean;

  entity!: Issue;
}

@ObjectType('IssueComment', { implements: NodeInterface, description: 'A comment in an issue\'s thread.' })
export class IssueCommentType extends NodeInterface {
  @Field({ description: 'Text.' })
  body!: string;

  @Field({ description: 'Internal notes are seen only by members of the organizations involved.' })
  internal!: boolean;

  @Field(() => GraphQLDateTime, { description: 'When.' })
  createdAt!: Date;

  entity!: IssueComment;

  static from(this: void, c: IssueComment): IssueCommentType {
    return Object.assign(new IssueCommentType(), { id: toGlobalId('IssueComment', c.id), body: c.body, internal: c.internal, createdAt: c.createdAt, entity: c });
  }
}

export const { ConnectionType: IssueConnection } = connectionTypes('Issue', IssueType, { totalCount: true });
export type IssueConnection = InstanceType<typeof IssueConnection>;
export const { ConnectionType: IssueCommentConnection } = connectionTypes('IssueComment', IssueCommentType, { totalCount: true });
export type IssueCommentConnection = InstanceType<typeof IssueCommentConnection>;

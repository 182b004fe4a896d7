import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { NodeInterface } from '../core/node.js';
import { toGlobalId } from '../core/ids.js';
import { connectionTypes } from '../core/pagination.js';
import { RegionLevel } from '../communities/index.js';
import { Dispute, DisputeCategory, DisputeParty, DisputePartyRole, DisputeReferral, DisputeRiskLevel, DisputeSource, DisputeStatus, PartyConsent } from './dispute.entity.js';
import { isOverdue } from './dispute.state.js';

registerEnumType(DisputeStatus, {
  name: 'DisputeStatus',
  description: 'Where a dispute stands.',
  valuesConfig: {
    REGISTERED: { description: '登记: registered, not yet accepted.' },
    ACCEPTED: { description: '受理: accepted; the mediation deadline runs.' },
    DECLINED: { description: '不予受理: declined, with a reason.' },
    MEDIATING: { description: '调解中: in mediation.' },
    AGREED: { description: '调解成功: the parties agreed; followed up (回访) later.' },
    FAILED: { description: '调解不成: mediation failed; to be referred.' },
    REFERRED: { description: '引导: referred to litigation, arbitration or 信访, with a reason.' },
    FULFILLED: { description: '履行: the follow-up found the agreement kept.' },
    BREACHED: { description: '未履行: the follow-up found the agreement not kept.' },
  },
});
registerEnumType(DisputeCategory, {
  name: 'DisputeCategory',
  description: 'The kind of dispute.',
  valuesConfig: {
    NEIGHBOR: { description: '邻里.' },
    PROPERTY_SERVICE: { description: '物业服务.' },
    MARRIAGE_FAMILY: { description: '婚姻家庭.' },
    LABOR_PAY: { description: '劳动报酬.' },
    LAND_FOREST: { description: '土地山林.' },
    CONSUMER: { description: '消费.' },
    OTHER: { description: '其他.' },
  },
});
registerEnumType(DisputeSource, {
  name: 'DisputeSource',
  description: 'How a dispute came to the committee.',
  valuesConfig: {
    SCREENING: { description: '排查: found by a grid worker or a mediator during screening (`registerDispute`).' },
    VISIT: { description: '来访: a walk-in or online application by a party (`applyForMediation`).' },
    ISSUE: { description: 'From an issue (`convertIssueToDispute`).' },
  },
});
registerEnumType(DisputeRiskLevel, {
  name: 'DisputeRiskLevel',
  description: 'The risk of a dispute.',
  valuesConfig: { GENERAL: { description: '一般.' }, SERIOUS: { description: '较大.' }, MAJOR: { description: '重大.' } },
});
registerEnumType(DisputePartyRole, {
  name: 'DisputePartyRole',
  description: 'A party\'s side.',
  valuesConfig: { APPLICANT: { description: '申请人.' }, RESPONDENT: { description: '被申请人.' } },
});
registerEnumType(PartyConsent, {
  name: 'PartyConsent',
  description: "A party's consent to mediation (人民调解法 第17、23条: mediation is voluntary).",
  valuesConfig: {
    PENDING: { description: '待确认: not yet answered.' },
    CONSENTED: { description: '同意调解: in the app, or recorded by a mediator.' },
    REFUSED: { description: '拒绝调解 before mediation, or 要求终止调解 during it: the dispute was DECLINED or FAILED.' },
  },
});
registerEnumType(DisputeReferral, {
  name: 'DisputeReferral',
  description: 'Where a failed mediation is referred (引导).',
  valuesConfig: { LITIGATION: { description: '诉讼.' }, ARBITRATION: { description: '仲裁.' }, PETITION: { description: '信访.' } },
});

@ObjectType('DisputeParty', { description: "当事人: an applicant or a respondent. Who they are is shown to those who handle the dispute and to the party themself; other parties see only the side." })
export class DisputePartyType {
  @Field(() => ID, { description: 'A stable id of the party within the dispute.' })
  id!: string;

  @Field(() => DisputePartyRole, { description: 'Their side.' })
  role!: DisputePartyRole;

  @Field(() => PartyConsent, { description: 'Whether they consented to mediation (mediation starts once every party did; a refusal ends it).' })
  consent!: PartyConsent;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When they consented or refused.' })
  consentAt?: Date | null;

  entity!: DisputeParty;

  static from(this: void, p: DisputeParty): DisputePartyType {
    return Object.assign(new DisputePartyType(), { id: toGlobalId('DisputeParty', p.id), role: p.role, consent: p.consent, consentAt: p.consentAt ?? null, entity: p });
  }
}

@ObjectType('Dispute', {
  implements: NodeInterface,
  description: '矛盾纠纷: never public. Seen by its parties (by account), the community\'s mediation committee, its governance center and the governance centers above that serve it; by nobody else, by any path.',
})
export class DisputeType extends NodeInterface {
  @Field({ description: '`纠纷-<year>-<seq>`, numbered per community and year.' })
  number!: string;

  @Field({ description: 'Title.' })
  title!: string;

  @Field({ description: 'What happened.' })
  description!: string;

  @Field(() => DisputeCategory, { description: 'The kind of dispute.' })
  category!: DisputeCategory;

  @Field(() => DisputeSource, { description: 'How it came.' })
  source!: DisputeSource;

  @Field(() => DisputeRiskLevel, { description: 'The risk.' })
  riskLevel!: DisputeRiskLevel;

  @Field(() => RegionLevel, { description: 'The level handling it now (escalation moves it up).' })
  handlingLevel!: RegionLevel;

  @Field(() => RegionLevel, { description: 'The level it was registered at (就地化解: settled where registered).' })
  registeredLevel!: RegionLevel;

  @Field(() => DisputeStatus, { description: 'Where it stands.' })
  status!: DisputeStatus;

  @Field(() => GraphQLDateTime, { description: '登记 time.' })
  registeredAt!: Date;

  @Field(() => GraphQLDateTime, { nullable: true, description: '受理 time.' })
  acceptedAt!: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When mediation at the handling level must be done: the community\'s mediation days (30 unless set) after acceptance, restarted by escalation.' })
  mediationDeadline!: Date | null;

  @Field({ description: 'Accepted, not settled, and past its mediation deadline.' })
  overdue!: boolean;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When mediation started.' })
  mediationStartedAt!: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was declined, agreed, failed or referred.' })
  closedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was declined (不予受理).' })
  declineReason!: string | null;

  @Field(() => String, { nullable: true, description: 'What the mediation came to (AGREED or FAILED).' })
  outcomeNote!: string | null;

  @Field(() => DisputeReferral, { nullable: true, description: 'Where it was referred.' })
  referredTo!: DisputeReferral | null;

  @Field(() => String, { nullable: true, description: 'Why it was referred.' })
  referralReason!: string | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: '回访 time.' })
  followedUpAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'What the follow-up found.' })
  followUpNote!: string | null;

  @Field(() => Int, { description: 'How many times it was escalated.' })
  escalationCount!: number;

  @Field(() => String, { nullable: true, description: 'Why it was last escalated.' })
  lastEscalationReason!: string | null;

  entity!: Dispute;

  static from(this: void, d: Dispute, now: Date): DisputeType {
    return Object.assign(new DisputeType(), {
      id: toGlobalId('Dispute', d.id),
      number: d.number,
      title: d.title,
      description: d.description,
      category: d.category,
      source: d.source,
      riskLevel: d.riskLevel,
      handlingLevel: d.handlingLevel,
      registeredLevel: d.registeredLevel,
      status: d.status,
      registeredAt: d.registeredAt,
      acceptedAt: d.acceptedAt ?? null,
      mediationDeadline: d.mediationDeadline ?? null,
      overdue: isOverdue(d, now),
      mediationStartedAt: d.mediationStartedAt ?? null,
      closedAt: d.closedAt ?? null,
      declineReason: d.declineReason ?? null,
      outcomeNote: d.outcomeNote ?? null,
      referredTo: d.referredTo ?? null,
      referralReason: d.referralReason ?? null,
      followedUpAt: d.followedUpAt ?? null,
      followUpNote: d.followUpNote ?? null,
      escalationCount: d.escalationCount,
      lastEscalationReason: d.lastEscalationReason ?? null,
      entity: d,
    });
  }
}

export const { ConnectionType: DisputeConnection } = connectionTypes('Dispute', DisputeType, { totalCount: true });
export type DisputeConnection = InstanceType<typeof DisputeConnection>;

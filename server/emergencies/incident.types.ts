import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { NodeInterface } from '../core/node.js';
import { toGlobalId } from '../core/ids.js';
import type { EmergencyCounts } from './emergencies.figures.js';
import { shareOf } from './incident.state.js';
import { Incident, IncidentAnswer, IncidentKind, IncidentLevel, IncidentStatus, IncidentUpdate, RollCallEntry, RollCallStatus, VulnerableCategory, VulnerableResident } from './incident.entity.js';

registerEnumType(IncidentKind, {
  name: 'IncidentKind',
  description: '突发事件类别.',
  valuesConfig: {
    RAINSTORM: { description: '暴雨内涝' },
    FIRE: { description: '火灾' },
    OUTAGE: { description: '停水停电' },
    GAS_LEAK: { description: '燃气泄漏' },
    PUBLIC_HEALTH: { description: '公共卫生' },
    OTHER: { description: '其他' },
  },
});
registerEnumType(IncidentLevel, {
  name: 'IncidentLevel',
  description: '响应级别, from IV (一般) to I (特别重大).',
  valuesConfig: { IV: { description: 'Ⅳ级 一般' }, III: { description: 'Ⅲ级 较大' }, II: { description: 'Ⅱ级 重大' }, I: { description: 'Ⅰ级 特别重大' } },
});
registerEnumType(IncidentStatus, {
  name: 'IncidentStatus',
  description: 'Where an incident stands: DECLARED → RESPONDING → RECOVERING → CLOSED.',
  valuesConfig: {
    DECLARED: { description: '已发布: everyone in the area alerted.' },
    RESPONDING: { description: '处置中' },
    RECOVERING: { description: '恢复中' },
    CLOSED: { description: '已结束' },
  },
});
registerEnumType(IncidentAnswer, {
  name: 'IncidentAnswer',
  description: "An alerted person's answer.",
  valuesConfig: { SAFE: { description: '我安全' }, NEED_HELP: { description: "需要帮助: an urgent issue at the incident's desk." } },
});
registerEnumType(VulnerableCategory, {
  name: 'VulnerableCategory',
  description: '重点人群.',
  valuesConfig: { ELDERLY_ALONE: { description: '独居老人' }, DISABLED: { description: '残疾人' }, PREGNANT: { description: '孕产妇' }, SERIOUSLY_ILL: { description: '重病患者' } },
});
registerEnumType(RollCallStatus, {
  name: 'RollCallStatus',
  description: 'A vulnerable resident in a roll call.',
  valuesConfig: { UNREACHED: { description: '未联系上' }, SAFE: { description: '已确认安全' }, HELPED: { description: '已帮助' }, MOVED: { description: '已转移' } },
});

@ObjectType('Incident', {
  implements: NodeInterface,
  description: '突发事件: declared by a governance center (its desk) for an area; seen by whoever belongs to a community of the area, and the desk.',
})
export class IncidentType extends NodeInterface {
  @Field(() => IncidentKind, { description: 'What happened.' })
  kind!: IncidentKind;

  @Field(() => IncidentLevel, { description: 'Response level.' })
  level!: IncidentLevel;

  @Field({ description: 'Title.' })
  title!: string;

  @Field({ description: 'What residents are to do now.' })
  instructions!: string;

  @Field(() => IncidentStatus, { description: 'Where it stands.' })
  status!: IncidentStatus;

  @Field(() => Int, { description: 'The number of the latest alert (1 at declaration, one more per update).' })
  alertSeq!: number;

  @Field(() => GraphQLDateTime, { description: 'When it was declared.' })
  declaredAt!: Date;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was closed.' })
  closedAt!: Date | null;

  @Field(() => Boolean, { description: 'Limited to buildings of one community (else whole communities).' })
  byBuildings!: boolean;

  entity!: Incident;

  static from(this: void, i: Incident): IncidentType {
    return Object.assign(new IncidentType(), {
      id: toGlobalId('Incident', i.id),
      kind: i.kind,
      level: i.level,
      title: i.title,
      instructions: i.instructions,
      status: i.status,
      alertSeq: i.alertSeq,
      declaredAt: i.declaredAt,
      closedAt: i.closedAt ?? null,
      byBuildings: i.buildingIds.length > 0,
      entity: i,
    });
  }
}

@ObjectType('IncidentUpdate', { description: "One entry of an incident's timeline." })
export class IncidentUpdateType {
  @Field(() => GraphQLDateTime, { description: 'When.' })
  at!: Date;

  @Field(() => IncidentStatus, { nullable: true, description: 'The status before, when it changed.' })
  statusBefore!: IncidentStatus | null;

  @Field(() => IncidentStatus, { description: 'The status after.' })
  status!: IncidentStatus;

  @Field({ description: 'What the desk said.' })
  note!: string;

  @Field(() => Int, { description: 'The alert it sent.' })
  alertSeq!: number;

  entity!: IncidentUpdate;

  static from(this: void, u: IncidentUpdate): IncidentUpdateType {
    return Object.assign(new IncidentUpdateType(), { at: u.at, statusBefore: u.statusBefore ?? null, status: u.status, note: u.note, alertSeq: u.alertSeq, entity: u });
  }
}

@ObjectType('IncidentAlert', { description: "The viewer's alert of an incident: acknowledged or not, and their answer." })
export class IncidentAlertType {
  @Field({ description: 'The latest alert is acknowledged (已收到).' })
  acknowledged!: boolean;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When they first acknowledged.' })
  firstAckAt!: Date | null;

  @Field(() => IncidentAnswer, { nullable: true, description: 'Their answer.' })
  answer!: IncidentAnswer | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When they answered.' })
  answeredAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'What help they asked for.' })
  note!: string | null;

  issueId!: string | null;
}

@ObjectType('BuildingAckRate', { description: "Acknowledgements of an incident's latest alert, and answers, in one building (the desk's view)." })
export class BuildingAckRateType {
  @Field(() => String, { nullable: true, description: "The building's ID; null: people without a flat in the area (members of the community's organizations)." })
  buildingId!: string | null;

  @Field(() => String, { nullable: true, description: "The building's name." })
  buildingName!: string | null;

  @Field(() => Int, { description: 'People alerted.' })
  alerted!: number;

  @Field(() => Int, { description: 'Who acknowledged the latest alert.' })
  acknowledged!: number;

  @Field(() => Int, { description: '我安全.' })
  safe!: number;

  @Field(() => Int, { description: '需要帮助.' })
  needHelp!: number;
}

@ObjectType('IncidentFigures', { description: "An incident's figures (incident.state.ts defines them)." })
export class IncidentFiguresType {
  @Field(() => Int, { description: 'People alerted.' })
  alerted!: number;

  @Field(() => Int, { description: 'People who acknowledged at least once.' })
  acknowledged!: number;

  @Field(() => Int, { nullable: true, description: 'Seconds from the declaration to 90% acknowledged; null until then.' })
  secondsTo90Acknowledged!: number | null;

  @Field(() => Int, { description: 'Vulnerable residents in the roll call.' })
  vulnerable!: number;

  @Field(() => Float, { nullable: true, description: 'Share (0 to 1) of the roll call reached within 30 minutes of the declaration.' })
  reachedWithin30!: number | null;

  @Field(() => Float, { nullable: true, description: 'Share (0 to 1) reached within 60 minutes.' })
  reachedWithin60!: number | null;

  @Field(() => Int, { description: "Volunteers mobilized: different volunteers holding, working or having done a slot of the incident's tasks." })
  volunteersMobilized!: number;

  @Field(() => Float, { description: 'Verified volunteer hours on those tasks.' })
  volunteerHours!: number;

  @Field(() => Int, { description: '需要帮助: urgent issues its answers opened.' })
  urgentIssuesOpened!: number;

  @Field(() => Int, { description: 'Of those, resolved (RESOLVED, or CLOSED after it).' })
  urgentIssuesResolved!: number;
}

@ObjectType('IncidentSummary', { description: '总结: the after-action summary the desk wrote.' })
export class IncidentSummaryType {
  @Field({ description: 'The text.' })
  text!: string;

  @Field(() => GraphQLDateTime, { description: 'When it was written (last).' })
  at!: Date;
}

@ObjectType('RegionEmergencyFigures', {
  description:
    "应急管理 in a unit of the city view: the incidents declared in the window whose area takes in a community of it, with the incidents' own definitions (incident.state.ts); counts are sums over the unit's communities and rates the ratios of those sums.",
})
export class RegionEmergencyFiguresType {
  @Field(() => Int, { description: 'Incidents declared in the window covering a community of it (one covering two of its communities counts once).' })
  incidents!: number;

  @Field(() => Int, { description: 'People alerted in its communities.' })
  alerted!: number;

  @Field(() => Int, { description: 'Of those, who acknowledged (已收到) at least once.' })
  acknowledged!: number;

  @Field(() => Float, { nullable: true, description: 'acknowledged ÷ alerted; null when nobody was alerted.' })
  acknowledgementRate!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "Seconds from the declaration by which 90% of the people alerted in its communities had acknowledged (their first 已收到), the window's incidents pooled: the ⌈0.9·n⌉-th of every acknowledgement's delay from its own incident's declaration, n the people alerted. For one incident, that incident's `secondsTo90Acknowledged` in these communities. Null when fewer acknowledged, or nobody was alerted.",
  })
  secondsTo90Acknowledged!: number | null;

  @Field(() => Int, { description: 'Vulnerable residents in the roll calls of its communities.' })
  vulnerable!: number;

  @Field(() => Int, { description: 'Of those, reached within 30 minutes of the declaration.' })
  reachedWithin30!: number;

  @Field(() => Float, { nullable: true, description: 'reachedWithin30 ÷ vulnerable; null for no roll call.' })
  reachedWithin30Rate!: number | null;

  @Field(() => Int, { description: 'Of those, reached within 60 minutes of the declaration.' })
  reachedWithin60!: number;

  @Field(() => Float, { nullable: true, description: 'reachedWithin60 ÷ vulnerable; null for no roll call.' })
  reachedWithin60Rate!: number | null;

  @Field(() => Int, { description: "Volunteers mobilized on the incidents' tasks posted to its stations (different volunteers per incident, summed over incidents)." })
  volunteersMobilized!: number;

  static from(this: void, c: EmergencyCounts): RegionEmergencyFiguresType {
    return Object.assign(new RegionEmergencyFiguresType(), c, {
      acknowledgementRate: shareOf(c.acknowledged, c.alerted),
      reachedWithin30Rate: shareOf(c.reachedWithin30, c.vulnerable),
      reachedWithin60Rate: shareOf(c.reachedWithin60, c.vulnerable),
    });
  }
}

@ObjectType('VulnerableResident', { implements: NodeInterface, description: '重点人群: seen only by the residents\' committee (and its grid workers) and the desk of an open incident covering them.' })
export class VulnerableResidentType extends NodeInterface {
  @Field({ description: 'A name to call them by.' })
  name!: string;

  @Field(() => VulnerableCategory, { description: 'Why they need a check.' })
  category!: VulnerableCategory;

  @Field(() => String, { nullable: true, description: 'A phone to reach them.' })
  phone!: string | null;

  @Field(() => String, { nullable: true, description: 'What a helper must know.' })
  note!: string | null;

  @Field(() => GraphQLDateTime, { description: 'When their consent was recorded.' })
  consentAt!: Date;

  entity!: VulnerableResident;

  static from(this: void, v: VulnerableResident): VulnerableResidentType {
    return Object.assign(new VulnerableResidentType(), {
      id: toGlobalId('VulnerableResident', v.id),
      name: v.name,
      category: v.category,
      phone: v.phone ?? null,
      note: v.note ?? null,
      consentAt: v.consentAt,
      entity: v,
    });
  }
}

@ObjectType('RollCallEntry', { implements: NodeInterface, description: 'One vulnerable resident in an incident\'s roll call.' })
export class RollCallEntryType extends NodeInterface {
  @Field(() => RollCallStatus, { description: 'Reached or not.' })
  status!: RollCallStatus;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When they were reached.' })
  reachedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'What the helper noted.' })
  note!: string | null;

  entity!: RollCallEntry;

  static from(this: void, e: RollCallEntry): RollCallEntryType {
    return Object.assign(new RollCallEntryType(), { id: toGlobalId('RollCallEntry', e.id), status: e.status, reachedAt: e.reachedAt ?? null, note: e.note ?? null, entity: e });
  }
}

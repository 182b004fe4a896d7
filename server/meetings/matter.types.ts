import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { NodeInterface } from '../core/node.js';
import { toGlobalId } from '../core/ids.js';
import { connectionTypes } from '../core/pagination.js';
import { Matter, MatterStage, SupervisionRating, SupervisionRecord } from './matter.entity.js';

registerEnumType(MatterStage, {
  name: 'MatterStage',
  description: 'Where a matter stands in the four councils (四会治事).',
  valuesConfig: {
    DELIBERATION: { description: '议事: proposed by the party organization, deliberated.' },
    DECISION: { description: '定事: on the agenda of a residents’ representatives meeting or owners’ assembly.' },
    EXECUTION: { description: '理事: decided by a PASSED resolution; carried out by action items.' },
    SUPERVISION: { description: '监事: its action items are done; the supervisory committee checks.' },
    CLOSED: { description: 'Closed with a supervision record.' },
    REJECTED: { description: 'Not taken forward.' },
  },
});
registerEnumType(SupervisionRating, { name: 'SupervisionRating', description: "The supervisory committee's rating." });

/** What the viewer may do with a matter now: its policy and its state machine together. */
export enum MatterAction {
  ADVANCE_TO_DECISION = 'ADVANCE_TO_DECISION',
  ADVANCE_TO_EXECUTION = 'ADVANCE_TO_EXECUTION',
  ADVANCE_TO_SUPERVISION = 'ADVANCE_TO_SUPERVISION',
  REJECT = 'REJECT',
  RECORD_SUPERVISION = 'RECORD_SUPERVISION',
  CLOSE = 'CLOSE',
  SEND_BACK = 'SEND_BACK',
}
registerEnumType(MatterAction, {
  name: 'MatterAction',
  description: 'A step on a matter, as offered to the viewer by `Matter.viewerActions`.',
  valuesConfig: {
    ADVANCE_TO_DECISION: { description: 'advanceMatter to DECISION (定事): it is on the agenda of a REPRESENTATIVES meeting or an OWNERS_ASSEMBLY (the party organization).' },
    ADVANCE_TO_EXECUTION: {
      description: 'advanceMatter to EXECUTION (理事) with resolutionId: a CLOSED, PASSED resolution on it from such a meeting exists, see Matter.decidingResolutions (the party organization).',
    },
    ADVANCE_TO_SUPERVISION: { description: 'advanceMatter to SUPERVISION (监事): its action items are all closed, one at least done (the party organization).' },
    REJECT: { description: 'advanceMatter to REJECTED with a note, before execution (the party organization).' },
    RECORD_SUPERVISION: { description: 'recordSupervision: a finding during execution or supervision (the supervisory committee).' },
    CLOSE: { description: 'advanceMatter to CLOSED (办结): under supervision, with a supervision record (the supervisory committee).' },
    SEND_BACK: { description: 'advanceMatter back to EXECUTION (整改) with a note (the supervisory committee).' },
  },
});

@ObjectType('SupervisionRecord', { description: '监督记录.' })
export class SupervisionRecordType {
  @Field(() => ID, { description: 'The record.' })
  id!: string;

  @Field({ description: 'What was found.' })
  finding!: string;

  @Field(() => SupervisionRating, { description: 'The rating.' })
  rating!: SupervisionRating;

  @Field(() => GraphQLDateTime, { description: 'When.' })
  createdAt!: Date;

  entity!: SupervisionRecord;

  static from(this: void, r: SupervisionRecord): SupervisionRecordType {
    return Object.assign(new SupervisionRecordType(), {
      id: toGlobalId('SupervisionRecord', r.id),
      finding: r.finding,
      rating: r.rating,
      createdAt: r.createdAt,
      entity: r,
    });
  }
}

@ObjectType('Matter', { implements: NodeInterface, description: '事项: one matter carried through the four councils.' })
export class MatterType extends NodeInterface {
  @Field({ description: 'Title.' })
  title!: string;

  @Field({ description: 'What it is about.' })
  description!: string;

  @Field(() => MatterStage, { description: 'Its stage.' })
  stage!: MatterStage;

  @Field(() => GraphQLDateTime, { description: 'When it was proposed.' })
  createdAt!: Date;

  @Field(() => GraphQLDateTime, { description: 'When it entered its stage.' })
  stageChangedAt!: Date;

  entity!: Matter;

  static from(this: void, m: Matter): MatterType {
    return Object.assign(new MatterType(), {
      id: toGlobalId('Matter', m.id),
      title: m.title,
      description: m.description,
      stage: m.stage,
      createdAt: m.createdAt,
      stageChangedAt: m.stageChangedAt,
      entity: m,
    });
  }
}

export const { ConnectionType: MatterConnection } = connectionTypes('Matter', MatterType, { totalCount: true });
export type MatterConnection = InstanceType<typeof MatterConnection>;

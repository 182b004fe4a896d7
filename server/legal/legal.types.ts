import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { NodeInterface } from '../core/node.js';
import { toGlobalId } from '../core/ids.js';
import { LegalSeat, LegalSeatRole } from './legal.entity.js';

registerEnumType(LegalSeatRole, {
  name: 'LegalSeatRole',
  description: '一社区一民警一律师: a seat of public legal services in a community.',
  valuesConfig: {
    POLICE_OFFICER: { description: '社区民警: the community\'s police officer.' },
    LEGAL_ADVISER: { description: '法律顾问 / 律师: the community\'s legal adviser; publishes office hours (周四有约) and answers questions (法律超市).' },
  },
});

/** How residents reach a seat in the app (never by a phone number). */
export enum LegalChannel {
  OFFICE_HOURS = 'OFFICE_HOURS',
  LEGAL_QUESTION = 'LEGAL_QUESTION',
  ISSUE = 'ISSUE',
}
registerEnumType(LegalChannel, {
  name: 'LegalChannel',
  description: 'A way to reach a seat of public legal services in the app.',
  valuesConfig: {
    OFFICE_HOURS: { description: '周四有约: book one of the legal adviser\'s office-hour slots (`officeHourSlots`, `bookOfficeHourSlot`).' },
    LEGAL_QUESTION: { description: '法律超市: ask a question the community\'s legal adviser answers (`askLegalQuestion`).' },
    ISSUE: { description: '反映问题: raise an issue (`submitIssue`), which the dispatch desk sends on (the police officer).' },
  },
});

/** The channels of each seat. */
export const CHANNELS: Record<LegalSeatRole, LegalChannel[]> = {
  [LegalSeatRole.LEGAL_ADVISER]: [LegalChannel.OFFICE_HOURS, LegalChannel.LEGAL_QUESTION],
  [LegalSeatRole.POLICE_OFFICER]: [LegalChannel.ISSUE],
};

@ObjectType('LegalSeat', {
  implements: NodeInterface,
  description: "A seat of public legal services in a community's directory (社区民警, 法律顾问): who holds it, office hours, how to reach them in the app. Seen by whoever belongs to the community; never a phone number.",
})
export class LegalSeatType extends NodeInterface {
  @Field(() => LegalSeatRole, { description: 'The seat.' })
  role!: LegalSeatRole;

  @Field(() => String, { nullable: true, description: 'Office hours as written (每周四 14:00–17:00, 社区警务室).' })
  officeHours!: string | null;

  @Field(() => String, { nullable: true, description: 'A short introduction.' })
  intro!: string | null;

  @Field(() => [LegalChannel], { description: 'How to reach them in the app.' })
  reachBy!: LegalChannel[];

  @Field(() => GraphQLDateTime, { description: 'When the seat was given to its holder.' })
  appointedAt!: Date;

  entity!: LegalSeat;

  static from(this: void, s: LegalSeat): LegalSeatType {
    return Object.assign(new LegalSeatType(), {
      id: toGlobalId('LegalSeat', s.id),
      role: s.role,
      officeHours: s.officeHours ?? null,
      intro: s.intro ?? null,
      reachBy: CHANNELS[s.role],
      appointedAt: s.appointedAt,
      entity: s,
    });
  }
}

import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { NodeInterface } from '../core/node.js';
import { toGlobalId } from '../core/ids.js';
import { connectionTypes } from '../core/pagination.js';
import { ConsultationStatus, LegalConsultation, LegalQuestion, LegalQuestionCategory, LegalQuestionStatus, LegalSeat, LegalSeatRole, OfficeHourSlot, QuestionVisibility, ReferralTarget } from './legal.entity.js';
import { SlotStatus, slotStatus } from './legal.state.js';

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

// ── 周四有约 ─────────────────────────────────────────────────────────────────────────────────

registerEnumType(SlotStatus, {
  name: 'OfficeHourSlotStatus',
  description: 'Whether an office-hour slot may be booked.',
  valuesConfig: {
    OPEN: { description: 'Free and still ahead: may be booked.' },
    BOOKED: { description: 'Held by a consultation (booked, held, or referred on).' },
    PAST: { description: 'Started or over, unbooked.' },
  },
});
registerEnumType(ConsultationStatus, {
  name: 'ConsultationStatus',
  description: 'Where a consultation (法律咨询) stands.',
  valuesConfig: {
    BOOKED: { description: '已预约: booked, ahead or under way.' },
    CANCELLED: { description: '已取消: by the resident (up to 2 hours before) or the lawyer; the slot is free again.' },
    COMPLETED: { description: '已咨询: the lawyer recorded the note.' },
    REFERRAL_PROPOSED: { description: 'The lawyer proposes to open a dispute or an issue from it; the resident decides.' },
    REFERRED: { description: 'Opened as a dispute or an issue, with the resident\'s consent.' },
  },
});
registerEnumType(ReferralTarget, {
  name: 'ReferralTarget',
  description: 'What a consultation may be turned into, with the resident\'s consent.',
  valuesConfig: {
    DISPUTE: { description: '人民调解: a dispute, the resident its applicant.' },
    ISSUE: { description: '诉求: an issue, the resident its reporter (visible to the parties only).' },
  },
});

@ObjectType('OfficeHourSlot', {
  implements: NodeInterface,
  description: '周四有约: one office-hour slot of a community\'s legal adviser. Seen by whoever belongs to the community; who booked it, only by that resident and the lawyer.',
})
export class OfficeHourSlotType extends NodeInterface {
  @Field(() => GraphQLDateTime, { description: 'Start.' })
  startsAt!: Date;

  @Field(() => GraphQLDateTime, { description: 'End.' })
  endsAt!: Date;

  @Field(() => String, { nullable: true, description: 'Where, as written.' })
  place!: string | null;

  @Field(() => SlotStatus, { description: 'Whether it may be booked.' })
  status!: SlotStatus;

  entity!: OfficeHourSlot;

  static from(this: void, s: OfficeHourSlot, held: boolean, now: Date): OfficeHourSlotType {
    return Object.assign(new OfficeHourSlotType(), {
      id: toGlobalId('OfficeHourSlot', s.id),
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      place: s.place ?? null,
      status: slotStatus(s, held, now),
      entity: s,
    });
  }
}

@ObjectType('ReferralDraft', { description: 'What the lawyer proposes to open from a consultation: the resident reads it before consenting.' })
export class ReferralDraftType {
  @Field(() => ReferralTarget, { description: 'A dispute or an issue.' })
  to!: ReferralTarget;

  @Field({ description: 'Title.' })
  title!: string;

  @Field({ description: 'What happened.' })
  description!: string;

  @Field({ description: 'A `DisputeCategory` or an `IssueCategory` value, by `to`.' })
  category!: string;

  @Field(() => [String], { description: 'For a dispute: the respondents, by name.' })
  respondentNames!: string[];
}

@ObjectType('LegalConsultation', {
  implements: NodeInterface,
  description: '法律咨询: a resident\'s booking of an office-hour slot and what came of it. Seen only by that resident and the lawyer (the note included); by nobody else, by any path.',
})
export class LegalConsultationType extends NodeInterface {
  @Field(() => ConsultationStatus, { description: 'Where it stands.' })
  status!: ConsultationStatus;

  @Field(() => GraphQLDateTime, { description: "The slot's start." })
  startsAt!: Date;

  @Field(() => String, { nullable: true, description: 'What the resident wants to consult about.' })
  topic!: string | null;

  @Field(() => GraphQLDateTime, { description: 'When it was booked.' })
  bookedAt!: Date;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was cancelled.' })
  cancelledAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the lawyer cancelled, when given.' })
  cancelReason!: string | null;

  @Field(() => String, { nullable: true, description: '咨询记录: the lawyer\'s note.' })
  note!: string | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the note was (last) recorded.' })
  noteRecordedAt!: Date | null;

  @Field(() => ReferralDraftType, { nullable: true, description: 'The referral proposed (REFERRAL_PROPOSED) or made (REFERRED).' })
  referral!: ReferralDraftType | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the resident consented to the referral.' })
  consentedAt!: Date | null;

  entity!: LegalConsultation;

  static from(this: void, c: LegalConsultation): LegalConsultationType {
    const d = c.referralDraft;
    return Object.assign(new LegalConsultationType(), {
      id: toGlobalId('LegalConsultation', c.id),
      status: c.status,
      startsAt: c.startsAt,
      topic: c.topic ?? null,
      bookedAt: c.bookedAt,
      cancelledAt: c.cancelledAt ?? null,
      cancelReason: c.cancelReason ?? null,
      note: c.note ?? null,
      noteRecordedAt: c.noteRecordedAt ?? null,
      referral: c.referralTo && d ? Object.assign(new ReferralDraftType(), { to: c.referralTo, ...d }) : null,
      consentedAt: c.consentedAt ?? null,
      entity: c,
    });
  }
}

export const { ConnectionType: OfficeHourSlotConnection } = connectionTypes('OfficeHourSlot', OfficeHourSlotType);
export type OfficeHourSlotConnection = InstanceType<typeof OfficeHourSlotConnection>;
export const { ConnectionType: LegalConsultationConnection } = connectionTypes('LegalConsultation', LegalConsultationType);
export type LegalConsultationConnection = InstanceType<typeof LegalConsultationConnection>;

// ── 法律超市 ─────────────────────────────────────────────────────────────────────────────────

registerEnumType(LegalQuestionCategory, {
  name: 'LegalQuestionCategory',
  description: 'What a legal question is about (法律超市\'s shelves).',
  valuesConfig: {
    NEIGHBOR: { description: '邻里关系.' },
    PROPERTY: { description: '物业与房产.' },
    MARRIAGE_FAMILY: { description: '婚姻家庭.' },
    INHERITANCE: { description: '继承.' },
    LABOR: { description: '劳动与社保.' },
    CONSUMER: { description: '消费维权.' },
    CONTRACT: { description: '合同与借贷.' },
    TRAFFIC: { description: '交通事故.' },
    OTHER: { description: '其他.' },
  },
});
registerEnumType(QuestionVisibility, {
  name: 'QuestionVisibility',
  description: 'Who sees a legal question.',
  valuesConfig: {
    PUBLIC: { description: 'Whoever belongs to the community (not who asked); once answered, part of its knowledge base.' },
    PRIVATE: { description: 'The asker and the community\'s legal advisers only.' },
  },
});
registerEnumType(LegalQuestionStatus, {
  name: 'LegalQuestionStatus',
  description: 'Where a legal question stands.',
  valuesConfig: {
    OPEN: { description: 'Waiting for an answer.' },
    ANSWERED: { description: 'Answered by a legal adviser.' },
    WITHDRAWN: { description: 'Withdrawn by the asker before an answer.' },
  },
});

@ObjectType('LegalQuestion', {
  implements: NodeInterface,
  description: '法律超市: a resident\'s question and a legal adviser\'s answer. A PUBLIC one is seen by whoever belongs to the community (who asked, only by the asker and the legal advisers); a PRIVATE one by the asker and the legal advisers only, by any path.',
})
export class LegalQuestionType extends NodeInterface {
  @Field(() => LegalQuestionCategory, { description: 'What it is about.' })
  category!: LegalQuestionCategory;

  @Field(() => QuestionVisibility, { description: 'Who sees it.' })
  visibility!: QuestionVisibility;

  @Field(() => LegalQuestionStatus, { description: 'Where it stands.' })
  status!: LegalQuestionStatus;

  @Field({ description: 'Title.' })
  title!: string;

  @Field({ description: 'The question.' })
  body!: string;

  @Field(() => GraphQLDateTime, { description: 'When it was asked.' })
  askedAt!: Date;

  @Field(() => String, { nullable: true, description: 'The answer.' })
  answer!: string | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was (last) answered.' })
  answeredAt!: Date | null;

  entity!: LegalQuestion;

  static from(this: void, q: LegalQuestion): LegalQuestionType {
    return Object.assign(new LegalQuestionType(), {
      id: toGlobalId('LegalQuestion', q.id),
      category: q.category,
      visibility: q.visibility,
      status: q.status,
      title: q.title,
      body: q.body,
      askedAt: q.askedAt,
      answer: q.answer ?? null,
      answeredAt: q.answeredAt ?? null,
      entity: q,
    });
  }
}

export const { ConnectionType: LegalQuestionConnection } = connectionTypes('LegalQuestion', LegalQuestionType, { totalCount: true });
export type LegalQuestionConnection = InstanceType<typeof LegalQuestionConnection>;

import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { NodeInterface } from '../core/node.js';
import { toGlobalId } from '../core/ids.js';
import { connectionTypes } from '../core/pagination.js';
import {
  ConsultationStatus,
  Lecture,
  LectureRegistration,
  LectureStatus,
  LegalConsultation,
  LegalQuestion,
  LegalQuestionCategory,
  LegalQuestionStatus,
  LegalSeat,
  LegalSeatRole,
  OfficeHourSlot,
  QuestionVisibility,
  ReferralTarget,
  RegistrationStatus,
} from './legal.entity.js';
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

// ── 法治大讲堂 ───────────────────────────────────────────────────────────────────────────────

registerEnumType(LectureStatus, {
  name: 'LectureStatus',
  description: 'Whether a lecture is on.',
  valuesConfig: { SCHEDULED: { description: 'On.' }, CANCELLED: { description: 'Cancelled by its organizers.' } },
});
registerEnumType(RegistrationStatus, {
  name: 'LectureRegistrationStatus',
  description: 'Where a registration for a lecture stands.',
  valuesConfig: {
    REGISTERED: { description: '已报名: holds a seat.' },
    CANCELLED: { description: '已取消: the seat is free again.' },
    ATTENDED: { description: '已签到: checked in by the organizers; counts in the attendance.' },
  },
});

@ObjectType('Lecture', { implements: NodeInterface, description: '法治大讲堂: a lecture a community\'s organization holds, with a capacity. Seen by whoever belongs to the community.' })
export class LectureType extends NodeInterface {
  @Field({ description: 'Title.' })
  title!: string;

  @Field({ description: 'What it is about.' })
  description!: string;

  @Field({ description: 'Who speaks.' })
  speaker!: string;

  @Field({ description: 'Where.' })
  location!: string;

  @Field(() => GraphQLDateTime, { description: 'Start.' })
  startsAt!: Date;

  @Field(() => GraphQLDateTime, { description: 'End.' })
  endsAt!: Date;

  @Field(() => Int, { description: 'Seats.' })
  capacity!: number;

  @Field(() => Int, { description: 'Live registrations (registered or checked in): never above the capacity.' })
  registeredCount!: number;

  @Field(() => Int, { description: 'Seats left: capacity − registeredCount.' })
  seatsLeft!: number;

  @Field(() => LectureStatus, { description: 'Whether it is on.' })
  status!: LectureStatus;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled.' })
  cancelReason!: string | null;

  entity!: Lecture;

  static from(this: void, l: Lecture): LectureType {
    return Object.assign(new LectureType(), {
      id: toGlobalId('Lecture', l.id),
      title: l.title,
      description: l.description,
      speaker: l.speaker,
      location: l.location,
      startsAt: l.startsAt,
      endsAt: l.endsAt,
      capacity: l.capacity,
      registeredCount: l.registeredCount,
      seatsLeft: l.capacity - l.registeredCount,
      status: l.status,
      cancelReason: l.cancelReason ?? null,
      entity: l,
    });
  }
}

@ObjectType('LectureRegistration', { description: 'A person\'s registration for a lecture: seen by that person and the lecture\'s organizers.' })
export class LectureRegistrationType {
  @Field({ description: 'A stable id of the registration (pass it to `checkInLectureAttendee`).' })
  id!: string;

  @Field(() => RegistrationStatus, { description: 'Where it stands.' })
  status!: RegistrationStatus;

  @Field(() => GraphQLDateTime, { description: 'When the person registered.' })
  registeredAt!: Date;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When they were checked in.' })
  checkedInAt!: Date | null;

  entity!: LectureRegistration;

  static from(this: void, r: LectureRegistration): LectureRegistrationType {
    return Object.assign(new LectureRegistrationType(), {
      id: toGlobalId('LectureRegistration', r.id),
      status: r.status,
      registeredAt: r.registeredAt,
      checkedInAt: r.checkedInAt ?? null,
      entity: r,
    });
  }
}

@ObjectType('LegalFigures', {
  description:
    "A community's public legal services in a period [from, to): lectures by start time, consultations by slot time, answers by answer time. Counted from the rows when asked (a full count, so it always agrees with them).",
})
export class LegalFiguresType {
  @Field(() => Int, { description: '法治大讲堂 held: lectures not cancelled that started in the period and had started by now.' })
  lecturesHeld!: number;

  @Field(() => Int, { description: 'Attendance: registrations checked in (ATTENDED) at lectures that started in the period (cancelled lectures excluded).' })
  lectureAttendance!: number;

  @Field(() => Int, { description: 'Consultations held (周四有约): consultations whose slot started in the period and whose note was recorded (COMPLETED, REFERRAL_PROPOSED or REFERRED).' })
  consultationsHeld!: number;

  @Field(() => Int, { description: '法律超市: questions answered (first or last answer) in the period, public and private alike.' })
  questionsAnswered!: number;
}

export const { ConnectionType: LectureConnection } = connectionTypes('Lecture', LectureType, { totalCount: true });
export type LectureConnection = InstanceType<typeof LectureConnection>;

import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique, type Opt, type Ref } from '@mikro-orm/core';
// Other modules' entities by name, with type-only imports: this file loads no other module.
import type { User } from '../accounts/index.js';
import type { Community, Organization } from '../communities/index.js';

/** 一社区一民警一律师: the two seats of public legal services a community's residents see. */
export enum LegalSeatRole {
  /** 社区民警 */
  POLICE_OFFICER = 'POLICE_OFFICER',
  /** 法律顾问 / 律师 */
  LEGAL_ADVISER = 'LEGAL_ADVISER',
}

/**
 * A seat of public legal services in a community: its police officer or its legal adviser. Held by
 * a person (by account), appointed by the community's administrators; what the directory shows
 * (`Community.legalSeats`): the name, the office hours as written, an introduction and how to
 * reach them in the app — never a phone number. One person holds a role in a community once.
 */
@Entity({ tableName: 'legal_seats' })
@Unique({ properties: ['community', 'role', 'user'] })
@Index({ properties: ['user'] })
export class LegalSeat {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne('Community', { ref: true })
  community!: Ref<Community>;

  @Enum({ items: () => LegalSeatRole, nativeEnumName: 'legal_seat_role' })
  role!: LegalSeatRole;

  @ManyToOne('User', { ref: true })
  user!: Ref<User>;

  /** 每周四 14:00–17:00, as written by the seat or the community's administrators. */
  @Property({ type: 'string', length: 200, nullable: true })
  officeHours?: string | null;

  @Property({ type: 'string', length: 500, nullable: true })
  intro?: string | null;

  @ManyToOne('User', { ref: true })
  appointedBy!: Ref<User>;

  @Property({ type: 'datetime' })
  appointedAt!: Date;
}

// ── 周四有约: office hours, bookings and consultations ────────────────────────────────────────

/**
 * One office-hour slot of a community's legal adviser (周四有约), materialized when published. Who
 * holds it is the live consultation on it (`LegalConsultation`, at most one that is not CANCELLED:
 * a partial unique index); the slot row itself is what a booking locks.
 */
@Entity({ tableName: 'office_hour_slots' })
@Unique({ properties: ['lawyer', 'startsAt'] })
@Index({ properties: ['community', 'startsAt'] })
export class OfficeHourSlot {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne('Community', { ref: true })
  community!: Ref<Community>;

  /** The legal adviser who sits (a `LegalSeat` holder of the community when published). */
  @ManyToOne('User', { ref: true })
  lawyer!: Ref<User>;

  @Property({ type: 'datetime' })
  startsAt!: Date;

  @Property({ type: 'datetime' })
  endsAt!: Date;

  /** Where (社区公共法律服务室), as written. */
  @Property({ type: 'string', length: 200, nullable: true })
  place?: string | null;

  @Property({ type: 'datetime' })
  publishedAt!: Date;
}

/** Where a consultation stands (legal.state.ts holds the machine). */
export enum ConsultationStatus {
  /** 已预约 */
  BOOKED = 'BOOKED',
  /** 已取消 (by the resident before the cut-off, or by the lawyer) */
  CANCELLED = 'CANCELLED',
  /** 已咨询: the lawyer recorded the note */
  COMPLETED = 'COMPLETED',
  /** The lawyer proposes to open a dispute or an issue; the resident's consent is awaited */
  REFERRAL_PROPOSED = 'REFERRAL_PROPOSED',
  /** Opened as a dispute or an issue, with the resident's consent */
  REFERRED = 'REFERRED',
}

/** What a consultation may be turned into. */
export enum ReferralTarget {
  /** 人民调解: a dispute, the resident its applicant (server/disputes) */
  DISPUTE = 'DISPUTE',
  /** 诉求: an issue, the resident its reporter (server/issues) */
  ISSUE = 'ISSUE',
}

/**
 * 法律咨询: a resident's booking of an office-hour slot and what came of it. Seen only by the
 * resident and the lawyer (`consultationPolicy.canSee`), the note included.
 */
@Entity({ tableName: 'legal_consultations' })
@Index({ properties: ['resident', 'startsAt'] })
@Index({ properties: ['lawyer', 'startsAt'] })
export class LegalConsultation {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => OfficeHourSlot, { ref: true })
  slot!: Ref<OfficeHourSlot>;

  @ManyToOne('Community', { ref: true })
  community!: Ref<Community>;

  @ManyToOne('User', { ref: true })
  lawyer!: Ref<User>;

  @ManyToOne('User', { ref: true })
  resident!: Ref<User>;

  /** The slot's start, kept here: "future bookings" and the lists read it without a join. */
  @Property({ type: 'datetime' })
  startsAt!: Date;

  @Enum({ items: () => ConsultationStatus, nativeEnumName: 'consultation_status' })
  status: Opt<ConsultationStatus> = ConsultationStatus.BOOKED;

  /** What the resident wants to consult about, as written when booking. */
  @Property({ type: 'string', length: 500, nullable: true })
  topic?: string | null;

  @Property({ type: 'datetime' })
  bookedAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  cancelledAt?: Date | null;

  @ManyToOne('User', { ref: true, nullable: true })
  cancelledBy?: Ref<User> | null;

  @Property({ type: 'string', length: 500, nullable: true })
  cancelReason?: string | null;

  /** 咨询记录: the lawyer's note. Only the lawyer and the resident read it. */
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Property({ type: 'datetime', nullable: true })
  noteRecordedAt?: Date | null;

  /** The referral the lawyer proposed: where to, and the draft (title, description, category). */
  @Enum({ items: () => ReferralTarget, nativeEnumName: 'referral_target', nullable: true })
  referralTo?: ReferralTarget | null;

  @Property({ type: 'json', nullable: true })
  referralDraft?: ReferralDraft | null;

  /** When the resident consented (the step that opened the dispute or the issue). */
  @Property({ type: 'datetime', nullable: true })
  consentedAt?: Date | null;

  @Property({ type: 'uuid', nullable: true })
  disputeId?: string | null;

  @Property({ type: 'uuid', nullable: true })
  issueId?: string | null;

  /** When the day-before reminder went out (once). */
  @Property({ type: 'datetime', nullable: true })
  remindedAt?: Date | null;

  @Property({ version: true, type: 'integer' })
  version: Opt<number> = 1;
}

/** The draft of a proposed referral, as the lawyer wrote it (the resident reads it before consenting). */
export interface ReferralDraft {
  title: string;
  description: string;
  /** A `DisputeCategory` or an `IssueCategory`, by the target. */
  category: string;
  /** For a dispute: the respondents, by name (outsiders; the mediators add accounts when they accept). */
  respondentNames: string[];
}

// ── 法律超市: legal questions and the knowledge base ─────────────────────────────────────────

export enum LegalQuestionCategory {
  /** 邻里关系 */
  NEIGHBOR = 'NEIGHBOR',
  /** 物业与房产 */
  PROPERTY = 'PROPERTY',
  /** 婚姻家庭 */
  MARRIAGE_FAMILY = 'MARRIAGE_FAMILY',
  /** 继承 */
  INHERITANCE = 'INHERITANCE',
  /** 劳动与社保 */
  LABOR = 'LABOR',
  /** 消费维权 */
  CONSUMER = 'CONSUMER',
  /** 合同与借贷 */
  CONTRACT = 'CONTRACT',
  /** 交通事故 */
  TRAFFIC = 'TRAFFIC',
  /** 其他 */
  OTHER = 'OTHER',
}

export enum QuestionVisibility {
  /** Seen by whoever belongs to the community; once answered, part of its knowledge base. */
  PUBLIC = 'PUBLIC',
  /** Seen by the asker and the community's legal advisers only. */
  PRIVATE = 'PRIVATE',
}

export enum LegalQuestionStatus {
  OPEN = 'OPEN',
  ANSWERED = 'ANSWERED',
  WITHDRAWN = 'WITHDRAWN',
}

/** 法律超市: a resident's question to the community's legal advisers, and the answer. */
@Entity({ tableName: 'legal_questions' })
@Index({ properties: ['community', 'askedAt'] })
@Index({ properties: ['asker'] })
export class LegalQuestion {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne('Community', { ref: true })
  community!: Ref<Community>;

  @ManyToOne('User', { ref: true })
  asker!: Ref<User>;

  @Enum({ items: () => LegalQuestionCategory, nativeEnumName: 'legal_question_category' })
  category!: LegalQuestionCategory;

  @Enum({ items: () => QuestionVisibility, nativeEnumName: 'question_visibility' })
  visibility!: QuestionVisibility;

  @Enum({ items: () => LegalQuestionStatus, nativeEnumName: 'legal_question_status' })
  status: Opt<LegalQuestionStatus> = LegalQuestionStatus.OPEN;

  @Property({ type: 'string', length: 100 })
  title!: string;

  @Property({ type: 'text' })
  body!: string;

  @Property({ type: 'datetime' })
  askedAt!: Date;

  @Property({ type: 'text', nullable: true })
  answer?: string | null;

  @ManyToOne('User', { ref: true, nullable: true })
  answeredBy?: Ref<User> | null;

  @Property({ type: 'datetime', nullable: true })
  answeredAt?: Date | null;

  /** Character bigrams of title, body and answer, for the search in Chinese (as issues have: core/sql.ts `textSearch`). */
  @Property({ type: 'array', columnType: 'text[]', generated: `(gz_bigrams(lower(title || ' ' || body || ' ' || coalesce(answer, '')))) stored`, lazy: true, hidden: true, nullable: true })
  searchGrams?: Opt<string[]>;

  @Property({ version: true, type: 'integer' })
  version: Opt<number> = 1;
}

// ── 法治大讲堂: lectures ──────────────────────────────────────────────────────────────────────

export enum LectureStatus {
  SCHEDULED = 'SCHEDULED',
  CANCELLED = 'CANCELLED',
}

export enum RegistrationStatus {
  /** 已报名 */
  REGISTERED = 'REGISTERED',
  /** 已取消 */
  CANCELLED = 'CANCELLED',
  /** 已签到: counts in the attendance */
  ATTENDED = 'ATTENDED',
}

/**
 * 法治大讲堂: a lecture a community's organization schedules, with a capacity. `registeredCount` is
 * the live registrations (REGISTERED or ATTENDED), changed only under the lecture's row lock and
 * never above the capacity (a check constraint as well).
 */
@Entity({ tableName: 'lectures' })
@Index({ properties: ['community', 'startsAt'] })
export class Lecture {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne('Community', { ref: true })
  community!: Ref<Community>;

  /** The organization that holds it; its members organize (check in, cancel). */
  @ManyToOne('Organization', { ref: true })
  organizer!: Ref<Organization>;

  @Property({ type: 'string', length: 100 })
  title!: string;

  @Property({ type: 'text' })
  description!: string;

  @Property({ type: 'string', length: 100 })
  speaker!: string;

  @Property({ type: 'string', length: 200 })
  location!: string;

  @Property({ type: 'datetime' })
  startsAt!: Date;

  @Property({ type: 'datetime' })
  endsAt!: Date;

  @Property({ type: 'integer' })
  capacity!: number;

  @Property({ type: 'integer', default: 0 })
  registeredCount: Opt<number> = 0;

  @Enum({ items: () => LectureStatus, nativeEnumName: 'lecture_status' })
  status: Opt<LectureStatus> = LectureStatus.SCHEDULED;

  @Property({ type: 'text', nullable: true })
  cancelReason?: string | null;

  @ManyToOne('User', { ref: true })
  createdBy!: Ref<User>;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ version: true, type: 'integer' })
  version: Opt<number> = 1;
}

/** A resident's registration for a lecture (one live one per person and lecture). */
@Entity({ tableName: 'lecture_registrations' })
@Index({ properties: ['lecture'] })
@Index({ properties: ['user'] })
export class LectureRegistration {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Lecture, { ref: true })
  lecture!: Ref<Lecture>;

  @ManyToOne('User', { ref: true })
  user!: Ref<User>;

  @Enum({ items: () => RegistrationStatus, nativeEnumName: 'lecture_registration_status' })
  status: Opt<RegistrationStatus> = RegistrationStatus.REGISTERED;

  @Property({ type: 'datetime' })
  registeredAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  cancelledAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  checkedInAt?: Date | null;

  @ManyToOne('User', { ref: true, nullable: true })
  checkedInBy?: Ref<User> | null;
}

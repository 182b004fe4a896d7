import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { ArrayMaxSize, IsInt, IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { MAX_LENGTH, MAX_VALUE, NOT_BLANK } from '../../common/limits.js';
import { PageArgs } from '../core/pagination.js';
import { LegalQuestionCategory, LegalQuestionStatus, LegalSeatRole, QuestionVisibility, ReferralTarget } from './legal.entity.js';

const L = MAX_LENGTH.legal;
const V = MAX_VALUE.legal;

const TIME_OF_DAY = { message: 'must be a time of day, HH:MM (00:00 to 23:59)' };

// ── seats ───────────────────────────────────────────────────────────────────────────────────

@InputType('AppointLegalSeatInput', { description: "Gives a person a seat of public legal services in a community (the community's administrators)." })
export class AppointLegalSeatInput {
  @Field(() => ID, { description: 'The community.' })
  communityId!: string;

  @Field(() => LegalSeatRole, { description: 'The seat.' })
  role!: LegalSeatRole;

  @Field(() => ID, { description: 'The person (a User).' })
  userId!: string;

  @Field(() => String, { nullable: true, description: `Office hours as written, 1 to ${L.officeHours} characters.` })
  @IsOptional()
  @Length(1, L.officeHours)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  officeHours?: string | null;

  @Field(() => String, { nullable: true, description: `An introduction, 1 to ${L.intro} characters.` })
  @IsOptional()
  @Length(1, L.intro)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  intro?: string | null;
}

@InputType('UpdateLegalSeatInput', { description: 'What the directory shows of a seat (its holder, or the community\'s administrators). A field not given is kept; an empty string clears it.' })
export class UpdateLegalSeatInput {
  @Field(() => ID, { description: 'The seat.' })
  seatId!: string;

  @Field(() => String, { nullable: true, description: `Office hours as written, up to ${L.officeHours} characters.` })
  @IsOptional()
  @Length(0, L.officeHours)
  officeHours?: string | null;

  @Field(() => String, { nullable: true, description: `An introduction, up to ${L.intro} characters.` })
  @IsOptional()
  @Length(0, L.intro)
  intro?: string | null;
}

@InputType('LegalSeatRefInput', { description: 'A seat.' })
export class LegalSeatRefInput {
  @Field(() => ID, { description: 'The seat.' })
  seatId!: string;
}

// ── 周四有约 ─────────────────────────────────────────────────────────────────────────────────

@InputType('PublishOfficeHoursInput', {
  description: '周四有约: a legal adviser publishes recurring slots in a community, e.g. every Thursday 14:00–17:00 in 30-minute slots for 4 weeks (Asia/Shanghai). Slots already published at the same start are kept.',
})
export class PublishOfficeHoursInput {
  @Field(() => ID, { description: 'The community (the viewer holds its LEGAL_ADVISER seat).' })
  communityId!: string;

  @Field(() => Int, { description: 'The weekday in Asia/Shanghai, ISO: 1 Monday … 7 Sunday (周四 = 4).' })
  @IsInt()
  @Min(1)
  @Max(7)
  weekday!: number;

  @Field({ description: 'First slot\'s start, HH:MM, Asia/Shanghai.' })
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, TIME_OF_DAY)
  startTime!: string;

  @Field({ description: 'When the office hours end, HH:MM, Asia/Shanghai; after `startTime`. As many whole slots as fit.' })
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, TIME_OF_DAY)
  endTime!: string;

  @Field(() => Int, { nullable: true, description: `Minutes per slot, 10 to ${V.slotMinutes} (default 30).` })
  @IsOptional()
  @IsInt()
  @Min(10)
  @Max(V.slotMinutes)
  slotMinutes?: number | null;

  @Field(() => Int, { description: `How many such weekdays, from today on: 1 to ${V.weeks}.` })
  @IsInt()
  @Min(1)
  @Max(V.weeks)
  weeks!: number;

  @Field(() => String, { nullable: true, description: `Where, 1 to ${L.place} characters.` })
  @IsOptional()
  @Length(1, L.place)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  place?: string | null;
}

@InputType('BookOfficeHourSlotInput', { description: '预约: a verified resident books an OPEN slot (at most two future bookings at once).' })
export class BookOfficeHourSlotInput {
  @Field(() => ID, { description: 'The slot.' })
  slotId!: string;

  @Field(() => String, { nullable: true, description: `What to consult about, 1 to ${L.topic} characters; only the lawyer reads it.` })
  @IsOptional()
  @Length(1, L.topic)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  topic?: string | null;
}

@InputType('ConsultationRefInput', { description: 'A consultation.' })
export class ConsultationRefInput {
  @Field(() => ID, { description: 'The consultation.' })
  consultationId!: string;
}

@InputType('CancelConsultationInput', { description: '取消预约: the resident until 2 hours before the start, the lawyer until the start.' })
export class CancelConsultationInput extends ConsultationRefInput {
  @Field(() => String, { nullable: true, description: `Why, 1 to ${L.reason} characters (the other side is told).` })
  @IsOptional()
  @Length(1, L.reason)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  reason?: string | null;
}

@InputType('RecordConsultationNoteInput', { description: '咨询记录: the lawyer\'s note, once the slot has started; rewriting it keeps the consultation COMPLETED.' })
export class RecordConsultationNoteInput extends ConsultationRefInput {
  @Field({ description: `1 to ${L.note.toLocaleString('en')} characters; only the lawyer and the resident read it.` })
  @Length(1, L.note)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  note!: string;
}

@InputType('ProposeReferralInput', { description: 'The lawyer proposes to open a dispute or an issue from a COMPLETED consultation; it is opened when the resident consents.' })
export class ProposeReferralInput extends ConsultationRefInput {
  @Field(() => ReferralTarget, { description: 'A dispute (人民调解) or an issue.' })
  to!: ReferralTarget;

  @Field({ description: `1 to ${L.questionTitle} characters.` })
  @Length(1, L.questionTitle)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  title!: string;

  @Field({ description: `What happened, 1 to ${L.questionBody.toLocaleString('en')} characters.` })
  @Length(1, L.questionBody)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  description!: string;

  @Field({ description: 'A `DisputeCategory` value for a dispute, an `IssueCategory` value for an issue.' })
  @Length(1, 40)
  category!: string;

  @Field(() => [String], { nullable: true, description: 'For a dispute: the respondents by name, 1 to 10 (each 1 to 50 characters). Not for an issue.' })
  @IsOptional()
  @ArrayMaxSize(10)
  @Length(1, 50, { each: true })
  @Matches(NOT_BLANK.pattern, { each: true, message: NOT_BLANK.message })
  respondentNames?: string[] | null;
}

@ArgsType()
export class OfficeHourSlotsArgs extends PageArgs {
  @Field(() => ID, { description: 'The community.' })
  communityId!: string;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'From this time on (default: now). Ordered by start.' })
  from?: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'Only OPEN slots.' })
  openOnly?: boolean | null;
}

@ArgsType()
export class LegalConsultationsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only this community\'s.' })
  communityId?: string | null;
}

// ── 法律超市 ─────────────────────────────────────────────────────────────────────────────────

@InputType('AskLegalQuestionInput', { description: '提问: a verified resident asks the community\'s legal advisers, publicly or privately.' })
export class AskLegalQuestionInput {
  @Field(() => ID, { description: 'The community.' })
  communityId!: string;

  @Field(() => LegalQuestionCategory, { description: 'What it is about.' })
  category!: LegalQuestionCategory;

  @Field(() => QuestionVisibility, { description: 'PUBLIC (the community reads it, not who asked) or PRIVATE (the legal advisers only).' })
  visibility!: QuestionVisibility;

  @Field({ description: `1 to ${L.questionTitle} characters.` })
  @Length(1, L.questionTitle)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  title!: string;

  @Field({ description: `The question, 1 to ${L.questionBody.toLocaleString('en')} characters.` })
  @Length(1, L.questionBody)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  body!: string;
}

@InputType('AnswerLegalQuestionInput', { description: '解答: a legal adviser of the community answers (or revises the answer).' })
export class AnswerLegalQuestionInput {
  @Field(() => ID, { description: 'The question.' })
  questionId!: string;

  @Field({ description: `1 to ${L.answer.toLocaleString('en')} characters.` })
  @Length(1, L.answer)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  answer!: string;
}

@InputType('LegalQuestionRefInput', { description: 'A legal question.' })
export class LegalQuestionRefInput {
  @Field(() => ID, { description: 'The question.' })
  questionId!: string;
}

@ArgsType()
export class LegalQuestionsArgs extends PageArgs {
  @Field(() => ID, { description: 'The community.' })
  communityId!: string;

  @Field(() => Boolean, { nullable: true, description: 'The knowledge base: PUBLIC and ANSWERED questions only.' })
  knowledgeBase?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Only the viewer\'s own questions.' })
  mine?: boolean | null;

  @Field(() => [LegalQuestionStatus], { nullable: true, description: 'Only these statuses.' })
  @IsOptional()
  @ArrayMaxSize(3)
  status?: LegalQuestionStatus[] | null;

  @Field(() => LegalQuestionCategory, { nullable: true, description: 'Only this category.' })
  category?: LegalQuestionCategory | null;

  @Field(() => String, { nullable: true, description: `Words in the title, the question or the answer (Chinese as written), up to ${L.search} characters.` })
  @IsOptional()
  @Length(0, L.search)
  search?: string | null;
}

// ── 法治大讲堂 ───────────────────────────────────────────────────────────────────────────────

@InputType('ScheduleLectureInput', { description: '安排法治大讲堂: a member of one of the community\'s residents\' committee, party committee, governance center or mediation committee, for that organization.' })
export class ScheduleLectureInput {
  @Field(() => ID, { description: 'The organizing organization (of the community).' })
  organizerId!: string;

  @Field({ description: `1 to ${L.lectureTitle} characters.` })
  @Length(1, L.lectureTitle)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  title!: string;

  @Field({ description: `1 to ${L.lectureDescription.toLocaleString('en')} characters.` })
  @Length(1, L.lectureDescription)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  description!: string;

  @Field({ description: `Who speaks, 1 to ${L.speaker} characters.` })
  @Length(1, L.speaker)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  speaker!: string;

  @Field({ description: `Where, 1 to ${L.location} characters.` })
  @Length(1, L.location)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  location!: string;

  @Field(() => GraphQLDateTime, { description: 'Start: ahead of now.' })
  startsAt!: Date;

  @Field(() => GraphQLDateTime, { description: 'End: after the start.' })
  endsAt!: Date;

  @Field(() => Int, { description: `Seats, 1 to ${V.lectureCapacity}.` })
  @IsInt()
  @Min(1)
  @Max(V.lectureCapacity)
  capacity!: number;
}

@InputType('LectureRefInput', { description: 'A lecture.' })
export class LectureRefInput {
  @Field(() => ID, { description: 'The lecture.' })
  lectureId!: string;
}

@InputType('CancelLectureInput', { description: '取消讲座: its organizers, with a reason the registered are told.' })
export class CancelLectureInput extends LectureRefInput {
  @Field({ description: `Why, 1 to ${L.reason} characters.` })
  @Length(1, L.reason)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  reason!: string;
}

@InputType('CheckInLectureAttendeeInput', { description: '签到: an organizer checks a registered person in.' })
export class CheckInLectureAttendeeInput {
  @Field(() => ID, { description: 'The registration (`LectureRegistration.id`).' })
  registrationId!: string;
}

@ArgsType()
export class LecturesArgs extends PageArgs {
  @Field(() => ID, { description: 'The community.' })
  communityId!: string;

  @Field(() => Boolean, { nullable: true, description: 'Only those not yet ended, soonest first; otherwise all, latest first.' })
  upcoming?: boolean | null;
}

@ArgsType()
export class LegalFiguresArgs {
  @Field(() => ID, { description: 'The community.' })
  communityId!: string;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'From (inclusive); all time when not given.' })
  from?: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'To (exclusive); now when not given.' })
  to?: Date | null;
}

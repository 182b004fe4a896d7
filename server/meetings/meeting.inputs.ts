import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { ArrayMaxSize, IsOptional, Min, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { MAX_ITEMS, MAX_LENGTH, NOT_BLANK } from '../../common/limits.js';
import { PageArgs } from '../core/pagination.js';
import { ActionItemStatus, BallotChannel, BallotChoice, MeetingKind, VoteRule } from './meeting.entity.js';
import { MatterStage, SupervisionRating } from './matter.entity.js';

const L = MAX_LENGTH.meeting;
const M = MAX_LENGTH.matter;
const N = MAX_ITEMS.meeting;

@InputType('AgendaItemInput', { description: 'One agenda item given when scheduling.' })
export class AgendaItemInput {
  @Field({ description: `1 to ${L.agendaTitle} characters.` })
  @Length(1, L.agendaTitle)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  title!: string;

  @Field(() => ID, { nullable: true, description: 'The matter (事项) it discusses.' })
  matterId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The shared issue it discusses.' })
  issueId?: string | null;
}

@InputType('ScheduleMeetingInput', { description: 'Schedule a meeting (members of the convening organization).' })
export class ScheduleMeetingInput {
  @Field(() => ID, { description: 'The community.' })
  communityId!: string;

  @Field(() => MeetingKind, { description: 'Joint meeting or one of the councils.' })
  kind!: MeetingKind;

  @Field({ description: `1 to ${L.title} characters.` })
  @Length(1, L.title)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  title!: string;

  @Field(() => GraphQLDateTime, { description: 'When; in the future.' })
  scheduledAt!: Date;

  @Field(() => String, { nullable: true, description: 'Where.' })
  @IsOptional()
  @Length(1, L.location)
  location?: string | null;

  @Field(() => ID, { description: 'The convening organization, of this community; the viewer sits in it.' })
  convenerId!: string;

  @Field(() => [ID], { description: `Other organizations taking part (at most ${N.participants}); their members are on the roll.` })
  @ArrayMaxSize(N.participants)
  participantIds!: string[];

  @Field(() => [ID], { nullable: true, description: `People invited besides the members (at most ${N.invitees}): representatives, residents.` })
  @IsOptional()
  @ArrayMaxSize(N.invitees)
  inviteeIds?: string[] | null;

  @Field(() => [AgendaItemInput], { nullable: true, description: `The agenda, in order (at most ${N.agenda} items).` })
  @IsOptional()
  @ArrayMaxSize(N.agenda)
  @ValidateNested({ each: true })
  agenda?: AgendaItemInput[] | null;
}

@InputType('MeetingRefInput', { description: 'One meeting.' })
export class MeetingRefInput {
  @Field(() => ID, { description: 'The meeting.' })
  meetingId!: string;
}

@InputType('CancelMeetingInput', { description: 'Cancel a meeting that has not started.' })
export class CancelMeetingInput {
  @Field(() => ID, { description: 'The meeting.' })
  meetingId!: string;

  @Field({ description: `Why, 1 to ${L.cancelReason} characters.` })
  @Length(1, L.cancelReason)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  reason!: string;
}

@InputType('CheckInAttendeeInput', { description: '签到.' })
export class CheckInAttendeeInput {
  @Field(() => ID, { description: 'The meeting.' })
  meetingId!: string;

  @Field(() => ID, { nullable: true, description: 'Omitted: the viewer checks in. Given: a teller checks someone in.' })
  userId?: string | null;

  @Field(() => ID, { nullable: true, description: '委托: the person checked in holds the seat of this invitee.' })
  proxyForUserId?: string | null;
}

@InputType('AddAgendaItemInput', { description: 'Add an item at the end of the agenda.' })
export class AddAgendaItemInput {
  @Field(() => ID, { description: 'The meeting.' })
  meetingId!: string;

  @Field({ description: `1 to ${L.agendaTitle} characters.` })
  @Length(1, L.agendaTitle)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  title!: string;

  @Field(() => ID, { nullable: true, description: 'The matter (事项) it discusses.' })
  matterId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The shared issue it discusses.' })
  issueId?: string | null;

  @Field(() => [ID], { nullable: true, description: `Photos and documents (scans) uploaded first (POST /files) by the viewer, in order: at most ${MAX_ITEMS.attachment.images} images and ${MAX_ITEMS.attachment.documents} documents.` })
  @IsOptional()
  @ArrayMaxSize(MAX_ITEMS.attachment.images + MAX_ITEMS.attachment.documents)
  attachmentIds?: string[] | null;
}

@InputType('EditAgendaNotesInput', { description: "Replace an item's notes. A stale expectedVersion is merged with the edits made since, or fails with CONFLICT." })
export class EditAgendaNotesInput {
  @Field(() => ID, { description: 'The agenda item.' })
  agendaItemId!: string;

  @Field({ description: `The whole notes, at most ${L.notes.toLocaleString('en')} characters.` })
  @MaxLength(L.notes)
  notes!: string;

  @Field(() => Int, { description: 'The notesVersion the edit was made on.' })
  @Min(0)
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: `修正: required after the minutes are published; 1 to ${L.amendmentReason} characters.` })
  @IsOptional()
  @Length(1, L.amendmentReason)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  amendmentReason?: string | null;
}

@InputType('SetEditingInput', { description: 'Say that the viewer has (or no longer has) the notes of an item open for editing.' })
export class SetEditingInput {
  @Field(() => ID, { description: 'The agenda item.' })
  agendaItemId!: string;

  @Field({ description: 'true while editing (renew within a minute); false when done.' })
  editing!: boolean;
}

@InputType('ProposeResolutionInput', { description: 'A motion (决议) of the meeting, put to the vote later.' })
export class ProposeResolutionInput {
  @Field(() => ID, { description: 'The meeting.' })
  meetingId!: string;

  @Field(() => ID, { nullable: true, description: 'The agenda item it belongs to.' })
  agendaItemId?: string | null;

  @Field({ description: `1 to ${L.resolutionTitle} characters.` })
  @Length(1, L.resolutionTitle)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  title!: string;

  @Field({ description: `The exact text voted on, 1 to ${L.resolutionText.toLocaleString('en')} characters.` })
  @Length(1, L.resolutionText)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  text!: string;

  @Field(() => VoteRule, { description: 'How the outcome is computed. The owners’ rules only at an OWNERS_ASSEMBLY.' })
  rule!: VoteRule;

  @Field(() => ID, {
    nullable: true,
    description:
      'Under an owners’ rule only: the building whose owners decide, for a matter of that building alone (such as using its maintenance fund, 《住宅专项维修资金管理办法》); art. 278’s fractions are then over its flats. Omitted: the whole building zone.',
  })
  buildingId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The matter (事项) it decides.' })
  matterId?: string | null;
}

@InputType('ResolutionRefInput', { description: 'One resolution.' })
export class ResolutionRefInput {
  @Field(() => ID, { description: 'The resolution.' })
  resolutionId!: string;
}

@InputType('CastBallotInput', { description: 'One ballot; each head of the roll has one (co-owners of a flat share it: the first cast counts).' })
export class CastBallotInput {
  @Field(() => ID, { description: 'The resolution.' })
  resolutionId!: string;

  @Field(() => BallotChoice, { description: 'FOR, AGAINST or ABSTAIN.' })
  choice!: BallotChoice;

  @Field(() => BallotChannel, { nullable: true, description: 'ONLINE for one’s own ballot; PAPER (default) or PROXY when a teller records one.' })
  channel?: BallotChannel | null;

  @Field(() => ID, { nullable: true, description: 'A teller records a paper or proxy ballot for this voter.' })
  voterId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Under an owners’ rule, a teller records the paper or proxy ballot of this flat (an owner not registered here, or the developer for its unsold flats); not with voterId.',
  })
  unitId?: string | null;
}

@InputType('AddActionItemInput', { description: '待办事项: what the meeting asks an organization to do.' })
export class AddActionItemInput {
  @Field(() => ID, { description: 'The meeting.' })
  meetingId!: string;

  @Field(() => ID, { nullable: true, description: 'The resolution it carries out.' })
  resolutionId?: string | null;

  @Field({ description: `1 to ${L.actionItemTitle} characters.` })
  @Length(1, L.actionItemTitle)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  title!: string;

  @Field(() => ID, { description: 'The organization of this community that carries it out.' })
  assigneeId!: string;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Due; in the future.' })
  dueAt?: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'Also open a shared issue dispatched to the assignee, so execution is tracked in the closed loop.' })
  trackAsIssue?: boolean | null;
}

@InputType('UpdateActionItemInput', { description: 'Close an action item as DONE or CANCELLED.' })
export class UpdateActionItemInput {
  @Field(() => ID, { description: 'The action item.' })
  actionItemId!: string;

  @Field(() => ActionItemStatus, { description: 'DONE or CANCELLED.' })
  status!: ActionItemStatus;
}

@InputType('ProposeMatterInput', { description: '议事: the party organization proposes a matter.' })
export class ProposeMatterInput {
  @Field(() => ID, { description: 'The community.' })
  communityId!: string;

  @Field({ description: `1 to ${M.title} characters.` })
  @Length(1, M.title)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  title!: string;

  @Field({ description: `1 to ${M.description.toLocaleString('en')} characters.` })
  @Length(1, M.description)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  description!: string;

  @Field(() => [ID], { nullable: true, description: `Shared issues that raised it (at most ${MAX_ITEMS.matter.sourceIssues}).` })
  @IsOptional()
  @ArrayMaxSize(MAX_ITEMS.matter.sourceIssues)
  sourceIssueIds?: string[] | null;
}

@InputType('AdvanceMatterInput', { description: 'Move a matter to its next stage of the four councils.' })
export class AdvanceMatterInput {
  @Field(() => ID, { description: 'The matter.' })
  matterId!: string;

  @Field(() => MatterStage, { description: 'The stage to move to.' })
  to!: MatterStage;

  @Field(() => ID, { nullable: true, description: 'For EXECUTION: the PASSED resolution that decided it.' })
  resolutionId?: string | null;

  @Field(() => String, { nullable: true, description: `Why (required for REJECTED), at most ${M.advanceNote} characters.` })
  @IsOptional()
  @Length(1, M.advanceNote)
  note?: string | null;
}

@InputType('RecordSupervisionInput', { description: "监事: the supervisory committee's finding on a matter." })
export class RecordSupervisionInput {
  @Field(() => ID, { description: 'The matter.' })
  matterId!: string;

  @Field({ description: `1 to ${M.finding.toLocaleString('en')} characters.` })
  @Length(1, M.finding)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  finding!: string;

  @Field(() => SupervisionRating, { description: 'The rating.' })
  rating!: SupervisionRating;
}

@ArgsType()
export class MeetingsArgs extends PageArgs {
  @Field(() => ID, { description: 'The community.' })
  communityId!: string;
}

@ArgsType()
export class MattersArgs extends PageArgs {
  @Field(() => ID, { description: 'The community.' })
  communityId!: string;

  @Field(() => [MatterStage], { nullable: true, description: 'Any of these stages.' })
  @IsOptional()
  @ArrayMaxSize(MAX_ITEMS.matter.stageFilter)
  stage?: MatterStage[] | null;
}

@ArgsType()
export class MeetingEventsArgs {
  @Field(() => ID, { description: 'The meeting.' })
  meetingId!: string;

  @Field(() => String, { nullable: true, description: 'Resume after this event cursor (replayed first, then live). Omitted: from now.' })
  after?: string | null;
}

import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Matches, ValidateNested } from 'class-validator';
import { MAX_ITEMS, MAX_LENGTH, MOBILE_PHONE, NOT_BLANK } from '../../common/limits.js';
import { PageArgs } from '../core/pagination.js';
import { DisputeCategory, DisputeReferral, DisputeRiskLevel, DisputeStatus } from './dispute.entity.js';

const L = MAX_LENGTH.dispute;
const N = MAX_ITEMS.dispute.parties;

@InputType('DisputePartyInput', { description: 'A party: a user of the community (`userId`), or an outsider recorded by `name` (and `phone`).' })
export class DisputePartyInput {
  @Field(() => ID, { nullable: true, description: 'A user who belongs to the community (a resident or a member of one of its organizations). Exactly one of `userId` and `name`.' })
  userId?: string | null;

  @Field(() => String, { nullable: true, description: `An outsider's name, 1 to ${L.partyName} characters. Shown only to those who handle the dispute.` })
  @IsOptional()
  @Length(1, L.partyName)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  name?: string | null;

  @Field(() => String, { nullable: true, description: "The party's mobile number (11 digits), when given. Shown only to those who handle the dispute." })
  @IsOptional()
  @Matches(MOBILE_PHONE, { message: 'must be an 11-digit mainland mobile number' })
  phone?: string | null;
}

/** What every way of opening a dispute asks (a base of inputs, never an input of its own). */
@InputType()
class DisputeBody {
  @Field(() => ID, { description: 'The community.' })
  communityId!: string;

  @Field({ description: `1 to ${L.title} characters.` })
  @Length(1, L.title)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  title!: string;

  @Field({ description: `What happened, 1 to ${L.description.toLocaleString('en')} characters.` })
  @Length(1, L.description)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  description!: string;

  @Field(() => DisputeCategory, { description: 'The kind of dispute.' })
  category!: DisputeCategory;

  @Field(() => [ID], { nullable: true, description: `Photos and documents (scans) uploaded first (POST /files) by the viewer, in order: at most ${MAX_ITEMS.attachment.images} images and ${MAX_ITEMS.attachment.documents} documents.` })
  @IsOptional()
  @ArrayMaxSize(MAX_ITEMS.attachment.images + MAX_ITEMS.attachment.documents)
  attachmentIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'The same key from the same user returns the first dispute again.' })
  @IsOptional()
  @Length(1, MAX_LENGTH.idempotencyKey)
  idempotencyKey?: string | null;
}

@InputType('ApplyForMediationInput', { description: '来访 / 在线申请: a verified resident applies for mediation, as the applicant.' })
export class ApplyForMediationInput extends DisputeBody {
  @Field(() => [DisputePartyInput], { description: `The respondents, 1 to ${N}.` })
  @ArrayMinSize(1)
  @ArrayMaxSize(N)
  @ValidateNested({ each: true })
  respondents!: DisputePartyInput[];
}

@InputType('RegisterDisputeInput', { description: '排查登记: a mediator or a grid worker registers a dispute found during screening.' })
export class RegisterDisputeInput extends DisputeBody {
  @Field(() => DisputeRiskLevel, { nullable: true, description: 'The risk; GENERAL when not given.' })
  riskLevel?: DisputeRiskLevel | null;

  @Field(() => ID, { nullable: true, description: 'The screening round (排查) it was found in, when it was: one of the community\'s that did not find nothing.' })
  screeningRoundId?: string | null;

  @Field(() => [DisputePartyInput], { description: `The applicants, 1 to ${N}.` })
  @ArrayMinSize(1)
  @ArrayMaxSize(N)
  @ValidateNested({ each: true })
  applicants!: DisputePartyInput[];

  @Field(() => [DisputePartyInput], { description: `The respondents, 1 to ${N}.` })
  @ArrayMinSize(1)
  @ArrayMaxSize(N)
  @ValidateNested({ each: true })
  respondents!: DisputePartyInput[];
}

@InputType('ConvertIssueToDisputeInput', { description: "An issue that is a dispute becomes one: its reporter is the applicant; the issue and the dispute name each other." })
export class ConvertIssueToDisputeInput {
  @Field(() => ID, { description: 'The issue.' })
  issueId!: string;

  @Field(() => DisputeCategory, { description: 'The kind of dispute.' })
  category!: DisputeCategory;

  @Field(() => DisputeRiskLevel, { nullable: true, description: 'The risk; GENERAL when not given.' })
  riskLevel?: DisputeRiskLevel | null;

  @Field(() => [DisputePartyInput], { description: `The respondents, 1 to ${N}.` })
  @ArrayMinSize(1)
  @ArrayMaxSize(N)
  @ValidateNested({ each: true })
  respondents!: DisputePartyInput[];

  @Field(() => String, { nullable: true, description: 'The same key from the same user returns the first dispute again.' })
  @IsOptional()
  @Length(1, MAX_LENGTH.idempotencyKey)
  idempotencyKey?: string | null;
}

@InputType('DisputeRefInput', { description: 'One dispute.' })
export class DisputeRefInput {
  @Field(() => ID, { description: 'The dispute.' })
  disputeId!: string;
}

@InputType('AcceptDisputeInput', { description: '受理: the mediation clock starts.' })
export class AcceptDisputeInput extends DisputeRefInput {
  @Field(() => DisputeRiskLevel, { nullable: true, description: 'The risk as assessed on acceptance; unchanged when not given.' })
  riskLevel?: DisputeRiskLevel | null;
}

@InputType('DisputeReasonInput', { description: 'A step that needs a reason.' })
export class DisputeReasonInput extends DisputeRefInput {
  @Field({ description: `Why, 1 to ${L.reason} characters.` })
  @Length(1, L.reason)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  reason!: string;
}

@InputType('RecordMediationOutcomeInput', { description: '调解结果: AGREED (调解成功) or FAILED (调解不成).' })
export class RecordMediationOutcomeInput extends DisputeRefInput {
  @Field(() => DisputeStatus, { description: 'AGREED or FAILED.' })
  outcome!: DisputeStatus;

  @Field({ description: `What it came to, 1 to ${L.note} characters.` })
  @Length(1, L.note)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  note!: string;
}

@InputType('ReferDisputeInput', { description: '引导: a failed mediation is referred to litigation, arbitration or 信访.' })
export class ReferDisputeInput extends DisputeReasonInput {
  @Field(() => DisputeReferral, { description: 'Where to.' })
  to!: DisputeReferral;
}

@InputType('RecordFollowUpInput', { description: '回访: whether the agreement was kept, FULFILLED or BREACHED.' })
export class RecordFollowUpInput extends DisputeRefInput {
  @Field(() => DisputeStatus, { description: 'FULFILLED or BREACHED.' })
  result!: DisputeStatus;

  @Field({ description: `What the follow-up found, 1 to ${L.note} characters.` })
  @Length(1, L.note)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  note!: string;
}

@InputType('RespondToMediationInput', {
  description: '同意调解 or 拒绝调解 / 要求终止调解 (人民调解法 第17、23条): a party, by their own account. Mediation is voluntary.',
})
export class RespondToMediationInput extends DisputeRefInput {
  @Field({ description: 'true: consent to mediation (before it starts); false: refuse it (before) or ask it to end (during).' })
  consent!: boolean;

  @Field(() => String, { nullable: true, description: `Why (a refusal need not say), 1 to ${L.reason} characters.` })
  @IsOptional()
  @Length(1, L.reason)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  reason?: string | null;
}

@InputType('RecordPartyResponseInput', {
  description: "记录当事人意愿: those at the dispute's handling level record a party's consent or refusal given in person (an outsider's always so).",
})
export class RecordPartyResponseInput extends RespondToMediationInput {
  @Field(() => ID, { description: 'The party (`DisputeParty`).' })
  partyId!: string;
}

@ArgsType()
export class DisputesArgs extends PageArgs {
  @Field(() => ID, { description: 'The community.' })
  communityId!: string;

  @Field(() => [DisputeStatus], { nullable: true, description: 'Only these statuses.' })
  @IsOptional()
  @ArrayMaxSize(MAX_ITEMS.dispute.statusFilter)
  status?: DisputeStatus[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Only overdue disputes (accepted, not settled, past the mediation deadline), oldest deadline first; for those who handle them.' })
  overdue?: boolean | null;
}

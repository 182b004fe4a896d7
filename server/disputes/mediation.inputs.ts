import { Field, ID, InputType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Matches, ValidateNested } from 'class-validator';
import { MAX_ITEMS, MAX_LENGTH, MOBILE_PHONE, NOT_BLANK } from '../../common/limits.js';
import { AgreementForm, ConfirmationMethod, SessionInviteeRole } from './mediation.entity.js';

const L = MAX_LENGTH.dispute;
const N = MAX_ITEMS.dispute;

@InputType('SessionInviteeInput', {
  description: 'Someone invited to a session from another organization (a lawyer, a psychologist), by account: they see this dispute, and no other because of it. Named by `userId` (a legal adviser from the directory) or by the `phone` of their account (a psychologist the mediator knows): exactly one of the two.',
})
export class SessionInviteeInput {
  @Field(() => ID, { nullable: true, description: 'Their account. Not a party of the dispute.' })
  userId?: string | null;

  @Field(() => String, { nullable: true, description: "Their account's mobile number (11 digits), when not named by `userId`: BAD_USER_INPUT if no account has it." })
  @IsOptional()
  @Matches(MOBILE_PHONE, { message: 'must be an 11-digit mainland mobile number' })
  phone?: string | null;

  @Field(() => SessionInviteeRole, { description: 'In what capacity.' })
  role!: SessionInviteeRole;

  @Field({ description: `Their organization as written (律师事务所, 心理咨询机构), 1 to ${L.affiliation} characters.` })
  @Length(1, L.affiliation)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  affiliation!: string;
}

@InputType('RecordMediationSessionInput', { description: '调解会: a session held while the dispute is in mediation, and its record (调解笔录).' })
export class RecordMediationSessionInput {
  @Field(() => ID, { description: 'The dispute (MEDIATING).' })
  disputeId!: string;

  @Field(() => ID, { nullable: true, description: 'A SCHEDULED session of this dispute that was held (`scheduleMediationSession`): it becomes HELD with what is given here (its invitees stay and any new ones are added). Without it, a new session is recorded.' })
  sessionId?: string | null;

  @Field(() => GraphQLDateTime, { description: 'When it was held: not in the future (a session is recorded once held).' })
  heldAt!: Date;

  @Field({ description: `Where, 1 to ${L.place} characters.` })
  @Length(1, L.place)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  place!: string;

  @Field(() => [ID], { description: `The mediators present, 1 to ${N.sessionMediators}: members of the organization that handles the dispute (the mediation committee, or the center it was escalated to).` })
  @ArrayMinSize(1)
  @ArrayMaxSize(N.sessionMediators)
  mediatorIds!: string[];

  @Field(() => [ID], { description: `The parties present (\`DisputeParty\` ids), 0 to ${MAX_ITEMS.dispute.parties * 2}.` })
  @ArrayMaxSize(MAX_ITEMS.dispute.parties * 2)
  partyIds!: string[];

  @Field(() => [SessionInviteeInput], { description: `Those invited from another organization, 0 to ${N.sessionInvitees}.` })
  @ArrayMaxSize(N.sessionInvitees)
  @ValidateNested({ each: true })
  invitees!: SessionInviteeInput[];

  @Field({ description: `调解笔录: what was said and done, 1 to ${L.record.toLocaleString('en')} characters.` })
  @Length(1, L.record)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  record!: string;
}

@InputType('ScheduleMediationSessionInput', { description: '安排调解会: a session planned ahead, its time and place and who is asked to come; the parties, mediators and invitees are told.' })
export class ScheduleMediationSessionInput {
  @Field(() => ID, { description: 'The dispute (ACCEPTED or MEDIATING).' })
  disputeId!: string;

  @Field(() => GraphQLDateTime, { description: 'When it is to be held: in the future.' })
  plannedAt!: Date;

  @Field({ description: `Where, 1 to ${L.place} characters.` })
  @Length(1, L.place)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  place!: string;

  @Field(() => [ID], { description: `The mediators asked to mediate, 1 to ${N.sessionMediators}: members of the organization that handles the dispute.` })
  @ArrayMinSize(1)
  @ArrayMaxSize(N.sessionMediators)
  mediatorIds!: string[];

  @Field(() => [ID], { description: `The parties asked to come (\`DisputeParty\` ids), 0 to ${MAX_ITEMS.dispute.parties * 2}.` })
  @ArrayMaxSize(MAX_ITEMS.dispute.parties * 2)
  partyIds!: string[];

  @Field(() => [SessionInviteeInput], { description: `Those invited from another organization, 0 to ${N.sessionInvitees}: they see this dispute from now on.` })
  @ArrayMaxSize(N.sessionInvitees)
  @ValidateNested({ each: true })
  invitees!: SessionInviteeInput[];
}

@InputType('CancelMediationSessionInput', { description: '取消调解会: calls off a SCHEDULED session, with a reason; those asked to come are told.' })
export class CancelMediationSessionInput {
  @Field(() => ID, { description: 'The session (SCHEDULED).' })
  sessionId!: string;

  @Field({ description: `Why, 1 to ${L.reason} characters.` })
  @Length(1, L.reason)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  reason!: string;
}

@InputType('DraftMediationAgreementInput', { description: '人民调解协议书: drafts the agreement of a dispute in mediation, or revises it until a party confirms it.' })
export class DraftMediationAgreementInput {
  @Field(() => ID, { description: 'The dispute (MEDIATING).' })
  disputeId!: string;

  @Field(() => AgreementForm, { description: 'Written (协议书) or oral (口头协议, recorded by the mediator).' })
  form!: AgreementForm;

  @Field({ description: `The terms (what each party will do, by when), 1 to ${L.terms.toLocaleString('en')} characters.` })
  @Length(1, L.terms)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  terms!: string;
}

@InputType('ConfirmMediationAgreementInput', { description: '确认协议: a party confirms the agreement they read, by their own account.' })
export class ConfirmMediationAgreementInput {
  @Field(() => ID, { description: 'The dispute.' })
  disputeId!: string;

  @Field({ description: 'The `textHash` of the agreement as read: CONFLICT (with the current one) if it changed since.' })
  @Length(64, 64)
  textHash!: string;
}

@InputType('RecordAgreementConfirmationInput', { description: '记录签字: the mediator records that a party signed on paper, or assented to an oral agreement.' })
export class RecordAgreementConfirmationInput {
  @Field(() => ID, { description: 'The dispute.' })
  disputeId!: string;

  @Field(() => ID, { description: 'The party (`DisputeParty`).' })
  partyId!: string;

  @Field(() => ConfirmationMethod, { description: 'PAPER for a written agreement, ORAL for an oral one.' })
  method!: ConfirmationMethod;

  @Field({ description: 'The `textHash` of the agreement the party signed or assented to: CONFLICT (with the current one) if it changed since.' })
  @Length(64, 64)
  textHash!: string;
}

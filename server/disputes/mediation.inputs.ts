import { Field, ID, InputType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { ArrayMaxSize, ArrayMinSize, Length, Matches, ValidateNested } from 'class-validator';
import { MAX_ITEMS, MAX_LENGTH, NOT_BLANK } from '../../common/limits.js';
import { AgreementForm, ConfirmationMethod, SessionInviteeRole } from './mediation.entity.js';

const L = MAX_LENGTH.dispute;
const N = MAX_ITEMS.dispute;

@InputType('SessionInviteeInput', { description: 'Someone invited to a session from another organization (a lawyer, a psychologist), by account: they see this dispute, and no other because of it.' })
export class SessionInviteeInput {
  @Field(() => ID, { description: 'Their account. Not a party of the dispute.' })
  userId!: string;

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

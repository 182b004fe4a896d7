import { Field, ID, InputType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { ArrayMaxSize, ArrayMinSize, Length, Matches, ValidateNested } from 'class-validator';
import { MAX_ITEMS, MAX_LENGTH, NOT_BLANK } from '../../common/limits.js';
import { SessionInviteeRole } from './mediation.entity.js';

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

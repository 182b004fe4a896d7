import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length, Matches } from 'class-validator';
import { MAX_ITEMS, MAX_LENGTH, MAX_VALUE, NOT_BLANK } from '../../common/limits.js';
import { PageArgs } from '../core/pagination.js';
import { ProposalStatus, ProposalThresholdMode } from './proposal.entity.js';

const L = MAX_LENGTH.proposal;

@InputType('CreateProposalInput', { description: '我要提议: a verified resident proposes a matter for their community.' })
export class CreateProposalInput {
  @Field(() => ID, { description: 'The community.' })
  communityId!: string;

  @Field({ description: `1 to ${L.title} characters.` })
  @Length(1, L.title)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  title!: string;

  @Field({ description: `What is proposed and why, 1 to ${L.body.toLocaleString('en')} characters.` })
  @Length(1, L.body)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  body!: string;

  @Field(() => [ID], { nullable: true, description: `Photos and documents uploaded first (POST /files) by the viewer, in order: at most ${MAX_ITEMS.attachment.images} images and ${MAX_ITEMS.attachment.documents} documents.` })
  @IsOptional()
  @ArrayMaxSize(MAX_ITEMS.attachment.images + MAX_ITEMS.attachment.documents)
  attachmentIds?: string[] | null;
}

@InputType('ProposalRefInput', { description: 'A proposal.' })
export class ProposalRefInput {
  @Field(() => ID, { description: 'The proposal.' })
  proposalId!: string;
}

@InputType('DeclineProposalInput', { description: '不予立项: the party organization declines a proposal, with a reason the whole community reads.' })
export class DeclineProposalInput {
  @Field(() => ID, { description: 'The proposal.' })
  proposalId!: string;

  // A blank reason is refused by the service (BAD_USER_INPUT naming `reason`), so that the rule is in one place.
  @Field({ description: `Why, 1 to ${L.declineReason.toLocaleString('en')} characters, not blank: public.` })
  @Length(0, L.declineReason)
  reason!: string;
}

@InputType('CommentOnProposalInput', { description: 'A comment in a proposal\'s thread.' })
export class CommentOnProposalInput {
  @Field(() => ID, { description: 'The proposal.' })
  proposalId!: string;

  @Field({ description: `1 to ${L.comment.toLocaleString('en')} characters.` })
  @Length(1, L.comment)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  body!: string;
}

@InputType('SetProposalThresholdInput', { description: "A community's threshold for proposals: a number of supporters, or a percentage of its households." })
export class SetProposalThresholdInput {
  @Field(() => ID, { description: 'The community.' })
  communityId!: string;

  @Field(() => ProposalThresholdMode, { description: 'COUNT or PERCENT.' })
  mode!: ProposalThresholdMode;

  // Checked by the service (BAD_USER_INPUT naming `value`): its range depends on the mode.
  @Field(() => Int, { description: `COUNT: 1 to ${MAX_VALUE.proposal.thresholdCount} supporters; PERCENT: 1 to ${MAX_VALUE.proposal.thresholdPercent} (% of households, rounded up).` })
  value!: number;
}

@ArgsType()
export class ProposalsArgs extends PageArgs {
  @Field(() => ID, { description: 'The community.' })
  communityId!: string;

  @Field(() => [ProposalStatus], { nullable: true, description: 'Only these statuses (SUBMITTED: the 议事 list).' })
  @IsOptional()
  @ArrayMaxSize(5)
  status?: ProposalStatus[] | null;

  @Field(() => Boolean, { nullable: true, description: "Only the viewer's own proposals." })
  mine?: boolean | null;
}

@ArgsType()
export class ProposalEventsArgs {
  @Field(() => ID, { description: 'The proposal.' })
  proposalId!: string;

  @Field(() => String, { nullable: true, description: 'Resume after this event cursor (a DomainEvent cursor).' })
  after?: string | null;
}

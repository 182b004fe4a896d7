import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { ArrayMaxSize, IsInt, IsOptional, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { PageArgs } from '../core/pagination.js';
import { MAX_ITEMS, MAX_LENGTH, MAX_VALUE, MOBILE_PHONE, NOT_BLANK } from '../../common/limits.js';
import { IssueCategory, IssuePriority, IssueStatus, Visibility } from './issue.entity.js';

const L = MAX_LENGTH.issue;

@InputType('IssueFilter', { description: 'Filters of the issue board; all given ones apply.' })
export class IssueFilter {
  @Field(() => [IssueStatus], { nullable: true, description: 'Any of these statuses.' })
  @IsOptional()
  @ArrayMaxSize(MAX_ITEMS.issue.statusFilter)
  status?: IssueStatus[] | null;

  @Field(() => [IssueCategory], { nullable: true, description: 'Any of these categories.' })
  @IsOptional()
  @ArrayMaxSize(MAX_ITEMS.issue.categoryFilter)
  category?: IssueCategory[] | null;

  @Field(() => ID, { nullable: true, description: 'Assigned to this organization now.' })
  assigneeId?: string | null;

  @Field(() => ID, { nullable: true, description: "网格: issues recorded for a building of this grid (server/grids). A grid worker's board defaults to their grid." })
  gridId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only issues with a deadline passed unmet (true), or none (false).' })
  overdue?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Issues the viewer reported, follows, or whose assignee the viewer belongs to.' })
  mine?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Full-text search over number, title, body and comments (Chinese included).' })
  @IsOptional()
  @Length(1, L.search)
  search?: string | null;
}

@ArgsType()
export class IssuesArgs extends PageArgs {
  @Field(() => ID, { description: 'The community.' })
  communityId!: string;

  @Field(() => IssueFilter, { nullable: true, description: 'Filters.' })
  filter?: IssueFilter | null;
}

@InputType('RecordedResidentInput', { description: 'A resident with no account for whom a grid worker records an issue.' })
export class RecordedResidentInput {
  @Field({ description: `Their name, 1 to ${MAX_LENGTH.account.name} characters.` })
  @Length(1, MAX_LENGTH.account.name)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  name!: string;

  @Field(() => ID, { description: 'Their flat, in the community.' })
  unitId!: string;

  @Field({ description: 'A mainland mobile number to reach them (a relative\'s will do): seen only by the parties handling it; signing up with it lets them claim the issue.' })
  @Matches(MOBILE_PHONE, { message: 'must be an 11-digit mobile number' })
  contactPhone!: string;
}

@InputType('SubmitIssueInput', { description: '点单: raise an issue.' })
export class SubmitIssueInput {
  @Field(() => ID, { description: 'The community.' })
  communityId!: string;

  @Field({ description: `1 to ${L.title} characters.` })
  @Length(1, L.title)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  title!: string;

  @Field({ description: `1 to ${L.body.toLocaleString('en')} characters.` })
  @Length(1, L.body)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  body!: string;

  @Field(() => IssueCategory, { description: 'Category.' })
  category!: IssueCategory;

  @Field(() => IssuePriority, { nullable: true, description: 'Default NORMAL.' })
  priority?: IssuePriority | null;

  @Field(() => Visibility, { nullable: true, description: 'Default PUBLIC.' })
  visibility?: Visibility | null;

  @Field(() => String, { nullable: true, description: `Where, up to ${L.location} characters.` })
  @IsOptional()
  @Length(1, L.location)
  location?: string | null;

  @Field(() => ID, { nullable: true, description: 'The building.' })
  buildingId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A grid worker submits on behalf of a resident (网格员代点单).' })
  onBehalfOfUserId?: string | null;

  @Field(() => RecordedResidentInput, {
    nullable: true,
    description: '网格员代登记: a grid worker records it for a resident with no account (not with `onBehalfOfUserId`); the resident claims it after signing up with that phone.',
  })
  @IsOptional()
  @ValidateNested()
  recordedFor?: RecordedResidentInput | null;

  @Field(() => [ID], { nullable: true, description: `Photos and documents uploaded first (POST /files) by the viewer, in order: at most ${MAX_ITEMS.attachment.images} images and ${MAX_ITEMS.attachment.documents} documents.` })
  @IsOptional()
  @ArrayMaxSize(MAX_ITEMS.attachment.images + MAX_ITEMS.attachment.documents)
  attachmentIds?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: "Show the reporter's name to everyone who may read it. Default false: only the parties handling it and the reporter see who raised it." })
  showReporterName?: boolean | null;

  @Field(() => String, { nullable: true, description: 'The same key from the same user returns the first result again.' })
  @IsOptional()
  @Length(1, MAX_LENGTH.idempotencyKey)
  idempotencyKey?: string | null;
}

@InputType('DispatchIssueInput', { description: '派单: send an issue to an organization, with deadlines (defaults by priority).' })
export class DispatchIssueInput {
  @Field(() => ID, { description: 'The issue.' })
  issueId!: string;

  @Field(() => ID, { description: 'The organization that must act.' })
  organizationId!: string;

  @Field(() => String, { nullable: true, description: 'A note to the assignee.' })
  @IsOptional()
  @Length(1, L.dispatchNote)
  note?: string | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Overrides the default deadline to accept.' })
  acceptBy?: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Overrides the default deadline to resolve.' })
  resolveBy?: Date | null;
}

@InputType('IssueRefInput', { description: 'One issue.' })
export class IssueRefInput {
  @Field(() => ID, { description: 'The issue.' })
  issueId!: string;
}

@InputType('ReturnIssueInput', { description: '退单: the assignee sends it back with a reason.' })
export class ReturnIssueInput {
  @Field(() => ID, { description: 'The issue.' })
  issueId!: string;

  @Field({ description: `Why, 1 to ${L.reason.toLocaleString('en')} characters.` })
  @Length(1, L.reason)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  reason!: string;
}

@InputType('ResolveIssueInput', { description: '办结: the assignee reports how it was handled.' })
export class ResolveIssueInput {
  @Field(() => ID, { description: 'The issue.' })
  issueId!: string;

  @Field({ description: `How, 1 to ${L.resolution.toLocaleString('en')} characters.` })
  @Length(1, L.resolution)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  resolution!: string;
}

@InputType('RateIssueInput', { description: '评单: the reporter rates the resolution.' })
export class RateIssueInput {
  @Field(() => ID, { description: 'The issue.' })
  issueId!: string;

  @Field(() => Int, { description: '1..5; 3 or less reopens the issue and needs a comment.' })
  @IsInt()
  @Min(1)
  @Max(MAX_VALUE.issue.score)
  score!: number;

  @Field(() => String, { nullable: true, description: 'Why; required for 3 or less.' })
  @IsOptional()
  @Length(1, L.rateComment)
  comment?: string | null;
}

@InputType('EscalateIssueInput', { description: '上报: move it to a higher-level center or a department.' })
export class EscalateIssueInput {
  @Field(() => ID, { description: 'The issue.' })
  issueId!: string;

  @Field(() => ID, { description: 'Where it goes: a higher-level governance center or a department.' })
  organizationId!: string;

  @Field({ description: `Why, 1 to ${L.reason.toLocaleString('en')} characters.` })
  @Length(1, L.reason)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  reason!: string;
}

@InputType('UrgeIssueInput', { description: '督办: press the assignee of a late issue.' })
export class UrgeIssueInput {
  @Field(() => ID, { description: 'The issue.' })
  issueId!: string;

  @Field({ description: `The notice, 1 to ${L.urgeNote.toLocaleString('en')} characters.` })
  @Length(1, L.urgeNote)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  note!: string;
}

@InputType('WithdrawIssueInput', { description: '撤回: the reporter withdraws it before acceptance.' })
export class WithdrawIssueInput {
  @Field(() => ID, { description: 'The issue.' })
  issueId!: string;

  @Field(() => String, { nullable: true, description: 'Why.' })
  @IsOptional()
  @Length(1, L.reason)
  reason?: string | null;
}

@InputType('MarkDuplicateInput', { description: '重复: the desk marks it as the same as an earlier issue; its followers move there.' })
export class MarkDuplicateInput {
  @Field(() => ID, { description: 'The duplicate.' })
  issueId!: string;

  @Field(() => ID, { description: 'The original.' })
  duplicateOfId!: string;
}

@InputType('CommentOnIssueInput', { description: 'A comment in the thread.' })
export class CommentOnIssueInput {
  @Field(() => ID, { description: 'The issue.' })
  issueId!: string;

  @Field({ description: `1 to ${L.comment.toLocaleString('en')} characters.` })
  @Length(1, L.comment)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  body!: string;

  @Field(() => Boolean, { nullable: true, description: 'An internal note, for the parties only.' })
  internal?: boolean | null;

  @Field(() => [ID], { nullable: true, description: `Photos and documents uploaded first (POST /files) by the viewer, in order: at most ${MAX_ITEMS.attachment.images} images and ${MAX_ITEMS.attachment.documents} documents.` })
  @IsOptional()
  @ArrayMaxSize(MAX_ITEMS.attachment.images + MAX_ITEMS.attachment.documents)
  attachmentIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'The same key from the same user returns the first comment again.' })
  @IsOptional()
  @Length(1, MAX_LENGTH.idempotencyKey)
  idempotencyKey?: string | null;
}

@InputType('ClaimIssueInput', { description: '认领: the resident a grid worker recorded an issue for makes it theirs.' })
export class ClaimIssueInput {
  @Field(() => ID, { description: 'The issue.' })
  issueId!: string;
}

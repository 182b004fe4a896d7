import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { ArrayMaxSize, IsInt, IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { MAX_ITEMS, MAX_LENGTH, MAX_VALUE, NOT_BLANK } from '../../common/limits.js';
import { PageArgs } from '../core/pagination.js';
import { VolunteerTaskStatus } from './volunteer.entity.js';

const L = MAX_LENGTH.volunteer;

@InputType('RegisterVolunteerInput', { description: 'Register as a volunteer of a 红色驿站 (verified residents of its community).' })
export class RegisterVolunteerInput {
  @Field(() => ID, { description: 'The 红色驿站.' })
  stationId!: string;

  @Field({ description: '下沉党员: a party member serving in the community.' })
  isPartyMember!: boolean;

  @Field(() => [String], { description: `Skills, at most ${MAX_ITEMS.volunteer.skills}, each 1 to ${L.skill} characters (e.g. 电工, 助老, 急救).` })
  @ArrayMaxSize(MAX_ITEMS.volunteer.skills)
  @Length(1, L.skill, { each: true })
  skills!: string[];
}

@InputType('CreateVolunteerTaskInput', { description: "A task posted by the station's coordinator." })
export class CreateVolunteerTaskInput {
  @Field(() => ID, { description: 'The 红色驿站.' })
  stationId!: string;

  @Field({ description: `1 to ${L.taskTitle} characters.` })
  @Length(1, L.taskTitle)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  title!: string;

  @Field({ description: `1 to ${L.taskDescription.toLocaleString('en')} characters.` })
  @Length(1, L.taskDescription)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  description!: string;

  @Field(() => [String], { nullable: true, description: 'Skills wanted: volunteers who have one are notified when it is published.' })
  @IsOptional()
  @ArrayMaxSize(MAX_ITEMS.volunteer.skills)
  @Length(1, L.skill, { each: true })
  skills?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Where.' })
  @IsOptional()
  @Length(1, L.location)
  location?: string | null;

  @Field(() => GraphQLDateTime, { description: 'Start, in the future.' })
  startsAt!: Date;

  @Field(() => GraphQLDateTime, { description: 'End, after the start, at most 14 days later.' })
  endsAt!: Date;

  @Field(() => Int, { description: `How many volunteers, 1 to ${MAX_VALUE.volunteer.slots}.` })
  @IsInt()
  @Min(1)
  @Max(MAX_VALUE.volunteer.slots)
  slots!: number;

  @Field(() => ID, { nullable: true, description: 'The shared issue it comes from.' })
  sourceIssueId?: string | null;

  @Field(() => ID, { nullable: true, description: "The meeting's action item it comes from." })
  sourceActionItemId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Publish at once (OPEN) instead of keeping a DRAFT.' })
  publish?: boolean | null;
}

@InputType('TaskRefInput', { description: 'One task.' })
export class TaskRefInput {
  @Field(() => ID, { description: 'The task.' })
  taskId!: string;
}

@InputType('ClaimTaskInput', { description: '认领: claim a slot, or a place on the waitlist when none is free.' })
export class ClaimTaskInput {
  @Field(() => ID, { description: 'The task.' })
  taskId!: string;

  @Field(() => String, { nullable: true, description: 'The same key from the same user returns the first claim again.' })
  @IsOptional()
  @Length(1, MAX_LENGTH.idempotencyKey)
  idempotencyKey?: string | null;
}

@InputType('CancelVolunteerTaskInput', { description: 'Cancel a task before it starts; claimants are told.' })
export class CancelVolunteerTaskInput {
  @Field(() => ID, { description: 'The task.' })
  taskId!: string;

  @Field({ description: `Why, 1 to ${L.cancelReason} characters.` })
  @Length(1, L.cancelReason)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  reason!: string;
}

@InputType('ClaimRefInput', { description: 'One claim.' })
export class ClaimRefInput {
  @Field(() => ID, { description: 'The claim.' })
  claimId!: string;
}

@InputType('VerifyHoursInput', { description: '谁组织谁记录、谁记录谁证明: the coordinator verifies or rejects the hours.' })
export class VerifyHoursInput {
  @Field(() => ID, { description: 'The claim.' })
  claimId!: string;

  @Field(() => Float, { description: 'The hours to credit (at most the task\'s length).' })
  hours!: number;

  @Field({ description: 'Verify (true) or reject (false).' })
  approve!: boolean;

  @Field(() => String, { nullable: true, description: 'A note; required when rejecting.' })
  @IsOptional()
  @Length(1, L.hoursNote)
  note?: string | null;
}

@InputType('VolunteerTaskFilter', { description: 'Filters of the task board.' })
export class VolunteerTaskFilter {
  @Field(() => [VolunteerTaskStatus], { nullable: true, description: 'Any of these statuses.' })
  @IsOptional()
  @ArrayMaxSize(MAX_ITEMS.volunteer.statusFilter)
  status?: VolunteerTaskStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Of this station.' })
  stationId?: string | null;

  @Field(() => String, { nullable: true, description: 'Wanting this skill.' })
  @IsOptional()
  @Length(1, L.skill)
  skill?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Tasks the viewer has claimed.' })
  mine?: boolean | null;
}

@ArgsType()
export class VolunteerTasksArgs extends PageArgs {
  @Field(() => ID, { description: 'The community.' })
  communityId!: string;

  @Field(() => VolunteerTaskFilter, { nullable: true, description: 'Filters.' })
  filter?: VolunteerTaskFilter | null;
}

@ArgsType()
export class LeaderboardArgs {
  @Field(() => ID, { description: 'The community.' })
  communityId!: string;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Hours of tasks starting from this moment (default: the beginning).' })
  from?: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Hours of tasks starting before this moment (default: now).' })
  to?: Date | null;

  @Field(() => Int, { nullable: true, description: 'How many, 1..100 (default 20).' })
  first?: number | null;
}

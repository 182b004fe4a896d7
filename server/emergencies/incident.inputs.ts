import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Matches, ValidateNested } from 'class-validator';
import { CreateVolunteerTaskInput } from '../volunteers/index.js';
import { MOBILE_PHONE, NOT_BLANK } from '../../common/limits.js';
import { EMERGENCY_ITEMS, EMERGENCY_LENGTH as L } from '../../common/emergency-limits.js';
import { IncidentAnswer, IncidentKind, IncidentLevel, IncidentStatus, RollCallStatus, VulnerableCategory } from './incident.entity.js';

@InputType('DeclareIncidentInput', { description: '发布: a governance center declares an incident in its area; everyone there is alerted.' })
export class DeclareIncidentInput {
  @Field(() => ID, { description: 'The governance center declaring it (its desk), which the declarer sits in.' })
  deskId!: string;

  @Field(() => IncidentKind, { description: 'What happened.' })
  kind!: IncidentKind;

  @Field(() => IncidentLevel, { description: 'IV 一般 … I 特别重大.' })
  level!: IncidentLevel;

  @Field({ description: `1 to ${L.title} characters.` })
  @Length(1, L.title)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  title!: string;

  @Field({ description: `What residents are to do, 1 to ${L.instructions.toLocaleString('en')} characters.` })
  @Length(1, L.instructions)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  instructions!: string;

  @Field(() => [ID], { description: `The communities of its area, 1 to ${EMERGENCY_ITEMS.communities}, each served by the desk.` })
  @ArrayMinSize(1)
  @ArrayMaxSize(EMERGENCY_ITEMS.communities)
  communityIds!: string[];

  @Field(() => [ID], { nullable: true, description: `Buildings of the one community named, to limit the area to them (up to ${EMERGENCY_ITEMS.buildings}).` })
  @IsOptional()
  @ArrayMaxSize(EMERGENCY_ITEMS.buildings)
  buildingIds?: string[] | null;
}

@InputType('UpdateIncidentInput', { description: "An update from the desk: a note in the timeline, new instructions or a new status; everyone in the area is alerted again." })
export class UpdateIncidentInput {
  @Field(() => ID, { description: 'The incident.' })
  incidentId!: string;

  // Blank or missing is checked by the service (BAD_USER_INPUT naming `note`) where it is required: an
  // update that changes nothing else, and closing with someone unreached in the roll call.
  @Field(() => String, { nullable: true, description: `What changed, up to ${L.note.toLocaleString('en')} characters: required unless the status or the instructions change, and when closing with someone unreached in the roll call (why).` })
  @IsOptional()
  @Length(0, L.note)
  note?: string | null;

  @Field(() => String, { nullable: true, description: 'New instructions (else they stay).' })
  @IsOptional()
  @Length(1, L.instructions)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  instructions?: string | null;

  @Field(() => IncidentStatus, { nullable: true, description: 'The next status (RESPONDING, RECOVERING or CLOSED), as the machine allows.' })
  status?: IncidentStatus | null;

  @Field(() => String, { nullable: true, description: `总结: the after-action summary, only with status CLOSED (BAD_USER_INPUT otherwise), up to ${L.summary.toLocaleString('en')} characters; it may be written later too (writeIncidentSummary).` })
  @IsOptional()
  @Length(0, L.summary)
  summary?: string | null;
}

@InputType('IncidentSummaryInput', { description: '总结: the desk writes (or rewrites) the after-action summary of a closed incident.' })
export class IncidentSummaryInput {
  @Field(() => ID, { description: 'The incident (CLOSED).' })
  incidentId!: string;

  @Field({ description: `1 to ${L.summary.toLocaleString('en')} characters.` })
  @Length(1, L.summary)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  summary!: string;
}

@InputType('IncidentRefInput', { description: 'An incident.' })
export class IncidentRefInput {
  @Field(() => ID, { description: 'The incident.' })
  incidentId!: string;
}

@InputType('AnswerIncidentInput', { description: '我安全 / 需要帮助: an alerted person answers; needing help opens an urgent issue at the desk.' })
export class AnswerIncidentInput {
  @Field(() => ID, { description: 'The incident.' })
  incidentId!: string;

  @Field(() => IncidentAnswer, { description: 'SAFE or NEED_HELP.' })
  answer!: IncidentAnswer;

  @Field(() => String, { nullable: true, description: `What help is needed, up to ${L.answerNote} characters.` })
  @IsOptional()
  @Length(0, L.answerNote)
  note?: string | null;
}

@InputType('RegisterVulnerableResidentInput', { description: '重点人群: the residents\' committee records someone who needs a check in an emergency, with their consent.' })
export class RegisterVulnerableResidentInput {
  @Field(() => ID, { description: 'Their building.' })
  buildingId!: string;

  @Field(() => ID, { nullable: true, description: 'Their flat, in that building.' })
  unitId?: string | null;

  @Field({ description: `A name to call them by, 1 to ${L.vulnerableName} characters.` })
  @Length(1, L.vulnerableName)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  name!: string;

  @Field(() => VulnerableCategory, { description: 'Why they need a check.' })
  category!: VulnerableCategory;

  @Field(() => String, { nullable: true, description: 'A phone to reach them.' })
  @IsOptional()
  @Matches(MOBILE_PHONE, { message: 'must be an 11-digit mainland mobile number' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: `What a helper must know, up to ${L.vulnerableNote} characters.` })
  @IsOptional()
  @Length(0, L.vulnerableNote)
  note?: string | null;

  @Field({ description: 'They (or their guardian) consented to being on the register: required to be true.' })
  consent!: boolean;
}

@InputType('EditVulnerableResidentInput', { description: "Corrects a vulnerable resident's record (the fields given change; consent stays as recorded)." })
export class EditVulnerableResidentInput {
  @Field(() => ID, { description: 'The record.' })
  vulnerableResidentId!: string;

  @Field(() => ID, { nullable: true, description: 'Another building of the community (a grid worker: of their grid); the flat is cleared unless given.' })
  buildingId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Their flat in the building; null clears it.' })
  unitId?: string | null;

  @Field(() => String, { nullable: true, description: `A name to call them by, 1 to ${L.vulnerableName} characters.` })
  @IsOptional()
  @Length(1, L.vulnerableName)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  name?: string | null;

  @Field(() => VulnerableCategory, { nullable: true, description: 'Why they need a check.' })
  category?: VulnerableCategory | null;

  @Field(() => String, { nullable: true, description: 'A phone to reach them; null or empty clears it.' })
  @IsOptional()
  @Matches(new RegExp(`^$|${MOBILE_PHONE.source}`), { message: 'must be an 11-digit mainland mobile number' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: `What a helper must know, up to ${L.vulnerableNote} characters; empty clears it.` })
  @IsOptional()
  @Length(0, L.vulnerableNote)
  note?: string | null;
}

@InputType('VulnerableResidentRefInput', { description: 'A vulnerable resident\'s record.' })
export class VulnerableResidentRefInput {
  @Field(() => ID, { description: 'The record.' })
  vulnerableResidentId!: string;
}

@InputType('MarkReachedInput', { description: 'A roll-call entry marked reached: safe, helped or moved.' })
export class MarkReachedInput {
  @Field(() => ID, { description: 'The roll-call entry.' })
  entryId!: string;

  @Field(() => RollCallStatus, { description: 'SAFE, HELPED or MOVED.' })
  status!: RollCallStatus;

  @Field(() => String, { nullable: true, description: `Up to ${L.reachNote} characters.` })
  @IsOptional()
  @Length(0, L.reachNote)
  note?: string | null;
}

@InputType('PostIncidentTaskInput', { description: "A volunteer task from an incident, posted by its desk to a 红色驿站 of its area and published at once (the volunteers module's rules)." })
export class PostIncidentTaskInput {
  @Field(() => ID, { description: 'The incident.' })
  incidentId!: string;

  @Field(() => CreateVolunteerTaskInput, { description: "The task, as a station's coordinator would post it (its station: one of a community of the area); `publish` is implied." })
  @ValidateNested()
  task!: CreateVolunteerTaskInput;
}

@ArgsType()
export class IncidentsArgs {
  @Field(() => Boolean, { nullable: true, description: 'Only those not CLOSED.' })
  open?: boolean | null;
}

@ArgsType()
export class IncidentEventsArgs {
  @Field(() => ID, { description: 'The incident.' })
  incidentId!: string;

  @Field(() => String, { nullable: true, description: 'Resume after this event cursor (a DomainEvent cursor).' })
  after?: string | null;
}

import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length, Matches } from 'class-validator';
import { MAX_ITEMS, MAX_LENGTH, NOT_BLANK } from '../../common/limits.js';
import { PartyMemberStatus } from './grid.entity.js';

const L = MAX_LENGTH.grid;

@InputType('CreateGridInput', { description: '网格: a new grid of a community, with the buildings it takes (none of them in another grid).' })
export class CreateGridInput {
  @Field(() => ID, { description: 'The community.' })
  communityId!: string;

  @Field({ description: `Its name, 1 to ${L.name} characters, unique in the community (e.g. 第一网格).` })
  @Length(1, L.name)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  name!: string;

  @Field(() => [ID], { nullable: true, description: `Its buildings (up to ${MAX_ITEMS.grid.buildings}): buildings of the community in no other grid.` })
  @IsOptional()
  @ArrayMaxSize(MAX_ITEMS.grid.buildings)
  buildingIds?: string[] | null;
}

@InputType('RenameGridInput', { description: 'A new name for a grid (its 网格党支部 keeps the default name with it: "<grid>党支部").' })
export class RenameGridInput {
  @Field(() => ID, { description: 'The grid.' })
  gridId!: string;

  @Field({ description: `Its new name, 1 to ${L.name} characters, unique in the community.` })
  @Length(1, L.name)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  name!: string;
}

@InputType('SetGridBuildingsInput', { description: "A grid's buildings, all of them: those left out leave it; one in another grid is refused (CONFLICT `BUILDING_IN_OTHER_GRID`) and nothing changes." })
export class SetGridBuildingsInput {
  @Field(() => ID, { description: 'The grid.' })
  gridId!: string;

  @Field(() => [ID], { description: `Its buildings (up to ${MAX_ITEMS.grid.buildings}).` })
  @ArrayMaxSize(MAX_ITEMS.grid.buildings)
  buildingIds!: string[];
}

@InputType('DeleteGridInput', { description: 'A grid to delete: one without buildings or grid workers.' })
export class DeleteGridInput {
  @Field(() => ID, { description: 'The grid.' })
  gridId!: string;
}

@InputType('GridWorkerInput', { description: "A grid worker's seat (GRID_WORKER of the community's residents' committee) and a grid." })
export class GridWorkerInput {
  @Field(() => ID, { description: 'The grid.' })
  gridId!: string;

  @Field(() => ID, { description: "The seat: a GRID_WORKER membership of the community's residents' committee." })
  membershipId!: string;
}

@InputType('CreateBuildingPartyGroupInput', { description: '楼栋党小组: the party group of a building (one per building).' })
export class CreateBuildingPartyGroupInput {
  @Field(() => ID, { description: 'The building.' })
  buildingId!: string;

  @Field(() => String, { nullable: true, description: `Its name, 1 to ${MAX_LENGTH.community.name} characters; default "<building>党小组".` })
  @IsOptional()
  @Length(1, MAX_LENGTH.community.name)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  name?: string | null;
}

@InputType('RegisterPartyMemberInput', { description: '党员下沉报到: a party member registers with the community where they live or serve, through one of its 红色驿站.' })
export class RegisterPartyMemberInput {
  @Field(() => ID, { description: 'The community.' })
  communityId!: string;

  @Field(() => ID, { description: 'The 红色驿站 (PARTY_STATION) of the community.' })
  stationId!: string;

  @Field({ description: `所在党组织: the party branch their membership is in, 1 to ${L.partyOrganization} characters.` })
  @Length(1, L.partyOrganization)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  partyOrganization!: string;
}

@InputType('DecidePartyMemberInput', { description: 'The party organization verifies a registration, or declines it with a reason.' })
export class DecidePartyMemberInput {
  @Field(() => ID, { description: 'The registration.' })
  registrationId!: string;

  @Field(() => String, { nullable: true, description: `Why it is declined, 1 to ${L.declineReason} characters (declining only).` })
  @IsOptional()
  @Length(1, L.declineReason)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  reason?: string | null;
}

@ArgsType()
export class PartyMemberRegistrationsArgs {
  @Field(() => PartyMemberStatus, { nullable: true, description: 'Only those in this status (all when absent).' })
  status?: PartyMemberStatus | null;
}

import { Field, Float, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsNumber, IsOptional, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { OrganizationKind, RegionLevel } from './organization.entity.js';
import { CommunityKind } from './community.entity.js';
import { MemberRole } from './membership.entity.js';
import { ResidencyKind } from './residency.entity.js';
import { MAX_ITEMS, MAX_LENGTH, MAX_VALUE, NOT_BLANK } from '../../common/limits.js';

const L = MAX_LENGTH.community;

@InputType('CreateCommunityInput', { description: 'A new community (platform admins).' })
export class CreateCommunityInput {
  @Field({ description: `Name, 1 to ${L.name} characters.` })
  @Length(1, L.name)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  name!: string;

  @Field({ description: '街道 / 乡镇.' })
  @Length(1, L.name)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  township!: string;

  @Field({ description: '县(区).' })
  @Length(1, L.name)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  county!: string;

  @Field({ description: '市.' })
  @Length(1, L.name)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  city!: string;

  @Field(() => CommunityKind, { nullable: true, description: '社区 (the default) or 村.' })
  kind?: CommunityKind | null;
}

@InputType('CreateOrganizationInput', { description: 'A new organization (platform admins). Without `communityId` it stands above communities (a township center, a department).' })
export class CreateOrganizationInput {
  @Field(() => ID, { nullable: true, description: 'The community it belongs to; omitted for township, county or city organizations.' })
  communityId?: string | null;

  @Field(() => OrganizationKind, { description: 'What kind of party.' })
  kind!: OrganizationKind;

  @Field({ description: `Name, 1 to ${L.name} characters.` })
  @Length(1, L.name)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  name!: string;

  @Field(() => RegionLevel, { description: 'COMMUNITY with a community; TOWNSHIP, COUNTY or CITY without.' })
  level!: RegionLevel;

  @Field(() => String, { nullable: true, description: 'Above communities: the city (市) of the area it serves. Required for TOWNSHIP, COUNTY and CITY; omitted for COMMUNITY.' })
  @IsOptional()
  @Length(1, L.name)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  city?: string | null;

  @Field(() => String, { nullable: true, description: 'Above communities: the county (县/区) of the area it serves. Required for TOWNSHIP and COUNTY.' })
  @IsOptional()
  @Length(1, L.name)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  county?: string | null;

  @Field(() => String, { nullable: true, description: "Above communities: the township (街道/乡镇) it serves. Required for TOWNSHIP. A township center reviews, reads and takes escalations of that township's communities only." })
  @IsOptional()
  @Length(1, L.name)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  township?: string | null;

  @Field(() => ID, { nullable: true, description: 'Above communities: the region it stands in, of its level (instead of the place names); its area is the region\'s subtree.' })
  regionId?: string | null;
}

@InputType('AddMemberInput', { description: 'Gives a person a seat (chairs of the organization, platform admins).' })
export class AddMemberInput {
  @Field(() => ID, { description: 'The organization.' })
  organizationId!: string;

  @Field(() => ID, { description: 'The person.' })
  userId!: string;

  @Field(() => MemberRole, { description: 'The seat.' })
  role!: MemberRole;
}

@InputType('ChangeMemberRoleInput', { description: "Gives a seat another role of its organization's kind (who may appoint: the chair, admins, the community's administrators)." })
export class ChangeMemberRoleInput {
  @Field(() => ID, { description: 'The membership.' })
  membershipId!: string;

  @Field(() => MemberRole, { description: "The new role: one the organization's kind gives, other than the present one." })
  role!: MemberRole;
}

@InputType('RemoveMemberInput', { description: 'Takes a seat away.' })
export class RemoveMemberInput {
  @Field(() => ID, { description: 'The membership.' })
  membershipId!: string;
}

@InputType('JoinCommunityInput', { description: 'Asks to be recognised as a resident; the residents\' committee verifies.' })
export class JoinCommunityInput {
  @Field(() => ID, { description: 'The community.' })
  communityId!: string;

  @Field(() => ID, { nullable: true, description: 'The flat, when known.' })
  @IsOptional()
  unitId?: string | null;

  @Field(() => ResidencyKind, { description: 'Owner or tenant.' })
  kind!: ResidencyKind;
}

@InputType('VerifyResidencyInput', { description: "Confirms a residency (the residents' committee)." })
export class VerifyResidencyInput {
  @Field(() => ID, { description: 'The residency.' })
  residencyId!: string;
}

@InputType('DeclineResidencyInput', { description: "Declines a request to be recognised as a resident, with a reason the person is told (the residents' committee)." })
export class DeclineResidencyInput {
  @Field(() => ID, { description: 'The residency request.' })
  residencyId!: string;

  @Field({ description: `Why, 1 to ${L.declineReason} characters: the person is told.` })
  @Length(1, L.declineReason)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  reason!: string;
}

@InputType('DeleteUnitInput', { description: 'Deletes a flat nothing refers to (its community\'s administrators).' })
export class DeleteUnitInput {
  @Field(() => ID, { description: 'The flat.' })
  unitId!: string;
}

@InputType('DeleteBuildingInput', { description: 'Deletes a building with its flats, when nothing refers to any of them (its community\'s administrators).' })
export class DeleteBuildingInput {
  @Field(() => ID, { description: 'The building.' })
  buildingId!: string;
}

/** The most flats one `importUnits` takes: a client sends a larger sheet in batches. */
export const MAX_IMPORT_ROWS = MAX_ITEMS.community.importRows;

@InputType('UnitRowInput', { description: 'One flat of an import: its building (by name), its number and its floor area.' })
export class UnitRowInput {
  @Field({ description: `The building by name, 1 to ${L.building} characters (created when the community has none of that name).` })
  @Length(1, L.building)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  building!: string;

  @Field({ description: `The flat number within its building, 1 to ${L.unitNumber} characters, e.g. 1-502.` })
  @Length(1, L.unitNumber)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  number!: string;

  @Field(() => Float, { description: `Floor area in square metres, more than 0 and at most ${MAX_VALUE.community.floorArea.toLocaleString('en')}, two decimals at most.` })
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false }, { message: 'must be a number with two decimals at most' })
  @Min(0.01)
  @Max(MAX_VALUE.community.floorArea)
  floorArea!: number;
}

@InputType('ImportUnitsInput', {
  description: 'Buildings and flats of a community, all or nothing. A flat already there (same building and number) is not duplicated: its floor area is updated when it differs.',
})
export class ImportUnitsInput {
  @Field(() => ID, { description: 'The community.' })
  communityId!: string;

  @Field(() => [UnitRowInput], { description: `The flats, 1 to ${MAX_IMPORT_ROWS}; errors name the row as rows.<index from 0>.<field>.` })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_IMPORT_ROWS)
  @ValidateNested({ each: true })
  rows!: UnitRowInput[];

  @Field({ defaultValue: false, description: 'Check only: the same checks and counts, then nothing is written (the preview of a sheet).' })
  dryRun!: boolean;
}

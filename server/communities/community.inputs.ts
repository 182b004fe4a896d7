import { Field, ID, InputType } from 'type-graphql';
import { IsOptional, Length, Matches } from 'class-validator';
import { OrganizationKind, RegionLevel } from './organization.entity.js';
import { MemberRole } from './membership.entity.js';
import { ResidencyKind } from './residency.entity.js';

const NOT_BLANK = { message: 'must not be blank' };

@InputType('CreateCommunityInput', { description: 'A new community (platform admins).' })
export class CreateCommunityInput {
  @Field({ description: 'Name, 1 to 100 characters.' })
  @Length(1, 100)
  @Matches(/\S/, NOT_BLANK)
  name!: string;

  @Field({ description: '街道 / 乡镇.' })
  @Length(1, 100)
  @Matches(/\S/, NOT_BLANK)
  township!: string;

  @Field({ description: '县(区).' })
  @Length(1, 100)
  @Matches(/\S/, NOT_BLANK)
  county!: string;

  @Field({ description: '市.' })
  @Length(1, 100)
  @Matches(/\S/, NOT_BLANK)
  city!: string;
}

@InputType('CreateOrganizationInput', { description: 'A new organization (platform admins). Without `communityId` it stands above communities (a township center, a department).' })
export class CreateOrganizationInput {
  @Field(() => ID, { nullable: true, description: 'The community it belongs to; omitted for township, county or city organizations.' })
  communityId?: string | null;

  @Field(() => OrganizationKind, { description: 'What kind of party.' })
  kind!: OrganizationKind;

  @Field({ description: 'Name, 1 to 100 characters.' })
  @Length(1, 100)
  @Matches(/\S/, NOT_BLANK)
  name!: string;

  @Field(() => RegionLevel, { description: 'COMMUNITY with a community; TOWNSHIP, COUNTY or CITY without.' })
  level!: RegionLevel;

  @Field(() => String, { nullable: true, description: 'Above communities: the city (市) of the area it serves. Required for TOWNSHIP, COUNTY and CITY; omitted for COMMUNITY.' })
  @IsOptional()
  @Length(1, 100)
  @Matches(/\S/, NOT_BLANK)
  city?: string | null;

  @Field(() => String, { nullable: true, description: 'Above communities: the county (县/区) of the area it serves. Required for TOWNSHIP and COUNTY.' })
  @IsOptional()
  @Length(1, 100)
  @Matches(/\S/, NOT_BLANK)
  county?: string | null;

  @Field(() => String, { nullable: true, description: "Above communities: the township (街道/乡镇) it serves. Required for TOWNSHIP. A township center reviews, reads and takes escalations of that township's communities only." })
  @IsOptional()
  @Length(1, 100)
  @Matches(/\S/, NOT_BLANK)
  township?: string | null;
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

  @Field({ description: 'Why, 1 to 500 characters: the person is told.' })
  @Length(1, 500)
  @Matches(/\S/, NOT_BLANK)
  reason!: string;
}

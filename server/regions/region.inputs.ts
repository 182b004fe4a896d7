import { Field, ID, InputType } from 'type-graphql';
import { Length, Matches } from 'class-validator';
import { MAX_LENGTH, NOT_BLANK } from '../../common/limits.js';
import { IssueCategory } from '../issues/index.js';
import { DisputeCategory } from '../disputes/index.js';

const L = MAX_LENGTH.community;

@InputType('CreateRegionInput', { description: 'A new region of the tree: a city (no parent), a county of a city, or a township of a county.' })
export class CreateRegionInput {
  @Field(() => ID, { nullable: true, description: 'The region above: a city for a county, a county for a township; omitted for a city.' })
  parentId?: string | null;

  @Field({ description: `Name, 1 to ${L.name} characters (e.g. 襄城区, 檀溪街道); unique among its siblings.` })
  @Length(1, L.name)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  name!: string;
}

@InputType('SetResponsibilityInput', { description: "责任清单: names (or, without a department, clears) the department responsible in a region for a category of issues." })
export class SetResponsibilityInput {
  @Field(() => ID, { description: 'The region whose list it is.' })
  regionId!: string;

  @Field(() => IssueCategory, { description: 'The category of issues.' })
  category!: IssueCategory;

  @Field(() => ID, { nullable: true, description: 'A department standing in the region or above it; omitted or null clears the entry.' })
  departmentId?: string | null;
}

@InputType('SetDisputeResponsibilityInput', { description: '责任清单: names (or, without a department, clears) the department responsible in a region for a category of disputes.' })
export class SetDisputeResponsibilityInput {
  @Field(() => ID, { description: 'The region whose list it is.' })
  regionId!: string;

  @Field(() => DisputeCategory, { description: 'The category of disputes.' })
  category!: DisputeCategory;

  @Field(() => ID, { nullable: true, description: 'A department standing in the region or above it; omitted or null clears the entry.' })
  departmentId?: string | null;
}

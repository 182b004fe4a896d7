import { Field, ID, InputType } from 'type-graphql';
import { Length, Matches } from 'class-validator';
import { MAX_LENGTH, NOT_BLANK } from '../../common/limits.js';

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

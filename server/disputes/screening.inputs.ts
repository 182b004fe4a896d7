import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Matches } from 'class-validator';
import { MAX_ITEMS, MAX_LENGTH, NOT_BLANK } from '../../common/limits.js';
import { PageArgs } from '../core/pagination.js';

@InputType('RecordScreeningRoundInput', { description: '排查: a round over buildings of the community, and whether it found anything (what it found is registered with `registerDispute` and its `screeningRoundId`).' })
export class RecordScreeningRoundInput {
  @Field(() => ID, { description: 'The community.' })
  communityId!: string;

  @Field(() => GraphQLDateTime, { description: 'When it was made: not in the future.' })
  heldAt!: Date;

  @Field(() => [ID], { description: `The buildings it went over, 1 to ${MAX_ITEMS.dispute.screeningBuildings}: buildings of the community.` })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_ITEMS.dispute.screeningBuildings)
  buildingIds!: string[];

  @Field({ description: '"未发现矛盾纠纷": it found nothing (then no dispute can be registered from it).' })
  nothingFound!: boolean;

  @Field(() => String, { nullable: true, description: `What it noted, 1 to ${MAX_LENGTH.dispute.screeningNote} characters.` })
  @IsOptional()
  @Length(1, MAX_LENGTH.dispute.screeningNote)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  note?: string | null;
}

@ArgsType()
export class ScreeningRoundsArgs extends PageArgs {
  @Field(() => ID, { description: 'The community.' })
  communityId!: string;

  @Field(() => ID, { nullable: true, description: "网格: only the rounds over a building of this grid (a grid worker's list defaults to their grid)." })
  gridId?: string | null;
}

@ArgsType()
export class ScreeningCoverageArgs {
  @Field(() => ID, { description: 'The community.' })
  communityId!: string;

  @Field({ description: 'The first month, `YYYY-MM` (Asia/Shanghai).' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'must be a month, YYYY-MM' })
  fromMonth!: string;

  @Field({ description: 'The last month, `YYYY-MM`, at most 24 months after `fromMonth`.' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'must be a month, YYYY-MM' })
  toMonth!: string;
}

import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { NodeInterface } from '../core/node.js';
import { toGlobalId } from '../core/ids.js';
import { connectionTypes } from '../core/pagination.js';
import { BuildingType } from '../communities/index.js';
import { GridType } from '../grids/index.js';
import { ScreeningRound } from './screening.entity.js';

@ObjectType('ScreeningRound', {
  implements: NodeInterface,
  description: "排查: a round over buildings of the community. Seen by its mediators and grid workers and by those who handle its disputes (`disputePolicy.canSeeScreening`).",
})
export class ScreeningRoundType extends NodeInterface {
  @Field(() => GraphQLDateTime, { description: 'When it was made.' })
  heldAt!: Date;

  @Field({ description: 'It found nothing ("未发现矛盾纠纷").' })
  nothingFound!: boolean;

  @Field(() => String, { nullable: true, description: 'What it noted.' })
  note!: string | null;

  @Field(() => GraphQLDateTime, { description: 'When it was recorded.' })
  recordedAt!: Date;

  entity!: ScreeningRound;

  static from(this: void, r: ScreeningRound): ScreeningRoundType {
    return Object.assign(new ScreeningRoundType(), { id: toGlobalId('ScreeningRound', r.id), heldAt: r.heldAt, nothingFound: r.nothingFound, note: r.note ?? null, recordedAt: r.recordedAt, entity: r });
  }
}

export const { ConnectionType: ScreeningRoundConnection } = connectionTypes('ScreeningRound', ScreeningRoundType, { totalCount: true });
export type ScreeningRoundConnection = InstanceType<typeof ScreeningRoundConnection>;

@ObjectType('ScreeningCoverage', { description: '排查 coverage of one building in one month (Asia/Shanghai): the rounds that went over it. Per grid: `screeningCoverageByGrid`.' })
export class ScreeningCoverageType {
  @Field(() => BuildingType, { description: 'The building.' })
  building!: BuildingType;

  @Field(() => GridType, { nullable: true, description: 'The grid the building is in now (null: none).' })
  grid!: GridType | null;

  @Field({ description: '`YYYY-MM`.' })
  month!: string;

  @Field(() => Int, { description: 'Rounds over the building made that month (0: not covered).' })
  rounds!: number;

  @Field(() => Int, { description: 'Of those, the rounds that found nothing.' })
  nothingFound!: number;

  @Field(() => Int, { description: 'Disputes registered from those rounds (a round over several buildings counts for each).' })
  disputesFound!: number;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'The last round over it that month.' })
  lastHeldAt!: Date | null;
}

@ObjectType('GridScreeningCoverage', {
  description:
    '排查 coverage of one grid in one month (Asia/Shanghai). A round counts once in each grid whose buildings it went over, however many of them; a grid of the community with no round that month has a row of zeros.',
})
export class GridScreeningCoverageType {
  @Field(() => GridType, { nullable: true, description: 'The grid; null for the buildings in no grid (a row only when there are some).' })
  grid!: GridType | null;

  @Field({ description: '`YYYY-MM`.' })
  month!: string;

  @Field(() => Int, { description: 'Its buildings now.' })
  buildings!: number;

  @Field(() => Int, { description: 'Of those, the buildings some round went over that month.' })
  buildingsCovered!: number;

  @Field(() => Int, { description: 'Rounds over any of its buildings that month (0: not covered).' })
  rounds!: number;

  @Field(() => Int, { description: 'Of those, the rounds that found nothing.' })
  nothingFound!: number;

  @Field(() => Int, { description: 'Disputes registered from those rounds.' })
  disputesFound!: number;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'The last round over it that month.' })
  lastHeldAt!: Date | null;
}

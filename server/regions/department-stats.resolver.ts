import { Ctx, Field, FieldResolver, Float, Int, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../core/context.js';
import { Organization, OrganizationType } from '../communities/index.js';
import { departmentFigures } from '../issues/index.js';
import { RegionStatsType } from './region-stats.types.js';

@ObjectType('DepartmentFigures', {
  description: "责任清单's figures of one department standing in the region or below it: what it received (派单) in the window and how fast it answered, over the assignments dispatched to it in [from, to).",
})
export class DepartmentFiguresType {
  @Field(() => OrganizationType, { description: 'The department.' })
  department!: OrganizationType;

  @Field(() => Int, { description: 'Assignments dispatched to it in the window.' })
  received!: number;

  @Field(() => Int, { description: 'Of those, accepted (接单).' })
  accepted!: number;

  @Field(() => Int, { description: 'Of those, accepted by their acceptBy.' })
  acceptedOnTime!: number;

  @Field(() => Int, { description: 'Of those, accepted and resolved (办结), and not reopened since.' })
  resolved!: number;

  @Field(() => Float, { nullable: true, description: '响应率 = acceptedOnTime ÷ received. Null when it received none.' })
  responseRate!: number | null;

  @Field(() => Float, { nullable: true, description: '解决率 = resolved ÷ accepted. Null when it accepted none.' })
  resolutionRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'The median hours from dispatch to acceptance. Null when none was accepted.' })
  medianHoursToAccept!: number | null;

  @Field(() => Float, { nullable: true, description: 'The median hours from dispatch to resolution, over those resolved (also those reopened since). Null when none was resolved.' })
  medianHoursToResolve!: number | null;

  @Field(() => Int, { description: 'Ratings given in the window to what it resolved.' })
  ratings!: number;

  @Field(() => Float, { nullable: true, description: '满意率 = ratings of 4 or 5 ÷ ratings. Null without a rating.' })
  satisfactionRate!: number | null;
}

@Resolver(() => RegionStatsType)
export class RegionStatsDepartmentsResolver {
  @FieldResolver(() => [DepartmentFiguresType], {
    description: "责任清单: the departments standing in the region or below it, each with what it received in the window and how fast, most received first (read by whoever may read the region's figures).",
  })
  async departments(@Root() stats: RegionStatsType, @Ctx() ctx: Context): Promise<DepartmentFiguresType[]> {
    const figures = await departmentFigures(ctx.em, stats.region.entity.id, stats.from, stats.to);
    const orgs = new Map((await ctx.em.find(Organization, { id: { $in: figures.map((f) => f.organizationId) } })).map((o) => [o.id, o]));
    return figures.map(({ organizationId, ...f }) => Object.assign(new DepartmentFiguresType(), f, { department: OrganizationType.from(orgs.get(organizationId)!) }));
  }
}

import { Args, ArgsType, Ctx, Field, ID, Query, Resolver, Root, Subscription } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import type { Context } from '../core/context.js';
import { authorize, requireUser } from '../core/policy.js';
import { badInput, notFound, unauthenticated } from '../core/errors.js';
import { keyOf } from '../core/ids.js';
import { Region } from './region.entity.js';
import { RegionType } from './region.types.js';
import { rank, regionPolicy } from './region.policy.js';
import * as queries from './region.queries.js';
import { regionStats } from './regions.stats.js';
import { RegionStatsType } from './region-stats.types.js';
import { RegionStatsDenied, regionStatsHub } from './region-stats.live.js';

@ArgsType()
class RegionStatsArgs {
  @Field(() => ID, { description: 'The region: a city, a county or a township.' })
  regionId!: string;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Figures from this moment (default: the beginning): issues submitted, dispute steps, tasks starting and meetings opened from it.' })
  from?: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Figures before this moment (default: now).' })
  to?: Date | null;
}

@ArgsType()
class RegionStatsChangedArgs {
  @Field(() => ID, { description: 'The region: a city, a county or a township.' })
  regionId!: string;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'The window starts here (default: the beginning); it ends at the moment each message is computed.' })
  from?: Date | null;
}

const STATS_DENIED = 'Only platform admins and the governance centers of the region or above it see its figures';

/** The region whose figures the viewer asks for, once `regionPolicy.canSeeStats` allows it. */
async function statsRegion(ctx: Context, regionId: string): Promise<Region> {
  const access = await ctx.access();
  requireUser(access);
  const key = keyOf(regionId, 'Region', 'regionId');
  const region = await ctx.em.findOne(Region, key);
  if (!region) throw notFound('Region');
  authorize(regionPolicy.canSeeStats(access, region), STATS_DENIED);
  return region;
}

@Resolver(() => RegionStatsType)
export class RegionStatsResolver {
  @Query(() => RegionStatsType, {
    description:
      '城市大脑: the figures of a region and of each of its children over [from, to) (see `RegionStats`), for platform admins and the staff of the governance centers whose region is the region or above it (FORBIDDEN otherwise).',
  })
  async regionStats(@Args(() => RegionStatsArgs) args: RegionStatsArgs, @Ctx() ctx: Context): Promise<RegionStatsType> {
    const region = await statsRegion(ctx, args.regionId);
    const now = ctx.now();
    const to = args.to ?? now;
    if (args.from && args.from >= to) throw badInput({ from: 'must be before to' });
    return regionStats(ctx.em, region, args.from ?? null, to, now);
  }

  @Query(() => [RegionType], {
    description:
      'The regions whose city view the viewer may open, the highest first (then by name): for platform admins every city; for the staff of a governance center above communities, the region it stands in. Empty for everyone else.',
  })
  async cityViewRegions(@Ctx() ctx: Context): Promise<RegionType[]> {
    const access = await ctx.access();
    if (!access.signedIn) return [];
    const found = access.isAdmin ? await queries.cities(ctx.em) : [];
    const seatRegions = [...new Set(access.memberships.filter((m) => m.communityId === null && m.regionId).map((m) => m.regionId!))];
    if (seatRegions.length) {
      const rows = await ctx.em.find(Region, { id: { $in: seatRegions } });
      for (const r of rows) if (regionPolicy.canSeeStats(access, r) && !found.some((f) => f.id === r.id)) found.push(r);
    }
    found.sort((a, b) => rank(b.level) - rank(a.level) || a.name.localeCompare(b.name, 'zh-CN'));
    return found.map(RegionType.from);
  }

  @Subscription(() => RegionStatsType, {
    description:
      'The figures of `regionStats` for a region (the window from `from` to the moment of each message), sent again after changes in its communities — at most once a second, one message for all the changes of that second, not one per event. Each message is re-authorized (`regionStats`\' rule): a viewer who lost the right gets FORBIDDEN and the stream ends.',
    subscribe: async ({ args, context }) => {
      const ctx = context as Context;
      const a = args as RegionStatsChangedArgs;
      const region = await statsRegion(ctx, a.regionId);
      const session = ctx.session;
      if (!session) throw unauthenticated('Session ended');
      return (await regionStatsHub(ctx.services).open(region, a.from ?? null, session)) as never;
    },
  })
  regionStatsChanged(@Root() stats: RegionStatsType | RegionStatsDenied, @Args(() => RegionStatsChangedArgs) _args: RegionStatsChangedArgs, @Ctx() ctx: Context): RegionStatsType {
    ctx.renew();
    if (stats instanceof RegionStatsDenied) throw stats.error;
    return stats;
  }
}

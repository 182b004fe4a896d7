import { Arg, Args, Ctx, FieldResolver, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../core/context.js';
import { authorize, requireUser } from '../core/policy.js';
import { badInput } from '../core/errors.js';
import { keyOf, optionalKeyOf } from '../core/ids.js';
import { decodeTimeCursor, encodeTimeCursor, pageSize, selects, toConnection } from '../core/pagination.js';
import { UserType } from '../accounts/index.js';
import { Building, BuildingType, CommunityType } from '../communities/index.js';
import { Grid, GridType, gridOfBuildings } from '../grids/index.js';
import { Dispute } from './dispute.entity.js';
import { DisputeType } from './dispute.types.js';
import { disputePolicy } from './dispute.policy.js';
import { ScreeningRound } from './screening.entity.js';
import { GridScreeningCoverageType, ScreeningCoverageType, ScreeningRoundConnection, ScreeningRoundType } from './screening.types.js';
import { RecordScreeningRoundInput, ScreeningCoverageArgs, ScreeningRoundsArgs } from './screening.inputs.js';
import { coverage, coverageByGrid, listRounds } from './screening.queries.js';
import { recordScreeningRound } from './screening.service.js';
import { visibleDispute } from './disputes.resolver.js';

const UUID = /^[0-9a-f-]{36}$/;

/** At most 24 months, `toMonth` not before `fromMonth` (BAD_USER_INPUT otherwise). */
function checkSpan(args: ScreeningCoverageArgs): void {
  const index = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
  const span = index(args.toMonth) - index(args.fromMonth);
  if (span < 0) throw badInput({ toMonth: 'must not be before fromMonth' });
  if (span >= 24) throw badInput({ toMonth: 'at most 24 months after fromMonth' });
}

/** The community's grids by id. */
async function gridsById(ctx: Context, communityId: string): Promise<Map<string, GridType>> {
  return new Map((await ctx.em.find(Grid, { community: communityId })).map((g) => [g.id, GridType.from(g)]));
}

/** The round when the viewer may see the community's screening (`disputePolicy.canSeeScreening`), else null. */
export async function visibleRound(ctx: Context, r: ScreeningRound | null): Promise<ScreeningRound | null> {
  if (!r || !ctx.userId) return null;
  return disputePolicy.canSeeScreening(await ctx.access(), r.community.id) ? r : null;
}

@Resolver(() => ScreeningRoundType)
export class ScreeningRoundResolver {
  @Mutation(() => ScreeningRoundType, {
    description: "排查: the community's mediators and grid workers record a round over its buildings, found nothing or not; what it found is registered with `registerDispute` naming the round.",
  })
  async recordScreeningRound(@Arg('input', () => RecordScreeningRoundInput) input: RecordScreeningRoundInput, @Ctx() ctx: Context): Promise<ScreeningRoundType> {
    return ScreeningRoundType.from(await recordScreeningRound(ctx, input));
  }

  @Query(() => ScreeningRoundConnection, { description: "A community's screening rounds, newest first: for its mediators and grid workers and those who handle its disputes; empty for others." })
  async screeningRounds(@Args(() => ScreeningRoundsArgs) args: ScreeningRoundsArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<ScreeningRoundConnection> {
    const access = await ctx.access();
    requireUser(access);
    const communityId = keyOf(args.communityId, 'Community', 'communityId');
    const limit = pageSize(args.first);
    const after = args.after ? decodeTimeCursor(args.after) : undefined;
    const gridId = optionalKeyOf(args.gridId, 'Grid', 'gridId');
    const { rows, total } = disputePolicy.canSeeScreening(access, communityId) ? await listRounds(ctx.em, communityId, after, limit + 1, selects(info, 'totalCount'), gridId) : { rows: [], total: 0 };
    const page = toConnection(rows, limit, !!after, (r) => encodeTimeCursor(r.heldAt, r.id), ScreeningRoundType.from);
    return Object.assign(new ScreeningRoundConnection(), { ...page, totalCount: total ?? 0 });
  }

  @Query(() => [ScreeningCoverageType], {
    description: '排查覆盖: every building of the community × every month asked (Asia/Shanghai, at most 24): the rounds over it, those that found nothing, the disputes found. For those who see its screening (FORBIDDEN otherwise). Per building until grids exist (issue 13).',
  })
  async screeningCoverage(@Args(() => ScreeningCoverageArgs) args: ScreeningCoverageArgs, @Ctx() ctx: Context): Promise<ScreeningCoverageType[]> {
    const access = await ctx.access();
    requireUser(access);
    const communityId = keyOf(args.communityId, 'Community', 'communityId');
    authorize(disputePolicy.canSeeScreening(access, communityId), "Only the community's mediators, grid workers and those who handle its disputes see its screening");
    checkSpan(args);
    const rows = await coverage(ctx.em, communityId, args.fromMonth, args.toMonth);
    const buildings = new Map((await ctx.em.find(Building, { community: communityId })).map((b) => [b.id, BuildingType.from(b)]));
    const gridOf = await gridOfBuildings(ctx.em, [...buildings.keys()]);
    const grids = await gridsById(ctx, communityId);
    return rows.map((r) =>
      Object.assign(new ScreeningCoverageType(), {
        building: buildings.get(r.building_id)!,
        grid: grids.get(gridOf.get(r.building_id) ?? '') ?? null,
        month: r.month,
        rounds: r.rounds,
        nothingFound: r.nothing_found,
        disputesFound: r.disputes_found,
        lastHeldAt: r.last_held_at ? new Date(r.last_held_at) : null,
      }),
    );
  }

  @Query(() => [GridScreeningCoverageType], {
    description:
      '排查覆盖 per grid: every grid of the community (and the buildings in no grid, when some are) × every month asked (Asia/Shanghai, at most 24): its buildings and those covered, the rounds over them, those that found nothing, the disputes found. For those who see its screening (FORBIDDEN otherwise): the center sees every grid.',
  })
  async screeningCoverageByGrid(@Args(() => ScreeningCoverageArgs) args: ScreeningCoverageArgs, @Ctx() ctx: Context): Promise<GridScreeningCoverageType[]> {
    const access = await ctx.access();
    requireUser(access);
    const communityId = keyOf(args.communityId, 'Community', 'communityId');
    authorize(disputePolicy.canSeeScreening(access, communityId), "Only the community's mediators, grid workers and those who handle its disputes see its screening");
    checkSpan(args);
    const rows = await coverageByGrid(ctx.em, communityId, args.fromMonth, args.toMonth);
    const grids = await gridsById(ctx, communityId);
    return rows.map((r) =>
      Object.assign(new GridScreeningCoverageType(), {
        grid: r.grid_id ? grids.get(r.grid_id) ?? null : null,
        month: r.month,
        buildings: r.buildings,
        buildingsCovered: r.buildings_covered,
        rounds: r.rounds,
        nothingFound: r.nothing_found,
        disputesFound: r.disputes_found,
        lastHeldAt: r.last_held_at ? new Date(r.last_held_at) : null,
      }),
    );
  }

  @FieldResolver(() => CommunityType, { description: 'Its community.' })
  async community(@Root() r: ScreeningRoundType): Promise<CommunityType> {
    return CommunityType.from(await r.entity.community.loadOrFail({ dataloader: true }));
  }

  @FieldResolver(() => [BuildingType], { description: 'The buildings it went over.' })
  async buildings(@Root() r: ScreeningRoundType, @Ctx() ctx: Context): Promise<BuildingType[]> {
    const rows = await ctx.em.find(Building, { id: { $in: r.entity.buildingIds } }, { orderBy: { name: 'asc', id: 'asc' } });
    return rows.map(BuildingType.from);
  }

  @FieldResolver(() => UserType, { description: 'Who made it.' })
  async recordedBy(@Root() r: ScreeningRoundType): Promise<UserType> {
    return UserType.from(await r.entity.recordedBy.loadOrFail({ dataloader: true }));
  }

  @FieldResolver(() => Int, { description: 'How many disputes were registered from it.' })
  async disputeCount(@Root() r: ScreeningRoundType, @Ctx() ctx: Context): Promise<number> {
    return ctx.em.count(Dispute, { screeningRoundId: r.entity.id });
  }

  @FieldResolver(() => [DisputeType], { description: 'The disputes registered from it that the viewer may see (a dispute is never public: `disputeCount` counts them all).' })
  async disputes(@Root() r: ScreeningRoundType, @Ctx() ctx: Context): Promise<DisputeType[]> {
    const rows = await ctx.em.find(Dispute, { screeningRoundId: r.entity.id }, { orderBy: { registeredAt: 'asc', id: 'asc' } });
    const seen = await Promise.all(rows.map((d) => visibleDispute(ctx, d)));
    return seen.flatMap((d) => (d ? [DisputeType.from(d, ctx.now())] : []));
  }
}

@Resolver(() => DisputeType)
export class DisputeScreeningResolver {
  @FieldResolver(() => ScreeningRoundType, { nullable: true, description: 'The screening round it was found in, when the viewer may see the community\'s screening.' })
  async screeningRound(@Root() d: DisputeType, @Ctx() ctx: Context): Promise<ScreeningRoundType | null> {
    const id = d.entity.screeningRoundId;
    const r = id ? await visibleRound(ctx, await ctx.em.findOne(ScreeningRound, id)) : null;
    return r ? ScreeningRoundType.from(r) : null;
  }
}

export const screeningNodes = {
  ScreeningRound: async (ctx: Context, key: string) => {
    if (!ctx.userId || !UUID.test(key)) return null;
    const r = await visibleRound(ctx, await ctx.em.findOne(ScreeningRound, key));
    return r ? ScreeningRoundType.from(r) : null;
  },
};

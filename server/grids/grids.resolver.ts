import { Arg, Args, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context, NodeLoader } from '../core/context.js';
import { UserType } from '../accounts/index.js';
import { Building, BuildingType, CommunityType, Membership, MembershipType, Organization, OrganizationType } from '../communities/index.js';
import { Grid, PartyMemberRegistration, PartyMemberStatus } from './grid.entity.js';
import { GridType, PartyMemberRegistrationType } from './grid.types.js';
import { CreateBuildingPartyGroupInput, CreateGridInput, DecidePartyMemberInput, DeleteGridInput, GridWorkerInput, PartyMemberRegistrationsArgs, RegisterPartyMemberInput, RenameGridInput, SetGridBuildingsInput } from './grid.inputs.js';
import { gridPolicy, partyMemberPolicy } from './grid.policy.js';
import * as queries from './grids.queries.js';
import * as service from './grids.service.js';

const UUID = /^[0-9a-f-]{36}$/;

const factsOf = (r: PartyMemberRegistration) => ({ userId: r.user.id, communityId: r.community.id, stationId: r.station.id });

/** A grid the viewer may see (`gridPolicy.canSee`), or null. */
async function visibleGrid(ctx: Context, g: Grid | null): Promise<Grid | null> {
  if (!g || !ctx.userId) return null;
  return gridPolicy.canSee(await ctx.access(), g.community.id) ? g : null;
}

/** The buildings of grids, batched per request. */
function gridBuildingsLoader(ctx: Context) {
  return ctx.loader<string, string[]>('grid.buildings', async (ids) => {
    const m = await queries.buildingIdsOfGrids(ctx.em, ids);
    return ids.map((id) => m.get(id) ?? []);
  });
}

/** The grid of buildings, batched per request. */
function buildingGridLoader(ctx: Context) {
  return ctx.loader<string, string | null>('grid.ofBuilding', async (ids) => {
    const m = await queries.gridOfBuildings(ctx.em, ids);
    return ids.map((id) => m.get(id) ?? null);
  });
}

/** `node(id:)` for Grid and PartyMemberRegistration. */
export const gridNodes: Record<string, NodeLoader> = {
  Grid: async (ctx, key) => {
    if (!UUID.test(key)) return null;
    const g = await visibleGrid(ctx, await ctx.em.findOne(Grid, key));
    return g && GridType.from(g);
  },
  PartyMemberRegistration: async (ctx, key) => {
    if (!ctx.userId || !UUID.test(key)) return null;
    const r = await ctx.em.findOne(PartyMemberRegistration, key);
    return r && partyMemberPolicy.canSee(await ctx.access(), factsOf(r)) ? PartyMemberRegistrationType.from(r) : null;
  },
};

@Resolver(() => GridType)
export class GridResolver {
  @Mutation(() => GridType, { description: "网格: a new grid with its buildings and its 网格党支部 (the residents' committee's chair, the community's administrators, platform admins). A building in another grid: CONFLICT `BUILDING_IN_OTHER_GRID`; a name taken: BAD_USER_INPUT `name`." })
  async createGrid(@Arg('input', () => CreateGridInput) input: CreateGridInput, @Ctx() ctx: Context): Promise<GridType> {
    return GridType.from(await service.createGrid(ctx, input));
  }

  @Mutation(() => GridType, { description: "Renames a grid (who may divide the community into grids); its 网格党支部 follows while it bears the default name. A name taken: BAD_USER_INPUT `name`." })
  async renameGrid(@Arg('input', () => RenameGridInput) input: RenameGridInput, @Ctx() ctx: Context): Promise<GridType> {
    return GridType.from(await service.renameGrid(ctx, input));
  }

  @Mutation(() => Boolean, {
    description:
      "Deletes a grid (who may divide the community into grids), only an empty one: while it has buildings CONFLICT `GRID_HAS_BUILDINGS` (`buildings`), while it has grid workers CONFLICT `GRID_HAS_WORKERS` (`workers`), and nothing changes. Its 网格党支部 goes with it only if nothing ever happened in it (no seat, issue, meeting…); otherwise it is kept, with its members and record, no longer tied to a grid.",
  })
  async deleteGrid(@Arg('input', () => DeleteGridInput) input: DeleteGridInput, @Ctx() ctx: Context): Promise<boolean> {
    await service.deleteGrid(ctx, input);
    return true;
  }

  @Mutation(() => GridType, { description: "Sets a grid's buildings, all of them (as createGrid). A building in another grid: CONFLICT `BUILDING_IN_OTHER_GRID` naming it, and nothing changes." })
  async setGridBuildings(@Arg('input', () => SetGridBuildingsInput) input: SetGridBuildingsInput, @Ctx() ctx: Context): Promise<GridType> {
    return GridType.from(await service.setGridBuildings(ctx, input));
  }

  @Mutation(() => GridType, { description: "Assigns a GRID_WORKER seat of the residents' committee to a grid (a seat works one grid: CONFLICT `WORKER_IN_OTHER_GRID`; BAD_USER_INPUT `NOT_A_GRID_WORKER`)." })
  async assignGridWorker(@Arg('input', () => GridWorkerInput) input: GridWorkerInput, @Ctx() ctx: Context): Promise<GridType> {
    return GridType.from(await service.assignGridWorker(ctx, input));
  }

  @Mutation(() => GridType, { description: 'Takes a grid worker off the grid (NOT_FOUND when the seat does not work it).' })
  async unassignGridWorker(@Arg('input', () => GridWorkerInput) input: GridWorkerInput, @Ctx() ctx: Context): Promise<GridType> {
    return GridType.from(await service.unassignGridWorker(ctx, input));
  }

  @Mutation(() => OrganizationType, { description: '楼栋党小组: the party group of a building (one per building: CONFLICT `PARTY_GROUP_EXISTS`), by those who manage grids.' })
  async createBuildingPartyGroup(@Arg('input', () => CreateBuildingPartyGroupInput) input: CreateBuildingPartyGroupInput, @Ctx() ctx: Context): Promise<OrganizationType> {
    return OrganizationType.from(await service.createBuildingPartyGroup(ctx, input));
  }

  @FieldResolver(() => CommunityType, { description: 'Its community.' })
  async community(@Root() g: GridType): Promise<CommunityType> {
    return CommunityType.from(await g.entity.community.loadOrFail({ dataloader: true }));
  }

  @FieldResolver(() => [BuildingType], { description: 'Its buildings, by name (each in no other grid).' })
  async buildings(@Root() g: GridType, @Ctx() ctx: Context): Promise<BuildingType[]> {
    const ids = await gridBuildingsLoader(ctx).load(g.entity.id);
    if (ids.length === 0) return [];
    const rows = await ctx.em.find(Building, { id: { $in: ids } });
    const byId = new Map(rows.map((b) => [b.id, b]));
    return ids.flatMap((id) => (byId.has(id) ? [BuildingType.from(byId.get(id)!)] : []));
  }

  @FieldResolver(() => [MembershipType], { description: "Its grid workers: GRID_WORKER seats of the residents' committee, in the order assigned." })
  async workers(@Root() g: GridType, @Ctx() ctx: Context): Promise<MembershipType[]> {
    const ids = (await queries.workerSeatsOfGrids(ctx.em, [g.entity.id])).get(g.entity.id) ?? [];
    if (ids.length === 0) return [];
    const rows = await ctx.em.find(Membership, { id: { $in: ids } });
    const byId = new Map(rows.map((m) => [m.id, m]));
    return ids.flatMap((id) => (byId.has(id) ? [MembershipType.from(byId.get(id)!)] : []));
  }

  @FieldResolver(() => OrganizationType, { nullable: true, description: '网格党支部: its party branch (kind GRID_PARTY_BRANCH).' })
  async partyBranch(@Root() g: GridType): Promise<OrganizationType | null> {
    const org = g.entity.partyBranch ? await g.entity.partyBranch.load({ dataloader: true }) : null;
    return org ? OrganizationType.from(org) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may change it (`gridPolicy.canManage`): its buildings, workers, party groups.' })
  async viewerCanManage(@Root() g: GridType, @Ctx() ctx: Context): Promise<boolean> {
    return gridPolicy.canManage(await ctx.access(), g.entity.community.id);
  }
}

@Resolver(() => CommunityType)
export class CommunityGridsResolver {
  @FieldResolver(() => [GridType], { description: '网格: its grids, by name (whoever belongs to the community; empty for others).' })
  async grids(@Root() c: CommunityType, @Ctx() ctx: Context): Promise<GridType[]> {
    if (!ctx.userId || !gridPolicy.canSee(await ctx.access(), c.entity.id)) return [];
    return (await queries.gridsOf(ctx.em, c.entity.id)).map(GridType.from);
  }

  @FieldResolver(() => [GridType], { description: "The grids the viewer works as a grid worker: their lists' default (the issue board's and the screening rounds' `gridId`)." })
  async viewerGrids(@Root() c: CommunityType, @Ctx() ctx: Context): Promise<GridType[]> {
    if (!ctx.userId) return [];
    return (await queries.gridsWorkedBy(ctx.em, ctx.userId, c.entity.id)).map(GridType.from);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may divide its buildings into grids and assign grid workers (`gridPolicy.canManage`).' })
  async viewerCanManageGrids(@Root() c: CommunityType, @Ctx() ctx: Context): Promise<boolean> {
    return !!ctx.userId && gridPolicy.canManage(await ctx.access(), c.entity.id);
  }

  @FieldResolver(() => Boolean, { description: "Whether the viewer verifies its party members' registrations (its party organization: `partyMemberPolicy.canDecide`)." })
  async viewerCanVerifyPartyMembers(@Root() c: CommunityType, @Ctx() ctx: Context): Promise<boolean> {
    return !!ctx.userId && partyMemberPolicy.canDecide(await ctx.access(), c.entity.id);
  }

  @FieldResolver(() => Boolean, { description: '党员下沉报到: whether the viewer may register with it (they live or serve there: `partyMemberPolicy.canRegister`).' })
  async viewerCanRegisterAsPartyMember(@Root() c: CommunityType, @Ctx() ctx: Context): Promise<boolean> {
    return !!ctx.userId && partyMemberPolicy.canRegister(await ctx.access(), c.entity.id);
  }

  @FieldResolver(() => [PartyMemberRegistrationType], { description: '党员下沉报到: its registrations the viewer may see (the party organization all; a station its own; a person theirs), oldest first.' })
  async partyMemberRegistrations(@Root() c: CommunityType, @Args(() => PartyMemberRegistrationsArgs) args: PartyMemberRegistrationsArgs, @Ctx() ctx: Context): Promise<PartyMemberRegistrationType[]> {
    if (!ctx.userId) return [];
    const access = await ctx.access();
    const rows = await ctx.em.find(PartyMemberRegistration, { community: c.entity.id, ...(args.status ? { status: args.status } : {}) }, { orderBy: { registeredAt: 'asc', id: 'asc' }, limit: 500 });
    return rows.filter((r) => partyMemberPolicy.canSee(access, factsOf(r))).map(PartyMemberRegistrationType.from);
  }
}

@Resolver(() => BuildingType)
export class BuildingGridResolver {
  @FieldResolver(() => GridType, { nullable: true, description: 'The grid it is in (null: none, or the viewer may not see grids).' })
  async grid(@Root() b: BuildingType, @Ctx() ctx: Context): Promise<GridType | null> {
    const id = await buildingGridLoader(ctx).load(b.entity.id);
    const g = id ? await visibleGrid(ctx, await ctx.em.findOne(Grid, id)) : null;
    return g && GridType.from(g);
  }

  @FieldResolver(() => OrganizationType, { nullable: true, description: '楼栋党小组: its party group, when it has one.' })
  async partyGroup(@Root() b: BuildingType, @Ctx() ctx: Context): Promise<OrganizationType | null> {
    const orgId = (await queries.partyGroupsOfBuildings(ctx.em, [b.entity.id])).get(b.entity.id);
    const org = orgId ? await ctx.em.findOne(Organization, orgId) : null;
    return org ? OrganizationType.from(org) : null;
  }
}

@Resolver(() => PartyMemberRegistrationType)
export class PartyMemberRegistrationResolver {
  @Mutation(() => PartyMemberRegistrationType, { description: '党员下沉报到: register with the community where you live or serve, through one of its 红色驿站 (CONFLICT `ALREADY_REGISTERED`, `VOLUNTEER_AT_OTHER_STATION`).' })
  async registerPartyMember(@Arg('input', () => RegisterPartyMemberInput) input: RegisterPartyMemberInput, @Ctx() ctx: Context): Promise<PartyMemberRegistrationType> {
    return PartyMemberRegistrationType.from(await service.registerPartyMember(ctx, input));
  }

  @Mutation(() => PartyMemberRegistrationType, { description: "The community's party organization verifies a pending registration: the person joins the station's volunteer pool." })
  async verifyPartyMember(@Arg('input', () => DecidePartyMemberInput) input: DecidePartyMemberInput, @Ctx() ctx: Context): Promise<PartyMemberRegistrationType> {
    return PartyMemberRegistrationType.from(await service.decidePartyMember(ctx, input, true));
  }

  @Mutation(() => PartyMemberRegistrationType, { description: "The community's party organization declines a pending registration, with a reason the person is told." })
  async declinePartyMember(@Arg('input', () => DecidePartyMemberInput) input: DecidePartyMemberInput, @Ctx() ctx: Context): Promise<PartyMemberRegistrationType> {
    return PartyMemberRegistrationType.from(await service.decidePartyMember(ctx, input, false));
  }

  @FieldResolver(() => UserType, { description: 'The party member.' })
  async user(@Root() r: PartyMemberRegistrationType): Promise<UserType> {
    return UserType.from(await r.entity.user.loadOrFail({ dataloader: true }));
  }

  @FieldResolver(() => CommunityType, { description: 'The community.' })
  async community(@Root() r: PartyMemberRegistrationType): Promise<CommunityType> {
    return CommunityType.from(await r.entity.community.loadOrFail({ dataloader: true }));
  }

  @FieldResolver(() => OrganizationType, { description: 'The 红色驿站 they serve through.' })
  async station(@Root() r: PartyMemberRegistrationType): Promise<OrganizationType> {
    return OrganizationType.from(await r.entity.station.loadOrFail({ dataloader: true }));
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may verify or decline it now (the party organization, while it is pending).' })
  async viewerCanDecide(@Root() r: PartyMemberRegistrationType, @Ctx() ctx: Context): Promise<boolean> {
    return r.status === PartyMemberStatus.PENDING && partyMemberPolicy.canDecide(await ctx.access(), r.entity.community.id);
  }
}

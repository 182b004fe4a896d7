import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context, NodeLoader } from '../core/context.js';
import { requireUser } from '../core/policy.js';
import { parseGlobalId } from '../core/ids.js';
import { Community, CommunityType, Organization, OrganizationType } from '../communities/index.js';
import { DisputeType } from '../disputes/index.js';
import { Region } from './region.entity.js';
import { RegionType, ResponsibilityType } from './region.types.js';
import { CreateRegionInput, SetDisputeResponsibilityInput, SetResponsibilityInput } from './region.inputs.js';
import * as responsibilities from './responsibility.service.js';
import { regionPolicy } from './region.policy.js';
import * as queries from './region.queries.js';
import * as service from './region.service.js';

const UUID = /^[0-9a-f-]{36}$/;

/** One region by its key, for a reader of the tree (any signed-in person), or null. */
async function readable(ctx: Context, key: string): Promise<Region | null> {
  if (!regionPolicy.canRead(await ctx.access()) || !UUID.test(key)) return null;
  return ctx.em.findOne(Region, key);
}

/** `node(id:)` for Region. */
export const regionNodes: Record<string, NodeLoader> = {
  Region: async (ctx, key) => {
    const r = await readable(ctx, key);
    return r && RegionType.from(r);
  },
};

/** The region of a row (a community's township, an organization's region), batched per request. */
function regionLoader(ctx: Context) {
  return ctx.loader<string, Region | null>('region.byId', async (ids) => {
    const rows = await ctx.em.find(Region, { id: { $in: [...ids] } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** City, county and township names of a community's township, batched per request (the derived `Community.city/county/township`). */
export function placeNamesLoader(ctx: Context) {
  return ctx.loader<string, queries.PlaceNames | null>('region.placeNames', async (ids) => {
    const names = await queries.placeNamesOf(ctx.em, ids);
    return ids.map((id) => names.get(id) ?? null);
  });
}

@Resolver(() => RegionType)
export class RegionResolver {
  @Query(() => RegionType, { nullable: true, description: 'One region, or null (signed-in people: names of places are public).' })
  async region(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<RegionType | null> {
    requireUser(await ctx.access());
    const parsed = parseGlobalId(id);
    if (parsed?.type !== 'Region') return null;
    const r = await readable(ctx, parsed.key);
    return r && RegionType.from(r);
  }

  @Query(() => [RegionType], { description: 'The cities, the roots of the tree, by name (signed-in people).' })
  async regions(@Ctx() ctx: Context): Promise<RegionType[]> {
    requireUser(await ctx.access());
    return (await queries.cities(ctx.em)).map(RegionType.from);
  }

  @FieldResolver(() => RegionType, { nullable: true, description: 'The region above: the city of a county, the county of a township; null for a city.' })
  async parent(@Root() r: RegionType, @Ctx() ctx: Context): Promise<RegionType | null> {
    const id = r.entity.parent?.id;
    const parent = id ? await regionLoader(ctx).load(id) : null;
    return parent && RegionType.from(parent);
  }

  @FieldResolver(() => [RegionType], { description: 'The path from the city down to this region, itself last (a breadcrumb).' })
  async path(@Root() r: RegionType, @Ctx() ctx: Context): Promise<RegionType[]> {
    return (await queries.regionsOfPath(ctx.em, r.entity.path)).map(RegionType.from);
  }

  @FieldResolver(() => [RegionType], { description: "Its children, by name: a city's counties, a county's townships; none for a township (its communities are `communities`)." })
  async children(@Root() r: RegionType, @Ctx() ctx: Context): Promise<RegionType[]> {
    return (await queries.childrenOf(ctx.em, r.entity.id)).map(RegionType.from);
  }

  @FieldResolver(() => [CommunityType], { description: 'The communities and villages lying in it, by name: a township\'s; none for a county or a city (see `communityCount`).' })
  async communities(@Root() r: RegionType, @Ctx() ctx: Context): Promise<CommunityType[]> {
    const ids = await queries.communityIdsIn(ctx.em, r.entity.id);
    if (ids.length === 0) return [];
    const rows = await ctx.em.find(Community, { id: { $in: ids } });
    const byId = new Map(rows.map((c) => [c.id, c]));
    return ids.map((id) => CommunityType.from(byId.get(id)!));
  }

  @FieldResolver(() => Int, { description: 'How many communities and villages lie anywhere in it.' })
  async communityCount(@Root() r: RegionType, @Ctx() ctx: Context): Promise<number> {
    return queries.communityCountBelow(ctx.em, r.entity.id);
  }

  @FieldResolver(() => [OrganizationType], { description: 'The governance centers, departments and party committees standing in it (whose area it is), by name.' })
  async organizations(@Root() r: RegionType, @Ctx() ctx: Context): Promise<OrganizationType[]> {
    const ids = await queries.organizationIdsIn(ctx.em, r.entity.id);
    if (ids.length === 0) return [];
    const rows = await ctx.em.find(Organization, { id: { $in: ids } });
    const byId = new Map(rows.map((o) => [o.id, o]));
    return ids.map((id) => OrganizationType.from(byId.get(id)!));
  }

  @FieldResolver(() => [ResponsibilityType], { description: '责任清单: the departments responsible here for categories of issues, then for categories of disputes, each by category (the communities below take them unless a nearer region names another for the same subject and category).' })
  async responsibilities(@Root() r: RegionType, @Ctx() ctx: Context): Promise<ResponsibilityType[]> {
    return (await responsibilities.responsibilitiesOf(ctx.em, r.entity.id)).map(ResponsibilityType.from);
  }

  @Mutation(() => RegionType, { description: "责任清单: names (or clears) the department responsible in a region for a category of issues (platform admins, and the governance centers of the region or above it); returns the region." })
  async setResponsibility(@Arg('input', () => SetResponsibilityInput) input: SetResponsibilityInput, @Ctx() ctx: Context): Promise<RegionType> {
    return RegionType.from(await responsibilities.setResponsibility(ctx, input));
  }

  @Mutation(() => RegionType, { description: "责任清单: names (or clears) the department responsible in a region for a category of disputes (the same who and which department as `setResponsibility`); returns the region." })
  async setDisputeResponsibility(@Arg('input', () => SetDisputeResponsibilityInput) input: SetDisputeResponsibilityInput, @Ctx() ctx: Context): Promise<RegionType> {
    return RegionType.from(await responsibilities.setDisputeResponsibility(ctx, input));
  }

  @Mutation(() => RegionType, { description: 'Opens a region: a city (platform admins), a county of a city or a township of a county (platform admins, and governance centers above it).' })
  async createRegion(@Arg('input', () => CreateRegionInput) input: CreateRegionInput, @Ctx() ctx: Context): Promise<RegionType> {
    return RegionType.from(await service.createRegion(ctx, input));
  }
}

@Resolver(() => CommunityType)
export class CommunityRegionResolver {
  @FieldResolver(() => RegionType, { description: 'The township (乡镇/街道) it lies in; its `path` leads up to the city.' })
  async region(@Root() c: Pick<CommunityType, 'entity'>, @Ctx() ctx: Context): Promise<RegionType> {
    const r = await regionLoader(ctx).load(c.entity.region.id);
    return RegionType.from(r!);
  }
}

@Resolver(() => OrganizationType)
export class OrganizationRegionResolver {
  @FieldResolver(() => RegionType, { nullable: true, description: 'Above communities: the region it stands in, whose communities it serves (null for a community\'s own organizations).' })
  async region(@Root() o: Pick<OrganizationType, 'entity'>, @Ctx() ctx: Context): Promise<RegionType | null> {
    const id = o.entity.region?.id;
    const r = id ? await regionLoader(ctx).load(id) : null;
    return r && RegionType.from(r);
  }
}

@Resolver(() => ResponsibilityType)
export class ResponsibilityResolver {
  @FieldResolver(() => OrganizationType, { description: 'The department responsible.' })
  async department(@Root() r: ResponsibilityType, @Ctx() ctx: Context): Promise<OrganizationType> {
    return OrganizationType.from(await ctx.em.findOneOrFail(Organization, r.entity.department.id));
  }

  @FieldResolver(() => RegionType, { description: 'The region whose list it is.' })
  async region(@Root() r: ResponsibilityType, @Ctx() ctx: Context): Promise<RegionType> {
    return RegionType.from((await regionLoader(ctx).load(r.entity.region.id))!);
  }
}

@Resolver(() => DisputeType)
export class DisputeResponsibilityResolver {
  @FieldResolver(() => OrganizationType, {
    nullable: true,
    description: "责任清单: the department its region's responsibility list names for its category (the nearest region's entry), for those who may handle it now (beside 上报 and 引导); null otherwise. A suggestion: the handlers choose.",
  })
  async suggestedDepartment(@Root() d: DisputeType, @Ctx() ctx: Context): Promise<OrganizationType | null> {
    const o = await responsibilities.suggestedDisputeDepartment(ctx.em, await ctx.access(), d.entity);
    return o && OrganizationType.from(o);
  }
}

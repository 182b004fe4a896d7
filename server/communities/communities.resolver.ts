import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../core/context.js';
import { requireUser } from '../core/policy.js';
import { parseGlobalId } from '../core/ids.js';
import { UserType, accountPolicy } from '../accounts/index.js';
import { Community } from './community.entity.js';
import { Organization, OrganizationKind } from './organization.entity.js';
import { organizationsAbove } from './region.js';
import {
  AdministeredArea,
  AdministrationType,
  BuildingType,
  CommunityType,
  ImportUnitsResult,
  MembershipType,
  OrganizationType,
  ResidencyConnection,
  ResidencyType,
  UnitType,
} from './community.types.js';
import {
  AddMemberInput,
  ChangeMemberRoleInput,
  CreateCommunityInput,
  CreateOrganizationInput,
  DeclineResidencyInput,
  DeleteBuildingInput,
  DeleteUnitInput,
  ImportUnitsInput,
  JoinCommunityInput,
  RemoveMemberInput,
  VerifyResidencyInput,
} from './community.inputs.js';
import { adminPolicy, organizationPolicy, residencyPolicy } from './community.policy.js';
import { Residency } from './residency.entity.js';
import { decodeCursor, encodeCursor, PageArgs, pageSize, toConnection } from '../core/pagination.js';
import { badInput } from '../core/errors.js';
import * as service from './communities.service.js';
import { CommunityAbility, communityAbilities, OrganizationAbility, organizationAbilities } from './community.abilities.js';
import { viewerRegistration } from '../volunteers/index.js';
import { placeNamesLoader, Region } from '../regions/index.js';

/** The names of the community's township, county and city (the Region tree), batched per request. */
async function placeOf(ctx: Context, c: CommunityType) {
  const names = await placeNamesLoader(ctx).load(c.entity.region.id);
  if (!names) throw new Error(`community ${c.entity.id} lies in no township`);
  return names;
}

const organizationFacts = (o: Organization) => ({ id: o.id, kind: o.kind, communityId: o.community?.id ?? null });

@ArgsType()
class ResidentsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'A name or a flat number, or part of one.' })
  search?: string | null;
}

@Resolver(() => CommunityType)
export class CommunityResolver {
  @Query(() => [CommunityType], { description: 'All communities, by name: any signed-in person may list them to join one.' })
  async communities(@Ctx() ctx: Context): Promise<CommunityType[]> {
    requireUser(await ctx.access());
    const rows = await ctx.em.find(Community, {}, { orderBy: { name: 'asc', id: 'asc' } });
    return rows.map(CommunityType.from);
  }

  @Query(() => CommunityType, { nullable: true, description: 'One community, or null.' })
  async community(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<CommunityType | null> {
    requireUser(await ctx.access());
    const parsed = parseGlobalId(id);
    if (parsed?.type !== 'Community') return null;
    const c = await ctx.em.findOne(Community, parsed.key).catch(() => null);
    return c ? CommunityType.from(c) : null;
  }

  @FieldResolver(() => String, { description: '街道 / 乡镇: the name of its township (`region`).' })
  async township(@Root() c: CommunityType, @Ctx() ctx: Context): Promise<string> {
    return (await placeOf(ctx, c)).township;
  }

  @FieldResolver(() => String, { description: "县(区): the name of its township's county." })
  async county(@Root() c: CommunityType, @Ctx() ctx: Context): Promise<string> {
    return (await placeOf(ctx, c)).county;
  }

  @FieldResolver(() => String, { description: "市: the name of its township's city." })
  async city(@Root() c: CommunityType, @Ctx() ctx: Context): Promise<string> {
    return (await placeOf(ctx, c)).city;
  }

  @FieldResolver(() => [OrganizationType], { description: 'Its organizations: the parties of co-governance.' })
  async organizations(@Root() c: CommunityType): Promise<OrganizationType[]> {
    return (await c.entity.organizations.load({ dataloader: true })).getItems().map(OrganizationType.from);
  }

  @FieldResolver(() => [OrganizationType], {
    description: 'The organizations above communities its matters escalate to (上报): the township, county and city centers and departments whose area takes it in, by level.',
  })
  async escalationTargets(@Root() c: CommunityType, @Ctx() ctx: Context): Promise<OrganizationType[]> {
    return (await organizationsAbove(ctx.em, c.entity.id)).map(OrganizationType.from);
  }

  @FieldResolver(() => ResidencyConnection, {
    description: "Its residents, by name: the residents' committee's directory (its members, grid workers included, and admins; empty for others). `search` matches a name or a flat number.",
  })
  async residents(
    @Root() c: CommunityType,
    @Args(() => ResidentsArgs) args: ResidentsArgs,
    @Ctx() ctx: Context,
  ): Promise<ResidencyConnection> {
    const limit = pageSize(args.first);
    const offset = args.after ? Number(decodeCursor(args.after, 1)[0]) : 0;
    if (!Number.isInteger(offset) || offset < 0) throw badInput({ after: 'is not a valid cursor' });
    if (!residencyPolicy.canVerify(await ctx.access(), c.entity.id)) return Object.assign(new ResidencyConnection(), { ...toConnection([], limit, false, () => '', (r) => r), totalCount: 0 });
    const search = args.search?.trim();
    const like = search && { $ilike: `%${search.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%` };
    const where = { community: c.entity.id, declinedAt: null, ...(like ? { $or: [{ user: { name: like } }, { unit: { number: like } }] } : {}) };
    const [rows, total] = await ctx.em.findAndCount(Residency, where, { orderBy: { user: { name: 'asc' }, id: 'asc' }, limit: limit + 1, offset, populate: ['user', 'unit'] });
    const page = toConnection(rows, limit, offset > 0, (r) => encodeCursor([offset + rows.indexOf(r) + 1]), ResidencyType.from);
    return Object.assign(new ResidencyConnection(), { ...page, totalCount: total });
  }

  @FieldResolver(() => ResidencyConnection, {
    description: "Requests to be recognised as a resident still waiting (等待核验), oldest first: the residents' committee's queue (its members, grid workers included, and admins; empty for others).",
  })
  async residencyRequests(@Root() c: CommunityType, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context): Promise<ResidencyConnection> {
    const limit = pageSize(args.first);
    const offset = args.after ? Number(decodeCursor(args.after, 1)[0]) : 0;
    if (!Number.isInteger(offset) || offset < 0) throw badInput({ after: 'is not a valid cursor' });
    if (!residencyPolicy.canVerify(await ctx.access(), c.entity.id)) return Object.assign(new ResidencyConnection(), { ...toConnection([], limit, false, () => '', (r) => r), totalCount: 0 });
    const where = { community: c.entity.id, verified: false, declinedAt: null };
    const [rows, total] = await ctx.em.findAndCount(Residency, where, { orderBy: { createdAt: 'asc', id: 'asc' }, limit: limit + 1, offset, populate: ['user', 'unit'] });
    const page = toConnection(rows, limit, offset > 0, (r) => encodeCursor([offset + rows.indexOf(r) + 1]), ResidencyType.from);
    return Object.assign(new ResidencyConnection(), { ...page, totalCount: total });
  }

  @FieldResolver(() => [CommunityAbility], {
    description: 'What the viewer may start in it now (each as the mutation that does it decides): offer exactly these forms and buttons.',
  })
  async viewerCan(@Root() c: CommunityType, @Ctx() ctx: Context): Promise<CommunityAbility[]> {
    const [access, orgs, registration] = await Promise.all([ctx.access(), c.entity.organizations.load({ dataloader: true }), viewerRegistration(ctx)]);
    return communityAbilities(access, c.entity.id, orgs.getItems().map(organizationFacts), { registeredVolunteer: registration !== null });
  }

  @FieldResolver(() => [BuildingType], { description: 'Its buildings, by name.' })
  async buildings(@Root() c: CommunityType): Promise<BuildingType[]> {
    return (await c.entity.buildings.load({ dataloader: true })).getItems().map(BuildingType.from);
  }

  @Query(() => AdministrationType, { description: "What the viewer may administer (the /admin area): nothing for most people." })
  async administration(@Ctx() ctx: Context): Promise<AdministrationType> {
    const a = await ctx.access();
    requireUser(a);
    const rows = adminPolicy.mayAdministerAny(a) ? await ctx.em.find(Community, {}, { orderBy: { name: 'asc', id: 'asc' } }) : [];
    const centerIds = a.seatsAboveCommunities(OrganizationKind.GOVERNANCE_CENTER).map((m) => m.organizationId);
    const centers = centerIds.length ? await ctx.em.find(Organization, { id: { $in: centerIds }, region: { $ne: null } }, { orderBy: { name: 'asc' } }) : [];
    // Each center's area: the names of its region's path, the city first (as deep as its level).
    const regions = centers.length ? await ctx.em.find(Region, { id: { $in: centers.map((o) => o.region!.id) } }) : [];
    const pathIds = [...new Set(regions.flatMap((r) => r.path))];
    const names = new Map((pathIds.length ? await ctx.em.find(Region, { id: { $in: pathIds } }) : []).map((r) => [r.id, r.name]));
    const pathOf = new Map(regions.map((r) => [r.id, r.path.map((id) => names.get(id)!)]));
    return Object.assign(new AdministrationType(), {
      canCreateCommunities: adminPolicy.mayCreateCommunities(a),
      areas: centers.map((o) => {
        const [city, county, township] = pathOf.get(o.region!.id)!;
        return Object.assign(new AdministeredArea(), { organization: OrganizationType.from(o), city: city!, county: county ?? null, township: township ?? null });
      }),
      canManageAccounts: accountPolicy.canManage(a),
      communities: rows.filter((c) => adminPolicy.canAdminister(a, c)).map(CommunityType.from),
    });
  }

  @Mutation(() => ImportUnitsResult, {
    description: "Records buildings and flats with their floor areas (the community's administrators), all or nothing; a flat already there is not duplicated.",
  })
  async importUnits(@Arg('input', () => ImportUnitsInput) input: ImportUnitsInput, @Ctx() ctx: Context): Promise<ImportUnitsResult> {
    const { community, ...counts } = await service.importUnits(ctx, input);
    return Object.assign(new ImportUnitsResult(), { community: CommunityType.from(community), ...counts });
  }

  @Mutation(() => CommunityType, { description: 'Creates a community (platform admins).' })
  async createCommunity(@Arg('input', () => CreateCommunityInput) input: CreateCommunityInput, @Ctx() ctx: Context): Promise<CommunityType> {
    return CommunityType.from(await service.createCommunity(ctx, input));
  }

  @Mutation(() => ResidencyType, { description: "Asks to join a community as a resident; the residents' committee is notified and verifies." })
  async joinCommunity(@Arg('input', () => JoinCommunityInput) input: JoinCommunityInput, @Ctx() ctx: Context): Promise<ResidencyType> {
    return ResidencyType.from(await service.joinCommunity(ctx, input));
  }

  @Mutation(() => ResidencyType, { description: "Verifies a residency (the residents' committee); the resident is notified." })
  async verifyResidency(@Arg('input', () => VerifyResidencyInput) input: VerifyResidencyInput, @Ctx() ctx: Context): Promise<ResidencyType> {
    return ResidencyType.from(await service.verifyResidency(ctx, input));
  }

  @Mutation(() => ResidencyType, { description: "Declines a pending residency request with a reason (the residents' committee); the person is told why and may ask again." })
  async declineResidency(@Arg('input', () => DeclineResidencyInput) input: DeclineResidencyInput, @Ctx() ctx: Context): Promise<ResidencyType> {
    return ResidencyType.from(await service.declineResidency(ctx, input));
  }
}

@Resolver(() => OrganizationType)
export class OrganizationResolver {
  @FieldResolver(() => CommunityType, { nullable: true, description: 'Its community; null for a township, county or city organization.' })
  async community(@Root() o: OrganizationType): Promise<CommunityType | null> {
    const c = o.entity.community;
    return c ? CommunityType.from(await c.loadOrFail({ dataloader: true })) : null;
  }

  @FieldResolver(() => [OrganizationAbility], {
    description: 'What the viewer may start in it now (each as the mutation that does it decides): offer exactly these forms and buttons.',
  })
  async viewerCan(@Root() o: OrganizationType, @Ctx() ctx: Context): Promise<OrganizationAbility[]> {
    const [access, registration] = await Promise.all([ctx.access(), viewerRegistration(ctx)]);
    return organizationAbilities(access, organizationFacts(o.entity), { registeredVolunteer: registration !== null });
  }

  @FieldResolver(() => [MembershipType], { description: 'Its seats: seen by its members, by whoever belongs to its community, and by admins.' })
  async members(@Root() o: OrganizationType, @Ctx() ctx: Context): Promise<MembershipType[]> {
    const allowed = organizationPolicy.canSeeMembers(await ctx.access(), { id: o.entity.id, communityId: o.entity.community?.id ?? null });
    if (!allowed) return [];
    return (await o.entity.members.load({ dataloader: true })).getItems().map(MembershipType.from);
  }

  @Mutation(() => OrganizationType, { description: 'Creates an organization (platform admins).' })
  async createOrganization(@Arg('input', () => CreateOrganizationInput) input: CreateOrganizationInput, @Ctx() ctx: Context): Promise<OrganizationType> {
    return OrganizationType.from(await service.createOrganization(ctx, input));
  }
}

@Resolver(() => MembershipType)
export class MembershipResolver {
  @FieldResolver(() => UserType, { description: 'Who sits.' })
  async user(@Root() m: MembershipType): Promise<UserType> {
    return UserType.from(await m.entity.user.loadOrFail({ dataloader: true }));
  }

  @FieldResolver(() => OrganizationType, { description: 'Where.' })
  async organization(@Root() m: MembershipType): Promise<OrganizationType> {
    return OrganizationType.from(await m.entity.organization.loadOrFail({ dataloader: true }));
  }

  @Mutation(() => MembershipType, { description: "Gives a person a seat (the organization's chair, platform admins)." })
  async addMember(@Arg('input', () => AddMemberInput) input: AddMemberInput, @Ctx() ctx: Context): Promise<MembershipType> {
    return MembershipType.from(await service.addMember(ctx, input));
  }

  @Mutation(() => MembershipType, {
    description:
      "Gives a seat another role of its organization's kind (whoever may appoint: the chair, platform admins, the community's administrators). BAD_USER_INPUT with `reason` ROLE_NOT_OF_KIND, SAME_ROLE or LAST_CHAIR; NOT_FOUND for a seat removed.",
  })
  async changeMemberRole(@Arg('input', () => ChangeMemberRoleInput) input: ChangeMemberRoleInput, @Ctx() ctx: Context): Promise<MembershipType> {
    return MembershipType.from(await service.changeMemberRole(ctx, input));
  }

  @Mutation(() => Boolean, { description: "Takes a seat away (the organization's chair, platform admins); the last chair stays." })
  async removeMember(@Arg('input', () => RemoveMemberInput) input: RemoveMemberInput, @Ctx() ctx: Context): Promise<boolean> {
    await service.removeMember(ctx, input);
    return true;
  }
}

@Resolver(() => BuildingType)
export class BuildingResolver {
  @Mutation(() => Boolean, {
    description:
      "Deletes a flat that nothing refers to (the community's administrators): no residency in any state, no issue recorded for it, no vote's roll. Otherwise CONFLICT with `reason` UNIT_IN_USE and `inUse` (what refers to it), and nothing changes.",
  })
  async deleteUnit(@Arg('input', () => DeleteUnitInput) input: DeleteUnitInput, @Ctx() ctx: Context): Promise<boolean> {
    await service.deleteUnit(ctx, input);
    return true;
  }

  @Mutation(() => Boolean, {
    description:
      "Deletes a building with all its flats, all or nothing (the community's administrators): only if no flat of it is referred to (CONFLICT, `reason` UNIT_IN_USE, `inUse`) and no issue, vote or screening round is scoped to the building (BUILDING_IN_USE, `buildingUse`).",
  })
  async deleteBuilding(@Arg('input', () => DeleteBuildingInput) input: DeleteBuildingInput, @Ctx() ctx: Context): Promise<boolean> {
    await service.deleteBuilding(ctx, input);
    return true;
  }

  @FieldResolver(() => [UnitType], { description: 'Its flats, by number.' })
  async units(@Root() b: BuildingType): Promise<UnitType[]> {
    return (await b.entity.units.load({ dataloader: true })).getItems().map(UnitType.from);
  }
}

@Resolver(() => ResidencyType)
export class ResidencyResolver {
  @FieldResolver(() => UserType, { description: 'The resident.' })
  async user(@Root() r: ResidencyType): Promise<UserType> {
    return UserType.from(await r.entity.user.loadOrFail({ dataloader: true }));
  }

  @FieldResolver(() => CommunityType, { description: 'The community.' })
  async community(@Root() r: ResidencyType): Promise<CommunityType> {
    return CommunityType.from(await r.entity.community.loadOrFail({ dataloader: true }));
  }

  @FieldResolver(() => UnitType, { nullable: true, description: 'The flat, when given.' })
  async unit(@Root() r: ResidencyType): Promise<UnitType | null> {
    const u = r.entity.unit;
    return u ? UnitType.from(await u.loadOrFail({ dataloader: true })) : null;
  }
}

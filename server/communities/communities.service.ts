import { type EntityData, type Loaded } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../core/context.js';
import type { Transaction } from '../core/transaction.js';
import { authorize, requireUser } from '../core/policy.js';
import { AppError, badInput, conflict, invalidTransition, isReferenceViolation, notFound } from '../core/errors.js';
import { keyOf, optionalKeyOf, toGlobalId } from '../core/ids.js';
import { sqlArrayLiteral } from '../core/sql.js';
import { emit } from '../events/index.js';
import { User } from '../accounts/index.js';
import { Community, CommunityKind } from './community.entity.js';
import { ensurePlace, knownRegions, Region } from '../regions/index.js';
import { Organization, OrganizationKind, RegionLevel } from './organization.entity.js';
import { Membership, MemberRole } from './membership.entity.js';
import { Residency, ResidencyStatus, residencyStatusOf } from './residency.entity.js';
import { Unit } from './unit.entity.js';
import { Building } from './building.entity.js';
import { adminPolicy, communityPolicy, organizationPolicy, residencyPolicy } from './community.policy.js';
import type {
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
import { kindHasRole } from '../../common/roles.js';
import './communities.events.js';

/** Kinds that may stand above a community (no `communityId`). */
const REGIONAL_KINDS = new Set([OrganizationKind.GOVERNANCE_CENTER, OrganizationKind.DEPARTMENT, OrganizationKind.PARTY_COMMITTEE]);
/** Kinds made only with what they belong to (server/grids: a grid's party branch, a building's party group). */
const GRID_KINDS = new Set([OrganizationKind.GRID_PARTY_BRANCH, OrganizationKind.BUILDING_PARTY_GROUP]);

/** Ids of a community's organizations of the given kinds. */
export async function organizationIdsOfKind(em: EntityManager, communityId: string, ...kinds: OrganizationKind[]): Promise<string[]> {
  const orgs = await em.find(Organization, { community: communityId, kind: { $in: kinds } }, { fields: ['id'] });
  return orgs.map((o) => o.id);
}

/** People seated in these organizations. */
export async function memberUserIds(em: EntityManager, organizationIds: string[]): Promise<string[]> {
  if (organizationIds.length === 0) return [];
  const rows = await em.find(Membership, { organization: { $in: organizationIds } }, { fields: ['user'] });
  return [...new Set(rows.map((m) => m.user.id))];
}

export async function createCommunity(ctx: Context, input: CreateCommunityInput): Promise<Community> {
  const access = await ctx.access();
  const place = { city: input.city.trim(), county: input.county.trim(), township: input.township.trim() };
  // The viewer's centers whose area takes the place in: those standing in a region of it that exists
  // already (a county center may open a township of its county with its first community).
  const known = access.userId && !access.isAdmin ? (await knownRegions(ctx.em, place)).map((r) => r.id) : [];
  const covering = access.seatsInRegions(known, OrganizationKind.GOVERNANCE_CENTER).length;
  authorize(adminPolicy.canCreateCommunity(access, covering), 'Only platform admins, and governance centers in their own area, create communities');
  return ctx.transact(async (tx) => {
    const township = await ensurePlace(tx.em, place);
    const community = tx.em.create(Community, {
      name: input.name.trim(),
      kind: input.kind ?? CommunityKind.COMMUNITY,
      region: tx.em.getReference(Region, township.id, { wrapped: true }),
    });
    emit(tx, {
      type: 'community.created',
      communityId: community.id,
      subject: { type: 'Community', id: community.id },
      data: { name: community.name },
      audience: { public: true },
    });
    return community;
  });
}

/** Which of the place names an organization of this level must give (the rest must be empty). */
const AREA_PARTS: Record<RegionLevel, ('city' | 'county' | 'township')[]> = {
  [RegionLevel.COMMUNITY]: [],
  [RegionLevel.TOWNSHIP]: ['city', 'county', 'township'],
  [RegionLevel.COUNTY]: ['city', 'county'],
  [RegionLevel.CITY]: ['city'],
};

/**
 * The region an organization above communities stands in (region.ts): `regionId`, a region of its
 * level; or the names of the place as deep as its level (the region is opened when missing).
 * Null for a community's own.
 */
async function regionOf(em: EntityManager, input: CreateOrganizationInput): Promise<Region | null> {
  const regionId = optionalKeyOf(input.regionId, 'Region', 'regionId');
  const names = { city: input.city?.trim() || null, county: input.county?.trim() || null, township: input.township?.trim() || null };
  if (regionId) {
    if (names.city || names.county || names.township) throw badInput({ regionId: 'is given with place names: give one or the other' });
    const region = await em.findOne(Region, regionId);
    if (!region) throw notFound('Region');
    if (region.level !== input.level) throw badInput({ regionId: `is a ${region.level}, not a ${input.level}` });
    return region;
  }
  const needed = AREA_PARTS[input.level];
  const wrong: Record<string, string> = {};
  for (const part of ['city', 'county', 'township'] as const) {
    if (needed.includes(part) && !names[part]) wrong[part] = `is required for a ${input.level} organization`;
    if (!needed.includes(part) && names[part]) wrong[part] = `is not given for a ${input.level} organization`;
  }
  if (Object.keys(wrong).length) throw badInput(wrong);
  return names.city ? ensurePlace(em, { city: names.city, county: names.county, township: names.township }) : null;
}

export async function createOrganization(ctx: Context, input: CreateOrganizationInput): Promise<Organization> {
  const communityId = optionalKeyOf(input.communityId, 'Community', 'communityId');
  const access = await ctx.access();
  // A community's organizations: its administrators (a center of its area too); above communities: platform admins.
  authorize(communityId ? adminPolicy.canAdminister(access, { id: communityId }) : communityPolicy.canCreateOrganization(access), 'Only platform admins, and governance centers in their own area, create organizations');
  if (communityId && input.level !== RegionLevel.COMMUNITY) throw badInput({ level: 'must be COMMUNITY for an organization of a community' });
  if (!communityId && input.level === RegionLevel.COMMUNITY) throw badInput({ communityId: 'is required for a COMMUNITY-level organization' });
  if (!communityId && !REGIONAL_KINDS.has(input.kind)) throw badInput({ communityId: `is required for ${input.kind}` });
  if (GRID_KINDS.has(input.kind)) throw badInput({ kind: 'is made with its grid or building (createGrid, createBuildingPartyGroup)' });
  const placed = communityId ? (['regionId', 'city', 'county', 'township'] as const).filter((f) => input[f]) : [];
  if (placed.length) throw badInput(Object.fromEntries(placed.map((f) => [f, 'is not given for a COMMUNITY organization: its place is its community\'s'])));
  return ctx.transact(async (tx) => {
    const community = communityId ? await tx.em.findOne(Community, communityId) : null;
    if (communityId && !community) throw notFound('Community');
    const region = await regionOf(tx.em, input);
    const org = tx.em.create(Organization, { community, kind: input.kind, name: input.name.trim(), level: input.level, region: region ? tx.em.getReference(Region, region.id, { wrapped: true }) : null });
    if (community) {
      emit(tx, {
        type: 'organization.created',
        communityId: community.id,
        subject: { type: 'Organization', id: org.id },
        data: { name: org.name, kind: org.kind, level: org.level },
        audience: { public: true },
      });
    }
    return org;
  });
}

/**
 * BAD_USER_INPUT with the offending field and, in `extensions.reason`, a code the client words:
 * ROLE_NOT_OF_KIND, SAME_ROLE, LAST_CHAIR.
 */
function refused(reason: 'ROLE_NOT_OF_KIND' | 'SAME_ROLE' | 'LAST_CHAIR', fields: Record<string, string>): AppError {
  const message = `Invalid input: ${Object.entries(fields).map(([k, v]) => `${k} ${v}`).join('; ')}`;
  return new AppError('BAD_USER_INPUT', message, { fields, reason });
}

/** common/roles.ts: the roles an organization of its kind gives (a 网格员 of a 居委会, a 协调员 of a 红色驿站). */
function assertRoleOfKind(org: Organization, role: MemberRole): void {
  if (!kindHasRole(org.kind, role)) throw refused('ROLE_NOT_OF_KIND', { role: `is not a role of a ${org.kind}` });
}

/**
 * The seats of one organization change one at a time (a row lock on the organization that
 * inserts referring to it do not wait for): the last chair is counted under it.
 */
async function lockSeats(tx: Transaction, organizationId: string): Promise<void> {
  await tx.em.execute(`SELECT 1 FROM organizations WHERE id = ? FOR NO KEY UPDATE`, [organizationId]);
}

export async function addMember(ctx: Context, input: AddMemberInput): Promise<Membership> {
  const organizationId = keyOf(input.organizationId, 'Organization', 'organizationId');
  const userId = keyOf(input.userId, 'User', 'userId');
  const org = await ctx.em.findOne(Organization, organizationId);
  if (!org) throw notFound('Organization');
  authorize(organizationPolicy.canManageMembers(await ctx.access(), org), 'Only the chair manages members');
  assertRoleOfKind(org, input.role);
  return ctx.transact(async (tx) => {
    const user = await tx.em.findOne(User, userId);
    if (!user) throw notFound('User');
    if (await tx.em.count(Membership, { organization: org.id, user: user.id })) throw badInput({ userId: 'is already a member' });
    const membership = tx.em.create(Membership, { organization: org.id, user: user.id, role: input.role });
    const communityId = org.community?.id;
    if (communityId) {
      emit(tx, {
        type: 'member.added',
        communityId,
        subject: { type: 'Organization', id: org.id },
        data: { userName: user.name, organizationName: org.name, organizationKind: org.kind, role: input.role },
        audience: { public: true, organizationIds: [org.id] },
        notify: { userIds: [user.id], title: `你已加入${org.name}` },
      });
    }
    return membership;
  });
}

export async function removeMember(ctx: Context, input: RemoveMemberInput): Promise<void> {
  const membershipId = keyOf(input.membershipId, 'Membership', 'membershipId');
  const membership = await ctx.em.findOne(Membership, membershipId, { populate: ['organization', 'user'] });
  if (!membership) throw notFound('Membership');
  const org = membership.organization.$;
  authorize(organizationPolicy.canManageMembers(await ctx.access(), org), 'Only the chair manages members');
  await ctx.transact(async (tx) => {
    await lockSeats(tx, org.id);
    if (membership.role === MemberRole.CHAIR) {
      const chairs = await tx.em.count(Membership, { organization: org.id, role: MemberRole.CHAIR });
      if (chairs <= 1) throw badInput({ membershipId: 'is the last chair of the organization' });
    }
    await tx.em.nativeDelete(Membership, { id: membership.id });
    const communityId = org.community?.id;
    if (communityId) {
      emit(tx, {
        type: 'member.removed',
        communityId,
        subject: { type: 'Organization', id: org.id },
        data: { userName: membership.user.$.name, organizationName: org.name, organizationKind: org.kind, role: membership.role },
        audience: { public: true, organizationIds: [org.id], userIds: [membership.user.id] },
      });
    }
  });
}

/**
 * Gives a seat another role: authorized as appointing is (`organizationPolicy.canManageMembers`),
 * a role of the organization's kind, not the one it has, and never the last chair's away. A seat
 * removed meanwhile is NOT_FOUND. Refused, nothing changes.
 */
export async function changeMemberRole(ctx: Context, input: ChangeMemberRoleInput): Promise<Membership> {
  const membershipId = keyOf(input.membershipId, 'Membership', 'membershipId');
  const membership = await ctx.em.findOne(Membership, membershipId, { populate: ['organization', 'user'] });
  if (!membership) throw notFound('Membership');
  const org = membership.organization.$;
  authorize(organizationPolicy.canManageMembers(await ctx.access(), org), 'Only the chair manages members');
  assertRoleOfKind(org, input.role);
  return ctx.transact(async (tx) => {
    await lockSeats(tx, org.id);
    // Read again under the lock: removed, or changed by someone else, since it was loaded.
    const [row] = await tx.em.execute<{ role: MemberRole }[]>(`SELECT role FROM memberships WHERE id = ?`, [membership.id]);
    if (!row) throw notFound('Membership');
    const previousRole = row.role;
    if (previousRole === input.role) throw refused('SAME_ROLE', { role: `is already the seat's role (${previousRole})` });
    if (previousRole === MemberRole.CHAIR) {
      const chairs = await tx.em.count(Membership, { organization: org.id, role: MemberRole.CHAIR });
      if (chairs <= 1) throw refused('LAST_CHAIR', { membershipId: 'is the last chair of the organization' });
    }
    await tx.em.nativeUpdate(Membership, { id: membership.id }, { role: input.role });
    membership.role = input.role;
    const communityId = org.community?.id;
    if (communityId) {
      const user = membership.user.$;
      emit(tx, {
        type: 'member.roleChanged',
        communityId,
        subject: { type: 'Organization', id: org.id },
        data: { userName: user.name, organizationName: org.name, organizationKind: org.kind, role: input.role, previousRole },
        audience: { public: true, organizationIds: [org.id], userIds: [user.id] },
        notify: { userIds: [user.id], title: `你在${org.name}的职务已变更` },
      });
    }
    return membership;
  });
}

export async function joinCommunity(ctx: Context, input: JoinCommunityInput): Promise<Residency> {
  const userId = requireUser(await ctx.access());
  const communityId = keyOf(input.communityId, 'Community', 'communityId');
  const unitId = optionalKeyOf(input.unitId, 'Unit', 'unitId');
  return ctx.transact(async (tx) => {
    const { em } = tx;
    const community = await em.findOne(Community, communityId);
    if (!community) throw notFound('Community');
    // The flat is kept from deletion until this commits (deleteUnit waits, then sees the request);
    // a flat deleted first is not found.
    if (unitId) await em.execute(`SELECT 1 FROM units WHERE id = ? FOR KEY SHARE`, [unitId]);
    const unit = unitId ? await em.findOne(Unit, unitId, { populate: ['building'] }) : null;
    if (unitId && (!unit || unit.building.$.community.id !== community.id)) throw badInput({ unitId: 'is not a flat of this community' });
    // One residency per flat; without a flat, only as the first tie to the community. A declined
    // request is no tie: the person may ask again (with the right flat, say).
    const existing = await em.count(Residency, unit ? { user: userId, unit: unit.id, declinedAt: null } : { user: userId, community: community.id, declinedAt: null });
    if (existing) throw badInput(unit ? { unitId: 'you already live there' } : { communityId: 'already joined' });
    const user = await em.findOneOrFail(User, userId);
    const residency = em.create(Residency, { user: userId, community: community.id, unit: unit?.id ?? null, kind: input.kind });
    const committees = await organizationIdsOfKind(em, community.id, OrganizationKind.RESIDENTS_COMMITTEE);
    emit(tx, {
      type: 'residency.requested',
      communityId: community.id,
      subject: { type: 'User', id: userId },
      data: { userName: user.name, kind: input.kind, unitNumber: unit?.number ?? null, buildingName: unit?.building.$.name ?? null },
      audience: { organizationIds: committees, userIds: [userId] },
      notify: { userIds: await memberUserIds(em, committees), title: `${user.name}申请加入${community.name}` },
    });
    return residency;
  });
}

/** A request the viewer may decide on (verify or decline), and that is still pending. */
async function pendingRequest(ctx: Context, residencyId: string, action: 'verify' | 'decline'): Promise<Loaded<Residency, 'user' | 'unit' | 'community'>> {
  const key = keyOf(residencyId, 'Residency', 'residencyId');
  const residency = await ctx.em.findOne(Residency, key, { populate: ['user', 'unit', 'community'] });
  if (!residency) throw notFound('Residency');
  const verb = action === 'verify' ? 'verifies' : 'declines';
  authorize(residencyPolicy.canVerify(await ctx.access(), residency.community.id), `Only the residents' committee ${verb} residencies`);
  const status = residencyStatusOf(residency);
  if (status !== ResidencyStatus.PENDING) throw invalidTransition(status, action);
  return residency;
}

/**
 * Settles a pending request once: a conditional update, so two committee members deciding at the
 * same moment get one success and one INVALID_TRANSITION (whatever each decided).
 */
async function settle(tx: Transaction, residency: Residency, action: 'verify' | 'decline', patch: EntityData<Residency>): Promise<void> {
  const claimed = await tx.em.nativeUpdate(Residency, { id: residency.id, verified: false, declinedAt: null }, patch);
  if (claimed === 0) {
    const [row] = await tx.em.execute<{ verified: boolean; declined_at: Date | null }[]>(`SELECT verified, declined_at FROM residencies WHERE id = ?`, [residency.id]);
    throw invalidTransition(residencyStatusOf({ verified: !!row?.verified, declinedAt: row?.declined_at ?? null }), action);
  }
}

export async function verifyResidency(ctx: Context, input: VerifyResidencyInput): Promise<Residency> {
  const residency = await pendingRequest(ctx, input.residencyId, 'verify');
  return ctx.transact(async (tx) => {
    await settle(tx, residency, 'verify', { verified: true, verifiedAt: ctx.now(), verifiedBy: ctx.userId });
    Object.assign(residency, { verified: true, verifiedAt: ctx.now() });
    const committees = await organizationIdsOfKind(tx.em, residency.community.id, OrganizationKind.RESIDENTS_COMMITTEE);
    emit(tx, {
      type: 'residency.verified',
      communityId: residency.community.id,
      subject: { type: 'User', id: residency.user.id },
      data: { userName: residency.user.$.name, kind: residency.kind, unitNumber: residency.unit?.$.number ?? null },
      audience: { organizationIds: committees, userIds: [residency.user.id] },
      notify: { userIds: [residency.user.id], title: `你在${residency.community.$.name}的住户身份已认证` },
    });
    return residency;
  });
}

export async function declineResidency(ctx: Context, input: DeclineResidencyInput): Promise<Residency> {
  const residency = await pendingRequest(ctx, input.residencyId, 'decline');
  const reason = input.reason.trim();
  return ctx.transact(async (tx) => {
    await settle(tx, residency, 'decline', { declinedAt: ctx.now(), declinedBy: ctx.userId, declineReason: reason });
    Object.assign(residency, { declinedAt: ctx.now(), declineReason: reason });
    const committees = await organizationIdsOfKind(tx.em, residency.community.id, OrganizationKind.RESIDENTS_COMMITTEE);
    emit(tx, {
      type: 'residency.declined',
      communityId: residency.community.id,
      subject: { type: 'User', id: residency.user.id },
      data: { userName: residency.user.$.name, kind: residency.kind, unitNumber: residency.unit?.$.number ?? null, reason },
      audience: { organizationIds: committees, userIds: [residency.user.id] },
      notify: { userIds: [residency.user.id], title: `你加入${residency.community.$.name}的申请未通过：${reason}` },
    });
    return residency;
  });
}

/** One flat something still refers to, and what: the extensions of UNIT_IN_USE and BUILDING_IN_USE. */
interface FlatInUse {
  unitId: string;
  building: string;
  number: string;
  residencies: number;
  issues: number;
  votes: number;
}

/**
 * What refers to these flats: residencies in any state (pending, verified, declined), issues
 * recorded for a flat (`recordedFor`), and the rolls of votes (a head's `unit_ids`; its ballots
 * count for the head). Flats nothing refers to are left out. The foreign keys (on delete restrict)
 * and the roll's trigger (Migration20261208020000) refuse what this might miss.
 */
async function flatsInUse(em: EntityManager, unitIds: string[]): Promise<FlatInUse[]> {
  if (!unitIds.length) return [];
  const rows = await em.execute<{ id: string; building: string; number: string; residencies: number; issues: number; votes: number }[]>(
    `SELECT * FROM (
       SELECT u.id, b.name AS building, u.number,
              (SELECT count(*) FROM residencies r WHERE r.unit_id = u.id)::int AS residencies,
              (SELECT count(*) FROM issues i WHERE i.recorded_unit_id = u.id)::int AS issues,
              (SELECT count(DISTINCT h.resolution_id) FROM resolution_heads h WHERE h.unit_ids @> ARRAY[u.id])::int AS votes
         FROM units u JOIN buildings b ON b.id = u.building_id
        WHERE u.id = ANY(?::uuid[])) x
      WHERE residencies + issues + votes > 0
      ORDER BY building, number`,
    [sqlArrayLiteral(unitIds)],
  );
  return rows.map((r) => ({ unitId: toGlobalId('Unit', r.id), building: r.building, number: r.number, residencies: r.residencies, issues: r.issues, votes: r.votes }));
}

/** CONFLICT with `reason` UNIT_IN_USE or BUILDING_IN_USE and what uses the flats (and the building). */
function inUse(reason: 'UNIT_IN_USE' | 'BUILDING_IN_USE', flats: FlatInUse[], buildingUse: { issues: number; votes: number; screenings: number } | null = null): AppError {
  const what = flats.map((f) => `${f.building} ${f.number}`).join(', ');
  const message = reason === 'UNIT_IN_USE' ? `Still referred to: ${what}` : `The building is still referred to${what ? `, and so are ${what}` : ''}`;
  return conflict(message, { reason, inUse: flats, ...(buildingUse ? { buildingUse } : {}) });
}

/** A delete the database refused for a reference the check did not see (a foreign key, the roll's trigger). */
async function deleting<T>(run: () => Promise<T>, refusal: () => AppError): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (isReferenceViolation(err)) throw refusal();
    throw err;
  }
}

const flatsAudience = async (em: EntityManager, communityId: string) => ({
  organizationIds: await organizationIdsOfKind(em, communityId, OrganizationKind.RESIDENTS_COMMITTEE, OrganizationKind.PROPERTY_MANAGER),
});

/**
 * Deletes a flat nothing refers to (the community's administrators, as for recording flats). The
 * flat is locked first (FOR UPDATE): a residency request or a roll that took it first is seen by
 * the check and refuses the delete (UNIT_IN_USE, with what uses it); one arriving after waits, and
 * finds no flat. Refused, nothing changes.
 */
export async function deleteUnit(ctx: Context, input: DeleteUnitInput): Promise<void> {
  const unitId = keyOf(input.unitId, 'Unit', 'unitId');
  const unit = await ctx.em.findOne(Unit, unitId, { populate: ['building.community'] });
  if (!unit) throw notFound('Unit');
  const community = unit.building.$.community.$;
  authorize(adminPolicy.canAdminister(await ctx.access(), community), "Only the community's administrators record its flats");
  await ctx.transact(async (tx) => {
    const locked = await tx.em.execute<{ number: string; floor_area: string; building: string }[]>(
      `SELECT u.number, u.floor_area, b.name AS building FROM units u JOIN buildings b ON b.id = u.building_id WHERE u.id = ? FOR UPDATE OF u`,
      [unit.id],
    );
    const row = locked[0];
    if (!row) throw notFound('Unit');
    const uses = await flatsInUse(tx.em, [unit.id]);
    if (uses.length) throw inUse('UNIT_IN_USE', uses);
    await deleting(
      () => tx.em.execute(`DELETE FROM units WHERE id = ?`, [unit.id]),
      () => inUse('UNIT_IN_USE', [{ unitId: input.unitId, building: row.building, number: row.number, residencies: 0, issues: 0, votes: 0 }]),
    );
    emit(tx, {
      type: 'unit.deleted',
      communityId: community.id,
      subject: { type: 'Community', id: community.id },
      data: { buildingName: row.building, unitNumber: row.number, floorArea: Number(row.floor_area) },
      audience: await flatsAudience(tx.em, community.id),
    });
  });
}

/**
 * Deletes a building with all its flats, only if nothing refers to any of them nor to the building
 * (an issue, a vote or a 排查 round scoped to it): all or nothing. The building is locked first (FOR UPDATE), so
 * an import adding flats to it either commits before (its flats are checked and deleted too) or
 * waits and creates the building again; then its flats are locked and checked as `deleteUnit` does.
 */
export async function deleteBuilding(ctx: Context, input: DeleteBuildingInput): Promise<void> {
  const buildingId = keyOf(input.buildingId, 'Building', 'buildingId');
  const building = await ctx.em.findOne(Building, buildingId, { populate: ['community'] });
  if (!building) throw notFound('Building');
  const community = building.community.$;
  authorize(adminPolicy.canAdminister(await ctx.access(), community), "Only the community's administrators record its flats");
  await ctx.transact(async (tx) => {
    const [held] = await tx.em.execute<{ name: string }[]>(`SELECT name FROM buildings WHERE id = ? FOR UPDATE`, [building.id]);
    if (!held) throw notFound('Building');
    const units = await tx.em.execute<{ id: string }[]>(`SELECT id FROM units WHERE building_id = ? ORDER BY number FOR UPDATE`, [building.id]);
    const uses = await flatsInUse(tx.em, units.map((u) => u.id));
    // Scoped to the building itself: issues, votes (a resolution of one building) and 排查 rounds.
    const [own] = await tx.em.execute<{ issues: number; votes: number; screenings: number }[]>(
      `SELECT (SELECT count(*) FROM issues WHERE building_id = ?)::int AS issues,
              (SELECT count(*) FROM resolutions WHERE building_id = ?)::int AS votes,
              (SELECT count(*) FROM screening_round_buildings WHERE building_id = ?)::int AS screenings`,
      [building.id, building.id, building.id],
    );
    const buildingUse = { issues: own?.issues ?? 0, votes: own?.votes ?? 0, screenings: own?.screenings ?? 0 };
    if (buildingUse.issues + buildingUse.votes + buildingUse.screenings > 0) throw inUse('BUILDING_IN_USE', uses, buildingUse);
    if (uses.length) throw inUse('UNIT_IN_USE', uses, buildingUse);
    await deleting(
      async () => {
        await tx.em.execute(`DELETE FROM units WHERE building_id = ?`, [building.id]);
        await tx.em.execute(`DELETE FROM buildings WHERE id = ?`, [building.id]);
      },
      () => inUse('BUILDING_IN_USE', [], buildingUse),
    );
    emit(tx, {
      type: 'building.deleted',
      communityId: community.id,
      subject: { type: 'Community', id: community.id },
      data: { buildingName: held.name, units: units.length },
      audience: await flatsAudience(tx.em, community.id),
    });
  });
}

export interface ImportUnitsResult {
  community: Community;
  buildingsCreated: number;
  created: number;
  updated: number;
  unchanged: number;
}

/**
 * Records buildings and flats of a community in one transaction: all rows or none. A building is
 * created when the community has none of that name; a flat already there (same building and
 * number) is not duplicated, and its floor area is updated when it differs (each change is in the
 * event). Two imports at once never duplicate a flat: both upsert on the unique keys. A dry run
 * does the same in a transaction it rolls back: the checks and the counts, nothing written.
 */
export async function importUnits(ctx: Context, input: ImportUnitsInput): Promise<ImportUnitsResult> {
  const communityId = keyOf(input.communityId, 'Community', 'communityId');
  const community = await ctx.em.findOne(Community, communityId);
  if (!community) throw notFound('Community');
  authorize(adminPolicy.canAdminister(await ctx.access(), community), "Only the community's administrators record its flats");
  const rows = input.rows.map((r) => ({ building: r.building.trim(), number: r.number.trim(), floorArea: r.floorArea }));
  const firstRow = new Map<string, number>();
  const repeated: Record<string, string> = {};
  rows.forEach((r, i) => {
    const key = JSON.stringify([r.building, r.number]);
    const first = firstRow.get(key);
    if (first === undefined) firstRow.set(key, i);
    else repeated[`rows.${i}.number`] = `repeats rows.${first} (${r.building} ${r.number})`;
  });
  if (Object.keys(repeated).length) throw badInput(repeated);

  try {
    return await ctx.transact((tx) => writeUnits(tx, community, rows, input.dryRun));
  } catch (err) {
    if (err instanceof DryRun) return err.result;
    throw err;
  }
}

/** Thrown to roll back a dry run once its counts are known. */
class DryRun extends Error {
  constructor(readonly result: ImportUnitsResult) {
    super('dry run');
  }
}

async function writeUnits(tx: Transaction, community: Community, rows: { building: string; number: string; floorArea: number }[], dryRun: boolean): Promise<ImportUnitsResult> {
  const { em } = tx;
  const json = JSON.stringify(rows.map((r) => ({ building: r.building, number: r.number, floor_area: r.floorArea })));
  const names = [...new Set(rows.map((r) => r.building))];
  const newBuildings: { name: string }[] = [];
  // The buildings are created if missing, then held (FOR KEY SHARE) until commit, so that
  // deleteBuilding cannot take one from under its new flats. One deleted between the two
  // statements is missing from the locked set: it is created again.
  for (let attempt = 1; ; attempt++) {
    newBuildings.push(
      ...(await em.execute<{ name: string }[]>(
        `INSERT INTO buildings (id, community_id, name)
         SELECT gen_random_uuid(), ?, n FROM jsonb_array_elements_text(?::jsonb) AS n
         ON CONFLICT (community_id, name) DO NOTHING RETURNING name`,
        [community.id, JSON.stringify(names)],
      )),
    );
    const held = await em.execute<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM (SELECT 1 FROM buildings WHERE community_id = ? AND name IN (SELECT jsonb_array_elements_text(?::jsonb)) FOR KEY SHARE) b`,
      [community.id, JSON.stringify(names)],
    );
    if (held[0]?.n === names.length) break;
    if (attempt === 3) throw conflict('The buildings were changed meanwhile; try again');
  }
  // The flats already there, locked until commit: what an update changes is recorded.
  const before = await em.execute<{ building: string; number: string; floor_area: string }[]>(
    `SELECT b.name AS building, u.number, u.floor_area
       FROM units u JOIN buildings b ON b.id = u.building_id
      WHERE b.community_id = ?
        AND (b.name, u.number) IN (SELECT r.building, r.number FROM jsonb_to_recordset(?::jsonb) AS r(building text, number text))
      FOR UPDATE OF u`,
    [community.id, json],
  );
  const written = await em.execute<{ inserted: boolean }[]>(
    `INSERT INTO units (id, building_id, number, floor_area)
     SELECT gen_random_uuid(), b.id, r.number, r.floor_area
       FROM jsonb_to_recordset(?::jsonb) AS r(building text, number text, floor_area numeric), buildings b
      WHERE b.community_id = ? AND b.name = r.building
     ON CONFLICT (building_id, number) DO UPDATE SET floor_area = EXCLUDED.floor_area
      WHERE units.floor_area <> EXCLUDED.floor_area
     RETURNING (xmax = 0) AS inserted`,
    [json, community.id],
  );
  const created = written.filter((w) => w.inserted).length;
  const updated = written.length - created;
  const areaOf = new Map(rows.map((r) => [JSON.stringify([r.building, r.number]), r.floorArea]));
  const changes = before
    .map((b) => ({ building: b.building, number: b.number, from: Number(b.floor_area), to: areaOf.get(JSON.stringify([b.building, b.number]))! }))
    .filter((c) => c.from !== c.to);
  const result = { community, buildingsCreated: newBuildings.length, created, updated, unchanged: rows.length - written.length };
  if (!dryRun && (written.length > 0 || newBuildings.length > 0)) {
    emit(tx, {
      type: 'units.imported',
      communityId: community.id,
      subject: { type: 'Community', id: community.id },
      data: { buildingsCreated: newBuildings.map((b) => b.name), created, updated, unchanged: result.unchanged, changes },
      audience: { organizationIds: await organizationIdsOfKind(em, community.id, OrganizationKind.RESIDENTS_COMMITTEE, OrganizationKind.PROPERTY_MANAGER) },
    });
  }
  if (dryRun) throw new DryRun(result);
  return result;
}

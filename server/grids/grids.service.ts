import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../core/context.js';
import type { Transaction } from '../core/transaction.js';
import { authorize, requireUser } from '../core/policy.js';
import { AppError, badInput, conflict, invalidTransition, isReferenceViolation, notFound } from '../core/errors.js';
import { keyOf } from '../core/ids.js';
import { sqlArray, sqlArrayLiteral } from '../core/sql.js';
import { emit, type Audience } from '../events/index.js';
import { User } from '../accounts/index.js';
import { Building, Community, MemberRole, Organization, OrganizationKind, RegionLevel, memberUserIds, organizationIdsOfKind } from '../communities/index.js';
import { Grid, PartyMemberRegistration, PartyMemberStatus } from './grid.entity.js';
import { gridPolicy, partyMemberPolicy } from './grid.policy.js';
import type { CreateBuildingPartyGroupInput, CreateGridInput, DecidePartyMemberInput, DeleteGridInput, GridWorkerInput, RegisterPartyMemberInput, RenameGridInput, SetGridBuildingsInput } from './grid.inputs.js';
import './grids.events.js';
import { independentReads } from '../core/rows.js';

/** Who is told of a grid's changes: the residents' committee (its grid workers too) and the grid's party branch. */
async function gridAudience(em: EntityManager, grid: Grid): Promise<Audience> {
  const rc = await organizationIdsOfKind(em, grid.community.id, OrganizationKind.RESIDENTS_COMMITTEE);
  return { organizationIds: [...rc, ...(grid.partyBranch ? [grid.partyBranch.id] : [])] };
}

/** The grid, locked for this transaction (every change of one grid takes this lock first), or NOT_FOUND. */
async function lockGrid(tx: Transaction, gridId: string): Promise<Grid> {
  const [row] = await tx.em.execute(`SELECT * FROM grids WHERE id = ? FOR UPDATE`, [gridId]);
  if (!row) throw notFound('Grid');
  return tx.em.map(Grid, row);
}

/** The building keys of an input, each checked to be one of the community's (BAD_USER_INPUT naming `buildingIds.<i>`). */
async function communityBuildings(em: EntityManager, communityId: string, ids: readonly string[]): Promise<Map<string, string>> {
  const keys = ids.map((id, i) => keyOf(id, 'Building', `buildingIds.${i}`));
  const dup = keys.findIndex((k, i) => keys.indexOf(k) !== i);
  if (dup >= 0) throw badInput({ [`buildingIds.${dup}`]: 'is given twice' });
  const arr = sqlArray(keys);
  const rows = await em.execute<{ id: string; name: string }[]>(`SELECT id, name FROM buildings WHERE community_id = ? AND id = ANY(${arr.sql})`, [communityId, ...arr.params]);
  const names = new Map(rows.map((r) => [r.id, r.name]));
  const stranger = keys.findIndex((k) => !names.has(k));
  if (stranger >= 0) throw badInput({ [`buildingIds.${stranger}`]: 'is not a building of this community' });
  return names;
}

/**
 * Puts buildings into a grid: each building is the key of `grid_buildings`, so one already in
 * another grid (committed, or being put there by a transaction that commits first) is not taken;
 * then the whole change is refused with CONFLICT `BUILDING_IN_OTHER_GRID`, naming each such building
 * and its grid, and the transaction rolls back (nothing changed).
 */
async function placeBuildings(tx: Transaction, grid: Grid, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const inserted = await tx.em.execute<{ building_id: string }[]>(
    `INSERT INTO grid_buildings (building_id, grid_id, community_id) SELECT unnest(?::uuid[]), ?, ?
     ON CONFLICT (building_id) DO NOTHING RETURNING building_id`,
    [sqlArrayLiteral(ids), grid.id, grid.community.id],
  );
  if (inserted.length === ids.length) return;
  const taken = new Set(inserted.map((r) => r.building_id));
  const others = ids.filter((id) => !taken.has(id));
  const arr = sqlArray(others);
  const held = await tx.em.execute<{ building_id: string; building_name: string; grid_id: string; grid_name: string }[]>(
    `SELECT gb.building_id, b.name AS building_name, g.id AS grid_id, g.name AS grid_name
       FROM grid_buildings gb JOIN buildings b ON b.id = gb.building_id JOIN grids g ON g.id = gb.grid_id
      WHERE gb.building_id = ANY(${arr.sql}) ORDER BY b.name`,
    arr.params,
  );
  throw conflict(`${held.map((h) => `${h.building_name} is in ${h.grid_name}`).join('; ') || 'A building is in another grid'}`, {
    reason: 'BUILDING_IN_OTHER_GRID',
    buildings: held.map((h) => ({ buildingName: h.building_name, gridName: h.grid_name })),
  });
}

/** The name a grid's 网格党支部 gets with the grid (createGrid's, renameGrid's). */
const branchNameOf = (gridName: string) => `${gridName}党支部`.slice(0, 100);

/** 网格: a new grid of the community with its buildings and its 网格党支部 (`gridPolicy.canManage`). */
export async function createGrid(ctx: Context, input: CreateGridInput): Promise<Grid> {
  const access = await ctx.access();
  requireUser(access);
  const communityId = keyOf(input.communityId, 'Community', 'communityId');
  authorize(gridPolicy.canManage(access, communityId), "Only the residents' committee's chair and the community's administrators divide its buildings into grids");
  const name = input.name.trim();
  return ctx.transact(async (tx) => {
    if (!(await tx.em.count(Community, communityId))) throw notFound('Community');
    const buildings = await communityBuildings(tx.em, communityId, input.buildingIds ?? []);
    const [row] = await tx.em.execute(
      `INSERT INTO grids (id, community_id, name, created_at, updated_at) VALUES (gen_random_uuid(), ?, ?, ?, ?) ON CONFLICT (community_id, name) DO NOTHING RETURNING *`,
      [communityId, name, tx.now, tx.now],
    );
    if (!row) throw badInput({ name: 'is the name of another grid of this community' });
    const grid = tx.em.map(Grid, row);
    const branch = tx.em.create(Organization, { community: communityId, kind: OrganizationKind.GRID_PARTY_BRANCH, name: branchNameOf(name), level: RegionLevel.COMMUNITY });
    await tx.em.flush();
    await tx.em.execute(`UPDATE grids SET party_branch_id = ? WHERE id = ?`, [branch.id, grid.id]);
    grid.partyBranch = tx.em.getReference(Organization, branch.id, { wrapped: true });
    await placeBuildings(tx, grid, [...buildings.keys()]);
    emit(tx, {
      type: 'grid.created',
      communityId,
      subject: { type: 'Grid', id: grid.id },
      data: { name, buildings: buildings.size, partyBranchName: branch.name },
      audience: await gridAudience(tx.em, grid),
    });
    return grid;
  });
}

/**
 * Renames a grid (`gridPolicy.canManage`): the name unique in the community (BAD_USER_INPUT
 * `name`; two renames racing for one name: the second is CONFLICT), and the grid's 网格党支部
 * renamed with it while it still bears the default name (one renamed by hand keeps its name).
 */
export async function renameGrid(ctx: Context, input: RenameGridInput): Promise<Grid> {
  const access = await ctx.access();
  requireUser(access);
  const gridId = keyOf(input.gridId, 'Grid', 'gridId');
  const name = input.name.trim();
  return ctx.transact(async (tx) => {
    const grid = await lockGrid(tx, gridId);
    authorize(gridPolicy.canManage(access, grid.community.id), "Only the residents' committee's chair and the community's administrators divide its buildings into grids");
    const previousName = grid.name;
    if (name === previousName) return grid;
    const [taken] = await tx.em.execute(`SELECT 1 FROM grids WHERE community_id = ? AND name = ? AND id <> ?`, [grid.community.id, name, grid.id]);
    if (taken) throw badInput({ name: 'is the name of another grid of this community' });
    await tx.em.execute(`UPDATE grids SET name = ?, updated_at = ? WHERE id = ?`, [name, tx.now, grid.id]);
    grid.name = name;
    let partyBranchName: string | null = null;
    if (grid.partyBranch) {
      const [renamed] = await tx.em.execute<{ name: string }[]>(`UPDATE organizations SET name = ? WHERE id = ? AND name = ? RETURNING name`, [
        branchNameOf(name),
        grid.partyBranch.id,
        branchNameOf(previousName),
      ]);
      partyBranchName = renamed?.name ?? null;
    }
    emit(tx, {
      type: 'grid.renamed',
      communityId: grid.community.id,
      subject: { type: 'Grid', id: grid.id },
      data: { name, previousName, partyBranchName },
      audience: await gridAudience(tx.em, grid),
    });
    return grid;
  });
}

/**
 * Deletes a grid (`gridPolicy.canManage`), only an empty one: while it has buildings, CONFLICT
 * `GRID_HAS_BUILDINGS` (`buildings`: their names — put them into another grid, or take them out,
 * first: a building's issues, screening rounds and roll calls go by its grid); while it has grid
 * workers, CONFLICT `GRID_HAS_WORKERS` (`workers`: their names — their lists default to their grid).
 * Refused, nothing changes. Its 网格党支部 is deleted with it only when nothing ever happened in it:
 * no seat, no issue, assignment, rating, meeting or attendance, nothing else that refers to it (a
 * restricting foreign key, tried under a savepoint). Otherwise the branch is kept — a party
 * organization with members and a record, whose dissolution is the party's business, not the
 * grid's — as an organization of the community no longer tied to a grid. Event `grid.deleted`.
 */
export async function deleteGrid(ctx: Context, input: DeleteGridInput): Promise<void> {
  const access = await ctx.access();
  requireUser(access);
  const gridId = keyOf(input.gridId, 'Grid', 'gridId');
  await ctx.transact(async (tx) => {
    const grid = await lockGrid(tx, gridId);
    authorize(gridPolicy.canManage(access, grid.community.id), "Only the residents' committee's chair and the community's administrators divide its buildings into grids");
    // setGridBuildings and assignGridWorker lock the grid first: what is read here stays true.
    const buildings = await tx.em.execute<{ name: string }[]>(`SELECT b.name FROM grid_buildings gb JOIN buildings b ON b.id = gb.building_id WHERE gb.grid_id = ? ORDER BY b.name`, [grid.id]);
    if (buildings.length) {
      throw conflict(`${grid.name} still has buildings: ${buildings.map((b) => b.name).join(', ')}`, { reason: 'GRID_HAS_BUILDINGS', buildings: buildings.map((b) => b.name) });
    }
    const workers = await tx.em.execute<{ name: string }[]>(
      `SELECT u.name FROM grid_workers gw JOIN memberships m ON m.id = gw.membership_id JOIN users u ON u.id = m.user_id WHERE gw.grid_id = ? ORDER BY gw.assigned_at`,
      [grid.id],
    );
    if (workers.length) {
      throw conflict(`${grid.name} still has grid workers: ${workers.map((w) => w.name).join(', ')}`, { reason: 'GRID_HAS_WORKERS', workers: workers.map((w) => w.name) });
    }
    const audience = await gridAudience(tx.em, grid);
    await tx.em.execute(`DELETE FROM grids WHERE id = ?`, [grid.id]);
    const branchId = grid.partyBranch?.id ?? null;
    const [branch] = branchId ? await tx.em.execute<{ name: string }[]>(`SELECT name FROM organizations WHERE id = ? FOR UPDATE`, [branchId]) : [];
    let kept = false;
    if (branchId && branch) {
      // What refers to it without stopping a delete (set null, or an array of ids) is looked at
      // here; anything else that refers to it stops the delete (the savepoint keeps the rest).
      const [used] = await tx.em.execute<{ used: boolean }[]>(
        `SELECT EXISTS (SELECT 1 FROM issues WHERE assignee_id = ?1 OR desk_id = ?1 OR ?1 = ANY(involved_org_ids))
             OR EXISTS (SELECT 1 FROM issue_ratings WHERE organization_id = ?1)
             OR EXISTS (SELECT 1 FROM meeting_attendance WHERE organization_id = ?1) AS used`.replaceAll('?1', '?::uuid'),
        [branchId, branchId, branchId, branchId, branchId],
      );
      kept = Boolean(used?.used);
      if (!kept) {
        await tx.em.execute(`SAVEPOINT grid_branch`);
        try {
          await tx.em.execute(`DELETE FROM organizations WHERE id = ?`, [branchId]);
          await tx.em.execute(`RELEASE SAVEPOINT grid_branch`);
        } catch (err) {
          if (!isReferenceViolation(err)) throw err;
          await tx.em.execute(`ROLLBACK TO SAVEPOINT grid_branch`);
          kept = true;
        }
      }
    }
    emit(tx, {
      type: 'grid.deleted',
      communityId: grid.community.id,
      subject: { type: 'Community', id: grid.community.id },
      data: { name: grid.name, partyBranchName: branch?.name ?? null, partyBranchKept: kept },
      audience: kept ? audience : { organizationIds: (audience.organizationIds ?? []).filter((id) => id !== branchId) },
    });
  });
}

/** A grid's buildings, all of them (`gridPolicy.canManage`); one in another grid: CONFLICT, nothing changed. */
export async function setGridBuildings(ctx: Context, input: SetGridBuildingsInput): Promise<Grid> {
  const access = await ctx.access();
  requireUser(access);
  const gridId = keyOf(input.gridId, 'Grid', 'gridId');
  return ctx.transact(async (tx) => {
    const grid = await lockGrid(tx, gridId);
    authorize(gridPolicy.canManage(access, grid.community.id), "Only the residents' committee's chair and the community's administrators divide its buildings into grids");
    const names = await communityBuildings(tx.em, grid.community.id, input.buildingIds);
    const current = await tx.em.execute<{ building_id: string; name: string }[]>(
      `SELECT gb.building_id, b.name FROM grid_buildings gb JOIN buildings b ON b.id = gb.building_id WHERE gb.grid_id = ?`,
      [grid.id],
    );
    const before = new Set(current.map((r) => r.building_id));
    const removed = current.filter((r) => !names.has(r.building_id));
    const added = [...names.keys()].filter((id) => !before.has(id));
    if (removed.length) await tx.em.execute(`DELETE FROM grid_buildings WHERE grid_id = ? AND building_id = ANY(?::uuid[])`, [grid.id, sqlArrayLiteral(removed.map((r) => r.building_id))]);
    await placeBuildings(tx, grid, added);
    if (removed.length || added.length) {
      await tx.em.execute(`UPDATE grids SET updated_at = ? WHERE id = ?`, [tx.now, grid.id]);
      emit(tx, {
        type: 'grid.buildingsSet',
        communityId: grid.community.id,
        subject: { type: 'Grid', id: grid.id },
        data: { name: grid.name, buildings: { before: before.size, after: names.size }, added: added.map((id) => names.get(id)!), removed: removed.map((r) => r.name) },
        audience: await gridAudience(tx.em, grid),
      });
    }
    return grid;
  });
}

/**
 * Assigns a grid worker (a GRID_WORKER seat of the community's residents' committee) to a grid.
 * A seat works one grid: one already in another grid is CONFLICT `WORKER_IN_OTHER_GRID` (unassign
 * it there first); assigning it again to the same grid returns the grid unchanged.
 */
export async function assignGridWorker(ctx: Context, input: GridWorkerInput): Promise<Grid> {
  const access = await ctx.access();
  requireUser(access);
  const gridId = keyOf(input.gridId, 'Grid', 'gridId');
  const membershipId = keyOf(input.membershipId, 'Membership', 'membershipId');
  return ctx.transact(async (tx) => {
    const grid = await lockGrid(tx, gridId);
    authorize(gridPolicy.canManage(access, grid.community.id), "Only the residents' committee's chair and the community's administrators assign grid workers");
    // The seat's organization is held (as changeMemberRole and removeMember lock it), so the seat
    // stays a grid worker's until this commits.
    const [seat] = await tx.em.execute<{ role: MemberRole; kind: OrganizationKind; community_id: string | null; user_id: string }[]>(
      `SELECT m.role, o.kind, o.community_id, m.user_id FROM memberships m JOIN organizations o ON o.id = m.organization_id WHERE m.id = ? FOR SHARE OF o`,
      [membershipId],
    );
    if (!seat) throw notFound('Membership');
    if (seat.kind !== OrganizationKind.RESIDENTS_COMMITTEE || seat.community_id !== grid.community.id || seat.role !== MemberRole.GRID_WORKER) {
      throw new AppError('BAD_USER_INPUT', "Not a grid worker of this community's residents' committee", { fields: { membershipId: "is not a GRID_WORKER seat of this community's residents' committee" }, reason: 'NOT_A_GRID_WORKER' });
    }
    const [row] = await tx.em.execute(`INSERT INTO grid_workers (membership_id, grid_id, assigned_at) VALUES (?, ?, ?) ON CONFLICT (membership_id) DO NOTHING RETURNING grid_id`, [membershipId, grid.id, tx.now]);
    const user = await tx.em.findOneOrFail(User, seat.user_id);
    if (!row) {
      const [held] = await tx.em.execute<{ id: string; name: string }[]>(`SELECT g.id, g.name FROM grid_workers gw JOIN grids g ON g.id = gw.grid_id WHERE gw.membership_id = ?`, [membershipId]);
      if (held?.id === grid.id) return grid;
      throw conflict(`${user.name} works ${held?.name ?? 'another grid'}`, { reason: 'WORKER_IN_OTHER_GRID', gridName: held?.name ?? null });
    }
    emit(tx, {
      type: 'grid.workerAssigned',
      communityId: grid.community.id,
      subject: { type: 'Grid', id: grid.id },
      data: { name: grid.name, workerName: user.name },
      audience: { ...(await gridAudience(tx.em, grid)), userIds: [seat.user_id] },
      notify: { userIds: [seat.user_id], title: `您已被分配到${grid.name}` },
    });
    return grid;
  });
}

/** Takes a grid worker off a grid (`gridPolicy.canManage`); NOT_FOUND when the seat does not work it. */
export async function unassignGridWorker(ctx: Context, input: GridWorkerInput): Promise<Grid> {
  const access = await ctx.access();
  requireUser(access);
  const gridId = keyOf(input.gridId, 'Grid', 'gridId');
  const membershipId = keyOf(input.membershipId, 'Membership', 'membershipId');
  return ctx.transact(async (tx) => {
    const grid = await lockGrid(tx, gridId);
    authorize(gridPolicy.canManage(access, grid.community.id), "Only the residents' committee's chair and the community's administrators assign grid workers");
    const [row] = await tx.em.execute<{ user_id: string }[]>(
      `DELETE FROM grid_workers gw USING memberships m WHERE gw.membership_id = ? AND gw.grid_id = ? AND m.id = gw.membership_id RETURNING m.user_id`,
      [membershipId, grid.id],
    );
    if (!row) throw notFound('Grid worker');
    const user = await tx.em.findOneOrFail(User, row.user_id);
    emit(tx, {
      type: 'grid.workerUnassigned',
      communityId: grid.community.id,
      subject: { type: 'Grid', id: grid.id },
      data: { name: grid.name, workerName: user.name },
      audience: { ...(await gridAudience(tx.em, grid)), userIds: [row.user_id] },
    });
    return grid;
  });
}

/** 楼栋党小组: the party group of a building, one per building (CONFLICT `PARTY_GROUP_EXISTS`). */
export async function createBuildingPartyGroup(ctx: Context, input: CreateBuildingPartyGroupInput): Promise<Organization> {
  const access = await ctx.access();
  requireUser(access);
  const buildingId = keyOf(input.buildingId, 'Building', 'buildingId');
  return ctx.transact(async (tx) => {
    const building = await tx.em.findOne(Building, buildingId);
    if (!building) throw notFound('Building');
    authorize(gridPolicy.canManage(access, building.community.id), "Only the residents' committee's chair and the community's administrators make building party groups");
    const org = tx.em.create(Organization, { community: building.community.id, kind: OrganizationKind.BUILDING_PARTY_GROUP, name: input.name?.trim() || `${building.name}党小组`, level: RegionLevel.COMMUNITY });
    await tx.em.flush();
    const [row] = await tx.em.execute(`INSERT INTO building_party_groups (building_id, organization_id) VALUES (?, ?) ON CONFLICT (building_id) DO NOTHING RETURNING building_id`, [building.id, org.id]);
    if (!row) throw conflict(`${building.name} has a party group`, { reason: 'PARTY_GROUP_EXISTS' });
    const [grid] = await tx.em.execute<{ party_branch_id: string | null }[]>(`SELECT g.party_branch_id FROM grid_buildings gb JOIN grids g ON g.id = gb.grid_id WHERE gb.building_id = ?`, [building.id]);
    const rc = await organizationIdsOfKind(tx.em, building.community.id, OrganizationKind.RESIDENTS_COMMITTEE, OrganizationKind.PARTY_COMMITTEE);
    emit(tx, {
      type: 'buildingPartyGroup.created',
      communityId: building.community.id,
      subject: { type: 'Organization', id: org.id },
      data: { buildingName: building.name, organizationName: org.name },
      audience: { organizationIds: [...rc, ...(grid?.party_branch_id ? [grid.party_branch_id] : [])] },
    });
    return org;
  });
}

/** A seat whose role is no longer GRID_WORKER works no grid (run on `member.roleChanged`, in its transaction). */
export async function dropStaleGridWorkers(em: EntityManager, organizationId: string): Promise<void> {
  await em.execute(`DELETE FROM grid_workers gw USING memberships m WHERE m.id = gw.membership_id AND m.organization_id = ? AND m.role <> ?`, [organizationId, MemberRole.GRID_WORKER]);
}

// ── 党员下沉报到 ────────────────────────────────────────────────────────────────────────────────

/** Who is told of a registration: the person, the party organization and the station. */
async function registrationAudience(em: EntityManager, r: { communityId: string; stationId: string; userId: string }): Promise<Audience> {
  const party = await organizationIdsOfKind(em, r.communityId, OrganizationKind.PARTY_COMMITTEE);
  return { organizationIds: [...party, r.stationId], userIds: [r.userId] };
}

/**
 * 党员下沉报到: a party member registers with the community where they live or serve
 * (`partyMemberPolicy.canRegister`), through one of its 红色驿站. One live (pending or verified)
 * registration per person and community (CONFLICT `ALREADY_REGISTERED`; a partial unique index is
 * the last guard). A volunteer of another station is refused (CONFLICT `VOLUNTEER_AT_OTHER_STATION`):
 * a person is in one station's pool.
 */
export async function registerPartyMember(ctx: Context, input: RegisterPartyMemberInput): Promise<PartyMemberRegistration> {
  const access = await ctx.access();
  const userId = requireUser(access);
  const communityId = keyOf(input.communityId, 'Community', 'communityId');
  const stationId = keyOf(input.stationId, 'Organization', 'stationId');
  authorize(partyMemberPolicy.canRegister(access, communityId), 'Only people who live or serve in the community register there');
  return ctx.transact(async (tx) => {
    const station = await tx.em.findOne(Organization, stationId);
    if (!station || station.kind !== OrganizationKind.PARTY_STATION || station.community?.id !== communityId) throw badInput({ stationId: 'is not a 红色驿站 of this community' });
    const [elsewhere] = await tx.em.execute<{ station_id: string }[]>(`SELECT station_id FROM volunteers WHERE user_id = ? AND station_id <> ?`, [userId, stationId]);
    if (elsewhere) throw conflict('You volunteer at another station', { reason: 'VOLUNTEER_AT_OTHER_STATION' });
    const [row] = await tx.em.execute(
      `INSERT INTO party_member_registrations (id, user_id, community_id, station_id, party_organization, status, registered_at)
       VALUES (gen_random_uuid(), ?, ?, ?, ?, 'PENDING', ?)
       ON CONFLICT (user_id, community_id) WHERE status <> 'DECLINED' DO NOTHING RETURNING *`,
      [userId, communityId, stationId, input.partyOrganization.trim(), tx.now],
    );
    if (!row) throw conflict('You are registered with this community already', { reason: 'ALREADY_REGISTERED' });
    const registration = tx.em.map(PartyMemberRegistration, row);
    const user = await tx.em.findOneOrFail(User, userId);
    const party = await organizationIdsOfKind(tx.em, communityId, OrganizationKind.PARTY_COMMITTEE);
    emit(tx, {
      type: 'partyMember.registered',
      communityId,
      subject: { type: 'PartyMemberRegistration', id: registration.id },
      data: { userName: user.name, stationName: station.name, partyOrganization: registration.partyOrganization },
      audience: await registrationAudience(tx.em, { communityId, stationId, userId }),
      notify: { userIds: await memberUserIds(tx.em, party), title: `${user.name}申请党员下沉报到` },
    });
    return registration;
  });
}

/**
 * The party organization verifies a pending registration (then the volunteers module puts the
 * person into the station's pool, in the same transaction: `partyMember.verified`), or declines it
 * with a reason. Decided once: a second decision is INVALID_TRANSITION.
 */
export async function decidePartyMember(ctx: Context, input: DecidePartyMemberInput, verify: boolean): Promise<PartyMemberRegistration> {
  const access = await ctx.access();
  const userId = requireUser(access);
  const id = keyOf(input.registrationId, 'PartyMemberRegistration', 'registrationId');
  if (!verify && !input.reason?.trim()) throw badInput({ reason: 'is required to decline' });
  if (verify && input.reason) throw badInput({ reason: 'is given only to decline' });
  return ctx.transact(async (tx) => {
    const [row] = await tx.em.execute(`SELECT * FROM party_member_registrations WHERE id = ? FOR UPDATE`, [id]);
    if (!row) throw notFound('PartyMemberRegistration');
    const r = tx.em.map(PartyMemberRegistration, row);
    const facts = { userId: r.user.id, communityId: r.community.id, stationId: r.station.id };
    if (!partyMemberPolicy.canSee(access, facts)) throw notFound('PartyMemberRegistration');
    authorize(partyMemberPolicy.canDecide(access, r.community.id), "Only the community's party organization verifies party members");
    if (r.status !== PartyMemberStatus.PENDING) throw invalidTransition(r.status, verify ? 'verify' : 'decline');
    r.status = verify ? PartyMemberStatus.VERIFIED : PartyMemberStatus.DECLINED;
    r.decidedAt = tx.now;
    r.decidedBy = tx.em.getReference(User, userId, { wrapped: true });
    r.declineReason = verify ? null : input.reason!.trim();
    const [user, station] = await independentReads(tx.em, [() => tx.em.findOneOrFail(User, r.user.id), () => tx.em.findOneOrFail(Organization, r.station.id)]);
    const audience = await registrationAudience(tx.em, facts);
    if (verify) {
      emit(tx, {
        type: 'partyMember.verified',
        communityId: r.community.id,
        subject: { type: 'PartyMemberRegistration', id: r.id },
        data: { userName: user.name, stationName: station.name, userId: r.user.id, stationId: r.station.id },
        audience,
        notify: { userIds: [r.user.id], title: `您的党员下沉报到已通过，已加入${station.name}志愿者队伍` },
      });
    } else {
      emit(tx, {
        type: 'partyMember.declined',
        communityId: r.community.id,
        subject: { type: 'PartyMemberRegistration', id: r.id },
        data: { userName: user.name, stationName: station.name, reason: r.declineReason! },
        audience,
        notify: { userIds: [r.user.id], title: '您的党员下沉报到未通过' },
      });
    }
    return r;
  });
}


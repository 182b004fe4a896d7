import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlArray } from '../core/sql.js';
import { MemberRole } from '../communities/index.js';
import { Grid } from './grid.entity.js';

/**
 * The grids module's reads, in SQL over its link tables. "The grid of a building" is
 * `grid_buildings.grid_id` (the building is the key); "a grid's workers" are the seats in
 * `grid_workers`. Other modules read them here (`gridOfBuildings`, `gridWorkerUserIds`) or by the
 * same two tables in their own SQL (issues' `gridId` filter, screening coverage per grid).
 */

/** A community's grids, by name. */
export async function gridsOf(em: EntityManager, communityId: string): Promise<Grid[]> {
  return em.find(Grid, { community: communityId }, { orderBy: { name: 'asc', id: 'asc' } });
}

/** The buildings of each grid, by building name. */
export async function buildingIdsOfGrids(em: EntityManager, gridIds: readonly string[]): Promise<Map<string, string[]>> {
  const ids = sqlArray(gridIds);
  const rows = await em.execute<{ grid_id: string; building_id: string }[]>(
    `SELECT gb.grid_id, gb.building_id FROM grid_buildings gb JOIN buildings b ON b.id = gb.building_id WHERE gb.grid_id = ANY(${ids.sql}) ORDER BY b.name, b.id`,
    ids.params,
  );
  const out = new Map<string, string[]>(gridIds.map((id) => [id, []]));
  for (const r of rows) out.get(r.grid_id)?.push(r.building_id);
  return out;
}

/** The grid of each building (absent: in no grid). */
export async function gridOfBuildings(em: EntityManager, buildingIds: readonly string[]): Promise<Map<string, string>> {
  const ids = sqlArray(buildingIds);
  const rows = await em.execute<{ grid_id: string; building_id: string }[]>(`SELECT grid_id, building_id FROM grid_buildings WHERE building_id = ANY(${ids.sql})`, ids.params);
  return new Map(rows.map((r) => [r.building_id, r.grid_id]));
}

/** The worker seats (membership ids) of each grid, in the order they were assigned. */
export async function workerSeatsOfGrids(em: EntityManager, gridIds: readonly string[]): Promise<Map<string, string[]>> {
  const ids = sqlArray(gridIds);
  const rows = await em.execute<{ grid_id: string; membership_id: string }[]>(
    `SELECT grid_id, membership_id FROM grid_workers WHERE grid_id = ANY(${ids.sql}) ORDER BY assigned_at, membership_id`,
    ids.params,
  );
  const out = new Map<string, string[]>(gridIds.map((id) => [id, []]));
  for (const r of rows) out.get(r.grid_id)?.push(r.membership_id);
  return out;
}

/** The people who work a grid (their GRID_WORKER seats assigned to it). */
export async function gridWorkerUserIds(em: EntityManager, gridId: string): Promise<string[]> {
  const rows = await em.execute<{ user_id: string }[]>(
    `SELECT m.user_id FROM grid_workers gw JOIN memberships m ON m.id = gw.membership_id WHERE gw.grid_id = ? AND m.role = ? ORDER BY gw.assigned_at`,
    [gridId, MemberRole.GRID_WORKER],
  );
  return rows.map((r) => r.user_id);
}

/** The grids of a community a person works (as a grid worker assigned to them), by name. */
export async function gridsWorkedBy(em: EntityManager, userId: string, communityId: string): Promise<Grid[]> {
  const rows = await em.execute(
    `SELECT g.* FROM grids g JOIN grid_workers gw ON gw.grid_id = g.id JOIN memberships m ON m.id = gw.membership_id
      WHERE m.user_id = ? AND m.role = ? AND g.community_id = ? ORDER BY g.name, g.id`,
    [userId, MemberRole.GRID_WORKER, communityId],
  );
  return rows.map((r) => em.map(Grid, r));
}

/** The 楼栋党小组 of each building that has one: building id → organization id. */
export async function partyGroupsOfBuildings(em: EntityManager, buildingIds: readonly string[]): Promise<Map<string, string>> {
  const ids = sqlArray(buildingIds);
  const rows = await em.execute<{ building_id: string; organization_id: string }[]>(
    `SELECT building_id, organization_id FROM building_party_groups WHERE building_id = ANY(${ids.sql})`,
    ids.params,
  );
  return new Map(rows.map((r) => [r.building_id, r.organization_id]));
}

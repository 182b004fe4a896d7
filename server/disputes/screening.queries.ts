import type { EntityManager } from '@mikro-orm/postgresql';
import { keysetAfter, sqlArray, type TimeKey } from '../core/sql.js';
import { ScreeningRound } from './screening.entity.js';

/** A round went over a building of the grid (server/grids' `grid_buildings`). */
const IN_GRID = `EXISTS (SELECT 1 FROM screening_round_buildings rb JOIN grid_buildings gb ON gb.building_id = rb.building_id WHERE rb.round_id = r.id AND gb.grid_id = ?)`;

/** One page of a community's rounds (those over a building of `gridId` when given), newest first, and how many there are when asked. */
export async function listRounds(em: EntityManager, communityId: string, after: TimeKey | undefined, limit: number, withTotal: boolean, gridId?: string): Promise<{ rows: ScreeningRound[]; total: number | null }> {
  const keyset = keysetAfter({ at: 'r.held_at', id: 'r.id' }, after, 'desc');
  const grid = gridId ? ` AND ${IN_GRID}` : '';
  const gridParams = gridId ? [gridId] : [];
  const rows = await em.execute(
    `SELECT r.* FROM screening_rounds r WHERE r.community_id = ?${grid}${keyset ? ` AND ${keyset.sql}` : ''} ORDER BY r.held_at DESC, r.id DESC LIMIT ?`,
    [communityId, ...gridParams, ...(keyset?.params ?? []), limit],
  );
  let total: number | null = null;
  if (withTotal) total = (await em.execute<{ n: number }[]>(`SELECT count(*)::int AS n FROM screening_rounds r WHERE r.community_id = ?${grid}`, [communityId, ...gridParams]))[0]?.n ?? 0;
  return { rows: rows.map((r) => em.map(ScreeningRound, r)), total };
}

export interface CoverageRow {
  building_id: string;
  month: string;
  rounds: number;
  nothing_found: number;
  disputes_found: number;
  last_held_at: Date | null;
}

/**
 * Every building of the community × every month of [fromMonth, toMonth] (Asia/Shanghai): the
 * rounds that went over it, those that found nothing, the disputes registered from them, the last.
 */
export async function coverage(em: EntityManager, communityId: string, fromMonth: string, toMonth: string): Promise<CoverageRow[]> {
  return em.execute<CoverageRow[]>(
    `WITH months AS (
       SELECT to_char(m, 'YYYY-MM') AS month, m AS start, m + interval '1 month' AS stop
         FROM generate_series(?::timestamp, ?::timestamp, interval '1 month') m),
     covered AS (
       SELECT rb.building_id, r.held_at AT TIME ZONE 'Asia/Shanghai' AS local_at, r.held_at, r.nothing_found,
              (SELECT count(*) FROM disputes d WHERE d.screening_round_id = r.id) AS found
         FROM screening_rounds r JOIN screening_round_buildings rb ON rb.round_id = r.id
        WHERE r.community_id = ?)
     SELECT b.id AS building_id, months.month,
            count(c.held_at)::int AS rounds,
            count(c.held_at) FILTER (WHERE c.nothing_found)::int AS nothing_found,
            COALESCE(sum(c.found), 0)::int AS disputes_found,
            max(c.held_at) AS last_held_at
       FROM buildings b CROSS JOIN months
       LEFT JOIN covered c ON c.building_id = b.id AND c.local_at >= months.start AND c.local_at < months.stop
      WHERE b.community_id = ?
      GROUP BY b.id, b.name, months.month
      ORDER BY b.name, b.id, months.month`,
    [`${fromMonth}-01`, `${toMonth}-01`, communityId, communityId],
  );
}

export interface GridCoverageRow {
  grid_id: string | null;
  month: string;
  buildings: number;
  buildings_covered: number;
  rounds: number;
  nothing_found: number;
  disputes_found: number;
  last_held_at: Date | null;
}

/**
 * Every grid of the community (and, when some buildings are in no grid, a row with `grid_id` null
 * for them) × every month of [fromMonth, toMonth] (Asia/Shanghai): its buildings, those covered by
 * a round that month, the rounds over any of its buildings (a round counts once per grid however
 * many of its buildings it went over, and in each grid it touched), those that found nothing, the
 * disputes registered from those rounds, the last round.
 */
export async function coverageByGrid(em: EntityManager, communityId: string, fromMonth: string, toMonth: string): Promise<GridCoverageRow[]> {
  return em.execute<GridCoverageRow[]>(
    `WITH months AS (
       SELECT to_char(m, 'YYYY-MM') AS month FROM generate_series(?::timestamp, ?::timestamp, interval '1 month') m),
     placed AS (
       SELECT b.id AS building_id, gb.grid_id FROM buildings b LEFT JOIN grid_buildings gb ON gb.building_id = b.id WHERE b.community_id = ?),
     grid_list AS (
       SELECT g.id AS grid_id, g.name FROM grids g WHERE g.community_id = ?
       UNION ALL SELECT NULL::uuid, NULL WHERE EXISTS (SELECT 1 FROM placed WHERE grid_id IS NULL)),
     hits AS (
       SELECT p.grid_id, rb.building_id, r.id AS round_id, r.held_at, r.nothing_found,
              to_char(r.held_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month
         FROM screening_rounds r JOIN screening_round_buildings rb ON rb.round_id = r.id JOIN placed p ON p.building_id = rb.building_id
        WHERE r.community_id = ?),
     per_round AS (
       SELECT DISTINCT h.grid_id, h.month, h.round_id, h.held_at, h.nothing_found,
              (SELECT count(*) FROM disputes d WHERE d.screening_round_id = h.round_id) AS found
         FROM hits h)
     SELECT gl.grid_id, months.month,
            (SELECT count(*) FROM placed p WHERE p.grid_id IS NOT DISTINCT FROM gl.grid_id)::int AS buildings,
            (SELECT count(DISTINCT h.building_id) FROM hits h WHERE h.grid_id IS NOT DISTINCT FROM gl.grid_id AND h.month = months.month)::int AS buildings_covered,
            count(pr.round_id)::int AS rounds,
            count(pr.round_id) FILTER (WHERE pr.nothing_found)::int AS nothing_found,
            COALESCE(sum(pr.found), 0)::int AS disputes_found,
            max(pr.held_at) AS last_held_at
       FROM grid_list gl CROSS JOIN months
       LEFT JOIN per_round pr ON pr.grid_id IS NOT DISTINCT FROM gl.grid_id AND pr.month = months.month
      GROUP BY gl.grid_id, gl.name, months.month
      ORDER BY gl.name NULLS LAST, gl.grid_id, months.month`,
    [`${fromMonth}-01`, `${toMonth}-01`, communityId, communityId, communityId],
  );
}

/** The ids of `buildingIds` that are buildings of the community. */
export async function buildingsOf(em: EntityManager, communityId: string, buildingIds: readonly string[]): Promise<Set<string>> {
  const ids = sqlArray(buildingIds);
  const rows = await em.execute<{ id: string }[]>(`SELECT id FROM buildings WHERE community_id = ? AND id = ANY(${ids.sql})`, [communityId, ...ids.params]);
  return new Set(rows.map((r) => r.id));
}

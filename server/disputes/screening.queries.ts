import type { EntityManager } from '@mikro-orm/postgresql';
import { keysetAfter, sqlArray, type TimeKey } from '../core/sql.js';
import { ScreeningRound } from './screening.entity.js';

/** One page of a community's rounds, newest first, and how many there are when asked. */
export async function listRounds(em: EntityManager, communityId: string, after: TimeKey | undefined, limit: number, withTotal: boolean): Promise<{ rows: ScreeningRound[]; total: number | null }> {
  const keyset = keysetAfter({ at: 'r.held_at', id: 'r.id' }, after, 'desc');
  const rows = await em.execute(
    `SELECT r.* FROM screening_rounds r WHERE r.community_id = ?${keyset ? ` AND ${keyset.sql}` : ''} ORDER BY r.held_at DESC, r.id DESC LIMIT ?`,
    [communityId, ...(keyset?.params ?? []), limit],
  );
  let total: number | null = null;
  if (withTotal) total = (await em.execute<{ n: number }[]>(`SELECT count(*)::int AS n FROM screening_rounds WHERE community_id = ?`, [communityId]))[0]?.n ?? 0;
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

/** The ids of `buildingIds` that are buildings of the community. */
export async function buildingsOf(em: EntityManager, communityId: string, buildingIds: readonly string[]): Promise<Set<string>> {
  const ids = sqlArray(buildingIds);
  const rows = await em.execute<{ id: string }[]>(`SELECT id FROM buildings WHERE community_id = ? AND id = ANY(${ids.sql})`, [communityId, ...ids.params]);
  return new Set(rows.map((r) => r.id));
}

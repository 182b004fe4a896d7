import type { EntityManager } from '@mikro-orm/postgresql';
import type { Access } from '../core/access.js';
import { anyOf, keysetAfter, sqlArray } from '../core/sql.js';
import { columnsOf, columnList, pickColumns, plainMapper, readRows } from '../core/rows.js';
import { TaskClaim, Volunteer, VolunteerTask, type VolunteerTaskStatus } from './volunteer.entity.js';
import { Organization } from '../communities/index.js';
import { EFFECTIVE_STATUS_SQL } from './volunteer.state.js';

export interface TaskListQuery {
  access: Access;
  communityId: string;
  now: Date;
  status?: VolunteerTaskStatus[] | null;
  stationId?: string;
  skill?: string | null;
  mine?: boolean | null;
  after?: { startsAt: string; id: string };
  limit: number;
}

/** The task board's read side; the visibility rule is volunteerPolicy.canSeeTask in SQL. */
function whereOf(q: TaskListQuery): { sql: string; params: unknown[] } {
  const a = q.access;
  const stations = anyOf('t.station_id', a.memberships.map((m) => m.organizationId));
  const parts = ['t.community_id = ?', `(?::boolean OR ${stations.sql} OR (t.status <> 'DRAFT' AND ?::boolean))`];
  const params: unknown[] = [q.communityId, a.isAdmin, ...stations.params, a.belongsTo(q.communityId)];
  if (q.status?.length) {
    const statuses = sqlArray(q.status, 'text');
    parts.push(`(${EFFECTIVE_STATUS_SQL}) = ANY(${statuses.sql})`);
    params.push(q.now.toISOString(), q.now.toISOString(), ...statuses.params);
  }
  if (q.stationId) {
    parts.push('t.station_id = ?');
    params.push(q.stationId);
  }
  if (q.skill) {
    parts.push('? = ANY(t.skills)');
    params.push(q.skill.trim());
  }
  if (q.mine) {
    parts.push(`EXISTS (SELECT 1 FROM task_claims c JOIN volunteers v ON v.id = c.volunteer_id
      WHERE c.task_id = t.id AND v.user_id = ?::uuid AND c.status <> 'WITHDRAWN')`);
    params.push(a.userId);
  }
  return { sql: parts.join(' AND '), params };
}

/** The board's order, earliest start first: `ORDER BY t.starts_at, t.id`. */
const TASK_ORDER = { at: 't.starts_at', id: 't.id' };

/** The board's keyset condition after a cursor (` AND …`, or nothing on the first page), pushing its values. */
function pageAfter(q: TaskListQuery, params: unknown[]): string {
  const keyset = keysetAfter(TASK_ORDER, q.after && { at: q.after.startsAt, id: q.after.id }, 'asc');
  if (!keyset) return '';
  params.push(...keyset.params);
  return ` AND ${keyset.sql}`;
}

/** What a task board's fields need besides the tasks themselves (from the GraphQL selection). */
export interface TaskBoardNeeds {
  total: boolean;
  station: boolean;
  /** The viewer's latest claim on each task (viewerClaim, viewerActions). */
  claim: boolean;
  /** The viewer's volunteer registration (viewerActions). */
  registration: boolean;
}

export interface TaskBoardRow {
  /** The task as a plain object of the entity's shape (references as `{ id }`); `raw` maps the entity when a field needs one. */
  task: VolunteerTask;
  raw: Record<string, unknown>;
  /** The station's row (columns), when asked. */
  station?: Record<string, unknown>;
  /** The viewer's latest claim's row (columns), null for none, when asked. */
  claim?: Record<string, unknown> | null;
}

/**
 * The task board in one statement, as readBoard does for issues: the visible count, and the page
 * with each task's station row and the viewer's latest claim on it (each only when asked), plus the
 * viewer's volunteer registration (the same on every row). The visibility rule is whereOf's, the
 * per-viewer parts are bound to the viewer.
 */
export async function readTaskBoard(
  em: EntityManager,
  q: TaskListQuery,
  needs: TaskBoardNeeds,
): Promise<{ total: number | null; rows: TaskBoardRow[]; registration?: Record<string, unknown> | null }> {
  const taskCols = columnsOf(em, VolunteerTask);
  const { sql: where, params: whereParams } = whereOf(q);
  const select = ['p.*'];
  const params: unknown[] = [];
  if (needs.station) {
    select.push(`(SELECT to_jsonb(o) FROM (SELECT ${columnList(columnsOf(em, Organization), 'o')} FROM organizations o WHERE o.id = p.station_id) o) AS gz_station`);
  }
  if (needs.claim) {
    select.push(`(SELECT to_jsonb(c) FROM (SELECT ${columnList(columnsOf(em, TaskClaim), 'c')} FROM task_claims c JOIN volunteers v ON v.id = c.volunteer_id
                    WHERE c.task_id = p.id AND v.user_id = ?::uuid ORDER BY c.seq DESC LIMIT 1) c) AS gz_claim`);
    params.push(q.access.userId);
  }
  if (needs.registration) {
    select.push(`(SELECT to_jsonb(v) FROM (SELECT ${columnList(columnsOf(em, Volunteer), 'v')} FROM volunteers v WHERE v.user_id = ?::uuid) v) AS gz_registration`);
    params.push(q.access.userId);
  }
  params.push(...whereParams);
  const page = pageAfter(q, params);
  params.push(q.limit);
  const pageSql = `SELECT ${select.join(', ')}
      FROM (SELECT ${columnList(taskCols, 't')} FROM volunteer_tasks t WHERE ${where}${page} ORDER BY t.starts_at, t.id LIMIT ?) p
      ORDER BY p.starts_at, p.id`;
  const rows = needs.total
    ? await readRows(
        em,
        `SELECT n.gz_total, p.* FROM (SELECT count(*)::int AS gz_total FROM volunteer_tasks t WHERE ${where}) n LEFT JOIN LATERAL (${pageSql}) p ON true`,
        [...whereParams, ...params],
      )
    : await readRows(em, pageSql, params);
  const total = needs.total ? ((rows[0]?.gz_total as number | undefined) ?? 0) : null;
  const toPlain = plainMapper(em, VolunteerTask);
  const out: TaskBoardRow[] = [];
  for (const r of rows) {
    if (r.id == null) continue; // the count's row when the page is empty
    const raw = pickColumns(r, taskCols);
    const row: TaskBoardRow = { task: toPlain(raw) as unknown as VolunteerTask, raw };
    if (needs.station) row.station = r.gz_station as Record<string, unknown>;
    if (needs.claim) row.claim = (r.gz_claim as Record<string, unknown> | null) ?? null;
    out.push(row);
  }
  // The registration comes with the page's rows: without one, it was not read.
  const registration = needs.registration && out.length ? ((rows.find((r) => r.id != null)?.gz_registration as Record<string, unknown> | null) ?? null) : undefined;
  return { total, rows: out, registration };
}

/** Hours that count: verified, of tasks starting in [from, to) (params: to, from, from). */
const VERIFIED_IN_WINDOW = `c.hours_status = 'VERIFIED' AND t.starts_at < ?::timestamptz AND (?::timestamptz IS NULL OR t.starts_at >= ?::timestamptz)`;
const WINDOW = `t.community_id = ? AND ${VERIFIED_IN_WINDOW}`;

/** Verified hours per volunteer for tasks starting in [from, to), most hours first. */
export async function leaderboard(em: EntityManager, communityId: string, from: Date | null, to: Date, limit: number) {
  return em.execute<{ volunteer_id: string; hours: string; tasks: number }[]>(
    `SELECT c.volunteer_id, sum(c.hours) AS hours, count(*)::int AS tasks
       FROM task_claims c JOIN volunteer_tasks t ON t.id = c.task_id
      WHERE ${WINDOW}
      GROUP BY c.volunteer_id ORDER BY sum(c.hours) DESC, count(*) DESC, c.volunteer_id LIMIT ?`,
    [communityId, to.toISOString(), from?.toISOString() ?? null, from?.toISOString() ?? null, limit],
  );
}

/** All verified hours of a community's tasks starting in [from, to): governanceStats.volunteerHours. */
export async function verifiedHours(em: EntityManager, communityId: string, from: Date | null, to: Date): Promise<number> {
  const [row] = await em.execute<{ h: string | null }[]>(
    `SELECT sum(c.hours) AS h FROM task_claims c JOIN volunteer_tasks t ON t.id = c.task_id WHERE ${WINDOW}`,
    [communityId, to.toISOString(), from?.toISOString() ?? null, from?.toISOString() ?? null],
  );
  return Number(row?.h ?? 0);
}

/**
 * `verifiedHours` of many communities at once, per unit: `groups` is a statement whose rows are
 * `(community_id, unit)` (the city view, server/regions). Units without hours are missing.
 */
export async function verifiedHoursByGroup(em: EntityManager, groups: { sql: string; params: readonly unknown[] }, from: Date | null, to: Date): Promise<Map<string, number>> {
  const rows = await em.execute<{ unit: string; h: string | null }[]>(
    `SELECT g.unit, sum(c.hours) AS h FROM (${groups.sql}) g JOIN volunteer_tasks t ON t.community_id = g.community_id JOIN task_claims c ON c.task_id = t.id
      WHERE ${VERIFIED_IN_WINDOW} GROUP BY g.unit`,
    [...groups.params, to.toISOString(), from?.toISOString() ?? null, from?.toISOString() ?? null],
  );
  return new Map(rows.map((r) => [r.unit, Number(r.h ?? 0)]));
}

/** The 1-based place on its task's waitlist of each of `claimIds` that is WAITLISTED. */
export async function waitlistPositions(em: EntityManager, claimIds: readonly string[]): Promise<Map<string, number>> {
  const tasksOf = anyOf('id', claimIds);
  const claims = anyOf('id', claimIds);
  const rows = await em.execute<{ id: string; pos: number }[]>(
    `SELECT id, pos FROM (
       SELECT c.id, row_number() OVER (PARTITION BY c.task_id ORDER BY c.seq)::int AS pos
         FROM task_claims c
        WHERE c.status = 'WAITLISTED' AND c.task_id IN (SELECT task_id FROM task_claims WHERE ${tasksOf.sql})) w
      WHERE ${claims.sql}`,
    [...tasksOf.params, ...claims.params],
  );
  return new Map(rows.map((r) => [r.id, r.pos]));
}

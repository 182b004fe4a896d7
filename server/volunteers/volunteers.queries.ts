import type { EntityManager } from '@mikro-orm/postgresql';
import type { Access } from '../core/access.js';
import { VolunteerTask, type VolunteerTaskStatus } from './volunteer.entity.js';
import { EFFECTIVE_STATUS_SQL } from './volunteer.state.js';

const json = (v: unknown) => JSON.stringify(v);

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
  const parts = [
    't.community_id = ?',
    `(?::boolean OR t.station_id = ANY(ARRAY(SELECT jsonb_array_elements_text(?::jsonb))::uuid[]) OR (t.status <> 'DRAFT' AND ?::boolean))`,
  ];
  const params: unknown[] = [q.communityId, a.isAdmin, json(a.memberships.map((m) => m.organizationId)), a.belongsTo(q.communityId)];
  if (q.status?.length) {
    parts.push(`(${EFFECTIVE_STATUS_SQL}) = ANY(ARRAY(SELECT jsonb_array_elements_text(?::jsonb)))`);
    params.push(q.now.toISOString(), q.now.toISOString(), json(q.status));
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

export async function listTasks(em: EntityManager, q: TaskListQuery): Promise<VolunteerTask[]> {
  const { sql, params } = whereOf(q);
  let page = '';
  if (q.after) {
    page = ' AND (t.starts_at, t.id) > (?::timestamptz, ?::uuid)';
    params.push(q.after.startsAt, q.after.id);
  }
  params.push(q.limit);
  const rows = await em.execute(`SELECT t.* FROM volunteer_tasks t WHERE ${sql}${page} ORDER BY t.starts_at ASC, t.id ASC LIMIT ?`, params);
  return rows.map((r) => em.map(VolunteerTask, r));
}

export async function countTasks(em: EntityManager, q: TaskListQuery): Promise<number> {
  const { sql, params } = whereOf(q);
  const [row] = await em.execute<{ n: number }[]>(`SELECT count(*)::int AS n FROM volunteer_tasks t WHERE ${sql}`, params);
  return row?.n ?? 0;
}

const WINDOW = `t.community_id = ? AND c.hours_status = 'VERIFIED' AND t.starts_at < ?::timestamptz AND (?::timestamptz IS NULL OR t.starts_at >= ?::timestamptz)`;

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

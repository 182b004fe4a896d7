import type { EntityManager } from '@mikro-orm/postgresql';
import type { Access } from '../core/access.js';
import { Meeting } from './meeting.entity.js';
import { Matter, type MatterStage } from './matter.entity.js';
import { ANNOUNCED_KINDS } from './meeting.policy.js';

const uuids = (ids: readonly string[]) => `{${ids.join(',')}}`;

/** meetingPolicy.canSee in SQL, for lists. */
function visibleSql(a: Access, communityId: string): { sql: string; params: unknown[] } {
  const orgs = uuids(a.memberships.map((m) => m.organizationId));
  return {
    sql: `m.community_id = ? AND (?::boolean OR m.convener_id = ANY(?::uuid[]) OR m.participant_ids && ?::uuid[]
      OR EXISTS (SELECT 1 FROM meeting_attendance s WHERE s.meeting_id = m.id AND (s.principal_id = ?::uuid OR s.attendee_id = ?::uuid))
      OR EXISTS (SELECT 1 FROM action_items ai WHERE ai.meeting_id = m.id AND ai.assignee_id = ANY(?::uuid[]))
      OR ((m.kind::text = ANY(?::text[]) OR m.status = 'PUBLISHED') AND ?::boolean))`,
    params: [communityId, a.isAdmin, orgs, orgs, a.userId, a.userId, orgs, `{${ANNOUNCED_KINDS.join(',')}}`, a.belongsTo(communityId)],
  };
}

/** The meetings of a community the viewer may see, latest first. */
export async function listMeetings(em: EntityManager, a: Access, communityId: string, after: { at: string; id: string } | undefined, limit: number): Promise<Meeting[]> {
  const { sql, params } = visibleSql(a, communityId);
  let page = '';
  if (after) {
    page = ' AND (m.scheduled_at, m.id) < (?::timestamptz, ?::uuid)';
    params.push(after.at, after.id);
  }
  params.push(limit);
  const rows = await em.execute(`SELECT m.* FROM meetings m WHERE ${sql}${page} ORDER BY m.scheduled_at DESC, m.id DESC LIMIT ?`, params);
  return rows.map((r) => em.map(Meeting, r));
}

export async function countMeetings(em: EntityManager, a: Access, communityId: string): Promise<number> {
  const { sql, params } = visibleSql(a, communityId);
  const [row] = await em.execute<{ n: number }[]>(`SELECT count(*)::int AS n FROM meetings m WHERE ${sql}`, params);
  return row?.n ?? 0;
}

/** The matters of a community, newest first, optionally in some stages. */
export async function listMatters(em: EntityManager, communityId: string, stages: MatterStage[] | null | undefined, after: { at: string; id: string } | undefined, limit: number) {
  const where = ['community_id = ?'];
  const params: unknown[] = [communityId];
  if (stages?.length) {
    where.push('stage::text = ANY(?::text[])');
    params.push(`{${stages.join(',')}}`);
  }
  const countParams = [...params];
  if (after) {
    where.push('(created_at, id) < (?::timestamptz, ?::uuid)');
    params.push(after.at, after.id);
  }
  params.push(limit);
  const [rows, [count]] = await Promise.all([
    em.execute(`SELECT * FROM matters WHERE ${where.join(' AND ')} ORDER BY created_at DESC, id DESC LIMIT ?`, params),
    em.execute<{ n: number }[]>(`SELECT count(*)::int AS n FROM matters WHERE ${where.slice(0, stages?.length ? 2 : 1).join(' AND ')}`, countParams),
  ]);
  return { matters: rows.map((r) => em.map(Matter, r)), total: count?.n ?? 0 };
}

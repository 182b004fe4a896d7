import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainEvent } from './domain-event.entity.js';
import { Notification } from './notification.entity.js';
import { decodeCursor, encodeCursor } from '../core/pagination.js';
import { anyOf } from '../core/sql.js';

/**
 * Reads of the event stream. Every read:
 * - orders by (xid, id) and reads only rows below the safe watermark (WATERMARK): a transaction
 *   that commits late is never passed by a cursor;
 * - filters by the reader's rights as they are at the moment of reading (their seats and
 *   residencies joined in the same statement), so a removed member stops seeing events at once.
 */

/**
 * The safe watermark: every row whose xid is below it belongs to a finished transaction, so a
 * reader that moves its cursor up to it never passes a row that commits later. It is the oldest
 * transaction still running in this snapshot, ignoring those known to run in another database of
 * the cluster or in a background process such as autovacuum's ANALYZE (neither can write events:
 * without this, they would hold fresh events back for as long as they run), or the snapshot's
 * xmax when none is running.
 */
export const WATERMARK = `(SELECT coalesce(
    (SELECT min(x::text::bigint) FROM pg_snapshot_xip(s) x
      WHERE NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.backend_xid = x::xid
                          AND (a.datname IS DISTINCT FROM current_database() OR a.backend_type <> 'client backend'))),
    pg_snapshot_xmax(s)::text::bigint)
  FROM pg_current_snapshot() s)`;

export interface StreamPosition {
  xid: string;
  id: string;
}

export function cursorOf(row: { xid?: string | null; id: string }): string {
  return encodeCursor([String(row.xid), String(row.id)]);
}

export function positionOf(cursor: string, field = 'after'): StreamPosition {
  const [xid, id] = decodeCursor(cursor, 2, field);
  if (!/^\d{1,19}$/.test(String(xid)) || !/^\d{1,19}$/.test(String(id))) decodeCursor('', 2, field);
  return { xid: String(xid), id: String(id) };
}

export interface EventQuery {
  viewerId: string;
  /** When given, the viewer counts only while this session is live (streams). */
  sessionId?: string;
  communityId: string;
  /** Older-to-newer after this position (streams), or newer-to-older before it. */
  after?: StreamPosition;
  before?: StreamPosition;
  order: 'asc' | 'desc';
  subjectId?: string;
  /** One event only (for `node`). */
  eventId?: string;
  /** Exact types, or a module's prefix such as `issue.*`. */
  types?: string[];
  limit: number;
}

export async function readEvents(em: EntityManager, q: EventQuery): Promise<DomainEvent[]> {
  const params: unknown[] = [q.communityId, q.communityId, q.viewerId, q.sessionId ?? null, q.sessionId ?? null, q.communityId];
  let where = '';
  if (q.after) {
    where += ' AND (e.xid, e.id) > (?::bigint, ?::bigint)';
    params.push(q.after.xid, q.after.id);
  }
  if (q.before) {
    where += ' AND (e.xid, e.id) < (?::bigint, ?::bigint)';
    params.push(q.before.xid, q.before.id);
  }
  if (q.eventId) {
    where += ' AND e.id = ?::bigint';
    params.push(q.eventId);
  }
  if (q.subjectId) {
    where += ' AND e.subject_id = ?';
    params.push(q.subjectId);
  }
  if (q.types?.length) {
    // An exact type, or its domain's wildcard (`issue.*`).
    const exact = anyOf('e.type', q.types, 'text');
    const domain = anyOf(`split_part(e.type, '.', 1) || '.*'`, q.types, 'text');
    where += ` AND (${exact.sql} OR ${domain.sql})`;
    params.push(...exact.params, ...domain.params);
  }
  const dir = q.order === 'asc' ? 'ASC' : 'DESC';
  params.push(q.limit);
  const rows = await em.execute(
    `WITH v AS (
       SELECT u.id, u.is_platform_admin AS admin,
              ARRAY(SELECT m.organization_id FROM memberships m WHERE m.user_id = u.id) AS org_ids,
              (EXISTS (SELECT 1 FROM residencies r WHERE r.user_id = u.id AND r.community_id = ? AND r.verified)
               OR EXISTS (SELECT 1 FROM memberships m JOIN organizations o ON o.id = m.organization_id
                          WHERE m.user_id = u.id AND o.community_id = ?)) AS belongs
         FROM users u WHERE u.id = ?
          AND (?::uuid IS NULL OR EXISTS (SELECT 1 FROM sessions s WHERE s.id = ? AND s.user_id = u.id AND s.revoked_at IS NULL AND s.expires_at > now()))
     )
     SELECT e.* FROM domain_events e CROSS JOIN v
      WHERE e.community_id = ?
        AND e.xid < ${WATERMARK}
        AND ((v.admin AND NOT e.audience_private) OR (e.audience_public AND v.belongs) OR e.audience_org_ids && v.org_ids OR v.id = ANY(e.audience_user_ids))
        ${where}
      ORDER BY e.xid ${dir}, e.id ${dir}
      LIMIT ?`,
    params,
  );
  return rows.map((row) => em.map(DomainEvent, row));
}

export interface NotificationQuery {
  userId: string;
  /** When given, nothing is read unless this session is live (streams). */
  sessionId?: string;
  after?: StreamPosition;
  before?: StreamPosition;
  order: 'asc' | 'desc';
  unreadOnly?: boolean;
  limit: number;
}

export async function readNotifications(em: EntityManager, q: NotificationQuery): Promise<Notification[]> {
  const params: unknown[] = [q.userId, q.sessionId ?? null, q.sessionId ?? null];
  let where = '';
  if (q.after) {
    where += ' AND (n.xid, n.id) > (?::bigint, ?::bigint)';
    params.push(q.after.xid, q.after.id);
  }
  if (q.before) {
    where += ' AND (n.xid, n.id) < (?::bigint, ?::bigint)';
    params.push(q.before.xid, q.before.id);
  }
  if (q.unreadOnly) where += ' AND n.read_at IS NULL';
  const dir = q.order === 'asc' ? 'ASC' : 'DESC';
  params.push(q.limit);
  const rows = await em.execute(
    `SELECT n.* FROM notifications n
      WHERE n.user_id = ? AND n.xid < ${WATERMARK}
        AND (?::uuid IS NULL OR EXISTS (SELECT 1 FROM sessions s WHERE s.id = ? AND s.user_id = n.user_id AND s.revoked_at IS NULL AND s.expires_at > now()))
        ${where}
      ORDER BY n.xid ${dir}, n.id ${dir} LIMIT ?`,
    params,
  );
  return rows.map((row) => em.map(Notification, row));
}

export async function unreadCount(em: EntityManager, userId: string): Promise<number> {
  const [row] = await em.execute<{ n: string }[]>(`SELECT count(*) AS n FROM notifications WHERE user_id = ? AND read_at IS NULL`, [userId]);
  return Number(row?.n ?? 0);
}

/** The newest position a reader could have seen by now: where a subscription without `after` starts. */
export async function currentPosition(em: EntityManager, table: 'domain_events' | 'notifications'): Promise<StreamPosition> {
  const [row] = await em.execute<{ xid: string | null; id: string | null }[]>(
    // Qualified: a bare `xid` in ORDER BY would name the text output column, and '999' > '1000'.
    `SELECT t.xid::text AS xid, t.id::text AS id FROM ${table} t WHERE t.xid < ${WATERMARK} ORDER BY t.xid DESC, t.id DESC LIMIT 1`,
  );
  return { xid: row?.xid ?? '0', id: row?.id ?? '0' };
}

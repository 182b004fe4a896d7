import type { EntityManager } from '@mikro-orm/postgresql';
import type { Access } from '../core/access.js';
import { anyOf, keysetAfter, type TimeKey } from '../core/sql.js';
import { Dispute, type DisputeStatus } from './dispute.entity.js';
import { disputePolicy } from './dispute.policy.js';
import { CLOCKED_STATUSES } from './dispute.state.js';
import { RegionLevel } from '../communities/index.js';

export interface DisputeListQuery {
  access: Access;
  communityId: string;
  now: Date;
  status?: DisputeStatus[] | null;
  overdue?: boolean | null;
  after?: TimeKey;
  limit: number;
}

/**
 * Whether the viewer sees every dispute of the community: `disputePolicy.canSee` of a dispute with
 * no party who is the viewer (its handlers' part, which depends on the community only).
 */
export const seesAllOf = (a: Access, communityId: string) => disputePolicy.canSee(a, { communityId, handlingLevel: RegionLevel.COMMUNITY, partyUserIds: [], inviteeUserIds: [] });

/**
 * The list's condition: `disputePolicy.canSee` in SQL — the handlers' part as a bound boolean, the
 * parties' part (the viewer is a party by account) and the invitees' part (the viewer was invited
 * to one of its sessions) as joins — then the filters.
 */
function whereOf(q: DisputeListQuery): { sql: string; params: unknown[] } {
  const parts = [
    'd.community_id = ?',
    `(?::boolean OR EXISTS (SELECT 1 FROM dispute_parties p WHERE p.dispute_id = d.id AND p.user_id = ?::uuid)
       OR EXISTS (SELECT 1 FROM mediation_session_invitees i WHERE i.dispute_id = d.id AND i.user_id = ?::uuid))`,
  ];
  const params: unknown[] = [q.communityId, seesAllOf(q.access, q.communityId), q.access.userId, q.access.userId];
  if (q.status?.length) {
    const s = anyOf('d.status::text', q.status, 'text');
    parts.push(s.sql);
    params.push(...s.params);
  }
  if (q.overdue) {
    const s = anyOf('d.status::text', CLOCKED_STATUSES, 'text');
    parts.push(`${s.sql} AND d.mediation_deadline < ?::timestamptz`);
    params.push(...s.params, q.now.toISOString());
  }
  return { sql: parts.join(' AND '), params };
}

/** The order: newest registration first; the overdue list by deadline, the longest overdue first. */
export function orderOf(q: Pick<DisputeListQuery, 'overdue'>): { at: string; id: string; dir: 'asc' | 'desc'; key: (d: Dispute) => Date } {
  return q.overdue
    ? { at: 'd.mediation_deadline', id: 'd.id', dir: 'asc', key: (d) => d.mediationDeadline! }
    : { at: 'd.registered_at', id: 'd.id', dir: 'desc', key: (d) => d.registeredAt };
}

/** One page (`limit` rows) of the disputes the viewer may see, and how many there are when asked. */
export async function listDisputes(em: EntityManager, q: DisputeListQuery, withTotal: boolean): Promise<{ rows: Dispute[]; total: number | null }> {
  if (!q.access.signedIn) return { rows: [], total: 0 };
  const { sql, params } = whereOf(q);
  const order = orderOf(q);
  const keyset = keysetAfter(order, q.after, order.dir);
  const dir = order.dir === 'asc' ? 'ASC' : 'DESC';
  const rows = await em.execute(
    `SELECT d.* FROM disputes d WHERE ${sql}${keyset ? ` AND ${keyset.sql}` : ''} ORDER BY ${order.at} ${dir}, d.id ${dir} LIMIT ?`,
    [...params, ...(keyset?.params ?? []), q.limit],
  );
  let total: number | null = null;
  if (withTotal) {
    const [row] = await em.execute<{ n: number }[]>(`SELECT count(*)::int AS n FROM disputes d WHERE ${sql}`, params);
    total = row?.n ?? 0;
  }
  return { rows: rows.map((r) => em.map(Dispute, r)), total };
}

import type { EntityManager } from '@mikro-orm/postgresql';
import type { Access } from '../core/access.js';
import { OrganizationKind } from '../communities/organization.entity.js';
import { Issue, type IssueCategory, type IssueStatus } from './issue.entity.js';

/**
 * The issue board's read side: one statement for a page, one for the count. The visibility rule
 * is issuePolicy.canRead, stated in SQL; the overdue rule is issue.sla.ts's isOverdue.
 */
export interface IssueListQuery {
  access: Access;
  communityId: string;
  now: Date;
  status?: IssueStatus[] | null;
  category?: IssueCategory[] | null;
  assigneeId?: string;
  overdue?: boolean | null;
  mine?: boolean | null;
  search?: string | null;
  after?: { submittedAt: string; id: string };
  limit: number;
}

const json = (v: unknown) => JSON.stringify(v);
const uuids = `ARRAY(SELECT jsonb_array_elements_text(?::jsonb))::uuid[]`;
const texts = `ARRAY(SELECT jsonb_array_elements_text(?::jsonb))`;

export const OVERDUE_SQL = `((i.accept_by IS NOT NULL AND i.first_accepted_at IS NULL
      AND i.status NOT IN ('ACCEPTED', 'RESOLVED', 'CLOSED', 'WITHDRAWN', 'DUPLICATE') AND ?::timestamptz > i.accept_by)
   OR (i.resolve_by IS NOT NULL AND i.status NOT IN ('RESOLVED', 'CLOSED', 'WITHDRAWN', 'DUPLICATE') AND ?::timestamptz > i.resolve_by))`;

/** Escapes LIKE wildcards so a search for "50%" means the characters. */
function likeLiteral(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function whereOf(q: IssueListQuery): { sql: string; params: unknown[] } {
  const a = q.access;
  const orgIds = a.memberships.map((m) => m.organizationId);
  const parts = [
    'i.community_id = ?',
    `(?::boolean OR i.reporter_id = ?::uuid OR i.involved_org_ids && ${uuids} OR (i.visibility = 'PUBLIC' AND ?::boolean) OR ?::boolean)`,
  ];
  const params: unknown[] = [
    q.communityId,
    a.isAdmin,
    a.userId,
    json(orgIds),
    a.belongsTo(q.communityId),
    a.hasKindIn(q.communityId, OrganizationKind.GOVERNANCE_CENTER, OrganizationKind.RESIDENTS_COMMITTEE),
  ];
  if (q.status?.length) {
    parts.push(`i.status::text = ANY(${texts})`);
    params.push(json(q.status));
  }
  if (q.category?.length) {
    parts.push(`i.category::text = ANY(${texts})`);
    params.push(json(q.category));
  }
  if (q.assigneeId) {
    parts.push('i.assignee_id = ?');
    params.push(q.assigneeId);
  }
  if (q.overdue != null) {
    parts.push(q.overdue ? OVERDUE_SQL : `NOT ${OVERDUE_SQL}`);
    params.push(q.now.toISOString(), q.now.toISOString());
  }
  if (q.mine) {
    parts.push(`(i.reporter_id = ?::uuid OR i.assignee_id = ANY(${uuids})
      OR EXISTS (SELECT 1 FROM issue_follows f WHERE f.issue_id = i.id AND f.user_id = ?::uuid))`);
    params.push(a.userId, json(orgIds), a.userId);
  }
  const search = q.search?.trim().toLowerCase();
  if (search) {
    // Bigrams find candidates through the GIN indexes (Chinese has no word breaks, so no tokenizer
    // would); the LIKE then checks the exact substring. The issue's own text, or one of its public
    // comments (each indexed in its own row, up to the thread's cap).
    const grams = [...search].length >= 2;
    const like = `%${likeLiteral(search)}%`;
    parts.push(`((${grams ? 'i.search_grams @> gz_bigrams(?) AND ' : ''}lower(i.number || ' ' || i.title || ' ' || i.body) LIKE ? ESCAPE '\\')
      OR EXISTS (SELECT 1 FROM issue_comments c WHERE c.issue_id = i.id AND c.search_text IS NOT NULL
                    AND ${grams ? 'c.search_grams @> gz_bigrams(?) AND ' : ''}lower(c.search_text) LIKE ? ESCAPE '\\'))`);
    params.push(...(grams ? [search, like, search, like] : [like, like]));
  }
  return { sql: parts.join(' AND '), params };
}

export async function listIssues(em: EntityManager, q: IssueListQuery): Promise<Issue[]> {
  const { sql, params } = whereOf(q);
  let page = '';
  if (q.after) {
    page = ' AND (i.submitted_at, i.id) < (?::timestamptz, ?::uuid)';
    params.push(q.after.submittedAt, q.after.id);
  }
  params.push(q.limit);
  const rows = await em.execute(
    `SELECT i.id, i.community_id, i.number, i.title, i.body, i.category, i.priority, i.visibility, i.location,
            i.building_id, i.status, i.reporter_id, i.submitted_by_id, i.assignee_id, i.desk_id, i.involved_org_ids,
            i.accept_by, i.resolve_by, i.submitted_at, i.first_dispatched_at, i.dispatched_at, i.first_accepted_at,
            i.accepted_at, i.first_resolved_at, i.resolved_at, i.closed_at, i.resolution, i.rating_score,
            i.rating_comment, i.rated_at, i.reopen_count, i.duplicate_of_id, i.support_count, i.follower_count, i.version
       FROM issues i WHERE ${sql}${page}
      ORDER BY i.submitted_at DESC, i.id DESC LIMIT ?`,
    params,
  );
  return rows.map((r) => em.map(Issue, r));
}

export async function countIssues(em: EntityManager, q: IssueListQuery): Promise<number> {
  const { sql, params } = whereOf(q);
  const [row] = await em.execute<{ n: number }[]>(`SELECT count(*)::int AS n FROM issues i WHERE ${sql}`, params);
  return row?.n ?? 0;
}

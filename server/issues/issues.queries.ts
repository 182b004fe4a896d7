import type { EntityManager } from '@mikro-orm/postgresql';
import type { Access } from '../core/access.js';
import { anyOf, keysetAfter, sqlArray } from '../core/sql.js';
import { columnList, columnsOf, plainMapper, readRows } from '../core/rows.js';
import { User } from '../accounts/index.js';
import { Organization, OrganizationKind } from '../communities/index.js';
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
  /** Issues recorded for a building of this grid (server/grids' `grid_buildings`). */
  gridId?: string;
  overdue?: boolean | null;
  mine?: boolean | null;
  search?: string | null;
  after?: { submittedAt: string; id: string };
  limit: number;
}
/** The board's order, newest first: `ORDER BY i.submitted_at DESC, i.id DESC`. */
const BOARD_ORDER = { at: 'i.submitted_at', id: 'i.id' };

/** The board's keyset condition after a cursor (` AND …`, or nothing on the first page), pushing its values. */
function pageAfter(q: IssueListQuery, params: unknown[]): string {
  const keyset = keysetAfter(BOARD_ORDER, q.after && { at: q.after.submittedAt, id: q.after.id }, 'desc');
  if (!keyset) return '';
  params.push(...keyset.params);
  return ` AND ${keyset.sql}`;
}

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
  const orgs = sqlArray(orgIds);
  const parts = [
    'i.community_id = ?',
    `(?::boolean OR i.reporter_id = ?::uuid OR i.involved_org_ids && ${orgs.sql} OR (i.visibility = 'PUBLIC' AND ?::boolean) OR ?::boolean)`,
  ];
  const params: unknown[] = [
    q.communityId,
    a.isAdmin,
    a.userId,
    ...orgs.params,
    a.belongsTo(q.communityId),
    a.hasKindIn(q.communityId, OrganizationKind.GOVERNANCE_CENTER, OrganizationKind.RESIDENTS_COMMITTEE),
  ];
  for (const [column, values] of [['i.status::text', q.status], ['i.category::text', q.category]] as const) {
    if (!values?.length) continue;
    const any = anyOf(column, values, 'text');
    parts.push(any.sql);
    params.push(...any.params);
  }
  if (q.assigneeId) {
    parts.push('i.assignee_id = ?');
    params.push(q.assigneeId);
  }
  if (q.gridId) {
    parts.push('i.building_id IN (SELECT gb.building_id FROM grid_buildings gb WHERE gb.grid_id = ?)');
    params.push(q.gridId);
  }
  if (q.overdue != null) {
    parts.push(q.overdue ? OVERDUE_SQL : `NOT ${OVERDUE_SQL}`);
    params.push(q.now.toISOString(), q.now.toISOString());
  }
  if (q.mine) {
    const assigned = anyOf('i.assignee_id', orgIds);
    parts.push(`(i.reporter_id = ?::uuid OR ${assigned.sql}
      OR EXISTS (SELECT 1 FROM issue_follows f WHERE f.issue_id = i.id AND f.user_id = ?::uuid))`);
    params.push(a.userId, ...assigned.params, a.userId);
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
  const page = pageAfter(q, params);
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

/**
 * An entity's columns (core/rows.ts columnsOf) of the row `alias` as one JSON object (`to_json` of
 * a row of just those columns): the driver parses it with one JSON.parse, where 40 columns read
 * one by one cost a text parser each (timestamps the most). Timestamps come as ISO text, which
 * plainMapper and `em.map` read as the driver's values.
 */
const rowJson = (cols: string[], alias: string) => `(SELECT to_json(x) FROM (SELECT ${columnList(cols, alias)}) x)`;

/** What a board's fields need besides the issues themselves (from the GraphQL selection). */
export interface BoardNeeds {
  total: boolean;
  reporter: boolean;
  assignee: boolean;
  supports: boolean;
  follows: boolean;
  comments: boolean;
}

export interface BoardRow {
  /**
   * The issue as a plain object of the entity's shape (its references as `{ id }`), not an
   * entity: enough for IssueType.from, factsOf and viewerActions. `raw` maps the entity when a
   * field needs one.
   */
  issue: Issue;
  /** The rows as stored (columns), for `em.map` on demand. */
  raw: { issue: Record<string, unknown>; reporter?: Record<string, unknown>; assignee?: Record<string, unknown> | null };
  supports?: boolean;
  follows?: boolean;
  comments?: { all: number; public: number };
}

/**
 * The issue board in one statement, as PostGraphile would: the visible count, and the page with
 * each issue's reporter and assignee rows, the viewer's support and follow, and its comment counts
 * (each only when the query asks for it). The issue, reporter and assignee come back as JSON of
 * their own tables' columns (`rowJson`), so an entity mapped from them when a field asks for one
 * is fully loaded: the field resolvers then read nothing (the loaders are primed with the rest).
 */
export async function readBoard(em: EntityManager, q: IssueListQuery, viewerId: string | null, needs: BoardNeeds): Promise<{ total: number | null; rows: BoardRow[] }> {
  const issueCols = columnsOf(em, Issue);
  const userCols = needs.reporter ? columnsOf(em, User) : [];
  const orgCols = needs.assignee ? columnsOf(em, Organization) : [];
  const { sql: where, params: whereParams } = whereOf(q);
  // The page first (LIMIT over the index), then its 50 rows joined to what they need: the
  // planner then probes supports, follows and comments per row by index, where a flag in the
  // page's own select list had it hash all of the viewer's supports and follows (growing with them).
  const select = ['p.i_id, p.i_row'];
  const joins: string[] = [];
  const params: unknown[] = [];
  if (needs.reporter) {
    select.push(`${rowJson(userCols, 'u')} AS u_row`);
    joins.push('JOIN users u ON u.id = p.i_reporter_id');
  }
  if (needs.assignee) {
    select.push(`CASE WHEN o.id IS NULL THEN NULL ELSE ${rowJson(orgCols, 'o')} END AS o_row`);
    joins.push('LEFT JOIN organizations o ON o.id = p.i_assignee_id');
  }
  if (needs.supports) {
    select.push('EXISTS (SELECT 1 FROM issue_supports s WHERE s.issue_id = p.i_id AND s.user_id = ?::uuid) AS gz_supports');
    params.push(viewerId);
  }
  if (needs.follows) {
    select.push('EXISTS (SELECT 1 FROM issue_follows f WHERE f.issue_id = p.i_id AND f.user_id = ?::uuid) AS gz_follows');
    params.push(viewerId);
  }
  if (needs.comments) {
    select.push(`(SELECT count(*)::int FROM issue_comments c WHERE c.issue_id = p.i_id) AS gz_comments_all,
                 (SELECT count(*)::int FROM issue_comments c WHERE c.issue_id = p.i_id AND NOT c.internal) AS gz_comments_public`);
  }
  params.push(...whereParams);
  const page = pageAfter(q, params);
  params.push(q.limit);
  const pageSql = `SELECT ${select.join(', ')}
      FROM (SELECT i.id AS i_id, i.submitted_at AS i_submitted_at, i.reporter_id AS i_reporter_id, i.assignee_id AS i_assignee_id,
                   ${rowJson(issueCols, 'i')} AS i_row FROM issues i WHERE ${where}${page} ORDER BY i.submitted_at DESC, i.id DESC LIMIT ?) p
      ${joins.join(' ')}
      ORDER BY p.i_submitted_at DESC, p.i_id DESC`;
  const rows = needs.total
    ? await readRows(
        em,
        `SELECT t.gz_total, p.* FROM (SELECT count(*)::int AS gz_total FROM issues i WHERE ${where}) t LEFT JOIN LATERAL (${pageSql}) p ON true`,
        [...whereParams, ...params],
      )
    : await readRows(em, pageSql, params);
  const total = needs.total ? ((rows[0]?.gz_total as number | undefined) ?? 0) : null;
  const out: BoardRow[] = [];
  const toPlain = plainMapper(em, Issue);
  for (const r of rows) {
    if (r.i_id == null) continue; // the count's row when the page is empty
    const issue = r.i_row as Record<string, unknown>;
    const row: BoardRow = { issue: toPlain(issue) as unknown as Issue, raw: { issue } };
    if (needs.reporter) row.raw.reporter = r.u_row as Record<string, unknown>;
    if (needs.assignee) row.raw.assignee = (r.o_row as Record<string, unknown> | null) ?? null;
    if (needs.supports) row.supports = r.gz_supports as boolean;
    if (needs.follows) row.follows = r.gz_follows as boolean;
    if (needs.comments) row.comments = { all: r.gz_comments_all as number, public: r.gz_comments_public as number };
    out.push(row);
  }
  return { total, rows: out };
}

/** The ones of `issueIds` the user has a row for in a per-user table (supports, follows). */
export async function flaggedIssues(em: EntityManager, table: 'issue_supports' | 'issue_follows', userId: string | null, issueIds: readonly string[]): Promise<Set<string>> {
  const issues = anyOf('issue_id', issueIds);
  const rows = await em.execute<{ issue_id: string }[]>(`SELECT issue_id FROM ${table} WHERE user_id = ? AND ${issues.sql}`, [userId, ...issues.params]);
  return new Set(rows.map((r) => r.issue_id));
}

/** The comments of each of `issueIds` that has any: all of them, and the public ones. */
export async function commentCounts(em: EntityManager, issueIds: readonly string[]): Promise<Map<string, { all: number; public: number }>> {
  const issues = anyOf('issue_id', issueIds);
  const rows = await em.execute<{ issue_id: string; all: number; public: number }[]>(
    `SELECT issue_id, count(*)::int AS all, count(*) FILTER (WHERE NOT internal)::int AS public FROM issue_comments WHERE ${issues.sql} GROUP BY issue_id`,
    issues.params,
  );
  return new Map(rows.map((r) => [r.issue_id, { all: r.all, public: r.public }]));
}

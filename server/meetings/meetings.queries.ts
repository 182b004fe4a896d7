import type { EntityManager } from '@mikro-orm/postgresql';
import type { Access } from '../core/access.js';
import { anyOf, keysetAfter, sqlArray, type TimeKey } from '../core/sql.js';
import { columnList, columnsOf, pickColumns, plainMapper, readRows } from '../core/rows.js';
import { Organization } from '../communities/index.js';
import { AgendaItem, Attendance, Meeting, type BallotChoice } from './meeting.entity.js';
import { Matter, type MatterStage } from './matter.entity.js';
import { ANNOUNCED_KINDS } from './meeting.policy.js';

/** meetingPolicy.canSee in SQL, for lists. */
function visibleSql(a: Access, communityId: string): { sql: string; params: unknown[] } {
  const orgIds = a.memberships.map((m) => m.organizationId);
  const orgs = sqlArray(orgIds);
  const convener = anyOf('m.convener_id', orgIds);
  const assignee = anyOf('ai.assignee_id', orgIds);
  const announced = anyOf('m.kind::text', ANNOUNCED_KINDS, 'text');
  return {
    sql: `m.community_id = ? AND (?::boolean OR ${convener.sql} OR m.participant_ids && ${orgs.sql}
      OR EXISTS (SELECT 1 FROM meeting_attendance s WHERE s.meeting_id = m.id AND (s.principal_id = ?::uuid OR s.attendee_id = ?::uuid))
      OR EXISTS (SELECT 1 FROM action_items ai WHERE ai.meeting_id = m.id AND ${assignee.sql})
      OR ((${announced.sql} OR m.status = 'PUBLISHED') AND ?::boolean))`,
    params: [communityId, a.isAdmin, ...convener.params, ...orgs.params, a.userId, a.userId, ...assignee.params, ...announced.params, a.belongsTo(communityId)],
  };
}

/** The list's order, latest first: `ORDER BY m.scheduled_at DESC, m.id DESC`. */
const MEETING_ORDER = { at: 'm.scheduled_at', id: 'm.id' };

/** What a meetings list's fields need besides the meetings themselves (from the GraphQL selection). */
export interface MeetingListNeeds {
  total: boolean;
  convener: boolean;
  participants: boolean;
  /** The viewer's own seat. */
  seat: boolean;
  /** The agenda, in order. */
  agenda: boolean;
}

export interface MeetingListRow {
  /** The meeting as a plain object of the entity's shape (references as `{ id }`); `raw` maps the entity when a field needs one. */
  meeting: Meeting;
  raw: Record<string, unknown>;
  /** Rows (columns) of what was asked: the convener, the participants in their order, the viewer's seat (null: none), the agenda in order. */
  convener?: Record<string, unknown>;
  participants?: Record<string, unknown>[];
  seat?: Record<string, unknown> | null;
  agenda?: Record<string, unknown>[];
}

/**
 * The meetings list in one statement, as the issue board's readBoard: the visible count, and the
 * page with each meeting's convener, participants, the viewer's own seat and the agenda, each only
 * when asked, as JSON of their rows. The visibility rule is visibleSql's (meetingPolicy.canSee).
 */
export async function readMeetings(
  em: EntityManager,
  a: Access,
  communityId: string,
  after: TimeKey | undefined,
  limit: number,
  needs: MeetingListNeeds,
): Promise<{ total: number | null; rows: MeetingListRow[] }> {
  const meetingCols = columnsOf(em, Meeting);
  const orgCols = columnList(columnsOf(em, Organization), 'o');
  const { sql: where, params: whereParams } = visibleSql(a, communityId);
  const select = ['p.*'];
  const params: unknown[] = [];
  if (needs.convener) select.push(`(SELECT to_jsonb(o) FROM (SELECT ${orgCols} FROM organizations o WHERE o.id = p.convener_id) o) AS gz_convener`);
  if (needs.participants) {
    select.push(`(SELECT coalesce(jsonb_agg(to_jsonb(o) ORDER BY array_position(p.participant_ids, o.id)), '[]'::jsonb)
                    FROM (SELECT ${orgCols} FROM organizations o WHERE o.id = ANY(p.participant_ids)) o) AS gz_participants`);
  }
  if (needs.seat) {
    select.push(`(SELECT to_jsonb(s) FROM (SELECT ${columnList(columnsOf(em, Attendance), 's')} FROM meeting_attendance s
                    WHERE s.meeting_id = p.id AND s.principal_id = ?::uuid) s) AS gz_seat`);
    params.push(a.userId);
  }
  if (needs.agenda) {
    select.push(`(SELECT coalesce(jsonb_agg(to_jsonb(g) ORDER BY g.position), '[]'::jsonb)
                    FROM (SELECT ${columnList(columnsOf(em, AgendaItem), 'g')} FROM agenda_items g WHERE g.meeting_id = p.id) g) AS gz_agenda`);
  }
  params.push(...whereParams);
  const keyset = keysetAfter(MEETING_ORDER, after, 'desc');
  params.push(...(keyset?.params ?? []), limit);
  const pageSql = `SELECT ${select.join(', ')}
      FROM (SELECT ${columnList(meetingCols, 'm')} FROM meetings m WHERE ${where}${keyset ? ` AND ${keyset.sql}` : ''}
             ORDER BY m.scheduled_at DESC, m.id DESC LIMIT ?) p
      ORDER BY p.scheduled_at DESC, p.id DESC`;
  const rows = needs.total
    ? await readRows(
        em,
        `SELECT n.gz_total, p.* FROM (SELECT count(*)::int AS gz_total FROM meetings m WHERE ${where}) n LEFT JOIN LATERAL (${pageSql}) p ON true`,
        [...whereParams, ...params],
      )
    : await readRows(em, pageSql, params);
  const total = needs.total ? ((rows[0]?.gz_total as number | undefined) ?? 0) : null;
  const toPlain = plainMapper(em, Meeting);
  const out: MeetingListRow[] = [];
  for (const r of rows) {
    if (r.id == null) continue; // the count's row when the page is empty
    const raw = pickColumns(r, meetingCols);
    const row: MeetingListRow = { meeting: toPlain(raw) as unknown as Meeting, raw };
    if (needs.convener) row.convener = r.gz_convener as Record<string, unknown>;
    if (needs.participants) row.participants = r.gz_participants as Record<string, unknown>[];
    if (needs.seat) row.seat = (r.gz_seat as Record<string, unknown> | null) ?? null;
    if (needs.agenda) row.agenda = r.gz_agenda as Record<string, unknown>[];
    out.push(row);
  }
  return { total, rows: out };
}

/** The matters of a community, newest first, optionally in some stages. */
export async function listMatters(em: EntityManager, communityId: string, stages: MatterStage[] | null | undefined, after: { at: string; id: string } | undefined, limit: number) {
  const where = ['community_id = ?'];
  const params: unknown[] = [communityId];
  if (stages?.length) {
    const stage = anyOf('stage::text', stages, 'text');
    where.push(stage.sql);
    params.push(...stage.params);
  }
  const countParams = [...params];
  const page = keysetAfter({ at: 'created_at', id: 'id' }, after, 'desc');
  if (page) {
    where.push(page.sql);
    params.push(...page.params);
  }
  params.push(limit);
  const [rows, [count]] = await Promise.all([
    em.execute(`SELECT * FROM matters WHERE ${where.join(' AND ')} ORDER BY created_at DESC, id DESC LIMIT ?`, params),
    em.execute<{ n: number }[]>(`SELECT count(*)::int AS n FROM matters WHERE ${where.slice(0, stages?.length ? 2 : 1).join(' AND ')}`, countParams),
  ]);
  return { matters: rows.map((r) => em.map(Matter, r)), total: count?.n ?? 0 };
}

/** The meetings that had a matter on their agenda or decided it, earliest first. */
export async function meetingsOfMatter(em: EntityManager, matterId: string): Promise<Meeting[]> {
  const rows = await em.execute(
    `SELECT DISTINCT mt.* FROM meetings mt WHERE mt.id IN (SELECT meeting_id FROM agenda_items WHERE matter_id = ? UNION SELECT meeting_id FROM resolutions WHERE matter_id = ?)
      ORDER BY mt.scheduled_at ASC`,
    [matterId, matterId],
  );
  return rows.map((row) => em.map(Meeting, row));
}

/** The ballot of `userId`'s head of the roll in each of `resolutionIds` that has one. */
export async function viewerBallots(em: EntityManager, resolutionIds: readonly string[], userId: string): Promise<Map<string, BallotChoice>> {
  const ids = anyOf('e.resolution_id', resolutionIds);
  const rows = await em.execute<{ resolution_id: string; choice: BallotChoice }[]>(
    `SELECT b.resolution_id, b.choice FROM resolution_electors e JOIN ballots b ON b.resolution_id = e.resolution_id AND b.head = e.head
      WHERE ${ids.sql} AND e.user_id = ?`,
    [...ids.params, userId],
  );
  return new Map(rows.map((r) => [r.resolution_id, r.choice]));
}

/** The ones of `resolutionIds` whose roll has `userId` on it. */
export async function electorOf(em: EntityManager, resolutionIds: readonly string[], userId: string): Promise<Set<string>> {
  const ids = anyOf('resolution_id', resolutionIds);
  const rows = await em.execute<{ resolution_id: string }[]>(`SELECT resolution_id FROM resolution_electors WHERE ${ids.sql} AND user_id = ?`, [...ids.params, userId]);
  return new Set(rows.map((r) => r.resolution_id));
}

/**
 * 会议召开: the meetings held in [from, to) (from null: the beginning) — those whose session
 * opened (`startedAt`) in the window, whatever happened since — of many communities at once, per
 * unit: `groups` is a statement whose rows are `(community_id, unit)` (the city view,
 * server/regions). Units without a meeting are missing.
 */
export async function meetingsHeldByGroup(em: EntityManager, groups: { sql: string; params: readonly unknown[] }, from: Date | null, to: Date): Promise<Map<string, number>> {
  const rows = await em.execute<{ unit: string; n: number }[]>(
    `SELECT g.unit, count(*)::int AS n FROM (${groups.sql}) g JOIN meetings m ON m.community_id = g.community_id
      WHERE m.started_at IS NOT NULL AND m.started_at < ?::timestamptz AND (?::timestamptz IS NULL OR m.started_at >= ?::timestamptz)
      GROUP BY g.unit`,
    [...groups.params, to.toISOString(), from?.toISOString() ?? null, from?.toISOString() ?? null],
  );
  return new Map(rows.map((r) => [r.unit, r.n]));
}

/** One head of a vote's roll as its convener sees it: who and what it stands for, whether and how it voted (never the choice). */
export interface RollRow {
  head: number;
  area: number;
  developer: boolean;
  units: string[];
  electors: string[];
  channel: string | null;
  cast_at: string | null;
}

/**
 * A vote's roll in one statement: each head with its flats (`3栋 201`), its electors' names and
 * its ballot's channel and time. The ballot's choice is not read: it is secret (meetingPolicy.canSeeRoll).
 */
export async function readRoll(em: EntityManager, resolutionId: string): Promise<RollRow[]> {
  return em.execute<RollRow[]>(
    `SELECT h.head, h.area::float8 AS area, h.developer,
            COALESCE((SELECT array_agg(bd.name || ' ' || u.number ORDER BY bd.name, u.number)
                        FROM units u JOIN buildings bd ON bd.id = u.building_id WHERE u.id = ANY (h.unit_ids)), '{}') AS units,
            COALESCE((SELECT array_agg(p.name ORDER BY p.name)
                        FROM resolution_electors e JOIN users p ON p.id = e.user_id
                       WHERE e.resolution_id = h.resolution_id AND e.head = h.head), '{}') AS electors,
            b.channel::text AS channel, b.cast_at
       FROM resolution_heads h
       LEFT JOIN ballots b ON b.resolution_id = h.resolution_id AND b.head = h.head
      WHERE h.resolution_id = ?
      ORDER BY h.head`,
    [resolutionId],
  );
}

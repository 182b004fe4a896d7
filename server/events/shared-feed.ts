import type { EntityManager } from '@mikro-orm/postgresql';
import type { MikroORM } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { sqlArray } from '../core/sql.js';
import { Access, type MembershipFact, type ResidencyFact } from '../core/access.js';
import { rightsColumnsSql } from '../communities/index.js';
import { DomainEvent } from './domain-event.entity.js';
import { WATERMARK, type StreamPosition } from './event-feed.js';

/** What one live subscriber asks for: the events of a community after its position. */
export interface FeedRequest {
  viewerId: string;
  sessionId: string;
  communityId: string;
  after: StreamPosition;
  subjectId?: string;
  types?: string[];
  limit: number;
}

/** The events for the request, or `ended` (its session is over), or `alone` (read it yourself). */
export type FeedAnswer = DomainEvent[] | 'ended' | 'alone';

interface Waiting {
  request: FeedRequest;
  answer: (a: FeedAnswer) => void;
  fail: (err: unknown) => void;
}

/** A row of `domain_events` or `notifications` as the shared read returns it. */
export interface FeedRow {
  id: string;
  xid: string;
  type: string;
  subject_id: string | null;
  audience_public: boolean;
  audience_org_ids: string[];
  audience_user_ids: string[];
  /** Only those named: an admin does not see it by being one (absent on notification rows). */
  audience_private?: boolean;
  [column: string]: unknown;
}
type Row = FeedRow;

/** A subscriber's rights as they are at the moment of delivery, and whether its session is live. */
export interface Rights {
  user_id: string;
  session_id: string;
  admin: boolean;
  org_ids: string[];
  belongs: boolean;
  live: boolean;
  /** Events only: the person's seats and residencies as loadAccess reads them (its own SQL). */
  gz_memberships?: MembershipFact[];
  gz_residencies?: ResidencyFact[];
}

/** The Access a subscriber has at delivery, from its rights' row (events only). */
export function accessOf(r: Rights): Access {
  return new Access(r.user_id, r.admin, r.gz_memberships ?? [], r.gz_residencies ?? []);
}

/** How many rows one shared read takes; a subscriber further behind reads alone. */
const SHARED_ROWS = 1000;

/** Whether `r` comes after `p` in stream order (xid, id), as numbers. */
export const isAfter = (r: { xid: string; id: string }, p: StreamPosition): boolean => {
  const x = BigInt(r.xid);
  const px = BigInt(p.xid);
  return x > px || (x === px && BigInt(r.id) > BigInt(p.id));
};
const after = isAfter;

/**
 * The same audience rule as readEvents' SQL (event-feed.ts), over rows already read: what the
 * viewer may see, with their rights as they are now. tests/subscriptions/shared-feed.test.ts holds
 * the two to the same answers.
 */
export function visibleTo(row: Pick<Row, 'audience_public' | 'audience_org_ids' | 'audience_user_ids' | 'audience_private'>, rights: Pick<Rights, 'user_id' | 'admin' | 'org_ids' | 'belongs'>): boolean {
  return (
    (rights.admin && !row.audience_private) ||
    (row.audience_public && rights.belongs) ||
    row.audience_org_ids.some((o) => rights.org_ids.includes(o)) ||
    row.audience_user_ids.includes(rights.user_id)
  );
}

export function matchesType(type: string, types: string[] | undefined): boolean {
  return !types?.length || types.includes(type) || types.includes(`${type.split('.')[0]}.*`);
}

/** What one read of a topic found. */
export interface TopicRead {
  /** The rows after `from`, below the watermark, in stream order. */
  rows: FeedRow[];
  /**
   * Rows of the topic after `from` exist at or above the watermark: committed (or committing)
   * beside an older transaction still running, so not readable yet. Their wake-up may already have
   * come and gone, so the reader must read again soon rather than wait for the next one.
   */
  heldBack: boolean;
}

/**
 * The rows of one topic after `from`, below the watermark, in stream order: a community's events,
 * a subject's, or a person's notifications; and whether rows after them are held back by the
 * watermark. One statement, whoever reads them.
 */
export async function readTopic(
  em: EntityManager,
  topic: { kind: 'events' | 'notifications'; communityId?: string; subjectId?: string; userId?: string },
  from: StreamPosition,
  limit: number,
): Promise<TopicRead> {
  let table: string;
  let where: string;
  const params: unknown[] = [];
  if (topic.kind === 'notifications') {
    table = 'notifications';
    where = 't.user_id = ?';
    params.push(topic.userId);
  } else {
    table = 'domain_events';
    where = `t.community_id = ?${topic.subjectId ? ' AND t.subject_id = ?' : ''}`;
    params.push(topic.communityId);
    if (topic.subjectId) params.push(topic.subjectId);
  }
  // The watermark once (w), the rows below it (r), and one row even when r is empty, carrying
  // whether anything of the topic waits at or above it (held).
  const rows = await em.execute<(FeedRow & { held_back: boolean })[]>(
    `WITH w AS (SELECT ${WATERMARK} AS mark),
          r AS (SELECT t.* FROM ${table} t, w
                 WHERE ${where} AND (t.xid, t.id) > (?::bigint, ?::bigint) AND t.xid < w.mark
                 ORDER BY t.xid, t.id LIMIT ${Number(limit)})
     SELECT r.*, EXISTS (SELECT 1 FROM ${table} t WHERE ${where} AND (t.xid, t.id) > (?::bigint, ?::bigint) AND t.xid >= w.mark) AS held_back
       FROM w LEFT JOIN r ON true
      ORDER BY r.xid, r.id`,
    [...params, from.xid, from.id, ...params, from.xid, from.id],
  );
  const heldBack = rows[0]?.held_back ?? false;
  return { rows: rows.filter((r) => r.id != null).map(({ held_back: _held, ...row }) => row), heldBack };
}

/**
 * The rights of many subscribers at once, by session id: one statement for all of them, with each
 * person's whole rights (loadAccess's columns) for the executions shared by a rights fingerprint
 * (live.ts). For notifications only whether each session is live counts (the rows are the
 * person's own).
 */
export async function readRights(
  em: EntityManager,
  kind: 'events' | 'notifications',
  communityId: string | undefined,
  sessions: { sessionId: string; userId: string }[],
): Promise<Map<string, Rights>> {
  const pairs = [...new Map(sessions.map((s) => [s.sessionId, s])).values()];
  const users = sqlArray(pairs.map((p) => p.userId));
  const ids = sqlArray(pairs.map((p) => p.sessionId));
  const rows =
    kind === 'notifications' ?
      await em.execute<Rights[]>(
        `SELECT p.user_id, p.session_id, false AS admin, '{}'::uuid[] AS org_ids, false AS belongs,
                EXISTS (SELECT 1 FROM sessions s WHERE s.id = p.session_id AND s.user_id = p.user_id
                          AND s.revoked_at IS NULL AND s.expires_at > now()) AS live
           FROM unnest(${users.sql}, ${ids.sql}) AS p(user_id, session_id)`,
        [...users.params, ...ids.params],
      )
    : await em.execute<Rights[]>(
        `SELECT p.user_id, p.session_id, u.is_platform_admin AS admin, ${rightsColumnsSql('u')},
                ARRAY(SELECT m.organization_id FROM memberships m WHERE m.user_id = u.id) AS org_ids,
                (EXISTS (SELECT 1 FROM residencies r WHERE r.user_id = u.id AND r.community_id = ? AND r.verified)
                 OR EXISTS (SELECT 1 FROM memberships m JOIN organizations o ON o.id = m.organization_id
                            WHERE m.user_id = u.id AND o.community_id = ?)) AS belongs,
                EXISTS (SELECT 1 FROM sessions s WHERE s.id = p.session_id AND s.user_id = u.id
                          AND s.revoked_at IS NULL AND s.expires_at > now()) AS live
           FROM unnest(${users.sql}, ${ids.sql}) AS p(user_id, session_id) JOIN users u ON u.id = p.user_id`,
        [communityId, communityId, ...users.params, ...ids.params],
      );
  return new Map(rows.map((r) => [r.session_id, r]));
}

/**
 * One read answering many requests made in the same turn: the one-shot form of what the live hub
 * (live.ts) does per topic, with the same statements (readTopic, readRights) and the same filter.
 * tests/subscriptions/shared-feed.test.ts holds its answers to readEvents' SQL.
 */
export class SharedFeed {
  private readonly waiting = new Map<string, Waiting[]>();

  constructor(private readonly orm: MikroORM<PostgreSqlDriver>) {}

  read(request: FeedRequest): Promise<FeedAnswer> {
    return new Promise((answer, fail) => {
      let queue = this.waiting.get(request.communityId);
      if (!queue) {
        queue = [];
        this.waiting.set(request.communityId, queue);
        setImmediate(() => {
          this.waiting.delete(request.communityId);
          void this.serve(request.communityId, queue!);
        });
      }
      queue.push({ request, answer, fail });
    });
  }

  private async serve(communityId: string, queue: Waiting[]): Promise<void> {
    try {
      const em = this.orm.em.fork() as EntityManager;
      const from = queue.map((w) => w.request.after).reduce((a, b) => (after(a, b) ? b : a));
      const { rows } = await readTopic(em, { kind: 'events', communityId }, from, SHARED_ROWS);
      const truncated = rows.length === SHARED_ROWS;
      const bySession = await readRights(em, 'events', communityId, queue.map((w) => ({ sessionId: w.request.sessionId, userId: w.request.viewerId })));
      for (const { request, answer } of queue) {
        const r = bySession.get(request.sessionId);
        if (!r?.live || r.user_id !== request.viewerId) {
          answer('ended');
          continue;
        }
        const mine = rows.filter(
          (row) =>
            after(row, request.after) &&
            (!request.subjectId || row.subject_id === request.subjectId) &&
            matchesType(row.type, request.types) &&
            visibleTo(row, r),
        );
        // The shared read stopped short of what this subscriber may still need: it reads alone.
        if (truncated && mine.length < request.limit) {
          answer('alone');
          continue;
        }
        // Each subscriber gets its own entities, in an EntityManager of its own.
        const own = this.orm.em.fork() as EntityManager;
        answer(mine.slice(0, request.limit).map((row) => own.map(DomainEvent, row)));
      }
    } catch (err) {
      for (const { fail } of queue) fail(err);
    }
  }
}

const feeds = new WeakMap<object, SharedFeed>();

/** The process's shared feed for this ORM (one per server instance). */
export function sharedFeed(orm: MikroORM<PostgreSqlDriver>): SharedFeed {
  let feed = feeds.get(orm);
  if (!feed) feeds.set(orm, (feed = new SharedFeed(orm)));
  return feed;
}

import type { EntityManager } from '@mikro-orm/postgresql';
import type { MikroORM } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
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

interface Row {
  id: string;
  xid: string;
  type: string;
  subject_id: string | null;
  audience_public: boolean;
  audience_org_ids: string[];
  audience_user_ids: string[];
  [column: string]: unknown;
}

interface Rights {
  user_id: string;
  session_id: string;
  admin: boolean;
  org_ids: string[];
  belongs: boolean;
  live: boolean;
}

/** How many rows one shared read takes; a subscriber further behind reads alone. */
const SHARED_ROWS = 1000;

const after = (r: { xid: string; id: string }, p: StreamPosition) => {
  const x = BigInt(r.xid);
  const px = BigInt(p.xid);
  return x > px || (x === px && BigInt(r.id) > BigInt(p.id));
};

/**
 * The same audience rule as readEvents' SQL (event-feed.ts), over rows already read: what the
 * viewer may see, with their rights as they are now. tests/subscriptions/shared-feed.test.ts holds
 * the two to the same answers.
 */
export function visibleTo(row: Pick<Row, 'audience_public' | 'audience_org_ids' | 'audience_user_ids'>, rights: Pick<Rights, 'user_id' | 'admin' | 'org_ids' | 'belongs'>): boolean {
  return (
    rights.admin ||
    (row.audience_public && rights.belongs) ||
    row.audience_org_ids.some((o) => rights.org_ids.includes(o)) ||
    row.audience_user_ids.includes(rights.user_id)
  );
}

function matchesType(type: string, types: string[] | undefined): boolean {
  return !types?.length || types.includes(type) || types.includes(`${type.split('.')[0]}.*`);
}

/**
 * One read for every live subscriber of a community woken by the same change. Without it, each
 * subscriber read the table on each wake-up: 300 subscribers, 300 statements. Requests made in the
 * same turn of the event loop are answered together: one statement for the new events, one for
 * the subscribers' rights and sessions (so each event is still judged against each subscriber's
 * rights at the moment of delivery), then filtered per subscriber.
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
      const rows = await em.execute<Row[]>(
        `SELECT e.* FROM domain_events e
          WHERE e.community_id = ? AND (e.xid, e.id) > (?::bigint, ?::bigint) AND e.xid < ${WATERMARK}
          ORDER BY e.xid, e.id LIMIT ${SHARED_ROWS}`,
        [communityId, from.xid, from.id],
      );
      const truncated = rows.length === SHARED_ROWS;
      const pairs = [...new Map(queue.map((w) => [`${w.request.viewerId}/${w.request.sessionId}`, w.request])).values()];
      const rights = await em.execute<Rights[]>(
        `SELECT p.user_id, p.session_id, u.is_platform_admin AS admin,
                ARRAY(SELECT m.organization_id FROM memberships m WHERE m.user_id = u.id) AS org_ids,
                (EXISTS (SELECT 1 FROM residencies r WHERE r.user_id = u.id AND r.community_id = ? AND r.verified)
                 OR EXISTS (SELECT 1 FROM memberships m JOIN organizations o ON o.id = m.organization_id
                            WHERE m.user_id = u.id AND o.community_id = ?)) AS belongs,
                EXISTS (SELECT 1 FROM sessions s WHERE s.id = p.session_id AND s.user_id = u.id
                          AND s.revoked_at IS NULL AND s.expires_at > now()) AS live
           FROM unnest(?::uuid[], ?::uuid[]) AS p(user_id, session_id) JOIN users u ON u.id = p.user_id`,
        [communityId, communityId, `{${pairs.map((p) => p.viewerId).join(',')}}`, `{${pairs.map((p) => p.sessionId).join(',')}}`],
      );
      const rightsOf = new Map(rights.map((r) => [`${r.user_id}/${r.session_id}`, r]));
      for (const { request, answer } of queue) {
        const r = rightsOf.get(`${request.viewerId}/${request.sessionId}`);
        if (!r?.live) {
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

import type { Context } from '../core/context.js';
import { requireUser } from '../core/policy.js';
import { badInput, unauthenticated } from '../core/errors.js';
import { keyOf, parseGlobalId } from '../core/ids.js';
import { pageSize, toConnection, type Connection } from '../core/pagination.js';
import { Notification } from './notification.entity.js';
import type { DomainEvent } from './domain-event.entity.js';
import { currentPosition, cursorOf, positionOf, readEvents, readNotifications, unreadCount, type StreamPosition } from './event-feed.js';
import { liveHub } from './live.js';

export interface EventsArgs {
  communityId: string;
  subjectId?: string | null;
  first?: number | null;
  after?: string | null;
  order: 'asc' | 'desc';
}

/** The subject key behind a global ID of any type, or BAD_USER_INPUT. */
function subjectKey(id: string): string {
  const parsed = parseGlobalId(id);
  if (!parsed) throw badInput({ subjectId: 'is not an ID' });
  return parsed.key;
}

/**
 * Where a subscription resumes after a page: the newest of the page's edges and the stream
 * position read before the page. Rows committed in between are newer than both, so none is lost.
 */
function streamCursorOf(before: StreamPosition, rows: { xid?: string | null; id: string }[]): string {
  let best = before;
  for (const r of rows) {
    const p = { xid: String(r.xid), id: String(r.id) };
    if (BigInt(p.xid) > BigInt(best.xid) || (p.xid === best.xid && BigInt(p.id) > BigInt(best.id))) best = p;
  }
  return cursorOf(best);
}

/** A page of the events the viewer may see in a community (the audit trail). */
export async function listEvents(ctx: Context, args: EventsArgs): Promise<Connection<DomainEvent> & { streamCursor: string }> {
  const viewerId = requireUser(await ctx.access());
  const communityId = keyOf(args.communityId, 'Community', 'communityId');
  const limit = pageSize(args.first);
  const position = args.after ? positionOf(args.after) : undefined;
  const before = await currentPosition(ctx.em, 'domain_events');
  const rows = await readEvents(ctx.em, {
    viewerId,
    communityId,
    subjectId: args.subjectId ? subjectKey(args.subjectId) : undefined,
    after: args.order === 'asc' ? position : undefined,
    before: args.order === 'desc' ? position : undefined,
    order: args.order,
    limit: limit + 1,
  });
  const page = toConnection(rows, limit, !!position, (e) => cursorOf(e as { xid?: string; id: string }), (e) => e);
  return { ...page, streamCursor: streamCursorOf(before, rows.slice(0, limit)) };
}

/** A subject's events, oldest first (threads, timelines), for modules that own the subject. */
export async function listSubjectEvents(ctx: Context, communityId: string, subjectId: string, first?: number | null, after?: string | null) {
  const viewerId = requireUser(await ctx.access());
  const limit = pageSize(first);
  const position = after ? positionOf(after) : undefined;
  const before = await currentPosition(ctx.em, 'domain_events');
  const rows = await readEvents(ctx.em, { viewerId, communityId, subjectId, after: position, order: 'asc', limit: limit + 1 });
  const page = toConnection(rows, limit, !!position, (e) => cursorOf(e as { xid?: string; id: string }), (e) => e);
  return { ...page, streamCursor: streamCursorOf(before, rows.slice(0, limit)) };
}

export async function loadVisibleEvent(ctx: Context, key: string): Promise<DomainEvent | null> {
  if (!ctx.userId || !/^\d{1,18}$/.test(key)) return null;
  const [row] = await ctx.em.execute<{ community_id: string }[]>(`SELECT community_id FROM domain_events WHERE id = ?::bigint`, [key]);
  if (!row) return null;
  const [event] = await readEvents(ctx.em, { viewerId: ctx.userId, communityId: row.community_id, eventId: key, order: 'asc', limit: 1 });
  return event ?? null;
}

export async function listNotifications(ctx: Context, args: { first?: number | null; after?: string | null; unreadOnly?: boolean | null }) {
  const userId = requireUser(await ctx.access());
  const limit = pageSize(args.first);
  const position = args.after ? positionOf(args.after) : undefined;
  const before = await currentPosition(ctx.em, 'notifications');
  const rows = await readNotifications(ctx.em, { userId, before: position, order: 'desc', unreadOnly: args.unreadOnly ?? false, limit: limit + 1 });
  const page = toConnection(rows, limit, !!position, (n) => cursorOf(n as { xid?: string; id: string }), (n) => n);
  return { ...page, streamCursor: streamCursorOf(before, rows.slice(0, limit)) };
}

export async function unreadCountOf(ctx: Context): Promise<number> {
  return unreadCount(ctx.em, requireUser(await ctx.access()));
}

export async function markNotificationsRead(ctx: Context, ids: string[]): Promise<number> {
  const userId = requireUser(await ctx.access());
  if (ids.length > 500) throw badInput({ ids: 'at most 500 at once' });
  const keys = ids.map((id, i) => keyOf(id, 'Notification', `ids.${i}`, true));
  if (keys.length === 0) return 0;
  return ctx.transact(({ em }) => em.nativeUpdate(Notification, { id: { $in: keys }, user: userId, readAt: null }, { readAt: ctx.now() }));
}

export async function subscribeEvents(ctx: Context, args: { communityId: string; after?: string | null; types?: string[] | null }) {
  const communityId = keyOf(args.communityId, 'Community', 'communityId');
  if (args.types && args.types.length > 50) throw badInput({ types: 'at most 50' });
  return subscribeStream(ctx, { communityId, after: args.after, types: args.types ?? undefined });
}

/**
 * The events of one community (or of one subject in it) the viewer may see: replayed after
 * `after`, then live. Modules that own a subject (issues, meetings) check it is readable first.
 */
export async function subscribeStream(ctx: Context, args: { communityId: string; after?: string | null; types?: string[]; subjectId?: string }) {
  requireUser(await ctx.access());
  const session = ctx.session;
  if (!session) throw unauthenticated('Session ended');
  const { communityId, subjectId, types } = args;
  const hub = liveHub(ctx.services);
  // Decoded now: a malformed cursor is BAD_USER_INPUT before the stream opens.
  const after = args.after ? positionOf(args.after) : null;
  const start = () => (after ? Promise.resolve(after) : hub.startPosition('domain_events'));
  return hub.open({
    kind: 'events',
    topic: subjectId ? `subject:${subjectId}` : `community:${communityId}`,
    communityId,
    subjectId,
    types,
    session,
    start,
    replay: !!args.after,
  });
}

export async function subscribeNotifications(ctx: Context, args: { after?: string | null }) {
  const userId = requireUser(await ctx.access());
  const session = ctx.session;
  if (!session) throw unauthenticated('Session ended');
  const hub = liveHub(ctx.services);
  const after = args.after ? positionOf(args.after) : null;
  const start = () => (after ? Promise.resolve(after) : hub.startPosition('notifications'));
  return hub.open({ kind: 'notifications', topic: `user:${userId}`, session, start, replay: !!args.after });
}

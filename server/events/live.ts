import { GraphQLError } from 'graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Context, type Services, type SessionInfo } from '../core/context.js';
import { limitExceeded, logError, unauthenticated } from '../core/errors.js';
import { sessionIsLive } from '../accounts/index.js';
import { DomainEvent } from './domain-event.entity.js';
import { Notification } from './notification.entity.js';
import { currentPosition, readEvents, readNotifications, type StreamPosition } from './event-feed.js';
import { accessOf, isAfter, matchesType, readRights, readTopic, visibleTo, type FeedRow, type Rights } from './shared-feed.js';
import { Access } from '../core/access.js';

/**
 * Live streams, multiplexed: one hub per server instance holds every subscription of the
 * instance, grouped by bus topic (`community:<id>`, `subject:<id>`, `user:<id>`). Per topic it
 * keeps ONE bus listener, ONE poll timer and ONE read loop, whatever the number of subscribers:
 *
 * - a wake-up (or a poll, or a follow-up read for rows held back below the watermark) reads the
 *   new rows once for every caught-up subscriber of the topic, then reads the rights and sessions
 *   of all of them in one statement (re-authorization on every delivery, as before);
 * - each row is filtered per subscriber (its types, its subject, `visibleTo` its rights now);
 * - the subscribers who may see it and asked the same document (same query, same variables but
 *   `after`: `Plan.key`) share one GraphQL execution and one serialized payload, unless the
 *   execution consulted the viewer (`ViewerProbe`): then it is executed per subscriber.
 *
 * A subscription that resumes from `after` first replays alone (its own reads, with its rights in
 * the SQL, in batches of BATCH) and joins the topic once caught up. Positions only move forward,
 * one row at a time as it is handed over, so the seam has neither gap nor duplicate, and a read
 * retried after an error delivers nothing twice.
 */

export const BATCH = 100;
/** Rows one shared read takes; the loop reads again at once when it was full. */
const SHARED_ROWS = 500;
const RETRY_MS = 1000;
/**
 * When a read finds rows held back by the watermark (committed beside an older transaction still
 * running), it reads again after these delays, the last repeated while they stay held: their
 * wake-up has come and gone, and the next poll may be EVENT_POLL_MS away.
 */
const HELD_RETRY_MS = [30, 250, 1000];
/** Items a subscriber may have waiting (its socket is slower than the stream) before it is ended. */
const MAX_QUEUE = 5000;

/** What fails a stream, as an Error (a promise's rejection reason); in practice it always is one. */
const asError = (err: unknown): Error => (err instanceof Error ? err : new Error(String(err)));

/** An object's own enumerable properties, their values unknown (Object.entries types them any). */
const ownEntries = (o: object): [string, unknown][] => Object.entries(o);

/**
 * How a transport wants its items: executed and serialized, once per group. Without a plan a
 * subscription yields the entities (DomainEvent or Notification) and its consumer executes them.
 */
export interface Plan {
  /** Subscribers whose plans have the same key get the same bytes for the same row and viewer. */
  readonly key: string;
  /** Executes the document for one row; `ctx` tells whether the viewer was consulted. */
  run(ctx: ViewerProbe, root: DomainEvent | Notification): Promise<object>;
}

export interface StreamSpec {
  kind: 'events' | 'notifications';
  topic: string;
  communityId?: string;
  subjectId?: string;
  types?: string[];
  session: SessionInfo;
  /** Where it starts (asked again after a failed read); `replay`: read alone until caught up (a resumed subscription). */
  start: () => Promise<StreamPosition>;
  replay: boolean;
}

/**
 * A Context that notes whether anything about the viewer was asked: their session, their id,
 * their rights, their address. An execution that asked nothing gives the same answer to anyone
 * the row is visible to, so its payload is shared; otherwise it is the answer of this viewer
 * only. tests/subscriptions/multiplexed-delivery.test.ts fails when Context gains a member this
 * class does not know, so a new way to reach the viewer cannot slip past it.
 */
export class ViewerProbe extends Context {
  consulted = false;

  constructor(services: Services, session: SessionInfo, transport: Context['transport']) {
    super(services, session, transport);
    Object.defineProperty(this, 'transport', {
      get: () => {
        this.viewer();
        return transport;
      },
    });
    // The viewer's preloaded row, where Context has one: the person themselves.
    const row = Object.getOwnPropertyDescriptor(Context.prototype, 'viewerRow');
    if (row?.get) {
      Object.defineProperty(this, 'viewerRow', {
        get: (): Context['viewerRow'] => {
          this.viewer();
          return row.get!.call(this) as Context['viewerRow'];
        },
      });
    }
  }

  /** Something that names the viewer was read (their session, id, address or row). */
  protected viewer(): void {
    this.consulted = true;
  }

  override get session(): SessionInfo | null {
    this.viewer();
    return super.session;
  }

  override get userId(): string | null {
    this.viewer();
    return super.userId;
  }

  override access(): ReturnType<Context['access']> {
    this.consulted = true;
    return super.access();
  }

  override signedInAs(session: SessionInfo): void {
    this.viewer();
    super.signedInAs(session);
  }
}

/** The parts of a seat and of a residency that are rights; their own ids (and anything else) name the person. */
const SEAT_RIGHTS = ['organizationId', 'role', 'kind', 'level', 'communityId', 'covers', 'regionId'] as const;
const RESIDENCY_RIGHTS = ['communityId', 'unitId', 'kind', 'verified'] as const;

/**
 * What a person may be, without who they are: admin or not, their seats and residencies without
 * their ids. Two subscribers with the same fingerprint get the same answer from an execution that
 * read their rights but nothing that names them (RightsProbe).
 */
export function rightsFingerprint(a: Access): string {
  const pick = (o: object, keys: readonly string[]) => JSON.stringify(keys.map((k) => (o as Record<string, unknown>)[k] ?? null));
  return JSON.stringify([a.isAdmin, a.memberships.map((m) => pick(m, SEAT_RIGHTS)).sort(), a.residencies.map((r) => pick(r, RESIDENCY_RIGHTS)).sort()]);
}

/**
 * A ViewerProbe for a whole rights fingerprint: its `access()` is the representative's rights,
 * already read (no statement), in which everything that names the person (the user id, the ids of
 * seats and residencies, any other member) marks the execution as `identity`, as reading the
 * session, the id, the address or the row does. `Access.is(id)` answers false (the execution is
 * that of someone who is none of the persons asked about) and notes the id in `asked`: those
 * persons get an execution of their own. An execution that did not mark `identity` is the answer
 * of every subscriber with the same fingerprint who is not in `asked`.
 */
export class RightsProbe extends ViewerProbe {
  identity = false;
  readonly asked = new Set<string>();
  private readonly rights: Promise<Access>;

  constructor(services: Services, session: SessionInfo, transport: Context['transport'], rights: Access) {
    super(services, session, transport);
    this.rights = Promise.resolve(this.shared(rights));
  }

  protected override viewer(): void {
    this.consulted = true;
    this.identity = true;
  }

  override access(): ReturnType<Context['access']> {
    this.consulted = true;
    return this.rights;
  }

  private shared(a: Access): Access {
    const named = <T extends object>(o: T, rights: readonly string[]): T => {
      const out = {} as T;
      for (const [k, v] of ownEntries(o)) {
        if (rights.includes(k)) Object.defineProperty(out, k, { value: v, enumerable: true });
        else Object.defineProperty(out, k, { enumerable: true, get: () => (this.viewer(), v) });
      }
      return out;
    };
    const p = new Access(a.userId, a.isAdmin, a.memberships.map((m) => named(m, SEAT_RIGHTS)), a.residencies.map((r) => named(r, RESIDENCY_RIGHTS)));
    for (const [k, v] of ownEntries(a)) {
      if (k === 'isAdmin' || k === 'memberships' || k === 'residencies') continue;
      Object.defineProperty(p, k, { enumerable: true, get: () => (this.viewer(), v) });
    }
    const signedIn = a.signedIn;
    Object.defineProperty(p, 'signedIn', { get: () => signedIn });
    Object.defineProperty(p, 'is', {
      value: (userId: string | null | undefined) => {
        if (userId) this.asked.add(userId);
        return false;
      },
    });
    return p;
  }
}

/** What one subscription yields: an async iterator fed by the hub. */
export class LiveSubscription implements AsyncIterableIterator<unknown> {
  private queue: unknown[] = [];
  private waiter: { resolve: (r: IteratorResult<unknown>) => void; reject: (e: unknown) => void } | null = null;
  private failure: Error | null = null;
  private done = false;
  /** Set by the transport before the first item: deliver executed payloads, not entities. */
  plan: Plan | null = null;
  /**
   * Set by the transport with the plan: writes a payload straight to the client, in order, without
   * going through the queue; false when the client is too far behind (the stream then ends).
   */
  sink: ((payload: object) => boolean) | null = null;

  constructor(private readonly onEnd: () => void) {}

  push(item: unknown): void {
    if (this.done || this.failure) return;
    if (this.waiter) {
      const w = this.waiter;
      this.waiter = null;
      w.resolve({ value: item, done: false });
    } else if (this.queue.length >= MAX_QUEUE) {
      this.fail(limitExceeded(`The client reads too slowly: more than ${MAX_QUEUE} events waiting`, { limit: MAX_QUEUE }));
    } else this.queue.push(item);
  }

  /** Hands an executed payload over: to the sink when there is one, else to the queue. */
  deliver(payload: object): void {
    if (this.ended) return;
    if (!this.sink) return this.push(payload);
    if (!this.sink(payload)) this.fail(limitExceeded('The client reads too slowly: too much waiting on its socket'));
  }

  /** Ends the stream with an error (after what is already queued). */
  fail(err: unknown): void {
    if (this.done || this.failure) return;
    this.failure = asError(err);
    this.onEnd();
    if (this.waiter) {
      const w = this.waiter;
      this.waiter = null;
      this.done = true;
      w.reject(this.failure);
    }
  }

  get ended(): boolean {
    return this.done || this.failure !== null;
  }

  next(): Promise<IteratorResult<unknown>> {
    if (this.queue.length) return Promise.resolve({ value: this.queue.shift(), done: false });
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    if (this.failure) {
      this.done = true;
      return Promise.reject(this.failure);
    }
    return new Promise((resolve, reject) => (this.waiter = { resolve, reject }));
  }

  return(): Promise<IteratorResult<unknown>> {
    if (!this.done) {
      this.done = true;
      this.queue = [];
      this.waiter?.resolve({ value: undefined, done: true });
      this.waiter = null;
      if (!this.failure) this.onEnd();
    }
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(err?: unknown): Promise<IteratorResult<unknown>> {
    void this.return();
    return Promise.reject(asError(err));
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}

class Member {
  position: StreamPosition = { xid: '0', id: '0' };
  /** Caught up: served by the topic's shared reads. */
  live = false;

  constructor(
    readonly spec: StreamSpec,
    readonly sub: LiveSubscription,
  ) {}

  get closed(): boolean {
    return this.sub.ended;
  }

  wants(row: FeedRow): boolean {
    return (!this.spec.subjectId || row.subject_id === this.spec.subjectId) && matchesType(row.type, this.spec.types);
  }
}

class Topic {
  readonly members = new Set<Member>();
  unlisten: () => void = () => {};
  timer: NodeJS.Timeout | null = null;
  reading = false;
  again = false;
  wakes = 0;
  followUps = 0;
  retry = false;
  /** The last read found rows held back by the watermark; `heldRetries` reads since. */
  heldBack = false;
  heldRetries = 0;

  constructor(
    readonly name: string,
    readonly kind: StreamSpec['kind'],
    readonly communityId: string | undefined,
    readonly subjectId: string | undefined,
    readonly userId: string | undefined,
  ) {}
}

const rowPosition = (row: { xid?: string | null; id: string }): StreamPosition => ({ xid: String(row.xid), id: String(row.id) });

/** Statistics for tests and the benchmark. */
export interface HubStats {
  topics: number;
  subscriptions: number;
  /** Shared reads of new rows (one per topic per wake-up, poll or follow-up). */
  reads: number;
  /** GraphQL executions of a plan, and how many deliveries they served (entities handed to a consumer that executes them itself are not counted). */
  executions: number;
  deliveries: number;
}

export class LiveHub {
  private readonly topics = new Map<string, Topic>();
  readonly stats: HubStats = { topics: 0, subscriptions: 0, reads: 0, executions: 0, deliveries: 0 };

  constructor(private readonly services: Services) {}

  private readonly positionReads = new Map<string, Promise<StreamPosition>>();

  /**
   * Where a subscription without `after` starts (currentPosition), one statement for all the
   * subscriptions that ask in the same turn: the statement runs after every request it answers
   * was made, so each still starts at a position read after it subscribed.
   */
  startPosition(table: 'domain_events' | 'notifications'): Promise<StreamPosition> {
    let read = this.positionReads.get(table);
    if (!read) {
      read = new Promise<void>((r) => setImmediate(r)).then(() => {
        this.positionReads.delete(table);
        return currentPosition(this.em(), table);
      });
      this.positionReads.set(table, read);
    }
    return read;
  }

  /** Subscriptions caught up and served by their topic's shared reads (the others are replaying). */
  liveCount(): number {
    let n = 0;
    for (const t of this.topics.values()) for (const m of t.members) if (m.live && !m.closed) n++;
    return n;
  }

  private em(): EntityManager {
    return this.services.orm.em.fork();
  }

  /** Opens a stream; the caller (graphql-ws, or graphql's subscribe) iterates what it returns. */
  open(spec: StreamSpec): LiveSubscription {
    const topic = this.topicOf(spec);
    const ref: { member?: Member } = {};
    const sub = new LiveSubscription(() => this.leave(topic, ref.member!));
    const member = (ref.member = new Member(spec, sub));
    topic.members.add(member);
    this.stats.subscriptions++;
    void this.start(topic, member);
    return sub;
  }

  private topicOf(spec: StreamSpec): Topic {
    let t = this.topics.get(spec.topic);
    if (!t) {
      t = new Topic(spec.topic, spec.kind, spec.communityId, spec.subjectId, spec.kind === 'notifications' ? spec.session.userId : undefined);
      const topic = t;
      t.unlisten = this.services.bus.listen(spec.topic, () => this.wake(topic));
      this.topics.set(spec.topic, t);
      this.stats.topics = this.topics.size;
    }
    return t;
  }

  private leave(t: Topic, m: Member): void {
    if (!t.members.delete(m)) return;
    this.stats.subscriptions--;
    if (t.members.size === 0 && this.topics.get(t.name) === t) {
      t.unlisten();
      if (t.timer) clearTimeout(t.timer);
      t.timer = null;
      this.topics.delete(t.name);
      this.stats.topics = this.topics.size;
    }
  }

  /** Replays alone from `after` until caught up, then joins the topic's shared reads. */
  private async start(t: Topic, m: Member): Promise<void> {
    for (;;) {
      try {
        m.position = await m.spec.start();
        break;
      } catch (err) {
        if (err instanceof GraphQLError) return m.sub.fail(err);
        if (m.closed) return;
        logError('live stream start failed; retrying', err);
        await new Promise((r) => setTimeout(r, RETRY_MS));
      }
    }
    while (m.spec.replay && !m.closed) {
      let rows: (DomainEvent | Notification)[];
      const em = this.em();
      try {
        rows = await this.readAlone(em, m);
        // The read itself requires the session to be live: a row delivered proves it. Only an
        // empty read asks again, to end the stream of a session that has ended.
        if (!rows.length && !(await sessionIsLive(em, m.spec.session.sessionId))) throw unauthenticated('Session ended');
      } catch (err) {
        if (err instanceof GraphQLError) return m.sub.fail(err);
        logError('live stream read failed; retrying', err);
        await new Promise((r) => setTimeout(r, RETRY_MS));
        continue;
      }
      for (const entity of rows) {
        if (m.closed) return;
        await this.deliverOne(m, entity);
      }
      if (rows.length < BATCH) break;
    }
    if (m.closed) return;
    m.live = true;
    // One shared read now: without a replay, the start position was read before the topic
    // listened; after one, a wake-up may have come meanwhile, or the replay's last read may have
    // stopped at rows held back by the watermark whose wake-up came before it opened (the shared
    // read sees them, and reads again until they are released). Joins while a read runs share
    // the next one. The read also sets the topic's poll timer.
    void this.pump(t);
  }

  private readAlone(em: EntityManager, m: Member): Promise<(DomainEvent | Notification)[]> {
    const { spec } = m;
    const sessionId = spec.session.sessionId;
    return spec.kind === 'events' ?
        readEvents(em, { viewerId: spec.session.userId, sessionId, communityId: spec.communityId!, subjectId: spec.subjectId, types: spec.types, after: m.position, order: 'asc', limit: BATCH })
      : readNotifications(em, { userId: spec.session.userId, sessionId, after: m.position, order: 'asc', limit: BATCH });
  }

  /** One replayed entity to one subscriber: executed with a context of its own. */
  private async deliverOne(m: Member, entity: DomainEvent | Notification): Promise<void> {
    const plan = m.sub.plan;
    if (!plan) m.sub.push(entity);
    else {
      try {
        this.stats.executions++;
        m.sub.deliver(await plan.run(new ViewerProbe(this.services, m.spec.session, { ip: 'live', socket: true }), entity));
        this.stats.deliveries++;
      } catch (err) {
        return m.sub.fail(err);
      }
    }
    m.position = rowPosition(entity);
  }

  private wake(t: Topic): void {
    t.wakes++;
    t.followUps = 2;
    void this.pump(t);
  }

  /** The topic's read loop: one read for every caught-up subscriber, again while there is more. */
  private async pump(t: Topic): Promise<void> {
    if (t.reading) {
      t.again = true;
      return;
    }
    if (t.timer) clearTimeout(t.timer);
    t.timer = null;
    t.reading = true;
    const wakesBefore = t.wakes;
    let found = false;
    try {
      do {
        t.again = false;
        const members = [...t.members].filter((m) => m.live && !m.closed);
        if (!members.length) break;
        const from = members.map((m) => m.position).reduce((a, b) => (isAfter(a, b) ? b : a));
        const em = this.em();
        this.stats.reads++;
        const { rows, heldBack } = await readTopic(em, t, from, SHARED_ROWS);
        t.heldBack = heldBack;
        if (!rows.length) continue;
        found = true;
        const rights = await readRights(em, t.kind, t.communityId, members.map((m) => m.spec.session));
        await this.deliver(t, rows, members, rights);
        // Rows a subscriber may not see are passed too: its position reaches the end of the read.
        const last = rowPosition(rows.at(-1)!);
        for (const m of members) if (!m.closed && isAfter(last, m.position)) m.position = last;
        if (rows.length === SHARED_ROWS) t.again = true;
      } while (t.again && t.members.size);
    } catch (err) {
      logError('live stream read failed; retrying', err);
      t.retry = true;
    } finally {
      t.reading = false;
      if (found && t.wakes === wakesBefore) t.followUps = 0;
      this.schedule(t);
    }
  }

  private schedule(t: Topic): void {
    if (t.timer) clearTimeout(t.timer);
    t.timer = null;
    if (!t.members.size || this.topics.get(t.name) !== t) return;
    let delay: number;
    if (t.retry) {
      t.retry = false;
      delay = RETRY_MS;
    } else {
      const poll = this.services.config.EVENT_POLL_MS;
      // Polls of many topics spread out rather than fall due together.
      delay = t.followUps === 2 ? 30 : t.followUps === 1 ? 250 : poll * (0.9 + Math.random() * 0.2);
      t.followUps = Math.max(0, t.followUps - 1);
      if (t.heldBack) delay = Math.min(delay, HELD_RETRY_MS[Math.min(t.heldRetries++, HELD_RETRY_MS.length - 1)]!);
      else t.heldRetries = 0;
    }
    t.timer = setTimeout(() => void this.pump(t), delay);
    t.timer.unref();
  }

  /** Hands each row, in order, to those who want it and may see it now. */
  private async deliver(t: Topic, rows: FeedRow[], members: Member[], rights: Map<string, Rights>): Promise<void> {
    const allowed = members.filter((m) => {
      const r = rights.get(m.spec.session.sessionId);
      if (r?.live && r.user_id === m.spec.session.userId) return true;
      m.sub.fail(unauthenticated('Session ended'));
      return false;
    });
    for (const row of rows) {
      const groups = new Map<string, Member[]>();
      const alone: Member[] = [];
      for (const m of allowed) {
        if (m.closed || !isAfter(row, m.position) || !m.wants(row)) continue;
        if (t.kind === 'events' && !visibleTo(row, rights.get(m.spec.session.sessionId)!)) continue;
        const plan = m.sub.plan;
        if (!plan) alone.push(m);
        else {
          const g = groups.get(plan.key);
          if (g) g.push(m);
          else groups.set(plan.key, [m]);
        }
      }
      for (const m of alone) {
        const em = this.em();
        const entity = t.kind === 'events' ? em.map(DomainEvent, row) : em.map(Notification, row);
        this.deliverEntity(m, entity);
      }
      let handed = alone.length;
      for (const n of await Promise.all([...groups.values()].map((g) => this.share(t, row, g, rights)))) handed += n;
      // One observation per row handed over (not per subscriber): its lag from when it was recorded.
      if (handed) this.services.metrics.delivered(t.kind, t.kind === 'events' ? row.occurred_at : row.created_at, handed);
    }
  }

  private deliverEntity(m: Member, entity: DomainEvent | Notification): void {
    m.sub.push(entity);
    m.position = rowPosition(entity);
  }

  /**
   * One execution for the group; its payload goes to all of them if it did not consult the viewer.
   * If it read the rights only (an issue as subject, a reporter as actor), it was the answer of
   * everyone with the first one's rights fingerprint: each other fingerprint of the group is
   * executed once. Subscribers the execution asked about by id (`Access.is`: the reporter), and
   * every subscriber of a fingerprint whose execution read something that names the viewer, are
   * executed per session (the subscriptions of one session, a person's tabs, share theirs).
   */
  private async share(t: Topic, row: FeedRow, group: Member[], rights: Map<string, Rights>): Promise<number> {
    let handed = 0;
    const transport = { ip: 'live', socket: true };
    const run = async (ctx: ViewerProbe, m: Member, failAlone: boolean): Promise<{ payload: object } | null> => {
      const root = t.kind === 'events' ? ctx.em.map(DomainEvent, row) : ctx.em.map(Notification, row);
      this.stats.executions++;
      try {
        return { payload: await m.sub.plan!.run(ctx, root) };
      } catch (err) {
        if (failAlone) m.sub.fail(err);
        else logError('live shared execution failed; executing per session', err);
        return null;
      }
    };
    const position = rowPosition(row);
    const hand = (m: Member, payload: object) => {
      if (m.closed) return;
      m.sub.deliver(payload);
      m.position = position;
      this.stats.deliveries++;
      handed++;
    };
    /** The viewer's own answer, once per session, a few sessions at a time. */
    const perSession = async (members: Member[]) => {
      const bySession = new Map<string, Member[]>();
      for (const m of members) {
        const same = bySession.get(m.spec.session.sessionId);
        if (same) same.push(m);
        else bySession.set(m.spec.session.sessionId, [m]);
      }
      const sessions = [...bySession.values()];
      for (let i = 0; i < sessions.length; i += 16) {
        const chunk = sessions.slice(i, i + 16);
        const results = await Promise.all(chunk.map((same) => run(new ViewerProbe(this.services, same[0]!.spec.session, transport), same[0]!, true)));
        chunk.forEach((same, j) => {
          const r = results[j];
          if (r) for (const m of same) hand(m, r.payload);
        });
      }
    };
    if (t.kind !== 'events') {
      // A person's own notifications: shared only when the execution asked nothing of the viewer.
      const probe = new ViewerProbe(this.services, group[0]!.spec.session, transport);
      const first = await run(probe, group[0]!, true);
      if (first && !probe.consulted) for (const m of group) hand(m, first.payload);
      else {
        const own = group.filter((m) => m.spec.session.sessionId === group[0]!.spec.session.sessionId);
        if (first) for (const m of own) hand(m, first.payload);
        await perSession(first ? group.filter((m) => !own.includes(m)) : group);
      }
      return handed;
    }
    // Events: by rights fingerprint (read with the rights of the delivery: readRights).
    const accessFor = (m: Member) => accessOf(rights.get(m.spec.session.sessionId)!);
    const byPrint = new Map<string, { access: Access; members: Member[] }>();
    for (const m of group) {
      const access = accessFor(m);
      const print = rightsFingerprint(access);
      const g = byPrint.get(print);
      if (g) g.members.push(m);
      else byPrint.set(print, { access, members: [m] });
    }
    const prints = [...byPrint.values()];
    /** One execution for a fingerprint; who it did not serve gets their own. */
    const serve = async (p: { access: Access; members: Member[] }, probe: RightsProbe, result: { payload: object } | null) => {
      if (!result || probe.identity) return perSession(p.members);
      const asked = p.members.filter((m) => probe.asked.has(m.spec.session.userId));
      for (const m of p.members) if (!probe.asked.has(m.spec.session.userId)) hand(m, result.payload);
      if (asked.length) await perSession(asked);
    };
    const firstProbe = new RightsProbe(this.services, prints[0]!.members[0]!.spec.session, transport, prints[0]!.access);
    const first = await run(firstProbe, prints[0]!.members[0]!, false);
    if (first && !firstProbe.consulted) {
      for (const m of group) hand(m, first.payload);
      return handed;
    }
    await serve(prints[0]!, firstProbe, first);
    const rest = prints.slice(1);
    for (let i = 0; i < rest.length; i += 16) {
      await Promise.all(
        rest.slice(i, i + 16).map(async (p) => {
          const probe = new RightsProbe(this.services, p.members[0]!.spec.session, transport, p.access);
          await serve(p, probe, await run(probe, p.members[0]!, false));
        }),
      );
    }
    return handed;
  }
}

const hubs = new WeakMap<object, LiveHub>();

/** The instance's hub (one per bus: one per server instance). */
export function liveHub(services: Services): LiveHub {
  let hub = hubs.get(services.bus);
  if (!hub) hubs.set(services.bus, (hub = new LiveHub(services)));
  return hub;
}

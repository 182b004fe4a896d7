import type { EntityManager } from '@mikro-orm/postgresql';
import type { Services, SessionInfo } from '../core/context.js';
import { forbidden, logError, unauthenticated } from '../core/errors.js';
import { sessionIsLive } from '../accounts/index.js';
import type { Region } from './region.entity.js';
import { regionPolicy } from './region.policy.js';
import { regionStats } from './regions.stats.js';
import type { RegionStatsType } from './region-stats.types.js';

/**
 * `regionStatsChanged`: a region's figures, sent again when they may have moved, at most once per
 * THROTTLE_MS per region and window, never once per event.
 *
 * One hub per server instance. Subscribers of the same region and window (`from`) form a group;
 * a group listens on the bus to `community:<id>` of every community in the region (the wake-up
 * each committed change publishes, server/events/emit.ts), whatever its number of subscribers. The
 * first wake-up arms a timer of THROTTLE_MS; those that arrive meanwhile change nothing; when it
 * fires, the figures are computed once (`regionStats`, to = now) for the whole group and each
 * subscriber is re-authorized (its session still live, `regionPolicy.canSeeStats` with its rights
 * read now) before it gets them: a subscriber who lost the right gets FORBIDDEN and its stream
 * ends. A subscriber that is slower than the figures keeps only the latest.
 *
 * Not covered (README): a community placed in the region after the group formed is heard only by
 * groups formed after it; a wake-up lost by the bus is not made up by a poll (the next change, or
 * a new subscription, brings the figures up to date).
 */
export const THROTTLE_MS = 1000;

/** What a refused subscriber receives instead of figures: `regionStatsChanged` throws its error. */
export class RegionStatsDenied {
  constructor(readonly error: Error) {}
}

interface Subscriber {
  session: SessionInfo;
  push(stats: RegionStatsType): void;
  fail(err: Error): void;
}

interface Group {
  key: string;
  region: Region;
  from: Date | null;
  subscribers: Set<Subscriber>;
  stop: (() => void)[];
  timer: NodeJS.Timeout | null;
  /** Settles once the group listens to its communities. */
  ready: Promise<void>;
}

const hubs = new WeakMap<Services, RegionStatsHub>();

/** The instance's hub (one per `Services`). */
export function regionStatsHub(services: Services): RegionStatsHub {
  let hub = hubs.get(services);
  if (!hub) {
    hub = new RegionStatsHub(services);
    hubs.set(services, hub);
  }
  return hub;
}

export class RegionStatsHub {
  private readonly groups = new Map<string, Group>();

  constructor(private readonly services: Services) {}

  /** Groups open on this instance. */
  get size(): number {
    return this.groups.size;
  }

  /** Subscribers listening on this instance (each already hears its region's communities). */
  get subscriberCount(): number {
    let n = 0;
    for (const g of this.groups.values()) n += g.subscribers.size;
    return n;
  }

  /**
   * A stream of the region's figures over [from, now) for one subscriber, already authorized. A
   * subscriber refused later gets one `RegionStatsDenied` (the resolver throws its error, so the
   * client receives it as the operation's error) and then the end of the stream.
   */
  async open(region: Region, from: Date | null, session: SessionInfo): Promise<AsyncIterableIterator<RegionStatsType | RegionStatsDenied>> {
    type Item = RegionStatsType | RegionStatsDenied;
    const group = await this.groupOf(region, from);
    let latest: Item | null = null;
    let ending = false; // no more items after `latest`
    let done = false;
    let waiting: ((r: IteratorResult<Item>) => void) | null = null;
    const leave = () => {
      if (!group.subscribers.delete(subscriber)) return;
      if (group.subscribers.size === 0) this.close(group);
    };
    const hand = (item: Item) => {
      if (waiting) {
        const w = waiting;
        waiting = null;
        w({ value: item, done: false });
      } else latest = item;
    };
    const subscriber: Subscriber = {
      session,
      push(stats) {
        if (!ending && !done) hand(stats);
      },
      fail(err) {
        if (ending || done) return;
        ending = true;
        leave();
        hand(new RegionStatsDenied(err));
      },
    };
    group.subscribers.add(subscriber);
    const finish = (): Promise<IteratorResult<Item>> => {
      done = true;
      leave();
      const w = waiting;
      waiting = null;
      w?.({ value: undefined, done: true });
      return Promise.resolve({ value: undefined, done: true });
    };
    const iterator: AsyncIterableIterator<Item> = {
      next: () => {
        if (latest) {
          const value = latest;
          latest = null;
          return Promise.resolve({ value, done: false });
        }
        if (done || ending) return finish();
        return new Promise((resolve) => (waiting = resolve));
      },
      return: finish,
      [Symbol.asyncIterator]() {
        return iterator;
      },
    };
    return iterator;
  }

  /** The group of a region and window, listening to its communities once `ready`. */
  private async groupOf(region: Region, from: Date | null): Promise<Group> {
    const key = `${region.id}|${from?.toISOString() ?? ''}`;
    let group = this.groups.get(key);
    if (!group) {
      const g: Group = { key, region, from, subscribers: new Set(), stop: [], timer: null, ready: Promise.resolve() };
      g.ready = this.listen(g);
      this.groups.set(key, g);
      group = g;
    }
    try {
      await group.ready;
    } catch (err) {
      if (this.groups.get(key) === group) this.groups.delete(key);
      throw err;
    }
    // Closed meanwhile (its last subscriber left while the communities were read): a new one.
    return this.groups.get(key) === group ? group : this.groupOf(region, from);
  }

  /** Listens to the wake-ups of each community of the group's region. */
  private async listen(group: Group): Promise<void> {
    const rows = await (this.services.orm.em.fork() as EntityManager).execute<{ id: string }[]>(
      `SELECT c.id FROM communities c JOIN regions t ON t.id = c.region_id WHERE t.path @> ARRAY[?]::uuid[]`,
      [group.region.id],
    );
    for (const r of rows) group.stop.push(this.services.bus.listen(`community:${r.id}`, () => this.wake(group)));
  }

  private wake(group: Group): void {
    if (group.timer || !this.groups.has(group.key)) return;
    group.timer = setTimeout(() => {
      group.timer = null;
      void this.flush(group);
    }, THROTTLE_MS);
    group.timer.unref?.();
  }

  private close(group: Group): void {
    if (this.groups.get(group.key) === group) this.groups.delete(group.key);
    if (group.timer) clearTimeout(group.timer);
    group.timer = null;
    for (const stop of group.stop.splice(0)) stop();
  }

  /** Computes the group's figures once and hands them to each subscriber still allowed to see them. */
  private async flush(group: Group): Promise<void> {
    if (group.subscribers.size === 0) return;
    const em = this.services.orm.em.fork() as EntityManager;
    const now = this.services.clock.now();
    let stats: RegionStatsType;
    try {
      stats = await regionStats(em, group.region, group.from, now, now);
    } catch (err) {
      logError('regionStatsChanged', err);
      this.wake(group); // try again in a while
      return;
    }
    for (const s of [...group.subscribers]) {
      try {
        if (!(await sessionIsLive(em, s.session.sessionId))) {
          s.fail(unauthenticated('Session ended'));
          continue;
        }
        const access = await this.services.loadAccess(em, s.session.userId);
        if (!regionPolicy.canSeeStats(access, group.region)) s.fail(forbidden("Only platform admins and the governance centers of the region or above it see its figures"));
        else s.push(stats);
      } catch (err) {
        logError('regionStatsChanged', err);
      }
    }
  }
}

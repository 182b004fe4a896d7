import { Redis } from 'ioredis';
import { CHANNEL, LocalDispatcher, parseMessage, PublishQueue, type Bus, type BusMessage, type BusStats, type Listener } from './bus.js';

export interface RedisBusOptions {
  /** A publish Redis has not answered within this is given up (a paused or unreachable Redis). */
  commandTimeoutMs?: number;
  /** Wake-ups that may wait on Redis before new ones are dropped. */
  capacity?: number;
  log?: (msg: string) => void;
}

/**
 * Redis pub/sub: one subscriber connection, one publisher connection. Publishing goes through a
 * `PublishQueue`: a write never waits for Redis, which may be down or paused.
 */
export class RedisBus implements Bus {
  readonly kind = 'redis' as const;
  private readonly local = new LocalDispatcher();
  private readonly queue: PublishQueue;

  private constructor(
    private readonly sub: Redis,
    private readonly pub: Redis,
    opts: RedisBusOptions,
  ) {
    this.queue = new PublishQueue(async (m) => void (await pub.publish(CHANNEL, JSON.stringify(m))), { capacity: opts.capacity, log: opts.log, transport: 'Redis' });
  }

  static async connect(url: string, opts: RedisBusOptions = {}): Promise<RedisBus> {
    const sub = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 3 });
    const pub = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 3, commandTimeout: opts.commandTimeoutMs ?? 2_000 });
    // While Redis is away both reconnect on their own; the queue counts and logs what is lost.
    for (const c of [sub, pub]) c.on('error', () => undefined);
    try {
      await Promise.all([sub.connect(), pub.connect()]);
    } catch (err) {
      sub.disconnect();
      pub.disconnect();
      throw err;
    }
    const bus = new RedisBus(sub, pub, opts);
    sub.on('message', (_channel: string, raw: string) => {
      const message = parseMessage(raw);
      if (message) bus.local.dispatch(message);
    });
    await sub.subscribe(CHANNEL);
    return bus;
  }

  /** Queued, never awaited: the publisher does not wait for the transport (PublishQueue). */
  publish(message: BusMessage): Promise<void> {
    this.queue.publish(message);
    return Promise.resolve();
  }

  stats(): BusStats {
    return this.queue.stats();
  }

  listen(topic: string, listener: Listener): () => void {
    return this.local.listen(topic, listener);
  }

  async close(): Promise<void> {
    this.sub.disconnect();
    await this.queue.settled(); // wake-ups of the last writes still go out (within the command timeout)
    this.pub.disconnect();
  }
}

import { Redis } from 'ioredis';
import { CHANNEL, LocalDispatcher, parseMessage, type Bus, type BusMessage, type Listener } from './bus.js';

/** Redis pub/sub: one subscriber connection, one publisher connection. */
export class RedisBus implements Bus {
  readonly kind = 'redis' as const;
  private readonly local = new LocalDispatcher();

  private constructor(
    private readonly sub: Redis,
    private readonly pub: Redis,
  ) {}

  static async connect(url: string): Promise<RedisBus> {
    const sub = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 3 });
    const pub = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 3 });
    await Promise.all([sub.connect(), pub.connect()]);
    const bus = new RedisBus(sub, pub);
    sub.on('message', (_channel: string, raw: string) => {
      const message = parseMessage(raw);
      if (message) bus.local.dispatch(message);
    });
    await sub.subscribe(CHANNEL);
    return bus;
  }

  async publish(message: BusMessage): Promise<void> {
    await this.pub.publish(CHANNEL, JSON.stringify(message));
  }

  listen(topic: string, listener: Listener): () => void {
    return this.local.listen(topic, listener);
  }

  async close(): Promise<void> {
    this.sub.disconnect();
    this.pub.disconnect();
  }
}

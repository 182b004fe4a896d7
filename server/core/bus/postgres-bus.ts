import pg from 'pg';
import { CHANNEL, LocalDispatcher, parseMessage, PublishQueue, type Bus, type BusMessage, type BusStats, type Listener } from './bus.js';

/**
 * PostgreSQL LISTEN/NOTIFY: one dedicated connection listens; publishing is a `pg_notify`, through
 * a `PublishQueue` (a write never waits for it). It reconnects after a lost connection
 * (subscribers' periodic poll covers what was missed meanwhile).
 */
export class PostgresBus implements Bus {
  readonly kind = 'postgres' as const;
  private readonly local = new LocalDispatcher();
  private listener: pg.Client | null = null;
  private readonly publisher: pg.Pool;
  private closed = false;
  private readonly queue: PublishQueue;

  private constructor(
    private readonly url: string,
    log?: (msg: string) => void,
  ) {
    this.publisher = new pg.Pool({ connectionString: url, max: 2, connectionTimeoutMillis: 5_000 });
    this.publisher.on('error', () => undefined); // an idle connection lost: the next publish opens another
    this.queue = new PublishQueue(async (m) => void (await this.publisher.query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify(m)])), { log, transport: 'PostgreSQL' });
  }

  static async connect(url: string, log?: (msg: string) => void): Promise<PostgresBus> {
    const bus = new PostgresBus(url, log);
    await bus.connectListener();
    return bus;
  }

  private async connectListener(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url });
    client.on('notification', (n) => {
      const message = n.payload ? parseMessage(n.payload) : null;
      if (message) this.local.dispatch(message);
    });
    client.on('error', () => {
      if (this.closed) return;
      this.listener = null;
      setTimeout(() => void this.connectListener().catch(() => undefined), 500);
    });
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    this.listener = client;
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
    this.closed = true;
    await this.listener?.end().catch(() => undefined);
    await this.queue.settled(); // wake-ups of the last writes still go out
    await this.publisher.end();
  }
}

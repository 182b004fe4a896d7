import { EventEmitter } from 'node:events';

/**
 * Wake-ups between server instances. A message names topics (`community:<id>`, `user:<id>`,
 * `session:<id>`) and carries ids only, never rows: whoever wakes reads the table and
 * re-authorizes. Every instance receives every message and dispatches it to its local listeners.
 */
export interface BusMessage {
  topics: string[];
  /** The ids of the events that were committed, when it is about events. */
  eventIds?: string[];
  /** Why, when it is not about events (e.g. `session.ended`). */
  reason?: string;
}

export type Listener = (message: BusMessage) => void;

/** What an operator watches (`/readyz` shows it): wake-ups waiting on the transport, and lost ones. */
export interface BusStats {
  /** Sent and not yet acknowledged by the transport. */
  pending: number;
  /** Not sent because `pending` was at capacity (since start). */
  dropped: number;
  /** Sent and refused or timed out by the transport (since start). */
  failed: number;
}

export interface Bus {
  readonly kind: 'memory' | 'postgres' | 'redis';
  /**
   * Hands the message to the transport and returns at once: it never waits for the transport, so
   * a slow or absent Redis never slows a write. A message that cannot be sent is lost, which the
   * subscribers' poll (`EVENT_POLL_MS`) repairs.
   */
  publish(message: BusMessage): Promise<void>;
  stats(): BusStats;
  /** Listens on this instance to messages naming `topic`. Returns the function that stops it. */
  listen(topic: string, listener: Listener): () => void;
  close(): Promise<void>;
}

/** Fan-out to this instance's listeners: the part every transport shares. */
export class LocalDispatcher {
  private readonly emitter = new EventEmitter();

  constructor() {
    this.emitter.setMaxListeners(0);
  }

  dispatch(message: BusMessage): void {
    for (const topic of new Set(message.topics)) this.emitter.emit(topic, message);
  }

  listen(topic: string, listener: Listener): () => void {
    this.emitter.on(topic, listener);
    return () => this.emitter.off(topic, listener);
  }

  listenerCount(): number {
    return this.emitter.eventNames().reduce((n, t) => n + this.emitter.listenerCount(t), 0);
  }
}

export const CHANNEL = 'gongzhi_events';

/** How many wake-ups may wait on a transport at once before new ones are dropped. */
export const PUBLISH_CAPACITY = 10_000;

/**
 * Sends without making the publisher wait, with at most `capacity` messages in flight (ioredis and
 * pg queue and pipeline them on their connection): during an outage memory stays bounded, and what
 * does not fit is dropped. Drops and failures are counted, and logged once per outage (when the
 * first one happens, and with the totals once everything in flight has settled again), not once
 * per write.
 */
export class PublishQueue {
  private readonly inFlight = new Set<Promise<void>>();
  private dropped = 0;
  private failed = 0;
  private troubled = false;
  private droppedThisOutage = 0;
  private failedThisOutage = 0;

  constructor(
    private readonly send: (message: BusMessage) => Promise<void>,
    private readonly opts: { capacity?: number; log?: (msg: string) => void; transport: string },
  ) {}

  publish(message: BusMessage): void {
    if (this.inFlight.size >= (this.opts.capacity ?? PUBLISH_CAPACITY)) {
      this.dropped++;
      this.droppedThisOutage++;
      this.trouble(`${this.inFlight.size} wake-ups waiting on ${this.opts.transport}: dropping new ones (subscribers' poll delivers them)`);
      return;
    }
    // A send that throws at once is a failure like any other, never the publisher's exception.
    const sent: Promise<void> = new Promise<void>((ok) => ok(this.send(message)))
      .catch((err: unknown) => {
        this.failed++;
        this.failedThisOutage++;
        this.trouble(`publishing to ${this.opts.transport} failed (${err instanceof Error ? err.message : String(err)}); subscribers' poll delivers`);
      })
      .finally(() => {
        this.inFlight.delete(sent);
        if (this.troubled && this.inFlight.size === 0) {
          this.log(`${this.opts.transport} publishing recovered: ${this.droppedThisOutage} wake-ups dropped, ${this.failedThisOutage} failed meanwhile`);
          this.troubled = false;
          this.droppedThisOutage = this.failedThisOutage = 0;
        }
      });
    this.inFlight.add(sent);
  }

  stats(): BusStats {
    return { pending: this.inFlight.size, dropped: this.dropped, failed: this.failed };
  }

  /** Waits for what is in flight to settle (sent, failed or timed out). */
  async settled(): Promise<void> {
    await Promise.all([...this.inFlight]);
  }

  private trouble(msg: string): void {
    if (this.troubled) return;
    this.troubled = true;
    this.log(msg);
  }

  private log(msg: string): void {
    (this.opts.log ?? console.warn)(`event bus: ${msg}`);
  }
}

export function parseMessage(raw: string): BusMessage | null {
  try {
    const m = JSON.parse(raw) as BusMessage;
    return Array.isArray(m.topics) ? m : null;
  } catch {
    return null;
  }
}

/** One instance: messages go straight to the local listeners. */
export class MemoryBus implements Bus {
  readonly kind = 'memory' as const;
  private readonly local = new LocalDispatcher();

  publish(message: BusMessage): Promise<void> {
    // Delivered on the next tick, as a remote transport would, never inside the publisher's call.
    setImmediate(() => this.local.dispatch(message));
    return Promise.resolve();
  }

  stats(): BusStats {
    return { pending: 0, dropped: 0, failed: 0 };
  }

  listen(topic: string, listener: Listener): () => void {
    return this.local.listen(topic, listener);
  }

  async close(): Promise<void> {}
}

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

export interface Bus {
  readonly kind: 'memory' | 'postgres' | 'redis';
  publish(message: BusMessage): Promise<void>;
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

  async publish(message: BusMessage): Promise<void> {
    // Delivered on the next tick, as a remote transport would, never inside the publisher's call.
    setImmediate(() => this.local.dispatch(message));
  }

  listen(topic: string, listener: Listener): () => void {
    return this.local.listen(topic, listener);
  }

  async close(): Promise<void> {}
}

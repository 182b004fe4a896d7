import { timingSafeEqual, createHash } from 'node:crypto';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * What `/metrics` shows (Prometheus text format, prom-client), per server instance: every
 * instance has its own registry (tests run several in one process), and the process's own figures
 * (CPU, memory, event-loop lag, GC, handles: prom-client's default metrics) come from one registry
 * per process, appended to each scrape.
 *
 * Everything on a hot path is one counter increment or histogram observation; what can be read
 * when scraped (sockets, subscriptions, the database pool, the bus) is read then, by the readers
 * the server sets in `sources`.
 */
export class Metrics {
  readonly registry = new Registry();

  /** GraphQL requests over HTTP by operation and outcome (`ok` or the first error's code). */
  readonly requests = new Counter({
    name: 'gongzhi_graphql_requests_total',
    help: 'GraphQL requests over HTTP, by operation name and outcome (ok, or the code of the first error)',
    labelNames: ['operation', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly requestSeconds = new Histogram({
    name: 'gongzhi_graphql_request_duration_seconds',
    help: 'Time from receiving a GraphQL HTTP request to the end of its response, by operation and outcome',
    labelNames: ['operation', 'outcome'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  /** Subscriptions started over WebSocket (a stream returned), by operation. */
  readonly subscriptionsStarted = new Counter({
    name: 'gongzhi_subscriptions_started_total',
    help: 'GraphQL subscriptions started over WebSocket, by operation name',
    labelNames: ['operation'] as const,
    registers: [this.registry],
  });

  readonly websocketConnections = new Counter({
    name: 'gongzhi_websocket_connections_total',
    help: 'WebSocket connections accepted (signed in), since start',
    registers: [this.registry],
  });

  /** Live rows handed over (events and notifications), one per row however many subscribers got it. */
  readonly eventsDelivered = new Counter({
    name: 'gongzhi_live_events_total',
    help: 'Rows (events, notifications) this instance handed live to at least one subscriber: rate() is events per second',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });

  readonly deliveries = new Counter({
    name: 'gongzhi_live_deliveries_total',
    help: 'Live payloads handed to subscribers (one per subscriber per row)',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });

  readonly deliveryLag = new Histogram({
    name: 'gongzhi_event_delivery_lag_seconds',
    help: "From an event's recorded time (its unit of work's start, on the writer's clock) to its live hand-over on this instance",
    labelNames: ['kind'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });

  /** Set by the server: read when scraped, never on a hot path. */
  readonly sources: {
    websockets?: () => number;
    subscriptions?: () => number;
    pool?: () => { used: number; free: number; pendingAcquires: number; max: number } | null;
    bus?: () => { pending: number; dropped: number; failed: number };
  } = {};

  private readonly operations = new Set<string>();

  constructor() {
    const sources = this.sources;
    new Gauge({
      name: 'gongzhi_websockets_open',
      help: 'WebSockets open on this instance',
      registers: [this.registry],
      collect() {
        this.set(sources.websockets?.() ?? 0);
      },
    });
    new Gauge({
      name: 'gongzhi_subscriptions_open',
      help: 'GraphQL subscriptions streaming on this instance',
      registers: [this.registry],
      collect() {
        this.set(sources.subscriptions?.() ?? 0);
      },
    });
    new Gauge({
      name: 'gongzhi_db_pool_connections',
      help: "The ORM's PostgreSQL pool: connections in use, idle, requests waiting for one, and its maximum",
      labelNames: ['state'] as const,
      registers: [this.registry],
      collect() {
        const p = sources.pool?.();
        if (!p) return;
        this.set({ state: 'used' }, p.used);
        this.set({ state: 'free' }, p.free);
        this.set({ state: 'waiting' }, p.pendingAcquires);
        this.set({ state: 'max' }, p.max);
      },
    });
    new Gauge({
      name: 'gongzhi_bus_wakeups',
      help: 'Event-bus wake-ups: waiting on the transport now, and dropped or failed since start',
      labelNames: ['state'] as const,
      registers: [this.registry],
      collect() {
        const b = sources.bus?.();
        if (!b) return;
        this.set({ state: 'pending' }, b.pending);
        this.set({ state: 'dropped' }, b.dropped);
        this.set({ state: 'failed' }, b.failed);
      },
    });
  }

  /**
   * A label for a client-chosen operation name: names are bounded in shape and number (the first
   * MAX_OPERATIONS distinct ones), so a client sending random names cannot grow the series without end.
   */
  operationLabel(name: string | null | undefined): string {
    if (!name) return '_anonymous';
    if (this.operations.has(name)) return name;
    if (!/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name) || this.operations.size >= MAX_OPERATIONS) return '_other';
    this.operations.add(name);
    return name;
  }

  /** A live row handed over: counted, and its lag from `recordedAt` observed (0 when the clocks disagree). */
  delivered(kind: 'events' | 'notifications', recordedAt: unknown, subscribers: number): void {
    this.eventsDelivered.inc({ kind });
    this.deliveries.inc({ kind }, subscribers);
    const at = recordedAt instanceof Date ? recordedAt.getTime() : typeof recordedAt === 'string' ? Date.parse(recordedAt) : NaN;
    if (Number.isFinite(at)) this.deliveryLag.observe({ kind }, Math.max(0, Date.now() - at) / 1000);
  }

  /** The whole scrape: this instance's figures, then the process's. */
  async text(): Promise<string> {
    return (await this.registry.metrics()) + (await processRegistry().metrics());
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}

/** Distinct operation names labelled before the rest become `_other`. */
export const MAX_OPERATIONS = 500;

let processMetrics: Registry | null = null;

/** prom-client's default metrics (process_*, nodejs_*), collected once per process. */
function processRegistry(): Registry {
  if (!processMetrics) {
    processMetrics = new Registry();
    collectDefaultMetrics({ register: processMetrics });
  }
  return processMetrics;
}

/**
 * Whether `authorization` (`Bearer <token>`) carries `token`, compared in constant time: both are
 * hashed first, so neither their contents nor their lengths leak through timing.
 */
export function bearerMatches(authorization: string | undefined, token: string): boolean {
  const given = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1] ?? '';
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(given), digest(token)) && given.length > 0;
}

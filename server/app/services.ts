import type { Config } from '../core/config.js';
import type { Services } from '../core/context.js';
import { systemClock, type Clock } from '../core/clock.js';
import { RateLimits } from '../core/rate-limits.js';
import { openStorage, type Storage } from '../core/storage.js';
import { createBus, type Bus } from '../core/bus/index.js';
import { communityNodes, loadAccess } from '../communities/index.js';
import { eventNodes } from '../events/index.js';
import { issueActorRules, issueNodes } from '../issues/index.js';
import { volunteerNodes } from '../volunteers/index.js';
import { matterNodes, meetingNodes } from '../meetings/index.js';
import { covenantNodes } from '../covenants/index.js';
import { disputeNodes } from '../disputes/index.js';
import { legalNodes } from '../legal/index.js';
import { regionNodes } from '../regions/index.js';
import { gridNodes } from '../grids/index.js';
import { proposalNodes } from '../proposals/index.js';
import { emergencyNodes } from '../emergencies/index.js';
import { openOrm } from './orm.js';
import { createLogger, type Logger } from '../core/log.js';
import { Metrics } from '../core/metrics.js';
import type { DestinationStream } from 'pino';

export interface ServiceOptions {
  config: Config;
  databaseUrl: string;
  clock?: Clock;
  /** An already open bus (tests share one between instances). */
  bus?: Bus;
  /** Called with every SQL statement (tests count them). */
  onQuery?: (sql: string) => void;
  /** The logger (main.ts's); else one at LOG_LEVEL on stdout, or on `logDestination` (tests capture it). */
  log?: Logger;
  logDestination?: DestinationStream;
  /** Another store than the configured one (tests). */
  storage?: Storage;
}

/** What the metrics read of knex's pool (tarn), which knex types as `any`. */
interface TarnPool {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
  max: number;
}

/** Opens what the process holds once: the ORM pool, the bus, the limits. */
export async function createServices(opts: ServiceOptions): Promise<Services> {
  const orm = await openOrm(opts.databaseUrl, { onQuery: opts.onQuery });
  const log = opts.log ?? createLogger(opts.config.LOG_LEVEL, opts.logDestination);
  const bus = opts.bus ?? (await createBus(opts.config, opts.databaseUrl, log));
  const metrics = new Metrics();
  const knexClient = orm.em.getConnection().getKnex().client as { pool?: TarnPool | null };
  metrics.sources.pool = () => {
    const pool = knexClient.pool;
    return pool ? { used: pool.numUsed(), free: pool.numFree(), pendingAcquires: pool.numPendingAcquires(), max: pool.max } : null;
  };
  metrics.sources.bus = () => bus.stats();
  return {
    orm,
    bus,
    config: opts.config,
    clock: opts.clock ?? systemClock,
    rateLimits: new RateLimits(opts.config.RATE_LIMITS === 'on'),
    log,
    metrics,
    storage: opts.storage ?? openStorage(opts.config),
    loadAccess,
    nodes: { ...communityNodes, ...eventNodes, ...issueNodes, ...volunteerNodes, ...meetingNodes, ...matterNodes, ...covenantNodes, ...disputeNodes, ...legalNodes, ...regionNodes, ...proposalNodes, ...gridNodes, ...emergencyNodes },
    actorRules: { ...issueActorRules },
  };
}

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

export interface ServiceOptions {
  config: Config;
  databaseUrl: string;
  clock?: Clock;
  /** An already open bus (tests share one between instances). */
  bus?: Bus;
  /** Called with every SQL statement (tests count them). */
  onQuery?: (sql: string) => void;
  /** Another store than the configured one (tests). */
  storage?: Storage;
}

/** Opens what the process holds once: the ORM pool, the bus, the limits. */
export async function createServices(opts: ServiceOptions): Promise<Services> {
  const orm = await openOrm(opts.databaseUrl, { onQuery: opts.onQuery });
  const bus = opts.bus ?? (await createBus(opts.config, opts.databaseUrl));
  return {
    orm,
    bus,
    config: opts.config,
    clock: opts.clock ?? systemClock,
    rateLimits: new RateLimits(opts.config.RATE_LIMITS === 'on'),
    storage: opts.storage ?? openStorage(opts.config),
    loadAccess,
    nodes: { ...communityNodes, ...eventNodes, ...issueNodes, ...volunteerNodes, ...meetingNodes, ...matterNodes, ...covenantNodes, ...disputeNodes, ...legalNodes, ...regionNodes, ...proposalNodes, ...gridNodes, ...emergencyNodes },
    actorRules: { ...issueActorRules },
  };
}

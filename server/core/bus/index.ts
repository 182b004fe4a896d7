import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import { MemoryBus, type Bus } from './bus.js';
import { PostgresBus } from './postgres-bus.js';
import { RedisBus } from './redis-bus.js';

export type { Bus, BusMessage, BusStats } from './bus.js';

/** `logger`: where outages are told (one line when one begins, one when it ends), at level warn. */
export async function createBus(config: Pick<Config, 'EVENT_BUS' | 'REDIS_URL' | 'LOG_LEVEL'>, databaseUrl: string, logger?: Logger): Promise<Bus> {
  const log = (msg: string) => (logger ? logger.warn(msg) : config.LOG_LEVEL !== 'silent' && config.LOG_LEVEL !== 'error' && console.warn(msg));
  switch (config.EVENT_BUS) {
    case 'postgres':
      return PostgresBus.connect(databaseUrl, log);
    case 'redis':
      return RedisBus.connect(config.REDIS_URL!, { log });
    default:
      return new MemoryBus();
  }
}

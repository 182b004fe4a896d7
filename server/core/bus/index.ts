import type { Config } from '../config.js';
import { MemoryBus, type Bus } from './bus.js';
import { PostgresBus } from './postgres-bus.js';
import { RedisBus } from './redis-bus.js';

export type { Bus, BusMessage } from './bus.js';

export async function createBus(config: Pick<Config, 'EVENT_BUS' | 'REDIS_URL'>, databaseUrl: string): Promise<Bus> {
  switch (config.EVENT_BUS) {
    case 'postgres':
      return PostgresBus.connect(databaseUrl);
    case 'redis':
      return RedisBus.connect(config.REDIS_URL!);
    default:
      return new MemoryBus();
  }
}

import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import pg from 'pg';
import { loadConfig, type Config } from '../../server/core/config.js';
import type { Clock } from '../../server/core/clock.js';
import type { Bus } from '../../server/core/bus/index.js';
import { withDatabase } from '../../server/core/db/database-url.js';
import { createDatabaseIfMissing } from '../../server/app/database.js';
import { createServices } from '../../server/app/services.js';
import { startServer, type RunningServer } from '../../server/app/server.js';

/** A database of this test file's own, copied from the run's migrated template. */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const serverUrl = inject('pgServerUrl');
  const runId = inject('pgRunId');
  if (!serverUrl || !runId) {
    throw new Error('This test needs the database, which only the api and e2e projects start: move it under tests/integration, tests/regressions or tests/subscriptions (tests/setup/tiers.ts).');
  }
  const name = `gz_${runId}_${randomBytes(4).toString('hex')}`;
  await createDatabaseIfMissing(serverUrl, name, `gz_${runId}_tpl`);
  return {
    url: withDatabase(serverUrl, name),
    async drop() {
      const client = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

export interface TestApp extends RunningServer {
  databaseUrl: string;
  /** Another server instance on the same database (and bus, when shared). */
  startAnother(overrides?: Partial<Record<keyof Config, string>>, opts?: { bus?: Bus }): Promise<RunningServer>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  env?: Partial<Record<keyof Config, string>>;
  clock?: Clock;
  bus?: Bus;
  databaseUrl?: string;
  onQuery?: (sql: string) => void;
  /** Where the server's JSON log lines go (pass LOG_LEVEL in `env`: the tests' default is silent). */
  logDestination?: { write(line: string): void };
}

/** A real server on a free port, over a real database: what every API test talks to. */
export async function startTestApp(opts: TestAppOptions = {}): Promise<TestApp> {
  const db = opts.databaseUrl ? null : await createTestDatabase();
  const databaseUrl = opts.databaseUrl ?? db!.url;
  const configFor = (env: TestAppOptions['env'] = {}) =>
    loadConfig({ NODE_ENV: 'test', RATE_LIMITS: 'off', LOG_LEVEL: 'silent', PORT: '0', DEMO: 'false', ...env });
  const start = async (env: TestAppOptions['env'], bus?: Bus) => {
    const services = await createServices({ config: configFor(env), databaseUrl, clock: opts.clock, bus, onQuery: opts.onQuery, logDestination: opts.logDestination });
    return startServer(services, { host: '127.0.0.1', port: 0 });
  };
  const main = await start(opts.env, opts.bus);
  const others: RunningServer[] = [];
  const stopServer = async (s: RunningServer) => {
    await s.stop();
    await s.services.bus.close();
    await s.services.orm.close();
  };
  return {
    ...main,
    databaseUrl,
    async startAnother(overrides, o) {
      const s = await start({ ...opts.env, ...overrides }, o?.bus);
      others.push(s);
      return s;
    },
    async close() {
      for (const s of others) await stopServer(s);
      await stopServer(main);
      await db?.drop();
    },
  };
}

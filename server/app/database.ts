import pg from 'pg';
import type { Config } from '../core/config.js';
import { startEmbeddedPostgres } from '../core/db/embedded.js';
import { withDatabase } from '../core/db/database-url.js';
import type { Orm } from './orm.js';

export interface Database {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

const EMBEDDED_DATABASE = 'gongzhi';

/** `DATABASE_URL` when set; otherwise an embedded PostgreSQL with its data in `DATA_DIR`. */
export async function openDatabase(config: Config, log: (msg: string) => void = () => {}): Promise<Database> {
  if (config.DATABASE_URL) return { url: config.DATABASE_URL, embedded: false, stop: async () => {} };
  // Its own process group: a Ctrl-C reaches the server, which drains and then stops it.
  const server = await startEmbeddedPostgres(config.DATA_DIR, log, { detached: true });
  await createDatabaseIfMissing(server.url, EMBEDDED_DATABASE);
  return { url: withDatabase(server.url, EMBEDDED_DATABASE), embedded: true, stop: () => server.stop() };
}

export async function createDatabaseIfMissing(serverUrl: string, name: string, template?: string): Promise<void> {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replaceAll('"', '')}"${template ? ` TEMPLATE "${template.replaceAll('"', '')}"` : ''}`);
  } finally {
    await client.end();
  }
}

/** Applies pending migrations, all or nothing. */
export async function migrate(orm: Orm): Promise<string[]> {
  const done = await orm.getMigrator().up();
  return done.map((m) => m.name);
}

/** The advisory lock instances take to migrate and load the demo (an arbitrary constant of this app). */
const STARTUP_LOCK = 2026121130;

/**
 * Runs `fn` holding a PostgreSQL advisory lock on a connection of its own: instances that start
 * together on one database (a deployment of several) migrate and load the demo one at a time, the
 * later ones finding nothing left to do. Ending the connection releases the lock, even after a failure.
 */
export async function withStartupLock<T>(databaseUrl: string, fn: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK]);
    return await fn();
  } finally {
    await client.end();
  }
}

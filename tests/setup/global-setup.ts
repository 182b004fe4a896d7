import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../server/core/db/embedded.js';
import { withDatabase } from '../../server/core/db/database-url.js';
import { createDatabaseIfMissing, migrate } from '../../server/app/database.js';
import { openOrm } from '../../server/app/orm.js';

/**
 * One PostgreSQL for the run: the embedded one (a fresh cluster under .tmp/), or the server of
 * TEST_DATABASE_URL when set. A template database is migrated once; each test file then gets a
 * database of its own copied from it, and every database of the run is dropped at the end.
 *
 * The api and e2e projects both list this file, and vitest runs a project's global setup once per
 * project, in one process: the first call boots and migrates, the others share it (through
 * globalThis, as each project loads this module on its own), and the last teardown stops it. The
 * unit project does not list it, so `npm run test:unit` starts no database.
 */
declare module 'vitest' {
  export interface ProvidedContext {
    pgServerUrl: string;
    pgRunId: string;
  }
}

interface RunDatabase {
  serverUrl: string;
  runId: string;
  stop(): Promise<void>;
}

interface Shared {
  users: number;
  ready: Promise<RunDatabase>;
}

const KEY = Symbol.for('gongzhi.tests.run-database');
const registry = globalThis as unknown as Record<typeof KEY, Shared | undefined>;

async function boot(): Promise<RunDatabase> {
  let embedded: EmbeddedDatabase | null = null;
  let dir: string | null = null;
  let serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    await mkdir(join(process.cwd(), '.tmp'), { recursive: true });
    dir = await mkdtemp(join(process.cwd(), '.tmp', 'test-pg-'));
    embedded = await startEmbeddedPostgres(dir);
    serverUrl = embedded.url;
  }
  const url = serverUrl;
  const runId = `${process.pid}_${Date.now().toString(36)}`;
  const template = `gz_${runId}_tpl`;
  await createDatabaseIfMissing(url, template);
  const orm = await openOrm(withDatabase(url, template), { poolMax: 2 });
  await migrate(orm);
  await orm.close();

  return {
    serverUrl: url,
    runId,
    async stop() {
      const client = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
      await client.connect();
      const { rows } = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`gz_${runId}_%`]);
      for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
      await client.end();
      if (embedded) await embedded.stop();
      if (dir) await rm(dir, { recursive: true, force: true });
    },
  };
}

export default async function setup(project: TestProject) {
  const shared = (registry[KEY] ??= { users: 0, ready: boot() });
  shared.users++;
  let released = false;
  const release = async () => {
    if (released) return;
    released = true;
    if (--shared.users > 0) return;
    registry[KEY] = undefined;
    await (await shared.ready).stop();
  };
  let db: RunDatabase;
  try {
    db = await shared.ready;
  } catch (error) {
    registry[KEY] = undefined;
    throw error;
  }
  project.provide('pgServerUrl', db.serverUrl);
  project.provide('pgRunId', db.runId);
  return release;
}

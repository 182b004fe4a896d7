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
 */
declare module 'vitest' {
  export interface ProvidedContext {
    pgServerUrl: string;
    pgRunId: string;
  }
}

export default async function setup(project: TestProject) {
  let embedded: EmbeddedDatabase | null = null;
  let dir: string | null = null;
  let serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    await mkdir(join(process.cwd(), '.tmp'), { recursive: true });
    dir = await mkdtemp(join(process.cwd(), '.tmp', 'test-pg-'));
    embedded = await startEmbeddedPostgres(dir);
    serverUrl = embedded.url;
  }
  const runId = `${process.pid}_${Date.now().toString(36)}`;
  const template = `gz_${runId}_tpl`;
  await createDatabaseIfMissing(serverUrl, template);
  const orm = await openOrm(withDatabase(serverUrl, template), { poolMax: 2 });
  await migrate(orm);
  await orm.close();

  project.provide('pgServerUrl', serverUrl);
  project.provide('pgRunId', runId);

  return async () => {
    const client = new pg.Client({ connectionString: withDatabase(serverUrl!, 'postgres') });
    await client.connect();
    const { rows } = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`gz_${runId}_%`]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await client.end();
    if (embedded) await embedded.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  };
}

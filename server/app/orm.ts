import 'reflect-metadata';
import { DataloaderType, MikroORM, ReflectMetadataProvider } from '@mikro-orm/core';
import { defineConfig, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { entities } from './entities.js';
import { migrationsList } from '../../migrations/index.js';

/**
 * `cli`: the migration CLI, which keeps the schema snapshot in migrations/; the server never writes there.
 * `onQuery`: called with every SQL statement (tests count them).
 */
export function ormConfig(clientUrl: string, opts: { poolMax?: number; debug?: boolean; cli?: boolean; onQuery?: (sql: string) => void } = {}) {
  return defineConfig({
    clientUrl,
    entities,
    metadataProvider: ReflectMetadataProvider,
    discovery: { disableDynamicFileAccess: true },
    extensions: [Migrator],
    migrations: {
      tableName: 'mikro_orm_migrations',
      path: 'migrations',
      pathTs: 'migrations',
      migrationsList,
      transactional: true,
      allOrNothing: true,
      snapshot: opts.cli ?? false,
      snapshotName: '.snapshot-gongzhi',
      emit: 'ts',
      fileName: (timestamp: string, name?: string) => `Migration${timestamp}${name ? `_${name}` : ''}`,
    },
    // Batches `Reference.load()` and `Collection.load()` made in the same tick (GraphQL field
    // resolvers of one list), so a query costs list-nesting depth + 1 statements.
    dataloader: DataloaderType.ALL,
    forceUtcTimezone: true,
    pool: { min: 0, max: opts.poolMax ?? 20 },
    debug: opts.onQuery ? ['query'] : (opts.debug ?? false),
    logger: opts.onQuery ?? (opts.debug ? console.log : () => {}),
    colors: false,
    allowGlobalContext: false,
    ensureDatabase: false,
  });
}

export async function openOrm(clientUrl: string, opts: Parameters<typeof ormConfig>[1] = {}) {
  return MikroORM.init<PostgreSqlDriver>(ormConfig(clientUrl, opts));
}

export type Orm = MikroORM<PostgreSqlDriver>;

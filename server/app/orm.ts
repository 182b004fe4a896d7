import 'reflect-metadata';
import { DataloaderType, MikroORM, ReflectMetadataProvider } from '@mikro-orm/core';
import { defineConfig, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { entities } from './entities.js';
import { migrationsList } from '../../migrations/index.js';

export function ormConfig(clientUrl: string, opts: { poolMax?: number; debug?: boolean } = {}) {
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
      snapshot: true,
      emit: 'ts',
      fileName: (timestamp: string, name?: string) => `Migration${timestamp}${name ? `_${name}` : ''}`,
    },
    // Batches `Reference.load()` and `Collection.load()` made in the same tick (GraphQL field
    // resolvers of one list), so a query costs list-nesting depth + 1 statements.
    dataloader: DataloaderType.ALL,
    forceUtcTimezone: true,
    pool: { min: 0, max: opts.poolMax ?? 20 },
    debug: opts.debug ?? false,
    logger: opts.debug ? console.log : () => {},
    allowGlobalContext: false,
    ensureDatabase: false,
  });
}

export async function openOrm(clientUrl: string, opts: { poolMax?: number; debug?: boolean } = {}) {
  return MikroORM.init<PostgreSqlDriver>(ormConfig(clientUrl, opts));
}

export type Orm = MikroORM<PostgreSqlDriver>;

import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import pg from 'pg';
import { withDatabase } from '../../server/core/db/database-url.js';
import { createDatabaseIfMissing } from '../../server/app/database.js';
import { openOrm, type Orm } from '../../server/app/orm.js';

// Migration20261210200000 (server/grids): its keys and constraints hold in the database itself —
// a building in at most one grid, a grid and its buildings of one community, one name per
// community — and `down` removes it all. Run on a database of its own, migrated to just before it.
const MIGRATION = 'Migration20261210200000';
let orm: Orm;
let db: pg.Client;
let name: string;
const serverUrl = () => inject('pgServerUrl');
const ids = { region: randomUUID(), a: randomUUID(), b: randomUUID(), a1: randomUUID(), a2: randomUUID(), b1: randomUUID(), g1: randomUUID(), g2: randomUUID(), gb: randomUUID() };

beforeAll(async () => {
  name = `gz_mig_${randomBytes(4).toString('hex')}`;
  await createDatabaseIfMissing(serverUrl(), name);
  orm = await openOrm(withDatabase(serverUrl(), name), { poolMax: 2 });
  const migrator = orm.getMigrator();
  const all = (await migrator.getPendingMigrations()).map((m) => m.name);
  await migrator.up({ migrations: all.slice(0, all.indexOf(MIGRATION)) });
  db = new pg.Client({ connectionString: withDatabase(serverUrl(), name) });
  await db.connect();
  await db.query(`INSERT INTO regions (id, parent_id, level, name, path) VALUES ($1, NULL, 'CITY', '襄阳市', ARRAY[$1::uuid])`, [ids.region]);
  for (const [id, n] of [[ids.a, '甲社区'], [ids.b, '乙社区']] as const) await db.query(`INSERT INTO communities (id, name, region_id) VALUES ($1, $2, $3)`, [id, n, ids.region]);
  for (const [id, c, n] of [[ids.a1, ids.a, '1栋'], [ids.a2, ids.a, '2栋'], [ids.b1, ids.b, '1栋']] as const) await db.query(`INSERT INTO buildings (id, community_id, name) VALUES ($1, $2, $3)`, [id, c, n]);
}, 120_000);
afterAll(async () => {
  await db?.end();
  await orm?.close();
  const admin = new pg.Client({ connectionString: withDatabase(serverUrl(), 'postgres') });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
});

/** The SQLSTATE a statement fails with (null when it succeeds), inside a savepoint-free autocommit. */
const failure = async (sql: string, params: unknown[]) => {
  try {
    await db.query(sql, params);
    return null;
  } catch (e) {
    return (e as { code?: string }).code ?? 'unknown';
  }
};
const grid = (id: string, community: string, n: string) => failure(`INSERT INTO grids (id, community_id, name) VALUES ($1, $2, $3)`, [id, community, n]);
const place = (building: string, g: string, community: string) => failure(`INSERT INTO grid_buildings (building_id, grid_id, community_id) VALUES ($1, $2, $3)`, [building, g, community]);

describe(MIGRATION, () => {
  it('up: a building is in at most one grid, of its own community; names are unique per community', async () => {
    await orm.getMigrator().up({ migrations: [MIGRATION] });
    expect(await grid(ids.g1, ids.a, '第一网格')).toBeNull();
    expect(await grid(ids.g2, ids.a, '第二网格')).toBeNull();
    expect(await grid(ids.gb, ids.b, '第一网格')).toBeNull();
    expect(await grid(randomUUID(), ids.a, '第一网格')).toBe('23505');
    expect(await grid(randomUUID(), ids.a, '  ')).toBe('23514');
    expect(await place(ids.a1, ids.g1, ids.a)).toBeNull();
    // The same building in a second grid: the primary key refuses it.
    expect(await place(ids.a1, ids.g2, ids.a)).toBe('23505');
    // A building of another community, or a grid of another community: the composite keys refuse it.
    expect(await place(ids.b1, ids.g1, ids.a)).toBe('23503');
    expect(await place(ids.b1, ids.g1, ids.b)).toBe('23503');
    expect(await place(ids.a2, ids.gb, ids.a)).toBe('23503');
    expect((await db.query(`SELECT building_id, grid_id FROM grid_buildings`)).rows).toEqual([{ building_id: ids.a1, grid_id: ids.g1 }]);
    // The two organization kinds.
    const kinds = (await db.query(`SELECT unnest(enum_range(NULL::organization_kind))::text AS k`)).rows.map((r) => r.k);
    expect(kinds).toEqual(expect.arrayContaining(['GRID_PARTY_BRANCH', 'BUILDING_PARTY_GROUP']));
    // Deleting a building takes it out of its grid.
    await db.query(`DELETE FROM buildings WHERE id = $1`, [ids.a1]);
    expect((await db.query(`SELECT count(*)::int AS n FROM grid_buildings`)).rows[0].n).toBe(0);
  });

  it('down: the tables, the type and the buildings key are gone; up again works', async () => {
    await orm.getMigrator().down({ migrations: [MIGRATION] });
    for (const t of ['grids', 'grid_buildings', 'grid_workers', 'building_party_groups', 'party_member_registrations']) {
      expect((await db.query(`SELECT to_regclass($1) AS t`, [t])).rows[0].t, t).toBeNull();
    }
    expect((await db.query(`SELECT count(*)::int AS n FROM pg_constraint WHERE conname = 'buildings_id_community_id_unique'`)).rows[0].n).toBe(0);
    expect((await db.query(`SELECT count(*)::int AS n FROM pg_type WHERE typname = 'party_member_registration_status'`)).rows[0].n).toBe(0);
    await orm.getMigrator().up({ migrations: [MIGRATION] });
    expect((await db.query(`SELECT to_regclass('grids') AS t`)).rows[0].t).toBe('grids');
  });
});

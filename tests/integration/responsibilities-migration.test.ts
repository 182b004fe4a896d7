import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import pg from 'pg';
import { withDatabase } from '../../server/core/db/database-url.js';
import { createDatabaseIfMissing } from '../../server/app/database.js';
import { openOrm, type Orm } from '../../server/app/orm.js';

// Migration20261210700000 gives the responsibility lists (责任清单) a subject: the entries there
// were become ISSUE entries, a DISPUTE entry may name a category of the same name, and `down` drops
// the dispute entries and gives back the key (region, category). Run on a database of its own,
// migrated to just before it.
const MIGRATION = 'Migration20261210700000';
let orm: Orm;
let db: pg.Client;
let name: string;
const serverUrl = () => inject('pgServerUrl');
const ids = { city: randomUUID(), dept: randomUUID(), entry: randomUUID() };
const entries = async () => (await db.query(`SELECT category, subject FROM responsibilities ORDER BY subject DESC, category`)).rows;

beforeAll(async () => {
  name = `gz_mig_${randomBytes(4).toString('hex')}`;
  await createDatabaseIfMissing(serverUrl(), name);
  orm = await openOrm(withDatabase(serverUrl(), name), { poolMax: 2 });
  const migrator = orm.getMigrator();
  const all = (await migrator.getPendingMigrations()).map((m) => m.name);
  await migrator.up({ migrations: all.slice(0, all.indexOf(MIGRATION)) });
  db = new pg.Client({ connectionString: withDatabase(serverUrl(), name) });
  await db.connect();
  await db.query(`INSERT INTO regions (id, parent_id, level, name, path) VALUES ($1, NULL, 'CITY', '襄阳市', ARRAY[$1::uuid])`, [ids.city]);
  await db.query(`INSERT INTO organizations (id, kind, name, level, region_id) VALUES ($1, 'DEPARTMENT', '襄阳市司法局', 'CITY', $2)`, [ids.dept, ids.city]);
  await db.query(`INSERT INTO responsibilities (id, region_id, category, department_id) VALUES ($1, $2, 'PROPERTY_SERVICE', $3)`, [ids.entry, ids.city, ids.dept]);
});
afterAll(async () => {
  await db?.end();
  await orm?.close();
  const admin = new pg.Client({ connectionString: withDatabase(serverUrl(), 'postgres') });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
});

describe(MIGRATION, () => {
  it('up: the entries there were are ISSUE entries; a DISPUTE entry of the same category is another entry', async () => {
    await orm.getMigrator().up({ migrations: [MIGRATION] });
    expect(await entries()).toEqual([{ category: 'PROPERTY_SERVICE', subject: 'ISSUE' }]);
    await db.query(`INSERT INTO responsibilities (id, region_id, subject, category, department_id) VALUES (gen_random_uuid(), $1, 'DISPUTE', 'PROPERTY_SERVICE', $2)`, [ids.city, ids.dept]);
    expect(await entries()).toEqual([
      { category: 'PROPERTY_SERVICE', subject: 'ISSUE' },
      { category: 'PROPERTY_SERVICE', subject: 'DISPUTE' },
    ]);
    // Still one entry per region, subject and category; no subject but the two.
    await expect(db.query(`INSERT INTO responsibilities (id, region_id, subject, category, department_id) VALUES (gen_random_uuid(), $1, 'DISPUTE', 'PROPERTY_SERVICE', $2)`, [ids.city, ids.dept])).rejects.toThrow(/unique/);
    await expect(db.query(`INSERT INTO responsibilities (id, region_id, subject, category, department_id) VALUES (gen_random_uuid(), $1, 'MATTER', 'OTHER', $2)`, [ids.city, ids.dept])).rejects.toThrow(/check/);
  });

  it('down: the dispute entries go, the issue entries stay, one per region and category again', async () => {
    await orm.getMigrator().down({ migrations: [MIGRATION] });
    expect((await db.query(`SELECT id, category FROM responsibilities`)).rows).toEqual([{ id: ids.entry, category: 'PROPERTY_SERVICE' }]);
    expect((await db.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'responsibilities' AND column_name = 'subject'`)).rows).toEqual([]);
    await expect(db.query(`INSERT INTO responsibilities (id, region_id, category, department_id) VALUES (gen_random_uuid(), $1, 'PROPERTY_SERVICE', $2)`, [ids.city, ids.dept])).rejects.toThrow(/unique/);
  });
});

import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import pg from 'pg';
import { withDatabase } from '../../server/core/db/database-url.js';
import { createDatabaseIfMissing } from '../../server/app/database.js';
import { openOrm, type Orm } from '../../server/app/orm.js';

// Migration20261209100000 moves the place strings into the Region tree: regions are made from
// the distinct names of communities and of the areas of organizations above communities, each
// community is linked to its township and each such organization to the region of its level, and
// `down` gives the strings back. Run on a database of its own, migrated to just before it.
const MIGRATION = 'Migration20261209100000';
let orm: Orm;
let db: pg.Client;
let name: string;
const serverUrl = () => inject('pgServerUrl');

const ids = { tanxi: randomUUID(), tanxi2: randomUUID(), migong: randomUUID(), fancheng: randomUUID(), township: randomUUID(), county: randomUUID(), city: randomUUID(), nowhere: randomUUID(), community: randomUUID() };

beforeAll(async () => {
  name = `gz_mig_${randomBytes(4).toString('hex')}`;
  await createDatabaseIfMissing(serverUrl(), name);
  orm = await openOrm(withDatabase(serverUrl(), name), { poolMax: 2 });
  const migrator = orm.getMigrator();
  const all = (await migrator.getPendingMigrations()).map((m) => m.name);
  const before = all.slice(0, all.indexOf(MIGRATION));
  await migrator.up({ migrations: before });
  db = new pg.Client({ connectionString: withDatabase(serverUrl(), name) });
  await db.connect();
  const community = (id: string, n: string, county: string, township: string) =>
    db.query(`INSERT INTO communities (id, name, city, county, township) VALUES ($1, $2, '襄阳市', $3, $4)`, [id, n, county, township]);
  await community(ids.tanxi, '檀溪社区', '襄城区', '檀溪街道');
  await community(ids.tanxi2, '杜甫巷社区', '襄城区', '檀溪街道');
  await community(ids.migong, '米公社区', '襄城区', '米公街道');
  // The same township name in another county is another township.
  await community(ids.fancheng, '樊城檀溪社区', '樊城区', '檀溪街道');
  const org = (id: string, n: string, level: string, area: (string | null)[], communityId: string | null = null) =>
    db.query(`INSERT INTO organizations (id, community_id, kind, name, level, area_city, area_county, area_township) VALUES ($1, $2, 'GOVERNANCE_CENTER', $3, $4, $5, $6, $7)`, [
      id,
      communityId,
      n,
      level,
      ...area,
    ]);
  await org(ids.township, '檀溪街道综治中心', 'TOWNSHIP', ['襄阳市', '襄城区', '檀溪街道']);
  // A county named by an organization only: its region is made too.
  await org(ids.county, '襄州区综治中心', 'COUNTY', ['襄阳市', '襄州区', null]);
  await org(ids.city, '襄阳市综治中心', 'CITY', ['襄阳市', null, null]);
  await org(ids.nowhere, '无辖区中心', 'TOWNSHIP', [null, null, null]);
  await org(ids.community, '檀溪社区综治中心', 'COMMUNITY', [null, null, null], ids.tanxi);
});
afterAll(async () => {
  await db?.end();
  await orm?.close();
  const admin = new pg.Client({ connectionString: withDatabase(serverUrl(), 'postgres') });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
});

const placeOf = async (communityId: string) =>
  (
    await db.query(
      `SELECT (SELECT array_agg(r.name ORDER BY array_position(t.path, r.id)) FROM regions r WHERE r.id = ANY(t.path)) AS names
         FROM communities c JOIN regions t ON t.id = c.region_id WHERE c.id = $1`,
      [communityId],
    )
  ).rows[0]?.names;
const regionOf = async (orgId: string) =>
  (await db.query(`SELECT r.name, r.level FROM organizations o LEFT JOIN regions r ON r.id = o.region_id WHERE o.id = $1`, [orgId])).rows[0];

describe(MIGRATION, () => {
  it('up: one region per distinct place, every community in its township, every center in the region of its level', async () => {
    await orm.getMigrator().up({ migrations: [MIGRATION] });
    const regions = (await db.query(`SELECT level::text, name FROM regions ORDER BY level, name`)).rows.map((r) => `${r.level}:${r.name}`);
    expect(regions.sort()).toEqual(['CITY:襄阳市', 'COUNTY:樊城区', 'COUNTY:襄城区', 'COUNTY:襄州区', 'TOWNSHIP:檀溪街道', 'TOWNSHIP:檀溪街道', 'TOWNSHIP:米公街道'].sort());
    expect(await placeOf(ids.tanxi)).toEqual(['襄阳市', '襄城区', '檀溪街道']);
    expect(await placeOf(ids.migong)).toEqual(['襄阳市', '襄城区', '米公街道']);
    expect(await placeOf(ids.fancheng)).toEqual(['襄阳市', '樊城区', '檀溪街道']);
    const [a, b] = (await db.query(`SELECT region_id FROM communities WHERE id = ANY($1::uuid[]) ORDER BY name`, [[ids.tanxi, ids.tanxi2]])).rows;
    expect(a.region_id).toBe(b.region_id);
    expect(await regionOf(ids.township)).toEqual({ name: '檀溪街道', level: 'TOWNSHIP' });
    expect(await placeOf(ids.tanxi)).toEqual(['襄阳市', '襄城区', '檀溪街道']);
    expect(await regionOf(ids.county)).toEqual({ name: '襄州区', level: 'COUNTY' });
    expect(await regionOf(ids.city)).toEqual({ name: '襄阳市', level: 'CITY' });
    expect(await regionOf(ids.nowhere)).toEqual({ name: null, level: null });
    expect(await regionOf(ids.community)).toEqual({ name: null, level: null });
    // The township center is linked to 襄城区's 檀溪街道, not 樊城区's.
    const [linked] = (await db.query(`SELECT o.region_id = c.region_id AS same FROM organizations o, communities c WHERE o.id = $1 AND c.id = $2`, [ids.township, ids.tanxi])).rows;
    expect(linked.same).toBe(true);
    const columns = (await db.query(`SELECT column_name FROM information_schema.columns WHERE table_name IN ('communities', 'organizations') AND column_name IN ('city', 'county', 'township', 'area_city', 'area_county', 'area_township')`)).rows;
    expect(columns).toEqual([]);
  });

  it('down: the strings come back as they were', async () => {
    await orm.getMigrator().down({ migrations: [MIGRATION] });
    const c = (await db.query(`SELECT city, county, township FROM communities WHERE id = $1`, [ids.fancheng])).rows[0];
    expect(c).toEqual({ city: '襄阳市', county: '樊城区', township: '檀溪街道' });
    const o = (await db.query(`SELECT area_city, area_county, area_township FROM organizations WHERE id = ANY($1::uuid[]) ORDER BY name`, [[ids.county]])).rows[0];
    expect(o).toEqual({ area_city: '襄阳市', area_county: '襄州区', area_township: null });
    expect((await db.query(`SELECT to_regclass('regions') AS t`)).rows[0].t).toBeNull();
  });
});

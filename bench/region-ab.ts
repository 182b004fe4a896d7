// regionStats' issue figures (`issueFiguresByGroup`) of the city, a county and a township, this
// tree's beside an older tree's, on one generated city in a database of the local PostgreSQL:
//
//   git -C . archive <commit> | tar -x -C /tmp/old && ln -s "$PWD/node_modules" /tmp/old/node_modules
//   AB_OLD=/tmp/old node --import @swc-node/register/esm-register bench/region-ab.ts
//
// The city (CITY_RESIDENTS, default 100,000; CITY_ISSUES, default 300,000) is generated once into
// the database gz_city_ab of AB_DATABASE_URL (default the local server) and kept for later runs.
// Each figure: AB_RUNS (20) calls of each, alternating, after 3 untimed; and whether both trees
// give the same answer. Without AB_OLD, this tree's alone.
import 'reflect-metadata';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../server/core/config.js';
import { withDatabase } from '../server/core/db/database-url.js';
import { createServices } from '../server/app/services.js';
import { createDatabaseIfMissing, migrate } from '../server/app/database.js';
import { loadDemo } from '../server/app/demo.js';
import { generateCity } from '../server/app/demo-city.js';
import { issueFiguresByGroup } from '../server/issues/issue-stats.service.js';
import { groupsOf, townshipsOf } from '../server/regions/regions.stats.js';
import { Region } from '../server/regions/region.entity.js';

const OLD = process.env.AB_OLD ? ((await import(`${process.env.AB_OLD}/server/issues/issue-stats.service.ts`)) as { issueFiguresByGroup: typeof issueFiguresByGroup }) : null;
const server = process.env.AB_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
await createDatabaseIfMissing(server, 'gz_city_ab');
const services = await createServices({ config: loadConfig({ NODE_ENV: 'test', RATE_LIMITS: 'off', LOG_LEVEL: 'silent', DEMO: 'false' }), databaseUrl: withDatabase(server, 'gz_city_ab') });
await migrate(services.orm);
const em = () => services.orm.em.fork();
const [row] = await em().execute<{ n: number }[]>(`SELECT count(*)::int AS n FROM communities`);
if ((row?.n ?? 0) < 100) {
  await loadDemo(services);
  const r = await generateCity(services, { residents: Number(process.env.CITY_RESIDENTS ?? 100_000), issues: Number(process.env.CITY_ISSUES ?? 300_000), log: (m) => console.log(m) });
  console.log('generated', r);
  await em().execute('VACUUM ANALYZE');
}
const regions = await em().execute<{ id: string; level: string }[]>(
  `SELECT DISTINCT ON (level) id, level::text FROM regions r WHERE r.path[1] = (SELECT id FROM regions WHERE parent_id IS NULL AND name = '襄阳市')
      AND (r.parent_id IS NULL OR '襄城区' = ANY (SELECT name FROM regions x WHERE x.id = ANY(r.path))) ORDER BY level, cardinality(path), name`,
);
const RUNS = Number(process.env.AB_RUNS ?? 20);
const pct = (a: number[], p: number) => [...a].sort((x, y) => x - y)[Math.min(a.length - 1, Math.ceil((p / 100) * a.length) - 1)]!;
const now = new Date();
const windows: [string, Date | null][] = [['all time', null], ['last 90 days', new Date(now.getTime() - 90 * 86_400_000)]];
for (const r of regions) {
  const region = await em().findOneOrFail(Region, r.id);
  for (const [label, from] of windows) {
    const t: Record<string, number[]> = { old: [], new: [] };
    let same = true;
    for (let i = 0; i < RUNS + 3; i++) {
      for (const [k, f] of OLD ? ([['old', OLD.issueFiguresByGroup], ['new', issueFiguresByGroup]] as const) : ([['new', issueFiguresByGroup]] as const)) {
        const t0 = performance.now();
        const out = await f(em(), groupsOf(region), from, now, now, townshipsOf(region) ?? undefined);
        if (i >= 3) t[k]!.push(performance.now() - t0);
        if (i === 0) (t as Record<string, unknown>)[`${k}Out`] = JSON.stringify([out.total, [...out.units].sort(), out.weeks, out.categories]);
      }
      if (i === 0 && OLD) same = (t as Record<string, unknown>).oldOut === (t as Record<string, unknown>).newOut;
    }
    const old = OLD ? `old p50 ${pct(t.old!, 50).toFixed(1)} / p95 ${pct(t.old!, 95).toFixed(1)} ms; ` : '';
    console.log(`${r.level} ${label}: ${old}new p50 ${pct(t.new!, 50).toFixed(1)} / p95 ${pct(t.new!, 95).toFixed(1)} ms; same answer: ${same}; load ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  }
}
await services.orm.close();
await services.bus.close();
process.exit(0);

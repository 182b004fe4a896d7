// Each part of regionStats on its own, on a city already in a database (bench/city.ts's embedded
// one while it runs, or bench/region-ab.ts's gz_city_ab): the city, 襄城区 and a township, each
// part PARTS_RUNS (10) times one after the other after 2 untimed, p50 / p95; then EXPLAIN
// (ANALYZE, BUFFERS) of every statement the slowest part of each region ran, its plan's last
// lines (planning and execution time) and the nodes that read most rows.
//
//   PARTS_DATABASE_URL=postgres://… node --import @swc-node/register/esm-register bench/region-parts.ts
import 'reflect-metadata';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loadConfig } from '../server/core/config.js';
import { createServices } from '../server/app/services.js';
import { issueFiguresByGroup } from '../server/issues/issue-stats.service.js';
import { disputeStatsByGroup } from '../server/disputes/stats.js';
import { emergencyFiguresByGroup } from '../server/emergencies/emergencies.figures.js';
import { meetingsHeldByGroup } from '../server/meetings/meetings.queries.js';
import { verifiedHoursByGroup } from '../server/volunteers/volunteers.queries.js';
import { groupsOf, regionStats, rollupOf, townshipsOf } from '../server/regions/regions.stats.js';
import { Region } from '../server/regions/region.entity.js';
import { pct } from './harness.js';

const url = process.env.PARTS_DATABASE_URL;
if (!url) throw new Error('PARTS_DATABASE_URL');
const RUNS = Number(process.env.PARTS_RUNS ?? 10);
const services = await createServices({ config: loadConfig({ NODE_ENV: 'test', RATE_LIMITS: 'off', LOG_LEVEL: 'silent', DEMO: 'false' }), databaseUrl: url });
const em = () => services.orm.em.fork() as EntityManager;
const regions = await em().execute<{ id: string; level: string; name: string }[]>(
  `SELECT DISTINCT ON (level) id, level::text, name FROM regions r WHERE r.path[1] = (SELECT id FROM regions WHERE parent_id IS NULL AND name = '襄阳市')
      AND (r.parent_id IS NULL OR '襄城区' = ANY (SELECT name FROM regions x WHERE x.id = ANY(r.path))) ORDER BY level, cardinality(path), name`,
);
const now = new Date();
console.log(`load average at start: ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
for (const r of regions) {
  const region = await em().findOneOrFail(Region, r.id);
  const groups = groupsOf(region);
  const parts: [string, (e: EntityManager) => Promise<unknown>][] = [
    ['whole regionStats', (e) => regionStats(e, region, null, now, now)],
    ['issue figures + categories', (e) => issueFiguresByGroup(e, groups, null, now, now, townshipsOf(region) ?? undefined, rollupOf(region))],
    ['volunteer hours', (e) => verifiedHoursByGroup(e, groups, null, now)],
    ['meetings held', (e) => meetingsHeldByGroup(e, groups, null, now)],
    ['disputes', (e) => disputeStatsByGroup(e, groups, null, now)],
    ['emergencies', (e) => emergencyFiguresByGroup(e, groups, null, now)],
    ['community counts', (e) => e.execute(`SELECT g.unit, count(*)::int AS n FROM (${groups.sql}) g GROUP BY g.unit`, [...groups.params])],
  ];
  let slowest: [string, number, (e: EntityManager) => Promise<unknown>] = ['', 0, parts[1]![1]];
  for (const [name, fn] of parts) {
    const t: number[] = [];
    for (let i = 0; i < RUNS + 2; i++) {
      const t0 = performance.now();
      await fn(em());
      if (i >= 2) t.push(performance.now() - t0);
    }
    t.sort((a, b) => a - b);
    console.log(`${r.level} ${r.name} — ${name}: p50 ${pct(t, 50).toFixed(1)} / p95 ${pct(t, 95).toFixed(1)} ms`);
    if (name !== 'whole regionStats' && pct(t, 50) > slowest[1]) slowest = [name, pct(t, 50), fn];
  }
  // The statements of the slowest part, each explained with its own parameters.
  const seen: [string, readonly unknown[]][] = [];
  const spy = em();
  const execute = spy.execute.bind(spy);
  (spy as unknown as { execute: (sql: string, params?: readonly unknown[]) => Promise<unknown> }).execute = (sql: string, params: readonly unknown[] = []) => {
    seen.push([sql, params]);
    return execute(sql, params as unknown[]);
  };
  await slowest[2](spy);
  for (const [sql, params] of seen) {
    const plan = await em().execute<{ 'QUERY PLAN': string }[]>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params as unknown[]);
    const lines = plan.map((p) => p['QUERY PLAN']);
    const rowsOf = (l: string) => Number(/actual time=[\d.]+\.\.[\d.]+ rows=(\d+)/.exec(l)?.[1] ?? 0);
    const biggest = lines.filter((l) => /Scan|Aggregate|Join/.test(l)).sort((a, b) => rowsOf(b) - rowsOf(a)).slice(0, 4);
    console.log(`  EXPLAIN of a statement of "${slowest[0]}" (${r.name}):\n    ${[...biggest.map((l) => l.trim()), ...lines.slice(-2)].join('\n    ')}`);
  }
}
console.log(`load average at the end: ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
await services.orm.close();
await services.bus.close();
process.exit(0);

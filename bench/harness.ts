// What the database benches share: a server of the project's own pieces on a fresh embedded
// PostgreSQL under .tmp/, percentiles, and the figure format.
import 'reflect-metadata';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../server/core/config.js';
import { startEmbeddedPostgres } from '../server/core/db/embedded.js';
import { withDatabase } from '../server/core/db/database-url.js';
import { createDatabaseIfMissing, migrate } from '../server/app/database.js';
import { createServices } from '../server/app/services.js';
import { startServer } from '../server/app/server.js';
import type { Services } from '../server/core/context.js';

export type BenchServer = Awaited<ReturnType<typeof startServer>>;

/** The p-th percentile of sorted samples. */
export const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;

/** Milliseconds as printed in the tables. */
export const ms = (x: number) => `${x < 10 ? x.toFixed(2) : x.toFixed(1)} ms`;

export const ratio = (a: number, b: number, digits = 2) => `${(a / b).toFixed(digits)}×`;

/** Times `n` sequential calls (after `warmup` untimed ones): p50 and p95 in milliseconds. */
export async function samples(n: number, fn: (i: number) => Promise<unknown>, warmup = 0): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < warmup; i++) await fn(i);
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn(i);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { p50: pct(times, 50), p95: pct(times, 95) };
}

/**
 * Runs `fn` against a migrated database `gz_bench_<name>` on an embedded PostgreSQL in a fresh
 * folder, with the server listening on loopback (RATE_LIMITS=off, no demo), and removes it all
 * afterwards. Exits the process with 0, or 1 after printing the error.
 */
export function runBench(name: string, fn: (server: BenchServer, services: Services, url: string) => Promise<void>): void {
  const run = async () => {
    await mkdir('.tmp', { recursive: true });
    const dir = await mkdtemp(join(process.cwd(), '.tmp', `bench-${name}-`));
    const db = await startEmbeddedPostgres(dir);
    try {
      await createDatabaseIfMissing(db.url, `gz_bench_${name}`);
      const url = withDatabase(db.url, `gz_bench_${name}`);
      const config = loadConfig({ NODE_ENV: 'test', RATE_LIMITS: 'off', LOG_LEVEL: 'silent', DEMO: 'false' });
      const services = await createServices({ config, databaseUrl: url });
      await migrate(services.orm);
      const server = await startServer(services, { host: '127.0.0.1', port: 0 });
      try {
        await fn(server, services, url);
      } finally {
        await server.stop();
        await services.orm.close();
        await services.bus.close();
      }
    } finally {
      await db.stop();
      await rm(dir, { recursive: true, force: true });
    }
  };
  run().then(
    () => process.exit(0),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}

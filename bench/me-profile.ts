// `me` under load, for profiling (issue 11 part 2): Gongzhi and/or the plain Apollo peer in this
// process, the clients in bench/load.ts (a child process), against the local PostgreSQL.
//
//   ME_PROFILE=.tmp/me.cpuprofile node --import @swc-node/register/esm-register bench/me-profile.ts
//   node bench/cpuprofile-summary.mjs .tmp/me.cpuprofile
//
// ME_PROFILE: V8's CPU profile of this process (what `node --cpu-prof` writes) during the measured
// phases only, without the start-up and its module loading.
//
// ME_DIST=<dir>: Gongzhi from a build (e.g. `npx tsc -p tsconfig.build.json --outDir .tmp/me-dist`
// then ME_DIST=.tmp/me-dist/server), else from the sources. ME_TARGETS=gongzhi,plain (which to run,
// in that order, each ME_ROUNDS times interleaved), ME_SECONDS per phase, ME_DATABASE_URL (a server
// URL; the database gz_me_profile is made there). Prints req/s and this process's CPU per request.
import 'reflect-metadata';
import { fork } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import os from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Command, HttpResult, HttpSpec } from './load.js';
import { startPlainApollo } from './peers/plain-apollo.js';

const SECONDS = Number(process.env.ME_SECONDS ?? 8);
const ROUNDS = Number(process.env.ME_ROUNDS ?? 1);
const TARGETS = (process.env.ME_TARGETS ?? 'gongzhi').split(',');
const CONCURRENCY = 8;
const SERVER_URL = process.env.ME_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const base = process.env.ME_DIST ? pathToFileURL(resolve(process.env.ME_DIST)).href : new URL('../server', import.meta.url).href;
/** A server module, from the build or the sources (a runtime path), typed as its source: `M` is `typeof import(...)`. */
const mod = <M>(p: string): Promise<M> => import(`${base}/${process.env.ME_DIST ? p : p.replace(/\.js$/, '.ts')}`) as Promise<M>;

async function startGongzhi() {
  // In the order bench/peers.ts imports them (the entities' modules import each other in a cycle).
  const { loadConfig } = await mod<typeof import('../server/core/config.js')>('core/config.js');
  const { withDatabase } = await mod<typeof import('../server/core/db/database-url.js')>('core/db/database-url.js');
  const { createServices } = await mod<typeof import('../server/app/services.js')>('app/services.js');
  const { createDatabaseIfMissing, migrate } = await mod<typeof import('../server/app/database.js')>('app/database.js');
  const { startServer } = await mod<typeof import('../server/app/server.js')>('app/server.js');
  const { User } = await mod<typeof import('../server/accounts/user.entity.js')>('accounts/user.entity.js');
  const { createSession } = await mod<typeof import('../server/accounts/session.service.js')>('accounts/session.service.js');
  await createDatabaseIfMissing(SERVER_URL, 'gz_me_profile');
  const config = loadConfig({ NODE_ENV: 'production', RATE_LIMITS: 'off', LOG_LEVEL: 'silent', PORT: '0', DEMO: 'false' });
  const services = await createServices({ config, databaseUrl: withDatabase(SERVER_URL, 'gz_me_profile') });
  await migrate(services.orm);
  const server = await startServer(services, { host: '127.0.0.1', port: 0 });
  const em = services.orm.em.fork();
  const phone = `139${String(Date.now()).slice(-8)}`;
  const user = em.create(User, { phone, name: '调度员', passwordHash: 'x', isPlatformAdmin: false });
  const { token } = createSession(em, user.id, 1, new Date());
  await em.flush();
  return {
    url: server.url,
    headers: { authorization: `Bearer ${token}` },
    async stop() {
      await server.stop();
      await services.bus.close();
      await services.orm.close();
    },
  };
}

async function main() {
  const child = fork(fileURLToPath(new URL('./load.ts', import.meta.url)), [], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    execArgv: ['--import', '@swc-node/register/esm-register'],
  });
  const http = (spec: HttpSpec) =>
    new Promise<HttpResult>((ok, fail) => {
      child.once('message', (m: { result?: HttpResult; error?: string }) => (m.error ? fail(new Error(m.error)) : ok(m.result!)));
      child.send({ id: 1, cmd: 'http', spec } satisfies Command);
    });
  const servers: Record<string, { url: string; headers: Record<string, string>; stop(): Promise<void> }> = {};
  if (TARGETS.includes('gongzhi')) servers.gongzhi = await startGongzhi();
  if (TARGETS.includes('plain')) servers.plain = { ...(await startPlainApollo()), headers: {} };
  console.log(`load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  const inspector = process.env.ME_PROFILE ? new Session() : null;
  if (inspector) {
    inspector.connect();
    await inspector.post('Profiler.enable');
    await inspector.post('Profiler.start');
  }
  for (let r = 0; r < ROUNDS; r++) {
    for (const name of r % 2 ? [...TARGETS].reverse() : TARGETS) {
      const s = servers[name]!;
      const cpu0 = process.cpuUsage();
      const res = await http({
        url: s.url, method: 'POST', path: '/graphql', body: JSON.stringify({ query: '{ me { id name } }' }), concurrency: CONCURRENCY,
        warmupMs: 500, durationMs: SECONDS * 1000, headers: { 'content-type': 'application/json', ...s.headers },
      });
      const cpu = process.cpuUsage(cpu0);
      const requests = res.requests * (1 + 0.5 / SECONDS);
      console.log(`${name}: ${Math.round(res.requests / res.seconds)} req/s, ${Math.round((cpu.user + cpu.system) / requests)} µs CPU/request, p50 ${res.latencies[Math.floor(res.latencies.length / 2)]?.toFixed(2)} ms, ${res.failures} failures`);
    }
  }
  if (inspector) {
    const { profile } = await inspector.post('Profiler.stop');
    await writeFile(process.env.ME_PROFILE!, JSON.stringify(profile));
  }
  console.log(`load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  child.kill();
  for (const s of Object.values(servers)) await s.stop();
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);

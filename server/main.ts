import 'reflect-metadata';
import { loadConfig, ConfigError } from './core/config.js';
import type { Services } from './core/context.js';
import { openDatabase, migrate, withStartupLock, type Database } from './app/database.js';
import { createServices } from './app/services.js';
import { startServer, type RunningServer } from './app/server.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, isEmpty, loadDemo } from './app/demo.js';
import { databaseSize, generateCity } from './app/demo-city.js';
import { watchParent } from './app/parent-watch.js';
import { startPeriodicJobs, type JobRunner } from './app/jobs.js';
import { createLogger, setRootLogger } from './core/log.js';
import { loggable } from './core/errors.js';

/** Longer than Apollo's drain grace (10 s), after which it cuts the connections still open. */
const DRAIN_LIMIT_MS = 15_000;

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
  // One JSON line per message on stdout at LOG_LEVEL (core/log.ts); requests add their own id.
  const logger = createLogger(config.LOG_LEVEL);
  setRootLogger(logger);
  const log = (msg: string) => logger.info(msg);
  const logFailure = (msg: string, err: unknown) => logger.error({ error: loggable(err) }, msg);

  // The process owns its signals from the start: a signal during start-up waits for it to finish,
  // then drains like any other. The embedded database is stopped last, after the last request.
  let db = null as Database | null;
  let services = null as Services | null;
  let server = null as RunningServer | null;
  let jobs = null as JobRunner | null;
  const started = (async () => {
    db = await openDatabase(config);
    log(db.embedded ? `Embedded PostgreSQL started (data in ${config.DATA_DIR}/pg)` : 'Using DATABASE_URL');
    services = await createServices({ config, databaseUrl: db.url, log: logger });
    const ready = services;
    // One instance at a time (several may start together on one database): migrations, then the demo.
    await withStartupLock(db.url, async () => {
      const applied = await migrate(ready.orm);
      if (applied.length) log(`Migrations applied: ${applied.join(', ')}`);
      if (!config.DEMO || !(await isEmpty(ready))) return;
      log('Loading the demo community 檀溪社区…');
      await loadDemo(ready);
      if (config.DEMO === 'city') {
        log('Generating the city of 襄阳 around it (a few minutes)…');
        const city = await generateCity(ready, { log });
        log(`襄阳: ${city.communities + 1} communities, ${city.residents} residents, ${city.issues} issues in ${city.seconds.toFixed(0)} s; database ${await databaseSize(ready.orm.em.fork())}`);
      }
    });
    server = await startServer(services);
    // Reminders and other work due at a time (app/jobs.ts), every few minutes until the drain.
    jobs = startPeriodicJobs(services);
    log(`Gongzhi 共治 is serving on ${server.url} (GraphQL on ${server.url}/graphql, events bus: ${services.bus.kind})`);
    if (config.DEMO && config.LOG_LEVEL !== 'silent') {
      // Plain text, not a log line: the README's public demo accounts, for the person who started
      // the demo. Logs never carry phone numbers; production runs with DEMO=false.
      const lines = [`Demo accounts (password ${DEMO_PASSWORD}):`, ...DEMO_ACCOUNTS.map((a) => `  ${a.phone}  ${a.name}  ${a.role}`)];
      process.stdout.write(`${lines.join('\n')}\n`);
    }
  })();

  let stopping = false;
  const shutdown = async (reason: NodeJS.Signals | 'parent gone') => {
    if (stopping) return;
    stopping = true;
    log(`${reason}: draining…`);
    const force = setTimeout(() => {
      logger.error(`Drain took longer than ${DRAIN_LIMIT_MS / 1000} s: exiting`);
      process.exit(1);
    }, DRAIN_LIMIT_MS);
    force.unref();
    let code = 0;
    try {
      await started.catch((err: unknown) => (logFailure('start-up failed', err), (code = 1)));
      await jobs?.stop();
      // Not ready, stop accepting, finish the requests in flight, close sockets with 1012.
      await server?.stop();
      await services?.bus.close();
      await services?.orm.close();
    } catch (err) {
      logFailure('drain failed', err);
      code = 1;
    } finally {
      await db?.stop().catch((err: unknown) => (logFailure('stopping the database failed', err), (code = 1)));
    }
    log('Stopped');
    process.exit(code);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void shutdown(signal));
  // Under npm: if npm dies before us (SIGKILL, or of the signal it forwarded), drain all the same.
  watchParent(() => void shutdown('parent gone'));

  try {
    await started;
  } catch (err) {
    if (stopping) return; // the drain reports and exits
    await db?.stop().catch(() => undefined);
    throw err;
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

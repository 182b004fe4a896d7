import 'reflect-metadata';
import { loadConfig, ConfigError } from './core/config.js';
import { openDatabase, migrate } from './app/database.js';
import { createServices } from './app/services.js';
import { startServer } from './app/server.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, isEmpty, loadDemo } from './app/demo.js';

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
  const log = (msg: string) => config.LOG_LEVEL !== 'silent' && console.log(msg);

  const db = await openDatabase(config);
  log(db.embedded ? `Embedded PostgreSQL started (data in ${config.DATA_DIR}/pg)` : 'Using DATABASE_URL');
  const services = await createServices({ config, databaseUrl: db.url });
  const applied = await migrate(services.orm);
  if (applied.length) log(`Migrations applied: ${applied.join(', ')}`);

  if (config.DEMO && (await isEmpty(services))) {
    log('Loading the demo community 檀溪社区…');
    await loadDemo(services);
  }
  const server = await startServer(services);
  log(`Gongzhi 共治 is serving on ${server.url} (GraphQL on ${server.url}/graphql, events bus: ${services.bus.kind})`);
  if (config.DEMO) {
    log(`Demo accounts (password ${DEMO_PASSWORD}):`);
    for (const a of DEMO_ACCOUNTS) log(`  ${a.phone}  ${a.name}  ${a.role}`);
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: draining…`);
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    await server.stop();
    await services.bus.close();
    await services.orm.close();
    await db.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

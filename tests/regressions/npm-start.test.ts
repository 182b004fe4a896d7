import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error a plain ES module script, without declarations
import { build } from '../../scripts/build.mjs';

// Regressions on `npm start`:
// - it ran `node` under the shell npm spawns: npm forwards SIGTERM and SIGINT to that shell only,
//   so SIGTERM to npm (docker stop, systemd) orphaned node and its PostgreSQL, and SIGINT did
//   nothing. The script now `exec`s node, which gets the signal itself; and the server drains when
//   npm is gone without having forwarded anything (SIGKILL, or npm dying of a SIGINT).
// - SIGINT to npm alone, or npm dying of a Ctrl-C, left node and its embedded PostgreSQL running
//   (npm forwarded the signal most times, but died of it now and then first). The server watches
//   its parent (server/app/parent-watch.ts) and drains when npm is gone; below, the real server
//   with its embedded PostgreSQL is stopped through npm both ways, and nothing may remain.
// - it rebuilt the server and the client on every start (57 s of a 67 s start): it builds only
//   what changed since the last build (scripts/build.mjs --if-changed).

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});
async function tempDir(): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), 'gz-npm-'));
  dirs.push(d);
  return d;
}

type Stop = 'SIGTERM to npm' | 'SIGINT to npm' | 'SIGINT to the group (Ctrl-C)' | 'SIGKILL to npm';

describe('npm start passes signals to the server', () => {
  it.each<Stop>(['SIGTERM to npm', 'SIGINT to npm', 'SIGINT to the group (Ctrl-C)', 'SIGKILL to npm'])(
    '%s: node drains and stops; nothing is left running',
    async (stop) => {
      // The project's own start script, run by npm, with a stand-in for the built server that
      // drains like the server does: on SIGTERM or SIGINT, or when its parent is gone (the real
      // server/app/parent-watch.ts, transpiled), it reports why, takes a moment, and exits 0.
      const { scripts } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
      const dir = await tempDir();
      await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'start-probe', private: true, type: 'module', scripts: { start: scripts.start } }));
      await mkdir(join(dir, 'dist/server'), { recursive: true });
      const watch = ts.transpileModule(await readFile(join(ROOT, 'server/app/parent-watch.ts'), 'utf8'), {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
      });
      await writeFile(join(dir, 'dist/server/parent-watch.js'), watch.outputText);
      await writeFile(
        join(dir, 'dist/server/main.js'),
        `import { watchParent } from './parent-watch.js';
         let stopping = false;
         const drain = (why) => { if (stopping) return; stopping = true; console.log('draining on', why); setTimeout(() => { console.log('stopped'); process.exit(0); }, 300); };
         for (const s of ['SIGTERM', 'SIGINT']) process.on(s, () => drain(s));
         watchParent(() => drain('parent gone'), { intervalMs: 100 });
         console.log('serving', process.pid);
         setInterval(() => {}, 1000);`,
      );
      // Its own process group, as a shell gives a job: the group is what a terminal's Ctrl-C signals.
      const npm = spawn('npm', ['start', '--silent'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
      let out = '';
      const seen = (re: RegExp) =>
        new Promise<RegExpMatchArray>((ok) => {
          const check = () => {
            const m = out.match(re);
            if (m) ok(m);
            else npm.stdout.once('data', check);
          };
          check();
        });
      npm.stdout.on('data', (c: Buffer) => (out += c.toString()));
      npm.stderr.on('data', (c: Buffer) => (out += c.toString()));
      const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((ok) => npm.once('exit', (code, sig) => ok({ code, signal: sig })));
      const serverPid = Number((await seen(/serving (\d+)/))[1]);
      try {
        if (stop === 'SIGINT to the group (Ctrl-C)') process.kill(-npm.pid!, 'SIGINT');
        else npm.kill(stop === 'SIGTERM to npm' ? 'SIGTERM' : stop === 'SIGINT to npm' ? 'SIGINT' : 'SIGKILL');
        const end = await exited;
        // SIGTERM: npm forwards it, waits for node and exits with its code (docker stop, systemd).
        if (stop === 'SIGTERM to npm') expect(end).toEqual({ code: 0, signal: null });
        if (stop === 'SIGKILL to npm') expect(end).toEqual({ code: null, signal: 'SIGKILL' });
        // SIGINT: npm forwards it and usually waits, but has been seen to die of it meanwhile;
        // either way node drains (on the signal, or on finding its parent gone).
        await seen(/stopped/);
        expect(out).toMatch(stop === 'SIGKILL to npm' ? /draining on parent gone/ : stop === 'SIGTERM to npm' ? /draining on SIGTERM/ : /draining on (SIGINT|parent gone)/);
        await expect
          .poll(
            () => {
              try {
                process.kill(serverPid, 0);
                return 'running';
              } catch (e) {
                return (e as NodeJS.ErrnoException).code;
              }
            },
            { timeout: 10_000 },
          )
          .toBe('ESRCH');
      } finally {
        try {
          process.kill(serverPid, 'SIGKILL');
        } catch {
          // gone, as it should be
        }
      }
    },
  );
});

/** Whether a process is there (signal 0). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/** Processes whose command line names `text` (the embedded PostgreSQL's data directory): postmaster and backends. */
async function processesNaming(text: string): Promise<number[]> {
  const pids: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const cmdline = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
    if (cmdline.includes(text)) pids.push(Number(entry));
  }
  return pids;
}

/** How long node and PostgreSQL may take to be gone after the signal: the drain (≤ 15 s) and PostgreSQL's fast shutdown. */
const GONE_WITHIN_MS = 20_000;

describe('npm start with the real server and its embedded PostgreSQL', () => {
  it.each<Stop>(['SIGINT to npm', 'SIGINT to the group (Ctrl-C)', 'SIGKILL to npm'])(
    '%s: node and every PostgreSQL process are gone within 20 s',
    async (stop) => {
      // The project's start script, run by npm in a directory of its own whose
      // dist/server/main.js loads the real server from its sources (SWC, as `npm run dev` does).
      const { scripts } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
      const dir = await tempDir();
      await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'start-real', private: true, type: 'module', scripts: { start: scripts.start } }));
      await mkdir(join(dir, 'dist/server'), { recursive: true });
      await writeFile(
        join(dir, 'dist/server/main.js'),
        `import { register } from 'node:module';
         register('@swc-node/register/esm', ${JSON.stringify(pathToFileURL(`${ROOT}/`).href)});
         await import(${JSON.stringify(pathToFileURL(join(ROOT, 'server/main.ts')).href)});`,
      );
      const dataDir = join(dir, 'data');
      const pgDir = join(dataDir, 'pg');
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        SWC_NODE_PROJECT: join(ROOT, 'tsconfig.json'),
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: '0',
        DEMO: 'false',
        RATE_LIMITS: 'off',
        LOG_LEVEL: 'info',
        DATA_DIR: dataDir,
      };
      delete env.DATABASE_URL;
      // Its own process group, as a shell gives a job: the group is what a terminal's Ctrl-C signals.
      const npm = spawn('npm', ['start', '--silent'], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
      let out = '';
      npm.stdout.on('data', (c: Buffer) => (out += c.toString()));
      npm.stderr.on('data', (c: Buffer) => (out += c.toString()));
      const serving = () => out.includes(' is serving on ');
      let nodePid = 0;
      let pgPid = 0;
      try {
        await expect.poll(serving, { timeout: 120_000, interval: 200 }).toBe(true);
        // npm exec's node: the server is npm's child, and PostgreSQL the server's.
        const [pid, , , port] = (await readFile(join(pgDir, 'postmaster.pid'), 'utf8')).split('\n');
        pgPid = Number(pid);
        const children = (await readFile(`/proc/${npm.pid}/task/${npm.pid}/children`, 'utf8')).trim().split(/\s+/).map(Number);
        for (const child of children) if ((await readFile(`/proc/${child}/cmdline`, 'utf8').catch(() => '')).includes('dist/server/main.js')) nodePid = child;
        expect(nodePid).toBeGreaterThan(0);
        expect(alive(pgPid)).toBe(true);
        expect(Number(port)).toBeGreaterThan(0);
        expect((await processesNaming(pgDir)).length).toBeGreaterThan(0);

        const signalled = Date.now();
        if (stop === 'SIGINT to the group (Ctrl-C)') process.kill(-npm.pid!, 'SIGINT');
        else npm.kill(stop === 'SIGINT to npm' ? 'SIGINT' : 'SIGKILL');
        await expect.poll(() => alive(nodePid), { timeout: GONE_WITHIN_MS, interval: 100 }).toBe(false);
        await expect.poll(async () => (await processesNaming(pgDir)).length, { timeout: GONE_WITHIN_MS, interval: 100 }).toBe(0);
        const gone = Date.now() - signalled;
        expect(gone).toBeLessThan(GONE_WITHIN_MS);
        // It drained (on the signal, or on finding npm gone) and stopped PostgreSQL itself: no pid file is left.
        expect(out).toMatch(stop === 'SIGKILL to npm' ? /parent gone: draining/ : /(SIGINT|parent gone): draining/);
        expect(out).toMatch(/Stopped/);
        await expect(readFile(join(pgDir, 'postmaster.pid'))).rejects.toThrow(expect.objectContaining({ code: 'ENOENT' }));
        expect(alive(pgPid)).toBe(false);
        console.log(`${stop}: node and PostgreSQL gone ${gone} ms after the signal (${/parent gone: draining/.test(out) ? 'npm died; the server noticed' : 'npm forwarded it'})`);
      } finally {
        // A failed run must not leave anything behind.
        for (const pid of [nodePid, ...(await processesNaming(pgDir))]) if (pid && alive(pid)) process.kill(pid, 'SIGKILL');
        if (npm.exitCode === null && npm.signalCode === null) process.kill(-npm.pid!, 'SIGKILL');
      }
    },
    180_000,
  );
});

describe('the start builds only what changed', () => {
  it('skips a target whose inputs are as at its last build, and rebuilds when a file changes, is added, or the stamp is gone', async () => {
    const root = await tempDir();
    await mkdir(join(root, 'src/deep'), { recursive: true });
    await mkdir(join(root, 'out'), { recursive: true });
    await writeFile(join(root, 'src/a.ts'), 'a');
    await writeFile(join(root, 'cfg.json'), '{}');
    const targets = {
      app: { inputs: ['src', 'cfg.json', 'missing.lock'], out: 'out', command: [process.execPath, '-e', "require('fs').appendFileSync('out/runs', 'x')"] },
    };
    const logs: string[] = [];
    const once = (ifChanged = true) => build({ root, targets, names: ['app'], ifChanged, log: (m: string) => logs.push(m) });
    const runs = async () => (await readFile(join(root, 'out/runs'), 'utf8')).length;

    expect(await once()).toEqual(['app']); // never built
    expect(await once()).toEqual([]);
    expect(logs).toEqual(['app: unchanged since its last build (out)']);
    expect(await runs()).toBe(1);

    await writeFile(join(root, 'src/a.ts'), 'b');
    expect(await once()).toEqual(['app']);
    await writeFile(join(root, 'src/deep/new.ts'), 'n');
    expect(await once()).toEqual(['app']);
    await writeFile(join(root, 'cfg.json'), '{"x":1}');
    expect(await once()).toEqual(['app']);
    expect(await once()).toEqual([]);
    await unlink(join(root, 'out/.build-inputs')); // a build made some other way
    expect(await once()).toEqual(['app']);
    expect(await once(false)).toEqual(['app']); // `npm run build` always builds
    expect(await runs()).toBe(6);
  });

  it('a failed build leaves no stamp: the next start builds again', async () => {
    const root = await tempDir();
    await writeFile(join(root, 'in.txt'), '1');
    await mkdir(join(root, 'out'), { recursive: true });
    const failing = { app: { inputs: ['in.txt'], out: 'out', command: [process.execPath, '-e', 'process.exit(2)'] } };
    await expect(build({ root, targets: failing, names: ['app'], ifChanged: true })).rejects.toThrow(/failed \(2\)/);
    await expect(readFile(join(root, 'out/.build-inputs'))).rejects.toThrow();
  });
});

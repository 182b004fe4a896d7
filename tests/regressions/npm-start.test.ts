import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error a plain ES module script, without declarations
import { build } from '../../scripts/build.mjs';

// Regressions on `npm start`:
// - it ran `node` under the shell npm spawns: npm forwards SIGTERM and SIGINT to that shell only,
//   so SIGTERM to npm (docker stop, systemd) orphaned node and its PostgreSQL, and SIGINT did
//   nothing. The script now `exec`s node, which gets the signal itself; and the server drains when
//   npm is gone without having forwarded anything (SIGKILL, or npm dying of a SIGINT).
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

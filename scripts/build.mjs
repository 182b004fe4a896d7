#!/usr/bin/env node
// Builds the server (tsc) and the client (Vite), and with --if-changed only those whose inputs
// changed since their last build: `npm start` no longer spends a minute rebuilding what is built.
//
//   node scripts/build.mjs [--if-changed] server client
//
// A build records a SHA-256 of its inputs (every file under its directories, and its config and
// lock files) in a stamp inside its output. --if-changed skips a target whose output has a stamp
// equal to the inputs as they are now. Vite empties dist/client, so a build made without this
// script leaves no stamp there, and the next --if-changed build rebuilds.
import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const STAMP = '.build-inputs';

/** @typedef {{ inputs: string[]; out: string; command: string[] }} Target */

/** @type {Record<string, Target>} */
export const TARGETS = {
  server: {
    inputs: ['common', 'server', 'migrations', 'tsconfig.json', 'tsconfig.build.json', 'package.json', 'package-lock.json'],
    out: 'dist/server',
    command: ['node_modules/.bin/tsc', '-p', 'tsconfig.build.json'],
  },
  client: {
    inputs: ['client', 'common', 'package.json', 'package-lock.json'],
    out: 'dist/client',
    command: ['node_modules/.bin/vite', 'build', '--config', 'client/vite.config.ts'],
  },
};

/** Every file under `path` (or `path` itself), relative to `root`, sorted; missing paths are skipped. */
async function files(root, path) {
  const entries = await readdir(join(root, path), { withFileTypes: true }).catch((err) => {
    if (err.code === 'ENOTDIR') return null;
    if (err.code === 'ENOENT') return [];
    throw err;
  });
  if (entries === null) return [path];
  const nested = await Promise.all(
    entries.filter((e) => e.name !== 'node_modules').map((e) => (e.isDirectory() ? files(root, join(path, e.name)) : [join(path, e.name)])),
  );
  return nested.flat().sort();
}

/** The SHA-256 of the inputs' names and contents. */
export async function inputsHash(root, inputs) {
  const hash = createHash('sha256');
  for (const input of inputs) {
    for (const file of await files(root, input)) {
      hash.update(`${relative(root, join(root, file))}\0`);
      hash.update(await readFile(join(root, file)));
      hash.update('\0');
    }
  }
  return hash.digest('hex');
}

function run(root, [cmd, ...args]) {
  return new Promise((ok, fail) => {
    const child = spawn(isAbsolute(cmd) ? cmd : join(root, cmd), args, { cwd: root, stdio: 'inherit' });
    child.once('error', fail);
    child.once('exit', (code, signal) => (code === 0 ? ok() : fail(new Error(`${cmd} ${args.join(' ')} failed (${code ?? signal})`))));
  });
}

/** Builds `names`; with `ifChanged`, only those whose inputs differ from their last build. Returns what it built. */
export async function build({ root = ROOT, targets = TARGETS, names, ifChanged = false, log = console.log }) {
  const built = [];
  for (const name of names) {
    const target = targets[name];
    if (!target) throw new Error(`unknown build target "${name}" (${Object.keys(targets).join(', ')})`);
    const hash = await inputsHash(root, target.inputs);
    const stampFile = join(root, target.out, STAMP);
    if (ifChanged && (await readFile(stampFile, 'utf8').catch(() => null)) === hash) {
      log(`${name}: unchanged since its last build (${target.out})`);
      continue;
    }
    await run(root, target.command);
    await writeFile(stampFile, hash);
    built.push(name);
  }
  return built;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const ifChanged = args.includes('--if-changed');
  const names = args.filter((a) => !a.startsWith('--'));
  build({ names: names.length ? names : Object.keys(TARGETS), ifChanged }).catch((err) => {
    console.error(err.message);
    process.exit(1);
  });
}

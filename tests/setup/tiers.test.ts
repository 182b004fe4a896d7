import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TIERS, type Tier } from './tiers.js';

/** A glob of tiers.ts as a regular expression: `**\/` any folders (or none), `*` within one name. */
function globRegExp(glob: string): RegExp {
  const source = glob
    .split(/(\*\*\/|\*)/)
    .map((part) => (part === '**/' ? '(?:[^/]+/)*' : part === '*' ? '[^/]*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

const ROOT = process.cwd();
const SKIP = new Set(['node_modules', 'dist', '.tmp', '.data', '.git', 'test-results']);

function testFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...testFiles(path));
    else if (entry.name.endsWith('.test.ts')) found.push(relative(ROOT, path));
  }
  return found;
}

const tierOf = (file: string): Tier[] =>
  (Object.keys(TIERS) as Tier[]).filter((tier) => TIERS[tier].some((glob) => globRegExp(glob).test(file)));

describe('test tiers', () => {
  it('reads the globs as vitest does', () => {
    expect(globRegExp('server/**/*.test.ts').test('server/issues/issue.state.test.ts')).toBe(true);
    expect(globRegExp('server/**/*.test.ts').test('server/x.test.ts')).toBe(true);
    expect(globRegExp('server/**/*.test.ts').test('tests/server/x.test.ts')).toBe(false);
    expect(globRegExp('tests/e2e/**/*.test.ts').test('tests/e2e/a.test.tsx')).toBe(false);
  });

  it('puts every test file of the repository in exactly one tier', () => {
    const files = testFiles(ROOT);
    expect(files.length).toBeGreaterThan(50);
    const misplaced = files.map((file) => ({ file, tiers: tierOf(file) })).filter(({ tiers }) => tiers.length !== 1);
    expect(misplaced).toEqual([]);
  });

  it('lands a new module state or policy test in unit by its name', () => {
    expect(tierOf('server/volunteers/task.state.test.ts')).toEqual(['unit']);
    expect(tierOf('server/meetings/meeting.policy.test.ts')).toEqual(['unit']);
    expect(tierOf('common/merge.test.ts')).toEqual(['unit']);
    expect(tierOf('tests/elsewhere/x.test.ts')).toEqual([]);
  });

  it('has every api test close its app: stop() alone leaves the bus polling and the pool open', () => {
    // With workers shared between files (isolate: false), a leaked bus slows every later file.
    // (A browser test may stop its server mid-test to show the connection lost.)
    const leaking = testFiles(ROOT)
      .filter((file) => tierOf(file).includes('api'))
      .filter((file) => /\bapp\??\.stop\(\)/.test(readFileSync(join(ROOT, file), 'utf8')));
    expect(leaking).toEqual([]);
  });

  it('keeps the database out of unit: no unit test imports the test server, the factories or server/app', () => {
    const reaching = testFiles(ROOT)
      .filter((file) => tierOf(file).includes('unit'))
      .filter((file) => /from '[^']*(helpers\/app|factories\/|server\/app\/|\.\.\/app\/)[^']*'|\binject\(/.test(readFileSync(join(ROOT, file), 'utf8')));
    expect(reaching).toEqual([]);
  });
});

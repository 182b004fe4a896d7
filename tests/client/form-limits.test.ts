import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * One limit, one place (issue 10, part 4): a form caps a field with `:maxlength` bound to
 * common/limits.ts's MAX_LENGTH, never with a number typed into the template, which would drift
 * from what the server's input accepts.
 */
const SRC = fileURLToPath(new URL('../../client/src/', import.meta.url));

function vueFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? vueFiles(join(dir, e.name)) : e.name.endsWith('.vue') ? [join(dir, e.name)] : []));
}

/** Each `maxlength` in a template given as a number (bound or not), as `file:line text`. */
export function handTypedLimits(file: string, text: string): string[] {
  return text.split('\n').flatMap((line, i) => {
    const m = /(?::|v-bind:)?maxlength="([^"]*)"/i.exec(line);
    return m && /^\s*\d+\s*$/.test(m[1]!) ? [`${file}:${i + 1} ${line.trim()}`] : [];
  });
}

describe('form limits', () => {
  it('the check sees a typed number, bound or not, and lets a name from the limits through', () => {
    expect(handTypedLimits('a.vue', '<n-input maxlength="11" />')).toHaveLength(1);
    expect(handTypedLimits('a.vue', '<n-input :maxlength="11" />')).toHaveLength(1);
    expect(handTypedLimits('a.vue', '<n-input :maxlength="MAX_LENGTH.account.phone" />')).toEqual([]);
    expect(handTypedLimits('a.vue', '<n-input :maxlength="L.title" />')).toEqual([]);
  });

  it('no form in client/src types a maxlength by hand', () => {
    const files = vueFiles(SRC);
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((f) => handTypedLimits(relative(SRC, f), readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  });
});

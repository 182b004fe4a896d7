import { readFileSync } from 'node:fs';
import { buildSchema, isEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ENUM_VALUES, isOwnersRule, type LabelledEnum } from './enums.js';

/**
 * The three places an enum's values are written agree: the server's (the schema it emits, read
 * from schema/schema.graphql, which the contract test keeps true to the code), common/enums.ts
 * (the order the client shows them in), and the labels of every locale.
 */
const schema = buildSchema(readFileSync(new URL('../schema/schema.graphql', import.meta.url), 'utf8'));

/**
 * A locale's messages, loaded as vitest loads the client (its imports are extensionless, for
 * Vite: not for this tsconfig's NodeNext, so the path is not one tsc follows).
 */
async function messages(locale: string): Promise<{ enums: Record<string, Record<string, unknown>> }> {
  type Messages = { default: { enums: Record<string, Record<string, unknown>> } };
  const load = async (file: string) => ((await import(/* @vite-ignore */ new URL(`../client/src/locales/${file}.ts`, import.meta.url).href)) as Messages).default;
  // The shell's enums and the signed-in pages' (merged by the client once the sign-in form shows).
  const [shell, pages] = await Promise.all([load(locale), load(`${locale}.pages`)]);
  return { enums: { ...shell.enums, ...pages.enums } };
}
const LOCALES = { 'zh-CN': await messages('zh-CN'), en: await messages('en') };
const names = Object.keys(ENUM_VALUES) as LabelledEnum[];

describe('the enums the client labels (common/enums.ts)', () => {
  it.each(names)('%s lists exactly the server enum’s values, each once', (name) => {
    const type = schema.getType(name);
    expect(isEnumType(type), `${name} is an enum of the schema`).toBe(true);
    if (!isEnumType(type)) return;
    const listed: readonly string[] = ENUM_VALUES[name];
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual(type.getValues().map((v) => v.name).sort());
  });

  describe.each(Object.entries(LOCALES))('the %s labels', (_locale, { enums: labels }) => {

    it('are for exactly the enums listed', () => {
      expect(Object.keys(labels).sort()).toEqual([...names].sort());
    });

    it.each(names)('name every value of %s, and nothing else', (name) => {
      const given = labels[name] ?? {};
      expect(Object.keys(given).sort()).toEqual([...ENUM_VALUES[name]].sort());
      for (const value of ENUM_VALUES[name]) {
        const label = given[value];
        expect(typeof label === 'string' && label.trim().length > 0, `${name}.${value} has a label`).toBe(true);
      }
    });
  });
});

describe('the owners’ vote rules', () => {
  it('are the rules whose fractions count floor area (art. 278), and only those', () => {
    expect(ENUM_VALUES.VoteRule.filter(isOwnersRule)).toEqual(['OWNERS_ORDINARY', 'OWNERS_SPECIAL']);
  });
});

import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { buildSchema, findBreakingChanges } from 'graphql';
import { printAppSchema } from '../../server/app/schema.js';

describe('schema/schema.graphql', () => {
  it('is exactly what the code emits (run `npm run schema` after changing the API)', async () => {
    const committed = await readFile(new URL('../../schema/schema.graphql', import.meta.url), 'utf8');
    expect(committed).toBe(await printAppSchema());
  });

  it('breaks nothing of the public contract: every type, field, argument and value is there, as the contract types it', async () => {
    const contract = buildSchema(await readFile(new URL('../../../shared/contract/schema.graphql', import.meta.url), 'utf8'));
    const actual = buildSchema(await printAppSchema());
    // All of the contract is built: any breaking difference (a removed type, field or value
    // included) is a defect. Additions are not breaking and stay allowed.
    expect(findBreakingChanges(contract, actual).map((b) => `${b.type}: ${b.description}`)).toEqual([]);
  });

  it('would see a removal as a break (the check above is not vacuous)', () => {
    const contract = buildSchema('type Query { a: String, b: B } type B { x: String } enum E { X Y } type T { e: E }');
    const fewer = buildSchema('type Query { a: String } enum E { X } type T { e: E }');
    expect(findBreakingChanges(contract, fewer).map((b) => b.description)).toEqual(['B was removed.', 'Query.b was removed.', 'Y was removed from enum type E.']);
  });
});

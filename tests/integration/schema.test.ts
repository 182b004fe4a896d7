import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { buildSchema, findBreakingChanges } from 'graphql';
import { printAppSchema } from '../../server/app/schema.js';

describe('schema/schema.graphql', () => {
  it('is exactly what the code emits (run `npm run schema` after changing the API)', async () => {
    const committed = await readFile(new URL('../../schema/schema.graphql', import.meta.url), 'utf8');
    expect(committed).toBe(await printAppSchema());
  });

  it('keeps every type, field, argument and value of the public contract that the server implements', async () => {
    const contract = buildSchema(await readFile(new URL('../../../shared/contract/schema.graphql', import.meta.url), 'utf8'));
    const actual = buildSchema(await printAppSchema());
    // Breaking differences other than parts still to be built (a removed type or field) are defects.
    const breaks = findBreakingChanges(contract, actual).filter((b) => b.type !== 'TYPE_REMOVED' && b.type !== 'FIELD_REMOVED');
    expect(breaks).toEqual([]);
  });
});

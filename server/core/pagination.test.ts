import { describe, expect, it } from 'vitest';
import { AppError } from './errors.js';
import { DEFAULT_PAGE, MAX_PAGE, decodeCursor, decodeTimeCursor, encodeCursor, encodeTimeCursor, pageSize, toConnection } from './pagination.js';

function refusal(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error instanceof AppError ? { code: error.code, fields: error.extensions.fields } : error;
  }
  return 'no error';
}

describe('page sizes', () => {
  it('default to 20 and take 1 to 100', () => {
    expect(pageSize(undefined)).toBe(DEFAULT_PAGE);
    expect(pageSize(null)).toBe(DEFAULT_PAGE);
    expect(pageSize(1)).toBe(1);
    expect(pageSize(MAX_PAGE)).toBe(100);
  });

  it('refuse 0, 101, fractions and negatives with BAD_USER_INPUT naming `first`', () => {
    for (const first of [0, 101, 2.5, -1]) expect(refusal(() => pageSize(first))).toEqual({ code: 'BAD_USER_INPUT', fields: { first: 'must be between 1 and 100' } });
  });
});

describe('cursors', () => {
  it('round-trip their sort key values', () => {
    expect(decodeCursor(encodeCursor(['2026-12-01T00:00:00.000Z', 7]), 2)).toEqual(['2026-12-01T00:00:00.000Z', 7]);
    const at = new Date('2026-12-01T08:30:00.000Z');
    const id = '0b6f4a8e-1c2d-4e5f-8a9b-0c1d2e3f4a5b';
    expect(decodeTimeCursor(encodeTimeCursor(at, id))).toEqual({ at: at.toISOString(), id });
  });

  it('refuse what they did not make: another arity, not JSON, objects inside, a bad date or id', () => {
    const bad = { code: 'BAD_USER_INPUT', fields: { after: 'is not a valid cursor' } };
    expect(refusal(() => decodeCursor(encodeCursor([1, 2, 3]), 2))).toEqual(bad);
    expect(refusal(() => decodeCursor('not json at all', 1))).toEqual(bad);
    expect(refusal(() => decodeCursor(Buffer.from('[{"a":1}]').toString('base64url'), 1))).toEqual(bad);
    expect(refusal(() => decodeTimeCursor(encodeCursor(['yesterday', '0b6f4a8e-1c2d-4e5f-8a9b-0c1d2e3f4a5b'])))).toEqual(bad);
    expect(refusal(() => decodeTimeCursor(encodeCursor(['2026-12-01T00:00:00.000Z', 'x'])))).toEqual(bad);
    expect(refusal(() => decodeCursor('', 1, 'before'))).toEqual({ code: 'BAD_USER_INPUT', fields: { before: 'is not a valid cursor' } });
  });
});

describe('toConnection', () => {
  const make = (rows: number[], limit: number, hadCursor = false) =>
    toConnection(rows, limit, hadCursor, (n) => `c${n}`, (n) => ({ n }));

  it('uses the extra row only to say that a next page exists', () => {
    const page = make([1, 2, 3], 2);
    expect(page.edges).toEqual([{ cursor: 'c1', node: { n: 1 } }, { cursor: 'c2', node: { n: 2 } }]);
    expect(page.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: 'c1', endCursor: 'c2' });
  });

  it('ends without a next page, and says a previous one exists when a cursor was given', () => {
    expect(make([1, 2], 2, true).pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: 'c1', endCursor: 'c2' });
  });

  it('has null cursors when empty', () => {
    expect(make([], 20).pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null });
  });
});

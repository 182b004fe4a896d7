import { describe, expect, it } from 'vitest';
import { anyOf, keysetAfter, sqlArray, sqlArrayLiteral } from './sql.js';

describe('sqlArrayLiteral', () => {
  it('quotes every element, so commas, braces and spaces stay inside it', () => {
    expect(sqlArrayLiteral(['a', 'b,c', '{d}', ' e '])).toBe('{"a","b,c","{d}"," e "}');
  });

  it('escapes quotes and backslashes', () => {
    expect(sqlArrayLiteral(['say "hi"', 'C:\\dir'])).toBe('{"say \\"hi\\"","C:\\\\dir"}');
  });

  it('writes no elements as the empty array', () => {
    expect(sqlArrayLiteral([])).toBe('{}');
  });
});

describe('sqlArray and anyOf', () => {
  const ids = ['5b0c2a7e-8d0e-4c59-9d4c-0d9b0f1e2a3b', '0e6d2b1a-4f3c-4e5d-8a9b-1c2d3e4f5a6b'];

  it('casts one parameter to uuid[] by default, text[] when asked', () => {
    expect(sqlArray(ids)).toEqual({ sql: '?::uuid[]', params: [`{"${ids[0]}","${ids[1]}"}`] });
    expect(sqlArray(['OPEN'], 'text')).toEqual({ sql: '?::text[]', params: ['{"OPEN"}'] });
  });

  it('compares an expression with any element', () => {
    expect(anyOf('i.assignee_id', ids)).toEqual({ sql: 'i.assignee_id = ANY(?::uuid[])', params: [`{"${ids[0]}","${ids[1]}"}`] });
    expect(anyOf('i.status::text', ['OPEN', 'CLOSED'], 'text')).toEqual({ sql: 'i.status::text = ANY(?::text[])', params: ['{"OPEN","CLOSED"}'] });
  });
});

describe('keysetAfter', () => {
  const columns = { at: 'i.submitted_at', id: 'i.id' };
  const after = { at: '2026-12-07T00:00:00.000Z', id: '5b0c2a7e-8d0e-4c59-9d4c-0d9b0f1e2a3b' };

  it('is nothing on the first page', () => {
    expect(keysetAfter(columns, undefined, 'desc')).toBeNull();
    expect(keysetAfter(columns, null, 'asc')).toBeNull();
  });

  it('continues below the cursor newest first, above it oldest first, the id breaking ties', () => {
    expect(keysetAfter(columns, after, 'desc')).toEqual({ sql: '(i.submitted_at, i.id) < (?::timestamptz, ?::uuid)', params: [after.at, after.id] });
    expect(keysetAfter(columns, after, 'asc')).toEqual({ sql: '(i.submitted_at, i.id) > (?::timestamptz, ?::uuid)', params: [after.at, after.id] });
  });
});

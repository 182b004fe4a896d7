import { describe, expect, it } from 'vitest';
import { AppError } from './errors.js';
import { keyOf, optionalKeyOf, parseGlobalId, toGlobalId } from './ids.js';

const UUID = '0b6f4a8e-1c2d-4e5f-8a9b-0c1d2e3f4a5b';

function codeOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error instanceof AppError ? { code: error.code, fields: error.extensions.fields } : error;
  }
  return 'no error';
}

describe('global IDs', () => {
  it('round-trip a type and a key, with a colon in the key kept', () => {
    expect(parseGlobalId(toGlobalId('Issue', UUID))).toEqual({ type: 'Issue', key: UUID });
    expect(parseGlobalId(toGlobalId('Event', 123n))).toEqual({ type: 'Event', key: '123' });
    expect(parseGlobalId(toGlobalId('A', 'b:c'))).toEqual({ type: 'A', key: 'b:c' });
  });

  it('are URL-safe', () => {
    expect(toGlobalId('社区', '???>>>')).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('read as nothing when malformed: empty, too long, not base64url, or without a type or a key', () => {
    for (const bad of ['', 'a'.repeat(201), 'abc=', 'a+b/', Buffer.from('nocolon').toString('base64url'), Buffer.from(':key').toString('base64url'), Buffer.from('Type:').toString('base64url')]) {
      expect(parseGlobalId(bad)).toBeNull();
    }
    expect(parseGlobalId(42 as unknown as string)).toBeNull();
  });

  it('keyOf gives the key of the expected type, BAD_USER_INPUT naming the field otherwise', () => {
    expect(keyOf(toGlobalId('Issue', UUID), 'Issue', 'issueId')).toBe(UUID);
    expect(codeOf(() => keyOf(toGlobalId('Meeting', UUID), 'Issue', 'issueId'))).toEqual({ code: 'BAD_USER_INPUT', fields: { issueId: 'is not a Issue ID' } });
    expect(codeOf(() => keyOf(toGlobalId('Issue', 'not-a-uuid'), 'Issue', 'issueId'))).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(codeOf(() => keyOf('garbage!', 'Issue', 'issueId'))).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('keyOf takes numeric keys only when told, up to 18 digits', () => {
    expect(keyOf(toGlobalId('Event', '123456789012345678'), 'Event', 'id', true)).toBe('123456789012345678');
    expect(codeOf(() => keyOf(toGlobalId('Event', '1234567890123456789'), 'Event', 'id', true))).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(codeOf(() => keyOf(toGlobalId('Event', UUID), 'Event', 'id', true))).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('optionalKeyOf passes null and undefined through and checks anything else', () => {
    expect(optionalKeyOf(null, 'Issue', 'issueId')).toBeUndefined();
    expect(optionalKeyOf(undefined, 'Issue', 'issueId')).toBeUndefined();
    expect(optionalKeyOf(toGlobalId('Issue', UUID), 'Issue', 'issueId')).toBe(UUID);
    expect(codeOf(() => optionalKeyOf('', 'Issue', 'issueId'))).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});

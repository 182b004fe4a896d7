import { describe, expect, it } from 'vitest';
import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { errorCode, errorFields } from '../../client/src/utils/errors.js';

const graphQL = (...extensions: Record<string, unknown>[]) =>
  new CombinedError({ graphQLErrors: extensions.map((e) => new GraphQLError('x', { extensions: e })) });

describe('errorCode', () => {
  it('reads the first code of the contract among the errors', () => {
    expect(errorCode(graphQL({ code: 'FORBIDDEN' }))).toBe('FORBIDDEN');
    expect(errorCode(graphQL({ code: 'SOMETHING_ELSE' }, { code: 'CONFLICT' }))).toBe('CONFLICT');
  });

  it('is NETWORK when the server could not be reached, UNKNOWN for anything else', () => {
    expect(errorCode(new CombinedError({ networkError: new Error('offline') }))).toBe('NETWORK');
    expect(errorCode(graphQL({ code: 'INTERNAL_SERVER_ERROR' }))).toBe('UNKNOWN');
    expect(errorCode(new Error('plain'))).toBe('UNKNOWN');
    expect(errorCode(undefined)).toBe('UNKNOWN');
  });
});

describe('errorFields', () => {
  it('reads the server’s map of fields, without the `input.` prefix', () => {
    expect(errorFields(graphQL({ code: 'BAD_USER_INPUT', fields: { 'input.phone': 'is not a phone', title: 'is required' } }))).toEqual(['phone', 'title']);
  });

  it('reads lists of names and of { field | path | name } objects, a path as dotted names, once each', () => {
    const error = graphQL({ fields: ['title', { field: 'body' }, { path: ['place', 'name'] }, { name: 'title' }, { other: 1 }, 7] });
    expect(errorFields(error)).toEqual(['title', 'body', 'place.name']);
  });

  it('is empty for errors without fields and for anything not from the API', () => {
    expect(errorFields(graphQL({ code: 'FORBIDDEN' }))).toEqual([]);
    expect(errorFields(new Error('x'))).toEqual([]);
  });
});

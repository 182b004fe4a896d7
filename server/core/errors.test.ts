import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { OptimisticLockError } from '@mikro-orm/core';
import { createLogger, setRootLogger } from './log.js';
import { AppError, badInput, formatError, InvariantError, isDatabaseUnavailable, loggable, must, notFound, toClientError } from './errors.js';

const never = () => {
  throw new Error('logged an error it should have passed through');
};

describe('toClientError', () => {
  it('passes the contract’s errors through, even wrapped by graphql-ws', () => {
    const missing = notFound('Issue');
    expect(toClientError(missing, never)).toBe(missing);
    expect(toClientError(new GraphQLError('wrapped', { originalError: missing }), never)).toBe(missing);
  });

  it('turns class-validator failures into BAD_USER_INPUT naming nested fields without the `input.` prefix', () => {
    const failure = new ArgumentValidationError([
      { property: 'input', children: [{ property: 'title', constraints: { isLength: 'too long' }, children: [] }, { property: 'place', children: [{ property: 'name', constraints: { a: 'x', b: 'y' }, children: [] }] }] },
    ] as never);
    const error = toClientError(failure, never) as AppError;
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.fields).toEqual({ title: 'too long', 'place.name': 'x; y' });
  });

  it('makes a lost optimistic lock a CONFLICT', () => {
    expect((toClientError(OptimisticLockError.lockFailed('x'), never) as AppError).code).toBe('CONFLICT');
  });

  it('hides anything unexpected behind INTERNAL_SERVER_ERROR and hands it to the log', () => {
    const logged: unknown[] = [];
    const boom = new Error('SELECT secret FROM users');
    const error = toClientError(boom, (e) => logged.push(e)) as AppError;
    expect(error.code).toBe('INTERNAL_SERVER_ERROR');
    expect(error.message).toBe('Internal server error');
    expect(logged).toEqual([boom]);
  });
});

describe('must', () => {
  it('returns what is there, falsy values included', () => {
    expect(must(0, 'a count')).toBe(0);
    expect(must('', 'a name')).toBe('');
    expect(must(null, 'a nullable column')).toBeNull();
  });

  it('throws an InvariantError naming what was missing, which the client sees as INTERNAL_SERVER_ERROR', () => {
    const rows: { n: number }[] = [];
    let thrown: unknown;
    try {
      must(rows[0], 'count(*) of issue_follows');
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(InvariantError);
    expect((thrown as InvariantError).message).toBe('count(*) of issue_follows: expected, missing');
    const logged: unknown[] = [];
    expect(toClientError(thrown, (err) => logged.push(err)).extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(logged).toEqual([thrown]);
  });
});

describe('isDatabaseUnavailable', () => {
  const withCode = (code: string) => Object.assign(new Error('x'), { code });

  it('knows refused and reset connections, PostgreSQL shutting down and class 08 SQLSTATEs, through `cause`', () => {
    expect(isDatabaseUnavailable(withCode('ECONNREFUSED'))).toBe(true);
    expect(isDatabaseUnavailable(withCode('57P01'))).toBe(true);
    expect(isDatabaseUnavailable(withCode('08006'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('outer', { cause: withCode('ECONNRESET') }))).toBe(true);
  });

  it('does not take a query’s own failure or a non-error for an outage', () => {
    expect(isDatabaseUnavailable(withCode('42P01'))).toBe(false);
    expect(isDatabaseUnavailable(new Error('boom'))).toBe(false);
    expect(isDatabaseUnavailable('ECONNREFUSED')).toBe(false);
  });
});

describe('loggable', () => {
  it('keeps a plain error’s message and frames', () => {
    const text = loggable(new TypeError('x is undefined'));
    expect(text).toMatch(/^TypeError: x is undefined\n\s+at /);
  });

  it('withholds a database error’s message (the statement and its parameters) but keeps its SQLSTATE', () => {
    const error = Object.assign(new Error("insert into users (phone) values ('13800000000')"), { code: '23505', routine: '_bt_check_unique' });
    const text = loggable(error);
    expect(text).toContain('(23505 _bt_check_unique): database error, statement and parameters withheld');
    expect(text).not.toContain('13800000000');
  });

  it('says what was thrown when it is not an error', () => {
    expect(loggable('text')).toBe('non-error thrown: string');
  });
});

describe('formatError', () => {
  it('keeps a validation error of graphql-js as it is', () => {
    expect(formatError({ message: 'Cannot query field "x"', locations: [{ line: 1, column: 3 }], extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, new GraphQLError('x'))).toEqual({
      message: 'Cannot query field "x"',
      locations: [{ line: 1, column: 3 }],
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it('gives a resolver’s error its code and path, and drops the HTTP status Apollo uses', () => {
    const error = badInput({ title: 'is required' });
    error.extensions.http = { status: 400 };
    expect(formatError({ message: error.message, path: ['createIssue'], extensions: { code: 'BAD_USER_INPUT', stacktrace: ['at x'] } }, error)).toEqual({
      message: error.message,
      locations: undefined,
      path: ['createIssue'],
      extensions: { code: 'BAD_USER_INPUT', fields: { title: 'is required' } },
    });
  });

  it('leaks no stack and no SQL of an unexpected error, which goes to the log', () => {
    const lines: string[] = [];
    setRootLogger(createLogger('info', { write: (l: string) => void lines.push(l) }));
    try {
      const formatted = formatError({ message: 'relation "users" does not exist', path: ['me'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at pg'] } }, new Error('relation "users" does not exist'));
      expect(formatted).toEqual({ message: 'Internal server error', locations: undefined, path: ['me'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      expect(lines).toHaveLength(1);
      const line = JSON.parse(lines[0]!) as { level: string; msg: string; error: string };
      expect([line.level, line.msg]).toEqual(['error', 'unexpected error']);
      expect(line.error).toContain('Error: relation "users" does not exist');
    } finally {
      setRootLogger(createLogger('info'));
    }
  });
});

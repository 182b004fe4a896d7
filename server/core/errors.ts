import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { ConnectionException, DriverException, ForeignKeyConstraintViolationException, OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { ApolloServerPlugin, GraphQLResponse } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { currentLog } from './log.js';

/** The error codes of the public contract (`extensions.code`). */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'INVALID_TRANSITION'
  | 'RATE_LIMITED'
  /** A cap on live resources (operations on one WebSocket): finish or cancel some first. */
  | 'LIMIT_EXCEEDED'
  /** The database cannot be reached: retry later (HTTP 503). */
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

/** An error meant for the client: its message and code are safe to show. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
  get code(): ErrorCode {
    return this.extensions.code as ErrorCode;
  }
}

export const unauthenticated = (message = 'Sign in first') => new AppError('UNAUTHENTICATED', message);
export const forbidden = (message = 'You may not do this') => new AppError('FORBIDDEN', message);
export const notFound = (what = 'Object') => new AppError('NOT_FOUND', `${what} not found`);
/** `fields` maps each offending input field (dotted path) to what is wrong with it. */
export const badInput = (fields: Record<string, string>, message?: string) =>
  new AppError('BAD_USER_INPUT', message ?? `Invalid input: ${Object.entries(fields).map(([k, v]) => `${k} ${v}`).join('; ')}`, { fields });
export const conflict = (message: string, extensions: Record<string, unknown> = {}) =>
  new AppError('CONFLICT', message, extensions);
export const invalidTransition = (from: string, action: string) =>
  new AppError('INVALID_TRANSITION', `Cannot ${action} from ${from}`, { from, action });
export const limitExceeded = (message: string, extensions: Record<string, unknown> = {}) => new AppError('LIMIT_EXCEEDED', message, extensions);
export const rateLimited = (retryAfterSeconds: number) =>
  new AppError('RATE_LIMITED', `Too many attempts; retry in ${retryAfterSeconds} s`, { retryAfterSeconds });

/** Turns class-validator failures into the contract's BAD_USER_INPUT with `fields`. */
function fromValidation(err: ArgumentValidationError): AppError {
  const fields: Record<string, string> = {};
  const walk = (errors: ArgumentValidationError['extensions']['validationErrors'], prefix: string) => {
    for (const e of errors) {
      const path = prefix ? `${prefix}.${e.property}` : e.property;
      if (e.constraints) fields[path] = Object.values(e.constraints).join('; ');
      if (e.children?.length) walk(e.children, path);
    }
  };
  walk(err.extensions.validationErrors, '');
  // type-graphql validates the `input` argument as a whole: drop that leading segment.
  const named = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k.replace(/^input\./, ''), v]));
  return badInput(named);
}

/**
 * What the log may say of an error: its class, its code and where it was thrown, never its
 * message when it comes from the database. A driver error's message is the SQL statement with the
 * user's data in it (MikroORM prefixes the statement with its parameters written in), so only
 * PostgreSQL's SQLSTATE and routine are kept. Other errors keep their message.
 */
export function loggable(err: unknown): string {
  if (!(err instanceof Error)) return `non-error thrown: ${typeof err}`;
  const e = err as Error & { code?: unknown; sqlState?: unknown; routine?: unknown };
  const frames = (e.stack ?? '').split('\n').filter((l) => /^\s+at /.test(l)).join('\n');
  const fromDatabase = err instanceof DriverException || typeof e.routine === 'string' || typeof e.sqlState === 'string';
  if (!fromDatabase) return `${e.name}: ${e.message}\n${frames}`;
  const code = [e.code, e.routine].filter((x) => typeof x === 'string').join(' ');
  return `${e.name}${code ? ` (${code})` : ''}: database error, statement and parameters withheld\n${frames}`;
}

/**
 * The server's log of an unexpected error: one JSON line at level `error` with `loggable` as
 * `error`, on the logger of the request or socket message being served (its `requestId`), else
 * the process's (core/log.ts).
 */
export const logError = (context: string, err: unknown) => currentLog().error({ error: loggable(err) }, context);

/**
 * A broken invariant of the server's own code (a row a statement always returns, an index proven
 * in range): not the client's fault, so toClientError logs it and answers INTERNAL_SERVER_ERROR.
 */
export class InvariantError extends Error {
  override readonly name = 'InvariantError';
  readonly code = 'INVARIANT_VIOLATED';
}

/** `value`, which the code above guarantees (`what` says what it is): InvariantError if it is missing. */
export function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new InvariantError(`${what}: expected, missing`);
  return value;
}

/** Network errors reaching PostgreSQL, and its SQLSTATEs for a server that is going or gone. */
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', '57P01', '57P02', '57P03', '53300']);
/** What pg and knex say when a connection dies or none can be had, without a code. */
const UNREACHABLE_MESSAGES = /Connection terminated|connection error and is not queryable|Timeout acquiring a connection/;

/**
 * The database cannot be reached (refused, reset, shutting down, out of connections, no pooled
 * connection in time): not the request's fault nor a bug, and worth retrying. Follows `cause`.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (e instanceof ConnectionException) return true;
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (UNREACHABLE_CODES.has(code) || /^08...$/.test(code))) return true;
    if (UNREACHABLE_MESSAGES.test(e.message)) return true;
  }
  return false;
}

/** `http` is Apollo's: the status of a response that fails before execution (formatError drops it). */
export const serviceUnavailable = () =>
  new AppError('SERVICE_UNAVAILABLE', 'The service is briefly unavailable; try again shortly', { http: { status: 503 } });

/**
 * The database refused a write for a foreign key: 23503 (foreign_key_violation, which MikroORM
 * converts) or 23001 (restrict_violation: PostgreSQL 18 reports an `on delete restrict` key so,
 * and MikroORM leaves it a plain DriverException).
 */
export function isReferenceViolation(err: unknown): boolean {
  return err instanceof ForeignKeyConstraintViolationException || (err instanceof DriverException && err.code === '23001');
}

/**
 * Maps anything a resolver threw to a client-safe error. Known errors keep their code; an
 * unexpected one becomes INTERNAL_SERVER_ERROR with a generic message (no stack, no SQL) and is logged.
 */
export function toClientError(error: unknown, log: (err: unknown) => void = (err) => logError('unexpected error', err)): GraphQLError {
  let original = unwrapResolverError(error);
  // graphql-ws wraps what a subscription's stream throws (say, UNAUTHENTICATED once the session
  // ended) in a GraphQLError without a path: an AppError inside keeps its code.
  if (original instanceof GraphQLError && original.originalError instanceof AppError) original = original.originalError;
  if (original instanceof AppError) return original;
  if (original instanceof ArgumentValidationError) return fromValidation(original);
  if (original instanceof OptimisticLockError) return conflict('Someone changed this first; reload and try again');
  if (original instanceof UniqueConstraintViolationException) return conflict('This already exists');
  // What a write referred to was deleted meanwhile (a flat, a building), or is still referred to.
  if (isReferenceViolation(original)) return conflict('Something this refers to was changed meanwhile; reload and try again');
  if (original instanceof GraphQLError && !original.originalError) return original;
  if (isDatabaseUnavailable(original)) {
    logError('database unavailable', original);
    return serviceUnavailable();
  }
  log(original);
  return new AppError('INTERNAL_SERVER_ERROR', 'Internal server error');
}

/** Apollo's and graphql-ws's `formatError`: codes pass, internals never leak. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  // Parse and validation errors made by graphql-js itself are safe as they are.
  // So are variable coercion errors (a bad enum value, a missing field), which Apollo codes
  // BAD_USER_INPUT and which, unlike resolver errors, have no path.
  const fromGraphQL = !formatted.path;
  // OPERATION_RESOLUTION_FAILURE: `operationName` names no operation of the document (HTTP 400).
  const beforeExecution = ['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE'];
  if ((typeof code === 'string' && beforeExecution.includes(code)) || (code === 'BAD_USER_INPUT' && fromGraphQL)) {
    // A refusal before execution (app/input-text.ts) names its fields as resolver errors do.
    const fields = formatted.extensions?.fields;
    return { message: formatted.message, locations: formatted.locations, extensions: fields ? { code, fields } : { code } };
  }
  const clean = toClientError(error);
  const { http: _http, ...extensions } = clean.extensions;
  return {
    message: clean.message,
    locations: formatted.locations,
    path: formatted.path,
    extensions,
  };
}

/**
 * The HTTP status of a response whose errors all say the service is unavailable: 503, so that a
 * balancer or a client retries, where Apollo would answer 200.
 */
export function errorStatusPlugin<T extends object>(): ApolloServerPlugin<T> {
  // Apollo's hooks return promises; these do no I/O, so they return settled ones.
  return {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse({ response }) {
          setErrorStatus(response);
          return Promise.resolve();
        },
      });
    },
  };
}

/** errorStatusPlugin's step, for a plugin that does it among others (server/app/http.ts). */
export function setErrorStatus(response: GraphQLResponse): void {
  if (response.body.kind !== 'single') return;
  const errors = response.body.singleResult.errors;
  if (errors?.length && errors.every((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE')) response.http.status = 503;
}

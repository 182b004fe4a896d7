import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import pino, { type DestinationStream, type Logger } from 'pino';
import type { Config } from './config.js';

export type { Logger };

/**
 * Paths pino replaces with `[Redacted]` in every line, whatever the code logs: credentials and
 * phone numbers, at the top of the line and one or two objects down (`{ input: { password } }`,
 * `{ req: { headers: { authorization } } }`), and GraphQL variables wholesale. The request line
 * itself never carries headers, bodies or query strings (app/observability.ts serializes only the
 * method and path); this list is what stops a careless `log.info({ input })` elsewhere.
 */
export const REDACT_PATHS: readonly string[] = [
  ...['password', 'newPassword', 'currentPassword', 'token', 'accessToken', 'authorization', 'cookie', 'phone', 'variables'].flatMap((k) => [k, `*.${k}`, `*.*.${k}`]),
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-metrics-token"]',
  'res.headers["set-cookie"]',
  'connectionParams',
  '*.connectionParams',
];

/**
 * The process's JSON logger at `level` (LOG_LEVEL), one line per call on stdout (or `destination`,
 * which tests capture). Levels by name, ISO times, the host's name (which instance wrote it).
 */
export function createLogger(level: Config['LOG_LEVEL'], destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      redact: { paths: [...REDACT_PATHS] },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination ?? pino.destination({ dest: 1, sync: true }),
  );
}

/** What one HTTP request or one WebSocket message runs under: its id, its logger, what it turned out to be. */
export interface RequestScope {
  /** The request's id (X-Request-Id), or the socket's. */
  readonly id: string;
  /** A child logger: every line it writes carries `requestId` (or `socketId`). */
  readonly log: Logger;
  /** The GraphQL operation's name once resolved (`_anonymous` without one). */
  operation?: string;
  /** `ok`, or the code of the response's first error. */
  outcome?: string;
  /** The signed-in person, when there is one. */
  viewerId?: string | null;
}

const scopes = new AsyncLocalStorage<RequestScope>();

let root: Logger | null = null;

/** The logger of lines written outside any request (start-up, live streams, jobs): set once by main.ts. */
export function setRootLogger(logger: Logger): void {
  root = logger;
}

/** Before main.ts sets one (tests, scripts): info and up, on stdout, as console.error was. */
function rootLogger(): Logger {
  return (root ??= createLogger('info'));
}

/** The logger of the request or socket message being served, else the process's. */
export function currentLog(): Logger {
  return scopes.getStore()?.log ?? rootLogger();
}

/** The scope of the request or socket message being served, if any. */
export function currentScope(): RequestScope | undefined {
  return scopes.getStore();
}

/** Runs `fn` (and everything it starts) under `scope`: `currentLog()` is its logger. */
export function inScope<T>(scope: RequestScope, fn: () => T): T {
  return scopes.run(scope, fn);
}

/** A request id from a client or proxy is kept when it is short and plain; anything else is replaced. */
const SANE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The incoming X-Request-Id when it is sane, else a new UUID. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value !== undefined && SANE_ID.test(value) ? value : randomUUID();
}

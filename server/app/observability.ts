import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { Request, RequestHandler } from 'express';
import { pinoHttp } from 'pino-http';
import type { Services } from '../core/context.js';
import { inScope, requestIdFrom, type RequestScope } from '../core/log.js';
import { bearerMatches } from '../core/metrics.js';

/** Probes and scrapes: they get a request id but no line of their own (a balancer asks every few seconds). */
const QUIET = new Set(['/healthz', '/readyz', '/metrics']);

/** The request's path as it arrived (Express rewrites `req.url` inside a mount and for the client's page), without its query string. */
const pathOf = (req: IncomingMessage) => ((req as Partial<Request>).originalUrl ?? req.url ?? '').split('?')[0]!;

/** The outcome of a GraphQL request that Apollo never answered (a body too large or not JSON, the database away as it began). */
function outcomeOfStatus(status: number): string {
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status === 503) return 'SERVICE_UNAVAILABLE';
  if (status >= 500) return 'INTERNAL_SERVER_ERROR';
  if (status >= 400) return 'BAD_REQUEST';
  return 'ok';
}

/**
 * First on every HTTP request: its id (X-Request-Id as received when sane, else a new UUID, and
 * sent back in the response's X-Request-Id), a scope (core/log.ts) whose logger writes that id on
 * every line the request causes, and, when it ends, pino-http's one line: method, path, status,
 * `durationMs`, and for GraphQL the operation, the outcome and the viewer's id, which the request
 * plugin (http.ts) puts in the scope. No header, body or query string is ever logged. GraphQL
 * requests are also counted and timed in the metrics by operation and outcome.
 */
export function requestObserver(services: Services): RequestHandler {
  const { log, metrics } = services;
  const scopes = new WeakMap<IncomingMessage, RequestScope>();
  const fields = (req: IncomingMessage) => {
    const s = scopes.get(req);
    // An operation without a name is `_anonymous`, as in the metrics.
    return s ? { operation: s.operation === '' ? '_anonymous' : s.operation, outcome: s.outcome, viewerId: s.viewerId ?? undefined } : {};
  };
  const http = pinoHttp({
    logger: log,
    quietReqLogger: true,
    wrapSerializers: false,
    customAttributeKeys: { reqId: 'requestId', responseTime: 'durationMs' },
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const id = requestIdFrom(req.headers['x-request-id']);
      res.setHeader('X-Request-Id', id);
      return id;
    },
    serializers: {
      req: (req: IncomingMessage) => ({ method: req.method, path: pathOf(req) }),
      res: (res: ServerResponse) => ({ status: res.statusCode }),
    },
    autoLogging: { ignore: (req: IncomingMessage) => QUIET.has(pathOf(req)) },
    customLogLevel: (_req: IncomingMessage, res: ServerResponse, err?: Error) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
    customSuccessMessage: (req: IncomingMessage, res: ServerResponse) => (res.writableEnded ? 'request completed' : 'request aborted'),
    customErrorMessage: () => 'request failed',
    customSuccessObject: (req: IncomingMessage, _res: ServerResponse, value: Record<string, unknown>) => ({ ...value, ...fields(req) }),
    // pino-http makes up an Error for a 5xx without one: its stack says nothing, the status says it all.
    customErrorObject: (req: IncomingMessage, res: ServerResponse, _err: Error, { err: _e, ...value }: Record<string, unknown>) => ({ ...value, ...fields(req) }),
  });
  // LOG_LEVEL=silent: no line to write, so no pino-http (its child loggers cost a request some microseconds).
  const logging = log.isLevelEnabled('error');

  return (req, res, next) => {
    const graphql = req.path === '/graphql' || req.path.startsWith('/graphql/');
    const start = graphql ? performance.now() : 0;
    const begin = () => {
      const id = logging ? (req.id as string) : requestIdFrom(req.headers['x-request-id']);
      if (!logging) res.setHeader('X-Request-Id', id);
      const scope: RequestScope = { id, log: logging ? req.log : log };
      scopes.set(req, scope);
      if (graphql) {
        res.once('close', () => {
          const labels = { operation: scope.operation === undefined ? '_unresolved' : metrics.operationLabel(scope.operation), outcome: scope.outcome ?? outcomeOfStatus(res.statusCode) };
          metrics.requests.inc(labels);
          metrics.requestSeconds.observe(labels, (performance.now() - start) / 1000);
        });
      }
      inScope(scope, next);
    };
    if (logging) http(req, res, begin);
    else begin();
  };
}

/**
 * `/metrics` in Prometheus's text format, for a scraper that sends `Authorization: Bearer
 * <METRICS_TOKEN>` (compared in constant time); 401 for any other. Without METRICS_TOKEN it does
 * not exist: 404, as for any unknown path.
 */
export function metricsRoute(services: Services): RequestHandler {
  return (req, res, next) => {
    const token = services.config.METRICS_TOKEN;
    if (!token) return void res.status(404).type('text/plain').send('Not found');
    if (!bearerMatches(req.headers.authorization, token)) {
      return void res.status(401).set('WWW-Authenticate', 'Bearer realm="metrics"').type('text/plain').send('Unauthorized');
    }
    services.metrics.text().then(
      (text) => void res.set('Cache-Control', 'no-store').type(services.metrics.contentType).send(text),
      next,
    );
  };
}

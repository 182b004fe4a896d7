import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import express, { type ErrorRequestHandler, type Express, type Request, type Response } from 'express';
import { ApolloServer, type ApolloServerPlugin, type GraphQLRequest, type GraphQLRequestListener } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { parse as parseCookies } from 'cookie';
import type { DocumentNode, GraphQLError, GraphQLSchema } from 'graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Context, type Services } from '../core/context.js';
import { formatError, isDatabaseUnavailable, serviceUnavailable, setErrorStatus } from '../core/errors.js';
import { resolveRequestSession, resolveSession, tokenFrom, User } from '../accounts/index.js';
import { filesRouter } from '../attachments/index.js';
import { costError, LIMITS, operationCost, PARSE_OPTIONS, type Protection } from './limits.js';
import { unsafeTextError } from './input-text.js';
import { securityHeaders, serveClient } from './web.js';
import { compiledGateway } from './executor.js';
import { mountExports } from './exports/http.js';
import { exportSpecs } from './exports/workbooks.js';
import { currentScope } from '../core/log.js';
import { metricsRoute, requestObserver } from './observability.js';

/**
 * Where the built client is: from the sources (server/app/) it is ../../dist/client; from the
 * build (dist/server/app/) it is ../../client, i.e. dist/client. Never the client's sources.
 */
function clientDir(): string | null {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const built = here.includes('/dist/server/');
  const dir = join(here, built ? '../../client' : '../../dist/client');
  return existsSync(join(dir, 'index.html')) ? dir : null;
}

/**
 * What every HTTP request passes through, as one Apollo plugin with one listener made once (each
 * plugin costs Apollo a listener per request, awaited at each of its steps):
 * - the cost limit (limits.ts's costLimitPlugin) and the text check of every string input
 *   (input-text.ts's inputTextPlugin), in that order, remembering the documents that passed both
 *   without variables: their answer depends on the document alone, and Apollo's document cache
 *   hands back the same DocumentNode for the same query text, so a repeated `{ me { id name } }`
 *   is not walked again. With variables both run every time;
 * - errorStatusPlugin's 503 when every error says the database is unavailable;
 * - what the request's log line and metrics say of it (observability.ts): the operation's name,
 *   the outcome (`ok` or the first error's code) and the viewer, in the request's scope.
 */
function requestPlugin(schema: GraphQLSchema): ApolloServerPlugin<Context> {
  const passed = new WeakMap<DocumentNode, Set<string>>();
  /** What refuses the operation (over the cost limit, unsafe text), or null; a constant one that passed is remembered. */
  const refusal = (request: GraphQLRequest, document: DocumentNode): GraphQLError | null => {
    const constant = !request.variables || Object.keys(request.variables).length === 0;
    const name = request.operationName ?? '';
    if (constant && passed.get(document)?.has(name)) return null;
    const cost = operationCost(schema, document, request.variables, request.operationName);
    if (cost !== null && cost > LIMITS.maxCost) return costError(cost);
    const unsafe = unsafeTextError(document, request.variables);
    if (unsafe) return unsafe;
    if (constant) {
      let names = passed.get(document);
      if (!names) passed.set(document, (names = new Set()));
      names.add(name);
    }
    return null;
  };
  // Apollo's hooks return promises; these do no I/O, so they return settled ones.
  const listener: GraphQLRequestListener<Context> = {
    didResolveOperation({ request, document, operation }) {
      const scope = currentScope();
      if (scope) scope.operation = operation?.name?.value ?? '';
      const error = refusal(request, document);
      return error ? Promise.reject(error) : Promise.resolve();
    },
    willSendResponse({ response, contextValue }) {
      setErrorStatus(response);
      const scope = currentScope();
      if (scope) {
        const code = response.body.kind === 'single' ? response.body.singleResult.errors?.[0]?.extensions?.code : undefined;
        scope.outcome = code === undefined ? 'ok' : typeof code === 'string' ? code : 'error';
        scope.viewerId = (contextValue as Context | undefined)?.userId ?? null;
      }
      return Promise.resolve();
    },
  };
  return { requestDidStart: () => Promise.resolve(listener) };
}

/** The HTTP status express and body-parser put on their errors (`status`: 400, 413), else 500. */
const statusOf = (err: unknown): number => (typeof err === 'object' && err !== null && 'status' in err && typeof err.status === 'number' ? err.status : 500);

export interface HttpApp {
  app: Express;
  apollo: ApolloServer<Context>;
  /** False once shutdown began: /readyz then answers 503 so a balancer stops sending. */
  setReady(ready: boolean): void;
}

export async function createHttpApp(services: Services, schema: GraphQLSchema, protection: Protection, plugins: ApolloServerPlugin<Context>[]): Promise<HttpApp> {
  const production = services.config.NODE_ENV === 'production';
  const apollo = new ApolloServer<Context>({
    // The schema, with queries executed compiled (graphql-jit) and the rest by graphql-js: executor.ts.
    gateway: compiledGateway(schema),
    introspection: !production,
    csrfPrevention: true,
    // The process owns SIGINT/SIGTERM (server/main.ts drains, then stops the database): Apollo's
    // own handlers (outside NODE_ENV=test) would stop it concurrently and deadlock our drain.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    validationRules: protection.validationRules,
    parseOptions: PARSE_OPTIONS,
    // graphql-armor is typed against the CommonJS build of @apollo/server: the same plugin, another declaration.
    plugins: [...(protection.plugins as unknown as ApolloServerPlugin<Context>[]), requestPlugin(schema), ApolloServerPluginLandingPageDisabled(),
      // No type or field has a cache hint: Apollo's cache-control plugin only cost a hook on every
      // field, and answered `Cache-Control: no-store`, which the route below now sets itself.
      ApolloServerPluginCacheControlDisabled(), ...plugins],
    formatError,
  });
  await apollo.start();

  let ready = true;
  const app = express();
  app.disable('x-powered-by');
  // No ETag on what `res.send` answers (the API's JSON): Express hashed every response body
  // (SHA-1 of a list's 20–40 kB) for a validator no client sends back, since /graphql answers
  // `Cache-Control: no-store`. The client's files keep theirs (express-static-gzip's own).
  app.set('etag', false);
  app.set('trust proxy', services.config.TRUST_PROXY);
  // The request's id, its logger and its line, and the GraphQL metrics (observability.ts).
  app.use(requestObserver(services));
  if (production) app.use(securityHeaders());

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const dbOk = await services.orm.em.getConnection().execute('SELECT 1').then(() => true, () => false);
    // `bus`: wake-ups waiting on the transport, and those dropped or failed (a Redis outage).
    res.status(ready && dbOk ? 200 : 503).json({ status: ready && dbOk ? 'ready' : 'unavailable', database: dbOk, draining: !ready, bus: services.bus.stats() });
  });

  // Prometheus's scrape, with METRICS_TOKEN only (404 without, so the client's page is not served there either).
  app.get('/metrics', metricsRoute(services));

  /** The Context of an HTTP request: its session (Bearer header or cookie), checked anew each time. */
  const contextOf = async (req: Request, res: Response): Promise<Context> => {
    const token = tokenFrom(req.headers.authorization, parseCookies(req.headers.cookie ?? ''));
    // One statement: the session (checked on every request, so a revoked token is refused at
    // once), the person's row (put in the request's identity map: `me` reads nothing more)
    // and their rights. It runs on the root EntityManager: a raw read needs no fork.
    const root = services.orm.em as EntityManager;
    const unavailable = (err: unknown) => {
      // Apollo answers a failed context 500 with its message: the database's absence is a 503.
      throw isDatabaseUnavailable(err) ? serviceUnavailable() : err;
    };
    const found = token
      ? await resolveRequestSession(root, token).catch(async (err: unknown) => {
          if (isDatabaseUnavailable(err)) return unavailable(err);
          // Reading the rights failed (a table of theirs): the fields that need them fail, with
          // their path, and the rest of the request runs. The session alone decides sign-in.
          const session = await resolveSession(root, token).catch(unavailable);
          return session && { session, userRow: null, access: undefined };
        })
      : null;
    // The address (through `trust proxy`: parsing X-Forwarded-For) only when asked: the rate limits of sign-in.
    const transport = {
      get ip() {
        return req.ip ?? 'unknown';
      },
      res,
    };
    if (!found) return new Context(services, null, transport);
    const { userRow } = found;
    return new Context(services, found.session, transport, { access: found.access, userRow: userRow ?? undefined, prime: userRow ? (em) => void em.map(User, userRow) : undefined });
  };

  // Photos and files (server/attachments): uploads over plain multipart HTTP, served by the item's policy.
  app.use('/files', filesRouter(services, contextOf));

  app.use(
    '/graphql',
    (_req, res, next) => {
      res.setHeader('Cache-Control', 'no-store'); // answers name people: no cache keeps them
      next();
    },
    express.json({ limit: services.config.MAX_REQUEST_BYTES }),
    expressMiddleware(apollo, {
      context: ({ req, res }) => contextOf(req, res),
    }),
  );

  // Excel exports (server/app/exports): GET, signed in like /graphql (contextOf), read through the same schema.
  mountExports(app, schema, exportSpecs(), contextOf);

  const dir = clientDir();
  // The client routes in the browser: every other GET gets its page.
  if (dir) serveClient(app, dir);

  const onError: ErrorRequestHandler = (err, _req, res, next) => {
    if (res.headersSent) return next(err);
    const status = statusOf(err);
    const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
    const message = status === 413 ? 'Request too large' : status < 500 ? 'Bad request' : 'Internal server error';
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  };
  app.use(onError);

  return { app, apollo, setReady: (r) => void (ready = r) };
}

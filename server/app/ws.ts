import type { Server } from 'node:http';
import { getOperationAST, GraphQLError, Kind, NoSchemaIntrospectionCustomRule, specifiedRules, validate, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import { CloseCode } from 'graphql-ws';
import { parse as parseCookies } from 'cookie';
import { Context, type Services, type SessionInfo } from '../core/context.js';
import { formatError, isDatabaseUnavailable, limitExceeded } from '../core/errors.js';
import { resolveSession, sessionIsLive, tokenFrom } from '../accounts/session.service.js';
import { costError, hideSuggestions, LIMITS, operationCost, parseWithLimits, type Protection } from './limits.js';
import { unsafeTextError } from './input-text.js';

/** Close code asking clients to reconnect (to this or another instance): the server is restarting. */
export const SERVICE_RESTART = 1012;
/** Close code when the database cannot be reached as the socket connects (RFC 6455 "Try Again Later"). */
export const TRY_AGAIN_LATER = 1013;
/** Close code when a session already holds `WS_MAX_SOCKETS_PER_SESSION` sockets on this instance. */
export const TOO_MANY_SOCKETS = 4429;
const SESSION_RECHECK_MS = 60_000;

interface SocketState {
  session?: SessionInfo;
  cleanup?: () => void;
}

/**
 * A page of another site may open a WebSocket to us, and the browser sends our session cookie
 * with it (cross-site WebSocket hijacking): a socket the cookie authenticates must come from our
 * own origin (the Host it asked for) or one listed in WS_ALLOWED_ORIGINS. A Bearer token in
 * connectionParams is not sent by the browser on its own, and needs no check. Browsers always
 * send Origin; a client without one is not a browser acting for someone else.
 */
export function cookieOriginAllowed(origin: string | undefined, host: string | undefined, allowed: readonly string[]): boolean {
  if (origin === undefined) return true;
  if (allowed.includes(origin)) return true;
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * graphql-ws on the HTTP server's `/graphql`. The socket authenticates once in `connectionParams`
 * (`authorization: "Bearer …"` or `token`, else the session cookie); without a live session it is
 * closed with 4403, and so it is the moment its session ends on any instance. Every operation is
 * held to the same limits as HTTP, and gets its own Context.
 */
export function attachWebSocket(httpServer: Server, services: Services, schema: GraphQLSchema, protection: Protection) {
  const wss = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: services.config.MAX_REQUEST_BYTES });
  const production = services.config.NODE_ENV === 'production';
  // As Apollo does on HTTP: no introspection in production.
  const rules = [...specifiedRules, ...protection.validationRules, ...(production ? [NoSchemaIntrospectionCustomRule] : [])];
  const states = new WeakMap<object, SocketState>();
  /** The open sockets of each session on this instance. */
  const socketsOf = new Map<string, Set<object>>();
  const stateOf = (extra: object) => {
    let s = states.get(extra);
    if (!s) states.set(extra, (s = {}));
    return s;
  };

  /** A request error with the code Apollo gives it on HTTP (and, in production, without suggestions). */
  const coded = (e: GraphQLError, code: string) =>
    new GraphQLError(production ? hideSuggestions(e.message) : e.message, {
      nodes: e.nodes,
      source: e.source,
      positions: e.positions,
      extensions: { ...e.extensions, code },
    });
  // A variable that does not fit its type: graphql-js gives no code, Apollo BAD_USER_INPUT.
  const isVariableError = (e: GraphQLError) => !e.extensions.code && e.nodes?.length === 1 && e.nodes[0]!.kind === Kind.VARIABLE_DEFINITION;
  const format = (errors: readonly GraphQLError[]) =>
    errors.map((e) => (isVariableError(e) ? coded(e, 'BAD_USER_INPUT') : e)).map((e) => formatError(e.toJSON(), e));

  const disposable = useServer(
    {
      schema,
      // An error thrown while handling a message closes the socket with 4500: its message (SQL, say)
      // is logged, never put in the close reason, whatever NODE_ENV says.
      isProd: true,
      connectionInitWaitTimeout: 5_000,
      onConnect: async (ctx) => {
        const params = (ctx.connectionParams ?? {}) as Record<string, unknown>;
        const header =
          typeof params.authorization === 'string' ? params.authorization
          : typeof params.Authorization === 'string' ? params.Authorization
          : typeof params.token === 'string' ? `Bearer ${params.token}`
          : undefined;
        const request = ctx.extra.request;
        const socket = ctx.extra.socket;
        if (!header && !cookieOriginAllowed(request.headers.origin, request.headers.host, services.config.WS_ALLOWED_ORIGINS)) {
          socket.close(CloseCode.Forbidden, 'Origin not allowed to use the session cookie');
          return false;
        }
        const token = tokenFrom(header, parseCookies(request.headers.cookie ?? ''));
        let session;
        try {
          session = token ? await resolveSession(services.orm.em.fork(), token) : null;
        } catch (err) {
          if (!isDatabaseUnavailable(err)) throw err;
          socket.close(TRY_AGAIN_LATER, 'Service unavailable; try again shortly');
          return false;
        }
        if (!session) return false; // graphql-ws closes with 4403 Forbidden
        const open = socketsOf.get(session.sessionId) ?? new Set<object>();
        if (open.size >= services.config.WS_MAX_SOCKETS_PER_SESSION) {
          socket.close(TOO_MANY_SOCKETS, `Too many connections for this session (at most ${services.config.WS_MAX_SOCKETS_PER_SESSION})`);
          return false;
        }
        open.add(socket);
        socketsOf.set(session.sessionId, open);
        const release = () => {
          open.delete(socket);
          if (!open.size && socketsOf.get(session.sessionId) === open) socketsOf.delete(session.sessionId);
        };
        const stopListening = services.bus.listen(`session:${session.sessionId}`, () => socket.close(CloseCode.Forbidden, 'Session ended'));
        const recheck = setInterval(async () => {
          const live = await sessionIsLive(services.orm.em.fork(), session.sessionId).catch(() => true);
          if (!live) socket.close(CloseCode.Forbidden, 'Session ended');
        }, SESSION_RECHECK_MS);
        recheck.unref();
        Object.assign(stateOf(ctx.extra), { session, cleanup: () => (stopListening(), clearInterval(recheck), release()) });
        return true;
      },
      onSubscribe: (ctx, _id, payload) => {
        // graphql-ws has already entered this operation in ctx.subscriptions.
        if (Object.keys(ctx.subscriptions).length > services.config.WS_MAX_OPERATIONS) {
          return [limitExceeded(`At most ${services.config.WS_MAX_OPERATIONS} operations at once on one connection`, { limit: services.config.WS_MAX_OPERATIONS })];
        }
        let document;
        try {
          document = parseWithLimits(payload.query);
        } catch (err) {
          return [coded(err instanceof GraphQLError ? err : new GraphQLError('Syntax error'), 'GRAPHQL_PARSE_FAILED')];
        }
        const errors = validate(schema, document, rules);
        if (errors.length) return errors.map((e) => coded(e, 'GRAPHQL_VALIDATION_FAILED'));
        // As Apollo on HTTP: an operationName that names no operation (or none given for several).
        if (!getOperationAST(document, payload.operationName)) {
          const message = payload.operationName ? `Unknown operation named "${payload.operationName}".` : 'Must provide operation name if query contains multiple operations.';
          return [coded(new GraphQLError(message), 'OPERATION_RESOLUTION_FAILURE')];
        }
        const cost = operationCost(schema, document, payload.variables ?? undefined, payload.operationName);
        if (cost !== null && cost > LIMITS.maxCost) return [costError(cost)];
        const unsafe = unsafeTextError(document, payload.variables);
        if (unsafe) return [unsafe];
        const { session } = stateOf(ctx.extra);
        const ip = ctx.extra.request.socket.remoteAddress ?? 'unknown';
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: new Context(services, session ?? null, { ip, socket: true }),
        };
      },
      onNext: (_ctx, _id, _payload, _args, result: ExecutionResult) =>
        result.errors ? { ...result, errors: format(result.errors) } : undefined,
      onError: (_ctx, _id, _payload, errors) => format(errors),
      onClose: (ctx) => stateOf(ctx.extra).cleanup?.(),
    },
    wss,
    12_000,
  );

  return {
    wss,
    /** Closes every socket with 1012 so clients reconnect elsewhere, then stops. */
    async close(): Promise<void> {
      for (const client of wss.clients) client.close(SERVICE_RESTART, 'Server restarting');
      await disposable.dispose();
      await new Promise<void>((ok) => wss.close(() => ok()));
    },
  };
}

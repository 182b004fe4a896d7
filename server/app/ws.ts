import type { Server } from 'node:http';
import { GraphQLError, Kind, NoSchemaIntrospectionCustomRule, specifiedRules, validate, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import { CloseCode } from 'graphql-ws';
import { parse as parseCookies } from 'cookie';
import { Context, type Services, type SessionInfo } from '../core/context.js';
import { formatError } from '../core/errors.js';
import { resolveSession, sessionIsLive, tokenFrom } from '../accounts/session.service.js';
import { costError, hideSuggestions, LIMITS, operationCost, parseWithLimits, type Protection } from './limits.js';
import { unsafeTextError } from './input-text.js';

/** Close code asking clients to reconnect (to this or another instance): the server is restarting. */
export const SERVICE_RESTART = 1012;
const SESSION_RECHECK_MS = 60_000;

interface SocketState {
  session?: SessionInfo;
  cleanup?: () => void;
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
        const token = tokenFrom(header, parseCookies(ctx.extra.request.headers.cookie ?? ''));
        const session = token ? await resolveSession(services.orm.em.fork(), token) : null;
        if (!session) return false; // graphql-ws closes with 4403 Forbidden
        const socket = ctx.extra.socket;
        const stopListening = services.bus.listen(`session:${session.sessionId}`, () => socket.close(CloseCode.Forbidden, 'Session ended'));
        const recheck = setInterval(async () => {
          const live = await sessionIsLive(services.orm.em.fork(), session.sessionId).catch(() => true);
          if (!live) socket.close(CloseCode.Forbidden, 'Session ended');
        }, SESSION_RECHECK_MS);
        recheck.unref();
        Object.assign(stateOf(ctx.extra), { session, cleanup: () => (stopListening(), clearInterval(recheck)) });
        return true;
      },
      onSubscribe: (ctx, _id, payload) => {
        let document;
        try {
          document = parseWithLimits(payload.query);
        } catch (err) {
          return [coded(err instanceof GraphQLError ? err : new GraphQLError('Syntax error'), 'GRAPHQL_PARSE_FAILED')];
        }
        const errors = validate(schema, document, rules);
        if (errors.length) return errors.map((e) => coded(e, 'GRAPHQL_VALIDATION_FAILED'));
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

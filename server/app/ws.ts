import type { IncomingMessage, Server } from 'node:http';
import {
  createSourceEventStream,
  execute,
  getOperationAST,
  GraphQLError,
  Kind,
  NoSchemaIntrospectionCustomRule,
  OperationTypeNode,
  specifiedRules,
  validate,
  visit,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { CloseCode, DEPRECATED_GRAPHQL_WS_PROTOCOL, handleProtocols, makeServer } from 'graphql-ws';
import { parse as parseCookies } from 'cookie';
import { Context, type Services, type SessionInfo } from '../core/context.js';
import { formatError, isDatabaseUnavailable, limitExceeded, logError } from '../core/errors.js';
import { anyOf } from '../core/sql.js';
import { resolveSession, tokenFrom } from '../accounts/index.js';
import { costError, hideSuggestions, LIMITS, operationCost, parseWithLimits, type Protection } from './limits.js';
import { unsafeTextError } from './input-text.js';
import { LiveSubscription, type Plan, type ViewerProbe } from '../events/index.js';
import { inScope, requestIdFrom, type Logger, type RequestScope } from '../core/log.js';

/** Close code asking clients to reconnect (to this or another instance): the server is restarting. */
export const SERVICE_RESTART = 1012;
/** Close code when the database cannot be reached as the socket connects (RFC 6455 "Try Again Later"). */
export const TRY_AGAIN_LATER = 1013;
/** Close code when a session already holds `WS_MAX_SOCKETS_PER_SESSION` sockets on this instance. */
export const TOO_MANY_SOCKETS = 4429;
const SESSION_RECHECK_MS = 60_000;
/**
 * A ping to every socket this often; one that has not answered the previous ping is cut. 30 s (not
 * graphql-ws's 12 s): with 10,000 idle sockets the pings were most of the idle CPU, and 30 s is
 * still inside the idle timeouts of common proxies (60 s).
 */
const KEEP_ALIVE_MS = 30_000;
/** graphql-ws's 4406, as the plain number a socket's close event carries. */
const SUBPROTOCOL_NOT_ACCEPTABLE: number = CloseCode.SubprotocolNotAcceptable;

/** A text frame as a string: ws hands a Buffer (its default binaryType), or its fragments or an ArrayBuffer. */
const textOf = (data: RawData): string =>
  (Buffer.isBuffer(data) ? data : Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data)).toString('utf8');
/** Bytes a socket may have waiting to be sent before its live streams are ended as too slow. */
const MAX_BUFFERED = 8 * 2 ** 20;

interface SocketState {
  session?: SessionInfo;
  cleanup?: () => void;
  /** Its subscriptions by operation id: their name and start, for the line when each ends. */
  subscriptions?: Map<string, { operation: string; at: number }>;
}

interface Extra {
  socket: WebSocket;
  request: IncomingMessage;
}

/**
 * A `next` payload serialized once and sent as the same bytes to every socket of a group.
 * graphql-ws builds each message with JSON.stringify; this object stands in for the payload there
 * (its toJSON leaves a marker and hands itself over), and the socket's send puts the bytes in the
 * marker's place: `{"id":"<id>","type":"next","payload":` + bytes + `}`. The protocol is exactly
 * graphql-ws's (its own code sends every message, in order); only the payload is not serialized
 * again per subscriber.
 */
export class SharedPayload {
  constructor(readonly bytes: Buffer) {}

  toJSON(): string {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- handed to the send that follows
    handedOver = this;
    return SHARED_MARKER;
  }
}
const SHARED_MARKER = '\u0000gongzhi-shared-payload';
const SHARED_TAIL = `${JSON.stringify(SHARED_MARKER)}}`;
const CLOSING_BRACE = Buffer.from('}');
/** Set by SharedPayload.toJSON and taken by the very next send (stringify then send, with no await between). */
let handedOver: SharedPayload | null = null;

/** The frame to send for what graphql-ws serialized: its own text, or with a shared payload put in. */
export function frameOf(data: string): string | Buffer {
  const shared = handedOver;
  handedOver = null;
  if (!shared || !data.endsWith(SHARED_TAIL)) return data;
  return Buffer.concat([Buffer.from(data.slice(0, data.length - SHARED_TAIL.length)), shared.bytes, CLOSING_BRACE]);
}

/** Parsed and validated documents by query text: subscribers of the same document share one AST. */
const DOCUMENTS_CACHED = 500;

/**
 * The key of what a subscription asks: its query text, operation name and variables, but for the
 * variable given as the root field's `after` (where it resumes does not change what an event
 * looks like). Two subscriptions with the same key get the same payload for the same event and
 * viewer.
 */
export function planKey(document: DocumentNode, query: string, operationName: string | null | undefined, variables: Record<string, unknown> | null | undefined): string {
  const operation = getOperationAST(document, operationName);
  const root = operation?.selectionSet.selections[0];
  let resume: string | null = null;
  if (root?.kind === Kind.FIELD) {
    const arg = root.arguments?.find((a) => a.name.value === 'after');
    if (arg?.value.kind === Kind.VARIABLE) resume = arg.value.name.value;
  }
  if (resume) {
    // Only when the variable is used nowhere else.
    let uses = 0;
    visit(document, { Variable: (v) => void (v.name.value === resume && uses++) });
    if (uses !== 2) resume = null; // its definition and the argument
  }
  const vars = Object.entries(variables ?? {}).filter(([k]) => k !== resume);
  return JSON.stringify([operationName ?? null, query, vars]);
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
  /** Each socket's scope: its id (`socketId`: the upgrade's X-Request-Id when sane) and logger. */
  const scopes = new WeakMap<WebSocket, RequestScope>();
  const logOf = (socket: WebSocket): Logger => scopes.get(socket)?.log ?? services.log;
  /** graphql-ws's context of every signed-in socket: what the subscriptions gauge counts when scraped. */
  const connected = new Set<{ subscriptions: Record<string, unknown> }>();
  const { metrics } = services;
  const logging = services.log.isLevelEnabled('error');
  metrics.sources.websockets = () => wss.clients.size;
  metrics.sources.subscriptions = () => {
    let n = 0;
    // graphql-ws enters an operation as null, and puts its stream there once it is a subscription's.
    for (const ctx of connected) for (const id in ctx.subscriptions) if (ctx.subscriptions[id]) n++;
    return n;
  };
  /** The open sockets of each session on this instance, and its one bus listener. */
  const socketsOf = new Map<string, Set<object>>();
  const sessionListeners = new Map<string, () => void>();
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

  /** Parsed and validated documents by query text (short texts only): one AST for many subscribers. */
  type Prepared = { document: DocumentNode; errors: readonly GraphQLError[] } | { parseError: GraphQLError };
  const documents = new Map<string, Prepared>();
  const prepare = (query: string): Prepared => {
    const cached = documents.get(query);
    if (cached) {
      documents.delete(query); // least recently used goes first
      documents.set(query, cached);
      return cached;
    }
    let prepared: Prepared;
    try {
      const document = parseWithLimits(query);
      prepared = { document, errors: validate(schema, document, rules) };
    } catch (err) {
      prepared = { parseError: coded(err instanceof GraphQLError ? err : new GraphQLError('Syntax error'), 'GRAPHQL_PARSE_FAILED') };
    }
    if (query.length <= 10_000) {
      documents.set(query, prepared);
      if (documents.size > DOCUMENTS_CACHED) documents.delete(documents.keys().next().value!);
    }
    return prepared;
  };

  /** The plan key and the socket of each subscription, by its Context (set in onSubscribe, read in subscribe). */
  const planKeys = new WeakMap<object, { key: string; socket: WebSocket; id: string; subscriptions: Record<string, unknown> }>();

  /**
   * Writes a shared payload straight into this subscription's socket: the frame graphql-ws would
   * send (`{"id":…,"type":"next","payload":…}`, the same bytes), without its per-message promise
   * chain. Only while graphql-ws still holds the subscription (after a client's `complete` it
   * has removed it, and ends the stream at once); false when the socket has more than
   * MAX_BUFFERED bytes waiting (the stream then ends with LIMIT_EXCEEDED).
   */
  const sinkOf = (socket: WebSocket, id: string, subscriptions: Record<string, unknown>) => {
    const head = Buffer.from(`{"id":${JSON.stringify(id)},"type":"next","payload":`);
    return (payload: object): boolean => {
      if (!(id in subscriptions) || socket.readyState !== socket.OPEN) return true;
      if (socket.bufferedAmount > MAX_BUFFERED) return false;
      socket.send(Buffer.concat([head, (payload as SharedPayload).bytes, CLOSING_BRACE]), { binary: false });
      return true;
    };
  };

  /** How a live subscription's events are executed and serialized: once per group (events/live.ts). */
  const planOf = (args: ExecutionArgs, key: string): Plan => ({
    key,
    run: async (ctx: ViewerProbe, root: unknown) => {
      const result = await execute({ schema, document: args.document, operationName: args.operationName, variableValues: args.variableValues, rootValue: root, contextValue: ctx });
      // What graphql-ws would send, as onNext below makes it.
      const payload = result.errors ? { ...result, errors: format(result.errors) } : result;
      return new SharedPayload(Buffer.from(JSON.stringify(payload)));
    },
  });

  const server = makeServer<Record<string, unknown> | undefined, Extra>({
    schema,
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
      let open = socketsOf.get(session.sessionId);
      if ((open?.size ?? 0) >= services.config.WS_MAX_SOCKETS_PER_SESSION) {
        socket.close(TOO_MANY_SOCKETS, `Too many connections for this session (at most ${services.config.WS_MAX_SOCKETS_PER_SESSION})`);
        return false;
      }
      const sessionId = session.sessionId;
      if (!open) {
        open = new Set();
        socketsOf.set(sessionId, open);
        // One listener per session, however many sockets it has here.
        const sockets = open;
        sessionListeners.set(
          sessionId,
          services.bus.listen(`session:${sessionId}`, () => {
            for (const s of sockets) (s as WebSocket).close(CloseCode.Forbidden, 'Session ended');
          }),
        );
      }
      open.add(socket);
      const release = () => {
        open.delete(socket);
        if (!open.size && socketsOf.get(sessionId) === open) {
          socketsOf.delete(sessionId);
          sessionListeners.get(sessionId)?.();
          sessionListeners.delete(sessionId);
        }
      };
      Object.assign(stateOf(ctx.extra), { session, cleanup: release });
      connected.add(ctx);
      metrics.websocketConnections.inc();
      logOf(socket).info({ viewerId: session.userId }, 'websocket connected');
      return true;
    },
    onSubscribe: (ctx, id, payload) => {
      // graphql-ws has already entered this operation in ctx.subscriptions.
      if (Object.keys(ctx.subscriptions).length > services.config.WS_MAX_OPERATIONS) {
        return [limitExceeded(`At most ${services.config.WS_MAX_OPERATIONS} operations at once on one connection`, { limit: services.config.WS_MAX_OPERATIONS })];
      }
      const prepared = prepare(payload.query);
      if ('parseError' in prepared) return [prepared.parseError];
      const { document } = prepared;
      if (prepared.errors.length) return prepared.errors.map((e) => coded(e, 'GRAPHQL_VALIDATION_FAILED'));
      // As Apollo on HTTP: an operationName that names no operation (or none given for several).
      const operation = getOperationAST(document, payload.operationName);
      if (!operation) {
        const message = payload.operationName ? `Unknown operation named "${payload.operationName}".` : 'Must provide operation name if query contains multiple operations.';
        return [coded(new GraphQLError(message), 'OPERATION_RESOLUTION_FAILURE')];
      }
      const cost = operationCost(schema, document, payload.variables ?? undefined, payload.operationName);
      if (cost !== null && cost > LIMITS.maxCost) return [costError(cost)];
      const unsafe = unsafeTextError(document, payload.variables);
      if (unsafe) return [unsafe];
      const { session } = stateOf(ctx.extra);
      const ip = ctx.extra.request.socket.remoteAddress ?? 'unknown';
      const contextValue = new Context(services, session ?? null, { ip, socket: true });
      if (operation.operation === OperationTypeNode.SUBSCRIPTION) {
        const name = operation.name?.value ?? '_anonymous';
        if (logging) (stateOf(ctx.extra).subscriptions ??= new Map()).set(id, { operation: name, at: Date.now() });
        metrics.subscriptionsStarted.inc({ operation: metrics.operationLabel(name) });
        logOf(ctx.extra.socket).info({ viewerId: session?.userId, operation: name, operationId: id }, 'subscription started');
        planKeys.set(contextValue, { key: planKey(document, payload.query, payload.operationName, payload.variables), socket: ctx.extra.socket, id, subscriptions: ctx.subscriptions });
      }
      return { schema, document, operationName: payload.operationName, variableValues: payload.variables, contextValue };
    },
    // A live stream of events/live.ts yields payloads executed and serialized once per group; any
    // other source is executed per event, as graphql's subscribe does.
    subscribe: async (args: ExecutionArgs) => {
      const source = await createSourceEventStream(args);
      const planned = source instanceof LiveSubscription ? planKeys.get(args.contextValue as object) : undefined;
      if (source instanceof LiveSubscription && planned) {
        source.plan = planOf(args, planned.key);
        source.sink = sinkOf(planned.socket, planned.id, planned.subscriptions);
        // The operation's Context (and its EntityManager) is not needed any more: each delivery
        // makes its own. graphql-ws keeps these arguments for as long as the stream runs.
        (args as { contextValue?: unknown }).contextValue = undefined;
        return source as AsyncIterable<ExecutionResult>;
      }
      if (!(Symbol.asyncIterator in source)) return source;
      // Any other stream (or a live one without a plan): each event executed for this subscriber.
      // Not an async generator: its return() would wait for the pending next() (an event that may
      // never come), so a completed or closed subscription would stay registered until then.
      const events = source[Symbol.asyncIterator]();
      const executed: AsyncIterableIterator<ExecutionResult> = {
        next: async () => {
          const r = await events.next();
          return r.done ? { value: undefined, done: true } : { value: await execute({ ...args, rootValue: r.value }), done: false };
        },
        return: async () => {
          await events.return?.();
          return { value: undefined, done: true };
        },
        [Symbol.asyncIterator]: () => executed,
      };
      return executed;
    },
    onNext: (_ctx, _id, _payload, _args, result) =>
      result instanceof SharedPayload ? result
      : result.errors ? { ...result, errors: format(result.errors) }
      : undefined,
    onError: (_ctx, _id, _payload, errors) => format(errors),
    onComplete: (ctx, id) => {
      const state = stateOf(ctx.extra);
      const sub = state.subscriptions?.get(id);
      if (!sub) return;
      state.subscriptions!.delete(id);
      logOf(ctx.extra.socket).info({ viewerId: state.session?.userId, operation: sub.operation, operationId: id, durationMs: Date.now() - sub.at }, 'subscription ended');
    },
    onClose: (ctx) => {
      connected.delete(ctx);
      stateOf(ctx.extra).cleanup?.();
    },
  });

  // The transport, as graphql-ws/use/ws has it, but for three things: a shared `next` payload is
  // put into its frame as bytes (frameOf), the keep-alive is one timer for all sockets, and the
  // sessions are re-checked in one statement for all sockets.
  wss.options.handleProtocols = handleProtocols;
  const internalError = (socket: WebSocket, err: unknown) => {
    inScope(scopes.get(socket) ?? { id: '', log: services.log }, () => logError('internal error on a WebSocket', err));
    socket.close(CloseCode.InternalServerError, 'Internal server error');
  };
  wss.once('error', (err) => {
    for (const client of wss.clients) internalError(client, err);
  });
  const awaitingPong = new Set<WebSocket>();
  wss.on('connection', (socket, request) => {
    const socketId = requestIdFrom(request.headers['x-request-id']);
    // LOG_LEVEL=silent: no child logger per socket (10,000 idle sockets keep theirs for hours).
    const scope: RequestScope = { id: socketId, log: logging ? services.log.child({ socketId }) : services.log };
    scopes.set(socket, scope);
    const openedAt = Date.now();
    const extra: Extra = { socket, request };
    socket.once('error', (err) => internalError(socket, err));
    socket.on('pong', () => awaitingPong.delete(socket));
    const closed = server.opened(
      {
        protocol: socket.protocol,
        send: (data) =>
          new Promise<void>((resolve, reject) => {
            const frame = frameOf(data); // at once: it takes the payload handed over by this very message
            if (socket.readyState !== socket.OPEN) return resolve();
            socket.send(frame, { binary: false }, (err) => (err ? reject(err) : resolve()));
          }),
        close: (code, reason) => socket.close(code, reason),
        onMessage: (cb) => {
          const receive = async (data: RawData) => {
            try {
              // Everything a message starts (an operation, its resolvers' errors) logs with the socket's id.
              await inScope(scope, () => cb(textOf(data)));
            } catch (err) {
              internalError(socket, err);
            }
          };
          socket.on('message', (data) => void receive(data));
        },
      },
      extra,
    );
    socket.once('close', (code, reason) => {
      awaitingPong.delete(socket);
      if (code === SUBPROTOCOL_NOT_ACCEPTABLE && socket.protocol === DEPRECATED_GRAPHQL_WS_PROTOCOL && !production) {
        scope.log.warn('a client offered the deprecated subscriptions-transport-ws subprotocol');
      }
      scope.log.info({ viewerId: states.get(extra)?.session?.userId, closeCode: code, durationMs: Date.now() - openedAt }, 'websocket closed');
      void closed(code, String(reason));
    });
  });
  // Every KEEP_ALIVE_MS a ping; a socket that has not answered the previous one by then is cut.
  const keepAlive = setInterval(() => {
    for (const socket of wss.clients) {
      if (socket.readyState !== socket.OPEN) continue;
      if (awaitingPong.has(socket)) {
        awaitingPong.delete(socket);
        socket.terminate();
        continue;
      }
      awaitingPong.add(socket);
      socket.ping();
    }
  }, KEEP_ALIVE_MS);
  keepAlive.unref();
  // A session that ended without its bus message (a lost wake-up): every socket's session is
  // checked again once a minute, all in one statement.
  const recheckSessions = async () => {
    const ids = [...socketsOf.keys()];
    if (!ids.length) return;
    let live: Set<string>;
    try {
      const sessions = anyOf('id', ids);
      const rows = await services.orm.em.fork().execute<{ id: string }[]>(
        `SELECT id FROM sessions WHERE ${sessions.sql} AND revoked_at IS NULL AND expires_at > now()`,
        sessions.params,
      );
      live = new Set(rows.map((r) => r.id));
    } catch {
      return; // the database is away: try again next time
    }
    for (const id of ids) if (!live.has(id)) for (const s of socketsOf.get(id) ?? []) (s as WebSocket).close(CloseCode.Forbidden, 'Session ended');
  };
  const recheck = setInterval(() => void recheckSessions(), SESSION_RECHECK_MS);
  recheck.unref();
  const disposable = {
    dispose: async () => {
      clearInterval(keepAlive);
      clearInterval(recheck);
      for (const client of wss.clients) client.close(1001, 'Going away');
      wss.removeAllListeners();
      await new Promise<void>((ok, fail) => wss.close((err) => (err ? fail(err) : ok())));
    },
  };

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

import {
  Client,
  cacheExchange,
  fetchExchange,
  mapExchange,
  subscriptionExchange,
  type CombinedError,
} from '@urql/core';
import { install as installUrql } from '@urql/vue';
import { createClient as createWsClient } from 'graphql-ws';
import { shallowRef, watch, type App, type Ref } from 'vue';
import { errorCode } from '@/utils/errors';
import { trackConnection } from './connection';
import { offlineQueueExchange } from './offlineQueue';

/** The server closes a socket with this code when its session has ended (signed out, revoked). */
export const SESSION_ENDED_CLOSE_CODE = 4403;
/** The longest pause between two attempts to reconnect the socket. */
const MAX_RETRY_WAIT_MS = 8_000;

export interface SessionBinding {
  /** The current session token, read reactively: a new token builds a new client. */
  token: () => string | null;
  /** Called once the server says the session of the current token is over. */
  onSessionEnded: () => void;
}

function webSocketUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}/graphql`;
}

function closeCode(event: unknown): number | undefined {
  return typeof event === 'object' && event !== null && 'code' in event && typeof event.code === 'number'
    ? event.code
    : undefined;
}

/**
 * One urql client per session token: HTTP POST through fetchExchange with a Bearer header, and
 * subscriptions through a graphql-ws socket that authenticates in connectionParams. A fresh
 * client per token means a fresh document cache too, so nothing of one user shows to the next.
 */
export function createGraphqlClient(token: string | null, onSessionEnded: () => void) {
  const authorization = token ? `Bearer ${token}` : undefined;

  // Its state (connected, reconnecting, offline) for the live badges and the banner, with a
  // ping/pong keep-alive that gives up on a socket whose network died without closing it.
  let socket: ReturnType<typeof createWsClient> | undefined = undefined;
  const tracking = trackConnection(() => socket);
  socket = createWsClient({
    url: webSocketUrl(),
    keepAlive: tracking.keepAlive,
    connectionParams: () => (authorization ? { authorization } : {}),
    // Keep the live board alive through restarts and flaky mobile networks; the subscriptions
    // resume with their `after` cursor and the composables drop the replayed duplicates.
    retryAttempts: Infinity,
    // graphql-ws waits twice as long after each failure (2 min after seven): capped, so that a
    // server back after a restart is found again within seconds.
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, Math.min(1000 * 2 ** retries, MAX_RETRY_WAIT_MS) + Math.random() * 1000)),
    shouldRetry: (event) => closeCode(event) !== SESSION_ENDED_CLOSE_CODE,
    on: {
      ...tracking.on,
      closed: (event) => {
        tracking.on?.closed?.(event);
        if (closeCode(event) === SESSION_ENDED_CLOSE_CODE) onSessionEnded();
      },
    },
  });
  const ws = socket;

  const client = new Client({
    url: '/graphql',
    // urql 6 would send queries as GET, which Apollo's CSRF prevention rejects.
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
    fetchOptions: () => (authorization ? { headers: { authorization } } : {}),
    exchanges: [
      mapExchange({
        onError(error: CombinedError) {
          // A token the server no longer knows: the session ended while we held it.
          if (authorization && errorCode(error) === 'UNAUTHENTICATED') onSessionEnded();
        },
      }),
      // The five actions a person may take offline go to the outbox when their request finds no network.
      offlineQueueExchange(),
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query ?? '' };
          return {
            subscribe(sink) {
              const unsubscribe = ws.subscribe(input, sink);
              return { unsubscribe };
            },
          };
        },
      }),
    ],
  });

  return {
    client,
    dispose: () => {
      tracking.forget();
      void ws.dispose();
    },
  };
}

/** The client of the current session; swapped (with its socket) whenever the token changes. */
export const graphqlClient = shallowRef<Client>();

/** The current client, for stores and one-off operations outside components. */
export function gqlClient(): Client {
  if (!graphqlClient.value) throw new Error('installGraphql() has not run');
  return graphqlClient.value;
}

/**
 * Provides the client to urql's composables as a ref: useQuery/useSubscription re-run on the
 * new client when the token changes, and the old socket is closed.
 */
export function installGraphql(app: App, session: SessionBinding): void {
  let current: ReturnType<typeof createGraphqlClient> | undefined;
  watch(
    session.token,
    (token) => {
      const previous = current;
      current = createGraphqlClient(token, () => {
        // Ignore a late close from a socket of an earlier session.
        if (session.token() === token) session.onSessionEnded();
      });
      graphqlClient.value = current.client;
      previous?.dispose();
    },
    // Synchronous, so that an operation sent right after sign-in already carries the new token.
    { immediate: true, flush: 'sync' },
  );
  installUrql(app, graphqlClient as Ref<Client>);
}

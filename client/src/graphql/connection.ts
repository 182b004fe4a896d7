import { computed, readonly, ref } from 'vue';
import type { Client as WsClient, ClientOptions } from 'graphql-ws';

/**
 * The state of the live socket, from graphql-ws's own events:
 * - `idle`: no socket (no subscription yet, or closed normally when the last one ended);
 * - `connecting`: the first connection is being made;
 * - `connected`: the server acknowledged the connection, and answers pings;
 * - `reconnecting`: the socket closed abnormally (the server stopped or restarted, the network
 *   dropped) or stopped answering pings, and graphql-ws retries;
 * - `offline`: the browser says it has no network, or retrying has failed `OFFLINE_AFTER` times.
 */
export type ConnectionState = 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'offline';

/** A ping every this many ms while connected… */
export const KEEP_ALIVE_MS = 10_000;
/** …and the socket is given up on (and reconnected) when its pong is not back within this. */
export const PONG_TIMEOUT_MS = 5_000;
/** Failed attempts in a row after which the server counts as unreachable, not just restarting. */
const OFFLINE_AFTER = 3;
/** The close code of graphql-ws closing an idle lazy socket (no subscription left). */
const NORMAL_CLOSURE = 1000;

const socketState = ref<ConnectionState>('idle');
const browserOnline = ref(typeof navigator === 'undefined' ? true : navigator.onLine);
if (typeof window !== 'undefined') {
  window.addEventListener('online', () => (browserOnline.value = true));
  window.addEventListener('offline', () => (browserOnline.value = false));
}

/** The state of the current session's socket, read-only for the rest of the client. */
export const connectionState = readonly(
  computed<ConnectionState>(() => (!browserOnline.value && socketState.value !== 'idle' ? 'offline' : socketState.value)),
);

/** A stream is live only while it is subscribed and its socket is connected now. */
export function isLive(subscribed: boolean): boolean {
  return subscribed && connectionState.value === 'connected';
}

let generation = 0;

/**
 * graphql-ws options that keep `connectionState` true for one socket: its lifecycle events, and a
 * ping every `KEEP_ALIVE_MS` whose missing pong terminates the socket (a dead network often closes
 * nothing), so that graphql-ws reconnects and the subscriptions resume with their `after`.
 * Only the newest socket (the current session's) writes the state.
 */
export function trackConnection(terminate: () => WsClient | undefined): Pick<ClientOptions, 'keepAlive' | 'on'> & { forget(): void } {
  const mine = ++generation;
  const current = () => mine === generation;
  let failures = 0;
  let everConnected = false;
  let pongTimer: ReturnType<typeof setTimeout> | undefined;
  const clearPong = () => clearTimeout(pongTimer);
  const set = (state: ConnectionState) => {
    if (current()) socketState.value = state;
  };
  if (current()) socketState.value = 'idle';
  return {
    keepAlive: KEEP_ALIVE_MS,
    on: {
      connecting: () => set(everConnected || failures > 0 ? (failures >= OFFLINE_AFTER ? 'offline' : 'reconnecting') : 'connecting'),
      connected: () => {
        failures = 0;
        everConnected = true;
        set('connected');
      },
      ping: (received) => {
        if (received) return;
        clearPong();
        pongTimer = setTimeout(() => terminate()?.terminate(), PONG_TIMEOUT_MS);
      },
      pong: (received) => {
        if (received) clearPong();
      },
      closed: (event) => {
        clearPong();
        const code = typeof event === 'object' && event !== null && 'code' in event ? event.code : undefined;
        if (code === NORMAL_CLOSURE) {
          failures = 0;
          set('idle');
          return;
        }
        failures += 1;
        set(failures >= OFFLINE_AFTER ? 'offline' : 'reconnecting');
      },
    },
    forget: clearPong,
  };
}

import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';

export interface GqlError {
  message: string;
  extensions?: { code?: string; fields?: Record<string, string>; [k: string]: unknown };
}

export interface GqlResult<T = any> {
  data?: T | null;
  errors?: GqlError[];
  status: number;
  headers: Headers;
}

/** One GraphQL operation over HTTP POST, as a browser would send it. */
export async function gql<T = any>(url: string, query: string, variables?: Record<string, unknown>, token?: string | null, headers: Record<string, string> = {}): Promise<GqlResult<T>> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: GqlError[] };
  return { ...body, status: res.status, headers: res.headers };
}

/** The data of an operation that must succeed: fails the test with the errors otherwise. */
export async function ok<T = any>(url: string, query: string, variables?: Record<string, unknown>, token?: string | null): Promise<T> {
  const r = await gql<T>(url, query, variables, token);
  if (r.errors?.length || !r.data) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
  return r.data;
}

/** The `extensions.code` of the first error, for the forbidden and bad-input cases. */
export async function errorCode(url: string, query: string, variables?: Record<string, unknown>, token?: string | null): Promise<string | undefined> {
  const r = await gql(url, query, variables, token);
  return r.errors?.[0]?.extensions?.code;
}

export function wsClient(wsUrl: string, token: string | null, opts: { lazy?: boolean; retryAttempts?: number; onClosed?: (code: number, reason: string) => void } = {}): Client {
  return createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    lazy: opts.lazy ?? true,
    retryAttempts: opts.retryAttempts ?? 0,
    on: {
      closed: (e) => {
        const ev = e as { code: number; reason: string };
        opts.onClosed?.(ev.code, ev.reason);
      },
    },
  });
}

/** A subscription collecting what arrives; `next(n)` waits for the first n items. */
export function collect<T = any>(client: Client, query: string, variables?: Record<string, unknown>) {
  const items: T[] = [];
  const errors: unknown[] = [];
  let done = false;
  let waiters: (() => void)[] = [];
  const notify = () => {
    for (const w of waiters) w();
    waiters = [];
  };
  const dispose = client.subscribe<T>(
    { query, variables },
    {
      next: (v) => {
        if (v.errors) errors.push(...v.errors);
        else items.push(v.data as T);
        notify();
      },
      error: (e) => {
        errors.push(e);
        done = true;
        notify();
      },
      complete: () => {
        done = true;
        notify();
      },
    },
  );
  return {
    items,
    errors,
    get done() {
      return done;
    },
    dispose,
    /** Resolves once `n` items arrived (or the stream ended), or rejects after `ms`. */
    async next(n: number, ms = 10_000): Promise<T[]> {
      const deadline = Date.now() + ms;
      while (items.length < n && !done) {
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`timed out with ${items.length} of ${n} items; errors: ${JSON.stringify(errors)}`);
        await new Promise<void>((ok) => {
          const t = setTimeout(ok, left);
          waiters.push(() => (clearTimeout(t), ok()));
        });
      }
      return items.slice(0, n);
    },
  };
}

/**
 * Where a community's event stream stands now, for the viewer: pass it as `after` to an event
 * subscription (communityEvents, meetingEvents, issueEvents) to receive everything that happens
 * from here on, however late the subscription starts. Waiting "until it is subscribed" is then
 * unnecessary.
 */
export async function streamCursor(url: string, communityId: string, token: string): Promise<string> {
  const { events } = await ok<{ events: { streamCursor: string } }>(url, 'query($c: ID!) { events(communityId: $c, first: 1) { streamCursor } }', { c: communityId }, token);
  return events.streamCursor;
}

export const sleep = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms));

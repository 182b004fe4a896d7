// The benchmark's client side, forked by bench/run.ts so that load generation and the sockets it
// holds cost neither the server's CPU time nor its RSS. It takes commands over IPC and answers
// with measurements; it stops when the parent disconnects.
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';

export interface HttpSpec {
  url: string;
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
  concurrency: number;
  warmupMs: number;
  durationMs: number;
}

export interface HttpResult {
  requests: number;
  failures: number;
  seconds: number;
  /** Sorted, in milliseconds. */
  latencies: number[];
}

export interface SubscribeSpec {
  wsUrl: string;
  tokens: string[];
  count: number;
  query: string;
  variables: Record<string, unknown>;
}

/** Requests sent all at once, each on its own connection (a storm of people tapping at the same second). */
export interface BurstSpec {
  url: string;
  requests: { path: string; headers: Record<string, string>; body: string }[];
}

export interface BurstResult {
  /** Per request, in the order given: milliseconds from the burst's start to the full answer. */
  latencies: number[];
  /** Per request: the answer's body (or the error's text). */
  bodies: string[];
  /** From the first request sent to the last answer, in milliseconds. */
  wallMs: number;
}

export type Command =
  | { id: number; cmd: 'http'; spec: HttpSpec }
  | { id: number; cmd: 'burst'; spec: BurstSpec }
  | { id: number; cmd: 'subscribe'; spec: SubscribeSpec }
  | { id: number; cmd: 'arrivals'; timeoutMs: number }
  | { id: number; cmd: 'unsubscribe' };

/** Wall-clock milliseconds, comparable between processes, with sub-millisecond precision. */
export const wallNow = () => performance.timeOrigin + performance.now();

function request(agent: http.Agent, spec: HttpSpec): Promise<boolean> {
  return new Promise((resolve) => {
    const req = http.request(spec.url + spec.path, { method: spec.method, agent, headers: spec.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve(res.statusCode === 200 && !Buffer.concat(chunks).includes('"errors"')));
      res.on('error', () => resolve(false));
    });
    req.on('error', () => resolve(false));
    req.end(spec.body);
  });
}

/** `concurrency` loops, each sending its next request when the last one answered, for a bounded time. */
async function runHttp(spec: HttpSpec): Promise<HttpResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: spec.concurrency });
  const phase = async (ms: number, record: boolean) => {
    const latencies: number[] = [];
    let failures = 0;
    const start = performance.now();
    const end = start + ms;
    await Promise.all(
      Array.from({ length: spec.concurrency }, async () => {
        while (performance.now() < end) {
          const t0 = performance.now();
          const ok = await request(agent, spec);
          if (record) latencies.push(performance.now() - t0);
          if (!ok) failures++;
        }
      }),
    );
    return { latencies, failures, seconds: (performance.now() - start) / 1000 };
  };
  await phase(spec.warmupMs, false);
  const { latencies, failures, seconds } = await phase(spec.durationMs, true);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { requests: latencies.length, failures, seconds, latencies };
}

/** Every request of the burst sent at once (no keep-alive pool limit), each timed from the burst's start. */
async function runBurst(spec: BurstSpec): Promise<BurstResult> {
  const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });
  const start = performance.now();
  const answers = await Promise.all(
    spec.requests.map(
      (r) =>
        new Promise<{ ms: number; body: string }>((resolve) => {
          const req = http.request(spec.url + r.path, { method: 'POST', agent, headers: r.headers }, (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => resolve({ ms: performance.now() - start, body: Buffer.concat(chunks).toString('utf8') }));
            res.on('error', (e) => resolve({ ms: performance.now() - start, body: String(e) }));
          });
          req.on('error', (e) => resolve({ ms: performance.now() - start, body: String(e) }));
          req.end(r.body);
        }),
    ),
  );
  agent.destroy();
  return { latencies: answers.map((a) => a.ms), bodies: answers.map((a) => a.body), wallMs: performance.now() - start };
}

// Open subscriptions, one socket each (the worst case: a client per subscription).
let clients: Client[] = [];
let firstArrival: (number | null)[] = [];

async function subscribe(spec: SubscribeSpec): Promise<{ connected: number }> {
  firstArrival = Array.from({ length: spec.count }, () => null);
  let connected = 0;
  await Promise.all(
    Array.from({ length: spec.count }, (_, i) => {
      const token = spec.tokens[i % spec.tokens.length]!;
      return new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 15_000);
        const client = createClient({
          url: spec.wsUrl,
          webSocketImpl: WebSocket,
          connectionParams: { authorization: `Bearer ${token}` },
          lazy: false,
          retryAttempts: 0,
          on: {
            connected: () => {
              connected++;
              clearTimeout(timer);
              resolve();
            },
          },
        });
        client.subscribe(
          { query: spec.query, variables: spec.variables },
          {
            next: () => {
              firstArrival[i] ??= wallNow();
            },
            error: () => {},
            complete: () => {},
          },
        );
        clients.push(client);
      });
    }),
  );
  return { connected };
}

/** Waits until every subscription has had an event (or the timeout), then tells when each arrived. */
async function arrivals(timeoutMs: number): Promise<{ arrivals: (number | null)[] }> {
  const deadline = performance.now() + timeoutMs;
  while (firstArrival.some((t) => t === null) && performance.now() < deadline) await new Promise((r) => setTimeout(r, 5));
  const result = firstArrival;
  firstArrival = firstArrival.map(() => null);
  return { arrivals: result };
}

async function unsubscribe(): Promise<{ closed: number }> {
  const n = clients.length;
  // dispose() is typed void | Promise<void> (it is async in graphql-ws 6): wait for each either way.
  await Promise.all(clients.map((c) => Promise.resolve(c.dispose())));
  clients = [];
  return { closed: n };
}

async function onMessage(msg: Command): Promise<void> {
  try {
    const result =
      msg.cmd === 'http' ? await runHttp(msg.spec)
      : msg.cmd === 'burst' ? await runBurst(msg.spec)
      : msg.cmd === 'subscribe' ? await subscribe(msg.spec)
      : msg.cmd === 'arrivals' ? await arrivals(msg.timeoutMs)
      : await unsubscribe();
    process.send!({ id: msg.id, result });
  } catch (err) {
    process.send!({ id: msg.id, error: String(err) });
  }
}
// onMessage answers its own failures: nothing it returns is left for the emitter to drop.
process.on('message', (msg: Command) => void onMessage(msg));
process.on('disconnect', () => process.exit(0));

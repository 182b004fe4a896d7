// The client side of bench/fanout.ts, in a process of its own: thousands of sockets, either
// graphql-ws subscriptions on Gongzhi (speaking graphql-transport-ws by hand, so the client costs
// the same as for the raw peer) or plain sockets on the raw `ws` broadcast server. It notes when
// each socket's first message after `arm` arrives. Commands over IPC; it stops when the parent
// disconnects.
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';

export type ClientCommand =
  | { id: number; cmd: 'open'; url: string; count: number; kind: 'gongzhi' | 'raw'; tokens?: string[]; query?: string; variables?: Record<string, unknown> }
  | { id: number; cmd: 'arm' }
  | { id: number; cmd: 'collect'; timeoutMs: number }
  | { id: number; cmd: 'close' };

export interface Collected {
  /** Wall-clock arrival of each socket's first message since `arm` (0: none). */
  arrivals: number[];
  /** Sockets that got more than one message since `arm`. */
  duplicates: number;
  sample: string | null;
}

const wallNow = () => performance.timeOrigin + performance.now();

const sockets: WebSocket[] = [];
let arrivals: number[] = [];
let counts: number[] = [];
let armed = false;
let sample: string | null = null;

function openOne(i: number, spec: Extract<ClientCommand, { cmd: 'open' }>): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 60_000);
    const ws = spec.kind === 'gongzhi' ? new WebSocket(spec.url, 'graphql-transport-ws') : new WebSocket(spec.url);
    sockets[i] = ws;
    ws.on('error', () => {
      clearTimeout(timer);
      resolve();
    });
    ws.on('open', () => {
      if (spec.kind === 'raw') {
        clearTimeout(timer);
        return resolve();
      }
      ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${spec.tokens![i % spec.tokens!.length]}` } }));
    });
    ws.on('message', (data: Buffer) => {
      if (!armed) {
        // Gongzhi: the ack, then subscribe; the subscription counts as open once subscribed.
        if (spec.kind === 'gongzhi' && data.toString().includes('"connection_ack"')) {
          ws.send(JSON.stringify({ id: `s${i}`, type: 'subscribe', payload: { query: spec.query, variables: spec.variables } }), () => {
            clearTimeout(timer);
            resolve();
          });
        }
        return;
      }
      counts[i] = (counts[i] ?? 0) + 1;
      if (!arrivals[i]) {
        arrivals[i] = wallNow();
        sample ??= data.toString();
      }
    });
  });
}

async function open(spec: Extract<ClientCommand, { cmd: 'open' }>): Promise<{ open: number }> {
  const from = sockets.length;
  // 200 handshakes at a time.
  for (let i = from; i < spec.count; i += 200) {
    await Promise.all(Array.from({ length: Math.min(200, spec.count - i) }, (_, j) => openOne(i + j, spec)));
  }
  return { open: sockets.filter((s) => s.readyState === WebSocket.OPEN).length };
}

async function collect(timeoutMs: number): Promise<Collected> {
  const deadline = performance.now() + timeoutMs;
  while (arrivals.some((t) => !t) && performance.now() < deadline) await new Promise((r) => setTimeout(r, 5));
  armed = false;
  return { arrivals, duplicates: counts.filter((c) => c > 1).length, sample };
}

async function onMessage(msg: ClientCommand): Promise<void> {
  try {
    let result: unknown;
    if (msg.cmd === 'open') result = await open(msg);
    else if (msg.cmd === 'arm') {
      arrivals = sockets.map(() => 0);
      counts = sockets.map(() => 0);
      sample = null;
      armed = true;
      result = { armed: sockets.length };
    } else if (msg.cmd === 'collect') result = await collect(msg.timeoutMs);
    else {
      for (const s of sockets) s.terminate();
      sockets.length = 0;
      result = { closed: true };
    }
    process.send!({ id: msg.id, result });
  } catch (err) {
    process.send!({ id: msg.id, error: String(err) });
  }
}
// onMessage answers its own failures: nothing it returns is left for the emitter to drop.
process.on('message', (msg: ClientCommand) => void onMessage(msg));
process.on('disconnect', () => process.exit(0));

import WebSocket from 'ws';
import type { Client } from 'graphql-ws';

/** A message of the graphql-transport-ws protocol as received. */
export interface WsMessage {
  type: string;
  id?: string;
  payload?: any;
}

/**
 * A bare graphql-transport-ws socket: sends exactly what a test writes (even malformed frames) and
 * records every message and the close code, for protocol tests the graphql-ws client would refuse to make.
 */
export class RawSocket {
  readonly messages: WsMessage[] = [];
  readonly closed: Promise<{ code: number; reason: string }>;
  private waiters: (() => void)[] = [];

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const bytes = Array.isArray(data) ? Buffer.concat(data) : Buffer.isBuffer(data) ? data : Buffer.from(data);
      this.messages.push(JSON.parse(bytes.toString('utf8')) as WsMessage);
      this.notify();
    });
    this.closed = new Promise((ok) => ws.once('close', (code, reason) => (ok({ code, reason: String(reason) }), this.notify())));
    ws.on('error', () => undefined); // a close follows; the test reads its code
  }

  /** `options.headers` sets what a browser would send (Origin, Cookie). */
  static open(url: string, protocol = 'graphql-transport-ws', options: WebSocket.ClientOptions = {}): Promise<RawSocket> {
    return new Promise((ok, fail) => {
      const ws = new WebSocket(url, protocol, options);
      const socket = new RawSocket(ws);
      ws.once('open', () => ok(socket));
      ws.once('error', fail);
    });
  }

  get isOpen(): boolean {
    return this.ws.readyState === WebSocket.OPEN;
  }

  /** Sends an object as JSON, or a string as it is. */
  send(message: object | string): void {
    this.ws.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  /** connection_init with a Bearer token (or other params), then waits for connection_ack. */
  async init(tokenOrParams: string | Record<string, unknown> | null): Promise<void> {
    const payload = typeof tokenOrParams === 'string' ? { authorization: `Bearer ${tokenOrParams}` } : (tokenOrParams ?? undefined);
    this.send({ type: 'connection_init', ...(payload ? { payload } : {}) });
    await this.waitFor((m) => m.type === 'connection_ack');
  }

  subscribe(id: string, query: string, variables?: Record<string, unknown>): void {
    this.send({ id, type: 'subscribe', payload: { query, variables } });
  }

  /** The first message (from the start of the socket) that matches, or rejects on close or after `ms`. */
  async waitFor(match: (m: WsMessage) => boolean, ms = 10_000): Promise<WsMessage> {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = this.messages.find(match);
      if (found) return found;
      if (this.ws.readyState === WebSocket.CLOSED) {
        const { code, reason } = await this.closed;
        throw new Error(`socket closed (${code} ${reason}) before the message; got ${JSON.stringify(this.messages)}`);
      }
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for a message; got ${JSON.stringify(this.messages)}`);
      await new Promise<void>((ok) => {
        const t = setTimeout(ok, left);
        this.waiters.push(() => (clearTimeout(t), ok()));
      });
    }
  }

  /** Messages for one operation id. */
  of(id: string): WsMessage[] {
    return this.messages.filter((m) => m.id === id);
  }

  /** The close code and reason, waiting at most `ms` for the server to close. */
  async closeCode(ms = 10_000): Promise<{ code: number; reason: string }> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, fail) => {
      timer = setTimeout(() => fail(new Error(`the server did not close the socket within ${ms} ms`)), ms);
    });
    try {
      return await Promise.race([this.closed, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  close(): void {
    if (this.ws.readyState === WebSocket.OPEN || this.ws.readyState === WebSocket.CONNECTING) this.ws.close(1000);
  }

  private notify() {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }
}

/** One query or mutation over a graphql-ws client: its single result, or the errors of an `error` message. */
export function wsRequest<T = any>(client: Client, query: string, variables?: Record<string, unknown>, operationName?: string): Promise<{ data?: T | null; errors?: any[] }> {
  return new Promise((ok, fail) => {
    let result: { data?: T | null; errors?: any[] } | undefined;
    client.subscribe<T>(
      { query, variables, operationName },
      {
        next: (r) => void (result = r as { data?: T | null; errors?: any[] }),
        error: (e) => (Array.isArray(e) ? ok({ errors: e }) : fail(e instanceof Error ? e : new Error('the socket failed (its event is the cause)', { cause: e }))),
        complete: () => (result ? ok(result) : fail(new Error('completed without a result'))),
      },
    );
  });
}

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { Context, Services } from '../core/context.js';
import { appSchema } from './schema.js';
import { createArmor } from './limits.js';
import { createHttpApp } from './http.js';
import { attachWebSocket } from './ws.js';

export interface RunningServer {
  httpServer: Server;
  url: string;
  wsUrl: string;
  services: Services;
  /** Graceful: not ready, stop accepting, close sockets with 1012, finish requests in flight. */
  stop(): Promise<void>;
}

/** Connections waiting to be accepted (`listen`'s backlog; Node's default is 511). */
export const LISTEN_BACKLOG = 4096;

/** Serves /graphql (HTTP and WebSocket), the client, /healthz and /readyz on one port. */
export async function startServer(services: Services, opts: { host?: string; port?: number } = {}): Promise<RunningServer> {
  const schema = await appSchema();
  const protection = createArmor(services.config.NODE_ENV === 'production');
  const httpServer = createServer();
  let ws: ReturnType<typeof attachWebSocket> | null = null;
  const drainWs: ApolloServerPlugin<Context> = {
    serverWillStart() {
      return Promise.resolve({ drainServer: async () => ws?.close() });
    },
  };
  const http = await createHttpApp(services, schema, protection, [ApolloServerPluginDrainHttpServer({ httpServer }), drainWs]);
  httpServer.on('request', http.app);
  ws = attachWebSocket(httpServer, services, schema, protection);

  await new Promise<void>((ok, fail) => {
    httpServer.once('error', fail);
    // A storm of connections (1,000 volunteers tapping 认领 at once) must wait in the kernel's accept
    // queue while the event loop is busy: Node's default backlog of 511 overflowed there, and a
    // connection the kernel dropped was reset a minute later, never seen by the server
    // (bench/README.md, "The claim storm"). The kernel caps it at net.core.somaxconn.
    httpServer.listen({ port: opts.port ?? services.config.PORT, host: opts.host ?? services.config.HOST, backlog: LISTEN_BACKLOG }, () => ok());
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = opts.host && opts.host !== '0.0.0.0' ? opts.host : 'localhost';
  let stopping: Promise<void> | null = null;
  return {
    httpServer,
    url: `http://${host}:${port}`,
    wsUrl: `ws://${host}:${port}/graphql`,
    services,
    stop() {
      stopping ??= (async () => {
        http.setReady(false);
        await http.apollo.stop(); // drains HTTP (in-flight requests finish) and the sockets
      })();
      return stopping;
    },
  };
}

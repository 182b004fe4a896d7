// The peer of `me` (issue 11, part 2): a minimal Apollo Server 5 + Express 5 app answering
// `{ me { id name } }` from a constant. What Apollo's own request pipeline costs, with nothing of
// ours: no session, no rights, no limits, no ORM.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';

const typeDefs = `type User { id: ID! name: String! }
type Query { me: User }`;
const ME = { id: 'VXNlcjox', name: '测试' };

export async function startPlainApollo(): Promise<{ url: string; stop(): Promise<void> }> {
  const apollo = new ApolloServer({ typeDefs, resolvers: { Query: { me: () => ME } }, introspection: false, stopOnTerminationSignals: false });
  await apollo.start();
  const app = express();
  app.disable('x-powered-by');
  app.use('/graphql', express.json(), expressMiddleware(apollo));
  const server = createServer(app);
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      await apollo.stop();
      server.closeAllConnections();
      await new Promise<void>((ok) => server.close(() => ok()));
    },
  };
}

// The peer of the lists (issue 11, part 3): PostGraphile 5 with its amber preset over the bench's
// own database, the same tables. It answers `allIssues(condition: { communityId }, first: 50)`
// with the same nested fields as Gongzhi's board, in one SQL statement that builds the nested
// result as JSON. It knows nothing of rights: every row is visible (it does less than Gongzhi).
import { createServer, type Server } from 'node:http';
import pg from 'pg';
import type { AddressInfo } from 'node:net';

/**
 * PostGraphile 5 declares Node 22; on the project's Node 20 its one missing piece is
 * `Promise.withResolvers` (Node 22's), added here before it loads.
 */
function shimNode22(): void {
  const P = Promise as unknown as { withResolvers?: () => unknown };
  P.withResolvers ??= () => {
    let resolve!: (v: unknown) => void;
    let reject!: (e: unknown) => void;
    const promise = new Promise((ok, fail) => {
      resolve = ok;
      reject = fail;
    });
    return { promise, resolve, reject };
  };
}

/**
 * PostGraphile is not one of the project's dependencies: it has its own package.json and lock
 * here (bench/peers/), installed by `npm run bench`, so that the project's install on Node 20
 * prints no engine warnings for a peer that only the benchmark runs. Imported by a name the type
 * checker does not resolve (the project's typecheck runs where the peers are not installed); the
 * import resolves from this folder, i.e. bench/peers/node_modules. Its types are unknown to the
 * checker for that reason: the shapes below declare the few members the bench uses.
 */
const peer = <M>(specifier: string): Promise<M> => import(specifier) as Promise<M>;

/** An opaque value handed from one PostGraphile module to another (a preset, a service, an adaptor). */
type Opaque = { readonly __postgraphile?: never };
interface PostGraphileInstance {
  createServ(adaptor: Opaque): { addTo(server: Server): void; ready(): Promise<void> };
  release(): Promise<void>;
}
interface PostGraphileModule {
  postgraphile: (preset: { extends: Opaque[]; pgServices: Opaque[]; grafast: { explain: boolean }; grafserv: Record<string, unknown> }) => PostGraphileInstance;
}

export async function startPostGraphile(connectionString: string): Promise<{ url: string; stop(): Promise<void> }> {
  shimNode22();
  process.env.GRAPHILE_ENV ??= 'production';
  const [{ postgraphile }, { PostGraphileAmberPreset }, { makePgService }, { grafserv }] = await Promise.all([
    peer<PostGraphileModule>('postgraphile'),
    peer<{ PostGraphileAmberPreset: Opaque }>('postgraphile/presets/amber'),
    peer<{ makePgService: (options: { pool: pg.Pool; schemas: string[] }) => Opaque }>('postgraphile/adaptors/pg'),
    peer<{ grafserv: Opaque }>('postgraphile/grafserv/node'),
  ]);
  // Our own pool (as many connections as Gongzhi's), ended when we stop; errors while the
  // database shuts down are expected then.
  const pool = new pg.Pool({ connectionString, max: 20 });
  pool.on('error', () => undefined);
  const pgl = postgraphile({
    extends: [PostGraphileAmberPreset],
    pgServices: [makePgService({ pool, schemas: ['public'] })],
    grafast: { explain: false },
    grafserv: { graphqlPath: '/graphql', graphiql: false, watch: false },
  });
  const serv = pgl.createServ(grafserv);
  const server = createServer();
  serv.addTo(server);
  await serv.ready();
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((ok) => server.close(() => ok()));
      await pgl.release();
      await pool.end();
    },
  };
}

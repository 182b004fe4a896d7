import { defineConfig } from 'vitest/config';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import swc from 'unplugin-swc';
import { TIERS } from './tests/setup/tiers.js';

const require = createRequire(import.meta.url);

const DATABASE = ['tests/setup/global-setup.ts'];

// Decorator metadata (type-graphql, MikroORM) needs SWC: esbuild emits none.
export default defineConfig({
  plugins: [swc.vite({ module: { type: 'es6' } })],
  // graphql 16 has no "exports": Node loads its CommonJS build for every package (graphql-ws,
  // type-graphql, Apollo), while Vite would pick index.mjs for the code it transforms: two
  // realms, "Cannot use GraphQLSchema from another module". One copy, as in production.
  resolve: {
    alias: [
      { find: /^graphql$/, replacement: require.resolve('graphql') },
      // The client's own aliases (client/vite.config.ts), for the tests of its pure helpers.
      { find: /^@common\//, replacement: fileURLToPath(new URL('./common/', import.meta.url)) },
      { find: /^@\//, replacement: fileURLToPath(new URL('./client/src/', import.meta.url)) },
    ],
  },
  test: {
    setupFiles: ['tests/setup/per-file.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
    reporters: ['default'],
    // Three tiers (tests/setup/tiers.ts): `npm test` runs them all, `npm run test:unit|api|e2e` one.
    // The global setup (PostgreSQL) belongs to api and e2e only: unit starts no database.
    projects: [
      { extends: true, test: { name: 'unit', include: [...TIERS.unit] } },
      // api files share their worker's imports (isolate: false): each file starts its own server on
      // its own database (tests/helpers/app.ts), so nothing a file keeps is another file's, and the
      // server's modules are imported once per worker instead of once per file.
      { extends: true, test: { name: 'api', include: [...TIERS.api], globalSetup: DATABASE, isolate: false } },
      { extends: true, test: { name: 'e2e', include: [...TIERS.e2e], globalSetup: DATABASE } },
    ],
  },
});

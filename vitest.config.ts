import { defineConfig } from 'vitest/config';
import { createRequire } from 'node:module';
import swc from 'unplugin-swc';

const require = createRequire(import.meta.url);

// Decorator metadata (type-graphql, MikroORM) needs SWC: esbuild emits none.
export default defineConfig({
  plugins: [swc.vite({ module: { type: 'es6' } })],
  // graphql 16 has no "exports": Node loads its CommonJS build for every package (graphql-ws,
  // type-graphql, Apollo), while Vite would pick index.mjs for the code it transforms: two
  // realms, "Cannot use GraphQLSchema from another module". One copy, as in production.
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
  test: {
    include: ['tests/**/*.test.ts', 'server/**/*.test.ts'],
    globalSetup: ['tests/setup/global-setup.ts'],
    setupFiles: ['tests/setup/per-file.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
    reporters: ['default'],
  },
});

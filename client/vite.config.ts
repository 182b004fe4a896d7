import { fileURLToPath, URL } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { constants as zlib } from 'node:zlib';
import { defineConfig } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';

// Run from the repository root (`vite --config client/vite.config.ts`); every path here is
// relative to client/ so the config works from any working directory.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [
    vue(),
    // Every text asset also as .gz and .br, best compression, made once at build: the server
    // sends the one the browser accepts (express-static-gzip in server/app/http.ts).
    compression({
      algorithms: [defineAlgorithm('gzip', { level: 9 }), defineAlgorithm('brotliCompress', { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } })],
      logLevel: 'silent',
    }),
  ],
  resolve: {
    // @common: the plain TypeScript the server uses as well (common/README.md).
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)), '@common': fileURLToPath(new URL('../common', import.meta.url)) },
  },
  define: {
    // vue-i18n feature flags: Composition API only, no legacy API, no devtools in production.
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  build: {
    outDir: fileURLToPath(new URL('../dist/client', import.meta.url)),
    emptyOutDir: true,
  },
  server: {
    proxy: {
      // One endpoint for HTTP POST and the graphql-ws socket, as the server serves both on /graphql.
      '/graphql': { target: 'http://localhost:4000', ws: true, changeOrigin: true },
    },
  },
});

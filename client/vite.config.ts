import { writeFileSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';
import { constants as zlib } from 'node:zlib';
import { baseCompile } from '@intlify/message-compiler';
import vue from '@vitejs/plugin-vue';
import { defineConfig, parseAst, type Plugin } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';
import { VitePWA } from 'vite-plugin-pwa';

/** The message files of client/src/locales (every module there but index.ts). */
const MESSAGE_FILE = /[\\/]client[\\/]src[\\/]locales[\\/](?!index\.ts$)[^\\/]+\.ts$/;

/** A message as the AST vue-i18n's runtime evaluates; a build error if it does not compile. */
function compileMessage(message: string, where: string): string {
  const { ast } = baseCompile(message, {
    jit: true,
    location: false,
    minify: true,
    onError: (error) => {
      throw new Error(`${where}: the message ${JSON.stringify(message)} does not compile: ${error.message}`);
    },
  });
  // Plain text (most messages) needs only its static text: {t: resource, b: {t: message, s}}.
  // (minify: true writes the short keys, b for body and s for static, the runtime reads both.)
  const body = (ast as unknown as { b?: { s?: string } }).b;
  if (typeof body?.s === 'string' && body.s !== '') return JSON.stringify({ t: 0, b: { t: 2, s: body.s } });
  return JSON.stringify(ast);
}

/**
 * vue-i18n's messages compiled at build time, so that the client ships without its message
 * compiler (__INTLIFY_DROP_MESSAGE_COMPILER__ below): about 37 KB of JavaScript less in the first
 * load, and no compiling of messages in the browser. What @intlify/unplugin-vue-i18n does for
 * JSON and YAML resources, for our TypeScript ones: every string value of an object literal in a
 * message file becomes the message's AST. Keys, spreads and types are untouched.
 */
function precompileMessages(): Plugin {
  type Node = { type: string; start: number; end: number; [key: string]: unknown };
  const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';
  return {
    name: 'gongzhi:precompile-messages',
    enforce: 'post',
    transform(code, id) {
      if (!MESSAGE_FILE.test(id)) return null;
      const edits: { start: number; end: number; text: string }[] = [];
      const visit = (node: unknown): void => {
        if (Array.isArray(node)) return node.forEach(visit);
        if (!isNode(node)) return;
        if (node.type === 'Property' && !node.computed) {
          const value = node.value as Node;
          const text =
            value.type === 'Literal' && typeof value.value === 'string'
              ? value.value
              : value.type === 'TemplateLiteral' && (value.expressions as unknown[]).length === 0
                ? (value.quasis as { value: { cooked: string } }[])[0]!.value.cooked
                : undefined;
          if (text !== undefined) {
            edits.push({ start: value.start, end: value.end, text: compileMessage(text, id) });
            return;
          }
        }
        for (const [key, child] of Object.entries(node)) if (key !== 'type') visit(child);
      };
      visit(parseAst(code));
      let out = code;
      for (const { start, end, text } of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}

// Run from the repository root (`vite --config client/vite.config.ts`); every path here is
// relative to client/ so the config works from any working directory.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [
    vue(),
    precompileMessages(),
    // Installable, and the shell offline (issue #14 §2): the web app manifest and a Workbox service
    // worker (dist/client/sw.js) that precaches index.html and every script, style and icon of the
    // build, the lazily loaded route chunks included, and answers a navigation with index.html from
    // its cache. It caches nothing else: GraphQL (POST, and the socket), /files, /export and the
    // server's own routes go to the network as without it. main.ts registers it in production
    // builds. No skipWaiting: a new build's worker waits until no tab runs the old one (an old page
    // keeps its own chunks); clientsClaim: on a first visit the page is served by the worker as soon
    // as it is installed, so that its chunks still come when the network goes.
    VitePWA({
      injectRegister: false,
      registerType: 'prompt',
      manifest: {
        id: '/',
        name: '共治 Gongzhi',
        short_name: '共治',
        description: '社区共治：诉求、志愿服务、议事协商',
        lang: 'zh-CN',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#c0392b',
        background_color: '#ffffff',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['index.html', 'assets/*.{js,css,woff2,svg,png}', 'icons/*.png'],
        // Hashed names change with their content: no revision to add.
        dontCacheBustURLsMatching: /^assets\//,
        navigateFallback: 'index.html',
        // Not the app's pages: what the server itself answers (a photo or a download opened in a tab).
        navigateFallbackDenylist: [/^\/(?:graphql|files|export|metrics|healthz|readyz)(?:[/?.]|$)/],
        clientsClaim: true,
        skipWaiting: false,
        cleanupOutdatedCaches: true,
        inlineWorkboxRuntime: true,
        // ECharts' chunk is above Workbox's 2 MB default.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        runtimeCaching: [],
      },
    }),
    // Every text asset also as .gz and .br, best compression, made once at build: the server
    // sends the one the browser accepts (express-static-gzip in server/app/http.ts).
    compression({
      algorithms: [defineAlgorithm('gzip', { level: 9 }), defineAlgorithm('brotliCompress', { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } })],
      logLevel: 'silent',
    }),
    // GZ_CHUNK_REPORT=<file>: every chunk's modules and their rendered size, as JSON (bench/README.md).
    {
      name: 'gongzhi:chunk-report',
      generateBundle(_options, bundle) {
        const out = process.env.GZ_CHUNK_REPORT;
        if (!out) return;
        const rows = Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? Object.entries(c.modules).map(([id, m]) => ({ chunk: c.fileName, id, len: m.renderedLength })) : []));
        writeFileSync(out, JSON.stringify(rows));
      },
    },
  ],
  resolve: {
    // @common: the plain TypeScript the server uses as well (common/README.md).
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)), '@common': fileURLToPath(new URL('../common', import.meta.url)) },
  },
  define: {
    // vue-i18n feature flags: Composition API only (useI18n; no global <i18n-t>, <i18n-d>, <i18n-n>
    // or v-t, which no template uses), no legacy API, no devtools in production, and no message
    // compiler: the messages come compiled (precompileMessages above).
    __VUE_I18N_FULL_INSTALL__: false,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
    __INTLIFY_DROP_MESSAGE_COMPILER__: true,
  },
  build: {
    outDir: fileURLToPath(new URL('../dist/client', import.meta.url)),
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'entry', tags: ['$initial'] }],
        },
      },
    },
  },
  server: {
    proxy: {
      // One endpoint for HTTP POST and the graphql-ws socket, as the server serves both on /graphql.
      '/graphql': { target: 'http://localhost:4000', ws: true, changeOrigin: true },
    },
  },
});

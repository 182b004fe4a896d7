// ESLint flat config: typescript-eslint's recommended-type-checked rules (each file with the type
// information of its own tsconfig: tsconfig.json, or client/tsconfig.json for the client and its
// .vue files) for the server, tests, bench and migrations and the client; eslint-plugin-vue's
// recommended rules with the TypeScript parser for the client; and the rules that hold the
// architecture's boundaries (STYLE.md, habit 10).
import { readdirSync } from 'node:fs';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';
import pluginVue from 'eslint-plugin-vue';

/** The feature modules: every folder of server/ but core/ and app/, so a new module is covered from its first file. */
const MODULES = readdirSync(new URL('./server/', import.meta.url), { withFileTypes: true })
  .filter((e) => e.isDirectory() && !['core', 'app'].includes(e.name))
  .map((e) => e.name)
  .sort();

/** Feature modules and the composition layer: server/core/ must never depend on them. */
const ABOVE_CORE = [...MODULES, 'app'];

/** The server runs the compiled files as they are: no alias resolves there, common/ is imported by path. */
const SERVER_COMMON_IMPORT = { regex: '^@common(/|$)', message: 'The server imports common/ by relative path (../../common/limits.js): Node resolves no alias.' };

/** no-restricted-imports for files `depth` folders below server/core/ (0: server/core/*.ts). */
function coreBoundary(depth) {
  const up = '\\.\\./'.repeat(depth + 1);
  return {
    files: [`server/core/${'*/'.repeat(depth)}*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^${up}(${ABOVE_CORE.join('|')})(/|$)`,
              message: 'server/core/ is domain-agnostic: it must not import feature modules or server/app (pass what it needs in through Services).',
            },
            SERVER_COMMON_IMPORT,
          ],
        },
      ],
    },
  };
}

/**
 * A module meets the others through their index.ts only (server/README.md, "How modules meet"): a
 * file of server/<module>/ or server/app/ that imports another module's own file is an error, and
 * so is a module that imports server/app/ (the composition layer imports the modules, not the
 * reverse). Tests are exempt: they test units.
 */
function moduleBoundary(name) {
  const others = MODULES.filter((m) => m !== name);
  return {
    files: [`server/${name}/*.ts`],
    ignores: [`server/${name}/*.test.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^\\.\\./(${others.join('|')})/(?!index\\.js$)`,
              message: `Another module's files are its own: import its public surface, '../<module>/index.js' (server/README.md, "How modules meet"). If it lacks what you need, export it there.`,
            },
            ...(name === 'app' ? [] : [{ regex: '^\\.\\./app(/|$)', message: 'server/app/ composes the modules: a module never imports it.' }]),
            SERVER_COMMON_IMPORT,
          ],
        },
      ],
    },
  };
}

/**
 * common/: plain TypeScript that runs on the server (Node) and in the browser alike. It imports
 * nothing of either side: no server/ or client/ code, no Node built-in, no browser global.
 */
const NODE_BUILTINS = ['assert', 'async_hooks', 'buffer', 'child_process', 'cluster', 'crypto', 'dgram', 'dns', 'events', 'fs', 'http', 'http2', 'https', 'module', 'net', 'os', 'path', 'perf_hooks', 'process', 'querystring', 'readline', 'stream', 'string_decoder', 'timers', 'tls', 'tty', 'url', 'util', 'v8', 'vm', 'worker_threads', 'zlib'];
const BROWSER_GLOBALS = ['window', 'document', 'navigator', 'location', 'localStorage', 'sessionStorage', 'history', 'fetch', 'WebSocket', 'XMLHttpRequest', 'HTMLElement', 'Element', 'Event', 'CustomEvent', 'EventTarget', 'requestAnimationFrame', 'alert', 'confirm', 'indexedDB', 'self'];
const NODE_GLOBALS = ['process', 'Buffer', 'require', '__dirname', '__filename', 'global', 'setImmediate'];

const commonBoundary = {
  files: ['common/**/*.ts'],
  ignores: ['common/**/*.test.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          { regex: '(^|/)(server|client)(/|$)', message: 'common/ is shared by server and client: it must not import either (move the code into common/ or pass it in).' },
          { regex: '^@/', message: 'common/ must not import client code (@/ is client/src).' },
          { regex: `^(node:.*|(${NODE_BUILTINS.join('|')})(/.*)?)$`, message: 'common/ runs in the browser too: no Node built-ins.' },
        ],
      },
    ],
    'no-restricted-globals': [
      'error',
      ...[...BROWSER_GLOBALS, ...NODE_GLOBALS].map((name) => ({ name, message: 'common/ runs on the server and in the browser: no globals of only one of them (take it as a parameter).' })),
    ],
  },
};

const TS_FILES = ['common/**/*.ts', 'server/**/*.ts', 'tests/**/*.ts', 'bench/**/*.ts', 'migrations/**/*.ts', 'client/**/*.ts', '*.ts'];

export default defineConfig(
  globalIgnores([
    'dist/',
    'node_modules/',
    'client/src/gql/', // generated by `npm run codegen`
    '.data/',
    '.tmp/',
    'test-results/',
    'migrations/.snapshot*',
  ]),

  // TypeScript everywhere (client .ts files included); .vue files get the same rules below.
  // Type-aware (issue 10, part 5): the project service finds each file's nearest tsconfig.
  {
    files: [...TS_FILES, 'client/**/*.vue'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname, extraFileExtensions: ['.vue'] },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { args: 'after-used', argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
    },
  },

  // Vue single-file components, <script lang="ts"> parsed by typescript-eslint.
  {
    files: ['client/**/*.vue'],
    extends: [pluginVue.configs['flat/recommended']],
    languageOptions: {
      parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'], sourceType: 'module' },
    },
    rules: {
      // Template layout only (one attribute per line, a newline inside every element): the
      // client keeps naive-ui templates compact on purpose, and layout is a formatter's job,
      // not a linter's. Every rule that catches a mistake stays on.
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
    },
  },

  // Migrations: `npm run migration:create` (MikroORM's generator) writes `async up()` and
  // `async down()` that only call addSql; they need no await, and the generated form stays valid.
  {
    files: ['migrations/**/*.ts'],
    rules: { '@typescript-eslint/require-await': 'off' },
  },

  // Tests: `any` for GraphQL response shapes is the norm there (tests/helpers/graphql.ts).
  {
    files: ['tests/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  // Tests read GraphQL responses as untyped JSON (ok<T = any>, gql, collect in
  // tests/helpers/graphql.ts): every field read of a response is a member access on `any`. These
  // five rules made 3,363 of the 3,917 type-aware findings in tests/ when they were switched on
  // (1,868 member-access, 859 assignment, 237 argument, 217 return, 182 call); typing each
  // response by hand is not worth it there. Every other type-checked rule holds in tests.
  {
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
    },
  },

  // Boundaries. The client talks to the server over GraphQL only: never an import of its code.
  {
    files: ['client/**/*.ts', 'client/**/*.vue'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)server(/|$)',
              message: 'The client never imports from server/: use the generated types in client/src/gql/ (npm run codegen).',
            },
          ],
        },
      ],
    },
  },
  commonBoundary,
  {
    files: ['server/**/*.ts', 'migrations/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [SERVER_COMMON_IMPORT] }] },
  },
  coreBoundary(0),
  coreBoundary(1),
  coreBoundary(2),
  ...[...MODULES, 'app'].map(moduleBoundary),
);

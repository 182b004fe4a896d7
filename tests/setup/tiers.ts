/**
 * The three test tiers (vitest projects, vitest.config.ts) and the files each one runs. A file
 * belongs to exactly one tier by where it lives; tests/setup/tiers.test.ts checks that every test
 * file of the repository is in one, and that no unit test reaches for the database.
 *
 * - unit: pure tests, no database, no server. Every `*.test.ts` under server/ and common/ (a
 *   module's `*.policy.test.ts`, `*.state.test.ts`, rules and helpers) and the client's pure
 *   helpers (tests/client). No global setup runs for them.
 * - api: a real server over a real PostgreSQL per test file (tests/helpers/app.ts), started by the
 *   global setup that boots PostgreSQL once for the run.
 * - e2e: the same, driven through Chromium and the built client.
 */
export const TIERS = {
  unit: ['server/**/*.test.ts', 'common/**/*.test.ts', 'tests/client/**/*.test.ts', 'tests/setup/**/*.test.ts'],
  api: ['tests/integration/**/*.test.ts', 'tests/regressions/**/*.test.ts', 'tests/subscriptions/**/*.test.ts'],
  e2e: ['tests/e2e/**/*.test.ts'],
} as const;

export type Tier = keyof typeof TIERS;

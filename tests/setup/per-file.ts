import 'reflect-metadata';
import { afterAll } from 'vitest';

/**
 * pg 8 warns (once per process) when a query is sent on a client still running another: a
 * transaction's statements issued side by side (Promise.all on a transaction's EntityManager;
 * `independentReads` in server/core/rows.ts is the way). pg 9 will refuse it, so the test file
 * during which it happens fails here. One listener per process, whatever the number of files.
 */
const state = globalThis as typeof globalThis & { __concurrentQueries?: string[] };
if (!state.__concurrentQueries) {
  const seen: string[] = (state.__concurrentQueries = []);
  process.on('warning', (warning) => {
    if (warning.message.includes('already executing a query')) seen.push(warning.stack ?? warning.message);
  });
}
afterAll(() => {
  const seen = state.__concurrentQueries!.splice(0);
  if (seen.length) throw new Error(`A query was sent on a connection still running another (a transaction's reads side by side):\n${seen.join('\n')}`);
});

import type { EntityManager } from '@mikro-orm/postgresql';
import type { Bus } from './bus/bus.js';
import { logError } from './errors.js';

/**
 * One unit of work: the entity manager of a database transaction and what must happen once it
 * has committed (event wake-ups). Services take it and never commit on their own.
 */
export interface Transaction {
  readonly em: EntityManager;
  readonly bus: Bus;
  /** The person acting, if any: recorded as the actor of the events it emits. */
  readonly actorId: string | null;
  /** The domain clock's time when the unit of work began: what its events record as their time. */
  readonly now: Date;
  afterCommit(fn: () => Promise<void> | void): void;
  /**
   * Runs once the unit of work's own changes are done, still inside the transaction, awaited in
   * the order registered (bulk writes, event handlers: `onEvent`). Its error rolls back the whole.
   */
  beforeCommit(fn: () => Promise<void>): void;
}

/**
 * Runs `fn` in a transaction on a fork of `em`, flushes, commits, then runs the after-commit hooks.
 * Nothing is published when the transaction fails, so no one hears of a change that did not happen.
 * `fn` may be synchronous (it only creates entities and emits): the flush does the writing.
 */
export async function transact<T>(
  em: EntityManager,
  bus: Bus,
  actorId: string | null,
  fn: (tx: Transaction) => T | Promise<T>,
  now: Date = new Date(),
): Promise<T> {
  const hooks: (() => Promise<void> | void)[] = [];
  const result = await em.transactional(async (txEm) => {
    const before: (() => Promise<void>)[] = [];
    const tx: Transaction = { em: txEm, bus, actorId, now, afterCommit: (h) => void hooks.push(h), beforeCommit: (h) => void before.push(h) };
    const value = await fn(tx);
    // In order; a hook may add hooks (an event handler that emits), which run after it.
    for (let i = 0; i < before.length; i++) await before[i]!();
    return value;
  });
  for (const hook of hooks) {
    try {
      await hook();
    } catch (err) {
      // The change is committed; a lost wake-up is repaired by the subscribers' periodic poll.
      logError('after-commit hook failed', err);
    }
  }
  return result;
}

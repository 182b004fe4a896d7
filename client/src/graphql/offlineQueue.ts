import { getOperationName, mapExchange, type Operation, type OperationResult } from '@urql/core';

/**
 * The actions a person may take without a network (issue #14 §2): each carries an idempotency key,
 * so that its replay applies once. The names are the operations' names in src/graphql.
 */
export const QUEUEABLE_OPERATIONS = ['SubmitIssue', 'CommentOnIssue', 'SupportIssue', 'ClaimTask', 'CheckIn'] as const;
export type QueueableOperation = (typeof QUEUEABLE_OPERATIONS)[number];

/** What a mutation's operation context may carry for the outbox. */
export interface OutboxContext {
  /** What the action was about, as the page names it (an issue's title, a task's title). */
  outboxLabel?: string;
  /** Set by the outbox's replay: a replay that fails again is not queued twice. */
  outboxReplay?: boolean;
}

type Enqueue = (operation: Operation, name: QueueableOperation) => Promise<OperationResult>;
let enqueue: Enqueue | undefined;

/** graphql/outbox.ts, once loaded (with the signed-in layout), takes the actions that found no network. */
export function setOutbox(fn: Enqueue): void {
  enqueue = fn;
}

function isQueueable(name: string | undefined): name is QueueableOperation {
  return QUEUEABLE_OPERATIONS.includes(name as QueueableOperation);
}

/** Whether a mutation's result says it was queued rather than sent (the page shows "will send"). */
export function wasQueued(result: Pick<OperationResult, 'extensions'>): boolean {
  return result.extensions?.outboxQueued === true;
}

/** How many queries' last results a client keeps to show again while offline. */
const LAST_GOOD_MAX = 200;

/**
 * One of the five actions that did not reach the server (offline: fetch fails at once; or the
 * connection broke) is handed to the outbox, which keeps it in IndexedDB and answers with a result
 * marked `extensions.outboxQueued`. And while the browser is offline, a query that finds no network
 * answers with its last result instead of the error: a page visited before shows what it showed
 * (the connection banner says it may be stale) rather than "network error", so that a person can
 * still act on it. Every other result passes untouched. One per client (per session): nothing of
 * one person's is shown to the next.
 */
export function offlineQueueExchange() {
  /** The last result with data of each query. */
  const lastGood = new Map<number, OperationResult>();
  return mapExchange({
    onResult(result) {
      const { operation } = result;
      const lostNetwork = !!result.error?.networkError && result.error.graphQLErrors.length === 0;
      if (operation.kind === 'query') {
        if (!lostNetwork && result.data !== undefined && result.data !== null) {
          if (lastGood.size >= LAST_GOOD_MAX && !lastGood.has(operation.key)) lastGood.delete(lastGood.keys().next().value!);
          lastGood.set(operation.key, result);
        }
        const last = lostNetwork && !navigator.onLine ? lastGood.get(operation.key) : undefined;
        return last ? { ...last, operation, stale: false } : result;
      }
      if (!enqueue || operation.kind !== 'mutation' || !lostNetwork) return result;
      if ((operation.context as OutboxContext).outboxReplay) return result;
      const name = getOperationName(operation.query);
      return isQueueable(name) ? enqueue(operation, name) : result;
    },
  });
}

import { createStore, delMany, set, values } from 'idb-keyval';
import { computed, ref } from 'vue';
import { CombinedError, stringifyDocument, type Operation, type OperationResult } from '@urql/core';
import { errorCode, errorFields, type ErrorCode } from '@/utils/errors';
import { uuid } from '@/utils/uuid';
import { gqlClient } from './client';
import { setOutbox, type OutboxContext, type QueueableOperation } from './offlineQueue';

/**
 * The outbox (待发送): the actions a person took without a network, kept on the phone in
 * IndexedDB (idb-keyval) and replayed in order when the network returns, each with the
 * idempotency key it was made with, so that each applies once (the server answers a replayed key
 * with its first result). graphql/offlineQueue.ts hands it the actions whose request found no
 * network; components/layout/OutboxBar.vue shows what waits, and what became of each.
 */

export type OutboxState = 'waiting' | 'sending' | 'done' | 'failed';

/** What became of an action: the server's refusal, or what the page shows online. */
export interface OutboxOutcome {
  code?: ErrorCode;
  fields?: string[];
  issueId?: string;
  issueNumber?: number;
  supportCount?: number;
  claimStatus?: string;
  waitlistPosition?: number | null;
}

export interface OutboxEntry {
  id: string;
  operation: QueueableOperation;
  /** What it was about, as the page named it. */
  label: string;
  query: string;
  variables: Record<string, unknown>;
  /** Whose it is: replayed only in a session of the same person (or the same session). */
  userId: string | null;
  token: string | null;
  queuedAt: number;
  state: OutboxState;
  settledAt?: number;
  outcome?: OutboxOutcome;
}

/** Settled entries are forgotten after a week, if the person has not cleared them. */
const KEEP_SETTLED_MS = 7 * 24 * 3_600_000;
/** While something waits and the browser thinks it is online (a server down), try again this often. */
const RETRY_MS = 15_000;

// One record per entry, under its id: two tabs of the app queue without writing over each other.
const store = createStore('gongzhi-outbox', 'entries');

/** Every entry on this phone, oldest first. */
export const outboxEntries = ref<OutboxEntry[]>([]);

interface Session {
  userId: () => string | null;
  token: () => string | null;
}
let session: Session | undefined;

function mine(entry: OutboxEntry): boolean {
  if (!session) return false;
  const userId = session.userId();
  return userId ? entry.userId === userId : entry.token !== null && entry.token === session.token();
}

/** The current person's entries. */
export const myOutbox = computed(() => outboxEntries.value.filter(mine));

function save(entry: OutboxEntry): Promise<void> {
  // Plain data: IndexedDB cannot clone Vue's proxies.
  return set(entry.id, JSON.parse(JSON.stringify(entry)) as OutboxEntry, store).catch(() => undefined);
}

let loaded = false;
/**
 * Reads the entries on this phone (the first time: what an earlier visit left; later: what another
 * tab queued), keeping this tab's own view of those it has.
 */
async function load(): Promise<void> {
  const stored = await values<OutboxEntry>(store).catch(() => [] as OutboxEntry[]);
  const now = Date.now();
  const known = new Set(outboxEntries.value.map((e) => e.id));
  const fresh = stored
    .filter((e) => !known.has(e.id))
    .filter((e) => e.state === 'waiting' || e.state === 'sending' || now - (e.settledAt ?? now) < KEEP_SETTLED_MS)
    // One being sent when its page closed may or may not have arrived: its key makes sending it again safe.
    .map((e) => (!loaded && e.state === 'sending' ? { ...e, state: 'waiting' as const } : e));
  loaded = true;
  if (fresh.length) outboxEntries.value = [...outboxEntries.value, ...fresh].sort((a, b) => a.queuedAt - b.queuedAt);
}

function keyOf(variables: Record<string, unknown>): unknown {
  const input = variables.input as Record<string, unknown> | undefined;
  return input?.idempotencyKey ?? variables.idempotencyKey;
}

async function enqueue(operation: Operation, name: QueueableOperation): Promise<OperationResult> {
  if (!loaded) await load();
  const variables = (operation.variables ?? {}) as Record<string, unknown>;
  const key = keyOf(variables);
  // A second tap on a queued action (the same key) replaces it: one entry, sent once.
  const same = outboxEntries.value.find((e) => e.operation === name && e.state === 'waiting' && key !== undefined && keyOf(e.variables) === key);
  const entry: OutboxEntry = {
    id: same?.id ?? uuid(),
    operation: name,
    label: (operation.context as OutboxContext).outboxLabel ?? '',
    query: stringifyDocument(operation.query),
    variables,
    userId: session?.userId() ?? null,
    token: session?.token() ?? null,
    queuedAt: Date.now(),
    state: 'waiting',
  };
  outboxEntries.value = same ? outboxEntries.value.map((e) => (e.id === same.id ? entry : e)) : [...outboxEntries.value, entry];
  await save(entry);
  scheduleRetry();
  return {
    operation,
    data: undefined,
    error: new CombinedError({ networkError: new Error('queued in the outbox') }),
    extensions: { outboxQueued: true },
    stale: false,
    hasNext: false,
  };
}

function outcomeOf(entry: OutboxEntry, data: Record<string, unknown>): OutboxOutcome {
  const value = (data[Object.keys(data)[0]!] ?? {}) as Record<string, unknown>;
  switch (entry.operation) {
    case 'SubmitIssue':
      return { issueId: value.id as string, issueNumber: value.number as number };
    case 'CommentOnIssue':
      return { issueId: (entry.variables.input as { issueId: string }).issueId };
    case 'SupportIssue':
      return { issueId: value.id as string, supportCount: value.supportCount as number };
    case 'ClaimTask':
    case 'CheckIn':
      return { claimStatus: value.status as string, waitlistPosition: (value.waitlistPosition as number | null | undefined) ?? null };
  }
}

let flushing: Promise<void> | undefined;

/**
 * Sends the current person's waiting entries, oldest first, each once: stops at the first that
 * finds no network again (the rest wait for the next try). A refusal is that entry's outcome.
 */
export function flushOutbox(): Promise<void> {
  flushing ??= (async () => {
    try {
      await load();
      for (const entry of outboxEntries.value.filter((e) => e.state === 'waiting' && mine(e))) {
        if (!navigator.onLine) break;
        entry.state = 'sending';
        const context: OutboxContext = { outboxReplay: true };
        const result = await gqlClient()
          .mutation(entry.query, entry.variables, { ...context, requestPolicy: 'network-only' })
          .toPromise();
        if (result.error?.networkError && result.error.graphQLErrors.length === 0) {
          entry.state = 'waiting';
          break;
        }
        if (result.error || !result.data) {
          Object.assign(entry, { state: 'failed', settledAt: Date.now(), outcome: { code: errorCode(result.error), fields: errorFields(result.error) } });
        } else {
          Object.assign(entry, { state: 'done', settledAt: Date.now(), outcome: outcomeOf(entry, result.data as Record<string, unknown>) });
        }
        await save(entry);
      }
    } finally {
      flushing = undefined;
      scheduleRetry();
    }
  })();
  return flushing;
}

let retry: ReturnType<typeof setTimeout> | undefined;
function scheduleRetry(): void {
  if (retry !== undefined || !myOutbox.value.some((e) => e.state === 'waiting')) return;
  retry = setTimeout(() => {
    retry = undefined;
    if (navigator.onLine) void flushOutbox();
    else scheduleRetry();
  }, RETRY_MS);
}

/** Forgets the current person's settled entries (the drawer's 清除). */
export function clearSettled(): Promise<void> {
  const settled = outboxEntries.value.filter((e) => mine(e) && (e.state === 'done' || e.state === 'failed')).map((e) => e.id);
  outboxEntries.value = outboxEntries.value.filter((e) => !settled.includes(e.id));
  return delMany(settled, store).catch(() => undefined);
}

let bound = false;

/**
 * Starts the outbox for the signed-in layout: takes the actions that find no network from now on,
 * reads what an earlier visit left, and sends what waits now and whenever the network returns.
 */
export function bindOutbox(current: Session): void {
  session = current;
  if (bound) return;
  bound = true;
  setOutbox(enqueue);
  window.addEventListener('online', () => void flushOutbox());
  void load().then(() => (navigator.onLine ? flushOutbox() : scheduleRetry()));
}

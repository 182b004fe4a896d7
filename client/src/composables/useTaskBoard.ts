import { useSubscription } from '@urql/vue';
import { computed, onScopeDispose, ref, toValue, watch, type MaybeRefOrGetter, type Ref } from 'vue';
import {
  VolunteerStreamCursorDocument,
  VolunteerTasksLiveDocument,
  type TaskClaimResultFragment,
  type VolunteerTaskFilter,
  type VolunteerTaskItemFragment,
  type VolunteerTasksLiveSubscription,
} from '@/gql/graphql';
import { gqlClient } from '@/graphql/client';
import { sameClaim } from './volunteerIds';
import { isLive } from '@/graphql/connection';

const PAGE_SIZE = 20;
const MAX_PAGE = 100;
/** A burst of new tasks (a coordinator publishing several): one reload of the list. */
const RELOAD_DELAY = 250;

export type TaskEvent = VolunteerTasksLiveSubscription['communityEvents'];

interface TaskPage<T> {
  totalCount: number;
  edges: { node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** How a board reads its tasks: the volunteers' board, "my tasks", the station's console. */
export interface TaskBoardSource<T extends VolunteerTaskItemFragment> {
  fetchPage(communityId: string, filter: VolunteerTaskFilter, first: number, after: string | null): Promise<TaskPage<T>>;
  fetchOne(id: string): Promise<T | null>;
}

export interface TaskBoardOptions {
  /** Event types to listen to (`task.*`, `claim.*`, `hours.*`). */
  types: string[];
  /** Refetch a task on every one of its events (the console: its claims change with each). */
  refetchOnEvery?: boolean;
  /**
   * Whether an event about a task the list does not show should read the list again. Default:
   * a task created, published or cancelled (it may now belong to the list).
   */
  reloadOnUnknown?: (event: TaskEvent) => boolean;
  /** Called for each event about the viewer's own claim (after the task is refetched). */
  onOwnEvent?: (event: TaskEvent) => void;
  pageSize?: number;
}

const COUNTERS = ['title', 'slots', 'claimedCount', 'waitlistCount', 'status'] as const;
const NEW_TO_LISTS = ['task.created', 'task.published', 'task.cancelled'];
const defaultReload = (event: TaskEvent) => NEW_TO_LISTS.includes(event.type);

/**
 * A live list of volunteer tasks of a community.
 *
 * It takes the stream cursor of the community's events first (`events { streamCursor }`), then
 * reads the list, then subscribes to `communityEvents(after: streamCursor, types)`: whatever
 * changes after the list was read is replayed or pushed, so nothing falls in between. Events
 * carry the counters after each change, so a task's `claimedCount`, `waitlistCount` and
 * `status` are patched in place from the event alone; when the event is about the viewer's own
 * claim (e.g. `task.promoted`), or the viewer waits on the task's waitlist (the places move), the
 * task is read again for its `viewerClaim`.
 *
 * Ordering: events arrive in commit order, and each carries the state after its change, so the
 * last event is the truth. A read (a refetch, a claim's response) may have been taken before an
 * event that arrived while it was in flight: then its counters are older and are not applied
 * (a per-task tick counts the events applied).
 */
export function useTaskBoard<T extends VolunteerTaskItemFragment>(
  communityId: MaybeRefOrGetter<string | null | undefined>,
  filter: MaybeRefOrGetter<VolunteerTaskFilter>,
  source: TaskBoardSource<T>,
  options: TaskBoardOptions,
) {
  const pageSize = options.pageSize ?? PAGE_SIZE;
  const id = computed(() => toValue(communityId) ?? null);
  const filterKey = computed(() => JSON.stringify(toValue(filter) ?? {}));

  const items = ref([]) as Ref<T[]>;
  const totalCount = ref(0);
  const endCursor = ref<string | null>(null);
  const hasMore = ref(false);
  const loading = ref(false);
  const loadingMore = ref(false);
  const error = ref<unknown>();
  /** Where the subscription starts, per community; `undefined` until known. */
  const liveFrom = ref<string | undefined>(undefined);
  const liveFor = ref<string | null>(null);
  /** The first list of the community is read: the subscription may start (and then stays). */
  const ready = ref(false);
  /** Events already applied: a socket that reconnects replays from the same cursor. */
  const seen = new Set<string>();

  /** Events applied per task: a read that saw fewer is older than what is shown. */
  const ticks = new Map<string, number>();
  const tickOf = (taskId: string) => ticks.get(taskId) ?? 0;
  let generation = 0;

  function replace(taskId: string, update: (task: T) => T) {
    const index = items.value.findIndex((task) => task.id === taskId);
    if (index < 0) return;
    const next = items.value.slice();
    next[index] = update(next[index]!);
    items.value = next;
  }

  /** A fresh read of a task, keeping the shown counters when events came in meanwhile. */
  function merge(shown: T | undefined, fresh: T, eventsMeanwhile: boolean): T {
    if (!shown || !eventsMeanwhile) return fresh;
    const kept: Partial<T> = {};
    for (const key of COUNTERS) (kept as Record<string, unknown>)[key] = shown[key];
    return { ...fresh, ...kept };
  }

  async function load(keepRows: boolean) {
    const communityIdNow = id.value;
    if (!communityIdNow) return;
    const mine = ++generation;
    const before = new Map(items.value.map((task) => [task.id, tickOf(task.id)]));
    if (!keepRows) loading.value = true;
    try {
      const rows = keepRows ? Math.min(MAX_PAGE, Math.max(pageSize, items.value.length)) : pageSize;
      const page = await source.fetchPage(communityIdNow, JSON.parse(filterKey.value) as VolunteerTaskFilter, rows, null);
      if (mine !== generation) return;
      const shown = new Map(items.value.map((task) => [task.id, task]));
      items.value = page.edges.map(({ node }) => merge(shown.get(node.id), node, before.has(node.id) && before.get(node.id) !== tickOf(node.id)));
      totalCount.value = page.totalCount;
      endCursor.value = page.pageInfo.endCursor ?? null;
      hasMore.value = page.pageInfo.hasNextPage;
      error.value = undefined;
    } catch (caught) {
      if (mine === generation) error.value = caught;
    } finally {
      if (mine === generation) loading.value = false;
    }
  }

  async function loadMore() {
    const communityIdNow = id.value;
    if (!communityIdNow || !hasMore.value || loadingMore.value || !endCursor.value) return;
    const mine = generation;
    loadingMore.value = true;
    try {
      const page = await source.fetchPage(communityIdNow, JSON.parse(filterKey.value) as VolunteerTaskFilter, pageSize, endCursor.value);
      if (mine !== generation) return;
      const known = new Set(items.value.map((task) => task.id));
      items.value = [...items.value, ...page.edges.map((edge) => edge.node).filter((task) => !known.has(task.id))];
      totalCount.value = page.totalCount;
      endCursor.value = page.pageInfo.endCursor ?? null;
      hasMore.value = page.pageInfo.hasNextPage;
    } catch (caught) {
      if (mine === generation) error.value = caught;
    } finally {
      loadingMore.value = false;
    }
  }

  /** Reads one task again (its viewer claim, its claims), keeping newer counters. */
  async function refetchTask(taskId: string) {
    const tick = tickOf(taskId);
    try {
      const fresh = await source.fetchOne(taskId);
      if (fresh) replace(taskId, (shown) => merge(shown, fresh, tickOf(taskId) !== tick));
    } catch (caught) {
      error.value = caught;
    }
  }

  /**
   * Runs a claim step of the viewer's (claim, withdraw, check-in, check-out) and shows its
   * result at once: the claim, and the counters unless events overtook the response.
   */
  async function runClaimStep(taskId: string, step: () => Promise<TaskClaimResultFragment | null>): Promise<TaskClaimResultFragment | null> {
    const tick = tickOf(taskId);
    const result = await step();
    if (!result) return null;
    const { task, ...claim } = result;
    const overtaken = tickOf(taskId) !== tick;
    replace(taskId, (shown) => ({
      ...shown,
      viewerClaim: claim,
      // What the viewer may do next follows from their claim: the step's answer says it.
      viewerActions: task.viewerActions,
      ...(overtaken ? {} : { claimedCount: task.claimedCount, waitlistCount: task.waitlistCount, status: task.status }),
    }));
    // Events came in while it ran: the claim shown may already be older than they are.
    if (overtaken) void refetchTask(taskId);
    return result;
  }

  async function startLive(communityIdNow: string) {
    if (liveFor.value === communityIdNow) return;
    liveFor.value = communityIdNow;
    liveFrom.value = undefined;
    const result = await gqlClient()
      .query(VolunteerStreamCursorDocument, { communityId: communityIdNow }, { requestPolicy: 'network-only' })
      .toPromise();
    if (liveFor.value !== communityIdNow) return;
    if (result.error || !result.data) throw result.error ?? new Error('No data in the response');
    liveFrom.value = result.data.events.streamCursor;
  }

  watch(
    [id, filterKey],
    async ([communityIdNow], previous) => {
      if (!communityIdNow) {
        generation++;
        items.value = [];
        totalCount.value = 0;
        hasMore.value = false;
        liveFor.value = null;
        ready.value = false;
        return;
      }
      const communityChanged = !previous || previous[0] !== communityIdNow;
      if (communityChanged) {
        items.value = [];
        ticks.clear();
        seen.clear();
        ready.value = false;
      }
      loading.value = true;
      if (communityChanged) await startLive(communityIdNow).catch((caught) => (error.value = caught));
      await load(false);
      if (id.value === communityIdNow) ready.value = true;
    },
    { immediate: true },
  );

  let reloadTimer: ReturnType<typeof setTimeout> | undefined;
  function scheduleReload() {
    clearTimeout(reloadTimer);
    reloadTimer = setTimeout(() => void load(true), RELOAD_DELAY);
  }
  onScopeDispose(() => clearTimeout(reloadTimer));

  function onEvent(event: TaskEvent) {
    if (seen.has(event.id)) return;
    seen.add(event.id);
    const taskId = event.subject?.id;
    if (!taskId) return;
    const shown = items.value.find((task) => task.id === taskId);
    if (!shown) {
      // A task this list does not show yet (just published, a draft just made): read the list again.
      if ((options.reloadOnUnknown ?? defaultReload)(event)) scheduleReload();
      return;
    }
    ticks.set(taskId, tickOf(taskId) + 1);
    const data = event.data ?? {};
    const patch: Record<string, unknown> = {};
    for (const key of COUNTERS) if (data[key] !== undefined && data[key] !== null) patch[key] = data[key];
    if (Object.keys(patch).length) replace(taskId, (task) => ({ ...task, ...patch }));

    const own = shown.viewerClaim;
    const aboutMine = !!own && sameClaim(data.claimId, own.id);
    // A waiter's place moves whenever someone ahead leaves the waitlist; a cancellation
    // withdraws every live claim without naming them (and a claim's steps go with it).
    const waiting = own?.status === 'WAITLISTED';
    // Publishing and cancelling change what the viewer may do with it (`viewerActions`).
    const transition = event.type === 'task.cancelled' || event.type === 'task.published';
    if (aboutMine || waiting || transition || options.refetchOnEvery) {
      void refetchTask(taskId).then(() => {
        if (aboutMine) options.onOwnEvent?.(event);
      });
    }
  }

  const live = useSubscription(
    {
      query: VolunteerTasksLiveDocument,
      variables: () => ({ communityId: liveFor.value ?? '', after: liveFrom.value ?? null, types: options.types }),
      pause: () => !liveFor.value || liveFrom.value === undefined || !ready.value,
    },
    // Called once per pushed result (a watcher on `data` could coalesce two quick events).
    (_previous, data) => {
      onEvent(data.communityEvents);
      return data;
    },
  );

  return {
    items,
    totalCount,
    hasMore,
    loading: computed(() => loading.value && items.value.length === 0),
    loadingMore,
    error: computed(() => error.value ?? live.error.value),
    live: computed(() => isLive(liveFrom.value !== undefined && live.fetching.value && !live.error.value)),
    loadMore,
    refresh: () => load(true),
    refetchTask,
    runClaimStep,
  };
}

import { toValue, type MaybeRefOrGetter } from 'vue';
import type { TaskClaimResultFragment, VolunteerTaskFilter, VolunteerTaskItemFragment } from '@/gql/graphql';
import type { LiveEvent } from './useLiveCommunityRead';
import { livePage, useLivePages } from './useLivePages';
import { sameClaim } from './volunteerIds';

export type TaskEvent = LiveEvent;

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
  /** Events applied per task: a read that saw fewer is older than what is shown. */
  const ticks = new Map<string, number>();
  const tickOf = (taskId: string) => ticks.get(taskId) ?? 0;
  let ticksFor: string | null = null;
  /** The tasks shown (bound once the list exists). */
  let shownNow = (): T[] => [];

  /** A fresh read of a task, keeping the shown counters when events came in meanwhile. */
  function merge(shown: T | undefined, fresh: T, eventsMeanwhile: boolean): T {
    if (!shown || !eventsMeanwhile) return fresh;
    const kept: Partial<T> = {};
    for (const key of COUNTERS) (kept as Record<string, unknown>)[key] = shown[key];
    return { ...fresh, ...kept };
  }

  const board = useLivePages<T>(communityId, {
    types: () => options.types,
    filter,
    pageSize: options.pageSize,
    async fetchPage(id, first, after) {
      // Ticks count the events of one community's stream.
      if (ticksFor !== id) {
        ticks.clear();
        ticksFor = id;
      }
      return livePage(await source.fetchPage(id, JSON.parse(JSON.stringify(toValue(filter) ?? {})) as VolunteerTaskFilter, first, after));
    },
    // A read keeps the counters of a task that events changed while it was in flight.
    beginRead() {
      const before = new Map(shownNow().map((task) => [task.id, tickOf(task.id)]));
      return (fresh, shown) => {
        const byId = new Map(shown.map((task) => [task.id, task]));
        return fresh.map((node) => merge(byId.get(node.id), node, before.has(node.id) && before.get(node.id) !== tickOf(node.id)));
      };
    },
    onEvent,
  });
  const items = board.items;
  shownNow = () => items.value;

  function replace(taskId: string, update: (task: T) => T) {
    const index = items.value.findIndex((task) => task.id === taskId);
    if (index < 0) return;
    const next = items.value.slice();
    next[index] = update(next[index]!);
    items.value = next;
  }

  /** Reads one task again (its viewer claim, its claims), keeping newer counters. */
  async function refetchTask(taskId: string) {
    const tick = tickOf(taskId);
    try {
      const fresh = await source.fetchOne(taskId);
      if (fresh) replace(taskId, (shown) => merge(shown, fresh, tickOf(taskId) !== tick));
    } catch (caught) {
      board.setError(caught);
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

  /** Patches the task an event is about from its counters; reads the list again only for a task it does not show. */
  function onEvent(event: TaskEvent): boolean {
    const taskId = event.subject?.id;
    if (!taskId) return false;
    const shown = items.value.find((task) => task.id === taskId);
    // A task this list does not show yet (just published, a draft just made): read the list again.
    if (!shown) return (options.reloadOnUnknown ?? defaultReload)(event);
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
    return false;
  }

  return {
    items,
    totalCount: board.totalCount,
    hasMore: board.hasMore,
    loading: board.loading,
    loadingMore: board.loadingMore,
    error: board.error,
    live: board.live,
    loadMore: board.loadMore,
    refresh: board.refresh,
    refetchTask,
    runClaimStep,
  };
}

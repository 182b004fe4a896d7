import { computed, ref, toValue, type MaybeRefOrGetter } from 'vue';
import { useLiveCommunityRead, type LiveEvent } from './useLiveCommunityRead';

const PAGE_SIZE = 20;
/** The server's page-size ceiling: a re-read reloads at most this many. */
const MAX_PAGE = 100;

/** One page as a list query answers it (a Relay connection, flattened). */
export interface LivePage<T> {
  items: T[];
  totalCount: number;
  endCursor: string | null;
  hasNextPage: boolean;
}

export interface LivePagesOptions<T> {
  /** The event types that can change what the list shows (`issue.*`). */
  types: MaybeRefOrGetter<string[]>;
  /** The filter: a change reads the first page again (the stream stays). */
  filter?: MaybeRefOrGetter<unknown>;
  /** Reads `first` items after `after` (null: from the top). */
  fetchPage: (communityId: string, first: number, after: string | null) => Promise<LivePage<T>>;
  pageSize?: number;
  /**
   * Each event once, before the re-read it causes; `false` when the list handled it itself (the
   * task board patches counters from the event).
   */
  onEvent?: (event: LiveEvent) => boolean | void;
  /**
   * Called as a re-read starts; what it returns makes the rows that read answers from the rows
   * shown by then (the task board keeps the counters that events brought while it was in flight).
   */
  beginRead?: () => (fresh: T[], shown: T[]) => T[];
}

/** The Relay connection of a list query as a LivePage. */
export function livePage<T>(connection: { totalCount: number; edges: { node: T }[]; pageInfo: { hasNextPage: boolean; endCursor?: string | null } }): LivePage<T> {
  return {
    items: connection.edges.map((edge) => edge.node),
    totalCount: connection.totalCount,
    endCursor: connection.pageInfo.endCursor ?? null,
    hasNextPage: connection.pageInfo.hasNextPage,
  };
}

/**
 * A live paged list of a community, newest first as its query orders it: the one list behind the
 * issue board, desk and work list, the meetings and the volunteer tasks (Elk's paginator is the
 * model). useLiveCommunityRead takes the stream cursor, reads the first page and subscribes to
 * the `types` after that cursor; each burst of events reads again as many rows as are shown
 * (so "load more" pages stay and the filter stays true: an issue dispatched from the desk leaves
 * the desk's queue, a new one appears on top). `loadMore()` pages on with `after`, dropping rows
 * already shown.
 */
export function useLivePages<T extends { id: string }>(communityId: MaybeRefOrGetter<string | null | undefined>, options: LivePagesOptions<T>) {
  const pageSize = options.pageSize ?? PAGE_SIZE;
  const empty: LivePage<T> = { items: [], totalCount: 0, endCursor: null, hasNextPage: false };
  /** The rows shown when a read answers (bound once the read exists). */
  let shownNow = (): T[] => [];

  const list = useLiveCommunityRead<LivePage<T>>(
    communityId,
    options.types,
    async (id, shown, fresh): Promise<LivePage<T>> => {
      const combine = options.beginRead?.();
      const page = await options.fetchPage(id, fresh ? pageSize : Math.min(MAX_PAGE, Math.max(pageSize, shown.items.length)), null);
      return combine ? { ...page, items: combine(page.items, shownNow()) } : page;
    },
    empty,
    { key: options.filter, onEvent: options.onEvent },
  );

  shownNow = () => list.value.value.items;

  const loadingMore = ref(false);
  async function loadMore() {
    const id = toValue(communityId);
    const shown = list.value.value;
    if (!id || !shown.hasNextPage || loadingMore.value || !shown.endCursor) return;
    const still = list.guard();
    loadingMore.value = true;
    try {
      const page = await options.fetchPage(id, pageSize, shown.endCursor);
      if (!still()) return;
      const current = list.value.value;
      const known = new Set(current.items.map((item: T) => item.id));
      list.value.value = { ...page, items: [...current.items, ...page.items.filter((item) => !known.has(item.id))] };
    } catch (caught) {
      if (still()) list.setError(caught);
    } finally {
      loadingMore.value = false;
    }
  }

  return {
    /** The rows shown; writable for a list that patches a row (`replace` in the task board). */
    items: computed({
      get: () => list.value.value.items,
      set: (items: T[]) => (list.value.value = { ...list.value.value, items }),
    }),
    totalCount: computed(() => list.value.value.totalCount),
    hasMore: computed(() => list.value.value.hasNextPage),
    /** The first rows (of a community or filter) are on their way and none is shown. */
    loading: computed(() => list.reading.value && list.value.value.items.length === 0),
    loadingMore,
    error: list.error,
    setError: list.setError,
    live: list.live,
    loadMore,
    /** Reads again what is shown, keeping it until the answer. */
    refresh: list.reread,
  };
}

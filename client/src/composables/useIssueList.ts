import { useSubscription } from '@urql/vue';
import { computed, onScopeDispose, ref, toValue, watch, type MaybeRefOrGetter } from 'vue';
import {
  IssuesDocument,
  IssuesLiveDocument,
  IssuesLiveFromDocument,
  type IssueFilter,
  type IssueListItemFragment,
} from '@/gql/graphql';
import { gqlClient } from '@/graphql/client';
import { isLive } from '@/graphql/connection';

const PAGE_SIZE = 20;
/** The server's page-size ceiling: a refresh reloads at most this many. */
const MAX_PAGE = 100;
/** Events often come in bursts (a dispatch, then its notification's comment): one refetch for them. */
const REFRESH_DELAY = 250;

/**
 * A live list of a community's issues (the board, the desk, the work list), newest first.
 *
 * It first takes the cursor of the community's newest event, then loads the list, then
 * subscribes to `communityEvents(types: ["issue.*"])` after that cursor: whatever changes after
 * the list was read is replayed or pushed, so nothing falls in between. Each event refetches what
 * is shown (as many rows as are loaded), so the filters stay true: an issue dispatched from the
 * desk leaves the desk's queue, a new one appears on top. `loadMore()` pages on with `after`.
 */
export function useIssueList(
  communityId: MaybeRefOrGetter<string | null | undefined>,
  filter: MaybeRefOrGetter<IssueFilter>,
  pageSize = PAGE_SIZE,
) {
  const id = computed(() => toValue(communityId) ?? null);
  const filterKey = computed(() => JSON.stringify(toValue(filter) ?? {}));

  const items = ref<IssueListItemFragment[]>([]);
  const totalCount = ref(0);
  const endCursor = ref<string | null>(null);
  const hasMore = ref(false);
  const loading = ref(false);
  const loadingMore = ref(false);
  const error = ref<unknown>();
  /** Where the subscription starts, per community; `undefined` until known. */
  const liveFrom = ref<string | null | undefined>(undefined);
  const liveFor = ref<string | null>(null);

  // Every load bumps this: a response for an older community or filter is dropped.
  let generation = 0;

  async function fetchPage(first: number, after: string | null) {
    const communityIdNow = id.value;
    if (!communityIdNow) return null;
    const result = await gqlClient()
      .query(IssuesDocument, { communityId: communityIdNow, filter: JSON.parse(filterKey.value) as IssueFilter, first, after }, { requestPolicy: 'network-only' })
      .toPromise();
    if (result.error || !result.data) throw result.error ?? new Error('No data in the response');
    return result.data.issues;
  }

  /** The first page again, or as many rows as are shown (a live refresh keeps "load more" pages). */
  async function load(keepRows: boolean) {
    const mine = ++generation;
    if (!keepRows) loading.value = true;
    try {
      const rows = keepRows ? Math.min(MAX_PAGE, Math.max(pageSize, items.value.length)) : pageSize;
      const page = await fetchPage(rows, null);
      if (mine !== generation || !page) return;
      items.value = page.edges.map((edge) => edge.node);
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
    if (!hasMore.value || loadingMore.value || !endCursor.value) return;
    const mine = generation;
    loadingMore.value = true;
    try {
      const page = await fetchPage(pageSize, endCursor.value);
      if (mine !== generation || !page) return;
      const known = new Set(items.value.map((issue) => issue.id));
      items.value = [...items.value, ...page.edges.map((edge) => edge.node).filter((issue) => !known.has(issue.id))];
      totalCount.value = page.totalCount;
      endCursor.value = page.pageInfo.endCursor ?? null;
      hasMore.value = page.pageInfo.hasNextPage;
    } catch (caught) {
      if (mine === generation) error.value = caught;
    } finally {
      loadingMore.value = false;
    }
  }

  /** The community's stream cursor, read before the list. */
  async function startLive(communityIdNow: string) {
    if (liveFor.value === communityIdNow) return;
    liveFor.value = communityIdNow;
    liveFrom.value = undefined;
    const result = await gqlClient().query(IssuesLiveFromDocument, { communityId: communityIdNow }, { requestPolicy: 'network-only' }).toPromise();
    if (liveFor.value !== communityIdNow) return;
    // The stream cursor, not the newest edge: nothing is lost even while the community has no event yet.
    liveFrom.value = result.data?.events.streamCursor ?? null;
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
        return;
      }
      const communityChanged = !previous || previous[0] !== communityIdNow;
      if (communityChanged) items.value = [];
      loading.value = true;
      if (communityChanged) await startLive(communityIdNow).catch((caught) => (error.value = caught));
      await load(false);
    },
    { immediate: true },
  );

  let timer: ReturnType<typeof setTimeout> | undefined;
  function scheduleRefresh() {
    clearTimeout(timer);
    timer = setTimeout(() => void load(true), REFRESH_DELAY);
  }
  onScopeDispose(() => clearTimeout(timer));

  const live = useSubscription(
    {
      query: IssuesLiveDocument,
      variables: () => ({ communityId: liveFor.value ?? '', after: liveFrom.value ?? null }),
      pause: () => !liveFor.value || liveFrom.value === undefined,
    },
    (_previous, data) => {
      scheduleRefresh();
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
  };
}

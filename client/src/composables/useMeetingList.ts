import { useSubscription } from '@urql/vue';
import { computed, onScopeDispose, ref, toValue, watch, type MaybeRefOrGetter } from 'vue';
import { MeetingsDocument, MeetingsLiveDocument, MeetingsLiveFromDocument, type MeetingListItemFragment } from '@/gql/graphql';
import { gqlClient } from '@/graphql/client';
import { isLive } from '@/graphql/connection';

const PAGE_SIZE = 20;
/** The server's page-size ceiling: a refresh reloads at most this many. */
const MAX_PAGE = 100;
/** Events come in bursts (a start, then every check-in): one refresh for them. */
const REFRESH_DELAY = 250;
/** The events that change a line of the list: status, title, the viewer's seat. */
const TYPES = ['meeting.*', 'minutes.*'];

/**
 * A live list of a community's meetings, latest first. As the issue list does, it takes the
 * community's stream cursor first, then loads the list, then subscribes to
 * `communityEvents(types: meeting.*, minutes.*)` after that cursor, and each event reloads what is
 * shown: a meeting scheduled by someone else appears, a status changes, without a reload.
 */
export function useMeetingList(communityId: MaybeRefOrGetter<string | null | undefined>, pageSize = PAGE_SIZE) {
  const id = computed(() => toValue(communityId) ?? null);

  const items = ref<MeetingListItemFragment[]>([]);
  const totalCount = ref(0);
  const endCursor = ref<string | null>(null);
  const hasMore = ref(false);
  const loading = ref(false);
  const loadingMore = ref(false);
  const error = ref<unknown>();
  /** Where the subscription starts, per community; `undefined` until known. */
  const liveFrom = ref<string | null | undefined>(undefined);
  const liveFor = ref<string | null>(null);
  // Every load bumps this: a response for an older community is dropped.
  let generation = 0;

  async function fetchPage(first: number, after: string | null) {
    const communityIdNow = id.value;
    if (!communityIdNow) return null;
    const result = await gqlClient().query(MeetingsDocument, { communityId: communityIdNow, first, after }, { requestPolicy: 'network-only' }).toPromise();
    if (result.error || !result.data) throw result.error ?? new Error('No data in the response');
    return result.data.meetings;
  }

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
      const known = new Set(items.value.map((meeting) => meeting.id));
      items.value = [...items.value, ...page.edges.map((edge) => edge.node).filter((meeting) => !known.has(meeting.id))];
      totalCount.value = page.totalCount;
      endCursor.value = page.pageInfo.endCursor ?? null;
      hasMore.value = page.pageInfo.hasNextPage;
    } catch (caught) {
      if (mine === generation) error.value = caught;
    } finally {
      loadingMore.value = false;
    }
  }

  async function startLive(communityIdNow: string) {
    if (liveFor.value === communityIdNow) return;
    liveFor.value = communityIdNow;
    liveFrom.value = undefined;
    const result = await gqlClient().query(MeetingsLiveFromDocument, { communityId: communityIdNow }, { requestPolicy: 'network-only' }).toPromise();
    if (liveFor.value !== communityIdNow) return;
    liveFrom.value = result.data?.events.streamCursor ?? null;
  }

  watch(
    id,
    async (communityIdNow) => {
      if (!communityIdNow) {
        generation++;
        items.value = [];
        totalCount.value = 0;
        hasMore.value = false;
        liveFor.value = null;
        return;
      }
      items.value = [];
      loading.value = true;
      await startLive(communityIdNow).catch((caught) => (error.value = caught));
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
      query: MeetingsLiveDocument,
      variables: () => ({ communityId: liveFor.value ?? '', after: liveFrom.value ?? null, types: TYPES }),
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

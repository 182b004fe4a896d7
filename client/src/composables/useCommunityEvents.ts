import { useQuery, useSubscription } from '@urql/vue';
import { computed, ref, toValue, watch, type MaybeRefOrGetter } from 'vue';
import {
  CommunityEventsDocument,
  CommunityEventsLiveDocument,
  type BoardEventFragment,
} from '@/gql/graphql';
import { gqlClient } from '@/graphql/client';
import { isLive } from '@/graphql/connection';

const PAGE_SIZE = 30;

/**
 * The live board of one community: loads the newest events (the server lists them newest first),
 * then subscribes from the newest cursor and prepends each arriving event, deduplicated by id
 * (a reconnecting socket replays from that cursor). `loadOlder()` pages back in time.
 */
export function useCommunityEvents(communityId: MaybeRefOrGetter<string | null | undefined>) {
  const id = computed(() => toValue(communityId) ?? null);

  const events = ref<BoardEventFragment[]>([]);
  /** The cursor the subscription resumes from: fixed once per community, so it does not resubscribe per event. */
  const liveFrom = ref<string | null>(null);
  const ready = ref(false);
  const olderCursor = ref<string | null>(null);
  const hasOlder = ref(false);
  const loadingOlder = ref(false);
  const olderError = ref<unknown>();

  // Synchronous, so the reset happens before any result for the new community is handled.
  watch(
    id,
    () => {
      events.value = [];
      ready.value = false;
      liveFrom.value = null;
      olderCursor.value = null;
      hasOlder.value = false;
    },
    { flush: 'sync' },
  );

  const initial = useQuery({
    query: CommunityEventsDocument,
    variables: () => ({ communityId: id.value ?? '', first: PAGE_SIZE }),
    pause: () => !id.value,
  });

  function prepend(incoming: BoardEventFragment[]) {
    const known = new Set(events.value.map((event) => event.id));
    const fresh = incoming.filter((event) => !known.has(event.id));
    if (fresh.length > 0) events.value = [...fresh, ...events.value];
  }

  watch(initial.data, (data) => {
    // Ignore a result still held for the previous community while the new one loads.
    if (!data || initial.operation.value?.variables.communityId !== id.value) return;
    const page = data.events.edges.map((edge) => edge.node);
    // A page again (cache then network, a refetch): what arrived live since stays above it,
    // what "load more" fetched stays below it.
    const inPage = new Set(page.map((event) => event.id));
    const oldest = page.length ? Date.parse(page[page.length - 1]!.occurredAt) : -Infinity;
    const rest = events.value.filter((event) => !inPage.has(event.id));
    const isOlder = (event: BoardEventFragment) => Date.parse(event.occurredAt) < oldest;
    events.value = [...rest.filter((event) => !isOlder(event)), ...page, ...rest.filter(isOlder)];
    if (!ready.value) {
      liveFrom.value = data.events.streamCursor;
      olderCursor.value = data.events.pageInfo.endCursor ?? null;
      hasOlder.value = data.events.pageInfo.hasNextPage;
      ready.value = true;
    }
  });

  const live = useSubscription(
    {
      query: CommunityEventsLiveDocument,
      variables: () => ({ communityId: id.value ?? '', after: liveFrom.value }),
      pause: () => !id.value || !ready.value,
    },
    // Called once per pushed result (a watcher on `data` could coalesce two quick events).
    (_previous, data) => {
      if (data.communityEvents.community.id === id.value) prepend([data.communityEvents]);
      return data;
    },
  );

  async function loadOlder() {
    if (!id.value || !hasOlder.value || loadingOlder.value) return;
    loadingOlder.value = true;
    olderError.value = undefined;
    const forCommunity = id.value;
    try {
      const result = await gqlClient()
        .query(CommunityEventsDocument, { communityId: forCommunity, first: PAGE_SIZE, after: olderCursor.value }, { requestPolicy: 'network-only' })
        .toPromise();
      if (forCommunity !== id.value) return;
      if (result.error || !result.data) {
        olderError.value = result.error;
        return;
      }
      const known = new Set(events.value.map((event) => event.id));
      events.value = [...events.value, ...result.data.events.edges.map((edge) => edge.node).filter((event) => !known.has(event.id))];
      olderCursor.value = result.data.events.pageInfo.endCursor ?? null;
      hasOlder.value = result.data.events.pageInfo.hasNextPage;
    } finally {
      loadingOlder.value = false;
    }
  }

  return {
    events,
    loading: computed(() => initial.fetching.value && events.value.length === 0),
    error: computed(() => initial.error.value ?? live.error.value ?? olderError.value),
    live: computed(() => isLive(ready.value && live.fetching.value && !live.error.value)),
    hasOlder,
    loadingOlder,
    loadOlder,
    refresh: () => initial.executeQuery({ requestPolicy: 'network-only' }),
  };
}

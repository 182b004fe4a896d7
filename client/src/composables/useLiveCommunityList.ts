import { useSubscription } from '@urql/vue';
import { computed, onScopeDispose, ref, toValue, watch, type MaybeRefOrGetter } from 'vue';
import { MeetingsLiveDocument, MeetingsLiveFromDocument } from '@/gql/graphql';
import { gqlClient } from '@/graphql/client';

/** Events come in bursts (a vote closes and adopts): one read for them. */
const REFRESH_DELAY = 250;

/**
 * A list of one community kept live: the stream cursor first, then the list (`read`), then
 * `communityEvents(types)` after that cursor; each burst of events reads the list again, so a
 * change shows on every screen without a reload and nothing between the read and the stream is
 * missed. Used by the matters board and the covenant list.
 */
export function useLiveCommunityList<T>(
  communityId: MaybeRefOrGetter<string | null | undefined>,
  types: string[],
  read: (communityId: string) => Promise<{ items: T[]; totalCount: number }>,
) {
  const id = computed(() => toValue(communityId) ?? null);
  const items = ref<T[]>([]);
  const totalCount = ref(0);
  const loading = ref(false);
  const error = ref<unknown>();
  const liveFrom = ref<string | null | undefined>(undefined);
  const liveFor = ref<string | null>(null);
  let generation = 0;

  async function load() {
    const communityIdNow = id.value;
    if (!communityIdNow) return;
    const mine = ++generation;
    try {
      const result = await read(communityIdNow);
      if (mine !== generation) return;
      items.value = result.items as typeof items.value;
      totalCount.value = result.totalCount;
      error.value = undefined;
    } catch (caught) {
      if (mine === generation) error.value = caught;
    } finally {
      if (mine === generation) loading.value = false;
    }
  }

  watch(
    id,
    async (communityIdNow) => {
      generation++;
      items.value = [];
      totalCount.value = 0;
      liveFor.value = null;
      if (!communityIdNow) return;
      loading.value = true;
      liveFrom.value = undefined;
      liveFor.value = communityIdNow;
      const cursor = await gqlClient().query(MeetingsLiveFromDocument, { communityId: communityIdNow }, { requestPolicy: 'network-only' }).toPromise();
      if (liveFor.value !== communityIdNow) return;
      liveFrom.value = cursor.data?.events.streamCursor ?? null;
      await load();
    },
    { immediate: true },
  );

  let timer: ReturnType<typeof setTimeout> | undefined;
  function scheduleRefresh() {
    clearTimeout(timer);
    timer = setTimeout(() => void load(), REFRESH_DELAY);
  }
  onScopeDispose(() => clearTimeout(timer));

  const live = useSubscription(
    {
      query: MeetingsLiveDocument,
      variables: () => ({ communityId: liveFor.value ?? '', after: liveFrom.value ?? null, types }),
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
    loading: computed(() => loading.value && items.value.length === 0),
    error: computed(() => error.value ?? live.error.value),
    live: computed(() => liveFrom.value !== undefined && live.fetching.value && !live.error.value),
    refresh: load,
  };
}

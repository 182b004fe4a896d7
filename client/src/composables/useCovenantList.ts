import { useSubscription } from '@urql/vue';
import { computed, onScopeDispose, ref, toValue, watch, type MaybeRefOrGetter } from 'vue';
import { CovenantsDocument, CovenantsLiveDocument, MeetingsLiveFromDocument, type CovenantListItemFragment } from '@/gql/graphql';
import { gqlClient } from '@/graphql/client';

/** Events come in bursts (a vote closes and adopts): one read for them. */
const REFRESH_DELAY = 250;

/**
 * The covenants (公约) of a community, live, as the matters board does: the stream cursor first,
 * then the list (at most 100, the server's ceiling), then `communityEvents(types: covenant.*)`
 * after that cursor; each event reads the list again, so a version opened for comment, adopted
 * or repealed shows on every screen without a reload.
 */
export function useCovenantList(communityId: MaybeRefOrGetter<string | null | undefined>) {
  const id = computed(() => toValue(communityId) ?? null);
  const items = ref<CovenantListItemFragment[]>([]);
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
      const result = await gqlClient().query(CovenantsDocument, { communityId: communityIdNow }, { requestPolicy: 'network-only' }).toPromise();
      if (mine !== generation) return;
      if (result.error || !result.data) throw result.error ?? new Error('No data in the response');
      items.value = result.data.covenants;
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
      query: CovenantsLiveDocument,
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
    loading: computed(() => loading.value && items.value.length === 0),
    error: computed(() => error.value ?? live.error.value),
    live: computed(() => liveFrom.value !== undefined && live.fetching.value && !live.error.value),
    refresh: load,
  };
}

import { useSubscription } from '@urql/vue';
import { computed, onScopeDispose, ref, shallowRef, toValue, watch, type MaybeRefOrGetter, type Ref } from 'vue';
import { MeetingsLiveDocument, MeetingsLiveFromDocument } from '@/gql/graphql';
import { gqlClient } from '@/graphql/client';
import { isLive } from '@/graphql/connection';

/** Events come in bursts (a vote closes and adopts, an issue is rated and closes): one read for them. */
const REFRESH_DELAY = 250;

/**
 * Something read of one community and kept live: the stream cursor first, then `read`, then
 * `communityEvents(types)` after that cursor; each burst of events reads again, so a change
 * shows on every screen without a reload and nothing between the read and the stream is missed
 * (a socket that reconnects resubscribes after the same cursor: the events missed meanwhile
 * arrive, and read again). `refresh()` reads again at once (the page changed what it reads).
 * The lists (`useLiveCommunityList`) and the dashboard's figures are made of it.
 */
export function useLiveCommunityRead<T>(
  communityId: MaybeRefOrGetter<string | null | undefined>,
  types: string[],
  read: (communityId: string) => Promise<T>,
  empty: T,
) {
  const id = computed(() => toValue(communityId) ?? null);
  const value = shallowRef<T>(empty) as Ref<T>;
  const loaded = ref(false);
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
      value.value = result;
      loaded.value = true;
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
      value.value = empty;
      loaded.value = false;
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
    value,
    /** Something has been read for the current community. */
    loaded,
    loading: computed(() => loading.value && !loaded.value),
    /** A read is on its way (the first, or one after events or `refresh`). */
    reading: loading,
    error: computed(() => error.value ?? live.error.value),
    live: computed(() => isLive(liveFrom.value !== undefined && live.fetching.value && !live.error.value)),
    refresh: () => {
      if (liveFrom.value === undefined) return Promise.resolve();
      loading.value = true;
      return load();
    },
  };
}

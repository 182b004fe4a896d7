import { useSubscription } from '@urql/vue';
import { computed, onScopeDispose, ref, toValue, watch, type MaybeRefOrGetter } from 'vue';
import { MattersDocument, MeetingsLiveDocument, MeetingsLiveFromDocument, type MatterItemFragment } from '@/gql/graphql';
import { gqlClient } from '@/graphql/client';

/** The server's page-size ceiling: the board reads one page of the newest matters. */
const BOARD_SIZE = 100;
const REFRESH_DELAY = 250;
/**
 * What moves a matter: its own events, and the meetings, votes and action items that carry it
 * (a matter enters 定事 when put on an agenda, 监事 when its last action item is done).
 */
const TYPES = ['matter.*', 'meeting.*', 'resolution.*', 'actionItem.*'];

/**
 * The matters (事项) of a community through the four councils, live: the stream cursor first,
 * then the board (the newest 100), then `communityEvents` after that cursor; each event reads the
 * board again, so a matter moves between the stages on every screen without a reload.
 */
export function useMatterBoard(communityId: MaybeRefOrGetter<string | null | undefined>) {
  const id = computed(() => toValue(communityId) ?? null);
  const items = ref<MatterItemFragment[]>([]);
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
      const result = await gqlClient().query(MattersDocument, { communityId: communityIdNow, first: BOARD_SIZE }, { requestPolicy: 'network-only' }).toPromise();
      if (mine !== generation) return;
      if (result.error || !result.data) throw result.error ?? new Error('No data in the response');
      items.value = result.data.matters.edges.map((edge) => edge.node);
      totalCount.value = result.data.matters.totalCount;
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
    loading: computed(() => loading.value && items.value.length === 0),
    error: computed(() => error.value ?? live.error.value),
    live: computed(() => liveFrom.value !== undefined && live.fetching.value && !live.error.value),
    refresh: load,
  };
}

import { useSubscription } from '@urql/vue';
import { computed, onScopeDispose, ref, toValue, watch, type MaybeRefOrGetter } from 'vue';
import { CovenantDocument, CovenantEventsDocument, CovenantsLiveDocument, type CovenantQuery, type CovenantEventsQuery } from '@/gql/graphql';
import { gqlClient } from '@/graphql/client';
import { isLive } from '@/graphql/connection';

/** Events come in bursts (a vote closes and adopts): one read for them. */
const REFETCH_DELAY = 150;

export type CovenantDetail = NonNullable<CovenantQuery['covenant']>;
type CovenantEvent = CovenantEventsQuery['events']['edges'][number]['node'];

/**
 * One covenant, live. It reads the covenant (every version the viewer may see, with its articles,
 * review, vote, comments and acknowledgements), then the covenant's own events
 * (`events(subjectId)`: their stream cursor, and when the viewer acknowledged), reads the covenant
 * once more (what changed in between) and subscribes to `communityEvents(types: covenant.*)`
 * after that cursor; each event about this covenant reads both again, so a comment, a review or
 * the vote's outcome shows on every open screen without a reload.
 */
export function useCovenant(covenantId: MaybeRefOrGetter<string>) {
  const id = computed(() => toValue(covenantId));
  const covenant = ref<CovenantDetail | null>(null);
  const events = ref<CovenantEvent[]>([]);
  /** Loaded, and the server says there is no such covenant for this viewer. */
  const missing = ref(false);
  const loading = ref(false);
  const error = ref<unknown>();
  const liveFrom = ref<string | null | undefined>(undefined);
  const liveFor = ref<{ covenantId: string; communityId: string } | null>(null);
  let generation = 0;

  async function readCovenant(mine: number): Promise<CovenantDetail | null | undefined> {
    const result = await gqlClient().query(CovenantDocument, { id: id.value }, { requestPolicy: 'network-only' }).toPromise();
    if (mine !== generation) return undefined;
    if (result.error || !result.data) throw result.error ?? new Error('No data in the response');
    covenant.value = result.data.covenant ?? null;
    missing.value = !result.data.covenant;
    return covenant.value;
  }

  async function readEvents(mine: number, communityId: string): Promise<string | null | undefined> {
    const result = await gqlClient().query(CovenantEventsDocument, { communityId, subjectId: id.value }, { requestPolicy: 'network-only' }).toPromise();
    if (mine !== generation) return undefined;
    if (result.error || !result.data) throw result.error ?? new Error('No data in the response');
    events.value = result.data.events.edges.map((edge) => edge.node);
    return result.data.events.streamCursor;
  }

  async function refetch() {
    const mine = generation;
    const communityId = covenant.value?.community.id;
    try {
      await Promise.all([readCovenant(mine), communityId ? readEvents(mine, communityId) : null]);
      if (mine === generation) error.value = undefined;
    } catch (caught) {
      if (mine === generation) error.value = caught;
    }
  }

  watch(
    id,
    async (covenantIdNow) => {
      const mine = ++generation;
      covenant.value = null;
      events.value = [];
      missing.value = false;
      liveFor.value = null;
      liveFrom.value = undefined;
      loading.value = true;
      try {
        const first = await readCovenant(mine);
        if (!first) return;
        const cursor = await readEvents(mine, first.community.id);
        if (cursor === undefined) return;
        // What changed between the first read and the cursor: read once more, then listen after it.
        await readCovenant(mine);
        liveFrom.value = cursor;
        liveFor.value = { covenantId: covenantIdNow, communityId: first.community.id };
        error.value = undefined;
      } catch (caught) {
        if (mine === generation) error.value = caught;
      } finally {
        if (mine === generation) loading.value = false;
      }
    },
    { immediate: true },
  );

  let timer: ReturnType<typeof setTimeout> | undefined;
  function scheduleRefetch() {
    clearTimeout(timer);
    timer = setTimeout(() => void refetch(), REFETCH_DELAY);
  }
  onScopeDispose(() => clearTimeout(timer));

  const seen = new Set<string>();
  const live = useSubscription(
    {
      query: CovenantsLiveDocument,
      variables: () => ({ communityId: liveFor.value?.communityId ?? '', after: liveFrom.value ?? null }),
      pause: () => !liveFor.value || liveFrom.value === undefined,
    },
    // Called once per pushed result; a reconnecting socket replays, hence the ids seen.
    (_previous, data) => {
      const event = data.communityEvents;
      if (!seen.has(event.id) && event.subject?.id === liveFor.value?.covenantId) {
        seen.add(event.id);
        scheduleRefetch();
      }
      return data;
    },
  );

  return {
    covenant,
    events,
    missing,
    loading: computed(() => loading.value && !covenant.value),
    error: computed(() => error.value ?? live.error.value),
    live: computed(() => isLive(!!liveFor.value && live.fetching.value && !live.error.value)),
    refetch,
  };
}

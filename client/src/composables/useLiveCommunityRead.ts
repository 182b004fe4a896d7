import { useSubscription } from '@urql/vue';
import { computed, onScopeDispose, ref, shallowRef, toValue, watch, type MaybeRefOrGetter, type Ref } from 'vue';
import { LiveCommunityEventsDocument, LiveStreamCursorDocument, type LiveCommunityEventsSubscription } from '@/gql/graphql';
import { gqlClient } from '@/graphql/client';
import { isLive } from '@/graphql/connection';

/** Events come in bursts (a vote closes and adopts, an issue is rated and closes): one read for them. */
const REFRESH_DELAY = 250;

/** One event of the community's stream, as a live read receives it. */
export type LiveEvent = LiveCommunityEventsSubscription['communityEvents'];

export interface LiveReadOptions {
  /**
   * What the read depends on besides the community (a filter): a change reads again at once,
   * with the same stream (the cursor is the community's).
   */
  key?: MaybeRefOrGetter<unknown>;
  /**
   * Each event once (a socket that reconnects replays from the same cursor: events already seen
   * are skipped), before the read it causes; `false` means it is handled and nothing is read again.
   */
  onEvent?: (event: LiveEvent) => boolean | void;
}

/**
 * Something read of one community and kept live, the one mechanism of every live view (Elk's
 * paginator is the model): the stream cursor first, then `read`, then `communityEvents(types)`
 * after that cursor. Each burst of events reads again (debounced), so a change shows on every
 * screen without a reload, and nothing between the read and the stream is missed: a socket that
 * reconnects resubscribes after the same cursor, the events missed meanwhile arrive, and it reads
 * again. `refresh()` reads again at once (the page changed what it reads). The paged lists
 * (`useLivePages`), the unpaged ones (`useLiveCommunityList`) and the dashboard's figures are
 * made of it.
 *
 * `read(communityId, current, fresh)` gets what is shown now and whether this is a first read of
 * the community or key (a re-read may keep what was loaded beyond the first page).
 */
export function useLiveCommunityRead<T>(
  communityId: MaybeRefOrGetter<string | null | undefined>,
  types: MaybeRefOrGetter<string[]>,
  read: (communityId: string, current: T, fresh: boolean) => Promise<T>,
  empty: T,
  options: LiveReadOptions = {},
) {
  const id = computed(() => toValue(communityId) ?? null);
  const key = computed(() => JSON.stringify(toValue(options.key) ?? null));
  const value = shallowRef<T>(empty) as Ref<T>;
  const loaded = ref(false);
  /** A read the page waits for: the first of a community or key, or `refresh()` (not a re-read after events). */
  const reading = ref(false);
  const error = ref<unknown>();
  /** Where the subscription starts, per community; `undefined` until known (or when it could not be read). */
  const liveFrom = ref<string | null | undefined>(undefined);
  const liveFor = ref<string | null>(null);
  /** The first read of the community is in: the subscription may start (and then stays). */
  const ready = ref(false);
  const seen = new Set<string>();
  // Every read bumps this: a response for an older community, key or read is dropped.
  let generation = 0;

  async function load(fresh: boolean, visible: boolean) {
    const communityIdNow = id.value;
    if (!communityIdNow) return;
    const mine = ++generation;
    if (visible) reading.value = true;
    try {
      const result = await read(communityIdNow, value.value, fresh);
      if (mine !== generation) return;
      value.value = result;
      loaded.value = true;
      error.value = undefined;
    } catch (caught) {
      if (mine === generation) error.value = caught;
    } finally {
      if (mine === generation) reading.value = false;
    }
  }

  /** The community's stream cursor, read before anything else of it. */
  async function startLive(communityIdNow: string) {
    liveFor.value = communityIdNow;
    try {
      const result = await gqlClient().query(LiveStreamCursorDocument, { communityId: communityIdNow }, { requestPolicy: 'network-only' }).toPromise();
      if (liveFor.value !== communityIdNow) return;
      if (result.error || !result.data) throw result.error ?? new Error('No data in the response');
      // The stream cursor, not the newest edge: nothing is lost even while the community has no event yet.
      liveFrom.value = result.data.events.streamCursor ?? null;
    } catch (caught) {
      if (liveFor.value === communityIdNow) error.value = caught;
    }
  }

  watch(
    [id, key],
    async ([communityIdNow], previous) => {
      const communityChanged = !previous || previous[0] !== communityIdNow;
      if (communityChanged) {
        generation++;
        value.value = empty;
        loaded.value = false;
        ready.value = false;
        seen.clear();
        liveFor.value = null;
        liveFrom.value = undefined;
      }
      if (!communityIdNow) {
        reading.value = false;
        return;
      }
      reading.value = true;
      if (communityChanged) await startLive(communityIdNow);
      if (id.value !== communityIdNow) return;
      await load(true, true);
      if (id.value === communityIdNow) ready.value = true;
    },
    { immediate: true },
  );

  let timer: ReturnType<typeof setTimeout> | undefined;
  function scheduleRefresh() {
    clearTimeout(timer);
    timer = setTimeout(() => void load(false, false), REFRESH_DELAY);
  }
  onScopeDispose(() => clearTimeout(timer));

  const live = useSubscription(
    {
      query: LiveCommunityEventsDocument,
      variables: () => ({ communityId: liveFor.value ?? '', after: liveFrom.value ?? null, types: toValue(types) }),
      pause: () => !liveFor.value || liveFrom.value === undefined || !ready.value,
    },
    // Called once per pushed result (a watcher on `data` could coalesce two quick events).
    (_previous, data) => {
      const event = data.communityEvents;
      if (!seen.has(event.id)) {
        seen.add(event.id);
        if (options.onEvent?.(event) !== false) scheduleRefresh();
      }
      return data;
    },
  );

  return {
    value,
    /** Something has been read for the current community. */
    loaded,
    loading: computed(() => reading.value && !loaded.value),
    /** A read is on its way that the page waits for (the first, after a key change, or `refresh`). */
    reading,
    error: computed(() => error.value ?? live.error.value),
    setError: (caught: unknown) => (error.value = caught),
    live: computed(() => isLive(liveFrom.value !== undefined && live.fetching.value && !live.error.value)),
    /** Reads again now, the page waiting (the page changed what it reads). */
    refresh: () => (id.value ? load(false, true) : Promise.resolve()),
    /** Reads again now, quietly, keeping what is shown until the answer. */
    reread: () => load(false, false),
    /** Whether no read has started since this was called (then a side read, as `loadMore`, may apply). */
    guard: () => {
      const at = generation;
      return () => at === generation;
    },
  };
}

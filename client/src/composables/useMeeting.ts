import { useQuery, useSubscription } from '@urql/vue';
import { computed, onScopeDispose, ref, toValue, watch, type MaybeRefOrGetter } from 'vue';
import { MeetingDocument, MeetingLiveDocument, MeetingMinutesDocument, MeetingsLiveFromDocument, type MeetingLiveSubscription } from '@/gql/graphql';
import { gqlClient } from '@/graphql/client';
import { isLive } from '@/graphql/connection';

/** Events come in bursts (a vote closes, the meeting adjourns): one read for them. */
const REFETCH_DELAY = 150;

export type MeetingEvent = MeetingLiveSubscription['meetingEvents'];

export interface UseMeetingOptions {
  /** Whether the minutes are shown: they are read (and read again on events) only then. */
  minutes: MaybeRefOrGetter<boolean>;
  /** Called once per event of the meeting (deduplicated: a reconnecting socket replays). */
  onEvent?: (event: MeetingEvent) => void;
}

/**
 * One meeting room, live. It reads the meeting (roll, agenda with notes and editors, votes with
 * their tallies, action items; the minutes on their own, when shown), then takes the stream
 * cursor of the meeting's events (`events(subjectId)`), reads the meeting once more (what changed
 * in between) and subscribes to `meetingEvents(meetingId, after: cursor)`. Every event (a check-in,
 * an edit of the notes, someone starting to edit, a ballot, an action item) reads the meeting
 * again, so every open screen follows without a reload.
 */
export function useMeeting(meetingId: MaybeRefOrGetter<string>, options: UseMeetingOptions) {
  const id = computed(() => toValue(meetingId));
  /** The cursor the subscription resumes from, fixed once per meeting. */
  const liveFrom = ref<string | null>(null);
  const liveFor = ref<string | null>(null);
  const ready = ref(false);
  const seen = new Set<string>();

  watch(
    id,
    () => {
      liveFrom.value = null;
      liveFor.value = null;
      ready.value = false;
      seen.clear();
    },
    { flush: 'sync' },
  );

  const variables = () => ({ id: id.value });
  const details = useQuery({ query: MeetingDocument, variables });
  const minutesQuery = useQuery({ query: MeetingMinutesDocument, variables, pause: () => !toValue(options.minutes) });

  /** The data of a query, once it answers for the meeting shown (not a previous one). */
  const current = <T>(query: { data: { value: T | undefined }; operation: { value?: { variables: { id: string | number } } | undefined } }) =>
    query.operation.value?.variables.id === id.value ? (query.data.value ?? null) : null;

  const meeting = computed(() => current(details)?.meeting ?? null);
  const minutes = computed(() => current(minutesQuery)?.meeting?.minutes ?? null);
  const communityId = computed(() => meeting.value?.community.id ?? null);

  function refetch() {
    void details.executeQuery({ requestPolicy: 'network-only' });
    if (toValue(options.minutes)) void minutesQuery.executeQuery({ requestPolicy: 'network-only' });
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  function scheduleRefetch() {
    clearTimeout(timer);
    timer = setTimeout(refetch, REFETCH_DELAY);
  }
  onScopeDispose(() => clearTimeout(timer));

  watch(
    [id, communityId],
    async ([meetingIdNow, communityIdNow]) => {
      if (!communityIdNow || liveFor.value === meetingIdNow) return;
      liveFor.value = meetingIdNow;
      const result = await gqlClient()
        .query(MeetingsLiveFromDocument, { communityId: communityIdNow, subjectId: meetingIdNow }, { requestPolicy: 'network-only' })
        .toPromise();
      if (liveFor.value !== meetingIdNow) return;
      liveFrom.value = result.data?.events.streamCursor ?? null;
      // What changed between the first read and the cursor: read once more, then listen after it.
      refetch();
      ready.value = true;
    },
    { immediate: true },
  );

  const live = useSubscription(
    {
      query: MeetingLiveDocument,
      variables: () => ({ meetingId: id.value, after: liveFrom.value }),
      pause: () => !ready.value,
    },
    // Called once per pushed result (a watcher on `data` could coalesce two quick events).
    (_previous, data) => {
      const event = data.meetingEvents;
      if (!seen.has(event.id)) {
        seen.add(event.id);
        options.onEvent?.(event);
        scheduleRefetch();
      }
      return data;
    },
  );

  return {
    meeting,
    minutes,
    loading: computed(() => details.fetching.value && !meeting.value),
    /** Loaded, and the server says there is no such meeting for this viewer. */
    missing: computed(() => !details.fetching.value && !!current(details) && !meeting.value),
    error: computed(() => details.error.value ?? live.error.value),
    minutesError: computed(() => minutesQuery.error.value),
    live: computed(() => isLive(ready.value && live.fetching.value && !live.error.value)),
    refetch,
  };
}

import { useQuery, useSubscription } from '@urql/vue';
import { computed, onScopeDispose, ref, toValue, watch, type MaybeRefOrGetter } from 'vue';
import {
  IssueDocument,
  IssueLiveDocument,
  IssueThreadDocument,
  IssueTimelineDocument,
  type TimelineEventFragment,
} from '@/gql/graphql';
import { isLive } from '@/graphql/connection';

/** A live event often comes with its siblings (a rating, then the reopening): one refetch for them. */
const REFETCH_DELAY = 150;

/**
 * One issue with its timeline and its thread, live. It loads the issue, its timeline (oldest
 * first) and its thread (three documents: in one they go over the server's cost limit), then
 * subscribes to `issueEvents(issueId, after: <last timeline cursor>)`. The server replays what
 * happened after that cursor, then streams; each event is appended to the timeline (deduplicated
 * by id: a reconnecting socket replays) and the issue and its thread are read again, so its
 * status, deadlines, counts and comments follow without a reload.
 */
export function useIssue(issueId: MaybeRefOrGetter<string>) {
  const id = computed(() => toValue(issueId));
  const liveEvents = ref<TimelineEventFragment[]>([]);
  /** The cursor the subscription resumes from: fixed once per issue. */
  const liveFrom = ref<string | null>(null);
  const ready = ref(false);

  watch(
    id,
    () => {
      liveEvents.value = [];
      liveFrom.value = null;
      ready.value = false;
    },
    { flush: 'sync' },
  );

  const variables = () => ({ id: id.value });
  const details = useQuery({ query: IssueDocument, variables });
  const timelineQuery = useQuery({ query: IssueTimelineDocument, variables });
  const threadQuery = useQuery({ query: IssueThreadDocument, variables });

  /** The data of a query, once it answers for the issue shown (not a previous one). */
  const current = <T>(query: { data: { value: T | undefined }; operation: { value?: { variables: { id: string | number } } | undefined } }) =>
    query.operation.value?.variables.id === id.value ? (query.data.value ?? null) : null;

  const issue = computed(() => current(details)?.issue ?? null);
  const loadedTimeline = computed(() => current(timelineQuery)?.issue?.timeline ?? null);
  const thread = computed(() => current(threadQuery)?.issue?.thread ?? null);

  watch(loadedTimeline, (timeline) => {
    if (ready.value || !timeline) return;
    liveFrom.value = timeline.pageInfo.endCursor ?? timeline.edges[timeline.edges.length - 1]?.cursor ?? null;
    ready.value = true;
  });

  let timer: ReturnType<typeof setTimeout> | undefined;
  function refetch() {
    void details.executeQuery({ requestPolicy: 'network-only' });
    void threadQuery.executeQuery({ requestPolicy: 'network-only' });
  }
  onScopeDispose(() => clearTimeout(timer));

  const live = useSubscription(
    {
      query: IssueLiveDocument,
      variables: () => ({ issueId: id.value, after: liveFrom.value }),
      pause: () => !ready.value,
    },
    (_previous, data) => {
      const event = data.issueEvents;
      if (!liveEvents.value.some((known) => known.id === event.id)) liveEvents.value = [...liveEvents.value, event];
      clearTimeout(timer);
      timer = setTimeout(refetch, REFETCH_DELAY);
      return data;
    },
  );

  /** The loaded page and whatever arrived live after it, oldest first, each once. */
  const timeline = computed<TimelineEventFragment[]>(() => {
    const loaded = loadedTimeline.value?.edges.map((edge) => edge.node) ?? [];
    const known = new Set(loaded.map((event) => event.id));
    return [...loaded, ...liveEvents.value.filter((event) => !known.has(event.id))];
  });

  return {
    issue,
    timeline,
    comments: computed(() => thread.value?.edges.map((edge) => edge.node) ?? []),
    commentCount: computed(() => thread.value?.totalCount ?? 0),
    loading: computed(() => details.fetching.value && !issue.value),
    /** Loaded, and the server says there is no such issue for this viewer. */
    missing: computed(() => !details.fetching.value && !!current(details) && !issue.value),
    error: computed(() => details.error.value ?? timelineQuery.error.value ?? threadQuery.error.value ?? live.error.value),
    live: computed(() => isLive(ready.value && live.fetching.value && !live.error.value)),
    refetch,
  };
}

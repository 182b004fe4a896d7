import { useMutation, useQuery, useSubscription } from '@urql/vue';
import { computed, ref, watch } from 'vue';
import {
  MarkNotificationsReadDocument,
  NotificationAddedDocument,
  NotificationsDocument,
  type NotificationItemFragment,
} from '@/gql/graphql';
import { useAuthStore } from '@/stores/auth';
import { isLive } from '@/graphql/connection';

const PAGE_SIZE = 20;

/** Notifications about the viewer's own standing: `me` (residencies, seats) is stale after them. */
const CHANGES_ME = new Set(['residency.verified', 'residency.declined', 'member.added', 'member.roleChanged']);

/**
 * The viewer's notifications for the bell: the newest page with the unread count, then live
 * through `notificationAdded` from the newest cursor (each new one is prepended and counted
 * without a reload), and "mark all read".
 */
export function useNotifications() {
  const auth = useAuthStore();
  const items = ref<NotificationItemFragment[]>([]);
  const unreadCount = ref(0);
  const liveFrom = ref<string | null>(null);
  const ready = ref(false);

  const initial = useQuery({ query: NotificationsDocument, variables: { first: PAGE_SIZE } });

  watch(initial.data, (data) => {
    if (!data) return;
    const page = data.notifications.edges.map((edge) => edge.node);
    const inPage = new Set(page.map((item) => item.id));
    // What arrived live and is not in this page yet stays on top, and stays counted.
    const liveOnly = items.value.filter((item) => !inPage.has(item.id));
    items.value = [...liveOnly, ...page];
    unreadCount.value = data.notifications.unreadCount + liveOnly.filter((item) => !item.readAt).length;
    if (!ready.value) {
      liveFrom.value = data.notifications.streamCursor;
      ready.value = true;
    }
  });

  const live = useSubscription(
    {
      query: NotificationAddedDocument,
      variables: () => ({ after: liveFrom.value }),
      pause: () => !ready.value,
    },
    (_previous, data) => {
      const added = data.notificationAdded;
      if (!items.value.some((item) => item.id === added.id)) {
        items.value = [added, ...items.value];
        if (!added.readAt) unreadCount.value += 1;
        // A residency just verified shows as verified, a new seat in the list, without a reload.
        if (CHANGES_ME.has(added.event.type)) void auth.loadMe().catch(() => undefined);
      }
      return data;
    },
  );

  const marking = useMutation(MarkNotificationsReadDocument);

  /** Marks these notifications read (those still unread), on the server and in the list. */
  async function markRead(ids: string[]) {
    const unread = items.value.filter((item) => !item.readAt && ids.includes(item.id));
    if (unread.length === 0) return;
    const result = await marking.executeMutation({ input: { ids: unread.map((item) => item.id) } });
    if (result.error) throw result.error;
    const readAt = new Date().toISOString();
    const marked = new Set(unread.map((item) => item.id));
    items.value = items.value.map((item) => (marked.has(item.id) ? { ...item, readAt } : item));
    unreadCount.value = Math.max(0, unreadCount.value - (result.data?.markNotificationsRead ?? unread.length));
  }

  const markAllRead = () => markRead(items.value.map((item) => item.id));

  return {
    items,
    unreadCount,
    loading: computed(() => initial.fetching.value && items.value.length === 0),
    error: computed(() => initial.error.value ?? live.error.value),
    live: computed(() => isLive(ready.value && live.fetching.value && !live.error.value)),
    marking: marking.fetching,
    markRead,
    markAllRead,
  };
}

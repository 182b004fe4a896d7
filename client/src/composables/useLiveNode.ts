import { computed, ref, toValue, watch, type MaybeRefOrGetter } from 'vue';
import { useLiveCommunityRead } from './useLiveCommunityRead';

/**
 * One node of a community, live (a dispute, a proposal): read once to learn its community, then
 * kept by useLiveCommunityRead on that community's `events`, read again on each event about it.
 * `read` answers null when the server answers none for this viewer. `replace` shows what a
 * mutation answered.
 */
export function useLiveNode<T extends { id: string; community: { id: string } }>(nodeId: MaybeRefOrGetter<string>, read: (id: string) => Promise<T | null>, events: string[]) {
  const id = computed(() => toValue(nodeId));
  const communityId = ref<string | null>(null);
  const missing = ref(false);
  const firstError = ref<unknown>();

  watch(
    id,
    async (now) => {
      communityId.value = null;
      missing.value = false;
      firstError.value = undefined;
      try {
        const node = await read(now);
        if (id.value !== now) return;
        missing.value = !node;
        communityId.value = node?.community.id ?? null;
      } catch (caught) {
        if (id.value === now) firstError.value = caught;
      }
    },
    { immediate: true },
  );

  const live = useLiveCommunityRead<T | null>(communityId, events, () => read(id.value), null, {
    key: id,
    onEvent: (event) => event.subject?.id === id.value,
  });

  return {
    node: computed(() => (live.value.value?.id === id.value ? live.value.value : null)),
    missing,
    loading: computed(() => !missing.value && !firstError.value && !live.value.value),
    error: computed(() => firstError.value ?? live.error.value),
    live: live.live,
    refresh: live.refresh,
    replace: (node: T) => (live.value.value = node),
  };
}

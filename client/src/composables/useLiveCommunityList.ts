import { computed, type MaybeRefOrGetter } from 'vue';
import { useLiveCommunityRead } from './useLiveCommunityRead';

/**
 * A list of one community kept live (`useLiveCommunityRead`): read, then read again on each burst
 * of the events of `types`. Used by the matters board and the covenant list.
 */
export function useLiveCommunityList<T>(
  communityId: MaybeRefOrGetter<string | null | undefined>,
  types: string[],
  read: (communityId: string) => Promise<{ items: T[]; totalCount: number }>,
) {
  const list = useLiveCommunityRead<{ items: T[]; totalCount: number }>(communityId, types, read, { items: [], totalCount: 0 });
  return {
    items: computed(() => list.value.value.items),
    totalCount: computed(() => list.value.value.totalCount),
    loading: computed(() => list.loading.value && list.value.value.items.length === 0),
    error: list.error,
    live: list.live,
    refresh: list.refresh,
  };
}

import { computed, ref, toValue, watch, type MaybeRefOrGetter } from 'vue';
import { DisputeDocument, type DisputeDetailFragment } from '@/gql/graphql';
import { gqlClient } from '@/graphql/client';
import { useLiveCommunityRead } from './useLiveCommunityRead';

/** The dispute, or null when the server answers none for this viewer. */
async function readDispute(id: string): Promise<DisputeDetailFragment | null> {
  const result = await gqlClient().query(DisputeDocument, { id }, { requestPolicy: 'network-only' }).toPromise();
  if (result.error || !result.data) throw result.error ?? new Error('No data in the response');
  const node = result.data.node;
  return node?.__typename === 'Dispute' ? node : null;
}

/**
 * One dispute, live: read once to learn its community, then kept by useLiveCommunityRead on that
 * community's `dispute.*` events, read again on each event about it (a step of the mediator shows
 * on the party's phone, a confirmation on the desk). `replace` shows what a mutation answered.
 */
export function useDispute(disputeId: MaybeRefOrGetter<string>) {
  const id = computed(() => toValue(disputeId));
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
        const dispute = await readDispute(now);
        if (id.value !== now) return;
        missing.value = !dispute;
        communityId.value = dispute?.community.id ?? null;
      } catch (caught) {
        if (id.value === now) firstError.value = caught;
      }
    },
    { immediate: true },
  );

  const live = useLiveCommunityRead<DisputeDetailFragment | null>(communityId, ['dispute.*'], () => readDispute(id.value), null, {
    key: id,
    onEvent: (event) => event.subject?.id === id.value,
  });

  return {
    dispute: computed(() => (live.value.value?.id === id.value ? live.value.value : null)),
    missing,
    loading: computed(() => !missing.value && !firstError.value && !live.value.value),
    error: computed(() => firstError.value ?? live.error.value),
    live: live.live,
    refresh: live.refresh,
    replace: (dispute: DisputeDetailFragment) => (live.value.value = dispute),
  };
}

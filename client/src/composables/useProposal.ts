import { computed, ref, toValue, watch, type MaybeRefOrGetter } from 'vue';
import { ProposalDocument, type ProposalDetailFragment } from '@/gql/graphql';
import { gqlClient } from '@/graphql/client';
import { useLiveCommunityRead } from './useLiveCommunityRead';

/** The proposal, or null when the server answers none for this viewer. */
async function readProposal(id: string): Promise<ProposalDetailFragment | null> {
  const result = await gqlClient().query(ProposalDocument, { id }, { requestPolicy: 'network-only' }).toPromise();
  if (result.error || !result.data) throw result.error ?? new Error('No data in the response');
  const node = result.data.node;
  return node?.__typename === 'Proposal' ? node : null;
}

/**
 * One proposal, live: read once to learn its community, then kept by useLiveCommunityRead on that
 * community's `proposal.*` events, read again on each event about it (a support, a comment, the
 * decision show without a reload). `replace` shows what a mutation answered.
 */
export function useProposal(proposalId: MaybeRefOrGetter<string>) {
  const id = computed(() => toValue(proposalId));
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
        const proposal = await readProposal(now);
        if (id.value !== now) return;
        missing.value = !proposal;
        communityId.value = proposal?.community.id ?? null;
      } catch (caught) {
        if (id.value === now) firstError.value = caught;
      }
    },
    { immediate: true },
  );

  const live = useLiveCommunityRead<ProposalDetailFragment | null>(communityId, ['proposal.*'], () => readProposal(id.value), null, {
    key: id,
    onEvent: (event) => event.subject?.id === id.value,
  });

  return {
    proposal: computed(() => (live.value.value?.id === id.value ? live.value.value : null)),
    missing,
    loading: computed(() => !missing.value && !firstError.value && !live.value.value),
    error: computed(() => firstError.value ?? live.error.value),
    live: live.live,
    refresh: live.refresh,
    replace: (proposal: ProposalDetailFragment) => (live.value.value = proposal),
  };
}

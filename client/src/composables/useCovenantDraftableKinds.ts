import { useQuery } from '@urql/vue';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { CovenantDraftableKindsDocument, type CovenantKind } from '@/gql/graphql';
import { COVENANT_KINDS } from '@/components/covenants/options';

/**
 * The kinds of covenant the viewer may draft in a community, as the server says
 * (`Community.draftableCovenantKinds`, what `draftCovenant` accepts), in the order forms show
 * them: none until it has answered.
 */
export function useCovenantDraftableKinds(communityId: MaybeRefOrGetter<string | null | undefined>) {
  const query = useQuery({
    query: CovenantDraftableKindsDocument,
    variables: () => ({ communityId: toValue(communityId) ?? '' }),
    pause: () => !toValue(communityId),
    requestPolicy: 'cache-and-network',
  });
  const kinds = computed<CovenantKind[]>(() => {
    const node = query.data.value?.node;
    const kinds = node && 'draftableCovenantKinds' in node ? node.draftableCovenantKinds : [];
    return COVENANT_KINDS.filter((kind) => kinds.includes(kind));
  });
  return { kinds, fetching: query.fetching };
}

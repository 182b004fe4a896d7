import { useQuery } from '@urql/vue';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { CovenantDraftableKindsDocument, type CovenantKind, type MeetingKind, type VoteRule } from '@/gql/graphql';
import { COVENANT_KINDS } from '@/components/covenants/options';

/**
 * The kinds of covenant the viewer may draft in a community, as the server says
 * (`Community.draftableCovenants`, what `draftCovenant` accepts), in the order forms show them,
 * each with the body that adopts it (`adoptedBy`): none until it has answered.
 */
export function useCovenantDraftableKinds(communityId: MaybeRefOrGetter<string | null | undefined>) {
  const query = useQuery({
    query: CovenantDraftableKindsDocument,
    variables: () => ({ communityId: toValue(communityId) ?? '' }),
    pause: () => !toValue(communityId),
    requestPolicy: 'cache-and-network',
  });
  const drafts = computed<DraftableCovenant[]>(() => {
    const node = query.data.value?.node;
    const offered = node && 'draftableCovenants' in node ? node.draftableCovenants : [];
    return COVENANT_KINDS.flatMap((kind) => offered.filter((d) => d.kind === kind));
  });
  const kinds = computed<CovenantKind[]>(() => drafts.value.map((d) => d.kind));
  return { kinds, drafts, fetching: query.fetching };
}

/** A kind the viewer may draft and who adopts it. */
export interface DraftableCovenant {
  kind: CovenantKind;
  adoptedBy: { meetingKind: MeetingKind; rules: readonly VoteRule[] };
}

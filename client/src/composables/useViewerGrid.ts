import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useQuery } from '@urql/vue';
import { ViewerGridsDocument } from '@/gql/graphql';

/**
 * The grid the viewer works as a grid worker in this community (`Community.viewerGrids`, the
 * first), or null: a grid worker's lists default to it (the issue board, the desk, the screening
 * rounds), and they may switch the default off.
 */
export function useViewerGrid(communityId: MaybeRefOrGetter<string | null | undefined>) {
  const query = useQuery({ query: ViewerGridsDocument, variables: () => ({ id: toValue(communityId) ?? '' }), pause: () => !toValue(communityId), requestPolicy: 'cache-and-network' });
  return computed(() => query.data.value?.community?.viewerGrids[0] ?? null);
}

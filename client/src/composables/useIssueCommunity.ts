import { useQuery } from '@urql/vue';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { IssueCommunityDocument } from '@/gql/graphql';

/** The buildings of a community, for the issue form. */
export function useIssueCommunity(communityId: MaybeRefOrGetter<string | null | undefined>) {
  const query = useQuery({
    query: IssueCommunityDocument,
    variables: () => ({ id: toValue(communityId) ?? '' }),
    pause: () => !toValue(communityId),
  });
  const community = computed(() => {
    const found = query.data.value?.community;
    return found && found.id === toValue(communityId) ? found : null;
  });
  return {
    community,
    buildings: computed(() => community.value?.buildings ?? []),
    error: query.error,
  };
}

import { useQuery } from '@urql/vue';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { IssueCommunityDocument } from '@/gql/graphql';

/** The buildings and organizations of a community, for the issue forms (dispatch, submit). */
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
    organizations: computed(() => [...(community.value?.organizations ?? []), ...(community.value?.escalationTargets ?? [])]),
    buildings: computed(() => community.value?.buildings ?? []),
    error: query.error,
  };
}

export type IssueOrganization = NonNullable<ReturnType<typeof useIssueCommunity>['organizations']['value']>[number];

import { useQuery } from '@urql/vue';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { MeetingOrganizationsDocument } from '@/gql/graphql';

/** The organizations of a community, for the meeting forms (convener, participants, assignees). */
export function useMeetingOrganizations(communityId: MaybeRefOrGetter<string | null | undefined>) {
  const query = useQuery({
    query: MeetingOrganizationsDocument,
    variables: () => ({ id: toValue(communityId) ?? '' }),
    pause: () => !toValue(communityId),
  });
  return computed(() => {
    const found = query.data.value?.community;
    return found && found.id === toValue(communityId) ? found.organizations : [];
  });
}

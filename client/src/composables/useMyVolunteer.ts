import { useQuery } from '@urql/vue';
import { computed } from 'vue';
import { MyVolunteerDocument } from '@/gql/graphql';

/**
 * The viewer's volunteer registration (`me.volunteer`): null until registered. One registration
 * per person, at one 红色驿站 (so in one community). `refresh()` after registering or when
 * verified hours change the totals.
 */
export function useMyVolunteer() {
  const query = useQuery({ query: MyVolunteerDocument });
  const volunteer = computed(() => query.data.value?.me?.volunteer ?? null);
  return {
    volunteer,
    loaded: computed(() => query.data.value !== undefined || query.error.value !== undefined),
    error: query.error,
    /** The community whose tasks the viewer may claim. */
    communityId: computed(() => volunteer.value?.station.community?.id ?? null),
    refresh: () => query.executeQuery({ requestPolicy: 'network-only' }),
  };
}

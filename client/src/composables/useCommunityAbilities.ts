import { useQuery } from '@urql/vue';
import { computed, toValue, watch, type MaybeRefOrGetter } from 'vue';
import { CommunityAbilitiesDocument, type CommunityAbility, type OrganizationAbility } from '@/gql/graphql';
import { useAuthStore } from '@/stores/auth';

/**
 * What the viewer may start in one community (`Community.viewerCan`) and in each of its
 * organizations (`Organization.viewerCan`), as the server's policies say: pages, forms and
 * buttons are offered from these, never from the viewer's seats. Read again on every mount (a
 * seat or a verification may have changed), and whenever `me` is read again (a seat given, a
 * residency verified: the notifications reload it); `refresh()` after something else that
 * changes them (registering as a volunteer).
 */
export function useCommunityAbilities(communityId: MaybeRefOrGetter<string | null | undefined>) {
  const id = computed(() => toValue(communityId) ?? null);
  const query = useQuery({
    query: CommunityAbilitiesDocument,
    variables: () => ({ id: id.value ?? '' }),
    pause: () => !id.value,
    requestPolicy: 'cache-and-network',
  });
  const auth = useAuthStore();
  watch(
    () => auth.me,
    () => {
      if (id.value) query.executeQuery({ requestPolicy: 'network-only' });
    },
  );
  const community = computed(() => (id.value && query.data.value?.community?.id === id.value ? query.data.value.community : null));
  const abilities = computed(() => community.value?.viewerCan ?? []);
  const organizations = computed(() => community.value?.organizations ?? []);
  return {
    /** Whether the answer for this community has come. */
    loaded: computed(() => !!community.value),
    can: (ability: CommunityAbility) => abilities.value.includes(ability),
    /** Issues of the community may be given to one of the viewer's organizations (`Community.viewerCanWorkIssues`): a work list. */
    worksIssues: computed(() => !!community.value?.viewerCanWorkIssues),
    /** The community's organizations where the viewer may start this. */
    organizationsWhere: (ability: OrganizationAbility) => organizations.value.filter((o) => o.viewerCan.includes(ability)),
    refresh: () => query.executeQuery({ requestPolicy: 'network-only' }),
  };
}

import { useQuery } from '@urql/vue';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { MeetingOrganizationsDocument, type MeetingKind } from '@/gql/graphql';
import { MEETING_KINDS } from '@/components/meetings/options';

function useCommunityOrganizations(communityId: MaybeRefOrGetter<string | null | undefined>) {
  const query = useQuery({
    query: MeetingOrganizationsDocument,
    variables: () => ({ id: toValue(communityId) ?? '' }),
    pause: () => !toValue(communityId),
  });
  return computed(() => {
    const found = query.data.value?.community;
    return found && found.id === toValue(communityId) ? found : null;
  });
}

/** The organizations of a community, for the meeting forms (convener, participants, assignees). */
export function useMeetingOrganizations(communityId: MaybeRefOrGetter<string | null | undefined>) {
  const community = useCommunityOrganizations(communityId);
  return computed(() => community.value?.organizations ?? []);
}

/**
 * The conveners the viewer may schedule a meeting with, and the kinds each convenes, as the server
 * says (Organization.viewerCan SCHEDULE_MEETING, Organization.convenes): no rule of its own.
 * (Whether the viewer may schedule at all, or propose a matter: useCommunityAbilities.)
 */
export function useConveners(communityId: MaybeRefOrGetter<string | null | undefined>) {
  const community = useCommunityOrganizations(communityId);
  /** The organizations the viewer may convene a meeting with. */
  const conveners = computed(() => (community.value?.organizations ?? []).filter((org) => org.viewerCan.includes('SCHEDULE_MEETING')));
  const convenersFor = (kind: MeetingKind) => conveners.value.filter((org) => org.convenes.includes(kind));
  return {
    loaded: computed(() => !!community.value),
    convenersFor,
    /** The kinds of meeting the viewer may schedule, in the order the forms show them. */
    schedulableKinds: computed(() => MEETING_KINDS.filter((kind) => convenersFor(kind).length > 0)),
  };
}

import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import type { MeetingKind, OrganizationKind } from '@/gql/graphql';
import { CONVENERS, MEETING_KINDS } from '@/components/meetings/options';
import { useAuthStore } from '@/stores/auth';

/**
 * What the viewer is for the meetings and matters of one community, from `me.memberships`
 * (server/meetings/meeting.policy.ts decides; this only chooses the pages, forms and buttons to
 * offer, and the server still says FORBIDDEN where the client guessed wrong).
 */
export function useMeetingRoles(communityId: MaybeRefOrGetter<string | null | undefined>) {
  const auth = useAuthStore();
  const seats = computed(() => {
    const id = toValue(communityId);
    return (auth.me?.memberships ?? []).filter((m) => !!id && m.organization.community?.id === id);
  });
  const hasKind = (kind: OrganizationKind) => seats.value.some((m) => m.organization.kind === kind);

  /** The viewer's organizations that may convene a meeting of this kind. */
  const convenersFor = (kind: MeetingKind) =>
    seats.value.filter((m) => CONVENERS[kind].includes(m.organization.kind)).map((m) => m.organization);

  return {
    userId: computed(() => auth.me?.id ?? null),
    seats,
    convenersFor,
    /** The kinds of meeting the viewer may schedule (a seat in one of their conveners). */
    schedulableKinds: computed(() => MEETING_KINDS.filter((kind) => convenersFor(kind).length > 0)),
    /** 议事: the party organization proposes and steers matters. */
    isPartyCommittee: computed(() => hasKind('PARTY_COMMITTEE')),
    /** 监事: the supervisory committee records findings and closes matters. */
    isSupervisor: computed(() => hasKind('SUPERVISORY_COMMITTEE')),
    isMemberOf: (organizationId: string | null | undefined) =>
      !!organizationId && (auth.me?.memberships ?? []).some((m) => m.organization.id === organizationId),
    isChairOf: (organizationId: string | null | undefined) =>
      !!organizationId && (auth.me?.memberships ?? []).some((m) => m.organization.id === organizationId && m.role === 'CHAIR'),
  };
}

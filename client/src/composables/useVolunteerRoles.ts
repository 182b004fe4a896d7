import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import type { MemberRole } from '@/gql/graphql';
import { useAuthStore } from '@/stores/auth';

/** The seats of a 红色驿站 that post tasks, verify hours and mark no-shows (server/volunteers/volunteer.policy.ts). */
export const COORDINATOR_ROLES: readonly MemberRole[] = ['COORDINATOR', 'CHAIR'];

/**
 * What the viewer is for the volunteers of one community, from `me` (the server decides; this
 * only chooses the pages and buttons to offer): the stations they coordinate, and whether they
 * are a verified resident (who may register as a volunteer).
 */
export function useVolunteerRoles(communityId: MaybeRefOrGetter<string | null | undefined>) {
  const auth = useAuthStore();
  const id = computed(() => toValue(communityId) ?? null);

  const coordinatedStations = computed(() =>
    (auth.me?.memberships ?? [])
      .filter((m) => m.organization.kind === 'PARTY_STATION' && COORDINATOR_ROLES.includes(m.role) && !!id.value && m.organization.community?.id === id.value)
      .map((m) => ({ id: m.organization.id, name: m.organization.name })),
  );
  const residencies = computed(() => (auth.me?.residencies ?? []).filter((r) => r.community.id === id.value));

  return {
    userId: computed(() => auth.me?.id ?? null),
    coordinatedStations,
    isCoordinator: computed(() => coordinatedStations.value.length > 0),
    /** Lives in the community (verified or not). */
    isResident: computed(() => residencies.value.length > 0),
    /** Verified by the residents' committee: may register as a volunteer. */
    isVerifiedResident: computed(() => residencies.value.some((r) => r.verified)),
  };
}

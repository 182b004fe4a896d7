import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import type { OrganizationKind } from '@/gql/graphql';
import { useAuthStore } from '@/stores/auth';

/** The dispatch desks of a community (派单): its governance center and its residents' committee. */
export const DESK_KINDS: readonly OrganizationKind[] = ['GOVERNANCE_CENTER', 'RESIDENTS_COMMITTEE'];
/** Who may press a late issue (督办): the desks, the party committee, the supervisory committee. */
export const URGER_KINDS: readonly OrganizationKind[] = [...DESK_KINDS, 'PARTY_COMMITTEE', 'SUPERVISORY_COMMITTEE'];

/**
 * What the viewer is in one community, from `me.memberships` (server/issues/issue.policy.ts
 * decides; this only chooses which pages and buttons to offer, and the server still says no
 * with FORBIDDEN where the client guessed wrong).
 */
export function useViewerRoles(communityId: MaybeRefOrGetter<string | null | undefined>) {
  const auth = useAuthStore();
  const seats = computed(() => {
    const id = toValue(communityId);
    return (auth.me?.memberships ?? []).filter((m) => id && m.organization.community?.id === id);
  });
  const hasKind = (kinds: readonly OrganizationKind[]) => seats.value.some((m) => kinds.includes(m.organization.kind));

  return {
    userId: computed(() => auth.me?.id ?? null),
    /** Seats in this community's organizations. */
    seats,
    /** Any seat in one of the community's organizations: has a work list. */
    isMember: computed(() => seats.value.length > 0),
    isDesk: computed(() => hasKind(DESK_KINDS)),
    isUrger: computed(() => hasKind(URGER_KINDS)),
    isGridWorker: computed(() => seats.value.some((m) => m.role === 'GRID_WORKER')),
    /** A seat in this organization (anywhere: a township center has no community). */
    isMemberOf: (organizationId: string | null | undefined) =>
      !!organizationId && (auth.me?.memberships ?? []).some((m) => m.organization.id === organizationId),
  };
}

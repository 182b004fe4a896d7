import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import type { CovenantKind } from '@/gql/graphql';
import { COVENANT_KINDS, RESPONSIBLE } from '@/components/covenants/options';
import { useAuthStore } from '@/stores/auth';

/**
 * What the viewer is for the covenants of one community, from `me` (server/covenants/
 * covenant.policy.ts decides; this only chooses the forms and buttons to offer, and
 * `Covenant.viewerCanManage` says it for a covenant that exists).
 */
export function useCovenantRoles(communityId: MaybeRefOrGetter<string | null | undefined>) {
  const auth = useAuthStore();
  const id = computed(() => toValue(communityId) ?? null);
  const seats = computed(() => (auth.me?.memberships ?? []).filter((m) => !!id.value && m.organization.community?.id === id.value));

  /** The kinds the viewer may draft: a seat in an organization responsible for them. */
  const draftableKinds = computed<CovenantKind[]>(() =>
    COVENANT_KINDS.filter((kind) => seats.value.some((m) => RESPONSIBLE[kind].includes(m.organization.kind))),
  );

  return {
    userId: computed(() => auth.me?.id ?? null),
    draftableKinds,
    /**
     * 合法性审查: a governance center of the community, or one above communities (a township's;
     * the server refuses a county's or a city's).
     */
    isReviewer: computed(() =>
      (auth.me?.memberships ?? []).some((m) => m.organization.kind === 'GOVERNANCE_CENTER' && (!m.organization.community || m.organization.community.id === id.value)),
    ),
    /** Verified residents comment and acknowledge. */
    isVerifiedResident: computed(() => (auth.me?.residencies ?? []).some((r) => r.verified && r.community.id === id.value)),
  };
}

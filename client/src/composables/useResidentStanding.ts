import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useAuthStore } from '@/stores/auth';
import { useCommunityAbilities } from './useCommunityAbilities';

/**
 * Where the viewer stands in one community: whether they belong, as the server says it (they may
 * raise issues there, `Community.viewerCan` SUBMIT_ISSUE: the rule `Access.belongsTo` that also
 * opens the public issues to them), and otherwise their own request still waiting or the one
 * declined (from `me`). Pages use it to say plainly what an unverified person can do, instead of
 * offering a form the server will refuse. Until the server has answered, neither is said.
 */
export function useResidentStanding(communityId: MaybeRefOrGetter<string | null | undefined>) {
  const auth = useAuthStore();
  const abilities = useCommunityAbilities(communityId);
  const residencies = computed(() => (auth.me?.residencies ?? []).filter((r) => r.community.id === toValue(communityId)));
  const belongs = computed(() => abilities.can('SUBMIT_ISSUE'));
  /** Answered, and not belonging: what the request's state then explains. */
  const outside = computed(() => abilities.loaded.value && !belongs.value);
  const pending = computed(() => (outside.value ? (residencies.value.find((r) => r.status === 'PENDING') ?? null) : null));
  const declined = computed(() => (outside.value && !pending.value ? (residencies.value.find((r) => r.status === 'DECLINED') ?? null) : null));
  return { belongs, outside, pending, declined };
}

import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useAuthStore } from '@/stores/auth';

/**
 * Where the viewer stands in one community, from `me`: whether they belong (a verified residency
 * or a seat in one of its organizations: what the server's `Access.belongsTo` asks before one may
 * raise issues or read the public ones), and otherwise their request still waiting or the one
 * declined. Pages use it to say plainly what an unverified person can do, instead of offering a
 * form the server will refuse.
 */
export function useResidentStanding(communityId: MaybeRefOrGetter<string | null | undefined>) {
  const auth = useAuthStore();
  const residencies = computed(() => (auth.me?.residencies ?? []).filter((r) => r.community.id === toValue(communityId)));
  const seated = computed(() => (auth.me?.memberships ?? []).some((m) => m.organization.community?.id === toValue(communityId)));
  const belongs = computed(() => seated.value || residencies.value.some((r) => r.status === 'VERIFIED'));
  const pending = computed(() => (belongs.value ? null : (residencies.value.find((r) => r.status === 'PENDING') ?? null)));
  const declined = computed(() => (belongs.value || pending.value ? null : (residencies.value.find((r) => r.status === 'DECLINED') ?? null)));
  return { belongs, pending, declined };
}

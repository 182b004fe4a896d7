import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { useQuery } from '@urql/vue';
import type { MenuOption } from 'naive-ui';
import { DisputeSettingsDocument } from '@/gql/graphql';
import { useAuthStore } from '@/stores/auth';
import { useCommunityStore } from '@/stores/community';
import { useCommunityAbilities } from './useCommunityAbilities';

/**
 * The navigation entries of the disputes module for the current community: 我的调解 for whoever
 * may apply for mediation (the server's APPLY_FOR_MEDIATION) and the community's residents (a
 * party named by someone else); the dispute desk for whoever registers its disputes (the server's
 * REGISTER_DISPUTE: the mediation committee, the grid workers) or handles them (SEE_DISPUTE_DESK:
 * the mediation committee, the community's governance center and the centers above covering it);
 * 调解期限设置 for whoever may set the mediation days (`DisputeSettings.viewerCanChange`: the
 * residents' committee, the community's administrators) and does not reach the desk, which has
 * the same form.
 */
export function useDisputeNav() {
  const { t } = useI18n();
  const auth = useAuthStore();
  const community = useCommunityStore();
  const abilities = useCommunityAbilities(() => community.currentId);
  const isResident = computed(() => (auth.me?.residencies ?? []).some((r) => r.community.id === community.currentId));
  const settings = useQuery({ query: DisputeSettingsDocument, variables: () => ({ id: community.currentId ?? '' }), pause: () => !community.currentId || !auth.me });
  const mayConfigure = computed(() => !!settings.data.value?.community?.disputeSettings.viewerCanChange);

  return computed<MenuOption[]>(() => {
    if (!community.currentId) return [];
    const desk = abilities.can('REGISTER_DISPUTE') || abilities.can('SEE_DISPUTE_DESK');
    return [
      ...(abilities.can('APPLY_FOR_MEDIATION') || isResident.value ? [{ key: '/disputes/mine', label: t('nav.disputesMine') }] : []),
      ...(desk ? [{ key: '/disputes/desk', label: t('nav.disputeDesk') }] : []),
      ...(mayConfigure.value && !desk ? [{ key: '/disputes/settings', label: t('nav.disputeSettings') }] : []),
    ];
  });
}

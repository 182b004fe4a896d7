import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { useQuery } from '@urql/vue';
import type { MenuOption } from 'naive-ui';
import { PartyMembersNavDocument } from '@/gql/graphql';
import { useAuthStore } from '@/stores/auth';
import { useCommunityStore } from '@/stores/community';
import { useCommunityAbilities } from './useCommunityAbilities';

/**
 * The navigation entries of the grids module for the current community, each on the server's
 * word: 网格 for whoever manages grids (`viewerCanManageGrids`), 网格排查 for whoever records or
 * reads screening rounds (REGISTER_DISPUTE, SEE_DISPUTE_DESK), 党员报到 for whoever may register
 * or verify.
 */
export function useGridNav() {
  const { t } = useI18n();
  const auth = useAuthStore();
  const community = useCommunityStore();
  const abilities = useCommunityAbilities(() => community.currentId);
  const query = useQuery({ query: PartyMembersNavDocument, variables: () => ({ id: community.currentId ?? '' }), pause: () => !community.currentId || !auth.me });
  const c = computed(() => query.data.value?.community ?? null);

  return computed<MenuOption[]>(() => {
    if (!community.currentId) return [];
    return [
      ...(c.value?.viewerCanManageGrids ? [{ key: '/grids', label: t('grids.admin.tab') }] : []),
      ...(abilities.can('REGISTER_DISPUTE') || abilities.can('SEE_DISPUTE_DESK') ? [{ key: '/grids/screening', label: t('nav.screening') }] : []),
      ...(c.value?.viewerCanRegisterAsPartyMember || c.value?.viewerCanVerifyPartyMembers ? [{ key: '/party-members', label: t('nav.partyMembers') }] : []),
    ];
  });
}

import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import type { MenuOption } from 'naive-ui';
import { useCommunityStore } from '@/stores/community';
import { useCommunityAbilities } from './useCommunityAbilities';

/**
 * 住户名录, for members of the current community's residents' committee (grid workers included)
 * and admins, whom the server shows it (`VERIFY_RESIDENTS`: the same rule as `Community.residents`),
 * where they give a resident a password reset code.
 */
export function useResidentDirectoryNav() {
  const { t } = useI18n();
  const community = useCommunityStore();
  const abilities = useCommunityAbilities(() => community.currentId);
  return computed<MenuOption[]>(() => (abilities.can('VERIFY_RESIDENTS') ? [{ key: '/residents', label: t('nav.residentDirectory') }] : []));
}

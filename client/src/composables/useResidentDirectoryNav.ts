import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import type { MenuOption } from 'naive-ui';
import { useAuthStore } from '@/stores/auth';
import { useCommunityStore } from '@/stores/community';

/**
 * 住户名录, for members of the current community's residents' committee (grid workers included):
 * the directory the server shows them, where they give a resident a password reset code.
 */
export function useResidentDirectoryNav() {
  const { t } = useI18n();
  const auth = useAuthStore();
  const community = useCommunityStore();
  return computed<MenuOption[]>(() => {
    const onCommittee = (auth.me?.memberships ?? []).some(
      (m) => m.organization.kind === 'RESIDENTS_COMMITTEE' && m.organization.community?.id === community.currentId,
    );
    return onCommittee ? [{ key: '/residents', label: t('nav.residentDirectory') }] : [];
  });
}

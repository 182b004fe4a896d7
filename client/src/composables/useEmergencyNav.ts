import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import type { MenuOption } from 'naive-ui';
import { useAuthStore } from '@/stores/auth';

/**
 * 应急管理's menu entries: 应急值守 for members of a governance center (the server decides what
 * they may declare); 重点人群名册 for members of a residents' committee, grid workers included (the
 * server gives a grid worker their grid's records only).
 */
export function useEmergencyNav() {
  const { t } = useI18n();
  const auth = useAuthStore();
  return computed<MenuOption[]>(() => {
    const kinds = new Set((auth.me?.memberships ?? []).map((m) => m.organization.kind));
    return [
      ...(kinds.has('GOVERNANCE_CENTER') ? [{ key: '/emergencies', label: t('nav.emergencies') }] : []),
      ...(kinds.has('RESIDENTS_COMMITTEE') ? [{ key: '/emergencies/register', label: t('nav.vulnerableRegister') }] : []),
    ];
  });
}

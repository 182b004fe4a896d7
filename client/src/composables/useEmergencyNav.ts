import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import type { MenuOption } from 'naive-ui';
import { useAuthStore } from '@/stores/auth';

/** 应急值守: the menu entry for members of a governance center (the server decides what they may declare). */
export function useEmergencyNav() {
  const { t } = useI18n();
  const auth = useAuthStore();
  return computed<MenuOption[]>(() =>
    (auth.me?.memberships ?? []).some((m) => m.organization.kind === 'GOVERNANCE_CENTER') ? [{ key: '/emergencies', label: t('nav.emergencies') }] : [],
  );
}

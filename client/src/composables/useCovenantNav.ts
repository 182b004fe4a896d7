import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import type { MenuOption } from 'naive-ui';
import { useCommunityStore } from '@/stores/community';

/** The navigation entry of the covenants module (公约), for everyone who belongs to the current community. */
export function useCovenantNav() {
  const { t } = useI18n();
  const community = useCommunityStore();
  return computed<MenuOption[]>(() => (community.currentId ? [{ key: '/covenants', label: t('nav.covenants') }] : []));
}

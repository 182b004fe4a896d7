import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import type { MenuOption } from 'naive-ui';
import { useCommunityStore } from '@/stores/community';

/**
 * The navigation entries of the meetings module for the current community: the meetings (what
 * the viewer may see: the councils announced to residents, the others to their parties) and the
 * matters through the four councils (四会治事), for everyone who belongs.
 */
export function useMeetingNav() {
  const { t } = useI18n();
  const community = useCommunityStore();

  return computed<MenuOption[]>(() => {
    if (!community.currentId) return [];
    return [
      { key: '/meetings', label: t('nav.meetings') },
      { key: '/matters', label: t('nav.matters') },
    ];
  });
}

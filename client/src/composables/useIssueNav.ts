import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import type { MenuOption } from 'naive-ui';
import { useCommunityStore } from '@/stores/community';
import { useViewerRoles } from './useViewerRoles';

/**
 * The navigation entries of the issues module for the current community: the board, the form
 * and the dashboard for everyone who belongs; the dispatch desk for the desks (综治中心,
 * 居委会); the work list for members of its organizations.
 */
export function useIssueNav() {
  const { t } = useI18n();
  const community = useCommunityStore();
  const roles = useViewerRoles(() => community.currentId);

  return computed<MenuOption[]>(() => {
    if (!community.currentId) return [];
    return [
      { key: '/issues', label: t('nav.issues') },
      { key: '/issues/new', label: t('nav.newIssue') },
      ...(roles.isDesk.value ? [{ key: '/issues/desk', label: t('nav.desk') }] : []),
      ...(roles.isMember.value ? [{ key: '/issues/work', label: t('nav.work') }] : []),
      { key: '/dashboard', label: t('nav.dashboard') },
    ];
  });
}

import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import type { MenuOption } from 'naive-ui';
import { useCommunityStore } from '@/stores/community';
import { useCommunityAbilities } from './useCommunityAbilities';

/**
 * The navigation entries of the issues module for the current community: the board, the form
 * and the dashboard for everyone who belongs; the dispatch desk for whoever dispatches its issues
 * (the server's `DISPATCH_ISSUES`: 综治中心, 居委会); the work list for whoever its issues may be
 * given to (the server's `Community.viewerCanWorkIssues`).
 */
export function useIssueNav() {
  const { t } = useI18n();
  const community = useCommunityStore();
  const abilities = useCommunityAbilities(() => community.currentId);

  return computed<MenuOption[]>(() => {
    if (!community.currentId) return [];
    return [
      { key: '/issues', label: t('nav.issues') },
      { key: '/issues/new', label: t('nav.newIssue') },
      ...(abilities.can('DISPATCH_ISSUES') ? [{ key: '/issues/desk', label: t('nav.desk') }] : []),
      ...(abilities.worksIssues.value ? [{ key: '/issues/work', label: t('nav.work') }] : []),
      { key: '/dashboard', label: t('nav.dashboard') },
    ];
  });
}

import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import type { MenuOption } from 'naive-ui';
import { useCommunityStore } from '@/stores/community';

/** 说事议事室: one entry for the current community (the list shows each viewer what they may do there). */
export function useProposalNav() {
  const { t } = useI18n();
  const community = useCommunityStore();
  return computed<MenuOption[]>(() => (community.currentId ? [{ key: '/proposals', label: t('nav.proposals') }] : []));
}

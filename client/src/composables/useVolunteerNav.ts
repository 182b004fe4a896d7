import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import type { MenuOption } from 'naive-ui';
import { useAuthStore } from '@/stores/auth';
import { useCommunityStore } from '@/stores/community';
import { useCommunityAbilities } from './useCommunityAbilities';

/**
 * The navigation entries of the volunteers module for the current community: the task board and
 * the leaderboard for everyone who belongs; "my volunteering" for its residents (who may be, or
 * become, volunteers); the console for whoever may post tasks at one of its 红色驿站 (the
 * server's `Community.viewerCan`).
 */
export function useVolunteerNav() {
  const { t } = useI18n();
  const auth = useAuthStore();
  const community = useCommunityStore();
  const abilities = useCommunityAbilities(() => community.currentId);
  const isResident = computed(() => (auth.me?.residencies ?? []).some((r) => r.community.id === community.currentId));

  return computed<MenuOption[]>(() => {
    if (!community.currentId) return [];
    return [
      { key: '/volunteers', label: t('nav.volunteers') },
      ...(isResident.value ? [{ key: '/volunteers/mine', label: t('nav.volunteerMine') }] : []),
      ...(abilities.can('POST_VOLUNTEER_TASK') ? [{ key: '/volunteers/console', label: t('nav.volunteerConsole') }] : []),
      { key: '/volunteers/leaderboard', label: t('nav.volunteerLeaderboard') },
    ];
  });
}

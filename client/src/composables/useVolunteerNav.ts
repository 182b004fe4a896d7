import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import type { MenuOption } from 'naive-ui';
import { useCommunityStore } from '@/stores/community';
import { useVolunteerRoles } from './useVolunteerRoles';

/**
 * The navigation entries of the volunteers module for the current community: the task board and
 * the leaderboard for everyone who belongs; "my volunteering" for its residents (who may be, or
 * become, volunteers); the console for the coordinators and chairs of its 红色驿站.
 */
export function useVolunteerNav() {
  const { t } = useI18n();
  const community = useCommunityStore();
  const roles = useVolunteerRoles(() => community.currentId);

  return computed<MenuOption[]>(() => {
    if (!community.currentId) return [];
    return [
      { key: '/volunteers', label: t('nav.volunteers') },
      ...(roles.isResident.value ? [{ key: '/volunteers/mine', label: t('nav.volunteerMine') }] : []),
      ...(roles.isCoordinator.value ? [{ key: '/volunteers/console', label: t('nav.volunteerConsole') }] : []),
      { key: '/volunteers/leaderboard', label: t('nav.volunteerLeaderboard') },
    ];
  });
}

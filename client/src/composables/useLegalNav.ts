import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import type { MenuOption } from 'naive-ui';
import { useAuthStore } from '@/stores/auth';
import { useCommunityStore } from '@/stores/community';
import { useCommunityAbilities } from './useCommunityAbilities';

/**
 * The navigation entries of the public legal services for the current community: 找律师, 法律超市
 * and 法治大讲堂 for whoever may book, ask or schedule there (the server's BOOK_OFFICE_HOURS,
 * ASK_LEGAL_QUESTION, SCHEDULE_LECTURE) and whoever belongs to it (a residency or a membership: the
 * directory's readers); 律师工作台 for the holder of a legal adviser's seat there (`me.legalSeats`),
 * 民警工作台 for the holder of its police officer's seat.
 */
export function useLegalNav() {
  const { t } = useI18n();
  const auth = useAuthStore();
  const community = useCommunityStore();
  const abilities = useCommunityAbilities(() => community.currentId);
  const belongs = computed(() => {
    const id = community.currentId;
    const me = auth.me;
    if (!id || !me) return false;
    return me.residencies.some((r) => r.community.id === id && r.verified) || me.memberships.some((m) => m.organization.community?.id === id);
  });
  const holds = (role: string) => (auth.me?.legalSeats ?? []).some((s) => s.community.id === community.currentId && s.role === role);
  const lawyer = computed(() => holds('LEGAL_ADVISER'));
  const police = computed(() => holds('POLICE_OFFICER'));

  return computed<MenuOption[]>(() => {
    if (!community.currentId) return [];
    const resident = belongs.value || abilities.can('BOOK_OFFICE_HOURS') || abilities.can('ASK_LEGAL_QUESTION') || abilities.can('SCHEDULE_LECTURE');
    return [
      ...(resident ? [{ key: '/legal', label: t('nav.legal') }] : []),
      ...(resident || lawyer.value ? [{ key: '/legal/questions', label: t('nav.legalQuestions') }] : []),
      ...(resident ? [{ key: '/legal/lectures', label: t('nav.lectures') }] : []),
      ...(lawyer.value ? [{ key: '/legal/desk', label: t('nav.lawyerDesk') }] : []),
      ...(police.value ? [{ key: '/legal/police', label: t('nav.policeDesk') }] : []),
    ];
  });
}

import { computed, onMounted } from 'vue';
import { useI18n } from 'vue-i18n';
import type { MenuOption } from 'naive-ui';
import { useAdministrationStore } from '@/stores/administration';

/** The navigation entry of the administration area, for those the server lets administer something. */
export function useAdminNav() {
  const { t } = useI18n();
  const administration = useAdministrationStore();
  onMounted(() => {
    // No entry when the rights cannot be read: the area is offered only on the server's word.
    administration.load().catch(() => undefined);
  });
  return computed<MenuOption[]>(() => (administration.mayAdminister ? [{ key: '/admin', label: t('nav.admin') }] : []));
}

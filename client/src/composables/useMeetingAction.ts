import { useI18n } from 'vue-i18n';
import { useMutationRunner } from './useMutation';

/** Runs one step of a meeting or a matter (useMutationRunner), with "done" as the toast unless the step says otherwise. */
export function useMeetingAction() {
  const { t } = useI18n();
  return useMutationRunner({ success: () => t('meetings.done') });
}

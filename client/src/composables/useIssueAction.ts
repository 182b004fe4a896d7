import { useI18n } from 'vue-i18n';
import { useMutationRunner } from './useMutation';

/** Runs one step of an issue (useMutationRunner), with "done" as the toast unless the step says otherwise. */
export function useIssueAction() {
  const { t } = useI18n();
  return useMutationRunner({ success: () => t('issues.actions.done') });
}

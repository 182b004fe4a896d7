import type { OperationResult } from '@urql/core';
import { ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { useMessage } from 'naive-ui';
import { useErrorText } from './useErrorText';

/**
 * Runs one step of an issue (a mutation) with a busy flag; a server error is shown by its code
 * (errors.<CODE>, BAD_USER_INPUT with its fields), never as raw text. Resolves to the data, or
 * null when it failed.
 */
export function useIssueAction() {
  const { t } = useI18n();
  const message = useMessage();
  const errorText = useErrorText();
  const busy = ref(false);
  const lastError = ref<unknown>();

  async function run<T>(operation: () => Promise<OperationResult<T>>, success: string | false = t('issues.actions.done')): Promise<T | null> {
    if (busy.value) return null;
    busy.value = true;
    lastError.value = undefined;
    try {
      const result = await operation();
      if (result.error || !result.data) {
        lastError.value = result.error;
        message.error(errorText(result.error));
        return null;
      }
      if (success) message.success(success);
      return result.data;
    } catch (caught) {
      lastError.value = caught;
      message.error(errorText(caught));
      return null;
    } finally {
      busy.value = false;
    }
  }

  return { busy, lastError, run };
}

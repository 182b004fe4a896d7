import type { OperationResult } from '@urql/core';
import { ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { useMessage } from 'naive-ui';
import { useErrorText } from './useErrorText';

/**
 * Runs one step of a meeting or a matter (a mutation) with a busy flag; a server error is shown
 * by its code (errors.<CODE>, BAD_USER_INPUT with its fields), never as raw text. Resolves to the
 * data, or null when it failed. `success` is the toast on success (`false`: none); `explain` may
 * say better what a refusal means for this step (null: the error's code says it).
 */
export function useMeetingAction() {
  const { t } = useI18n();
  const message = useMessage();
  const errorText = useErrorText();
  const busy = ref(false);

  async function run<T>(
    operation: () => Promise<OperationResult<T>>,
    success: string | false = t('meetings.done'),
    explain?: (error: unknown) => string | null,
  ): Promise<T | null> {
    if (busy.value) return null;
    busy.value = true;
    try {
      const result = await operation();
      if (result.error || !result.data) {
        message.error(explain?.(result.error) ?? errorText(result.error));
        return null;
      }
      if (success) message.success(success);
      return result.data;
    } catch (caught) {
      message.error(errorText(caught));
      return null;
    } finally {
      busy.value = false;
    }
  }

  return { busy, run };
}

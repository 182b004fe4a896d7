import type { OperationResult } from '@urql/core';
import { ref } from 'vue';
import { useMessage } from 'naive-ui';
import { useErrorText } from './useErrorText';

/**
 * Runs one volunteers mutation with a busy flag; a server error is shown by its code
 * (errors.<CODE>, BAD_USER_INPUT with its fields), never as raw text. Resolves to the data, or
 * null when it failed.
 */
export function useVolunteerAction() {
  const message = useMessage();
  const errorText = useErrorText();
  const busy = ref(false);

  async function run<T>(operation: () => Promise<OperationResult<T>>): Promise<T | null> {
    if (busy.value) return null;
    busy.value = true;
    try {
      const result = await operation();
      if (result.error || !result.data) {
        message.error(errorText(result.error));
        return null;
      }
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

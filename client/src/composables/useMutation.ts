import type { OperationResult } from '@urql/core';
import { ref } from 'vue';
import { useMessage } from 'naive-ui';
import { useI18n } from 'vue-i18n';
import { useErrorText } from './useErrorText';

export interface MutationRunnerOptions {
  /** The toast on success when a step names none (`false`: none), read at each step (the locale may change). */
  success?: () => string | false;
}

/**
 * The one mutation runner of the client: runs one step (a mutation) with a busy flag, and shows
 * a server error by its code (errors.<CODE>, BAD_USER_INPUT with its fields), never as raw text.
 * `run` resolves to the data, or null when it failed (or a step of this runner is already on its
 * way: a double tap runs it once), or when it was queued offline (`queued`: one of the five actions
 * of graphql/offlineQueue.ts, sent when the network returns; the toast says so). Per call, `success` is the toast (`false`: none) and `explain`
 * may say better what a refusal means for this step (null: the error's code says it).
 * useIssueAction, useMeetingAction and useVolunteerAction are this with their module's toast.
 */
export function useMutationRunner(options: MutationRunnerOptions = {}) {
  const message = useMessage();
  const errorText = useErrorText();
  const { t } = useI18n();
  const busy = ref(false);
  const lastError = ref<unknown>();
  /** Whether the last step found no network and waits in the outbox (graphql/outbox.ts) to be sent. */
  const queued = ref(false);

  async function run<T>(
    operation: () => Promise<OperationResult<T>>,
    success: string | false = options.success?.() ?? false,
    explain?: (error: unknown) => string | null,
  ): Promise<T | null> {
    if (busy.value) return null;
    busy.value = true;
    lastError.value = undefined;
    queued.value = false;
    try {
      const result = await operation();
      // An action the outbox took (offline): not an error; it is sent when the network returns.
      if (result.extensions?.outboxQueued === true) {
        queued.value = true;
        message.info(t('outbox.queued'));
        return null;
      }
      if (result.error || !result.data) {
        lastError.value = result.error;
        message.error(explain?.(result.error) ?? errorText(result.error));
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

  return { busy, lastError, queued, run };
}

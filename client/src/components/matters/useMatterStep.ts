import { useI18n } from 'vue-i18n';
import { AdvanceMatterDocument, type MatterAction, type MatterStage } from '@/gql/graphql';
import { gqlClient } from '@/graphql/client';
import { errorCode, errorFields } from '@/utils/errors';
import { useMeetingAction } from '@/composables/useMeetingAction';

/** A step of the four councils as the board names it (its button, its form, its messages). */
export type MatterStep = 'decision' | 'execution' | 'supervision' | 'reject' | 'supervise' | 'close' | 'rework';

/** The step each action the server offers (Matter.viewerActions) is shown as, in the order of the buttons. */
export const STEP_OF: Record<MatterAction, MatterStep> = {
  ADVANCE_TO_DECISION: 'decision',
  ADVANCE_TO_EXECUTION: 'execution',
  ADVANCE_TO_SUPERVISION: 'supervision',
  REJECT: 'reject',
  RECORD_SUPERVISION: 'supervise',
  CLOSE: 'close',
  SEND_BACK: 'rework',
};

/** Where each advancing step takes the matter (advanceMatter's `to`). */
export const TARGET: Partial<Record<MatterStep, MatterStage>> = {
  decision: 'DECISION',
  execution: 'EXECUTION',
  supervision: 'SUPERVISION',
  reject: 'REJECTED',
  close: 'CLOSED',
  rework: 'EXECUTION',
};

/** advanceMatter for one step, with the server's reason in words when the stage's condition is not met. */
export function useMatterStep() {
  const { t } = useI18n();
  const { busy, run } = useMeetingAction();
  async function advance(matterId: string, step: MatterStep, extra: { note?: string; resolutionId?: string } = {}): Promise<boolean> {
    const input = { matterId, to: TARGET[step]!, ...extra };
    // The server names `to` when the stage's condition is not met (not on a council's agenda, action items still open).
    const explain = (error: unknown) => (errorCode(error) === 'BAD_USER_INPUT' && errorFields(error).includes('to') ? t(`matters.unmet.${step}`) : null);
    return !!(await run(() => gqlClient().mutation(AdvanceMatterDocument, { input }).toPromise(), t(`matters.advanced.${input.to}`), explain));
  }
  return { busy, run, advance };
}

import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../core/context.js';
import { authorize, requireUser } from '../core/policy.js';
import { badInput, notFound } from '../core/errors.js';
import { keyOf } from '../core/ids.js';
import { emit } from '../events/index.js';
import { Community, OrganizationKind } from '../communities/index.js';
import { MAX_VALUE } from '../../common/limits.js';
import { disputePolicy } from './dispute.policy.js';
import { MEDIATION_DAYS } from './dispute.state.js';
import { audienceOf } from './disputes.service.js';
import { DisputeSettings } from './settings.entity.js';
import type { SetMediationDaysInput } from './settings.inputs.js';
import './disputes.events.js';

/** The community's mediation days: its setting, or `MEDIATION_DAYS` (30). */
export async function mediationDaysOf(em: EntityManager, communityId: string): Promise<number> {
  const [row] = await em.execute<{ days: number }[]>(`SELECT mediation_days AS days FROM community_dispute_settings WHERE community_id = ?`, [communityId]);
  return row?.days ?? MEDIATION_DAYS;
}

/**
 * Sets how many days mediation has after acceptance (or escalation) in the community: 1 to 90
 * (BAD_USER_INPUT naming `days`, nothing changed). Those who may configure it
 * (`disputePolicy.canConfigure`). Deadlines already running keep theirs; the next acceptance or
 * escalation takes the new number. The row is written in place (one per community).
 */
export async function setMediationDays(ctx: Context, input: SetMediationDaysInput): Promise<DisputeSettings> {
  const access = await ctx.access();
  const userId = requireUser(access);
  const communityId = keyOf(input.communityId, 'Community', 'communityId');
  authorize(disputePolicy.canConfigure(access, communityId), "Only the community's residents' committee and its administrators set its mediation days");
  const max = MAX_VALUE.dispute.mediationDays;
  if (!Number.isInteger(input.days) || input.days < 1 || input.days > max) throw badInput({ days: `must be a whole number of days from 1 to ${max}` });
  return ctx.transact(async (tx) => {
    if (!(await tx.em.count(Community, communityId))) throw notFound('Community');
    const [row] = await tx.em.execute<{ days: number }[]>(`SELECT mediation_days AS days FROM community_dispute_settings WHERE community_id = ? FOR UPDATE`, [communityId]);
    await tx.em.execute(
      `INSERT INTO community_dispute_settings (community_id, mediation_days, updated_by_id, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (community_id) DO UPDATE SET mediation_days = excluded.mediation_days, updated_by_id = excluded.updated_by_id, updated_at = excluded.updated_at`,
      [communityId, input.days, userId, tx.now],
    );
    const before = row?.days ?? MEDIATION_DAYS;
    // Those who see disputes, and the residents' committee that may change it.
    const { organizationIds } = await audienceOf(tx.em, communityId, { parties: [], invitees: [] });
    const rc = await tx.em.execute<{ id: string }[]>(`SELECT id FROM organizations WHERE community_id = ? AND kind = ?`, [communityId, OrganizationKind.RESIDENTS_COMMITTEE]);
    emit(tx, {
      type: 'dispute.settingsChanged',
      communityId,
      subject: { type: 'Community', id: communityId },
      data: { mediationDays: { before, after: input.days } },
      audience: { organizationIds: [...(organizationIds ?? []), ...rc.map((r) => r.id)] },
    });
    return tx.em.findOneOrFail(DisputeSettings, { communityId }, { refresh: true });
  });
}

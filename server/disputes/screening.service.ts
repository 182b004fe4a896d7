import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../core/context.js';
import { authorize, requireUser } from '../core/policy.js';
import { badInput, notFound } from '../core/errors.js';
import { keyOf } from '../core/ids.js';
import { sqlArrayLiteral } from '../core/sql.js';
import { emit, type Audience } from '../events/index.js';
import { Community, MemberRole } from '../communities/index.js';
import { disputePolicy } from './dispute.policy.js';
import { audienceOf } from './disputes.service.js';
import { ScreeningRound } from './screening.entity.js';
import { buildingsOf } from './screening.queries.js';
import type { RecordScreeningRoundInput } from './screening.inputs.js';
import './disputes.events.js';

/**
 * Who is told of a community's screening rounds: exactly who `disputePolicy.canSeeScreening` lets
 * see them — the organizations that handle its disputes (as for a dispute, `audienceOf`) and its
 * grid workers (by account, those of the moment the event is written).
 */
export async function screeningAudience(em: EntityManager, communityId: string): Promise<Audience> {
  const { organizationIds } = await audienceOf(em, communityId, { parties: [], invitees: [] });
  const rows = await em.execute<{ id: string }[]>(
    `SELECT DISTINCT m.user_id AS id FROM memberships m JOIN organizations o ON o.id = m.organization_id WHERE o.community_id = ? AND m.role = ? ORDER BY 1`,
    [communityId, MemberRole.GRID_WORKER],
  );
  return { organizationIds, userIds: rows.map((r) => r.id) };
}

/**
 * 排查: records a round over buildings of the community (its mediators and grid workers:
 * `disputePolicy.canScreen`), made at `heldAt` (not in the future), having found nothing or not.
 * What it found is registered afterwards with `registerDispute` naming the round.
 */
export async function recordScreeningRound(ctx: Context, input: RecordScreeningRoundInput): Promise<ScreeningRound> {
  const access = await ctx.access();
  const userId = requireUser(access);
  const communityId = keyOf(input.communityId, 'Community', 'communityId');
  authorize(disputePolicy.canScreen(access, communityId), "Only the community's mediators and grid workers record screening rounds");
  const buildingIds = [...new Set(input.buildingIds.map((id, i) => keyOf(id, 'Building', `buildingIds.${i}`)))];
  return ctx.transact(async (tx) => {
    if (!(await tx.em.count(Community, communityId))) throw notFound('Community');
    if (input.heldAt.getTime() > tx.now.getTime()) throw badInput({ heldAt: 'must not be in the future' });
    const found = await buildingsOf(tx.em, communityId, buildingIds);
    const stranger = input.buildingIds.findIndex((id) => !found.has(keyOf(id, 'Building', 'buildingIds')));
    if (stranger >= 0) throw badInput({ [`buildingIds.${stranger}`]: 'is not a building of this community' });
    const round = tx.em.create(ScreeningRound, {
      community: communityId,
      heldAt: input.heldAt,
      buildingIds,
      nothingFound: input.nothingFound,
      note: input.note?.trim() || null,
      recordedBy: userId,
      recordedAt: tx.now,
    });
    await tx.em.flush();
    await tx.em.execute(`INSERT INTO screening_round_buildings (round_id, building_id) SELECT ?, unnest(?::uuid[])`, [round.id, sqlArrayLiteral(buildingIds)]);
    emit(tx, {
      type: 'dispute.screeningRecorded',
      communityId,
      subject: { type: 'ScreeningRound', id: round.id },
      data: { heldAt: round.heldAt.toISOString(), buildings: buildingIds.length, nothingFound: round.nothingFound },
      audience: await screeningAudience(tx.em, communityId),
    });
    return round;
  });
}

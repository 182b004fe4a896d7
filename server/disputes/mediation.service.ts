import type { Context } from '../core/context.js';
import { requireUser } from '../core/policy.js';
import { badInput } from '../core/errors.js';
import { keyOf } from '../core/ids.js';
import { sqlArray } from '../core/sql.js';
import { emit } from '../events/emit.js';
import { DisputeParty, type Dispute } from './dispute.entity.js';
import { MediationSession, SessionInvitee } from './mediation.entity.js';
import { disputePolicy } from './dispute.policy.js';
import { audienceOf, change, forStep, handlerUserIds, subjectOf } from './disputes.service.js';
import type { RecordMediationSessionInput } from './mediation.inputs.js';
import './disputes.events.js';

const unique = <T>(xs: T[]) => [...new Set(xs)];

/**
 * 调解会: records a session of a dispute in mediation (MEDIATING only), by those at its handling
 * level (`disputePolicy.canRecordSession`). The mediators present must act at that level; the
 * parties present are the dispute's; the invitees are users who are not parties, and from now on
 * see this dispute (and are in its events' audience). Bad input changes nothing.
 */
export async function recordMediationSession(ctx: Context, input: RecordMediationSessionInput): Promise<Dispute> {
  const access = await ctx.access();
  const userId = requireUser(access);
  return ctx.transact(async (tx) => {
    const { d, people } = await forStep(tx, access, input.disputeId, 'recordSession', disputePolicy.canRecordSession);
    if (input.heldAt.getTime() > tx.now.getTime()) throw badInput({ heldAt: 'must not be in the future: a session is recorded once held' });

    const mediatorIds = unique(input.mediatorIds.map((id, i) => keyOf(id, 'User', `mediatorIds.${i}`)));
    const handlers = new Set(await handlerUserIds(tx.em, d));
    const stranger = mediatorIds.findIndex((id) => !handlers.has(id));
    if (stranger >= 0) throw badInput({ [`mediatorIds.${stranger}`]: 'is not a member of the organization that handles the dispute' });

    const partyIds = unique(input.partyIds.map((id, i) => keyOf(id, 'DisputeParty', `partyIds.${i}`)));
    const parties = new Set((await tx.em.find(DisputeParty, { dispute: d.id }, { fields: ['id'] })).map((p) => p.id));
    const notParty = partyIds.findIndex((id) => !parties.has(id));
    if (notParty >= 0) throw badInput({ [`partyIds.${notParty}`]: 'is not a party of this dispute' });

    const invitees = input.invitees.map((i, n) => ({ ...i, userId: keyOf(i.userId, 'User', `invitees.${n}.userId`), affiliation: i.affiliation.trim() }));
    const inviteeIds = invitees.map((i) => i.userId);
    if (new Set(inviteeIds).size !== inviteeIds.length) throw badInput({ invitees: 'a person is invited once' });
    const party = invitees.findIndex((i) => people.parties.includes(i.userId));
    if (party >= 0) throw badInput({ [`invitees.${party}.userId`]: 'is a party of this dispute' });
    if (inviteeIds.length) {
      const ids = sqlArray(inviteeIds);
      const found = new Set((await tx.em.execute<{ id: string }[]>(`SELECT id FROM users WHERE id = ANY(${ids.sql})`, ids.params)).map((r) => r.id));
      const missing = inviteeIds.findIndex((id) => !found.has(id));
      if (missing >= 0) throw badInput({ [`invitees.${missing}.userId`]: 'is not an account' });
    }

    const session = tx.em.create(MediationSession, {
      dispute: d,
      heldAt: input.heldAt,
      place: input.place.trim(),
      mediatorIds,
      partyIds,
      record: input.record.trim(),
      recordedBy: userId,
      recordedAt: tx.now,
    });
    for (const i of invitees) tx.em.create(SessionInvitee, { session, dispute: d, user: i.userId, role: i.role, affiliation: i.affiliation });
    const after = { parties: people.parties, invitees: unique([...people.invitees, ...inviteeIds]) };
    emit(tx, {
      type: 'dispute.sessionRecorded',
      communityId: d.community.id,
      subject: subjectOf(d),
      data: { ...change(d, d.status), sessionId: session.id, heldAt: session.heldAt.toISOString(), place: session.place, invitees: invitees.length },
      audience: await audienceOf(tx.em, d.community.id, after),
      notify: [
        { userIds: people.parties, title: `调解会已记录：${d.number} ${d.title}` },
        { userIds: inviteeIds.filter((id) => !people.invitees.includes(id)), title: `您受邀参加调解：${d.number} ${d.title}` },
      ],
    });
    return d;
  });
}

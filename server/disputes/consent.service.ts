import type { Context } from '../core/context.js';
import { requireUser } from '../core/policy.js';
import { badInput, invalidTransition } from '../core/errors.js';
import { keyOf } from '../core/ids.js';
import { emit } from '../events/index.js';
import { DisputeParty, DisputePartyRole, DisputeStatus as S, PartyConsent, type Dispute } from './dispute.entity.js';
import { disputePolicy } from './dispute.policy.js';
import { afterRefusal } from './dispute.state.js';
import { audienceOf, change, consentsOf, forStep, handlerUserIds, subjectOf } from './disputes.service.js';
import type { RecordPartyResponseInput, RespondToMediationInput } from './dispute.inputs.js';
import './disputes.events.js';

const SIDE = { [DisputePartyRole.APPLICANT]: '申请人', [DisputePartyRole.RESPONDENT]: '被申请人' } as const;

/**
 * A party's answer to mediation (人民调解法 第17条: 当事人一方明确拒绝调解的，不得调解; 第23条: a
 * party may accept or refuse mediation, or ask for it to end). Consent: PENDING → CONSENTED, in
 * REGISTERED or ACCEPTED (mediation starts once every party consented). Refusal: the party is
 * REFUSED and the dispute ends — before mediation DECLINED (the reason says the party refused; it
 * was never mediated, so it is not in 化解率), during it FAILED (the mediation ended: 第26条).
 * `by` is who answers: the party themself (`partyId` null: their own party row), or a mediator
 * who heard them.
 */
async function respond(ctx: Context, input: RespondToMediationInput, partyId: string | null): Promise<Dispute> {
  const access = await ctx.access();
  const userId = requireUser(access);
  const stepName = input.consent ? 'consent' : 'refuse';
  return ctx.transact(async (tx) => {
    const { d, people } = partyId
      ? await forStep(tx, access, input.disputeId, stepName, disputePolicy.canRecordResponse)
      : await forStep(tx, access, input.disputeId, stepName, disputePolicy.canRespond, 'Only a party answers for themself');
    const party = partyId
      ? await tx.em.findOne(DisputeParty, { id: keyOf(partyId, 'DisputeParty', 'partyId'), dispute: d.id })
      : await tx.em.findOne(DisputeParty, { dispute: d.id, user: userId });
    if (!party) throw badInput({ partyId: 'is not a party of this dispute' });
    const answered = party.consent as PartyConsent;
    if (answered === PartyConsent.REFUSED) throw invalidTransition('REFUSED', stepName);
    if (input.consent && answered === PartyConsent.CONSENTED) throw invalidTransition('CONSENTED', stepName);
    const reason = input.reason?.trim() || null;
    const recorded = partyId !== null;
    Object.assign(party, { consent: input.consent ? PartyConsent.CONSENTED : PartyConsent.REFUSED, consentAt: tx.now, consentRecordedBy: userId });
    const audience = await audienceOf(tx.em, d.community.id, people);
    const side = SIDE[party.role];

    if (input.consent) {
      await tx.em.flush();
      const pending = (await consentsOf(tx.em, [d.id])).get(d.id)!.filter((c) => c.consent !== PartyConsent.CONSENTED).length;
      emit(tx, {
        type: 'dispute.consented',
        communityId: d.community.id,
        subject: subjectOf(d),
        data: { ...change(d, d.status), side: party.role, recorded, pending },
        audience,
        notify: { userIds: await handlerUserIds(tx.em, d), title: pending ? `${side}同意调解：${d.number}` : `各方当事人均已同意调解，可以开始调解：${d.number}` },
      });
      return d;
    }

    const before = d.status as S;
    const withdrawn = before === S.MEDIATING;
    const said = reason ?? '未说明理由';
    if (withdrawn) Object.assign(d, { status: afterRefusal(before), outcomeNote: `${side}要求终止调解：${said}`, closedAt: tx.now, outcomeAt: tx.now });
    else Object.assign(d, { status: afterRefusal(before), declineReason: `${side}拒绝调解：${said}`, closedAt: tx.now });
    emit(tx, {
      type: 'dispute.refused',
      communityId: d.community.id,
      subject: subjectOf(d),
      data: { ...change(d, before), side: party.role, recorded, withdrawn, reason },
      audience,
      notify: [
        { userIds: await handlerUserIds(tx.em, d), title: `${side}${withdrawn ? '要求终止调解' : '拒绝调解'}：${d.number} ${d.title}` },
        { userIds: people.parties, title: withdrawn ? `调解已终止：${d.number}（${side}要求终止）` : `调解不能进行：${d.number}（${side}拒绝调解）` },
      ],
    });
    return d;
  });
}

/** 同意调解 / 拒绝调解 / 要求终止调解: a party, by their own account. */
export function respondToMediation(ctx: Context, input: RespondToMediationInput): Promise<Dispute> {
  return respond(ctx, input, null);
}

/** 记录当事人意愿: a mediator records a party's consent or refusal given in person. */
export function recordPartyResponse(ctx: Context, input: RecordPartyResponseInput): Promise<Dispute> {
  return respond(ctx, input, input.partyId);
}

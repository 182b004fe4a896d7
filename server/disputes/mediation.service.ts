import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../core/context.js';
import type { Transaction } from '../core/transaction.js';
import { requireUser } from '../core/policy.js';
import { badInput, conflict, forbidden, invalidTransition } from '../core/errors.js';
import { keyOf } from '../core/ids.js';
import { sqlArray } from '../core/sql.js';
import { emit } from '../events/index.js';
import { DisputeParty, type Dispute } from './dispute.entity.js';
import { AgreementConfirmation, AgreementForm, ConfirmationMethod, MediationAgreement, MediationSession, SessionInvitee } from './mediation.entity.js';
import { disputePolicy } from './dispute.policy.js';
import { assertAgreement } from './dispute.state.js';
import { agreementHash, agreementViews, NO_AGREEMENT } from './agreement.read.js';
import { audienceOf, change, forStep, handlerOrganizationIds, handlerUserIds, subjectOf, type DisputePeople } from './disputes.service.js';
import type { ConfirmMediationAgreementInput, DraftMediationAgreementInput, RecordAgreementConfirmationInput, RecordMediationSessionInput } from './mediation.inputs.js';
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

// ── the agreement (人民调解协议书) ────────────────────────────────────────────────────────────

/** The next agreement number of the organization's year: `调协-2026-0001`. Race-free (one row per organization and year, updated in place). */
async function nextAgreementNumber(em: EntityManager, organizationId: string, now: Date): Promise<string> {
  const year = now.getUTCFullYear();
  const [row] = await em.execute<{ last: number }[]>(
    `INSERT INTO mediation_agreement_numbers AS n (organization_id, year, last) VALUES (?, ?, 1)
     ON CONFLICT (organization_id, year) DO UPDATE SET last = n.last + 1 RETURNING n.last`,
    [organizationId, year],
  );
  return `调协-${year}-${String(row!.last).padStart(4, '0')}`;
}

/** The organization whose number the agreement bears: the drafter's seat at the handling level. */
async function draftingOrganization(tx: Transaction, d: Dispute, userId: string): Promise<string> {
  const orgs = await handlerOrganizationIds(tx.em, d);
  const ids = sqlArray(orgs);
  const [row] = await tx.em.execute<{ id: string }[]>(
    `SELECT organization_id AS id FROM memberships WHERE user_id = ? AND organization_id = ANY(${ids.sql}) ORDER BY organization_id LIMIT 1`,
    [userId, ...ids.params],
  );
  if (!row) throw forbidden('Only members of the organization at its handling level draft its agreement');
  return row.id;
}

async function agreementOf(tx: Transaction, d: Dispute) {
  const view = (await agreementViews(tx.em, [d.id])).get(d.id) ?? NO_AGREEMENT;
  const agreement = view.drafted ? await tx.em.findOneOrFail(MediationAgreement, { dispute: d.id }) : null;
  return { view, agreement };
}

/** One event of the agreement, to the dispute's audience. */
async function emitAgreement(
  tx: Transaction,
  d: Dispute,
  people: DisputePeople,
  e:
    | { type: 'dispute.agreementDrafted'; data: { agreementNumber: string; form: AgreementForm; revision: number; textHash: string }; notify: { userIds: string[]; title: string } }
    | { type: 'dispute.agreementConfirmed'; data: { agreementNumber: string; side: string; method: ConfirmationMethod; confirmed: number; parties: number }; notify: { userIds: string[]; title: string } },
) {
  const common = { communityId: d.community.id, subject: subjectOf(d), audience: await audienceOf(tx.em, d.community.id, people), notify: e.notify };
  if (e.type === 'dispute.agreementDrafted') emit(tx, { ...common, type: e.type, data: { ...change(d, d.status), ...e.data } });
  else emit(tx, { ...common, type: e.type, data: { ...change(d, d.status), ...e.data } });
}

/**
 * 人民调解协议书: drafts the dispute's agreement (numbered for the drafter's organization and year),
 * or revises its form and terms — until a party confirms it (AGREEMENT_CONFIRMED after). The dispute's
 * row is locked, so a revision and a confirmation never cross: whichever comes second sees the first.
 */
export async function draftMediationAgreement(ctx: Context, input: DraftMediationAgreementInput): Promise<Dispute> {
  const access = await ctx.access();
  const userId = requireUser(access);
  return ctx.transact(async (tx) => {
    const { d, people } = await forStep(tx, access, input.disputeId, 'draftAgreement', disputePolicy.canDraftAgreement);
    const { view, agreement: existing } = await agreementOf(tx, d);
    assertAgreement('draftAgreement', view);
    const terms = input.terms.trim();
    let agreement: MediationAgreement;
    if (existing) {
      agreement = Object.assign(existing, { form: input.form, terms, textHash: agreementHash(existing.number, input.form, terms), revision: existing.revision + 1, revisedAt: tx.now });
    } else {
      const organization = await draftingOrganization(tx, d, userId);
      const number = await nextAgreementNumber(tx.em, organization, tx.now);
      agreement = tx.em.create(MediationAgreement, {
        dispute: d,
        organization,
        number,
        form: input.form,
        terms,
        textHash: agreementHash(number, input.form, terms),
        draftedBy: userId,
        draftedAt: tx.now,
        revisedAt: tx.now,
      });
    }
    await emitAgreement(tx, d, people, {
      type: 'dispute.agreementDrafted',
      data: { agreementNumber: agreement.number, form: agreement.form, revision: agreement.revision, textHash: agreement.textHash },
      notify: { userIds: people.parties, title: `调解协议待确认：${agreement.number}（${d.number} ${d.title}）` },
    });
    return d;
  });
}

/** Writes a confirmation of the text the caller read (`textHash`: CONFLICT with the current one if it changed). */
async function confirm(tx: Transaction, d: Dispute, people: DisputePeople, agreement: MediationAgreement, confirmed: number, parties: number, c: { partyId: string; side: string; method: ConfirmationMethod; textHash: string; by: string }) {
  if (c.textHash !== agreement.textHash) throw conflict('The agreement changed since it was read: read it again', { textHash: agreement.textHash });
  tx.em.create(AgreementConfirmation, { agreement, party: c.partyId, method: c.method, textHash: agreement.textHash, confirmedBy: c.by, confirmedAt: tx.now });
  agreement.firstConfirmedAt ??= tx.now;
  const all = confirmed + 1 === parties;
  await emitAgreement(tx, d, people, {
    type: 'dispute.agreementConfirmed',
    data: { agreementNumber: agreement.number, side: c.side, method: c.method, confirmed: confirmed + 1, parties },
    notify: { userIds: await handlerUserIds(tx.em, d), title: all ? `调解协议各方已确认：${agreement.number}` : `当事人已确认调解协议：${agreement.number}` },
  });
}

/** 确认协议: a party confirms the agreement's text, by their own account, once. */
export async function confirmMediationAgreement(ctx: Context, input: ConfirmMediationAgreementInput): Promise<Dispute> {
  const access = await ctx.access();
  const userId = requireUser(access);
  return ctx.transact(async (tx) => {
    const { d, people } = await forStep(tx, access, input.disputeId, 'confirmAgreement', disputePolicy.canConfirmAgreement, 'Only a party confirms the agreement, by their own account');
    const { view, agreement } = await agreementOf(tx, d);
    assertAgreement('confirmAgreement', view);
    if (view.confirmedUserIds.includes(userId)) throw invalidTransition('CONFIRMED', 'confirmAgreement');
    const party = await tx.em.findOneOrFail(DisputeParty, { dispute: d.id, user: userId });
    await confirm(tx, d, people, agreement!, view.confirmed, view.parties, { partyId: party.id, side: party.role, method: ConfirmationMethod.APP, textHash: input.textHash, by: userId });
    return d;
  });
}

/**
 * 记录签字: the mediator records a party's confirmation — signed, sealed or fingerprinted on paper
 * (PAPER, a WRITTEN agreement), or assented to by word of mouth (ORAL, an ORAL agreement).
 */
export async function recordAgreementConfirmation(ctx: Context, input: RecordAgreementConfirmationInput): Promise<Dispute> {
  const access = await ctx.access();
  const userId = requireUser(access);
  return ctx.transact(async (tx) => {
    const { d, people } = await forStep(tx, access, input.disputeId, 'recordConfirmation', disputePolicy.canRecordConfirmation);
    const { view, agreement } = await agreementOf(tx, d);
    assertAgreement('recordConfirmation', view);
    const partyId = keyOf(input.partyId, 'DisputeParty', 'partyId');
    const party = await tx.em.findOne(DisputeParty, { id: partyId, dispute: d.id });
    if (!party) throw badInput({ partyId: 'is not a party of this dispute' });
    const expected = agreement!.form === AgreementForm.WRITTEN ? ConfirmationMethod.PAPER : ConfirmationMethod.ORAL;
    if (input.method !== expected) throw badInput({ method: `must be ${expected} for a ${agreement!.form} agreement (APP is the party's own confirmation)` });
    if (await tx.em.count(AgreementConfirmation, { agreement: agreement!.id, party: party.id })) throw invalidTransition('CONFIRMED', 'recordConfirmation');
    await confirm(tx, d, people, agreement!, view.confirmed, view.parties, { partyId: party.id, side: party.role, method: input.method, textHash: input.textHash, by: userId });
    return d;
  });
}

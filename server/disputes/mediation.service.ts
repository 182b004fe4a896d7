import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../core/context.js';
import type { Transaction } from '../core/transaction.js';
import { requireUser } from '../core/policy.js';
import { LockMode } from '@mikro-orm/core';
import { badInput, conflict, forbidden, invalidTransition, notFound } from '../core/errors.js';
import { keyOf, toGlobalId } from '../core/ids.js';
import { sqlArray, sqlArrayLiteral } from '../core/sql.js';
import { emit } from '../events/index.js';
import { DisputeParty, type Dispute } from './dispute.entity.js';
import { AgreementConfirmation, AgreementForm, ConfirmationMethod, MediationAgreement, MediationSession, MediationSessionStatus, SessionInvitee, type SessionInviteeRole } from './mediation.entity.js';
import { disputePolicy } from './dispute.policy.js';
import { assertAgreement, assertSession, canDispute, sessionRefusal } from './dispute.state.js';
import { MediationSessionAction } from './dispute.actions.js';
import type { Access } from '../core/access.js';
import { agreementHash, agreementViews, NO_AGREEMENT } from './agreement.read.js';
import { audienceOf, change, factsOf, forStep, handlerOrganizationIds, handlerUserIds, subjectOf, type DisputePeople } from './disputes.service.js';
import type {
  CancelMediationSessionInput,
  ConfirmMediationAgreementInput,
  DraftMediationAgreementInput,
  RecordAgreementConfirmationInput,
  RecordMediationSessionInput,
  ScheduleMediationSessionInput,
  SessionInviteeInput,
} from './mediation.inputs.js';
import './disputes.events.js';

const unique = <T>(xs: T[]) => [...new Set(xs)];

/** Who a session names, checked: the mediators, the parties, the invitees (by account). */
interface SessionPeople {
  mediatorIds: string[];
  partyIds: string[];
  invitees: { userId: string; role: SessionInviteeRole; affiliation: string }[];
}

/**
 * The people a session names, checked against the dispute (BAD_USER_INPUT naming the field, nothing
 * written): the mediators act at its handling level; the parties are its own; the invitees are
 * accounts — named by id, or by their account's phone (a psychologist the mediator knows) — who are
 * not parties, each once (`already`: invited to this session before, not again).
 */
async function sessionPeople(
  tx: Transaction,
  d: Dispute,
  people: DisputePeople,
  input: { mediatorIds: string[]; partyIds: string[]; invitees: SessionInviteeInput[] },
  already: readonly string[] = [],
): Promise<SessionPeople> {
  const mediatorIds = unique(input.mediatorIds.map((id, i) => keyOf(id, 'User', `mediatorIds.${i}`)));
  const handlers = new Set(await handlerUserIds(tx.em, d));
  const stranger = mediatorIds.findIndex((id) => !handlers.has(id));
  if (stranger >= 0) throw badInput({ [`mediatorIds.${stranger}`]: 'is not a member of the organization that handles the dispute' });

  const partyIds = unique(input.partyIds.map((id, i) => keyOf(id, 'DisputeParty', `partyIds.${i}`)));
  const parties = new Set((await tx.em.find(DisputeParty, { dispute: d.id }, { fields: ['id'] })).map((p) => p.id));
  const notParty = partyIds.findIndex((id) => !parties.has(id));
  if (notParty >= 0) throw badInput({ [`partyIds.${notParty}`]: 'is not a party of this dispute' });

  // By phone: the account that has it (only those who handle the dispute get here; they see the
  // parties' phones already). Exactly one of userId and phone.
  const phones = input.invitees.flatMap((i) => (i.phone ? [i.phone] : []));
  const byPhone = new Map<string, string>();
  if (phones.length) {
    const rows = await tx.em.execute<{ id: string; phone: string }[]>(`SELECT id, phone FROM users WHERE phone = ANY(?::text[])`, [sqlArrayLiteral(phones)]);
    for (const r of rows) byPhone.set(r.phone, r.id);
  }
  const invitees = input.invitees.map((i, n) => {
    if (!!i.userId === !!i.phone) throw badInput({ [`invitees.${n}`]: 'name exactly one of userId and phone' });
    const userId = i.userId ? keyOf(i.userId, 'User', `invitees.${n}.userId`) : byPhone.get(i.phone!);
    if (!userId) throw badInput({ [`invitees.${n}.phone`]: 'is not the phone of an account' });
    return { userId, role: i.role, affiliation: i.affiliation.trim() };
  });
  const inviteeIds = invitees.map((i) => i.userId);
  if (new Set(inviteeIds).size !== inviteeIds.length) throw badInput({ invitees: 'a person is invited once' });
  const party = invitees.findIndex((i) => people.parties.includes(i.userId));
  if (party >= 0) throw badInput({ [`invitees.${party}`]: 'is a party of this dispute' });
  if (inviteeIds.length) {
    const ids = sqlArray(inviteeIds);
    const found = new Set((await tx.em.execute<{ id: string }[]>(`SELECT id FROM users WHERE id = ANY(${ids.sql})`, ids.params)).map((r) => r.id));
    const missing = inviteeIds.findIndex((id) => !found.has(id));
    if (missing >= 0) throw badInput({ [`invitees.${missing}.userId`]: 'is not an account' });
  }
  return { mediatorIds, partyIds, invitees: invitees.filter((i) => !already.includes(i.userId)) };
}

/** The parties (by account) among `partyIds`. */
async function partyUsers(tx: Transaction, partyIds: readonly string[]): Promise<string[]> {
  if (!partyIds.length) return [];
  const rows = await tx.em.find(DisputeParty, { id: { $in: [...partyIds] }, user: { $ne: null } }, { fields: ['user'] });
  return rows.map((p) => p.user!.id);
}

/**
 * 调解会: records a session of a dispute in mediation (MEDIATING only), by those at its handling
 * level (`disputePolicy.canRecordSession`): a new one, or a SCHEDULED one (`sessionId`) that was
 * held (SCHEDULED → HELD; HELD or CANCELLED is INVALID_TRANSITION naming it). The mediators present
 * must act at that level; the parties present are the dispute's; the invitees are users who are not
 * parties, and from now on see this dispute (and are in its events' audience). Bad input changes
 * nothing.
 */
export async function recordMediationSession(ctx: Context, input: RecordMediationSessionInput): Promise<Dispute> {
  const access = await ctx.access();
  const userId = requireUser(access);
  return ctx.transact(async (tx) => {
    const { d, people } = await forStep(tx, access, input.disputeId, 'recordSession', disputePolicy.canRecordSession);
    let session: MediationSession | null = null;
    let already: string[] = [];
    if (input.sessionId) {
      const id = keyOf(input.sessionId, 'MediationSession', 'sessionId');
      session = await tx.em.findOne(MediationSession, { id, dispute: d.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!session) throw badInput({ sessionId: 'is not a session of this dispute' });
      assertSession('recordScheduled', session.status);
      already = (await tx.em.find(SessionInvitee, { session: session.id }, { fields: ['user'] })).map((i) => i.user.id);
    }
    if (input.heldAt.getTime() > tx.now.getTime()) throw badInput({ heldAt: 'must not be in the future: a session is recorded once held' });
    const named = await sessionPeople(tx, d, people, input, already);
    const fields = { heldAt: input.heldAt, place: input.place.trim(), mediatorIds: named.mediatorIds, partyIds: named.partyIds, record: input.record.trim(), recordedBy: userId, recordedAt: tx.now };
    if (session) tx.em.assign(session, { ...fields, status: MediationSessionStatus.HELD });
    else session = tx.em.create(MediationSession, { dispute: d, status: MediationSessionStatus.HELD, ...fields });
    for (const i of named.invitees) tx.em.create(SessionInvitee, { session, dispute: d, user: i.userId, role: i.role, affiliation: i.affiliation });
    const inviteeIds = named.invitees.map((i) => i.userId);
    const after = { parties: people.parties, invitees: unique([...people.invitees, ...inviteeIds]) };
    emit(tx, {
      type: 'dispute.sessionRecorded',
      communityId: d.community.id,
      subject: subjectOf(d),
      data: { ...change(d, d.status), sessionId: session.id, heldAt: input.heldAt.toISOString(), place: session.place, invitees: already.length + inviteeIds.length },
      audience: await audienceOf(tx.em, d.community.id, after),
      notify: [
        { userIds: people.parties, title: `调解会已记录：${d.number} ${d.title}` },
        { userIds: inviteeIds.filter((id) => !people.invitees.includes(id)), title: `您受邀参加调解：${d.number} ${d.title}` },
      ],
    });
    return d;
  });
}

/** 2026-03-05 14:30, Asia/Shanghai: how a notification names a planned time. */
const shanghai = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

/**
 * 安排调解会: plans a session ahead (ACCEPTED or MEDIATING; `plannedAt` in the future), by those at
 * the handling level (`disputePolicy.canScheduleSession`): the place, the mediators and parties
 * asked to come, those invited from another organization (who see this dispute from now on). The
 * parties (by account), the mediators named and the invitees are told the time and place.
 */
export async function scheduleMediationSession(ctx: Context, input: ScheduleMediationSessionInput): Promise<Dispute> {
  const access = await ctx.access();
  const userId = requireUser(access);
  return ctx.transact(async (tx) => {
    const { d, people } = await forStep(tx, access, input.disputeId, 'scheduleSession', disputePolicy.canScheduleSession);
    if (input.plannedAt.getTime() <= tx.now.getTime()) throw badInput({ plannedAt: 'must be in the future: a session is scheduled ahead' });
    const named = await sessionPeople(tx, d, people, input);
    const session = tx.em.create(MediationSession, {
      dispute: d,
      status: MediationSessionStatus.SCHEDULED,
      plannedAt: input.plannedAt,
      place: input.place.trim(),
      mediatorIds: named.mediatorIds,
      partyIds: named.partyIds,
      scheduledBy: userId,
      scheduledAt: tx.now,
    });
    for (const i of named.invitees) tx.em.create(SessionInvitee, { session, dispute: d, user: i.userId, role: i.role, affiliation: i.affiliation });
    const inviteeIds = named.invitees.map((i) => i.userId);
    const title = `调解会安排：${shanghai(input.plannedAt)} ${session.place}（${d.number} ${d.title}）`;
    emit(tx, {
      type: 'dispute.sessionScheduled',
      communityId: d.community.id,
      subject: subjectOf(d),
      data: { ...change(d, d.status), sessionId: session.id, plannedAt: input.plannedAt.toISOString(), place: session.place, invitees: inviteeIds.length },
      audience: await audienceOf(tx.em, d.community.id, { parties: people.parties, invitees: unique([...people.invitees, ...inviteeIds]) }),
      notify: [{ userIds: unique([...(await partyUsers(tx, named.partyIds)), ...named.mediatorIds, ...inviteeIds]).filter((id) => id !== userId), title }],
    });
    return d;
  });
}

/**
 * 取消调解会: calls off a SCHEDULED session (HELD or CANCELLED: INVALID_TRANSITION naming it), with a
 * reason, by those at the dispute's handling level (whatever its status now). Those asked to come
 * are told. Its invitees keep seeing the dispute (events they were shown point at it).
 */
export async function cancelMediationSession(ctx: Context, input: CancelMediationSessionInput): Promise<Dispute> {
  const access = await ctx.access();
  const userId = requireUser(access);
  return ctx.transact(async (tx) => {
    const id = keyOf(input.sessionId, 'MediationSession', 'sessionId');
    const found = await tx.em.findOne(MediationSession, id, { fields: ['dispute'] });
    if (!found) throw notFound('MediationSession');
    const { d, people } = await forStep(tx, access, toGlobalId('Dispute', found.dispute.id), null, disputePolicy.canScheduleSession);
    const session = await tx.em.findOneOrFail(MediationSession, id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    assertSession('cancelSession', session.status);
    Object.assign(session, { status: MediationSessionStatus.CANCELLED, cancelReason: input.reason.trim(), cancelledAt: tx.now });
    const invitees = (await tx.em.find(SessionInvitee, { session: session.id }, { fields: ['user'] })).map((i) => i.user.id);
    emit(tx, {
      type: 'dispute.sessionCancelled',
      communityId: d.community.id,
      subject: subjectOf(d),
      data: { ...change(d, d.status), sessionId: session.id, plannedAt: session.plannedAt!.toISOString() },
      audience: await audienceOf(tx.em, d.community.id, people),
      notify: [{ userIds: unique([...(await partyUsers(tx, session.partyIds)), ...session.mediatorIds, ...invitees]).filter((u) => u !== userId), title: `调解会取消：${shanghai(session.plannedAt!)}（${d.number} ${d.title}）` }],
    });
    return d;
  });
}

/**
 * What the viewer may do with a session now: the policy, the dispute's machine and the session's
 * — exactly what `recordMediationSession` (with its id) and `cancelMediationSession` accept.
 */
export function sessionViewerActions(a: Access, d: Dispute, people: DisputePeople, session: MediationSession): MediationSessionAction[] {
  const facts = factsOf(d, people);
  if (!disputePolicy.canSee(a, facts)) return [];
  const out: MediationSessionAction[] = [];
  if (disputePolicy.canRecordSession(a, facts) && canDispute('recordSession', d) && sessionRefusal('recordScheduled', session.status) === null) out.push(MediationSessionAction.RECORD);
  if (disputePolicy.canScheduleSession(a, facts) && sessionRefusal('cancelSession', session.status) === null) out.push(MediationSessionAction.CANCEL);
  return out;
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

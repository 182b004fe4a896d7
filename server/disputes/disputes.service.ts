import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../core/context.js';
import type { Transaction } from '../core/transaction.js';
import type { Access } from '../core/access.js';
import { authorize, requireUser } from '../core/policy.js';
import { badInput, conflict, forbidden, invalidTransition, notFound } from '../core/errors.js';
import { keyOf } from '../core/ids.js';
import { sqlArray, sqlArrayLiteral } from '../core/sql.js';
import { idempotent } from '../core/idempotency.js';
import { emit, type Audience, type EventCatalog, type Notify } from '../events/index.js';
import { attachUploads } from '../attachments/index.js';
import { Community, coversSql, memberUserIds, OrganizationKind, RegionLevel } from '../communities/index.js';
import { Issue, issuePolicy, factsOf as issueFactsOf } from '../issues/index.js';
import { Dispute, DisputeParty, DisputePartyRole, DisputeRiskLevel, DisputeSource, DisputeStatus as S, PartyConsent, type DisputeCategory } from './dispute.entity.js';
import { disputePolicy, type DisputeFacts } from './dispute.policy.js';
import { DisputeAction } from './dispute.actions.js';
import { agreementRefusal, assertAgreement, assertDispute, canDispute, consentRefusal, FOLLOW_UPS, levelAbove, mediationDeadline, OUTCOMES, type DisputeStep } from './dispute.state.js';
import { agreementViews, NO_AGREEMENT, type AgreementView } from './agreement.read.js';
import { MediationAgreement } from './mediation.entity.js';
import { ScreeningRound } from './screening.entity.js';
import { mediationDaysOf } from './settings.service.js';
import type {
  AcceptDisputeInput,
  ApplyForMediationInput,
  ConvertIssueToDisputeInput,
  DisputePartyInput,
  DisputeReasonInput,
  RecordFollowUpInput,
  RecordMediationOutcomeInput,
  ReferDisputeInput,
  RegisterDisputeInput,
} from './dispute.inputs.js';
import './disputes.events.js';

/** Who sees a dispute by account besides its handlers: its parties who are users, and those invited to its sessions. */
export interface DisputePeople {
  parties: string[];
  invitees: string[];
}

/** The people of each dispute (one query for all). */
export async function peopleOf(em: EntityManager, disputeIds: readonly string[]): Promise<Map<string, DisputePeople>> {
  const out = new Map<string, DisputePeople>(disputeIds.map((id) => [id, { parties: [], invitees: [] }]));
  if (!disputeIds.length) return out;
  const ids = sqlArray(disputeIds);
  const rows = await em.execute<{ dispute_id: string; user_id: string; invited: boolean }[]>(
    `SELECT dispute_id, user_id, false AS invited FROM dispute_parties WHERE dispute_id = ANY(${ids.sql}) AND user_id IS NOT NULL
     UNION SELECT dispute_id, user_id, true FROM mediation_session_invitees WHERE dispute_id = ANY(${ids.sql})
     ORDER BY 3, 2`,
    [...ids.params, ...ids.params],
  );
  for (const r of rows) out.get(r.dispute_id)?.[r.invited ? 'invitees' : 'parties'].push(r.user_id);
  return out;
}

/** What the policy reads of a dispute. */
export const factsOf = (d: Dispute, people: DisputePeople): DisputeFacts => ({
  communityId: d.community.id,
  handlingLevel: d.handlingLevel,
  partyUserIds: people.parties,
  inviteeUserIds: people.invitees,
});

/**
 * The event audience of a community's disputes: exactly who `disputePolicy.canSee` lets see one —
 * the parties by account, those invited to its sessions, and the members of its mediation
 * committee, of its governance center and of the governance centers above that serve it (admins
 * see every event, as they see every dispute). The organizations are those of the moment the event
 * is written.
 */
export async function audienceOf(em: EntityManager, communityId: string, people: DisputePeople): Promise<Audience> {
  const rows = await em.execute<{ id: string }[]>(
    `SELECT o.id FROM organizations o, communities c WHERE c.id = ?
        AND ((o.community_id = c.id AND o.kind IN (?, ?)) OR (o.kind = ? AND ${coversSql('o', 'c')}))`,
    [communityId, OrganizationKind.MEDIATION_COMMITTEE, OrganizationKind.GOVERNANCE_CENTER, OrganizationKind.GOVERNANCE_CENTER],
  );
  return { organizationIds: rows.map((r) => r.id), userIds: [...new Set([...people.parties, ...people.invitees])] };
}

/** The organizations that act at the handling level: the community's mediation committee, or the center of that level above it. */
export async function handlerOrganizationIds(em: EntityManager, d: Dispute): Promise<string[]> {
  const rows =
    d.handlingLevel === RegionLevel.COMMUNITY
      ? await em.execute<{ id: string }[]>(`SELECT id FROM organizations WHERE community_id = ? AND kind = ? ORDER BY id`, [d.community.id, OrganizationKind.MEDIATION_COMMITTEE])
      : await em.execute<{ id: string }[]>(`SELECT o.id FROM organizations o, communities c WHERE c.id = ? AND o.kind = ? AND o.level = ? AND ${coversSql('o', 'c')} ORDER BY o.id`, [
          d.community.id,
          OrganizationKind.GOVERNANCE_CENTER,
          d.handlingLevel,
        ]);
  return rows.map((r) => r.id);
}

/** Those who act at the handling level: the members of `handlerOrganizationIds`. */
export async function handlerUserIds(em: EntityManager, d: Dispute): Promise<string[]> {
  return memberUserIds(em, await handlerOrganizationIds(em, d));
}

/** A party's answer to mediation, as the offers read it. */
export interface ConsentFact {
  userId: string | null;
  consent: PartyConsent;
}

/** The parties' consents of each dispute (one query for all). */
export async function consentsOf(em: EntityManager, disputeIds: readonly string[]): Promise<Map<string, ConsentFact[]>> {
  const out = new Map<string, ConsentFact[]>(disputeIds.map((id) => [id, []]));
  if (!disputeIds.length) return out;
  const ids = sqlArray(disputeIds);
  const rows = await em.execute<{ dispute_id: string; user_id: string | null; consent: PartyConsent }[]>(
    `SELECT dispute_id, user_id, consent FROM dispute_parties WHERE dispute_id = ANY(${ids.sql}) ORDER BY dispute_id, role, position`,
    ids.params,
  );
  for (const r of rows) out.get(r.dispute_id)?.push({ userId: r.user_id, consent: r.consent });
  return out;
}

/** What else the offers read: a center above to escalate to, the agreement, the parties' consents. */
export interface OfferFacts {
  centerAbove: boolean;
  agreement: AgreementView;
  consents: ConsentFact[];
}

const ownConsent = (a: Access, x: OfferFacts) => x.consents.find((c) => c.userId !== null && c.userId === a.userId)?.consent;

type Offer = [DisputeAction, DisputeStep, (a: Access, d: DisputeFacts) => boolean, ((a: Access, x: OfferFacts) => boolean)?];
let offers: Offer[] | null = null;
/**
 * Each action: the machine's step, the policy that answers it, and any further condition. Built on
 * first use, not at load: an import cycle through the barrels (communities' abilities ask this
 * module's policy) can load this file while dispute.policy.ts is still loading.
 */
const OFFERS = (): Offer[] => (offers ??= [
  [DisputeAction.ACCEPT, 'accept', disputePolicy.canHandle],
  [DisputeAction.DECLINE, 'decline', disputePolicy.canHandle],
  [DisputeAction.START_MEDIATION, 'startMediation', disputePolicy.canHandle, (_, x) => consentRefusal(x.consents.map((c) => c.consent)) === null],
  [DisputeAction.RECORD_OUTCOME, 'recordOutcome', disputePolicy.canHandle],
  [DisputeAction.REFER, 'refer', disputePolicy.canHandle],
  [DisputeAction.RECORD_FOLLOW_UP, 'recordFollowUp', disputePolicy.canHandle],
  [DisputeAction.ESCALATE, 'escalate', disputePolicy.canHandle, (_, x) => x.centerAbove],
  [DisputeAction.RECORD_SESSION, 'recordSession', disputePolicy.canRecordSession],
  [DisputeAction.SCHEDULE_SESSION, 'scheduleSession', disputePolicy.canScheduleSession],
  [DisputeAction.DRAFT_AGREEMENT, 'draftAgreement', disputePolicy.canDraftAgreement, (_, x) => agreementRefusal('draftAgreement', x.agreement) === null],
  [
    DisputeAction.CONFIRM_AGREEMENT,
    'confirmAgreement',
    disputePolicy.canConfirmAgreement,
    (a, x) => agreementRefusal('confirmAgreement', x.agreement) === null && !x.agreement.confirmedUserIds.includes(a.userId ?? ''),
  ],
  [DisputeAction.RECORD_CONFIRMATION, 'recordConfirmation', disputePolicy.canRecordConfirmation, (_, x) => agreementRefusal('recordConfirmation', x.agreement) === null],
  [DisputeAction.CONSENT_TO_MEDIATION, 'consent', disputePolicy.canRespond, (a, x) => ownConsent(a, x) === PartyConsent.PENDING],
  [DisputeAction.REFUSE_MEDIATION, 'refuse', disputePolicy.canRespond, (a, x) => ownConsent(a, x) !== PartyConsent.REFUSED],
  [DisputeAction.RECORD_PARTY_RESPONSE, 'refuse', disputePolicy.canRecordResponse],
]);

/**
 * The steps the viewer may take now: the policy, then the machine, then the step's own condition
 * (a center above for ESCALATE, the agreement's state for its steps) — exactly what the mutations
 * accept. Nothing for one who does not see the dispute.
 */
export function disputeViewerActions(a: Access, d: Dispute, people: DisputePeople, x: OfferFacts): DisputeAction[] {
  const facts = factsOf(d, people);
  if (!disputePolicy.canSee(a, facts)) return [];
  return OFFERS().filter(([, step, may, also]) => may(a, facts) && canDispute(step, d) && (!also || also(a, x))).map(([action]) => action);
}

/** Whether a governance center of the level above the dispute's serves its community. */
export async function hasCenterAbove(em: EntityManager, d: { community: { id: string }; handlingLevel: RegionLevel }): Promise<boolean> {
  const above = levelAbove(d.handlingLevel);
  if (!above) return false;
  const rows = await em.execute(`SELECT 1 FROM organizations o, communities c WHERE c.id = ? AND o.kind = ? AND o.level = ? AND ${coversSql('o', 'c')} LIMIT 1`, [
    d.community.id,
    OrganizationKind.GOVERNANCE_CENTER,
    above,
  ]);
  return rows.length > 0;
}

// ── opening a dispute ───────────────────────────────────────────────────────────────────────

interface PartyDraft {
  role: DisputePartyRole;
  userId: string | null;
  name: string | null;
  phone: string | null;
}

/**
 * The users of the community (verified residents, members of its organizations) with these
 * phones: a party named with the phone of one of them is that user (they see the dispute and
 * answer for themself). Nobody is told whether a phone matched: other parties see only the side.
 */
async function usersByPhone(em: EntityManager, communityId: string, phones: string[]): Promise<Map<string, string>> {
  if (!phones.length) return new Map();
  const rows = await em.execute<{ id: string; phone: string }[]>(
    `SELECT u.id, u.phone FROM users u WHERE u.phone = ANY(?::text[])
        AND (EXISTS (SELECT 1 FROM residencies r WHERE r.user_id = u.id AND r.community_id = ? AND r.verified)
             OR EXISTS (SELECT 1 FROM memberships m JOIN organizations o ON o.id = m.organization_id WHERE m.user_id = u.id AND o.community_id = ?))`,
    [sqlArrayLiteral(phones), communityId, communityId],
  );
  return new Map(rows.map((r) => [r.phone, r.id]));
}

/** Checks the parties as given: a user who belongs to the community, or an outsider's name; each user once. */
async function partiesOf(em: EntityManager, communityId: string, given: { role: DisputePartyRole; input: DisputePartyInput; field: string }[]): Promise<PartyDraft[]> {
  const drafts: PartyDraft[] = [];
  for (const { role, input, field } of given) {
    const name = input.name?.trim() || null;
    const userId = input.userId ? keyOf(input.userId, 'User', `${field}.userId`) : null;
    if ((userId === null) === (name === null)) throw badInput({ [field]: 'give exactly one of userId and name' });
    drafts.push({ role, userId, name, phone: input.phone ?? null });
  }
  const byPhone = await usersByPhone(em, communityId, [...new Set(drafts.flatMap((p) => (p.name && p.phone ? [p.phone] : [])))]);
  for (const p of drafts) {
    const user = p.name && p.phone ? byPhone.get(p.phone) : undefined;
    if (user) Object.assign(p, { userId: user, name: null, phone: null });
  }
  const userIds = drafts.flatMap((p) => (p.userId ? [p.userId] : []));
  if (new Set(userIds).size !== userIds.length) throw badInput({ parties: 'a person is a party once' });
  if (userIds.length) {
    const rows = await em.execute<{ id: string }[]>(
      `SELECT u.id FROM users u WHERE u.id = ANY(?::uuid[])
          AND (EXISTS (SELECT 1 FROM residencies r WHERE r.user_id = u.id AND r.community_id = ?)
               OR EXISTS (SELECT 1 FROM memberships m JOIN organizations o ON o.id = m.organization_id WHERE m.user_id = u.id AND o.community_id = ?))`,
      [sqlArrayLiteral(userIds), communityId, communityId],
    );
    const found = new Set(rows.map((r) => r.id));
    const missing = given.find((_, i) => {
      const id = drafts[i]!.userId;
      return id !== null && !found.has(id);
    });
    if (missing) throw badInput({ [`${missing.field}.userId`]: 'is not a user of this community (record an outsider by name)' });
  }
  return drafts;
}

const sideOf = (role: DisputePartyRole, list: DisputePartyInput[], field: string) => list.map((input, i) => ({ role, input, field: `${field}.${i}` }));

/** The next number of the community's year: `纠纷-2026-0001`. Race-free (one row per community and year, updated in place). */
async function nextNumber(em: EntityManager, communityId: string, now: Date): Promise<string> {
  const year = now.getUTCFullYear();
  const [row] = await em.execute<{ last: number }[]>(
    `INSERT INTO dispute_numbers AS n (community_id, year, last) VALUES (?, ?, 1)
     ON CONFLICT (community_id, year) DO UPDATE SET last = n.last + 1 RETURNING n.last`,
    [communityId, year],
  );
  return `纠纷-${year}-${String(row!.last).padStart(4, '0')}`;
}

interface Opening {
  communityId: string;
  title: string;
  description: string;
  category: DisputeCategory;
  source: DisputeSource;
  riskLevel: DisputeRiskLevel;
  issueId: string | null;
  parties: PartyDraft[];
  screeningRoundId?: string | null;
  /** Uploads (POST /files) to attach: photos of the damage, a scan of a receipt. */
  attachmentIds?: readonly string[] | null;
}

/** Writes a REGISTERED dispute with its parties and its event; tells the community's mediators. */
async function open(tx: Transaction, userId: string, o: Opening): Promise<Dispute> {
  const now = tx.now;
  const dispute = tx.em.create(Dispute, {
    community: o.communityId,
    number: await nextNumber(tx.em, o.communityId, now),
    title: o.title.trim(),
    description: o.description.trim(),
    category: o.category,
    source: o.source,
    riskLevel: o.riskLevel,
    handlingLevel: RegionLevel.COMMUNITY,
    registeredLevel: RegionLevel.COMMUNITY,
    status: S.REGISTERED,
    issueId: o.issueId,
    screeningRoundId: o.screeningRoundId ?? null,
    registeredBy: userId,
    registeredAt: now,
  });
  await attachUploads(tx, { type: 'Dispute', id: dispute.id }, o.attachmentIds);
  // The applicant of an application (来访) consents by applying; everyone else answers for themself.
  o.parties.forEach((p, position) => {
    const applied = o.source === DisputeSource.VISIT && p.role === DisputePartyRole.APPLICANT && p.userId === userId;
    const consent = applied ? { consent: PartyConsent.CONSENTED, consentAt: now, consentRecordedBy: userId } : {};
    tx.em.create(DisputeParty, { dispute, role: p.role, user: p.userId, name: p.name, phone: p.phone, position, ...consent });
  });
  const people = { parties: o.parties.flatMap((p) => (p.userId ? [p.userId] : [])), invitees: [] };
  emit(tx, {
    type: 'dispute.registered',
    communityId: o.communityId,
    subject: subjectOf(dispute),
    data: { ...change(dispute, null), category: dispute.category, source: dispute.source, riskLevel: dispute.riskLevel, issueId: o.issueId },
    audience: await audienceOf(tx.em, o.communityId, people),
    notify: { userIds: await handlerUserIds(tx.em, dispute), title: `新的矛盾纠纷待受理：${dispute.number} ${dispute.title}` },
  });
  return dispute;
}

export const subjectOf = (d: Dispute) => ({ type: 'Dispute', id: d.id });
export const change = (d: Dispute, before: S | null) => ({ number: d.number, title: d.title, status: { before, after: d.status }, handlingLevel: d.handlingLevel });

async function communityOrFail(em: EntityManager, communityId: string): Promise<void> {
  if (!(await em.count(Community, communityId))) throw notFound('Community');
}

/** 来访 / online: a verified resident applies, as the applicant, against the respondents given. */
export async function applyForMediation(ctx: Context, input: ApplyForMediationInput): Promise<Dispute> {
  const access = await ctx.access();
  const userId = requireUser(access);
  const communityId = keyOf(input.communityId, 'Community', 'communityId');
  authorize(disputePolicy.canApply(access, communityId), 'Only verified residents of the community apply for mediation');
  return ctx.transact((tx) =>
    idempotent(tx, input.idempotencyKey, { userId, operation: 'applyForMediation', payload: input }, (id) => tx.em.findOne(Dispute, id), async () => {
      const respondents = await partiesOf(tx.em, communityId, sideOf(DisputePartyRole.RESPONDENT, input.respondents, 'respondents'));
      if (respondents.some((p) => p.userId === userId)) throw badInput({ respondents: 'you are the applicant' });
      const parties: PartyDraft[] = [{ role: DisputePartyRole.APPLICANT, userId, name: null, phone: null }, ...respondents];
      const d = await open(tx, userId, { ...input, communityId, source: DisputeSource.VISIT, riskLevel: DisputeRiskLevel.GENERAL, issueId: null, parties });
      return { id: d.id, value: d };
    }),
  );
}

/** The round a dispute is registered from: one of the community's that did not find nothing (BAD_USER_INPUT otherwise). */
async function roundToRegisterFrom(em: EntityManager, communityId: string, id: string | null | undefined): Promise<string | null> {
  if (!id) return null;
  const round = await em.findOne(ScreeningRound, keyOf(id, 'ScreeningRound', 'screeningRoundId'));
  if (!round || round.community.id !== communityId) throw badInput({ screeningRoundId: 'is not a screening round of this community' });
  if (round.nothingFound) throw badInput({ screeningRoundId: 'found nothing: record the round that found it' });
  return round.id;
}

/** 排查登记: a mediator or a grid worker of the community (from a screening round of theirs, when given). */
export async function registerDispute(ctx: Context, input: RegisterDisputeInput): Promise<Dispute> {
  const access = await ctx.access();
  const userId = requireUser(access);
  const communityId = keyOf(input.communityId, 'Community', 'communityId');
  authorize(disputePolicy.canRegister(access, communityId), "Only the community's mediators and grid workers register disputes");
  return ctx.transact((tx) =>
    idempotent(tx, input.idempotencyKey, { userId, operation: 'registerDispute', payload: input }, (id) => tx.em.findOne(Dispute, id), async () => {
      await communityOrFail(tx.em, communityId);
      const screeningRoundId = await roundToRegisterFrom(tx.em, communityId, input.screeningRoundId);
      const parties = await partiesOf(tx.em, communityId, [
        ...sideOf(DisputePartyRole.APPLICANT, input.applicants, 'applicants'),
        ...sideOf(DisputePartyRole.RESPONDENT, input.respondents, 'respondents'),
      ]);
      const d = await open(tx, userId, { ...input, communityId, source: DisputeSource.SCREENING, riskLevel: input.riskLevel ?? DisputeRiskLevel.GENERAL, issueId: null, parties, screeningRoundId });
      return { id: d.id, value: d };
    }),
  );
}

/**
 * An issue that is a dispute becomes one, by a mediator or grid worker who may read the issue. Its
 * reporter is the applicant (by account; a resident recorded by a grid worker and not yet signed
 * up, by the recorded name and phone). One dispute per issue: the second is a CONFLICT.
 */
export async function convertIssueToDispute(ctx: Context, input: ConvertIssueToDisputeInput): Promise<Dispute> {
  const access = await ctx.access();
  const userId = requireUser(access);
  const issueId = keyOf(input.issueId, 'Issue', 'issueId');
  return ctx.transact((tx) =>
    idempotent(tx, input.idempotencyKey, { userId, operation: 'convertIssueToDispute', payload: input }, (id) => tx.em.findOne(Dispute, id), async () => {
      const issue = await tx.em.findOne(Issue, issueId, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!issue || !issuePolicy.canRead(access, issueFactsOf(issue))) throw notFound('Issue');
      const communityId = issue.community.id;
      authorize(disputePolicy.canRegister(access, communityId), "Only the community's mediators and grid workers turn issues into disputes");
      const existing = await tx.em.findOne(Dispute, { issueId: issue.id });
      if (existing) throw conflict(`Issue ${issue.number} is already dispute ${existing.number}`, { disputeNumber: existing.number });
      const recorded = issue.recordedName && !issue.claimedAt;
      const applicant: PartyDraft = recorded
        ? { role: DisputePartyRole.APPLICANT, userId: null, name: issue.recordedName!, phone: issue.recordedPhone ?? null }
        : { role: DisputePartyRole.APPLICANT, userId: issue.reporter.id, name: null, phone: null };
      const respondents = await partiesOf(tx.em, communityId, sideOf(DisputePartyRole.RESPONDENT, input.respondents, 'respondents'));
      if (applicant.userId && respondents.some((p) => p.userId === applicant.userId)) throw badInput({ respondents: "the issue's reporter is the applicant" });
      const d = await open(tx, userId, {
        communityId,
        title: issue.title,
        description: issue.body,
        category: input.category,
        source: DisputeSource.ISSUE,
        riskLevel: input.riskLevel ?? DisputeRiskLevel.GENERAL,
        issueId: issue.id,
        parties: [applicant, ...respondents],
      });
      return { id: d.id, value: d };
    }),
  );
}

// ── the steps ───────────────────────────────────────────────────────────────────────────────

/**
 * Loads a dispute for a step, locked: NOT_FOUND unless the viewer may see it, FORBIDDEN unless they
 * act at its handling level, INVALID_TRANSITION unless the machine allows the step.
 */
export async function forStep(
  tx: Transaction,
  access: Access,
  disputeId: string,
  /** The machine's step, or null for a step on something of the dispute with a machine of its own (a session). */
  step: DisputeStep | null,
  may: (a: Access, d: DisputeFacts) => boolean = disputePolicy.canHandle,
  refusal = 'Only those at its handling level take this step',
): Promise<{ d: Dispute; people: DisputePeople }> {
  const key = keyOf(disputeId, 'Dispute', 'disputeId');
  const d = await tx.em.findOne(Dispute, key, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!d) throw notFound('Dispute');
  const people = (await peopleOf(tx.em, [d.id])).get(d.id)!;
  const facts = factsOf(d, people);
  if (!disputePolicy.canSee(access, facts)) throw notFound('Dispute');
  if (!may(access, facts)) throw forbidden(refusal);
  if (step) assertDispute(step, d);
  return { d, people };
}

type StepEvent = 'dispute.accepted' | 'dispute.declined' | 'dispute.mediationStarted' | 'dispute.agreed' | 'dispute.failed' | 'dispute.referred' | 'dispute.fulfilled' | 'dispute.breached' | 'dispute.escalated';

interface StepResult<K extends StepEvent> {
  type: K;
  data: EventCatalog[K];
  /** What the parties are told. */
  title: string;
  /** Others to tell (the new handlers of an escalated dispute). */
  also?: Notify;
}

/** Runs one step: the change, then its event to the dispute's audience; the parties are told. */
async function step<K extends StepEvent>(ctx: Context, disputeId: string, name: DisputeStep, apply: (d: Dispute, before: S, tx: Transaction) => StepResult<K> | Promise<StepResult<K>>): Promise<Dispute> {
  const access = await ctx.access();
  requireUser(access);
  return ctx.transact(async (tx) => {
    const { d, people } = await forStep(tx, access, disputeId, name);
    const r = await apply(d, d.status, tx);
    emit(tx, {
      type: r.type,
      communityId: d.community.id,
      subject: subjectOf(d),
      data: r.data,
      audience: await audienceOf(tx.em, d.community.id, people),
      notify: [{ userIds: people.parties, title: r.title }, ...(r.also ? [r.also] : [])],
    });
    return d;
  });
}

export function acceptDispute(ctx: Context, input: AcceptDisputeInput): Promise<Dispute> {
  return step(ctx, input.disputeId, 'accept', async (d, before, tx) => {
    const days = await mediationDaysOf(tx.em, d.community.id);
    Object.assign(d, { status: S.ACCEPTED, acceptedAt: tx.now, mediationDeadline: mediationDeadline(tx.now, days), riskLevel: input.riskLevel ?? d.riskLevel });
    const data = { ...change(d, before), riskLevel: d.riskLevel, mediationDeadline: d.mediationDeadline!.toISOString() };
    return { type: 'dispute.accepted', data, title: `纠纷已受理：${d.number} ${d.title}` };
  });
}

export function declineDispute(ctx: Context, input: DisputeReasonInput): Promise<Dispute> {
  return step(ctx, input.disputeId, 'decline', (d, before, tx) => {
    const reason = input.reason.trim();
    Object.assign(d, { status: S.DECLINED, declineReason: reason, closedAt: tx.now });
    return { type: 'dispute.declined', data: { ...change(d, before), reason }, title: `纠纷不予受理：${d.number}（${reason}）` };
  });
}

export function startMediation(ctx: Context, disputeId: string): Promise<Dispute> {
  return step(ctx, disputeId, 'startMediation', async (d, before, tx) => {
    // 人民调解法 第17条: no mediation until every party consented.
    const refusal = consentRefusal((await consentsOf(tx.em, [d.id])).get(d.id)!.map((c) => c.consent));
    if (refusal) throw invalidTransition(refusal, 'startMediation');
    Object.assign(d, { status: S.MEDIATING, mediationStartedAt: tx.now });
    return { type: 'dispute.mediationStarted', data: change(d, before), title: `纠纷开始调解：${d.number} ${d.title}` };
  });
}

export function recordMediationOutcome(ctx: Context, input: RecordMediationOutcomeInput): Promise<Dispute> {
  const outcome = input.outcome === S.AGREED ? OUTCOMES.agreed : input.outcome === S.FAILED ? OUTCOMES.failed : null;
  if (!outcome) throw badInput({ outcome: 'must be AGREED or FAILED' });
  return step(ctx, input.disputeId, 'recordOutcome', async (d, before, tx) => {
    if (outcome === S.AGREED) {
      // 人民调解法 第29、30条: agreed means an agreement every party confirmed; the one who records
      // the outcome signs it for the committee, and it is in force from now.
      assertAgreement('recordAgreed', (await agreementViews(tx.em, [d.id])).get(d.id) ?? NO_AGREEMENT);
      const agreement = await tx.em.findOneOrFail(MediationAgreement, { dispute: d.id });
      Object.assign(agreement, { signedBy: ctx.userId, effectiveAt: tx.now });
    }
    const note = input.note.trim();
    Object.assign(d, { status: outcome, outcomeNote: note, closedAt: tx.now, outcomeAt: tx.now });
    const data = { ...change(d, before), note };
    return outcome === S.AGREED
      ? { type: 'dispute.agreed' as const, data, title: `调解成功：${d.number} ${d.title}` }
      : { type: 'dispute.failed' as const, data, title: `调解不成：${d.number} ${d.title}` };
  });
}

export function referDispute(ctx: Context, input: ReferDisputeInput): Promise<Dispute> {
  return step(ctx, input.disputeId, 'refer', (d, before, tx) => {
    const reason = input.reason.trim();
    Object.assign(d, { status: S.REFERRED, referredTo: input.to, referralReason: reason, closedAt: tx.now });
    return { type: 'dispute.referred', data: { ...change(d, before), to: input.to, reason }, title: `纠纷已引导（${input.to}）：${d.number}` };
  });
}

export function recordFollowUp(ctx: Context, input: RecordFollowUpInput): Promise<Dispute> {
  const result = input.result === S.FULFILLED ? FOLLOW_UPS.fulfilled : input.result === S.BREACHED ? FOLLOW_UPS.breached : null;
  if (!result) throw badInput({ result: 'must be FULFILLED or BREACHED' });
  return step(ctx, input.disputeId, 'recordFollowUp', (d, before, tx) => {
    const note = input.note.trim();
    Object.assign(d, { status: result, followedUpAt: tx.now, followUpNote: note });
    const data = { ...change(d, before), note };
    return result === S.FULFILLED
      ? { type: 'dispute.fulfilled' as const, data, title: `回访：${d.number} 协议已履行` }
      : { type: 'dispute.breached' as const, data, title: `回访：${d.number} 协议未履行` };
  });
}

/**
 * 上报: to the level above, where a governance center of that level serves the community (else
 * BAD_USER_INPUT). The status stays; an accepted dispute's mediation deadline restarts from now,
 * with the community's mediation days.
 * The new handlers (that center's members) are told.
 */
export function escalateDispute(ctx: Context, input: DisputeReasonInput): Promise<Dispute> {
  return step(ctx, input.disputeId, 'escalate', async (d, before, tx) => {
    const from = d.handlingLevel;
    if (!(await hasCenterAbove(tx.em, d))) throw badInput({ disputeId: `no governance center above ${from} serves this community` });
    const reason = input.reason.trim();
    d.handlingLevel = levelAbove(from)!;
    d.escalationCount += 1;
    d.lastEscalationReason = reason;
    if (d.mediationDeadline) d.mediationDeadline = mediationDeadline(tx.now, await mediationDaysOf(tx.em, d.community.id));
    const data = { ...change(d, before), from, reason, mediationDeadline: d.mediationDeadline?.toISOString() ?? null };
    const title = `纠纷已上报：${d.number} ${d.title}`;
    return { type: 'dispute.escalated', data, title, also: { userIds: await handlerUserIds(tx.em, d), title: `上报的矛盾纠纷待处理：${d.number} ${d.title}` } };
  });
}

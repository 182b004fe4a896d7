import { LockMode, ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../core/context.js';
import type { Transaction } from '../core/transaction.js';
import { authorize, requireUser } from '../core/policy.js';
import { badInput, notFound } from '../core/errors.js';
import { keyOf, optionalKeyOf } from '../core/ids.js';
import { sqlArrayLiteral } from '../core/sql.js';
import { emit } from '../events/index.js';
import { Issue, issuePolicy, factsOf as issueFacts } from '../issues/index.js';
import { ActionItem, ActionItemStatus, MeetingKind, Resolution, ResolutionOutcome, ResolutionStatus } from './meeting.entity.js';
import { Matter, MatterStage as M, SupervisionRecord } from './matter.entity.js';
import { matterPolicy } from './meeting.policy.js';
import { assertMatter, assertMatterMove, MATTER_STEPS, matterRoleOf } from './meeting.state.js';
import type { AdvanceMatterInput, ProposeMatterInput, RecordSupervisionInput } from './meeting.inputs.js';
import './meetings.events.js';
import { independentReads } from '../core/rows.js';

const subjectOf = (m: Matter) => ({ type: 'Matter', id: m.id });
/** Matters are the community's business: whoever belongs to it follows them. */
const audience = { public: true };

/** Records a stage change (the caller checked that it is allowed). */
export function advanceMatterIn(tx: Transaction, matter: Matter, to: M, note: string | null): void {
  const before = matter.stage;
  Object.assign(matter, { stage: to, stageChangedAt: tx.now });
  emit(tx, { type: 'matter.advanced', communityId: matter.community.id, subject: subjectOf(matter), data: { title: matter.title, stage: { before, after: to }, note }, audience });
}

/** Whether every action item of the matter is closed and at least one was done (监事 may begin). */
export async function executionDone(em: EntityManager, matterId: string): Promise<boolean> {
  const items = await em.find(ActionItem, { matterId }, { fields: ['status'] });
  return items.some((i) => i.status === ActionItemStatus.DONE) && items.every((i) => i.status !== ActionItemStatus.OPEN);
}

/** Whether the matter is on the agenda of a council that decides (定事 may begin). */
export async function onCouncilAgenda(em: EntityManager, matterId: string): Promise<boolean> {
  const [row] = await em.execute<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id
      WHERE a.matter_id = ? AND m.kind IN ('REPRESENTATIVES', 'OWNERS_ASSEMBLY') AND m.status <> 'CANCELLED'`,
    [matterId],
  );
  return !!row?.n;
}

/** Whether the supervisory committee recorded a finding on the matter (办结 may follow). */
export async function supervised(em: EntityManager, matterId: string): Promise<boolean> {
  return (await em.count(SupervisionRecord, { matter: matterId })) > 0;
}

/** The councils whose resolutions decide a matter (定事). */
export const DECIDING_KINDS = [MeetingKind.REPRESENTATIVES, MeetingKind.OWNERS_ASSEMBLY];

/** What the steps of matters depend on, for many matters at once (the board): four statements. */
export interface MatterProgress {
  onCouncilAgenda: boolean;
  decidingResolutions: Resolution[];
  executionDone: boolean;
  supervised: boolean;
}

export async function progressOf(em: EntityManager, matterIds: readonly string[]): Promise<Map<string, MatterProgress>> {
  const ids = sqlArrayLiteral(matterIds);
  const [agenda, deciding, items, records] = await independentReads(em, [
    () => em.execute<{ matter_id: string }[]>(
      `SELECT DISTINCT a.matter_id FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id
        WHERE a.matter_id = ANY(?::uuid[]) AND m.kind IN ('REPRESENTATIVES', 'OWNERS_ASSEMBLY') AND m.status <> 'CANCELLED'`,
      [ids],
    ),
    () => em.find(
      Resolution,
      { matterId: { $in: [...matterIds] }, status: ResolutionStatus.CLOSED, outcome: ResolutionOutcome.PASSED, meeting: { kind: { $in: DECIDING_KINDS } } },
      { orderBy: { closedAt: 'asc', id: 'asc' } },
    ),
    () => em.execute<{ matter_id: string; done: boolean }[]>(
      `SELECT matter_id, (bool_or(status = 'DONE') AND bool_and(status <> 'OPEN')) AS done FROM action_items WHERE matter_id = ANY(?::uuid[]) GROUP BY matter_id`,
      [ids],
    ),
    () => em.execute<{ matter_id: string }[]>(`SELECT DISTINCT matter_id FROM supervision_records WHERE matter_id = ANY(?::uuid[])`, [ids]),
  ]);
  return new Map(
    matterIds.map((id) => [
      id,
      {
        onCouncilAgenda: agenda.some((r) => r.matter_id === id),
        decidingResolutions: deciding.filter((r) => r.matterId === id),
        executionDone: items.some((r) => r.matter_id === id && r.done),
        supervised: records.some((r) => r.matter_id === id),
      },
    ]),
  );
}

/** After an action item closes: a matter in 理事 whose items are all done moves to 监事. */
export async function matterExecuted(tx: Transaction, matterId: string): Promise<void> {
  const matter = await tx.em.findOne(Matter, matterId, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (matter?.stage === M.EXECUTION && (await executionDone(tx.em, matterId))) advanceMatterIn(tx, matter, M.SUPERVISION, '待办事项已全部办结');
}

export async function proposeMatter(ctx: Context, input: ProposeMatterInput): Promise<Matter> {
  const access = await ctx.access();
  const userId = requireUser(access);
  const communityId = keyOf(input.communityId, 'Community', 'communityId');
  const issueKeys = (input.sourceIssueIds ?? []).map((id, i) => keyOf(id, 'Issue', `sourceIssueIds.${i}`));
  const issueIds = [...new Set(issueKeys)];
  authorize(matterPolicy.canPropose(access, communityId), 'Only the party organization proposes matters (议事)');
  return ctx.transact(async (tx) => {
    const issues = issueIds.length ? await tx.em.find(Issue, { id: { $in: issueIds } }) : [];
    const bad = issueKeys.findIndex((id) => {
      const i = issues.find((x) => x.id === id);
      return !i || i.community.id !== communityId || !issuePolicy.canRead(access, issueFacts(i));
    });
    if (bad >= 0) throw badInput({ [`sourceIssueIds.${bad}`]: 'is not an issue of this community' });
    return createMatterIn(tx, { communityId, title: input.title.trim(), description: input.description.trim(), sourceIssueIds: issueIds, proposedBy: userId });
  });
}

/**
 * A matter put forward in DELIBERATION (议事) inside the caller's transaction, with its event: the
 * step behind `proposeMatter`, and another module's (a residents' proposal accepted by the party
 * organization, server/proposals, with `proposalId` linking it back). The caller has authorized
 * it by `matterPolicy.canPropose`.
 */
export function createMatterIn(
  tx: Transaction,
  m: { communityId: string; title: string; description: string; proposedBy: string; sourceIssueIds?: string[]; proposalId?: string | null },
): Matter {
  const matter = tx.em.create(Matter, {
    community: m.communityId,
    title: m.title,
    description: m.description,
    sourceIssueIds: m.sourceIssueIds ?? [],
    proposedBy: m.proposedBy,
    proposalId: m.proposalId ?? null,
    createdAt: tx.now,
    stageChangedAt: tx.now,
  });
  emit(tx, { type: 'matter.proposed', communityId: m.communityId, subject: subjectOf(matter), data: { title: matter.title }, audience });
  return matter;
}

/**
 * The four councils in order. DECISION needs the matter on the agenda of a representatives'
 * meeting or an owners' assembly (putting it there moves it at once); EXECUTION a PASSED
 * resolution on it; SUPERVISION its action items done; CLOSED a supervision record. The
 * supervisory committee closes a matter or sends it back to EXECUTION (整改); the party
 * organization steers the rest and may reject it before execution.
 */
export async function advanceMatter(ctx: Context, input: AdvanceMatterInput): Promise<Matter> {
  const access = await ctx.access();
  requireUser(access);
  const key = keyOf(input.matterId, 'Matter', 'matterId');
  const resolutionId = optionalKeyOf(input.resolutionId, 'Resolution', 'resolutionId');
  return ctx.transact(async (tx) => {
    const { em } = tx;
    const matter = await em.findOne(Matter, key, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!matter || !matterPolicy.canSee(access, matter.community.id)) throw notFound('Matter');
    const communityId = matter.community.id;
    const from = matter.stage;
    const to = input.to;
    if (matterRoleOf(from, to) === 'supervise') authorize(matterPolicy.canSupervise(access, communityId), 'Only the supervisory committee closes a matter or sends it back');
    else authorize(matterPolicy.canSteer(access, communityId), 'Only the party organization steers matters');
    const note = input.note?.trim() || null;
    const step = assertMatterMove(from, to);
    if (MATTER_STEPS[step].note && !note) throw badInput({ note: 'is required' });
    switch (step) {
      case 'toDecision': {
        if (!(await onCouncilAgenda(em, matter.id))) throw badInput({ to: 'put the matter on the agenda of a REPRESENTATIVES meeting or an OWNERS_ASSEMBLY first' });
        break;
      }
      case 'toExecution': {
        if (!resolutionId) throw badInput({ resolutionId: 'is required: the PASSED resolution that decided the matter' });
        const r = await em.findOne(Resolution, resolutionId, { populate: ['meeting'] });
        if (!r || r.matterId !== matter.id) throw badInput({ resolutionId: 'is not a resolution on this matter' });
        if (r.status !== ResolutionStatus.CLOSED || r.outcome !== ResolutionOutcome.PASSED) throw badInput({ resolutionId: 'has not PASSED' });
        if (!DECIDING_KINDS.includes(r.meeting.getEntity().kind)) {
          throw badInput({ resolutionId: 'was not passed by a REPRESENTATIVES meeting or an OWNERS_ASSEMBLY' });
        }
        matter.resolution = ref(r);
        break;
      }
      case 'toSupervision':
        if (!(await executionDone(em, matter.id))) throw badInput({ to: 'its action items are not all done' });
        break;
      case 'close':
        if (!(await supervised(em, matter.id))) throw badInput({ to: 'record the supervision first' });
        break;
      case 'sendBack':
      case 'reject':
        break;
    }
    advanceMatterIn(tx, matter, to, note);
    return matter;
  });
}

/** 监事: the supervisory committee's finding, during execution or supervision. */
export async function recordSupervision(ctx: Context, input: RecordSupervisionInput): Promise<SupervisionRecord> {
  const access = await ctx.access();
  const userId = requireUser(access);
  const key = keyOf(input.matterId, 'Matter', 'matterId');
  return ctx.transact(async (tx) => {
    const matter = await tx.em.findOne(Matter, key, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!matter || !matterPolicy.canSee(access, matter.community.id)) throw notFound('Matter');
    authorize(matterPolicy.canSupervise(access, matter.community.id), 'Only the supervisory committee records supervision');
    assertMatter('recordSupervision', matter.stage);
    const record = tx.em.create(SupervisionRecord, { matter: matter.id, author: userId, finding: input.finding.trim(), rating: input.rating, createdAt: tx.now });
    emit(tx, { type: 'matter.supervised', communityId: matter.community.id, subject: subjectOf(matter), data: { title: matter.title, rating: input.rating }, audience });
    return record;
  });
}

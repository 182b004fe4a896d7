import { LockMode } from '@mikro-orm/core';
import type { Context } from '../core/context.js';
import type { Access } from '../core/access.js';
import type { Transaction } from '../core/transaction.js';
import { authorize, requireUser } from '../core/policy.js';
import { badInput, invalidTransition, notFound } from '../core/errors.js';
import { keyOf, optionalKeyOf, toGlobalId } from '../core/ids.js';
import { emit } from '../events/index.js';
import { Building, Organization, Unit } from '../communities/index.js';
import { IssueCategory, IssuePriority, issueService } from '../issues/index.js';
import { volunteerService, type VolunteerTask } from '../volunteers/index.js';
import { Incident, IncidentAnswer, IncidentStatus as S, IncidentTask, IncidentUpdate, RollCallEntry, VulnerableResident } from './incident.entity.js';
import { incidentPolicy, type IncidentFacts } from './incident.policy.js';
import { assertAcknowledge, assertIncident, assertReach, canIncident, closeNeedsReason, STATUS_AFTER, stepTo, type IncidentStep } from './incident.state.js';
import { alertArea, alertedByCommunity, gridWorkersOfBuildings, openRollCall, unreachedCount } from './emergencies.queries.js';
import { keepClosedFigures } from './emergencies.figures.js';
import type {
  AnswerIncidentInput,
  DeclareIncidentInput,
  EditVulnerableResidentInput,
  IncidentSummaryInput,
  MarkReachedInput,
  PostIncidentTaskInput,
  RegisterVulnerableResidentInput,
  UpdateIncidentInput,
} from './incident.inputs.js';
import './emergencies.events.js';

export const factsOf = (i: Incident): IncidentFacts => ({ deskId: i.desk.id, communityIds: i.communityIds, open: canIncident('update', i.status) });
const subjectOf = (i: Incident) => ({ type: 'Incident', id: i.id });
/** Declarations and updates: public to the community, and the desk's. */
const publicAudience = (i: Incident) => ({ public: true, organizationIds: [i.desk.id] });
/** Acknowledgements and answers: the desk only. */
const deskAudience = (i: Incident) => ({ organizationIds: [i.desk.id] });

const LEVEL_ZH: Record<string, string> = { IV: 'Ⅳ级', III: 'Ⅲ级', II: 'Ⅱ级', I: 'Ⅰ级' };
/** The timeline's words for a change of status the desk did not comment. */
const STATUS_NOTE: Record<S, string> = { DECLARED: '已发布', RESPONDING: '进入处置', RECOVERING: '进入恢复', CLOSED: '事件结束' };

/** The incident, locked for the step when asked, if the viewer may see it; NOT_FOUND otherwise. */
async function loadVisible(tx: Transaction, access: Access, incidentId: string, lock: boolean): Promise<Incident> {
  const i = await tx.em.findOne(Incident, keyOf(incidentId, 'Incident', 'incidentId'), lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
  if (!i || !incidentPolicy.canSee(access, factsOf(i))) throw notFound('Incident');
  return i;
}

const changeOf = (i: Incident, before: S | null) => ({ title: i.title, kind: i.kind, level: i.level, status: { before, after: i.status }, alertSeq: i.alertSeq });

/**
 * 发布: a member of a governance center declares an incident for communities the center serves
 * (or buildings within one of them). In one transaction: the incident, its first timeline entry,
 * one alert row per person in the area (one statement), the roll call of the vulnerable residents
 * there, and one event per community notifying the people alerted in it.
 */
export async function declareIncident(ctx: Context, input: DeclareIncidentInput): Promise<Incident> {
  const access = await ctx.access();
  const userId = requireUser(access);
  const deskId = keyOf(input.deskId, 'Organization', 'deskId');
  const communityIds = [...new Set(input.communityIds.map((id) => keyOf(id, 'Community', 'communityIds')))];
  const buildingIds = [...new Set((input.buildingIds ?? []).map((id) => keyOf(id, 'Building', 'buildingIds')))];
  authorize(incidentPolicy.canDeclare(access, deskId, communityIds), 'Only a governance center declares incidents, within its own area');
  if (buildingIds.length && communityIds.length !== 1) throw badInput({ buildingIds: 'limit the area within one community: name exactly one' });
  return ctx.transact(async (tx) => {
    if (buildingIds.length && (await tx.em.count(Building, { id: { $in: buildingIds }, community: communityIds[0] })) !== buildingIds.length) {
      throw badInput({ buildingIds: 'are not all buildings of the community' });
    }
    const incident = tx.em.create(Incident, {
      desk: deskId,
      community: communityIds[0]!,
      communityIds,
      buildingIds,
      kind: input.kind,
      level: input.level,
      title: input.title.trim(),
      instructions: input.instructions.trim(),
      declaredAt: tx.now,
      declaredBy: userId,
    });
    tx.em.create(IncidentUpdate, { incident, at: tx.now, by: userId, statusBefore: null, status: S.DECLARED, note: incident.instructions, alertSeq: 1 });
    await tx.em.flush();
    const alerted = await alertArea(tx.em, incident, tx.now);
    incident.alertedCount = [...alerted.values()].reduce((n, users) => n + users.length, 0);
    await openRollCall(tx.em, incident.id);
    const title = `【${LEVEL_ZH[incident.level]}应急】${incident.title}`;
    for (const communityId of communityIds) {
      const users = alerted.get(communityId) ?? [];
      emit(tx, {
        type: 'incident.declared',
        communityId,
        subject: subjectOf(incident),
        data: { ...changeOf(incident, null), instructions: incident.instructions, alerted: users.length },
        audience: publicAudience(incident),
        notify: { userIds: users, title },
      });
    }
    return incident;
  });
}

/**
 * An update from the desk: a note in the timeline, new instructions, or the next status
 * (RESPONDING, RECOVERING, CLOSED, as the machine allows). Each one is a new alert: everyone in the
 * area must acknowledge it again (closing tells them it is over, and the banner goes). Closing with
 * someone unreached in the roll call needs the reason, in `note` (BAD_USER_INPUT otherwise).
 */
export async function updateIncident(ctx: Context, input: UpdateIncidentInput): Promise<Incident> {
  const access = await ctx.access();
  const userId = requireUser(access);
  const note = input.note?.trim() ?? '';
  return ctx.transact(async (tx) => {
    const i = await loadVisible(tx, access, input.incidentId, true);
    authorize(incidentPolicy.isDesk(access, factsOf(i)), 'Only the incident desk updates an incident');
    let step: IncidentStep = 'update';
    if (input.status) {
      const to = stepTo(input.status);
      if (!to) throw invalidTransition(i.status, `go to ${input.status}`);
      step = to;
    }
    assertIncident(step, i.status);
    if (step === 'update' && !note && !input.instructions) throw badInput({ note: 'is required: say what changed' });
    const summary = input.summary?.trim() || null;
    if (summary && step !== 'close') throw badInput({ summary: 'is written when closing, or after (writeIncidentSummary)' });
    const before = i.status;
    if (step === 'close') {
      const unreached = await unreachedCount(tx.em, i.id);
      if (closeNeedsReason(unreached, note)) throw badInput({ note: `is required: ${unreached} in the roll call are unreached` });
      Object.assign(i, { closedAt: tx.now, closeNote: unreached > 0 ? note : null });
      if (summary) Object.assign(i, { summary, summaryAt: tx.now, summaryBy: userId });
      // Its figures per community, kept for the city view: nothing changes them once CLOSED.
      await keepClosedFigures(tx.em, i.id);
    }
    i.status = STATUS_AFTER[step] ?? i.status;
    if (input.instructions) i.instructions = input.instructions.trim();
    i.alertSeq += 1;
    const said = note || (input.instructions ? i.instructions : STATUS_NOTE[i.status as S]);
    tx.em.create(IncidentUpdate, { incident: i, at: tx.now, by: userId, statusBefore: before === i.status ? null : before, status: i.status, note: said, alertSeq: i.alertSeq });
    const alerted = await alertedByCommunity(tx.em, i.id);
    const title = step === 'close' ? `【应急解除】${i.title}` : `【应急更新】${i.title}`;
    for (const communityId of i.communityIds) {
      emit(tx, {
        type: 'incident.updated',
        communityId,
        subject: subjectOf(i),
        data: { ...changeOf(i, before), note: said, instructions: i.instructions },
        audience: publicAudience(i),
        notify: { userIds: alerted.get(communityId) ?? [], title },
      });
    }
    return i;
  });
}

/**
 * 总结: the desk writes (or rewrites) the after-action summary of a closed incident (also given
 * when closing, `updateIncident`'s `summary`). The desk only; INVALID_TRANSITION while it is open.
 */
export async function writeIncidentSummary(ctx: Context, input: IncidentSummaryInput): Promise<Incident> {
  const access = await ctx.access();
  const userId = requireUser(access);
  const summary = input.summary.trim();
  return ctx.transact(async (tx) => {
    const i = await loadVisible(tx, access, input.incidentId, true);
    authorize(incidentPolicy.isDesk(access, factsOf(i)), 'Only the incident desk writes its summary');
    assertIncident('summarize', i.status);
    Object.assign(i, { summary, summaryAt: tx.now, summaryBy: userId });
    emit(tx, { type: 'incident.summarized', communityId: i.community.id, subject: subjectOf(i), data: { characters: summary.length }, audience: deskAudience(i) });
    return i;
  });
}

interface AlertRow {
  ack_seq: number;
  community_id: string;
  building_id: string | null;
  issue_id: string | null;
}

/** The viewer's alert of the incident, locked: NOT_FOUND when they may not see the incident, FORBIDDEN when they were not alerted. */
async function lockAlert(tx: Transaction, access: Access, incidentId: string): Promise<{ i: Incident; row: AlertRow }> {
  const i = await loadVisible(tx, access, incidentId, false);
  const [row] = await tx.em.execute<AlertRow[]>(`SELECT ack_seq, community_id, building_id, issue_id FROM incident_alerts WHERE incident_id = ? AND user_id = ? FOR UPDATE`, [i.id, access.userId]);
  authorize(incidentPolicy.canAnswer(access, !!row), 'Only the people alerted answer an alert');
  return { i, row: row! };
}

/**
 * 已收到: the viewer acknowledges the latest alert, once. Their alert row's lock orders concurrent
 * taps: the first records it, the others find it done (INVALID_TRANSITION ACKNOWLEDGED), so one
 * acknowledgement and one event, however many taps.
 */
export async function acknowledgeIncident(ctx: Context, incidentId: string): Promise<Incident> {
  const access = await ctx.access();
  const userId = requireUser(access);
  return ctx.transact(async (tx) => {
    const { i, row } = await lockAlert(tx, access, incidentId);
    assertAcknowledge(i.status, i.alertSeq, row.ack_seq);
    await tx.em.execute(`UPDATE incident_alerts SET ack_seq = ?, first_ack_at = coalesce(first_ack_at, ?) WHERE incident_id = ? AND user_id = ?`, [i.alertSeq, tx.now, i.id, userId]);
    emit(tx, { type: 'incident.acknowledged', communityId: row.community_id, subject: subjectOf(i), data: { alertSeq: i.alertSeq, buildingId: row.building_id && toGlobalId('Building', row.building_id) }, audience: deskAudience(i) });
    return i;
  });
}

/**
 * 我安全 / 需要帮助: an alerted person answers (which acknowledges the latest alert too). Needing
 * help opens an URGENT issue, the person its reporter, dispatched at once to the incident's desk
 * through the issues module's own step (`openTrackingIssue`); once per person and incident (a
 * later NEED_HELP keeps the issue already open). The answer may change while the incident is open.
 */
export async function answerIncident(ctx: Context, input: AnswerIncidentInput): Promise<Incident> {
  const access = await ctx.access();
  const userId = requireUser(access);
  const note = input.note?.trim() || null;
  return ctx.transact(async (tx) => {
    const { i, row } = await lockAlert(tx, access, input.incidentId);
    assertIncident('answer', i.status);
    let issueId = row.issue_id;
    if (input.answer === IncidentAnswer.NEED_HELP && !issueId) {
      const desk = await tx.em.findOneOrFail(Organization, i.desk.id);
      const issue = await issueService.openTrackingIssue(tx, {
        communityId: row.community_id,
        title: `【应急求助】${i.title}`.slice(0, 100),
        body: note ?? '居民在应急事件中请求帮助。',
        reporterId: userId,
        assignee: desk,
        priority: IssuePriority.URGENT,
        category: IssueCategory.SAFETY,
        buildingId: row.building_id,
        note: '应急求助',
      });
      issueId = issue.id;
    }
    await tx.em.flush();
    await tx.em.execute(
      `UPDATE incident_alerts SET answer = ?, answered_at = ?, note = ?, issue_id = ?, ack_seq = greatest(ack_seq, ?), first_ack_at = coalesce(first_ack_at, ?) WHERE incident_id = ? AND user_id = ?`,
      [input.answer, tx.now, note, issueId, i.alertSeq, tx.now, i.id, userId],
    );
    emit(tx, {
      type: 'incident.answered',
      communityId: row.community_id,
      subject: subjectOf(i),
      data: { answer: input.answer, buildingId: row.building_id && toGlobalId('Building', row.building_id), issueId: issueId && toGlobalId('Issue', issueId) },
      audience: deskAudience(i),
    });
    return i;
  });
}

/**
 * 调度志愿者: the desk posts a volunteer task from the incident to a 红色驿站 of one of its
 * communities, published at once, through the volunteers module's own step (`createTaskIn`: every
 * rule of a task — dates, slots, the station — and its announcement to the community's
 * volunteers, all of them when no skill is asked). The desk's authority stands in for the
 * station coordinator's; the task is linked to the incident (`incident_tasks`) for its figures.
 */
export async function postIncidentTask(ctx: Context, input: PostIncidentTaskInput): Promise<VolunteerTask> {
  const access = await ctx.access();
  requireUser(access);
  const stationId = keyOf(input.task.stationId, 'Organization', 'task.stationId');
  return ctx.transact(async (tx) => {
    const i = await loadVisible(tx, access, input.incidentId, true);
    authorize(incidentPolicy.isDesk(access, factsOf(i)), 'Only the incident desk posts tasks from an incident');
    assertIncident('postTask', i.status);
    const station = await tx.em.findOne(Organization, stationId);
    if (!station?.community || !i.communityIds.includes(station.community.id)) throw badInput({ 'task.stationId': 'is not a station of a community in the area' });
    const task = await volunteerService.createTaskIn(tx, access, { ...input.task, publish: true });
    tx.em.create(IncidentTask, { task: task.id, incident: i.id });
    emit(tx, {
      type: 'incident.taskPosted',
      communityId: station.community.id,
      subject: subjectOf(i),
      data: { taskId: toGlobalId('VolunteerTask', task.id), stationId: toGlobalId('Organization', station.id), title: task.title },
      audience: publicAudience(i),
    });
    return task;
  });
}

// ── the register of vulnerable residents (重点人群) ─────────────────────────────────────────────

/** Register events carry no personal data and go to the residents' committee only. */
async function committeeIds(tx: Transaction, communityId: string): Promise<string[]> {
  const rows = await tx.em.execute<{ id: string }[]>(`SELECT id FROM organizations WHERE community_id = ? AND kind = 'RESIDENTS_COMMITTEE'`, [communityId]);
  return rows.map((r) => r.id);
}

/**
 * The residents' committee records a vulnerable resident, with their consent (`consent` false:
 * BAD_USER_INPUT, nothing kept) and the minimum data. Not added to the roll calls of incidents
 * already declared.
 */
export async function registerVulnerable(ctx: Context, input: RegisterVulnerableResidentInput): Promise<VulnerableResident> {
  const access = await ctx.access();
  const userId = requireUser(access);
  const buildingId = keyOf(input.buildingId, 'Building', 'buildingId');
  const unitId = optionalKeyOf(input.unitId, 'Unit', 'unitId');
  return ctx.transact(async (tx) => {
    const building = await tx.em.findOne(Building, buildingId);
    if (!building) throw notFound('Building');
    const gridWorkers = (await gridWorkersOfBuildings(tx.em, [buildingId])).get(buildingId) ?? [];
    authorize(incidentPolicy.canKeepRecord(access, { communityId: building.community.id, gridWorkers }), "Only the residents' committee keeps the register (a grid worker, for the buildings of their grid)");
    if (!input.consent) throw badInput({ consent: 'is required: nobody is registered without their consent' });
    if (unitId && !(await tx.em.count(Unit, { id: unitId, building: buildingId }))) throw badInput({ unitId: 'is not a flat of the building' });
    return tx.em.create(VulnerableResident, {
      community: building.community.id,
      building: buildingId,
      unit: unitId ?? null,
      name: input.name.trim(),
      category: input.category,
      phone: input.phone ?? null,
      note: input.note?.trim() || null,
      consentAt: tx.now,
      registeredBy: userId,
    });
  });
}

/** The record, locked, when the viewer keeps it (`canKeepRecord`); NOT_FOUND otherwise (whether it exists is not told). */
async function keptRecord(tx: Transaction, access: Access, id: string): Promise<VulnerableResident> {
  const v = await tx.em.findOne(VulnerableResident, keyOf(id, 'VulnerableResident', 'vulnerableResidentId'), { lockMode: LockMode.PESSIMISTIC_WRITE });
  const gridWorkers = v ? ((await gridWorkersOfBuildings(tx.em, [v.building.id])).get(v.building.id) ?? []) : [];
  if (!v || !incidentPolicy.canKeepRecord(access, { communityId: v.community.id, gridWorkers })) throw notFound('VulnerableResident');
  return v;
}

/**
 * Corrects a record (the minimum data: name, category, flat, phone, note), by whoever keeps it;
 * a move to another building stays in the community, and a grid worker keeps it within their grid.
 * Consent was recorded when registered and stays; withdrawing it is removing the record.
 */
export async function editVulnerable(ctx: Context, input: EditVulnerableResidentInput): Promise<VulnerableResident> {
  const access = await ctx.access();
  requireUser(access);
  const buildingId = optionalKeyOf(input.buildingId, 'Building', 'buildingId');
  // A flat: undefined keeps it, null clears it.
  const unitId = input.unitId === undefined ? undefined : input.unitId === null ? null : keyOf(input.unitId, 'Unit', 'unitId');
  return ctx.transact(async (tx) => {
    const v = await keptRecord(tx, access, input.vulnerableResidentId);
    let building = v.building.id;
    if (buildingId && buildingId !== v.building.id) {
      const target = await tx.em.findOne(Building, buildingId);
      const gridWorkers = (await gridWorkersOfBuildings(tx.em, [buildingId])).get(buildingId) ?? [];
      if (!target || target.community.id !== v.community.id) throw badInput({ buildingId: 'is not a building of the community' });
      if (!incidentPolicy.canKeepRecord(access, { communityId: v.community.id, gridWorkers })) throw badInput({ buildingId: 'is outside your grid' });
      building = buildingId;
      v.building = tx.em.getReference(Building, buildingId, { wrapped: true });
      if (unitId === undefined) v.unit = null;
    }
    if (unitId !== undefined) {
      if (unitId && !(await tx.em.count(Unit, { id: unitId, building }))) throw badInput({ unitId: 'is not a flat of the building' });
      v.unit = unitId ? tx.em.getReference(Unit, unitId, { wrapped: true }) : null;
    }
    if (input.name !== undefined && input.name !== null) v.name = input.name.trim();
    if (input.category) v.category = input.category;
    if (input.phone !== undefined) v.phone = input.phone || null;
    if (input.note !== undefined) v.note = input.note?.trim() || null;
    return v;
  });
}

/** Removing a record (consent withdrawn): the person's data goes; past roll calls keep an anonymous entry. */
export async function removeVulnerable(ctx: Context, id: string): Promise<string> {
  const access = await ctx.access();
  requireUser(access);
  return ctx.transact(async (tx) => {
    const v = await keptRecord(tx, access, id);
    await tx.em.nativeUpdate(RollCallEntry, { vulnerable: v.id }, { vulnerable: null });
    await tx.em.nativeDelete(VulnerableResident, { id: v.id });
    return toGlobalId('VulnerableResident', v.id);
  });
}

/**
 * A roll-call entry marked reached (SAFE, HELPED, MOVED), with the time and who: by whoever sees the
 * entry (the desk while open, the residents' committee; a grid worker, the entries of their grid), once.
 */
export async function markReached(ctx: Context, input: MarkReachedInput): Promise<RollCallEntry> {
  const access = await ctx.access();
  const userId = requireUser(access);
  const key = keyOf(input.entryId, 'RollCallEntry', 'entryId');
  return ctx.transact(async (tx) => {
    const entry = await tx.em.findOne(RollCallEntry, key, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!entry) throw notFound('RollCallEntry');
    const i = await tx.em.findOneOrFail(Incident, entry.incident.id);
    const gridWorkers = (await gridWorkersOfBuildings(tx.em, [entry.building.id])).get(entry.building.id) ?? [];
    if (!incidentPolicy.canSeeRollCall(access, factsOf(i), { communityId: entry.community.id, gridWorkers })) throw notFound('RollCallEntry');
    assertIncident('reach', i.status);
    assertReach(entry.status, input.status);
    Object.assign(entry, { status: input.status, reachedAt: tx.now, reachedBy: userId, note: input.note?.trim() || null });
    emit(tx, {
      type: 'incident.reached',
      communityId: entry.community.id,
      subject: subjectOf(i),
      data: { entryId: toGlobalId('RollCallEntry', entry.id), status: entry.status, buildingId: toGlobalId('Building', entry.building.id) },
      audience: { organizationIds: [i.desk.id, ...(await committeeIds(tx, entry.community.id))], private: true },
    });
    return entry;
  });
}


import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../core/context.js';
import type { Transaction } from '../core/transaction.js';
import type { Access } from '../core/access.js';
import { authorize, requireUser } from '../core/policy.js';
import { badInput, conflict, forbidden, must, notFound } from '../core/errors.js';
import { keyOf, optionalKeyOf, toGlobalId } from '../core/ids.js';
import { idempotent } from '../core/idempotency.js';
import { sqlArrayLiteral } from '../core/sql.js';
import { emit } from '../events/index.js';
import { Organization, OrganizationKind, memberUserIds } from '../communities/index.js';
import { User } from '../accounts/index.js';
import { Issue, issuePolicy, factsOf } from '../issues/index.js';
import { ClaimStatus, HoursStatus, TaskClaim, Volunteer, VolunteerTask, VolunteerTaskStatus as S } from './volunteer.entity.js';
import { volunteerPolicy, type VolunteerFacts } from './volunteer.policy.js';
import { TaskClaimAction, VolunteerTaskAction } from './volunteer.actions.js';
import { assertClaim, assertTask, canClaim, canTask, checkInOpensAt, effectiveStatus, LIVE_CLAIMS, storedStatusAfterClaimStep } from './volunteer.state.js';
import { ActionItem, ActionItemStatus, meetingFacts, meetingPolicy } from '../meetings/index.js';
import type { CancelVolunteerTaskInput, CreateVolunteerTaskInput, RegisterVolunteerInput, VerifyHoursInput } from './volunteer.inputs.js';
import './volunteers.events.js';

/** 1 verified hour = 1 point. */
export const POINTS_PER_HOUR = 1;
const HOUR = 3_600_000;

function counters(t: VolunteerTask, now: Date) {
  return { title: t.title, slots: t.slots, claimedCount: t.claimedCount, waitlistCount: t.waitlistCount, status: effectiveStatus(t, now) };
}

function taskAudience(t: VolunteerTask) {
  return t.status === S.DRAFT ? { organizationIds: [t.station.id] } : { public: true, organizationIds: [t.station.id] };
}

const subjectOf = (t: VolunteerTask) => ({ type: 'VolunteerTask', id: t.id });

async function lockTask(em: EntityManager, taskId: string): Promise<VolunteerTask> {
  const task = await em.findOne(VolunteerTask, taskId, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!task) throw notFound('VolunteerTask');
  return task;
}

/** What the policy reads of a registration. */
export const volunteerFactsOf = (v: Volunteer): VolunteerFacts => ({ userId: v.user.id, communityId: v.community.id, stationId: v.station.id });

/**
 * The task steps the viewer may take now: the policy, then the state machine (exactly what the
 * mutations accept). `registration` is the viewer's volunteer registration, `liveClaim` whether
 * they hold a live claim on it (claiming again would only return it, so it is not offered).
 */
export function taskViewerActions(a: Access, t: VolunteerTask, registration: Volunteer | null, liveClaim: boolean, now: Date): VolunteerTaskAction[] {
  if (!a.signedIn || !visible(a, t)) return [];
  const coordinates = volunteerPolicy.canCoordinate(a, t.station.id);
  const checks: [VolunteerTaskAction, boolean][] = [
    [VolunteerTaskAction.PUBLISH, coordinates && canTask('publish', t, now)],
    [VolunteerTaskAction.CANCEL, coordinates && canTask('cancel', t, now)],
    [VolunteerTaskAction.CLAIM, !liveClaim && volunteerPolicy.canClaim(a, registration && volunteerFactsOf(registration), { communityId: t.community.id }) && canTask('claim', t, now)],
  ];
  return checks.filter(([, ok]) => ok).map(([action]) => action);
}

/** The claim steps the viewer may take now (the claim seen by them): the policy, then the state machine. */
export function claimViewerActions(a: Access, c: TaskClaim, t: VolunteerTask, claimantUserId: string, now: Date): TaskClaimAction[] {
  const own = volunteerPolicy.isClaimant(a, claimantUserId);
  if (!a.signedIn || (!own && !volunteerPolicy.canSeeAllClaims(a, t.station.id))) return [];
  const coordinates = volunteerPolicy.canCoordinate(a, t.station.id);
  const checks: [TaskClaimAction, boolean][] = [
    [TaskClaimAction.WITHDRAW, own && canClaim('withdraw', c, t, now)],
    [TaskClaimAction.CHECK_IN, own && canClaim('checkIn', c, t, now)],
    [TaskClaimAction.CHECK_OUT, own && canClaim('checkOut', c, t, now)],
    [TaskClaimAction.MARK_NO_SHOW, coordinates && canClaim('markNoShow', c, t, now)],
    [TaskClaimAction.VERIFY_HOURS, coordinates && canClaim('verifyHours', c, t, now)],
  ];
  return checks.filter(([, ok]) => ok).map(([action]) => action);
}

/**
 * The steps the viewer will be offered on the claim once check-in opens (`VolunteerTask.checkInOpensAt`),
 * nothing else changing, that are not offered now: CHECK_IN while the claim machine refuses it as
 * NOT_YET_OPEN. Empty once check-in has opened.
 */
export function claimViewerActionsOnceCheckInOpens(a: Access, c: TaskClaim, t: VolunteerTask, claimantUserId: string, now: Date): TaskClaimAction[] {
  const opens = checkInOpensAt(t);
  if (now >= opens) return [];
  const current = claimViewerActions(a, c, t, claimantUserId, now);
  return claimViewerActions(a, c, t, claimantUserId, opens).filter((action) => !current.includes(action));
}

function visible(a: Access, t: VolunteerTask): boolean {
  return volunteerPolicy.canSeeTask(a, { stationId: t.station.id, communityId: t.community.id, draft: t.status === S.DRAFT });
}

function coordinators(em: EntityManager, t: VolunteerTask): Promise<string[]> {
  return memberUserIds(em, [t.station.id]);
}

export async function registerVolunteer(ctx: Context, input: RegisterVolunteerInput): Promise<Volunteer> {
  const access = await ctx.access();
  const userId = requireUser(access);
  const stationId = keyOf(input.stationId, 'Organization', 'stationId');
  return ctx.transact(async (tx) => {
    const station = await tx.em.findOne(Organization, stationId);
    if (!station) throw notFound('Organization');
    if (station.kind !== OrganizationKind.PARTY_STATION || !station.community) throw badInput({ stationId: 'is not a 红色驿站 of a community' });
    authorize(volunteerPolicy.canRegister(access, { communityId: station.community.id }), 'Only verified residents of the community register as volunteers');
    if (await tx.em.count(Volunteer, { user: userId })) throw badInput({ stationId: 'you are already registered as a volunteer' });
    const volunteer = tx.em.create(Volunteer, {
      user: userId,
      station: station.id,
      community: station.community.id,
      isPartyMember: input.isPartyMember,
      skills: normalizeSkills(input.skills),
    });
    const user = await tx.em.findOneOrFail(User, userId);
    emit(tx, {
      type: 'volunteer.registered',
      communityId: station.community.id,
      subject: { type: 'Volunteer', id: volunteer.id },
      data: { userName: user.name, stationName: station.name, isPartyMember: input.isPartyMember },
      audience: { organizationIds: [station.id], userIds: [userId] },
      notify: { userIds: await memberUserIds(tx.em, [station.id]), title: `${user.name}已注册为${station.name}志愿者` },
    });
    return volunteer;
  });
}

/**
 * Who is in a station's pool: its rows of `volunteers` — one per person, written by
 * `registerVolunteer` (a verified resident signs up) or here, when the community's party
 * organization verifies a party member's registration (党员下沉报到, server/grids, event
 * `partyMember.verified`, in its transaction). A volunteer of the same station is marked a party
 * member; one of another station is refused (the registration's CONFLICT, checked again here in
 * case they signed up elsewhere since), and the verification rolls back with it.
 */
export async function enrolPartyMember(tx: Transaction, p: { userId: string; stationId: string; communityId: string }): Promise<void> {
  const [row] = await tx.em.execute<{ station_id: string }[]>(
    `INSERT INTO volunteers (id, user_id, station_id, community_id, is_party_member, skills, verified_hours, points, created_at)
     VALUES (gen_random_uuid(), ?, ?, ?, true, '{}', 0, 0, ?)
     ON CONFLICT (user_id) DO UPDATE SET is_party_member = true WHERE volunteers.station_id = excluded.station_id
     RETURNING station_id`,
    [p.userId, p.stationId, p.communityId, tx.now],
  );
  if (!row) throw conflict('They volunteer at another station', { reason: 'VOLUNTEER_AT_OTHER_STATION' });
}

function normalizeSkills(skills: string[] | null | undefined): string[] {
  return [...new Set((skills ?? []).map((s) => s.trim()).filter(Boolean))];
}

export async function createTask(ctx: Context, input: CreateVolunteerTaskInput): Promise<VolunteerTask> {
  const access = await ctx.access();
  requireUser(access);
  authorize(volunteerPolicy.canCoordinate(access, keyOf(input.stationId, 'Organization', 'stationId')), "Only the station's coordinators post tasks");
  return ctx.transact((tx) => createTaskIn(tx, access, input));
}

/**
 * A task posted in `tx`, by whoever the caller authorized: a station's coordinator
 * (`createTask`), or an incident's desk posting from an emergency (server/emergencies). Every
 * rule of a task but who may post it is here.
 */
export async function createTaskIn(tx: Transaction, access: Access, input: CreateVolunteerTaskInput): Promise<VolunteerTask> {
  const userId = requireUser(access);
  const stationId = keyOf(input.stationId, 'Organization', 'stationId');
  const sourceIssueId = optionalKeyOf(input.sourceIssueId, 'Issue', 'sourceIssueId');
  const sourceActionItemId = optionalKeyOf(input.sourceActionItemId, 'ActionItem', 'sourceActionItemId');
  const now = tx.now;
  if (input.startsAt <= now) throw badInput({ startsAt: 'must be in the future' });
  if (input.endsAt <= input.startsAt) throw badInput({ endsAt: 'must be after startsAt' });
  if (input.endsAt.getTime() - input.startsAt.getTime() > 14 * 24 * HOUR) throw badInput({ endsAt: 'a task lasts at most 14 days' });
  const station = await tx.em.findOne(Organization, stationId);
  if (!station || station.kind !== OrganizationKind.PARTY_STATION || !station.community) throw badInput({ stationId: 'is not a 红色驿站 of a community' });
  if (sourceIssueId) {
    const issue = await tx.em.findOne(Issue, sourceIssueId);
    if (!issue || issue.community.id !== station.community.id || !issuePolicy.canRead(access, factsOf(issue))) throw badInput({ sourceIssueId: 'is not an issue of this community' });
  }
  if (sourceActionItemId) {
    const item = await tx.em.findOne(ActionItem, sourceActionItemId, { populate: ['meeting'] });
    const seen = item && (access.isMemberOf(item.assignee.id) || meetingPolicy.canSee(access, await meetingFacts(tx.em, item.meeting.getEntity(), userId)));
    if (!item || item.community.id !== station.community.id || !seen) throw badInput({ sourceActionItemId: 'is not an action item of this community' });
    if (item.status !== ActionItemStatus.OPEN) throw badInput({ sourceActionItemId: `is ${item.status}` });
  }
  const task = tx.em.create(VolunteerTask, {
    station: station.id,
    community: station.community.id,
    title: input.title.trim(),
    description: input.description.trim(),
    skills: normalizeSkills(input.skills),
    location: input.location?.trim() || null,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    slots: input.slots,
    status: input.publish ? S.OPEN : S.DRAFT,
    sourceIssueId: sourceIssueId ?? null,
    sourceActionItemId: sourceActionItemId ?? null,
    createdBy: userId,
  });
  const data = { ...counters(task, now), startsAt: task.startsAt.toISOString(), skills: task.skills };
  emit(tx, { type: 'task.created', communityId: task.community.id, subject: subjectOf(task), data, audience: taskAudience(task) });
  if (input.publish) await announce(tx, task, now);
  return task;
}

/** Publishing tells the volunteers whose skills match (all volunteers of the community when none are asked). */
async function announce(tx: Transaction, task: VolunteerTask, now: Date): Promise<void> {
  const rows = await tx.em.execute<{ user_id: string }[]>(
    `SELECT user_id FROM volunteers WHERE community_id = ? AND (cardinality(?::text[]) = 0 OR skills && ?::text[])`,
    [task.community.id, sqlArrayLiteral(task.skills), sqlArrayLiteral(task.skills)],
  );
  emit(tx, {
    type: 'task.published',
    communityId: task.community.id,
    subject: subjectOf(task),
    data: { ...counters(task, now), startsAt: task.startsAt.toISOString(), skills: task.skills },
    audience: taskAudience(task),
    notify: { userIds: rows.map((r) => r.user_id), title: `新的志愿服务任务：${task.title}` },
  });
}

export async function publishTask(ctx: Context, taskId: string): Promise<VolunteerTask> {
  const access = await ctx.access();
  requireUser(access);
  const key = keyOf(taskId, 'VolunteerTask', 'taskId');
  return ctx.transact(async (tx) => {
    const task = await lockTask(tx.em, key);
    if (!visible(access, task)) throw notFound('VolunteerTask');
    authorize(volunteerPolicy.canCoordinate(access, task.station.id), "Only the station's coordinators publish tasks");
    const now = ctx.now();
    assertTask('publish', task, now);
    task.status = S.OPEN;
    await announce(tx, task, now);
    return task;
  });
}

export async function cancelTask(ctx: Context, input: CancelVolunteerTaskInput): Promise<VolunteerTask> {
  const access = await ctx.access();
  requireUser(access);
  const key = keyOf(input.taskId, 'VolunteerTask', 'taskId');
  return ctx.transact(async (tx) => {
    const task = await lockTask(tx.em, key);
    if (!visible(access, task)) throw notFound('VolunteerTask');
    authorize(volunteerPolicy.canCoordinate(access, task.station.id), "Only the station's coordinators cancel tasks");
    const now = ctx.now();
    assertTask('cancel', task, now);
    const claimants = await tx.em.execute<{ user_id: string }[]>(
      `UPDATE task_claims c SET status = 'WITHDRAWN' FROM volunteers v
        WHERE c.volunteer_id = v.id AND c.task_id = ? AND c.status IN ('CLAIMED', 'WAITLISTED') RETURNING v.user_id`,
      [task.id],
    );
    Object.assign(task, { status: S.CANCELLED, cancelReason: input.reason.trim(), claimedCount: 0, waitlistCount: 0 });
    emit(tx, {
      type: 'task.cancelled',
      communityId: task.community.id,
      subject: subjectOf(task),
      data: { ...counters(task, now), reason: task.cancelReason! },
      audience: taskAudience(task),
      notify: { userIds: claimants.map((c) => c.user_id), title: `志愿服务任务已取消：${task.title}（${task.cancelReason}）` },
    });
    return task;
  });
}

/**
 * 认领. Claims on one task are serialized by the task's row lock, and the counters are read and
 * written under it: with any number of concurrent claims, exactly `slots` are CLAIMED and the rest
 * WAITLISTED in arrival order. Claiming again returns the live claim (one per volunteer and task;
 * a partial unique index is the last guard).
 */
export async function claimTask(ctx: Context, taskId: string, idempotencyKey?: string | null): Promise<TaskClaim> {
  const access = await ctx.access();
  const userId = requireUser(access);
  const key = keyOf(taskId, 'VolunteerTask', 'taskId');
  return ctx.transact((tx) =>
    idempotent(tx, idempotencyKey, { userId, operation: 'claimTask', payload: { taskId } }, (id) => tx.em.findOne(TaskClaim, id), async () => {
      const task = await lockTask(tx.em, key);
      if (!visible(access, task)) throw notFound('VolunteerTask');
      const volunteer = await tx.em.findOne(Volunteer, { user: userId }, { populate: ['user'] });
      if (!volunteer || !volunteerPolicy.canClaim(access, volunteerFactsOf(volunteer), { communityId: task.community.id })) throw forbidden('Register as a volunteer of this community first');
      const existing = await tx.em.findOne(TaskClaim, { task: task.id, volunteer: volunteer.id, status: { $in: [...LIVE_CLAIMS] } });
      if (existing) return { id: existing.id, value: existing };
      const now = ctx.now();
      assertTask('claim', task, now);
      const gotSlot = task.claimedCount < task.slots;
      if (gotSlot) task.claimedCount += 1;
      else task.waitlistCount += 1;
      task.status = storedStatusAfterClaimStep(task);
      const claim = tx.em.create(TaskClaim, { task: task.id, volunteer: volunteer.id, status: gotSlot ? ClaimStatus.CLAIMED : ClaimStatus.WAITLISTED, claimedAt: now });
      const base = { ...counters(task, now), volunteerName: volunteer.user.getEntity().name, claimId: toGlobalId('TaskClaim', claim.id) };
      if (gotSlot) emit(tx, { type: 'task.claimed', communityId: task.community.id, subject: subjectOf(task), data: base, audience: taskAudience(task) });
      else emit(tx, { type: 'task.waitlisted', communityId: task.community.id, subject: subjectOf(task), data: { ...base, waitlistPosition: task.waitlistCount }, audience: taskAudience(task) });
      return { id: claim.id, value: claim };
    }),
  );
}

/** Loads a claim with its task locked (claim steps on one task are serialized too). */
async function lockClaim(tx: Transaction, access: Access, claimId: string): Promise<{ claim: TaskClaim; task: VolunteerTask; volunteer: Volunteer }> {
  const key = keyOf(claimId, 'TaskClaim', 'claimId');
  const peek = await tx.em.findOne(TaskClaim, key);
  if (!peek) throw notFound('TaskClaim');
  const task = await lockTask(tx.em, peek.task.id);
  await tx.em.refresh(peek);
  const volunteer = await tx.em.findOneOrFail(Volunteer, peek.volunteer.id, { populate: ['user'] });
  const own = volunteer.user.id === access.userId;
  if (!own && !volunteerPolicy.canSeeAllClaims(access, task.station.id)) throw notFound('TaskClaim');
  return { claim: peek, task, volunteer };
}

/** Gives the freed slot to the first on the waitlist, who is told. */
async function promoteFirstWaiter(tx: Transaction, task: VolunteerTask, now: Date): Promise<void> {
  if (task.claimedCount >= task.slots || task.waitlistCount === 0) return;
  const first = await tx.em.findOne(TaskClaim, { task: task.id, status: ClaimStatus.WAITLISTED }, { orderBy: { seq: 'asc' }, populate: ['volunteer.user'] });
  if (!first) return;
  first.status = ClaimStatus.CLAIMED;
  task.claimedCount += 1;
  task.waitlistCount -= 1;
  const user = first.volunteer.getEntity().user.getEntity();
  emit(tx, {
    type: 'task.promoted',
    communityId: task.community.id,
    subject: subjectOf(task),
    data: { ...counters(task, now), volunteerName: user.name, claimId: toGlobalId('TaskClaim', first.id) },
    audience: taskAudience(task),
    notify: { userIds: [user.id], title: `候补成功：你已获得「${task.title}」的名额` },
  });
}

export async function withdrawClaim(ctx: Context, claimId: string): Promise<TaskClaim> {
  const access = await ctx.access();
  requireUser(access);
  return ctx.transact(async (tx) => {
    const { claim, task, volunteer } = await lockClaim(tx, access, claimId);
    if (!volunteerPolicy.isClaimant(access, volunteer.user.id)) throw forbidden('Only the volunteer withdraws their claim');
    const now = ctx.now();
    assertClaim('withdraw', claim, task, now);
    const was = claim.status;
    claim.status = ClaimStatus.WITHDRAWN;
    if (was === ClaimStatus.CLAIMED) task.claimedCount -= 1;
    else task.waitlistCount -= 1;
    if (was === ClaimStatus.CLAIMED) await promoteFirstWaiter(tx, task, now);
    task.status = storedStatusAfterClaimStep(task);
    emit(tx, {
      type: 'claim.withdrawn',
      communityId: task.community.id,
      subject: subjectOf(task),
      data: { ...counters(task, now), volunteerName: volunteer.user.getEntity().name, claimId: toGlobalId('TaskClaim', claim.id), was },
      audience: taskAudience(task),
    });
    return claim;
  });
}

export async function checkIn(ctx: Context, claimId: string): Promise<TaskClaim> {
  const access = await ctx.access();
  requireUser(access);
  return ctx.transact(async (tx) => {
    const { claim, task, volunteer } = await lockClaim(tx, access, claimId);
    if (!volunteerPolicy.isClaimant(access, volunteer.user.id)) throw forbidden('Volunteers check themselves in');
    const now = ctx.now();
    assertClaim('checkIn', claim, task, now);
    Object.assign(claim, { status: ClaimStatus.CHECKED_IN, checkedInAt: now });
    emit(tx, {
      type: 'claim.checkedIn',
      communityId: task.community.id,
      subject: subjectOf(task),
      data: { ...counters(task, now), volunteerName: volunteer.user.getEntity().name, claimId: toGlobalId('TaskClaim', claim.id) },
      audience: { organizationIds: [task.station.id], userIds: [volunteer.user.id] },
    });
    return claim;
  });
}

export async function checkOut(ctx: Context, claimId: string): Promise<TaskClaim> {
  const access = await ctx.access();
  requireUser(access);
  return ctx.transact(async (tx) => {
    const { claim, task, volunteer } = await lockClaim(tx, access, claimId);
    if (!volunteerPolicy.isClaimant(access, volunteer.user.id)) throw forbidden('Volunteers check themselves out');
    const now = ctx.now();
    assertClaim('checkOut', claim, task, now);
    // Counted within the task's hours: early arrival and lingering are not service time.
    const from = Math.max(claim.checkedInAt!.getTime(), task.startsAt.getTime());
    const to = Math.min(now.getTime(), task.endsAt.getTime());
    const hours = Math.max(0, Math.round(((to - from) / HOUR) * 100) / 100);
    Object.assign(claim, { status: ClaimStatus.COMPLETED, checkedOutAt: now, hours, hoursStatus: HoursStatus.PENDING });
    emit(tx, {
      type: 'claim.checkedOut',
      communityId: task.community.id,
      subject: subjectOf(task),
      data: { ...counters(task, now), volunteerName: volunteer.user.getEntity().name, claimId: toGlobalId('TaskClaim', claim.id), hours },
      audience: { organizationIds: [task.station.id], userIds: [volunteer.user.id] },
      notify: { userIds: await coordinators(tx.em, task), title: `${volunteer.user.getEntity().name}已签退「${task.title}」，请核实时长` },
    });
    return claim;
  });
}

export async function markNoShow(ctx: Context, claimId: string): Promise<TaskClaim> {
  const access = await ctx.access();
  requireUser(access);
  return ctx.transact(async (tx) => {
    const { claim, task, volunteer } = await lockClaim(tx, access, claimId);
    authorize(volunteerPolicy.canCoordinate(access, task.station.id), "Only the station's coordinators mark no-shows");
    const now = ctx.now();
    assertClaim('markNoShow', claim, task, now);
    claim.status = ClaimStatus.NO_SHOW;
    task.claimedCount -= 1;
    await promoteFirstWaiter(tx, task, now);
    task.status = storedStatusAfterClaimStep(task);
    emit(tx, {
      type: 'claim.noShow',
      communityId: task.community.id,
      subject: subjectOf(task),
      data: { ...counters(task, now), volunteerName: volunteer.user.getEntity().name, claimId: toGlobalId('TaskClaim', claim.id) },
      audience: { organizationIds: [task.station.id], userIds: [volunteer.user.id] },
    });
    return claim;
  });
}

export async function verifyHours(ctx: Context, input: VerifyHoursInput): Promise<TaskClaim> {
  const access = await ctx.access();
  requireUser(access);
  return ctx.transact(async (tx) => {
    const { claim, task, volunteer } = await lockClaim(tx, access, input.claimId);
    authorize(volunteerPolicy.canCoordinate(access, task.station.id), "Only the station's coordinators verify hours");
    const now = ctx.now();
    assertClaim('verifyHours', claim, task, now);
    const note = input.note?.trim() || null;
    const name = volunteer.user.getEntity().name;
    Object.assign(claim, { verifiedBy: access.userId, verifiedAt: now, verifyNote: note });
    if (input.approve) {
      const maxHours = (task.endsAt.getTime() - task.startsAt.getTime()) / HOUR;
      if (!(input.hours > 0) || input.hours > maxHours) throw badInput({ hours: `must be more than 0 and at most ${Math.round(maxHours * 100) / 100}` });
      const hours = Math.round(input.hours * 100) / 100;
      Object.assign(claim, { hours, hoursStatus: HoursStatus.VERIFIED });
      // Points follow the total hours (1 h = 1 point, whole points): half hours add up, never round up.
      const [row] = await tx.em.execute<{ gained: number }[]>(
        `UPDATE volunteers v SET verified_hours = v.verified_hours + ?, points = floor((v.verified_hours + ?) * ?)
           FROM volunteers old WHERE v.id = ? AND old.id = v.id RETURNING (v.points - old.points)::int AS gained`,
        [hours, hours, POINTS_PER_HOUR, volunteer.id],
      );
      const points = must(row, `volunteer ${volunteer.id} updated`).gained;
      emit(tx, {
        type: 'hours.verified',
        communityId: task.community.id,
        subject: subjectOf(task),
        data: { title: task.title, volunteerName: name, claimId: toGlobalId('TaskClaim', claim.id), hours, points },
        audience: { organizationIds: [task.station.id], userIds: [volunteer.user.id] },
        notify: { userIds: [volunteer.user.id], title: `「${task.title}」服务时长${hours}小时已核实，获得${points}积分` },
      });
    } else {
      if (!note) throw badInput({ note: 'is required when rejecting' });
      claim.hoursStatus = HoursStatus.REJECTED;
      emit(tx, {
        type: 'hours.rejected',
        communityId: task.community.id,
        subject: subjectOf(task),
        data: { title: task.title, volunteerName: name, claimId: toGlobalId('TaskClaim', claim.id), note },
        audience: { organizationIds: [task.station.id], userIds: [volunteer.user.id] },
        notify: { userIds: [volunteer.user.id], title: `「${task.title}」服务时长未通过核实：${note}` },
      });
    }
    return claim;
  });
}

import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../core/context.js';
import { transact, type Transaction } from '../core/transaction.js';
import type { Access } from '../core/access.js';
import { authorize, requireUser } from '../core/policy.js';
import { badInput, conflict, forbidden, invalidTransition, must, notFound } from '../core/errors.js';
import { keyOf, optionalKeyOf, toGlobalId } from '../core/ids.js';
import { checkIdempotencyKey, idempotent, payloadHash } from '../core/idempotency.js';
import { sqlArray, sqlArrayLiteral } from '../core/sql.js';
import { emit } from '../events/index.js';
import { Organization, OrganizationKind, memberUserIds } from '../communities/index.js';
import { User } from '../accounts/index.js';
import { Issue, issuePolicy, factsOf } from '../issues/index.js';
import { ClaimStatus, HoursStatus, TaskClaim, Volunteer, VolunteerTask, VolunteerTaskStatus as S } from './volunteer.entity.js';
import { volunteerPolicy, type VolunteerFacts } from './volunteer.policy.js';
import { TaskClaimAction, VolunteerTaskAction } from './volunteer.actions.js';
import { assertClaim, assertTask, canClaim, canTask, checkInOpensAt, effectiveStatus, LIVE_CLAIMS, storedStatusAfterClaimStep, taskRefusal } from './volunteer.state.js';
import { ActionItem, ActionItemStatus, meetingFacts, meetingPolicy } from '../meetings/index.js';
import { waitlistPositions } from './volunteers.queries.js';
import type { CancelVolunteerTaskInput, CreateVolunteerTaskInput, RegisterVolunteerInput, VerifyHoursInput } from './volunteer.inputs.js';
import './volunteers.events.js';
import { independentReads } from '../core/rows.js';

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
  return visibleFacts(a, { stationId: t.station.id, communityId: t.community.id, draft: t.status === S.DRAFT });
}

function visibleFacts(a: Access, t: { stationId: string; communityId: string; draft: boolean }): boolean {
  return volunteerPolicy.canSeeTask(a, t);
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
 *
 * The claim storm (1,000 volunteers tapping at once, issue 15 §3): what needs no lock is read
 * first, in the request's own EntityManager (the task's visibility, the registration and the
 * policy, a key already answered); then the claim joins its task's queue in this process, and
 * the claims that arrived while the task's previous batch was being written are written together
 * in one transaction (`claimBatch`), which takes the row lock once for all of them. Each request
 * still gets its own answer or its own error; the lock is what keeps several instances exact.
 */
export async function claimTask(ctx: Context, taskId: string, idempotencyKey?: string | null): Promise<TaskClaim> {
  const access = await ctx.access();
  const userId = requireUser(access);
  const key = keyOf(taskId, 'VolunteerTask', 'taskId');
  const scope = { userId, operation: 'claimTask', payload: { taskId } };
  const hash = payloadHash(scope.payload);
  // One statement: the task's facts, the viewer's registration and the key's record, if any (a
  // raw read: no EntityManager of its own).
  const [row] = await ctx.reader.execute<ClaimFacts[]>(
    `SELECT t.station_id, t.community_id, t.status, v.id AS volunteer_id, v.station_id AS volunteer_station_id,
            v.community_id AS volunteer_community_id, u.name AS volunteer_name, k.result_id, k.payload_hash
       FROM (SELECT 1) AS one
       LEFT JOIN volunteer_tasks t ON t.id = ?
       LEFT JOIN volunteers v ON v.user_id = ?
       LEFT JOIN users u ON u.id = v.user_id
       LEFT JOIN idempotency_keys k ON k.user_id = ? AND k.operation = ? AND k.key = ?`,
    [key, userId, userId, scope.operation, idempotencyKey ?? ''],
  );
  const f = must(row, 'claim facts');
  if (!f.station_id || !f.community_id || !visibleFacts(access, { stationId: f.station_id, communityId: f.community_id, draft: f.status === S.DRAFT })) throw notFound('VolunteerTask');
  const registration = f.volunteer_id ? { userId, stationId: f.volunteer_station_id!, communityId: f.volunteer_community_id! } : null;
  if (!registration || !volunteerPolicy.canClaim(access, registration, { communityId: f.community_id })) throw forbidden('Register as a volunteer of this community first');
  if (idempotencyKey && f.payload_hash && f.payload_hash !== hash) throw badInput({ idempotencyKey: 'was already used with a different request' });
  if (idempotencyKey && f.result_id) {
    // A retried request whose first answer is recorded: that answer, without queueing.
    const replay = await ctx.em.findOne(TaskClaim, f.result_id);
    if (replay) return replay;
  }
  const { claim, place } = await enqueueClaim(ctx, key, { userId, volunteerId: f.volunteer_id!, volunteerName: f.volunteer_name!, idempotencyKey: idempotencyKey || null, hash });
  // Its place as the claim's own transaction left it (what `task.waitlisted` says): no statement to answer it.
  if (place !== null) waitlistPositionLoader(ctx).prime(claim.id, place);
  return claim;
}

/** What `claimTask` reads before queueing: the task, the viewer's registration, the key's record. */
interface ClaimFacts {
  station_id: string | null;
  community_id: string | null;
  status: S | null;
  volunteer_id: string | null;
  volunteer_station_id: string | null;
  volunteer_community_id: string | null;
  volunteer_name: string | null;
  result_id: string | null;
  payload_hash: string | null;
}

/** `TaskClaim.waitlistPosition`, batched per request (primed by `claimTask` for the claims it makes). */
export function waitlistPositionLoader(ctx: Context) {
  return ctx.loader<string, number | null>('waitlistPosition', async (claimIds) => {
    const m = await waitlistPositions(ctx.em, claimIds);
    return claimIds.map((id) => m.get(id) ?? null);
  });
}

/** A claim waiting for its task's next batch. */
interface PendingClaim {
  userId: string;
  volunteerId: string;
  volunteerName: string;
  idempotencyKey: string | null;
  /** `payloadHash` of the request (the task). */
  hash: string;
  resolve: (answer: ClaimAnswer) => void;
  reject: (err: unknown) => void;
}

/** A claim, and its place on the waitlist when this request put it there. */
interface ClaimAnswer {
  claim: TaskClaim;
  place: number | null;
}

/** Up to this many claims are written in one transaction. */
const CLAIM_BATCH = 250;

/** Per process (per `Services`, as tests run several apps in one process): each task's waiting claims. */
const claimQueues = new WeakMap<Context['services'], Map<string, PendingClaim[]>>();

function enqueueClaim(ctx: Context, taskId: string, claim: Omit<PendingClaim, 'resolve' | 'reject'>): Promise<ClaimAnswer> {
  let queues = claimQueues.get(ctx.services);
  if (!queues) claimQueues.set(ctx.services, (queues = new Map<string, PendingClaim[]>()));
  const waiting = queues.get(taskId);
  return new Promise<ClaimAnswer>((resolve, reject) => {
    const item = { ...claim, resolve, reject };
    if (waiting) return void waiting.push(item);
    // Nobody is writing this task's claims: this request writes its own, then whatever arrived meanwhile.
    const queue = [item];
    queues.set(taskId, queue);
    void (async () => {
      try {
        while (queue.length) {
          const batch = queue.splice(0, CLAIM_BATCH);
          try {
            await claimBatch(ctx, taskId, batch);
          } catch (err) {
            for (const c of batch) c.reject(err);
          }
        }
      } finally {
        queues.delete(taskId);
      }
    })();
  });
}

/**
 * Writes a batch of claims on one task in one transaction, in arrival order: the task's row lock,
 * the idempotency keys (one statement), the batch's volunteers' live claims (one statement), then
 * for each claim what `claimTask` always did — an answered key gives its claim, a live claim is
 * returned, the task machine is asked, the slot or the next place is taken and `task.claimed` /
 * `task.waitlisted` emitted (the claimant as its actor) — and the keys recorded (one statement).
 * A claim refused by the machine gets its own error; an error of the transaction fails the batch.
 */
async function claimBatch(ctx: Context, taskId: string, batch: PendingClaim[]): Promise<void> {
  const answers = new Map<PendingClaim, ClaimAnswer | { error: unknown }>();
  // No one actor: each claim's events name its claimant (`takeSlot`).
  await transact(ctx.services.orm.em.fork() as EntityManager, ctx.services.bus, null, async (tx) => {
    const now = tx.now;
    const task = await lockTask(tx.em, taskId);
    const keyed = batch.filter((c) => c.idempotencyKey);
    // Keys taken now are new; the others were answered by a transaction that has committed since
    // `claimTask` looked (the insert waits for it).
    const answered = new Map<string, { result_id: string; payload_hash: string | null }>();
    if (keyed.length) {
      const users = sqlArray(keyed.map((c) => c.userId));
      const keys = sqlArray(keyed.map((c) => c.idempotencyKey!), 'text');
      const hashes = sqlArray(keyed.map((c) => c.hash), 'text');
      const taken = await tx.em.execute<{ user_id: string; key: string }[]>(
        `INSERT INTO idempotency_keys (user_id, operation, key, result_id, payload_hash)
         SELECT u, 'claimTask', k, '', h FROM unnest(${users.sql}, ${keys.sql}, ${hashes.sql}) AS x(u, k, h)
         ON CONFLICT DO NOTHING RETURNING user_id, key`,
        [...users.params, ...keys.params, ...hashes.params],
      );
      const fresh = new Set(taken.map((r) => `${r.user_id} ${r.key}`));
      const old = keyed.filter((c) => !fresh.has(`${c.userId} ${c.idempotencyKey}`));
      if (old.length) {
        const u = sqlArray(old.map((c) => c.userId));
        const k = sqlArray(old.map((c) => c.idempotencyKey!), 'text');
        const rows = await tx.em.execute<{ user_id: string; key: string; result_id: string; payload_hash: string | null }[]>(
          `SELECT i.user_id, i.key, i.result_id, i.payload_hash FROM idempotency_keys i JOIN unnest(${u.sql}, ${k.sql}) AS x(u, k) ON i.user_id = x.u AND i.key = x.k WHERE i.operation = 'claimTask'`,
          [...u.params, ...k.params],
        );
        for (const r of rows) answered.set(`${r.user_id} ${r.key}`, r);
      }
    }
    const replayIds = [...answered.values()].map((r) => r.result_id).filter(Boolean);
    const [live, replays] = await independentReads(tx.em, [
      () => tx.em.find(TaskClaim, { task: task.id, volunteer: { $in: [...new Set(batch.map((c) => c.volunteerId))] }, status: { $in: [...LIVE_CLAIMS] } }),
      () => replayIds.length ? tx.em.find(TaskClaim, { id: { $in: replayIds } }) : Promise.resolve([]),
    ]);
    const liveOf = new Map(live.map((c) => [c.volunteer.id, c]));
    const byId = new Map(replays.map((c) => [c.id, c]));
    const record = new Map<string, { userId: string; key: string; claimId: string }>();
    for (const c of batch) {
      const k = c.idempotencyKey ? `${c.userId} ${c.idempotencyKey}` : null;
      const before = k ? answered.get(k) : undefined;
      if (before?.payload_hash && before.payload_hash !== c.hash) {
        answers.set(c, { error: badInput({ idempotencyKey: 'was already used with a different request' }) });
        continue;
      }
      const replay = before?.result_id ? byId.get(before.result_id) : undefined;
      if (replay) {
        answers.set(c, { claim: replay, place: null });
        continue;
      }
      let claim = liveOf.get(c.volunteerId);
      let place: number | null = null;
      if (!claim) {
        const refusal = taskRefusal('claim', task, now);
        if (refusal !== null) {
          answers.set(c, { error: invalidTransition(refusal, 'claim') });
          continue;
        }
        claim = takeSlot({ ...tx, actorId: c.userId }, task, c, now);
        if (claim.status === ClaimStatus.WAITLISTED) place = task.waitlistCount;
        liveOf.set(c.volunteerId, claim);
      }
      answers.set(c, { claim, place });
      if (k) record.set(k, { userId: c.userId, key: c.idempotencyKey!, claimId: claim.id });
    }
    if (record.size) {
      const rows = [...record.values()];
      const u = sqlArray(rows.map((r) => r.userId));
      const k = sqlArray(rows.map((r) => r.key), 'text');
      const ids = sqlArray(rows.map((r) => r.claimId), 'text');
      await tx.em.execute(
        `UPDATE idempotency_keys i SET result_id = x.r FROM unnest(${u.sql}, ${k.sql}, ${ids.sql}) AS x(u, k, r) WHERE i.user_id = x.u AND i.operation = 'claimTask' AND i.key = x.k`,
        [...u.params, ...k.params, ...ids.params],
      );
    }
  }, ctx.now());
  for (const c of batch) {
    const a = answers.get(c);
    if (a && 'claim' in a) c.resolve(a);
    else c.reject(a ? a.error : new Error('claim not answered'));
  }
}

/** One claim takes a slot, or the next place on the waitlist, of the locked task, and says so. */
function takeSlot(tx: Transaction, task: VolunteerTask, c: PendingClaim, now: Date): TaskClaim {
  const gotSlot = task.claimedCount < task.slots;
  if (gotSlot) task.claimedCount += 1;
  else task.waitlistCount += 1;
  task.status = storedStatusAfterClaimStep(task);
  const claim = tx.em.create(TaskClaim, { task: task.id, volunteer: c.volunteerId, status: gotSlot ? ClaimStatus.CLAIMED : ClaimStatus.WAITLISTED, claimedAt: now });
  const base = { ...counters(task, now), volunteerName: c.volunteerName, claimId: toGlobalId('TaskClaim', claim.id) };
  if (gotSlot) emit(tx, { type: 'task.claimed', communityId: task.community.id, subject: subjectOf(task), data: base, audience: taskAudience(task) });
  else emit(tx, { type: 'task.waitlisted', communityId: task.community.id, subject: subjectOf(task), data: { ...base, waitlistPosition: task.waitlistCount }, audience: taskAudience(task) });
  return claim;
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

/** 签到. With a key (the offline queue's replay), the same key returns the claim again, checked in once. */
export async function checkIn(ctx: Context, claimId: string, idempotencyKey?: string | null): Promise<TaskClaim> {
  checkIdempotencyKey(idempotencyKey);
  const access = await ctx.access();
  requireUser(access);
  return ctx.transact(async (tx) => {
    const { claim, task, volunteer } = await lockClaim(tx, access, claimId);
    if (!volunteerPolicy.isClaimant(access, volunteer.user.id)) throw forbidden('Volunteers check themselves in');
    return idempotent(
      tx,
      idempotencyKey,
      { userId: access.userId!, operation: 'checkIn', payload: { claimId } },
      (id) => Promise.resolve(id === claim.id ? claim : null),
      () => {
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
        return Promise.resolve({ id: claim.id, value: claim });
      },
    );
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

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { errorCode, gql, ok } from '../helpers/graphql.js';
import { createCommunity, createUser, em, reside, seat, MemberRole, type TestCommunity, type TestUser } from '../factories/index.js';
import { createVolunteers } from '../factories/volunteers.js';
import { ManualClock } from '../../server/core/clock.js';
import { TaskClaim, Volunteer } from '../../server/volunteers/volunteer.entity.js';
import { DomainEvent } from '../../server/events/domain-event.entity.js';
import { randomUUID } from 'node:crypto';

const HOUR = 3_600_000;
const T0 = new Date('2026-06-01T00:00:00.000Z');
const clock = new ManualClock(T0);
let app: TestApp;
let c: TestCommunity;
let coordinator: TestUser;

const TASK = `id title status slots claimedCount waitlistCount version viewerClaim { id status waitlistPosition }`;
const CLAIM = `id status waitlistPosition hours hoursStatus checkedInAt checkedOutAt volunteer { id } task { id status claimedCount waitlistCount }`;
const m = {
  create: `mutation($input: CreateVolunteerTaskInput!) { createVolunteerTask(input: $input) { ${TASK} } }`,
  publish: `mutation($input: TaskRefInput!) { publishVolunteerTask(input: $input) { ${TASK} } }`,
  cancel: `mutation($input: CancelVolunteerTaskInput!) { cancelVolunteerTask(input: $input) { ${TASK} } }`,
  claim: `mutation($input: ClaimTaskInput!) { claimTask(input: $input) { ${CLAIM} } }`,
  withdraw: `mutation($input: ClaimRefInput!) { withdrawClaim(input: $input) { ${CLAIM} } }`,
  checkIn: `mutation($input: ClaimRefInput!) { checkIn(input: $input) { ${CLAIM} } }`,
  checkOut: `mutation($input: ClaimRefInput!) { checkOut(input: $input) { ${CLAIM} } }`,
  noShow: `mutation($input: ClaimRefInput!) { markNoShow(input: $input) { ${CLAIM} } }`,
  verify: `mutation($input: VerifyHoursInput!) { verifyHours(input: $input) { ${CLAIM} } }`,
  register: `mutation($input: RegisterVolunteerInput!) { registerVolunteer(input: $input) { id skills isPartyMember verifiedHours points user { id } station { id } } }`,
};
const run = async (q: keyof typeof m, user: { token: string }, input: Record<string, unknown>) => Object.values(await ok(app.url, m[q], { input }, user.token))[0] as any;
const code = (q: keyof typeof m, user: { token: string }, input: Record<string, unknown>) => errorCode(app.url, m[q], { input }, user.token);
const at = (h: number) => new Date(T0.getTime() + h * HOUR).toISOString();

async function task(slots: number, extra: Record<string, unknown> = {}) {
  return run('create', coordinator, { stationId: c.orgs.station.gid, title: '社区环境清洁', description: '清理中心花园', startsAt: at(24), endsAt: at(27), slots, publish: true, ...extra });
}

beforeAll(async () => {
  app = await startTestApp({ clock });
  c = await createCommunity(app);
  coordinator = await createUser(app, { name: '驿站站长' });
  await seat(app, coordinator, c.orgs.station.id, MemberRole.COORDINATOR);
});
afterAll(() => app.close());

describe('claiming under concurrency', () => {
  it('200 concurrent claims on 50 slots: exactly 50 CLAIMED, 150 WAITLISTED at places 1…150, task FULL', async () => {
    clock.set(T0);
    const t = await task(50);
    const vols = await createVolunteers(app, c, 200);
    const claims = await Promise.all(vols.map((v) => run('claim', v, { taskId: t.id })));
    const claimed = claims.filter((x) => x.status === 'CLAIMED');
    const waiting = claims.filter((x) => x.status === 'WAITLISTED');
    expect(claimed).toHaveLength(50);
    expect(waiting).toHaveLength(150);
    expect(waiting.map((w) => w.waitlistPosition).sort((a, b) => a - b)).toEqual(Array.from({ length: 150 }, (_, i) => i + 1));
    const { node } = await ok(app.url, `query($id: ID!) { node(id: $id) { ... on VolunteerTask { status claimedCount waitlistCount claims { status } } } }`, { id: t.id }, coordinator.token);
    expect(node).toMatchObject({ status: 'FULL', claimedCount: 50, waitlistCount: 150 });
    expect(node.claims.filter((x: any) => x.status === 'CLAIMED')).toHaveLength(50);
    // The waitlist is first come, first served: later positions were claimed later.
    const rows = await em(app).find(TaskClaim, { status: 'WAITLISTED' as never }, { orderBy: { seq: 'asc' } });
    const bySeq = rows.map((r) => r.id);
    const byPos = [...waiting].sort((a, b) => a.waitlistPosition - b.waitlistPosition).map((w) => Buffer.from(w.id, 'base64url').toString().split(':')[1]);
    expect(byPos).toEqual(bySeq.filter((id) => byPos.includes(id)));
    // 200 accounts and 200 claims at once: 6 s alone, past 30 s beside the browser tests on 2 cores.
  }, 120_000);

  it('a storm with idempotency keys, retries and double taps: exact counts, and every event says what its claimant was answered', async () => {
    clock.set(T0);
    const t = await task(20);
    const vols = await createVolunteers(app, c, 120);
    const taskKey = Buffer.from(t.id, 'base64url').toString().split(':')[1]!;
    const keys = vols.map(() => randomUUID());
    // Every volunteer taps once with a key; at the same time, a third of them retry that request
    // (same key) and a tenth tap again (a fresh key).
    const sends = [
      ...vols.map((v, i) => ({ i, key: keys[i]! })),
      ...vols.flatMap((v, i) => (i % 3 === 0 ? [{ i, key: keys[i]! }] : [])),
      ...vols.flatMap((v, i) => (i % 10 === 0 ? [{ i, key: randomUUID() }] : [])),
    ];
    const answers = await Promise.all(sends.map(async ({ i, key }) => ({ i, claim: await run('claim', vols[i]!, { taskId: t.id, idempotencyKey: key }) })));
    // One claim per volunteer, whatever they sent.
    const byVolunteer = new Map<number, Set<string>>();
    for (const a of answers) byVolunteer.set(a.i, (byVolunteer.get(a.i) ?? new Set()).add(a.claim.id));
    expect([...byVolunteer.values()].every((ids) => ids.size === 1)).toBe(true);
    const first = vols.map((_, i) => answers.find((a) => a.i === i)!.claim);
    expect(first.filter((x) => x.status === 'CLAIMED')).toHaveLength(20);
    const waiting = first.filter((x) => x.status === 'WAITLISTED');
    expect(waiting.map((w) => w.waitlistPosition).sort((a, b) => a - b)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    const { node } = await ok(app.url, `query($id: ID!) { node(id: $id) { ... on VolunteerTask { status claimedCount waitlistCount claims { status } } } }`, { id: t.id }, coordinator.token);
    expect(node).toMatchObject({ status: 'FULL', claimedCount: 20, waitlistCount: 100 });
    expect(node.claims).toHaveLength(120);
    // Each claim was told once, as its claimant's act: task.claimed for the 20, task.waitlisted
    // with the place the claimant was answered for the 100; the places agree with the claims' order.
    const events = await em(app).find(DomainEvent, { subjectId: taskKey, type: { $in: ['task.claimed', 'task.waitlisted'] } }, { orderBy: { id: 'asc' } });
    expect(events).toHaveLength(120);
    const answerOf = new Map(first.map((x, i) => [x.id, { ...x, userId: vols[i]!.id }]));
    for (const e of events) {
      const a = answerOf.get(e.data.claimId)!;
      expect(e.actor?.id).toBe(a.userId);
      expect(e.type).toBe(a.status === 'CLAIMED' ? 'task.claimed' : 'task.waitlisted');
      if (a.status === 'WAITLISTED') expect(e.data.waitlistPosition).toBe(a.waitlistPosition);
    }
    const rows = await em(app).find(TaskClaim, { task: taskKey, status: 'WAITLISTED' as never }, { orderBy: { seq: 'asc' } });
    const byPos = [...waiting].sort((a, b) => a.waitlistPosition - b.waitlistPosition).map((w) => Buffer.from(w.id, 'base64url').toString().split(':')[1]);
    expect(byPos).toEqual(rows.map((r) => r.id));
    // A retry later still gets the first answer, and the key stays bound to this task.
    expect((await run('claim', vols[1]!, { taskId: t.id, idempotencyKey: keys[1] })).id).toBe(first[1]!.id);
    const other = await task(5);
    expect(await code('claim', vols[1]!, { taskId: other.id, idempotencyKey: keys[1] })).toBe('BAD_USER_INPUT');
  }, 120_000);

  it('one volunteer claiming 20 times at once holds one live claim', async () => {
    const t = await task(5);
    const [v] = await createVolunteers(app, c, 1);
    const claims = await Promise.all(Array.from({ length: 20 }, () => run('claim', v!, { taskId: t.id })));
    expect(new Set(claims.map((x) => x.id)).size).toBe(1);
    expect(claims[0].task.claimedCount).toBe(1);
    expect(await em(app).count(TaskClaim, { volunteer: { user: v!.id } })).toBe(1);
  });

  it('a withdrawal promotes the first waiter, who is told; the task is OPEN again when a slot frees', async () => {
    clock.set(T0);
    const t = await task(1);
    const [a, b, d] = await createVolunteers(app, c, 3);
    const ca = await run('claim', a!, { taskId: t.id });
    const cb = await run('claim', b!, { taskId: t.id });
    const cd = await run('claim', d!, { taskId: t.id });
    expect([ca.status, cb.status, cb.waitlistPosition, cd.waitlistPosition, cd.task.status]).toEqual(['CLAIMED', 'WAITLISTED', 1, 2, 'FULL']);
    const w = await run('withdraw', a!, { claimId: ca.id });
    expect(w).toMatchObject({ status: 'WITHDRAWN', task: { claimedCount: 1, waitlistCount: 1, status: 'FULL' } });
    const bNow = await ok(app.url, `query($id: ID!) { node(id: $id) { ... on TaskClaim { status waitlistPosition } } }`, { id: cb.id }, b!.token);
    expect(bNow.node).toEqual({ status: 'CLAIMED', waitlistPosition: null });
    const dNow = await ok(app.url, `query($id: ID!) { node(id: $id) { ... on TaskClaim { status waitlistPosition } } }`, { id: cd.id }, d!.token);
    expect(dNow.node).toEqual({ status: 'WAITLISTED', waitlistPosition: 1 });
    const notes = await ok(app.url, `{ notifications { edges { node { event { type data } } } } }`, {}, b!.token);
    const promoted = notes.notifications.edges.map((e: any) => e.node.event).find((e: any) => e.type === 'task.promoted');
    expect(promoted.data).toMatchObject({ claimId: cb.id, claimedCount: 1, waitlistCount: 1, status: 'FULL' }); // event data names claims by their API IDs
    await run('withdraw', d!, { claimId: cd.id });
    const freed = await run('withdraw', b!, { claimId: cb.id });
    expect(freed.task).toMatchObject({ status: 'OPEN', claimedCount: 0, waitlistCount: 0 });
    expect(await code('withdraw', b!, { claimId: cb.id })).toBe('INVALID_TRANSITION');
  });
});

describe('check-in, check-out and verified hours (谁组织谁记录、谁记录谁证明)', () => {
  it('check-in opens 30 minutes before the start; check-out records the hours; the coordinator verifies; points follow', async () => {
    clock.set(T0);
    const t = await task(2);
    const [v] = await createVolunteers(app, c, 1);
    const cl = await run('claim', v!, { taskId: t.id });
    clock.set(new Date(T0.getTime() + 23 * HOUR + 29 * 60_000)); // 31 minutes before the start
    expect(await code('checkIn', v!, { claimId: cl.id })).toBe('INVALID_TRANSITION');
    clock.set(new Date(T0.getTime() + 23.5 * HOUR));
    expect(await code('checkIn', coordinator, { claimId: cl.id })).toBe('FORBIDDEN');
    expect(await run('checkIn', v!, { claimId: cl.id })).toMatchObject({ status: 'CHECKED_IN', checkedInAt: at(23.5) });
    clock.set(new Date(T0.getTime() + 26.5 * HOUR));
    const out = await run('checkOut', v!, { claimId: cl.id });
    expect(out).toMatchObject({ status: 'COMPLETED', hours: 2.5, hoursStatus: 'PENDING' }); // counted from the start, not the early arrival
    const over = async () => (await ok(app.url, `query($id: ID!) { node(id: $id) { ... on VolunteerTask { status ended } } }`, { id: t.id }, v!.token)).node;
    expect(await over()).toEqual({ status: 'IN_PROGRESS', ended: false });
    clock.set(new Date(T0.getTime() + 27 * HOUR)); // exactly at its end: ended
    expect(await over()).toEqual({ status: 'COMPLETED', ended: true });

    expect(await code('verify', v!, { claimId: cl.id, hours: 2.5, approve: true })).toBe('FORBIDDEN');
    expect(await code('verify', coordinator, { claimId: cl.id, hours: 9, approve: true })).toBe('BAD_USER_INPUT');
    expect(await code('verify', coordinator, { claimId: cl.id, hours: 2.5, approve: false })).toBe('BAD_USER_INPUT');
    const verified = await run('verify', coordinator, { claimId: cl.id, hours: 2.5, approve: true, note: '表现很好' });
    expect(verified).toMatchObject({ hoursStatus: 'VERIFIED', hours: 2.5 });
    expect(await code('verify', coordinator, { claimId: cl.id, hours: 2.5, approve: true })).toBe('INVALID_TRANSITION');
    const vol = await em(app).findOneOrFail(Volunteer, { user: v!.id });
    expect([Number(vol.verifiedHours), vol.points]).toEqual([2.5, 2]); // whole points for whole hours: the half hour waits for the next

    const board = await ok(app.url, `query($c: ID!) { volunteerLeaderboard(communityId: $c) { hours tasksCompleted volunteer { user { id } } } }`, { c: c.gid }, v!.token);
    expect(board.volunteerLeaderboard[0]).toEqual({ hours: 2.5, tasksCompleted: 1, volunteer: { user: { id: v!.gid } } });
    const stats = await ok(app.url, `query($c: ID!) { governanceStats(communityId: $c) { volunteerHours } }`, { c: c.gid }, v!.token);
    expect(stats.governanceStats.volunteerHours).toBe(2.5);
    clock.set(T0);
  });

  it('a coordinator marks a no-show after the start; the slot goes to the first waiter', async () => {
    clock.set(T0);
    const t = await task(1);
    const [a, b] = await createVolunteers(app, c, 2);
    const ca = await run('claim', a!, { taskId: t.id });
    const cb = await run('claim', b!, { taskId: t.id });
    expect(await code('noShow', coordinator, { claimId: ca.id })).toBe('INVALID_TRANSITION');
    clock.set(new Date(T0.getTime() + 24.5 * HOUR));
    expect(await code('noShow', b!, { claimId: ca.id })).toBe('NOT_FOUND');
    expect(await run('noShow', coordinator, { claimId: ca.id })).toMatchObject({ status: 'NO_SHOW' });
    const bNow = await ok(app.url, `query($id: ID!) { node(id: $id) { ... on TaskClaim { status } } }`, { id: cb.id }, b!.token);
    expect(bNow.node.status).toBe('CLAIMED');
    clock.set(T0);
  });
});

describe('tasks and their station', () => {
  it('only coordinators post; a draft is hidden until published; publishing notifies volunteers with a matching skill', async () => {
    clock.set(T0);
    const resident = await createUser(app);
    await reside(app, resident, c.id);
    const input = { stationId: c.orgs.station.gid, title: '助老送餐', description: '为独居老人送午餐', skills: ['助老'], startsAt: at(48), endsAt: at(50), slots: 3 };
    expect(await code('create', resident, input)).toBe('FORBIDDEN');
    expect(await code('create', coordinator, { ...input, startsAt: at(-1) })).toBe('BAD_USER_INPUT');
    expect(await code('create', coordinator, { ...input, endsAt: at(47) })).toBe('BAD_USER_INPUT');
    expect(await code('create', coordinator, { ...input, slots: 0 })).toBe('BAD_USER_INPUT');
    const [helper] = await createVolunteers(app, c, 1, ['助老']);
    const [other] = await createVolunteers(app, c, 1, ['电工']);
    const draft = await run('create', coordinator, input);
    expect(draft.status).toBe('DRAFT');
    const seen = async (u: TestUser) => (await ok(app.url, `query($c: ID!) { volunteerTasks(communityId: $c, first: 100) { edges { node { id } } } }`, { c: c.gid }, u.token)).volunteerTasks.edges.map((e: any) => e.node.id);
    expect(await seen(helper!)).not.toContain(draft.id);
    expect(await seen(coordinator)).toContain(draft.id);
    expect(await code('claim', helper!, { taskId: draft.id })).toBe('NOT_FOUND');
    expect(await run('publish', coordinator, { taskId: draft.id })).toMatchObject({ status: 'OPEN' });
    expect(await code('publish', coordinator, { taskId: draft.id })).toBe('INVALID_TRANSITION');
    expect(await seen(helper!)).toContain(draft.id);
    const types = async (u: TestUser) => (await ok(app.url, `{ notifications { edges { node { event { type } } } } }`, {}, u.token)).notifications.edges.map((e: any) => e.node.event.type);
    expect(await types(helper!)).toContain('task.published');
    expect(await types(other!)).not.toContain('task.published');
  });

  it('cancelling tells the claimants and ends their claims; a cancelled task takes no claims', async () => {
    clock.set(T0);
    const t = await task(2);
    const [a] = await createVolunteers(app, c, 1);
    const ca = await run('claim', a!, { taskId: t.id });
    expect(await code('cancel', a!, { taskId: t.id, reason: '下雨' })).toBe('FORBIDDEN');
    expect(await run('cancel', coordinator, { taskId: t.id, reason: '暴雨预警' })).toMatchObject({ status: 'CANCELLED' });
    const claim = await ok(app.url, `query($id: ID!) { node(id: $id) { ... on TaskClaim { status } } }`, { id: ca.id }, a!.token);
    expect(claim.node.status).toBe('WITHDRAWN');
    const over = await ok(app.url, `query($id: ID!) { node(id: $id) { ... on VolunteerTask { ended } } }`, { id: t.id }, a!.token);
    expect(over.node.ended).toBe(true); // cancelled before it started
    const [b] = await createVolunteers(app, c, 1);
    expect(await code('claim', b!, { taskId: t.id })).toBe('INVALID_TRANSITION');
  });

  it('filters the board by status, skill and mine', async () => {
    clock.set(T0);
    const t = await task(1, { skills: ['摄影'], title: '活动摄影' });
    const [v] = await createVolunteers(app, c, 1);
    await run('claim', v!, { taskId: t.id });
    const q = `query($c: ID!, $f: VolunteerTaskFilter) { volunteerTasks(communityId: $c, filter: $f, first: 100) { totalCount edges { node { title status } } } }`;
    const full = (await ok(app.url, q, { c: c.gid, f: { status: ['FULL'], skill: '摄影' } }, v!.token)).volunteerTasks;
    expect(full.edges.map((e: any) => e.node.title)).toEqual(['活动摄影']);
    const mine = (await ok(app.url, q, { c: c.gid, f: { mine: true } }, v!.token)).volunteerTasks;
    expect(mine.totalCount).toBe(1);
  });
});

describe('registering', () => {
  it('a verified resident registers once at a station of their community', async () => {
    const r = await createUser(app);
    await reside(app, r, c.id);
    const input = { stationId: c.orgs.station.gid, isPartyMember: true, skills: ['电工', ' 电工 ', '急救'] };
    const v = await run('register', r, input);
    expect(v).toMatchObject({ isPartyMember: true, skills: ['电工', '急救'], verifiedHours: 0, points: 0, user: { id: r.gid }, station: { id: c.orgs.station.gid } });
    expect(await code('register', r, input)).toBe('BAD_USER_INPUT');
    const me = await ok(app.url, `{ me { volunteer { id } } }`, {}, r.token);
    expect(me.me.volunteer.id).toBe(v.id);

    const unverified = await createUser(app);
    await reside(app, unverified, c.id, { verified: false });
    expect(await code('register', unverified, input)).toBe('FORBIDDEN');
    expect(await code('register', r, { ...input, stationId: c.orgs.pm.gid })).toBe('BAD_USER_INPUT');
    const other = await createCommunity(app);
    const stranger = await createUser(app);
    await reside(app, stranger, other.id);
    expect(await code('register', stranger, input)).toBe('FORBIDDEN');
    const r2 = await gql(app.url, m.register, { input: { ...input, skills: Array(11).fill('x') } }, r.token);
    expect(r2.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });
});

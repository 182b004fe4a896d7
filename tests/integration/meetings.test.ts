import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { gql, ok } from '../helpers/graphql.js';
import { createCommunity, createUser, em, reside, seat, MemberRole, ResidencyKind, type TestUser } from '../factories/index.js';
import {
  createMeetingCast,
  keyOfGid,
  meetingIn,
  readMeeting,
  scheduleMeeting,
  seatMany,
  step,
  stepCode,
  stepError,
  type MeetingCast,
  type ReachableStatus,
  type Step,
} from '../factories/meetings.js';
import { ManualClock } from '../../server/core/clock.js';

const HOUR = 3_600_000;
const T0 = new Date('2026-09-01T00:00:00.000Z');
const clock = new ManualClock(T0);
let app: TestApp;
let k: MeetingCast;
let admin: TestUser;

const at = (h: number) => new Date(T0.getTime() + h * HOUR).toISOString();
const setHour = (h: number) => clock.set(new Date(T0.getTime() + h * HOUR));
const run = (s: Step, by: { token: string }, input: Record<string, unknown>, select = 'id') => step(app, s, by, input, select);
const code = (s: Step, by: { token: string }, input: Record<string, unknown>) => stepCode(app, s, by, input);
const fail = (s: Step, by: { token: string }, input: Record<string, unknown>) => stepError(app, s, by, input);
const ids = (xs: { id: string }[]) => xs.map((x) => x.id).sort();

/** Counts rows straight from the database. */
async function count(sql: string, params: unknown[]): Promise<number> {
  const [row] = await em(app).execute<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${sql}`, params);
  return row!.n;
}
const meetingEventCount = (meetingGid: string, type?: string) =>
  count(`domain_events WHERE subject_id = ?${type ? ' AND type = ?' : ''}`, type ? [keyOfGid(meetingGid), type] : [keyOfGid(meetingGid)]);

/** A meeting's events through the API (`events(communityId, subjectId)`), oldest first, as `by` sees them. */
async function eventsOf(meetingGid: string, by: { token: string }, communityGid = k.c.gid): Promise<{ type: string; data: any; actor: { id: string } | null }[]> {
  const { events } = await ok(
    app.url,
    `query($c: ID!, $s: ID) { events(communityId: $c, subjectId: $s, first: 100, order: OLDEST_FIRST) { edges { node { type data actor { id } } } } }`,
    { c: communityGid, s: meetingGid },
    by.token,
  );
  return events.edges.map((e: any) => e.node);
}

/** What a refused step must leave as it was. */
const SNAPSHOT = `status version cancelReason agenda { id title notes notesVersion editors { id } } attendance { id status user { id } }
  actionItems { id status } minutes { approvedAt publishedAt approvedBy { id } revisions { id } }`;
async function snapshot(meetingGid: string) {
  return { meeting: await readMeeting(app, meetingGid, k.chair, SNAPSHOT), events: await meetingEventCount(meetingGid) };
}

beforeAll(async () => {
  app = await startTestApp({ clock });
  k = await createMeetingCast(app);
  admin = await createUser(app, { admin: true, name: '平台管理员' });
});
afterAll(() => app.close());

describe('the meeting state machine', () => {
  const STATUSES: ReachableStatus[] = ['SCHEDULED', 'IN_SESSION', 'ADJOURNED', 'MINUTES_APPROVED', 'PUBLISHED', 'CANCELLED'];
  /** Where each step may be taken from (editNotes after publication: as an amendment). */
  const ALLOWED: Partial<Record<Step, ReachableStatus[]>> = {
    start: ['SCHEDULED'],
    adjourn: ['IN_SESSION'],
    cancel: ['SCHEDULED'],
    approve: ['ADJOURNED'],
    publish: ['MINUTES_APPROVED'],
    checkIn: ['SCHEDULED', 'IN_SESSION'],
    addAgendaItem: ['SCHEDULED', 'IN_SESSION'],
    editNotes: ['IN_SESSION', 'ADJOURNED', 'PUBLISHED'],
    setEditing: ['IN_SESSION', 'ADJOURNED', 'PUBLISHED'],
    addActionItem: ['IN_SESSION', 'ADJOURNED'],
  };
  const inputFor = (s: Step, m: any): Record<string, unknown> => {
    const item = m.agenda[0];
    switch (s) {
      case 'cancel':
        return { meetingId: m.id, reason: '临时有事' };
      case 'addAgendaItem':
        return { meetingId: m.id, title: '临时动议' };
      case 'editNotes':
        return { agendaItemId: item.id, notes: '补充记录', expectedVersion: item.notesVersion };
      case 'setEditing':
        return { agendaItemId: item.id, editing: true };
      case 'addActionItem':
        return { meetingId: m.id, title: '物业整改', assigneeId: k.c.orgs.pm.gid };
      default:
        return { meetingId: m.id };
    }
  };

  it.each(STATUSES)('from %s every step it does not allow is INVALID_TRANSITION and changes nothing', async (status) => {
    clock.set(T0);
    const m = await meetingIn(app, k, status, at(24));
    expect(m.status).toBe(status);
    const before = await snapshot(m.id);
    const refused = (Object.keys(ALLOWED) as Step[]).filter((s) => !ALLOWED[s]!.includes(status));
    expect(refused.length).toBeGreaterThan(0);
    for (const s of refused) {
      const e = await fail(s, k.chair, inputFor(s, m));
      expect({ step: s, code: e.extensions?.code, from: e.extensions?.from }).toEqual({ step: s, code: 'INVALID_TRANSITION', from: status });
      expect(await snapshot(m.id)).toEqual(before);
    }
  });

  it('each allowed step moves the meeting on and bumps its version', async () => {
    clock.set(T0);
    const m = await meetingIn(app, k, 'SCHEDULED', at(24));
    expect(m.version).toBe(1);
    const ref = { meetingId: m.id };
    const sel = 'status version';
    expect(await run('start', k.chair, ref, sel)).toEqual({ status: 'IN_SESSION', version: 2 });
    expect(await run('adjourn', k.chair, ref, sel)).toEqual({ status: 'ADJOURNED', version: 3 });
    expect(await run('approve', k.chair, ref, sel)).toEqual({ status: 'MINUTES_APPROVED', version: 4 });
    expect(await run('publish', k.chair, ref, sel)).toEqual({ status: 'PUBLISHED', version: 5 });
    expect((await eventsOf(m.id, k.chair)).map((e) => e.type)).toEqual(['meeting.scheduled', 'meeting.started', 'meeting.adjourned', 'minutes.approved', 'minutes.published']);
  });

  it('cancel needs a reason; with one the meeting is CANCELLED and the roll is told', async () => {
    clock.set(T0);
    const m = await meetingIn(app, k, 'SCHEDULED', at(24));
    const before = await snapshot(m.id);
    for (const reason of ['', '   ']) {
      const e = await fail('cancel', k.chair, { meetingId: m.id, reason });
      expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { reason: expect.any(String) } });
    }
    expect(await gql(app.url, `mutation { cancelMeeting(input: { meetingId: "${m.id}" }) { id } }`, {}, k.chair.token)).toMatchObject({ errors: [{ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] });
    expect(await code('cancel', k.pm, { meetingId: m.id, reason: '物业有事' })).toBe('FORBIDDEN');
    expect(await snapshot(m.id)).toEqual(before);
    const cancelled = await run('cancel', k.chair, { meetingId: m.id, reason: '  台风预警，改期  ' }, 'status version cancelReason');
    expect(cancelled).toEqual({ status: 'CANCELLED', version: 2, cancelReason: '台风预警，改期' });
    const { notifications } = await ok(app.url, `{ notifications(first: 20) { edges { node { title event { type data } } } } }`, {}, k.rc1.token);
    const told = notifications.edges.map((e: any) => e.node).find((n: any) => n.event.type === 'meeting.cancelled' && n.event.data.title === m.title);
    expect(told.event.data.reason).toBe('台风预警，改期');
  });
});

describe('scheduling refuses bad input with the offending field, and writes nothing', () => {
  it('a past time, a foreign convener, a convener of the wrong kind, participants and invitees from elsewhere, a foreign matter', async () => {
    clock.set(T0);
    const c2 = await createCommunity(app, '别的社区');
    const twoHats = await createUser(app, { name: '两边任职' });
    await seat(app, twoHats, c2.orgs.rc.id);
    const foreignParty = await createUser(app, { name: '别社区书记' });
    await seat(app, foreignParty, c2.orgs.party.id, MemberRole.CHAIR);
    const { proposeMatter: foreignMatter } = await ok(
      app.url,
      `mutation($input: ProposeMatterInput!) { proposeMatter(input: $input) { id } }`,
      { input: { communityId: c2.gid, title: '别处的事项', description: '与本社区无关' } },
      foreignParty.token,
    );
    const stranger = await createUser(app, { name: '外社区居民' });
    await reside(app, stranger, c2.id);
    const pendingResident = await createUser(app, { name: '待认证居民' });
    await reside(app, pendingResident, k.c.id, { verified: false });

    const tables = async () => ({
      meetings: await count('meetings WHERE community_id = ?', [k.c.id]),
      seats: await count('meeting_attendance a JOIN meetings m ON m.id = a.meeting_id WHERE m.community_id = ?', [k.c.id]),
      agenda: await count('agenda_items a JOIN meetings m ON m.id = a.meeting_id WHERE m.community_id = ?', [k.c.id]),
      events: await count(`domain_events WHERE community_id = ? AND type LIKE 'meeting.%'`, [k.c.id]),
      notifications: await count(`notifications n JOIN domain_events e ON e.id = n.event_id WHERE e.community_id = ?`, [k.c.id]),
    });
    const before = await tables();
    const base = { communityId: k.c.gid, kind: 'JOINT', title: '联席会议', scheduledAt: at(24), convenerId: k.c.orgs.rc.gid, participantIds: [k.c.orgs.pm.gid], agenda: [{ title: '议题' }] };
    const cases: [Record<string, unknown>, string, TestUser?][] = [
      [{ scheduledAt: at(-1) }, 'scheduledAt'],
      [{ scheduledAt: at(0) }, 'scheduledAt'],
      [{ convenerId: c2.orgs.rc.gid }, 'convenerId', twoHats],
      [{ kind: 'OWNERS_ASSEMBLY' }, 'convenerId'],
      [{ kind: 'SUPERVISION' }, 'convenerId'],
      [{ kind: 'JOINT', convenerId: k.c.orgs.oc.gid }, 'convenerId', k.oc],
      [{ kind: 'REPRESENTATIVES', convenerId: k.c.orgs.oc.gid }, 'convenerId', k.oc],
      [{ participantIds: [k.c.orgs.pm.gid, c2.orgs.pm.gid] }, 'participantIds.1'],
      [{ participantIds: [k.owners[0]!.gid] }, 'participantIds.0'],
      // The index is the input's, even when the list repeats an organization or names the convener.
      [{ participantIds: [k.c.orgs.rc.gid, c2.orgs.pm.gid] }, 'participantIds.1'],
      [{ participantIds: [k.c.orgs.pm.gid, k.c.orgs.pm.gid, c2.orgs.pm.gid] }, 'participantIds.2'],
      [{ inviteeIds: [k.owners[0]!.gid, k.owners[0]!.gid, stranger.gid] }, 'inviteeIds.2'],
      [{ inviteeIds: [k.owners[0]!.gid, stranger.gid] }, 'inviteeIds.1'],
      [{ inviteeIds: [k.outsider.gid] }, 'inviteeIds.0'],
      [{ agenda: [{ title: '议题' }, { title: '别处的事项', matterId: foreignMatter.id }] }, 'agenda.1.matterId'],
      [{ title: '   ' }, 'title'],
    ];
    for (const [override, field, by] of cases) {
      const e = await fail('schedule', by ?? k.chair, { ...base, ...override });
      expect({ override, code: e.extensions?.code, fields: Object.keys(e.extensions?.fields ?? {}) }).toEqual({ override, code: 'BAD_USER_INPUT', fields: [field] });
    }
    // Scheduling for an organization one does not sit in is not bad input but forbidden.
    expect(await code('schedule', k.pm, base)).toBe('FORBIDDEN');
    expect(await tables()).toEqual(before);

    // Invitees may be any residents of the community, verified or not.
    const m = await scheduleMeeting(app, k.chair, { ...base, inviteeIds: [pendingResident.gid, k.owners[0]!.gid] });
    expect(m.attendance.map((a: any) => a.user.id)).toEqual(expect.arrayContaining([pendingResident.gid, k.owners[0]!.gid]));
    expect(m.attendance).toHaveLength(3 + 1 + 2);
  });
});

describe('who sees which meeting, and who may do what', () => {
  let p: MeetingCast;
  let tenant: TestUser;
  let pending: TestUser;
  const m: Record<string, any> = {};

  beforeAll(async () => {
    clock.set(T0);
    p = await createMeetingCast(app);
    tenant = await createUser(app, { name: '租户' });
    await reside(app, tenant, p.c.id, { kind: ResidencyKind.TENANT });
    pending = await createUser(app, { name: '未认证业主' });
    await reside(app, pending, p.c.id, { unitId: p.c.units[0]!.id, verified: false });
    const sched = (by: TestUser, input: Record<string, unknown>) => scheduleMeeting(app, by, { communityId: p.c.gid, participantIds: [], ...input });
    m.joint = await sched(p.chair, { kind: 'JOINT', title: '联席会议', scheduledAt: at(30), convenerId: p.c.orgs.rc.gid, participantIds: [p.c.orgs.pm.gid], inviteeIds: [p.owners[0]!.gid], agenda: [{ title: '议题' }] });
    m.reps = await sched(p.chair, { kind: 'REPRESENTATIVES', title: '居民代表会议', scheduledAt: at(50), convenerId: p.c.orgs.rc.gid, agenda: [{ title: '议题' }] });
    m.assembly = await sched(p.oc, { kind: 'OWNERS_ASSEMBLY', title: '业主大会', scheduledAt: at(40), convenerId: p.c.orgs.oc.gid });
    m.supervision = await sched(p.sc, { kind: 'SUPERVISION', title: '监委会会议', scheduledAt: at(20), convenerId: p.c.orgs.sc.gid });
    m.deliberation = await sched(p.party, { kind: 'DELIBERATION', title: '议事会', scheduledAt: at(10), convenerId: p.c.orgs.party.gid, participantIds: [p.c.orgs.oc.gid] });
    m.published = await sched(p.chair, { kind: 'JOINT', title: '已公示的联席会议', scheduledAt: at(60), convenerId: p.c.orgs.rc.gid, participantIds: [p.c.orgs.pm.gid] });
    for (const s of ['start', 'adjourn', 'approve', 'publish'] as const) await run(s, p.chair, { meetingId: m.published.id });
  });

  it('meeting(id), node(id) and the meetings list agree, with totalCount: parties and roll for joint meetings and councils, the community for announced councils and published minutes, outsiders never', async () => {
    const community = ['reps', 'assembly', 'published'];
    const expected: [string, TestUser, string[]][] = [
      ['rc chair', p.chair, ['joint', 'reps', 'assembly', 'published']],
      ['rc member', p.rc2, ['joint', 'reps', 'assembly', 'published']],
      ['property manager (participant)', p.pm, ['joint', 'reps', 'assembly', 'published']],
      ['owners committee (participant of the deliberation)', p.oc, ['deliberation', ...community]],
      ['party committee', p.party, ['deliberation', ...community]],
      ['supervisory committee', p.sc, ['supervision', ...community]],
      ['invited owner', p.owners[0]!, ['joint', ...community]],
      ['another owner', p.owners[1]!, community],
      ['verified tenant', tenant, community],
      ['unverified owner', pending, []],
      ['outsider', p.outsider, []],
      ['platform admin', admin, ['joint', 'reps', 'assembly', 'supervision', 'deliberation', 'published']],
    ];
    const all = Object.keys(m);
    for (const [who, user, visible] of expected) {
      const list = await ok(app.url, `query($c: ID!) { meetings(communityId: $c, first: 50) { totalCount edges { node { id title } } } }`, { c: p.c.gid }, user.token);
      const seen = list.meetings.edges.map((e: any) => e.node.id).sort();
      expect({ who, seen, total: list.meetings.totalCount }).toEqual({ who, seen: visible.map((n) => m[n].id).sort(), total: visible.length });
      for (const name of all) {
        const r = await ok(app.url, `query($id: ID!) { meeting(id: $id) { id } node(id: $id) { id ... on Meeting { title } } }`, { id: m[name].id }, user.token);
        const shown = visible.includes(name);
        expect({ who, name, meeting: r.meeting?.id ?? null, node: r.node?.id ?? null }).toEqual({ who, name, meeting: shown ? m[name].id : null, node: shown ? m[name].id : null });
      }
    }
    // Hidden agenda items are hidden too.
    expect((await ok(app.url, `query($id: ID!) { node(id: $id) { id } }`, { id: m.joint.agenda[0].id }, p.owners[1]!.token)).node).toBeNull();
    expect((await ok(app.url, `query($id: ID!) { node(id: $id) { id } }`, { id: m.joint.agenda[0].id }, p.owners[0]!.token)).node).toEqual({ id: m.joint.agenda[0].id });
  });

  it('the list is latest first and pages by cursor with a steady totalCount', async () => {
    const q = `query($c: ID!, $after: String) { meetings(communityId: $c, first: 2, after: $after) { totalCount edges { node { id scheduledAt } } pageInfo { hasNextPage endCursor } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const { meetings }: any = await ok(app.url, q, { c: p.c.gid, after }, admin.token);
      expect(meetings.totalCount).toBe(6);
      seen.push(...meetings.edges.map((e: any) => e.node.id));
      if (!meetings.pageInfo.hasNextPage) break;
      after = meetings.pageInfo.endCursor;
    }
    expect(seen).toEqual(['published', 'reps', 'assembly', 'joint', 'supervision', 'deliberation'].map((n) => m[n].id));
  });

  it('only the convener runs a meeting; parties edit notes; the roll checks itself in; a hidden meeting is NOT_FOUND', async () => {
    clock.set(T0);
    const joint = m.joint;
    const ref = { meetingId: joint.id };
    const flags = `viewerCanRun viewerCanEditNotes`;
    expect(await readMeeting(app, joint.id, p.rc2, flags)).toEqual({ viewerCanRun: true, viewerCanEditNotes: false });
    for (const u of [p.pm, p.owners[0]!]) {
      for (const [s, input] of [
        ['start', ref],
        ['cancel', { ...ref, reason: '改期' }],
        ['addAgendaItem', { ...ref, title: '临时动议' }],
        ['checkIn', { ...ref, userId: p.rc1.gid }],
        ['checkIn', { ...ref, userId: p.owners[2]!.gid, proxyForUserId: p.owners[0]!.gid }],
      ] as [Step, Record<string, unknown>][]) {
        expect({ who: u.name, s, code: await code(s, u, input) }).toEqual({ who: u.name, s, code: 'FORBIDDEN' });
      }
    }
    for (const u of [p.oc, p.owners[1]!, p.outsider]) expect(await code('start', u, ref)).toBe('NOT_FOUND');
    // Any member of the convener runs it, not only the chair.
    expect(await run('start', p.rc2, ref, 'status')).toEqual({ status: 'IN_SESSION' });
    expect(await readMeeting(app, joint.id, p.chair, flags)).toEqual({ viewerCanRun: true, viewerCanEditNotes: true });
    expect(await readMeeting(app, joint.id, p.pm, flags)).toEqual({ viewerCanRun: false, viewerCanEditNotes: true });
    expect(await readMeeting(app, joint.id, p.owners[0]!, flags)).toEqual({ viewerCanRun: false, viewerCanEditNotes: false });

    const item = joint.agenda[0].id;
    expect(await run('editNotes', p.pm, { agendaItemId: item, notes: '物业：同意', expectedVersion: 0 }, 'notesVersion')).toEqual({ notesVersion: 1 });
    expect(await code('editNotes', p.owners[0]!, { agendaItemId: item, notes: '业主：补充', expectedVersion: 1 })).toBe('FORBIDDEN');
    expect(await code('setEditing', p.owners[0]!, { agendaItemId: item, editing: true })).toBe('FORBIDDEN');
    expect(await code('editNotes', p.outsider, { agendaItemId: item, notes: 'x', expectedVersion: 1 })).toBe('NOT_FOUND');
    expect(await code('addActionItem', p.pm, { ...ref, title: '整改', assigneeId: p.c.orgs.pm.gid })).toBe('FORBIDDEN');
    expect(await code('adjourn', p.pm, ref)).toBe('FORBIDDEN');
    expect((await run('checkIn', p.owners[0]!, ref, 'status user { id }'))).toEqual({ status: 'PRESENT', user: { id: p.owners[0]!.gid } });

    // At an announced council, residents see but do not write.
    const reps = m.reps;
    await run('start', p.chair, { meetingId: reps.id });
    expect(await code('editNotes', p.owners[1]!, { agendaItemId: reps.agenda[0].id, notes: '居民意见', expectedVersion: 0 })).toBe('FORBIDDEN');
    expect(await code('checkIn', p.owners[1]!, { meetingId: reps.id })).toBe('FORBIDDEN');
    expect(await code('adjourn', p.oc, { meetingId: reps.id })).toBe('FORBIDDEN');

    await run('checkIn', p.pm, ref);
    await run('adjourn', p.chair, ref);
    expect(await code('approve', p.pm, ref)).toBe('FORBIDDEN');
    expect(await code('approve', p.owners[0]!, ref)).toBe('FORBIDDEN');
    await run('approve', p.chair, ref);
    expect(await code('publish', p.pm, ref)).toBe('FORBIDDEN');
    expect(await code('publish', p.owners[0]!, ref)).toBe('FORBIDDEN');
    expect(await code('publish', p.outsider, ref)).toBe('NOT_FOUND');
    expect(await run('publish', p.rc2, ref, 'status')).toEqual({ status: 'PUBLISHED' });
    // Published: the community sees it, an outsider still does not.
    expect(await readMeeting(app, joint.id, p.owners[1]!, 'status')).toEqual({ status: 'PUBLISHED' });
    expect(await readMeeting(app, joint.id, p.outsider, 'status')).toBeNull();
  });
});

describe('check-in (签到)', () => {
  it('self, by a teller, by proxy; twice is a no-op; a taken seat is CONFLICT; off the roll is FORBIDDEN; adjournment marks the rest ABSENT', async () => {
    setHour(0);
    const m = await scheduleMeeting(app, k.chair, {
      communityId: k.c.gid,
      kind: 'JOINT',
      title: '签到测试',
      scheduledAt: at(24),
      convenerId: k.c.orgs.rc.gid,
      participantIds: [k.c.orgs.pm.gid],
      inviteeIds: [k.owners[0]!.gid, k.owners[1]!.gid],
    });
    const ref = { meetingId: m.id };
    const SEAT = 'id status checkedInAt user { id } proxyFor { id } organization { id }';
    const seatOf = (x: any, u: TestUser) => x.attendance.find((s: any) => (s.proxyFor ?? s.user).id === u.gid);
    setHour(23.5);
    // Check-in opens before the start.
    const own = await run('checkIn', k.owners[0]!, ref, SEAT);
    expect(own).toEqual({ id: seatOf(m, k.owners[0]!).id, status: 'PRESENT', checkedInAt: at(23.5), user: { id: k.owners[0]!.gid }, proxyFor: null, organization: null });
    setHour(24);
    await run('start', k.chair, ref);
    const byTeller = await run('checkIn', k.chair, { ...ref, userId: k.rc1.gid }, SEAT);
    expect(byTeller).toMatchObject({ status: 'PRESENT', checkedInAt: at(24), user: { id: k.rc1.gid }, proxyFor: null, organization: { id: k.c.orgs.rc.gid } });
    // 委托: owner 3 (not on the roll) holds owner 2's seat.
    const proxy = await run('checkIn', k.chair, { ...ref, userId: k.owners[2]!.gid, proxyForUserId: k.owners[1]!.gid }, SEAT);
    expect(proxy).toEqual({ id: seatOf(m, k.owners[1]!).id, status: 'PROXY', checkedInAt: at(24), user: { id: k.owners[2]!.gid }, proxyFor: { id: k.owners[1]!.gid }, organization: null });
    // The proxy now sits on the roll, so sees the joint meeting.
    expect(await readMeeting(app, m.id, k.owners[2]!, 'id')).toEqual({ id: m.id });
    const events = await meetingEventCount(m.id, 'meeting.checkedIn');
    expect(events).toBe(3);

    // Twice: the same seat, the same time, no new event.
    setHour(24.5);
    expect(await run('checkIn', k.owners[0]!, ref, SEAT)).toEqual(own);
    expect(await run('checkIn', k.chair, { ...ref, userId: k.rc1.gid }, SEAT)).toEqual(byTeller);
    expect(await run('checkIn', k.rc1, ref, SEAT)).toEqual(byTeller);
    expect(await run('checkIn', k.chair, { ...ref, userId: k.owners[2]!.gid, proxyForUserId: k.owners[1]!.gid }, SEAT)).toEqual(proxy);
    expect(await meetingEventCount(m.id, 'meeting.checkedIn')).toBe(events);

    // A taken seat.
    expect(await code('checkIn', k.owners[1]!, ref)).toBe('CONFLICT');
    expect(await code('checkIn', k.chair, { ...ref, userId: k.pm.gid, proxyForUserId: k.owners[1]!.gid })).toBe('CONFLICT');
    expect(await code('checkIn', k.chair, { ...ref, userId: k.owners[3]!.gid, proxyForUserId: k.owners[0]!.gid })).toBe('CONFLICT');
    // Off the roll.
    expect(await code('checkIn', k.owners[3]!, ref)).toBe('NOT_FOUND'); // a joint meeting: not even seen
    expect((await fail('checkIn', k.chair, { ...ref, userId: k.outsider.gid })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { userId: expect.any(String) } });
    expect((await fail('checkIn', k.chair, { ...ref, userId: k.pm.gid, proxyForUserId: k.outsider.gid })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { proxyForUserId: expect.any(String) } });
    expect((await fail('checkIn', k.chair, { ...ref, userId: k.rc2.gid, proxyForUserId: k.rc2.gid })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { proxyForUserId: expect.any(String) } });
    expect(await meetingEventCount(m.id, 'meeting.checkedIn')).toBe(events);

    const reps = await scheduleMeeting(app, k.chair, { communityId: k.c.gid, kind: 'REPRESENTATIVES', title: '代表会议签到', scheduledAt: at(48), convenerId: k.c.orgs.rc.gid, participantIds: [], inviteeIds: [k.owners[0]!.gid] });
    expect(await readMeeting(app, reps.id, k.owners[3]!, 'id')).toEqual({ id: reps.id });
    const e = await fail('checkIn', k.owners[3]!, { meetingId: reps.id });
    expect(e.extensions?.code).toBe('FORBIDDEN');

    setHour(26);
    await run('adjourn', k.chair, ref);
    const after = await readMeeting(app, m.id, k.chair);
    const statusOf = (u: TestUser) => seatOf(after, u).status;
    expect([k.chair, k.rc1, k.rc2, k.pm, k.owners[0]!, k.owners[1]!].map(statusOf)).toEqual(['ABSENT', 'PRESENT', 'ABSENT', 'ABSENT', 'PRESENT', 'PROXY']);
    expect(after.attendance).toHaveLength(6);
    const adjourned = (await eventsOf(m.id, k.chair)).find((x) => x.type === 'meeting.adjourned')!;
    expect(adjourned.data.absent).toBe(3);
    expect(await code('checkIn', k.rc2, ref)).toBe('INVALID_TRANSITION');
  });

  it('at an owners’ assembly a verified owner takes a seat without an invitation; tenants and unverified owners do not', async () => {
    setHour(0);
    const tenant = await createUser(app, { name: '租户甲' });
    await reside(app, tenant, k.c.id, { kind: ResidencyKind.TENANT, unitId: k.c.units[0]!.id });
    const unverified = await createUser(app, { name: '未认证业主甲' });
    await reside(app, unverified, k.c.id, { unitId: k.c.units[1]!.id, verified: false });
    const m = await scheduleMeeting(app, k.oc, { communityId: k.c.gid, kind: 'OWNERS_ASSEMBLY', title: '业主大会', scheduledAt: at(24), convenerId: k.c.orgs.oc.gid, participantIds: [] });
    expect(m.attendance.map((a: any) => a.user.id)).toEqual([k.oc.gid]);
    const ref = { meetingId: m.id };
    setHour(24);
    await run('start', k.oc, ref);
    const seat3 = await run('checkIn', k.owners[3]!, ref, 'id status user { id } organization { id }');
    expect(seat3).toMatchObject({ status: 'PRESENT', user: { id: k.owners[3]!.gid }, organization: null });
    expect(await run('checkIn', k.owners[3]!, ref, 'id status')).toEqual({ id: seat3.id, status: 'PRESENT' });
    expect(await code('checkIn', tenant, ref)).toBe('FORBIDDEN');
    expect(await code('checkIn', unverified, ref)).toBe('NOT_FOUND'); // an unverified resident does not belong yet: not even seen
    expect(await code('checkIn', k.outsider, ref)).toBe('NOT_FOUND');
    // A teller seats an owner, or their proxy.
    expect(await run('checkIn', k.oc, { ...ref, userId: k.owners[2]!.gid }, 'status user { id }')).toEqual({ status: 'PRESENT', user: { id: k.owners[2]!.gid } });
    expect(await run('checkIn', k.oc, { ...ref, userId: tenant.gid, proxyForUserId: k.owners[1]!.gid }, 'status user { id } proxyFor { id }')).toEqual({ status: 'PROXY', user: { id: tenant.gid }, proxyFor: { id: k.owners[1]!.gid } });
    // An owner tapping twice at once gets one seat, and no error.
    const twice = await Promise.all([0, 1, 2].map(() => gql(app.url, `mutation($input: CheckInAttendeeInput!) { checkInAttendee(input: $input) { id status } }`, { input: ref }, k.owners[0]!.token)));
    expect(twice.map((r) => r.errors ?? null)).toEqual([null, null, null]);
    expect(new Set(twice.map((r) => r.data.checkInAttendee.id)).size).toBe(1);
    const after = await readMeeting(app, m.id, k.oc, 'attendance { status user { id } proxyFor { id } }');
    expect(after.attendance).toHaveLength(5);
    expect(await meetingEventCount(m.id, 'meeting.checkedIn')).toBe(4);
  });
});

describe('live notes (议程记录)', () => {
  let m: any;
  const edit = (by: TestUser, agendaItemId: string, notes: string, expectedVersion: number, amendmentReason?: string) =>
    gql(app.url, `mutation($input: EditAgendaNotesInput!) { editAgendaNotes(input: $input) { id notes notesVersion } }`, { input: { agendaItemId, notes, expectedVersion, amendmentReason } }, by.token);
  const revisions = (itemGid: string) =>
    em(app).execute<{ version: number; notes: string; summary: string; amendment: boolean; author_id: string }[]>(
      `SELECT version, notes, summary, amendment, author_id FROM minutes_revisions WHERE agenda_item_id = ? ORDER BY version`,
      [keyOfGid(itemGid)],
    );

  beforeAll(async () => {
    setHour(0);
    m = await scheduleMeeting(app, k.chair, {
      communityId: k.c.gid,
      kind: 'JOINT',
      title: '记录测试',
      scheduledAt: at(24),
      convenerId: k.c.orgs.rc.gid,
      participantIds: [k.c.orgs.pm.gid, k.c.orgs.oc.gid],
      agenda: [{ title: '电梯' }, { title: '停车' }, { title: '绿化' }, { title: '长文' }],
    });
    setHour(24);
    await run('start', k.chair, { meetingId: m.id });
  });

  it('versions: a fresh edit, a merge of edits of different lines, CONFLICT on the same text, an expectedVersion ahead; one revision per edit, none for a no-op', async () => {
    const item = m.agenda[0].id;
    expect((await edit(k.rc1, item, '一、方案\n二、费用\n三、工期', 0)).data.editAgendaNotes).toMatchObject({ notesVersion: 1 });
    expect((await edit(k.pm, item, '一、方案（物业）\n二、费用\n三、工期', 1)).data.editAgendaNotes).toMatchObject({ notesVersion: 2 });
    // Made on version 1, after the property manager's edit: merged.
    const merged = (await edit(k.oc, item, '一、方案\n二、费用\n三、工期两个月', 1)).data.editAgendaNotes;
    expect(merged).toMatchObject({ notesVersion: 3, notes: '一、方案（物业）\n二、费用\n三、工期两个月' });
    // The same text changed since version 1: CONFLICT with the current text, nothing written.
    const clash = await edit(k.chair, item, '一、方案（居委会）\n二、费用\n三、工期', 1);
    expect(clash.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentNotes: merged.notes, currentVersion: 3 });
    const ahead = await edit(k.chair, item, 'x', 4);
    expect(ahead.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { expectedVersion: expect.any(String) } });
    // The same text again is no edit at all; so is a stale edit that only repeats what is there.
    expect((await edit(k.chair, item, merged.notes, 3)).data.editAgendaNotes).toMatchObject({ notesVersion: 3, notes: merged.notes });
    expect((await edit(k.chair, item, '一、方案（物业）\n二、费用\n三、工期', 2)).data.editAgendaNotes).toMatchObject({ notesVersion: 3, notes: merged.notes });

    const revs = await revisions(item);
    expect(revs.map((r) => [r.version, r.notes, r.author_id])).toEqual([
      [1, '一、方案\n二、费用\n三、工期', k.rc1.id],
      [2, '一、方案（物业）\n二、费用\n三、工期', k.pm.id],
      [3, merged.notes, k.oc.id],
    ]);
    expect(revs.map((r) => r.summary.includes('已与他人修改合并'))).toEqual([false, false, true]);
    expect(await meetingEventCount(m.id, 'meeting.notesEdited')).toBe(3);
    const read = await readMeeting(app, m.id, k.chair, 'minutes { revisions { id summary amendment author { id } } }');
    expect(read.minutes.revisions).toHaveLength(3);
  });

  it('holds the notes to 20,000 characters, also when a merge would pass them', async () => {
    const item = m.agenda[3].id;
    const full = '字'.repeat(20_000);
    expect((await edit(k.rc1, item, full, 0)).data.editAgendaNotes.notesVersion).toBe(1);
    const over = await edit(k.rc1, item, `${full}字`, 1);
    expect(over.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { notes: expect.any(String) } });
    expect((await edit(k.rc1, item, 'a\nb', 1)).data.editAgendaNotes.notesVersion).toBe(2);
    expect((await edit(k.rc1, item, `a${'字'.repeat(10_000)}\nb`, 2)).data.editAgendaNotes.notesVersion).toBe(3);
    // Each edit is under the limit; merged with the one before, they would pass it.
    const merged = await edit(k.pm, item, `a\nb${'字'.repeat(10_000)}`, 2);
    expect(merged.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { notes: expect.any(String) } });
    expect((await revisions(item)).map((r) => r.version)).toEqual([1, 2, 3]);
  });

  it('10 members editing 10 different lines at once from the same version all land', async () => {
    const c = await createMeetingCast(app);
    const members = await seatMany(app, c.c.orgs.pm.id, 9, '物业员工');
    const editors = [c.pm, ...members];
    setHour(0);
    const mm = await scheduleMeeting(app, c.chair, { communityId: c.c.gid, kind: 'JOINT', title: '并发记录', scheduledAt: at(24), convenerId: c.c.orgs.rc.gid, participantIds: [c.c.orgs.pm.gid], agenda: [{ title: '讨论' }] });
    setHour(24);
    await run('start', c.chair, { meetingId: mm.id });
    const item = mm.agenda[0].id;
    const lines = Array.from({ length: 10 }, (_, i) => `${i + 1}. 第${i + 1}点`);
    expect((await edit(c.chair, item, lines.join('\n'), 0)).data.editAgendaNotes.notesVersion).toBe(1);
    const results = await Promise.all(editors.map((u, i) => edit(u, item, lines.map((l, j) => (j === i ? `${l}：${u.name}的意见` : l)).join('\n'), 1)));
    expect(results.map((r) => r.errors ?? null)).toEqual(editors.map(() => null));
    const final = await readMeeting(app, mm.id, c.chair, 'agenda { notes notesVersion }');
    // The base text was version 1; each of the 10 edits is one version more.
    expect(final.agenda[0]).toEqual({ notesVersion: 11, notes: lines.map((l, i) => `${l}：${editors[i]!.name}的意见`).join('\n') });
    const revs = await revisions(item);
    expect(revs.map((r) => r.version)).toEqual(Array.from({ length: 11 }, (_, i) => i + 1));
    expect(revs.slice(1).map((r) => r.author_id).sort()).toEqual(editors.map((u) => u.id).sort());
    expect(revs.filter((r) => r.summary.includes('已与他人修改合并'))).toHaveLength(9);
    expect(revs[10]!.notes).toBe(final.agenda[0].notes);
  });

  it('after publication only the convener amends, with a reason; an amendment is a revision and tells the roll', async () => {
    setHour(0);
    const mm = await scheduleMeeting(app, k.chair, { communityId: k.c.gid, kind: 'JOINT', title: '修正测试', scheduledAt: at(24), convenerId: k.c.orgs.rc.gid, participantIds: [k.c.orgs.pm.gid], agenda: [{ title: '议题' }] });
    const ref = { meetingId: mm.id };
    const item = mm.agenda[0].id;
    setHour(24);
    await run('start', k.chair, ref);
    const e1 = await edit(k.pm, item, '物业：下周施工', 0);
    expect(e1.data.editAgendaNotes.notesVersion).toBe(1);
    expect((await edit(k.pm, item, '物业：下周一施工', 1, '不该有理由')).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { amendmentReason: expect.any(String) } });
    await run('adjourn', k.chair, ref);
    // Until approval the parties still edit.
    expect((await edit(k.pm, item, '物业：下周一施工', 1)).data.editAgendaNotes.notesVersion).toBe(2);
    await run('approve', k.chair, ref);
    expect((await edit(k.pm, item, '物业：下周二施工', 2)).errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
    await run('publish', k.chair, ref);
    expect((await edit(k.pm, item, '物业：下周二施工', 2, '日期有误')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await edit(k.chair, item, '物业：下周二施工', 2)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { amendmentReason: expect.any(String) } });
    expect((await edit(k.chair, item, '物业：下周二施工', 2, '   ')).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { amendmentReason: expect.any(String) } });
    expect((await revisions(item)).length).toBe(2);
    const amended = await edit(k.chair, item, '物业：下周二施工', 2, '施工日期记错');
    expect(amended.data.editAgendaNotes).toMatchObject({ notesVersion: 3, notes: '物业：下周二施工' });
    const revs = await revisions(item);
    expect(revs.map((r) => [r.version, r.amendment, r.summary])).toEqual([
      [1, false, expect.stringContaining('编辑第1项')],
      [2, false, expect.stringContaining('编辑第1项')],
      [3, true, '修正：施工日期记错'],
    ]);
    const read = await readMeeting(app, mm.id, k.owners[0]!, 'status minutes { revisions { summary amendment author { id } } }');
    expect(read.status).toBe('PUBLISHED');
    expect(read.minutes.revisions[0]).toEqual({ summary: '修正：施工日期记错', amendment: true, author: { id: k.chair.gid } });
    const { notifications } = await ok(app.url, `{ notifications(first: 20) { edges { node { title event { type data } } } } }`, {}, k.pm.token);
    const told = notifications.edges.map((e: any) => e.node).find((n: any) => n.event.type === 'meeting.notesEdited' && n.title.includes('修正测试'));
    expect(told.event.data.amendmentReason).toBe('施工日期记错');
  });
});

describe('presence: who is editing an item', () => {
  it('setEditing(true) lists the viewer for 60 s unless renewed; false removes; events on start and stop only', async () => {
    setHour(0);
    const mm = await scheduleMeeting(app, k.chair, { communityId: k.c.gid, kind: 'JOINT', title: '在线编辑', scheduledAt: at(24), convenerId: k.c.orgs.rc.gid, participantIds: [k.c.orgs.pm.gid], agenda: [{ title: '议题' }] });
    const item = mm.agenda[0].id;
    expect(await code('setEditing', k.rc1, { agendaItemId: item, editing: true })).toBe('INVALID_TRANSITION');
    setHour(24);
    await run('start', k.chair, { meetingId: mm.id });
    const editors = async () => (await readMeeting(app, mm.id, k.chair, 'agenda { editors { id } }')).agenda[0].editors.map((u: any) => u.id);
    const editing = async () => (await eventsOf(mm.id, k.chair)).filter((e) => e.type === 'meeting.editing').map((e) => [e.actor?.id, e.data.editing]);
    const set = (u: TestUser, on: boolean) => run('setEditing', u, { agendaItemId: item, editing: on }, 'editors { id }');
    const S = 1000;

    expect(await set(k.rc1, true)).toEqual({ editors: [{ id: k.rc1.gid }] });
    expect(await editing()).toEqual([[k.rc1.gid, true]]);
    clock.advance(30 * S);
    await set(k.rc1, true); // renewal: no event
    expect(await editing()).toEqual([[k.rc1.gid, true]]);
    clock.advance(59 * S);
    expect(await editors()).toEqual([k.rc1.gid]);
    clock.advance(1 * S); // 60 s after the renewal
    expect(await editors()).toEqual([]);
    await set(k.rc1, false); // already gone: no event
    expect(await editing()).toEqual([[k.rc1.gid, true]]);

    await set(k.rc1, true);
    await set(k.pm, true);
    expect((await editors()).sort()).toEqual([k.rc1.gid, k.pm.gid].sort());
    await set(k.rc1, false);
    expect(await editors()).toEqual([k.pm.gid]);
    await set(k.rc1, false);
    expect(await editing()).toEqual([
      [k.rc1.gid, true],
      [k.rc1.gid, true],
      [k.pm.gid, true],
      [k.rc1.gid, false],
    ]);
    // An edit keeps the editor listed.
    clock.advance(50 * S);
    await run('editNotes', k.pm, { agendaItemId: item, notes: '物业在记录', expectedVersion: 0 });
    clock.advance(50 * S);
    expect(await editors()).toEqual([k.pm.gid]);
    clock.advance(10 * S);
    expect(await editors()).toEqual([]);
    expect(await code('setEditing', k.owners[0]!, { agendaItemId: item, editing: true })).toBe('NOT_FOUND');
  });
});

describe('minutes approval and publication (纪要签字、公示)', () => {
  it('the present members of the convener approve, each once; complete when all have; publication only after', async () => {
    setHour(0);
    const mm = await scheduleMeeting(app, k.chair, { communityId: k.c.gid, kind: 'JOINT', title: '纪要签字', scheduledAt: at(24), convenerId: k.c.orgs.rc.gid, participantIds: [k.c.orgs.pm.gid], agenda: [{ title: '议题' }] });
    const ref = { meetingId: mm.id };
    setHour(24);
    await run('start', k.chair, ref);
    for (const u of [k.chair, k.rc1, k.pm]) await run('checkIn', u, ref);
    setHour(26);
    await run('adjourn', k.chair, ref);
    const MIN = 'status version minutes { approvedAt publishedAt approvedBy { id } pendingApprovers { id } }';
    const adjourned = (await readMeeting(app, mm.id, k.chair, MIN)).minutes;
    expect({ ...adjourned, pendingApprovers: ids(adjourned.pendingApprovers) }).toEqual({ approvedAt: null, publishedAt: null, approvedBy: [], pendingApprovers: [k.chair.gid, k.rc1.gid].sort() });
    expect(await code('approve', k.rc2, ref)).toBe('FORBIDDEN'); // of the convener, but absent
    expect(await code('approve', k.pm, ref)).toBe('FORBIDDEN'); // present, not of the convener
    expect(await code('approve', k.outsider, ref)).toBe('NOT_FOUND');
    expect(await code('publish', k.chair, ref)).toBe('INVALID_TRANSITION');

    setHour(27);
    expect(await run('approve', k.chair, ref, MIN)).toEqual({ status: 'ADJOURNED', version: 3, minutes: { approvedAt: null, publishedAt: null, approvedBy: [{ id: k.chair.gid }], pendingApprovers: [{ id: k.rc1.gid }] } });
    // Approving twice changes nothing and records nothing.
    expect(await run('approve', k.chair, ref, MIN)).toMatchObject({ status: 'ADJOURNED', version: 3, minutes: { approvedBy: [{ id: k.chair.gid }] } });
    expect(await meetingEventCount(mm.id, 'minutes.approved')).toBe(1);
    expect(await code('publish', k.chair, ref)).toBe('INVALID_TRANSITION');
    setHour(28);
    expect(await run('approve', k.rc1, ref, MIN)).toEqual({ status: 'MINUTES_APPROVED', version: 4, minutes: { approvedAt: at(28), publishedAt: null, approvedBy: [{ id: k.chair.gid }, { id: k.rc1.gid }], pendingApprovers: [] } });
    expect(await code('approve', k.rc1, ref)).toBe('INVALID_TRANSITION');
    const approvals = (await eventsOf(mm.id, k.chair)).filter((e) => e.type === 'minutes.approved').map((e) => [e.actor?.id, e.data]);
    expect(approvals).toEqual([
      [k.chair.gid, { title: '纪要签字', approvals: 1, required: 2, complete: false }],
      [k.rc1.gid, { title: '纪要签字', approvals: 2, required: 2, complete: true }],
    ]);
    // Before publication the community does not see a joint meeting; after, it does.
    expect(await readMeeting(app, mm.id, k.owners[0]!, 'id')).toBeNull();
    setHour(30);
    expect(await run('publish', k.chair, ref, MIN)).toMatchObject({ status: 'PUBLISHED', version: 5, minutes: { approvedAt: at(28), publishedAt: at(30) } });
    expect(await readMeeting(app, mm.id, k.owners[0]!, 'status')).toEqual({ status: 'PUBLISHED' });
    expect(await code('publish', k.chair, ref)).toBe('INVALID_TRANSITION');
  });

  it('published minutes are public in the community: its verified residents are told, not only the roll (one statement past 50); not the unverified, nor outsiders', async () => {
    const z = await createMeetingCast(app);
    const tenants = await Promise.all(Array.from({ length: 60 }, (_, i) => createUser(app, { name: `租户${i + 1}` })));
    for (const t of tenants) await reside(app, t, z.c.id, { kind: ResidencyKind.TENANT });
    const unverified = await createUser(app, { name: '待核实居民' });
    await reside(app, unverified, z.c.id, { kind: ResidencyKind.TENANT, verified: false });
    const title = '联席会议（公示）';
    setHour(0);
    const mm = await scheduleMeeting(app, z.chair, { communityId: z.c.gid, kind: 'JOINT', title, scheduledAt: at(24), convenerId: z.c.orgs.rc.gid, participantIds: [z.c.orgs.pm.gid] });
    setHour(24);
    for (const s of ['start', 'adjourn', 'approve', 'publish'] as const) await run(s, z.chair, { meetingId: mm.id });
    const [row] = await em(app).execute<{ n: number; users: number }[]>(
      `SELECT count(*)::int AS n, count(DISTINCT n.user_id)::int AS users FROM notifications n JOIN domain_events d ON d.id = n.event_id
        WHERE d.type = 'minutes.published' AND d.community_id = ?`,
      [z.c.id],
    );
    // The roll but the chair who published (rc1, rc2, the property manager), the 4 owners and the 60 tenants.
    expect(row).toEqual({ n: 67, users: 67 });
    const told = async (u: TestUser) =>
      (await ok(app.url, `{ notifications(first: 20) { edges { node { title event { type } } } } }`, {}, u.token)).notifications.edges.filter((e: any) => e.node.event.type === 'minutes.published').map((e: any) => e.node.title);
    for (const u of [z.owners[0]!, tenants[59]!, z.rc1]) expect(await told(u)).toEqual([`会议纪要已公示：${title}`]);
    // Nor the residents of another community.
    for (const u of [unverified, z.outsider, z.chair, k.owners[0]!]) expect(await told(u)).not.toContain(`会议纪要已公示：${title}`);
  });

  it('a proxy held by a member of the convener makes them an approver; when none of the convener was present, its chair approves alone', async () => {
    setHour(0);
    const sched = (title: string) => scheduleMeeting(app, k.chair, { communityId: k.c.gid, kind: 'JOINT', title, scheduledAt: at(24), convenerId: k.c.orgs.rc.gid, participantIds: [k.c.orgs.pm.gid] });
    const a = await sched('委托签字');
    setHour(24);
    await run('start', k.chair, { meetingId: a.id });
    await run('checkIn', k.chair, { meetingId: a.id, userId: k.rc1.gid, proxyForUserId: k.rc2.gid });
    await run('adjourn', k.chair, { meetingId: a.id });
    expect((await readMeeting(app, a.id, k.chair, 'minutes { pendingApprovers { id } }')).minutes.pendingApprovers).toEqual([{ id: k.rc1.gid }]);
    expect(await code('approve', k.chair, { meetingId: a.id })).toBe('FORBIDDEN'); // the chair was absent and others were present
    expect(await run('approve', k.rc1, { meetingId: a.id }, 'status')).toEqual({ status: 'MINUTES_APPROVED' });

    setHour(0);
    const b = await sched('无人签字');
    setHour(24);
    await run('start', k.chair, { meetingId: b.id });
    await run('checkIn', k.pm, { meetingId: b.id });
    await run('adjourn', k.chair, { meetingId: b.id });
    expect(await code('approve', k.rc1, { meetingId: b.id })).toBe('FORBIDDEN');
    expect(await code('approve', k.pm, { meetingId: b.id })).toBe('FORBIDDEN');
    expect(await run('approve', k.chair, { meetingId: b.id }, 'status minutes { approvedBy { id } }')).toEqual({ status: 'MINUTES_APPROVED', minutes: { approvedBy: [{ id: k.chair.gid }] } });
  });

  it('Minutes.markdown: heading, attendance counts and names, each item’s notes, resolutions with outcome, action items, amendments', async () => {
    setHour(0);
    const mm = await scheduleMeeting(app, k.chair, {
      communityId: k.c.gid,
      kind: 'JOINT',
      title: '纪要全文',
      scheduledAt: at(24),
      location: '社区议事厅',
      convenerId: k.c.orgs.rc.gid,
      participantIds: [k.c.orgs.pm.gid],
      inviteeIds: [k.owners[1]!.gid],
      agenda: [{ title: '电梯维修' }, { title: '其他事项' }],
    });
    const ref = { meetingId: mm.id };
    setHour(24);
    await run('start', k.chair, ref);
    await run('checkIn', k.chair, ref);
    setHour(24.1);
    await run('checkIn', k.rc1, ref);
    setHour(24.2);
    await run('checkIn', k.pm, ref);
    await run('checkIn', k.chair, { ...ref, userId: k.owners[0]!.gid, proxyForUserId: k.rc2.gid });
    await run('editNotes', k.rc1, { agendaItemId: mm.agenda[0].id, notes: '一、物业报告电梯故障\n二、决定更换钢丝绳', expectedVersion: 0 });
    const passed = await run('propose', k.chair, { meetingId: mm.id, agendaItemId: mm.agenda[0].id, title: '更换钢丝绳', text: '同意更换1栋电梯钢丝绳。', rule: 'SIMPLE_MAJORITY' });
    const failed = await run('propose', k.chair, { meetingId: mm.id, title: '涨物业费', text: '物业费每平方米上涨0.2元。', rule: 'SIMPLE_MAJORITY' });
    await run('propose', k.chair, { meetingId: mm.id, title: '下次再议', text: '暂不表决。', rule: 'SIMPLE_MAJORITY' });
    for (const r of [passed, failed]) await run('openVoting', k.chair, { resolutionId: r.id });
    for (const u of [k.chair, k.rc1, k.pm]) await run('castBallot', u, { resolutionId: passed.id, choice: 'FOR' });
    for (const u of [k.chair, k.rc1, k.pm]) await run('castBallot', u, { resolutionId: failed.id, choice: 'AGAINST' });
    await run('closeVoting', k.chair, { resolutionId: passed.id });
    const due = at(24 * 10);
    await run('addActionItem', k.chair, { meetingId: mm.id, resolutionId: passed.id, title: '物业更换钢丝绳', assigneeId: k.c.orgs.pm.gid, dueAt: due });
    const done = await run('addActionItem', k.chair, { meetingId: mm.id, title: '居委会张贴通知', assigneeId: k.c.orgs.rc.gid });
    await run('updateActionItem', k.rc1, { actionItemId: done.id, status: 'DONE' });
    setHour(26);
    await run('adjourn', k.chair, ref); // counts the vote still open
    await run('approve', k.chair, ref);
    await run('approve', k.rc1, ref);
    const md: string = (await readMeeting(app, mm.id, k.chair, 'minutes { markdown }')).minutes.markdown;
    expect(md.startsWith('# 纪要全文\n')).toBe(true);
    expect(md).toContain('- 会议类型：联席会议');
    expect(md).toContain('- 时间：2026/09/02 08:00'); // started at 00:00 UTC, Beijing time
    expect(md).toContain('- 地点：社区议事厅');
    expect(md).toContain('- 召集单位：居委会');
    expect(md).toContain('- 参加单位：物业');
    expect(md).toContain('应到 5 人，实到 3 人，委托出席 1 人，缺席 1 人。');
    expect(md).toContain(`- 出席：${k.chair.name}、${k.rc1.name}、${k.pm.name}`);
    expect(md).toContain(`- 委托：${k.owners[0]!.name}（代${k.rc2.name}）`);
    expect(md).toContain(`- 缺席：${k.owners[1]!.name}\n`);
    expect(md).toContain('### 1. 电梯维修\n\n一、物业报告电梯故障\n二、决定更换钢丝绳\n');
    expect(md).toContain('### 2. 其他事项\n\n（无记录）\n');
    expect(md).toMatch(/### 更换钢丝绳\n\n表决规则：简单多数\n\n> 同意更换1栋电梯钢丝绳。\n\n表决结果：[^\n]*\*\*通过\*\*。/);
    expect(md).toMatch(/### 涨物业费\n[\s\S]*?表决结果：[^\n]*\*\*未通过\*\*。/);
    expect(md).toMatch(/### 下次再议\n[\s\S]*?未付表决。/);
    expect(md).toContain(`- [ ] 物业更换钢丝绳 —— 负责：物业，完成时限：2026/09/11 08:00（办理中）`);
    expect(md).toContain(`- [x] 居委会张贴通知 —— 负责：居委会（已办结）`);
    expect(md).not.toContain('## 修正记录');

    setHour(30);
    await run('publish', k.chair, ref);
    setHour(31);
    await run('editNotes', k.chair, { agendaItemId: mm.agenda[0].id, notes: '一、物业报告电梯故障\n二、决定更换钢丝绳和曳引轮', expectedVersion: 1, amendmentReason: '漏记曳引轮' });
    const published: string = (await readMeeting(app, mm.id, k.owners[3]!, 'minutes { markdown }')).minutes.markdown;
    expect(published).toContain('二、决定更换钢丝绳和曳引轮');
    expect(published).toContain(`## 修正记录\n\n- 2026/09/02 15:00 ${k.chair.name} 修正第1项：漏记曳引轮`);
  });
});

describe('action items (待办事项)', () => {
  let coordinator: TestUser;
  let mm: any;
  const AI = 'id title status dueAt overdue assignee { id } issue { id status assignee { id } resolveBy } task { id }';

  beforeAll(async () => {
    coordinator = await createUser(app, { name: '驿站站长' });
    await seat(app, coordinator, k.c.orgs.station.id, MemberRole.COORDINATOR);
    setHour(0);
    mm = await scheduleMeeting(app, k.chair, { communityId: k.c.gid, kind: 'JOINT', title: '待办测试', scheduledAt: at(24), convenerId: k.c.orgs.rc.gid, participantIds: [k.c.orgs.pm.gid] });
  });

  it('only while the meeting sits or is adjourned, to an organization of the community, due in the future', async () => {
    const input = { meetingId: mm.id, title: '清理楼道', assigneeId: k.c.orgs.pm.gid };
    setHour(1);
    expect(await code('addActionItem', k.chair, input)).toBe('INVALID_TRANSITION');
    setHour(24);
    await run('start', k.chair, { meetingId: mm.id });
    const c2 = await createCommunity(app, '隔壁社区');
    expect((await fail('addActionItem', k.chair, { ...input, assigneeId: c2.orgs.pm.gid })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { assigneeId: expect.any(String) } });
    expect((await fail('addActionItem', k.chair, { ...input, assigneeId: k.pm.gid })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { assigneeId: expect.any(String) } });
    expect((await fail('addActionItem', k.chair, { ...input, dueAt: at(23) })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { dueAt: expect.any(String) } });
    expect(await code('addActionItem', k.pm, input)).toBe('FORBIDDEN');
    expect(await count('action_items WHERE meeting_id = ?', [keyOfGid(mm.id)])).toBe(0);
    const a = await run('addActionItem', k.chair, { ...input, dueAt: at(48) }, AI);
    expect(a).toMatchObject({ title: '清理楼道', status: 'OPEN', dueAt: at(48), overdue: false, assignee: { id: k.c.orgs.pm.gid }, issue: null, task: null });
    setHour(49);
    expect((await readMeeting(app, mm.id, k.chair, 'actionItems { id overdue }')).actionItems).toEqual([{ id: a.id, overdue: true }]);
  });

  it('trackAsIssue opens an issue DISPATCHED to the assignee, read by its members; the assignee (not a party) closes the item; DONE is final', async () => {
    setHour(50);
    const a = await run('addActionItem', k.chair, { meetingId: mm.id, title: '驿站组织志愿者清理楼道', assigneeId: k.c.orgs.station.gid, dueAt: at(24 * 7), trackAsIssue: true }, AI);
    expect(a.issue).toMatchObject({ status: 'DISPATCHED', assignee: { id: k.c.orgs.station.gid }, resolveBy: at(24 * 7) });
    const readIssue = async (u: TestUser) => (await ok(app.url, `query($id: ID!) { issue(id: $id) { id status assignee { id } } }`, { id: a.issue.id }, u.token)).issue;
    expect(await readIssue(coordinator)).toEqual({ id: a.issue.id, status: 'DISPATCHED', assignee: { id: k.c.orgs.station.gid } });
    expect(await readIssue(k.owners[0]!)).toBeNull();
    const { notifications } = await ok(app.url, `{ notifications(first: 20) { edges { node { event { type data } } } } }`, {}, coordinator.token);
    expect(notifications.edges.map((e: any) => e.node.event).find((e: any) => e.type === 'actionItem.added')?.data).toMatchObject({ actionItemId: a.id, assigneeName: '红色驿站' });

    // The coordinator was no party of the meeting; now that the station has work from it, its
    // members see the meeting (what they are to do, and why), in the list too; others still do not.
    expect(await readMeeting(app, mm.id, coordinator, 'id')).toEqual({ id: mm.id });
    const node = await ok(app.url, `query($id: ID!) { node(id: $id) { ... on ActionItem { id status meeting { id title } } } }`, { id: a.id }, coordinator.token);
    expect(node.node).toEqual({ id: a.id, status: 'OPEN', meeting: { id: mm.id, title: '待办测试' } });
    const listed = await ok(app.url, `query($c: ID!) { meetings(communityId: $c, first: 100) { totalCount edges { node { id } } } }`, { c: k.c.gid }, coordinator.token);
    expect(listed.meetings.edges.map((e: any) => e.node.id)).toContain(mm.id);
    expect(await readMeeting(app, mm.id, k.owners[0]!, 'id')).toBeNull();
    expect((await ok(app.url, `query($id: ID!) { node(id: $id) { id } }`, { id: a.id }, k.owners[0]!.token)).node).toBeNull();
    expect(await code('updateActionItem', k.pm, { actionItemId: a.id, status: 'DONE' })).toBe('FORBIDDEN');
    expect(await code('updateActionItem', k.owners[0]!, { actionItemId: a.id, status: 'DONE' })).toBe('NOT_FOUND');
    expect(await code('updateActionItem', coordinator, { actionItemId: a.id, status: 'OPEN' })).toBe('INVALID_TRANSITION');
    setHour(51);
    expect(await run('updateActionItem', coordinator, { actionItemId: a.id, status: 'DONE' }, 'id status')).toEqual({ id: a.id, status: 'DONE' });
    for (const to of ['DONE', 'CANCELLED', 'OPEN']) {
      expect({ to, code: await code('updateActionItem', coordinator, { actionItemId: a.id, status: to }) }).toEqual({ to, code: 'INVALID_TRANSITION' });
      expect({ to, code: await code('updateActionItem', k.chair, { actionItemId: a.id, status: to }) }).toEqual({ to, code: 'INVALID_TRANSITION' });
    }
    const dropped = await run('addActionItem', k.chair, { meetingId: mm.id, title: '作废的待办', assigneeId: k.c.orgs.pm.gid });
    expect(await run('updateActionItem', k.chair, { actionItemId: dropped.id, status: 'CANCELLED' }, 'status')).toEqual({ status: 'CANCELLED' });
    expect(await code('updateActionItem', k.pm, { actionItemId: dropped.id, status: 'DONE' })).toBe('INVALID_TRANSITION');
    const updates = (await eventsOf(mm.id, k.chair)).filter((e) => e.type === 'actionItem.updated').map((e) => e.data.status);
    expect(updates).toEqual([
      { before: 'OPEN', after: 'DONE' },
      { before: 'OPEN', after: 'CANCELLED' },
    ]);
  });

  it('a volunteer task made from an action item: ActionItem.task and VolunteerTask.sourceActionItem; not from another community, nor from a closed item', async () => {
    setHour(52);
    const a = await run('addActionItem', k.chair, { meetingId: mm.id, title: '入户走访独居老人', assigneeId: k.c.orgs.station.gid });
    const create = (by: TestUser, sourceActionItemId: string) =>
      gql(
        app.url,
        `mutation($input: CreateVolunteerTaskInput!) { createVolunteerTask(input: $input) { id sourceActionItem { id title } } }`,
        { input: { stationId: k.c.orgs.station.gid, title: '走访独居老人', description: '1栋独居老人', startsAt: at(72), endsAt: at(75), slots: 3, sourceActionItemId, publish: true } },
        by.token,
      );
    const t = await create(coordinator, a.id);
    expect(t.errors).toBeUndefined();
    expect(t.data.createVolunteerTask.sourceActionItem).toEqual({ id: a.id, title: '入户走访独居老人' });
    const read = await readMeeting(app, mm.id, k.chair, 'actionItems { id task { id } }');
    expect(read.actionItems.find((x: any) => x.id === a.id).task).toEqual({ id: t.data.createVolunteerTask.id });

    const other = await createMeetingCast(app);
    setHour(0);
    const om = await scheduleMeeting(app, other.chair, { communityId: other.c.gid, kind: 'JOINT', title: '隔壁会议', scheduledAt: at(60), convenerId: other.c.orgs.rc.gid, participantIds: [] });
    setHour(60);
    await run('start', other.chair, { meetingId: om.id });
    const foreign = await run('addActionItem', other.chair, { meetingId: om.id, title: '隔壁的待办', assigneeId: other.c.orgs.station.gid });
    const bad = await create(coordinator, foreign.id);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { sourceActionItemId: expect.any(String) } });
    await run('updateActionItem', coordinator, { actionItemId: a.id, status: 'DONE' });
    const closed = await create(coordinator, a.id);
    expect(closed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { sourceActionItemId: expect.any(String) } });
    expect(await count('volunteer_tasks WHERE source_action_item_id IN (?, ?)', [keyOfGid(a.id), keyOfGid(foreign.id)])).toBe(1);
  });
});

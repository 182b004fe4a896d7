import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { gql, ok } from '../helpers/graphql.js';
import { createCommunity, createUser, em, reside, seat, MemberRole, type TestCommunity, type TestUser } from '../factories/index.js';
import { appointSeat } from '../factories/legal.js';
import { ManualClock } from '../../server/core/clock.js';

// 法治大讲堂 through the API: scheduled by a community organization's members, registered for by
// verified residents race-free under the capacity (40 at once for 10 seats: exactly 10), cancelled,
// checked in by the organizers in the check-in window, and the attendance in the community's
// figures, exact over a known history.
const MIN = 60_000;
const HOUR = 60 * MIN;
const T0 = new Date('2026-04-01T01:00:00.000Z');
const clock = new ManualClock(T0);
let app: TestApp;
let c: TestCommunity;
const u: Record<'rcMember' | 'partyMember' | 'pmStaff' | 'lawyer' | 'a' | 'b' | 'unverified' | 'outsider', TestUser> = {} as never;

const L = 'id title status capacity registeredCount seatsLeft attendance viewerActions viewerRegistration { id status } registrations { id status attendee { id } viewerActions } organizer { id }';
const call = (name: string, type: string, input: Record<string, unknown>, by: TestUser, select = L) => gql(app.url, `mutation($input: ${type}!) { ${name}(input: $input) { ${select} } }`, { input }, by.token);
const code = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.code as string | undefined;
const from = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.from as string | undefined;
const must = async (name: string, type: string, input: Record<string, unknown>, by: TestUser, select = L) => {
  const r = await call(name, type, input, by, select);
  expect(r.errors, `${name}: ${JSON.stringify(r.errors)}`).toBeUndefined();
  return r.data![name];
};
const lecture = (startsAt: Date, capacity: number, extra: Record<string, unknown> = {}) => ({
  organizerId: c.orgs.rc.gid,
  title: '民法典与百姓生活',
  description: '解读民法典中与居民生活相关的条款。',
  speaker: '王律师',
  location: '社区党群服务中心二楼',
  startsAt: startsAt.toISOString(),
  endsAt: new Date(startsAt.getTime() + 2 * HOUR).toISOString(),
  capacity,
  ...extra,
});
const nodeOf = async (id: string, by: TestUser) => (await ok(app.url, `query($id: ID!) { node(id: $id) { ... on Lecture { ${L} } } }`, { id }, by.token)).node;
const register = (id: string, by: TestUser) => call('registerForLecture', 'LectureRefInput', { lectureId: id }, by);
const figures = async (by: TestUser, args = '') => (await ok(app.url, `query($c: ID!) { legalFigures(communityId: $c${args}) { lecturesHeld lectureAttendance consultationsHeld questionsAnswered } }`, { c: c.gid }, by.token)).legalFigures;

const START = new Date('2026-04-10T06:00:00.000Z');
let main: string;

beforeAll(async () => {
  app = await startTestApp({ clock });
  c = await createCommunity(app);
  for (const k of Object.keys({ rcMember: 1, partyMember: 1, pmStaff: 1, lawyer: 1, a: 1, b: 1, unverified: 1, outsider: 1 }) as (keyof typeof u)[]) u[k] = await createUser(app, { name: k });
  await seat(app, u.rcMember, c.orgs.rc.id, MemberRole.MEMBER);
  await seat(app, u.partyMember, c.orgs.party.id, MemberRole.MEMBER);
  await seat(app, u.pmStaff, c.orgs.pm.id, MemberRole.STAFF);
  await appointSeat(app, c.id, u.lawyer);
  await reside(app, u.a, c.id);
  await reside(app, u.b, c.id);
  await reside(app, u.unverified, c.id, { verified: false });
}, 60_000);
afterAll(() => app?.close());

describe('scheduling', () => {
  it("a member of an organizing organization schedules, for it; others may not; bad input changes nothing", async () => {
    clock.set(T0);
    expect(code(await call('scheduleLecture', 'ScheduleLectureInput', lecture(START, 10, { organizerId: c.orgs.pm.gid }), u.pmStaff))).toBe('FORBIDDEN');
    expect(code(await call('scheduleLecture', 'ScheduleLectureInput', lecture(START, 10), u.partyMember))).toBe('FORBIDDEN');
    for (const by of [u.a, u.lawyer, u.outsider]) expect(code(await call('scheduleLecture', 'ScheduleLectureInput', lecture(START, 10), by))).toBe('FORBIDDEN');
    for (const bad of [{ startsAt: new Date(T0.getTime() - MIN).toISOString() }, { endsAt: START.toISOString() }, { capacity: 0 }, { capacity: 2001 }, { title: ' ' }, { organizerId: c.gid }]) {
      expect(code(await call('scheduleLecture', 'ScheduleLectureInput', lecture(START, 10, bad), u.rcMember)), JSON.stringify(bad)).toBe('BAD_USER_INPUT');
    }
    const { lectures } = await ok(app.url, `query($c: ID!) { lectures(communityId: $c) { totalCount } }`, { c: c.gid }, u.a.token);
    expect(lectures.totalCount).toBe(0);
    const l = await must('scheduleLecture', 'ScheduleLectureInput', lecture(START, 10), u.rcMember);
    main = l.id;
    expect(l).toMatchObject({ status: 'SCHEDULED', capacity: 10, registeredCount: 0, seatsLeft: 10, attendance: 0, viewerActions: ['CANCEL'], registrations: [] });
    const party = await must('scheduleLecture', 'ScheduleLectureInput', lecture(START, 5, { organizerId: c.orgs.party.gid, title: '反诈讲座' }), u.partyMember);
    expect(party.organizer.id).toBe(c.orgs.party.gid);
  });

  it('public to whoever belongs to the community; not to outsiders or unverified residents', async () => {
    expect(await nodeOf(main, u.a)).toMatchObject({ viewerActions: ['REGISTER'], viewerRegistration: null, registrations: [] });
    expect((await nodeOf(main, u.pmStaff)).viewerActions).toEqual([]);
    for (const by of [u.outsider, u.unverified]) {
      expect(await nodeOf(main, by)).toBeNull();
      const { lectures } = await ok(app.url, `query($c: ID!) { lectures(communityId: $c) { totalCount edges { node { id } } } }`, { c: c.gid }, by.token);
      expect(lectures).toEqual({ totalCount: 0, edges: [] });
    }
    const { lectures } = await ok(app.url, `query($c: ID!) { lectures(communityId: $c, upcoming: true) { totalCount } }`, { c: c.gid }, u.a.token);
    expect(lectures.totalCount).toBe(2);
  });
});

describe('registering', () => {
  it('a verified resident registers once (REGISTERED twice is refused); members who are not residents may not', async () => {
    expect(await must('registerForLecture', 'LectureRefInput', { lectureId: main }, u.a)).toMatchObject({ registeredCount: 1, seatsLeft: 9, viewerActions: ['CANCEL_REGISTRATION'], viewerRegistration: { status: 'REGISTERED' } });
    const twice = await register(main, u.a);
    expect([code(twice), from(twice)]).toEqual(['INVALID_TRANSITION', 'REGISTERED']);
    expect(code(await register(main, u.rcMember))).toBe('FORBIDDEN');
    expect(code(await register(main, u.unverified))).toBe('NOT_FOUND');
    expect(code(await register(main, u.outsider))).toBe('NOT_FOUND');
    expect(code(await register(c.gid, u.b))).toBe('BAD_USER_INPUT');
    // Who registered: the organizers see; the resident does not.
    expect((await nodeOf(main, u.rcMember)).registrations.map((r: { attendee: { id: string } }) => r.attendee.id)).toEqual([u.a.gid]);
    expect((await nodeOf(main, u.b)).registrations).toEqual([]);
    expect((await nodeOf(main, u.partyMember)).registrations).toEqual([]);
  });

  it('40 residents at once for the 9 seats left: exactly 9 get one, 31 are FULL; the count never passes the capacity', async () => {
    const many = await Promise.all(Array.from({ length: 40 }, (_, i) => createUser(app, { name: `听众${i}` })));
    for (const x of many) await reside(app, x, c.id);
    const results = await Promise.all(many.map((x) => register(main, x)));
    expect(results.filter((r) => !r.errors)).toHaveLength(9);
    expect(results.filter((r) => r.errors).map(from)).toEqual(Array(31).fill('FULL'));
    const l = await nodeOf(main, u.rcMember);
    expect(l).toMatchObject({ registeredCount: 10, seatsLeft: 0 });
    expect(l.registrations).toHaveLength(10);
    const [row] = await em(app).execute<{ n: number }[]>(`SELECT count(*)::int AS n FROM lecture_registrations r JOIN lectures l ON l.id = r.lecture_id WHERE l.community_id = ? AND r.status <> 'CANCELLED' AND l.capacity = 10`, [c.id]);
    expect(row!.n).toBe(10);
    expect((await nodeOf(main, u.b)).viewerActions).toEqual([]);
  });

  it('cancelling frees the seat for the next; after the start it is STARTED', async () => {
    expect(await must('cancelLectureRegistration', 'LectureRefInput', { lectureId: main }, u.a)).toMatchObject({ registeredCount: 9, viewerRegistration: null, viewerActions: ['REGISTER'] });
    const again = await call('cancelLectureRegistration', 'LectureRefInput', { lectureId: main }, u.a);
    expect([code(again), from(again)]).toEqual(['INVALID_TRANSITION', 'NOT_REGISTERED']);
    expect(await must('registerForLecture', 'LectureRefInput', { lectureId: main }, u.b)).toMatchObject({ registeredCount: 10 });
    clock.set(START);
    const late = await call('cancelLectureRegistration', 'LectureRefInput', { lectureId: main }, u.b);
    expect([code(late), from(late)]).toEqual(['INVALID_TRANSITION', 'STARTED']);
    clock.set(T0);
  });
});

describe('check-in and attendance', () => {
  it('the organizers check people in from 30 minutes before the start until the end; exactly those count', async () => {
    const regs = (await nodeOf(main, u.rcMember)).registrations as { id: string; attendee: { id: string } }[];
    const target = regs[0]!.id;
    const checkIn = (id: string, by: TestUser) => call('checkInLectureAttendee', 'CheckInLectureAttendeeInput', { registrationId: id }, by, 'id status checkedInAt viewerActions');
    clock.set(new Date(START.getTime() - 30 * MIN - 1));
    const early = await checkIn(target, u.rcMember);
    expect(early.errors?.[0]?.extensions, JSON.stringify(early)).toMatchObject({ code: 'INVALID_TRANSITION', from: 'NOT_OPEN' });
    expect((await nodeOf(main, u.rcMember)).registrations[0].viewerActions).toEqual([]);
    clock.set(new Date(START.getTime() - 30 * MIN));
    expect((await nodeOf(main, u.rcMember)).registrations[0].viewerActions).toEqual(['CHECK_IN']);
    // Not the organizers: another organization's member (NOT_FOUND), the person themself (FORBIDDEN).
    expect(code(await checkIn(target, u.partyMember))).toBe('NOT_FOUND');
    const bRegistration = regs.find((r) => r.attendee.id === u.b.gid)!.id;
    expect(code(await checkIn(bRegistration, u.b))).toBe('FORBIDDEN');
    expect(await must('checkInLectureAttendee', 'CheckInLectureAttendeeInput', { registrationId: target }, u.rcMember, 'status')).toEqual({ status: 'ATTENDED' });
    expect(from(await checkIn(target, u.rcMember))).toBe('ATTENDED');
    clock.set(new Date(START.getTime() + HOUR));
    for (const r of regs.slice(1, 6)) await must('checkInLectureAttendee', 'CheckInLectureAttendeeInput', { registrationId: r.id }, u.rcMember, 'status');
    clock.set(new Date(START.getTime() + 2 * HOUR + 1));
    expect(from(await checkIn(regs[7]!.id, u.rcMember))).toBe('ENDED');
    expect((await nodeOf(main, u.a)).attendance).toBe(6);
  });

  it('a cancelled lecture tells the registered, takes no more registrations and counts for nothing', async () => {
    clock.set(T0);
    const small = await must('scheduleLecture', 'ScheduleLectureInput', lecture(new Date(START.getTime() + 24 * HOUR), 3, { title: '防范养老诈骗' }), u.rcMember);
    await must('registerForLecture', 'LectureRefInput', { lectureId: small.id }, u.a);
    expect(code(await call('cancelLecture', 'CancelLectureInput', { lectureId: small.id, reason: '讲师临时有事' }, u.partyMember))).toBe('FORBIDDEN');
    expect(code(await call('cancelLecture', 'CancelLectureInput', { lectureId: small.id, reason: ' ' }, u.rcMember))).toBe('BAD_USER_INPUT');
    expect(await must('cancelLecture', 'CancelLectureInput', { lectureId: small.id, reason: '讲师临时有事' }, u.rcMember)).toMatchObject({ status: 'CANCELLED', viewerActions: [] });
    const { notifications } = await ok(app.url, `{ notifications(first: 20) { edges { node { title } } } }`, {}, u.a.token);
    expect(notifications.edges.map((e: { node: { title: string } }) => e.node.title)).toContain('法治大讲堂已取消：防范养老诈骗（讲师临时有事）');
    const r = await register(small.id, u.b);
    expect([code(r), from(r)]).toEqual(['INVALID_TRANSITION', 'CANCELLED']);
  });

  it('the figures, exact over a known history', async () => {
    // A consultation held and a question answered, to count beside the lectures.
    clock.set(T0);
    const slots = (await must('publishOfficeHours', 'PublishOfficeHoursInput', { communityId: c.gid, weekday: 4, startTime: '14:00', endTime: '15:00', slotMinutes: 30, weeks: 1 }, u.lawyer, 'id startsAt')) as { id: string; startsAt: string }[];
    const booked = await must('bookOfficeHourSlot', 'BookOfficeHourSlotInput', { slotId: slots[0]!.id }, u.a, 'id');
    await must('bookOfficeHourSlot', 'BookOfficeHourSlotInput', { slotId: slots[1]!.id }, u.b, 'id');
    clock.set(new Date(slots[0]!.startsAt));
    await must('recordConsultationNote', 'RecordConsultationNoteInput', { consultationId: booked.id, note: '已解答。' }, u.lawyer, 'status');
    const q = await must('askLegalQuestion', 'AskLegalQuestionInput', { communityId: c.gid, category: 'OTHER', visibility: 'PRIVATE', title: '问题', body: '内容' }, u.a, 'id');
    await must('answerLegalQuestion', 'AnswerLegalQuestionInput', { questionId: q.id, answer: '答复' }, u.lawyer, 'status');
    await must('askLegalQuestion', 'AskLegalQuestionInput', { communityId: c.gid, category: 'OTHER', visibility: 'PUBLIC', title: '未答', body: '内容' }, u.b, 'id');
    clock.set(new Date(new Date(slots[0]!.startsAt).getTime() + 30 * MIN));
    // Now (04-02 14:30 Shanghai): the lectures of 04-10 lie after the period (up to now), so neither they nor their check-ins count.
    expect(await figures(u.a)).toEqual({ lecturesHeld: 0, lectureAttendance: 0, consultationsHeld: 1, questionsAnswered: 1 });
    clock.set(new Date(START.getTime() + 3 * HOUR));
    // Held: the main lecture and the party committee's (same start); the cancelled one never.
    expect(await figures(u.rcMember)).toEqual({ lecturesHeld: 2, lectureAttendance: 6, consultationsHeld: 1, questionsAnswered: 1 });
    // A period that ends before the lectures: only the consultation and the answer.
    expect(await figures(u.a, `, from: "${T0.toISOString()}", to: "2026-04-05T00:00:00.000Z"`)).toEqual({ lecturesHeld: 0, lectureAttendance: 0, consultationsHeld: 1, questionsAnswered: 1 });
    expect(await figures(u.a, `, from: "2026-04-05T00:00:00.000Z"`)).toEqual({ lecturesHeld: 2, lectureAttendance: 6, consultationsHeld: 0, questionsAnswered: 0 });
    // The community's legal adviser, who need not belong to it, reads them on the desk.
    expect(await figures(u.lawyer)).toEqual({ lecturesHeld: 2, lectureAttendance: 6, consultationsHeld: 1, questionsAnswered: 1 });
    const r = await gql(app.url, `query($c: ID!) { legalFigures(communityId: $c) { lecturesHeld } }`, { c: c.gid }, u.outsider.token);
    expect(code(r)).toBe('FORBIDDEN');
  });
});

describe('the organizations offered to schedule with', () => {
  it('Organization.viewerCan offers SCHEDULE_LECTURE exactly where scheduleLecture succeeds (the form lists those)', async () => {
    // Last, on a clock of its own: its lectures (cancelled at once) come after every period above.
    clock.set(T0);
    const held: string[] = [];
    for (const by of [u.rcMember, u.partyMember, u.pmStaff, u.a, u.lawyer]) {
      const { community } = await ok(app.url, `query($id: ID!) { community(id: $id) { viewerCan organizations { id kind viewerCan } } }`, { id: c.gid }, by.token);
      const orgs = community.organizations as { id: string; kind: string; viewerCan: string[] }[];
      expect(community.viewerCan.includes('SCHEDULE_LECTURE')).toBe(orgs.some((o) => o.viewerCan.includes('SCHEDULE_LECTURE')));
      for (const o of orgs) {
        const r = await call('scheduleLecture', 'ScheduleLectureInput', lecture(new Date(START.getTime() + 30 * 24 * HOUR), 1, { organizerId: o.id, title: '试排' }), by, 'id');
        expect(!r.errors, `${o.kind}`).toBe(o.viewerCan.includes('SCHEDULE_LECTURE'));
        if (!r.errors) held.push(r.data!.scheduleLecture.id as string);
      }
    }
    // The rc member for the residents' committee, the party member for the party committee.
    expect(held).toHaveLength(2);
    for (const id of held) await must('cancelLecture', 'CancelLectureInput', { lectureId: id, reason: '试排' }, id === held[0] ? u.rcMember : u.partyMember, 'id status');
  });
});

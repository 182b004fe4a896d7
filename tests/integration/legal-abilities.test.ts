import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { gql, ok, type GqlResult } from '../helpers/graphql.js';
import { createCommunity, createOrganizationAbove, createUser, reside, seat, MemberRole, OrganizationKind, RegionLevel, TANXI, type TestCommunity, type TestUser } from '../factories/index.js';
import { appointSeat, LegalSeatRole } from '../factories/legal.js';
import { ManualClock } from '../../server/core/clock.js';

// The viewerActions of public legal services (LegalSeat, LegalQuestion, Lecture, LectureRegistration,
// OfficeHourSlot, LegalConsultation) against the API, for a matrix of viewers and of states: every
// step offered succeeds when taken, and every step not offered is refused (FORBIDDEN,
// INVALID_TRANSITION, NOT_FOUND or LIMIT_EXCEEDED). A refused step changes nothing, so the refusals
// are all tried on one fixture per state; each step offered is taken on a fresh one. The server's
// clock is a ManualClock: a consultation's states (a day ahead, inside the cancel cut-off, started)
// are the clock's, set before each.
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// Monday 2026-03-02 09:00 in Shanghai; the lawyer's Thursdays 14:00–17:00 are ahead.
const T0 = new Date('2026-03-02T01:00:00.000Z');
const clock = new ManualClock(T0);
let app: TestApp;
let c: TestCommunity;

const VIEWERS = ['admin', 'township', 'lawyer', 'officer', 'rcMember', 'a', 'b', 'unverified', 'outsider'] as const;
type Viewer = (typeof VIEWERS)[number] | 'holder';
const u = {} as Record<(typeof VIEWERS)[number], TestUser>;
const REFUSED = ['FORBIDDEN', 'INVALID_TRANSITION', 'NOT_FOUND', 'LIMIT_EXCEEDED'];

/** A fixture: the id of what the actions are taken on, and who holds it when that is a person of its own. */
interface Fixture {
  id: string;
  holder?: TestUser;
  /** A registration's lecture (a registration is not a Node: it is read through its lecture). */
  lectureId?: string;
}
interface Kind<A extends string> {
  type: string;
  actions: readonly A[];
  take(action: A, fx: Fixture, by: TestUser): Promise<GqlResult>;
  /** Each state: a fresh fixture, built through the API (and the clock set to the state's time). */
  states: Record<string, () => Promise<Fixture>>;
  /** Viewers this kind is checked for (default: all, and the holder when the fixture has one). */
  viewers?: readonly Viewer[];
  /** What the viewer is offered, when not read through node(id). */
  offered?: (fx: Fixture, by: TestUser) => Promise<string[]>;
}

const call = (mutation: string, type: string, input: Record<string, unknown>, by: TestUser, select = 'id') =>
  gql(app.url, `mutation($input: ${type}!) { ${mutation}(input: $input) { ${select} } }`, { input }, by.token);
const must = async (mutation: string, type: string, input: Record<string, unknown>, by: TestUser, select = 'id'): Promise<string> => {
  const r = await call(mutation, type, input, by, select);
  expect(r.errors, `${mutation}: ${JSON.stringify(r.errors)}`).toBeUndefined();
  return (r.data as Record<string, { id: string }>)[mutation]!.id;
};
const who = (v: Viewer, fx: Fixture): TestUser | undefined => (v === 'holder' ? fx.holder : u[v]);

/** What `viewerActions` offers the viewer on the fixture (none when node(id) does not show it). */
async function offeredOnNode(type: string, fx: Fixture, by: TestUser): Promise<string[]> {
  const { node } = await ok<{ node: { viewerActions: string[] } | null }>(app.url, `query($id: ID!) { node(id: $id) { ... on ${type} { viewerActions } } }`, { id: fx.id }, by.token);
  return node?.viewerActions ?? [];
}

/** The matrix for one state of one kind; returns what each viewer was offered, for the assertions that it is not vacuous. */
async function holds<A extends string>(kind: Kind<A>, state: string): Promise<Partial<Record<Viewer, string[]>>> {
  const build = kind.states[state]!;
  const offered = (type: string, fx: Fixture, by: TestUser) => (kind.offered ? kind.offered(fx, by) : offeredOnNode(type, fx, by));
  const fx = await build();
  const viewers = (kind.viewers ?? [...VIEWERS, 'holder']).filter((v) => who(v, fx));
  const seen: Partial<Record<Viewer, string[]>> = {};
  for (const v of viewers) seen[v] = await offered(kind.type, fx, who(v, fx)!);
  // Refusals first, all on the one fixture: each must leave it as it was.
  for (const v of viewers) {
    for (const a of kind.actions.filter((x) => !seen[v]!.includes(x))) {
      const code = (await kind.take(a, fx, who(v, fx)!)).errors?.[0]?.extensions?.code ?? 'SUCCEEDED';
      expect({ state, viewer: v, action: a, refused: REFUSED.includes(code) }, code).toEqual({ state, viewer: v, action: a, refused: true });
    }
  }
  // Each step offered, on a fresh fixture in the same state.
  for (const v of viewers) {
    for (const a of seen[v]! as A[]) {
      const fresh = await build();
      const by = who(v, fresh)!;
      expect(await offered(kind.type, fresh, by), `${state}: ${v} offered on a fresh one too`).toContain(a);
      const r = await kind.take(a, fresh, by);
      expect({ state, viewer: v, action: a, errors: r.errors }).toEqual({ state, viewer: v, action: a, errors: undefined });
    }
  }
  return seen;
}

beforeAll(async () => {
  app = await startTestApp({ clock });
  c = await createCommunity(app);
  const township = await createOrganizationAbove(app, { kind: OrganizationKind.GOVERNANCE_CENTER, name: '檀溪街道综治中心', level: RegionLevel.TOWNSHIP, ...TANXI });
  for (const k of VIEWERS) u[k] = await createUser(app, { name: k, admin: k === 'admin' });
  await seat(app, u.township, township.id, MemberRole.STAFF);
  await seat(app, u.rcMember, c.orgs.rc.id, MemberRole.MEMBER);
  await appointSeat(app, c.id, u.lawyer);
  await appointSeat(app, c.id, u.officer, LegalSeatRole.POLICE_OFFICER);
  await reside(app, u.a, c.id);
  await reside(app, u.b, c.id);
  await reside(app, u.unverified, c.id, { verified: false });
}, 120_000);
afterAll(() => app?.close());

describe('LegalSeat.viewerActions', () => {
  const ACTIONS = ['UPDATE', 'VACATE', 'PUBLISH_OFFICE_HOURS'] as const;
  /** A seat of a person appointed for the fixture (one person holds a role in a community once). */
  const seatOf = (role: LegalSeatRole) => async (): Promise<Fixture> => {
    const holder = await createUser(app, { name: '持有人' });
    return { id: (await appointSeat(app, c.id, holder, role)).gid, holder };
  };
  const kind: Kind<(typeof ACTIONS)[number]> = {
    type: 'LegalSeat',
    actions: ACTIONS,
    take(action, fx, by) {
      if (action === 'UPDATE') return call('updateLegalSeat', 'UpdateLegalSeatInput', { seatId: fx.id, officeHours: '每周四下午' }, by);
      if (action === 'VACATE') return call('vacateLegalSeat', 'LegalSeatRefInput', { seatId: fx.id }, by);
      // Publishing is the holder's own step in the seat's community: a week of Friday slots.
      return call('publishOfficeHours', 'PublishOfficeHoursInput', { communityId: c.gid, weekday: 5, startTime: '09:00', endTime: '10:00', slotMinutes: 30, weeks: 1 }, by);
    },
    states: { "a legal adviser's": seatOf(LegalSeatRole.LEGAL_ADVISER), "a police officer's": seatOf(LegalSeatRole.POLICE_OFFICER) },
    // publishOfficeHours names no seat: another legal adviser of the community (`lawyer`) may
    // publish their own slots while not offered the step on this seat, so they are left out.
    viewers: ['admin', 'township', 'holder', 'officer', 'rcMember', 'a', 'unverified', 'outsider'],
  };

  it.each(Object.keys(kind.states))('%s seat', async (state) => {
    clock.set(T0);
    const seen = await holds(kind, state);
    // Not vacuous: the community's administrators manage it, the holder updates it, a resident nothing.
    expect(seen.admin).toEqual(expect.arrayContaining(['UPDATE', 'VACATE']));
    expect(seen.township).toEqual(expect.arrayContaining(['UPDATE', 'VACATE']));
    expect(seen.holder).toContain('UPDATE');
    expect(seen.a).toEqual([]);
    expect(seen.holder!.includes('PUBLISH_OFFICE_HOURS')).toBe(state === "a legal adviser's");
  });
});

describe('LegalQuestion.viewerActions', () => {
  const ACTIONS = ['ANSWER', 'WITHDRAW'] as const;
  const ask = (visibility: string) => must('askLegalQuestion', 'AskLegalQuestionInput', { communityId: c.gid, category: 'INHERITANCE', visibility, title: '房产继承', body: '没有遗嘱时房产怎么分？' }, u.a);
  const kind: Kind<(typeof ACTIONS)[number]> = {
    type: 'LegalQuestion',
    actions: ACTIONS,
    take(action, fx, by) {
      if (action === 'ANSWER') return call('answerLegalQuestion', 'AnswerLegalQuestionInput', { questionId: fx.id, answer: '按法定继承处理。' }, by);
      return call('withdrawLegalQuestion', 'LegalQuestionRefInput', { questionId: fx.id }, by);
    },
    states: {
      'open, public': async () => ({ id: await ask('PUBLIC') }),
      'open, private': async () => ({ id: await ask('PRIVATE') }),
      'answered, public': async () => {
        const id = await ask('PUBLIC');
        await must('answerLegalQuestion', 'AnswerLegalQuestionInput', { questionId: id, answer: '按法定继承处理。' }, u.lawyer);
        return { id };
      },
      withdrawn: async () => {
        const id = await ask('PUBLIC');
        await must('withdrawLegalQuestion', 'LegalQuestionRefInput', { questionId: id }, u.a);
        return { id };
      },
    },
  };

  it.each(Object.keys(kind.states))('%s', async (state) => {
    clock.set(T0);
    const seen = await holds(kind, state);
    if (state.startsWith('open')) {
      expect(seen.lawyer).toContain('ANSWER');
      expect(seen.a).toContain('WITHDRAW');
    }
    expect(seen.b).not.toContain('WITHDRAW');
    expect(seen.outsider).toEqual([]);
  });
});

describe('Lecture.viewerActions and LectureRegistration.viewerActions', () => {
  const ACTIONS = ['REGISTER', 'CANCEL_REGISTRATION', 'CANCEL'] as const;
  /** A lecture of the residents' committee starting `ahead` after the clock's now. */
  const schedule = (ahead: number) => {
    const startsAt = new Date(clock.now().getTime() + ahead);
    return must(
      'scheduleLecture',
      'ScheduleLectureInput',
      { organizerId: c.orgs.rc.gid, title: '民法典与百姓生活', description: '解读民法典中与居民生活相关的条款。', speaker: '王律师', location: '社区党群服务中心二楼', startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 2 * HOUR).toISOString(), capacity: 30 },
      u.rcMember,
    );
  };
  const kind: Kind<(typeof ACTIONS)[number]> = {
    type: 'Lecture',
    actions: ACTIONS,
    take(action, fx, by) {
      if (action === 'REGISTER') return call('registerForLecture', 'LectureRefInput', { lectureId: fx.id }, by);
      if (action === 'CANCEL_REGISTRATION') return call('cancelLectureRegistration', 'LectureRefInput', { lectureId: fx.id }, by);
      return call('cancelLecture', 'CancelLectureInput', { lectureId: fx.id, reason: '场地临时有变' }, by);
    },
    states: {
      'two days ahead': async () => ({ id: await schedule(2 * DAY) }),
      'two days ahead, a registered': async () => {
        const id = await schedule(2 * DAY);
        await must('registerForLecture', 'LectureRefInput', { lectureId: id }, u.a);
        return { id };
      },
      cancelled: async () => {
        const id = await schedule(2 * DAY);
        await must('cancelLecture', 'CancelLectureInput', { lectureId: id, reason: '场地临时有变' }, u.rcMember);
        return { id };
      },
    },
  };

  it.each(Object.keys(kind.states))('lecture %s', async (state) => {
    clock.set(T0);
    const seen = await holds(kind, state);
    if (state === 'two days ahead') {
      expect(seen.a).toContain('REGISTER');
      expect(seen.rcMember).toContain('CANCEL');
    }
    if (state === 'two days ahead, a registered') expect(seen.a).toContain('CANCEL_REGISTRATION');
    expect(seen.outsider).toEqual([]);
  });

  const registration = (ahead: number) => async (): Promise<Fixture> => {
    const lectureId = await schedule(ahead);
    await must('registerForLecture', 'LectureRefInput', { lectureId }, u.a);
    const { node } = await ok<{ node: { registrations: { id: string }[] } }>(app.url, `query($id: ID!) { node(id: $id) { ... on Lecture { registrations { id } } } }`, { id: lectureId }, u.rcMember.token);
    expect(node.registrations).toHaveLength(1);
    return { id: node.registrations[0]!.id, lectureId };
  };
  /** A registration's actions as the viewer sees them: as its attendee, or in the organizers' list (refused to others). */
  const registrationActions = async (fx: Fixture, by: TestUser): Promise<string[]> => {
    type R = { id: string; viewerActions: string[] } | null;
    const own = await gql<{ node: { viewerRegistration: R } | null }>(app.url, `query($id: ID!) { node(id: $id) { ... on Lecture { viewerRegistration { id viewerActions } } } }`, { id: fx.lectureId }, by.token);
    const listed = await gql<{ node: { registrations: R[] } | null }>(app.url, `query($id: ID!) { node(id: $id) { ... on Lecture { registrations { id viewerActions } } } }`, { id: fx.lectureId }, by.token);
    const found = [own.data?.node?.viewerRegistration ?? null, ...(listed.data?.node?.registrations ?? [])].find((r) => r?.id === fx.id);
    return found?.viewerActions ?? [];
  };
  const registrations: Kind<'CHECK_IN'> = {
    type: 'LectureRegistration',
    actions: ['CHECK_IN'],
    take: (_action, fx, by) => call('checkInLectureAttendee', 'CheckInLectureAttendeeInput', { registrationId: fx.id }, by),
    offered: registrationActions,
    // Check-in opens 30 minutes before the start.
    states: { 'a day ahead': registration(DAY), 'starting in 20 minutes': registration(20 * 60_000) },
  };

  it.each(Object.keys(registrations.states))('registration, the lecture %s', async (state) => {
    clock.set(T0);
    const seen = await holds(registrations, state);
    expect(seen.rcMember).toEqual(state === 'a day ahead' ? [] : ['CHECK_IN']);
    expect(seen.a).toEqual([]);
  });
});

describe('OfficeHourSlot.viewerActions and LegalConsultation.viewerActions', () => {
  let slots: { id: string; startsAt: string }[] = [];
  let used = 0;
  beforeAll(async () => {
    clock.set(T0);
    const r = await call('publishOfficeHours', 'PublishOfficeHoursInput', { communityId: c.gid, weekday: 4, startTime: '14:00', endTime: '17:00', slotMinutes: 30, weeks: 12 }, u.lawyer, 'id startsAt');
    expect(r.errors).toBeUndefined();
    slots = (r.data as { publishOfficeHours: { id: string; startsAt: string }[] }).publishOfficeHours;
    expect(slots).toHaveLength(72);
  });
  /** The next slot of week `week` (0: Thursday 2026-03-05) not yet used by a fixture. */
  const nextSlot = (week: number) => {
    const from = new Date(Date.parse('2026-03-05T00:00:00Z') + week * 7 * DAY).getTime();
    const s = slots.find((x, i) => i >= used && Date.parse(x.startsAt) >= from && Date.parse(x.startsAt) < from + DAY);
    expect(s, `a free slot in week ${week}`).toBeDefined();
    used = slots.indexOf(s!) + 1;
    return { id: s!.id, startsAt: new Date(s!.startsAt) };
  };

  const slotKind: Kind<'BOOK'> = {
    type: 'OfficeHourSlot',
    actions: ['BOOK'],
    async take(_action, fx, by) {
      const r = await call('bookOfficeHourSlot', 'BookOfficeHourSlotInput', { slotId: fx.id, topic: '租房合同' }, by);
      // A booking taken is given back at once (the lawyer cancels it): a resident holds at most two.
      const booked = (r.data as { bookOfficeHourSlot: { id: string } } | null)?.bookOfficeHourSlot;
      if (booked) await must('cancelConsultation', 'CancelConsultationInput', { consultationId: booked.id }, u.lawyer);
      return r;
    },
    states: {
      open: () => {
        clock.set(T0);
        return Promise.resolve({ id: nextSlot(0).id });
      },
    },
  };

  it('a slot: verified residents book it', async () => {
    const seen = await holds(slotKind, 'open');
    expect(seen.a).toEqual(['BOOK']);
    expect(seen.lawyer).toEqual([]);
    expect(seen.unverified).toEqual([]);
  });

  const ACTIONS = ['CANCEL', 'RECORD_NOTE', 'PROPOSE_REFERRAL', 'CONSENT_TO_REFERRAL', 'DECLINE_REFERRAL'] as const;
  const proposal = (consultationId: string) => ({ consultationId, to: 'ISSUE', title: '物业乱收费', description: '物业多收公摊电费。', category: 'PROPERTY_SERVICE' });
  /**
   * A consultation of resident a in week `week`: booked the day before its slot, then the clock set
   * to `at(start)`, with `then` taken on it first. Each state has its own week, later than the
   * last, so that what earlier fixtures still hold never counts as a's future booking.
   */
  const consultation =
    (week: number, at: (start: number) => number, then: (id: string) => Promise<unknown> = () => Promise.resolve()) =>
    async (): Promise<Fixture> => {
      const slot = nextSlot(week);
      clock.set(new Date(slot.startsAt.getTime() - 20 * HOUR));
      const id = await must('bookOfficeHourSlot', 'BookOfficeHourSlotInput', { slotId: slot.id, topic: '物业费' }, u.a);
      clock.set(new Date(at(slot.startsAt.getTime())));
      await then(id);
      return { id };
    };
  const note = (id: string) => must('recordConsultationNote', 'RecordConsultationNoteInput', { consultationId: id, note: '已解答物业费问题。' }, u.lawyer);
  const consultationKind: Kind<(typeof ACTIONS)[number]> = {
    type: 'LegalConsultation',
    actions: ACTIONS,
    take(action, fx, by) {
      const consultationId = fx.id;
      if (action === 'CANCEL') return call('cancelConsultation', 'CancelConsultationInput', { consultationId }, by);
      if (action === 'RECORD_NOTE') return call('recordConsultationNote', 'RecordConsultationNoteInput', { consultationId, note: '已解答。' }, by);
      if (action === 'PROPOSE_REFERRAL') return call('proposeReferral', 'ProposeReferralInput', proposal(consultationId), by);
      if (action === 'CONSENT_TO_REFERRAL') return call('consentToReferral', 'ConsultationRefInput', { consultationId }, by);
      return call('declineReferral', 'ConsultationRefInput', { consultationId }, by);
    },
    // Slots start on the hour or the half hour; the state's time is taken from the fixture's slot.
    states: {
      'booked, a day ahead': consultation(1, (start) => start - 19 * HOUR),
      'booked, inside the cut-off': consultation(2, (start) => start - HOUR),
      'booked, started': consultation(3, (start) => start + 5 * 60_000),
      completed: consultation(4, (start) => start + 5 * 60_000, note),
      'referral proposed': consultation(5, (start) => start + 5 * 60_000, async (id) => {
        await note(id);
        await must('proposeReferral', 'ProposeReferralInput', proposal(id), u.lawyer);
      }),
    },
  };

  it.each(Object.keys(consultationKind.states))('a consultation %s', async (state) => {
    const seen = await holds(consultationKind, state);
    // Not vacuous: only its two people are ever offered a step.
    for (const v of ['admin', 'township', 'officer', 'rcMember', 'b', 'outsider'] as const) expect(seen[v], v).toEqual([]);
    const expected: Record<string, { a: string[]; lawyer: string[] }> = {
      'booked, a day ahead': { a: ['CANCEL'], lawyer: ['CANCEL'] },
      'booked, inside the cut-off': { a: [], lawyer: ['CANCEL'] },
      'booked, started': { a: [], lawyer: ['RECORD_NOTE'] },
      completed: { a: [], lawyer: ['RECORD_NOTE', 'PROPOSE_REFERRAL'] },
      'referral proposed': { a: ['CONSENT_TO_REFERRAL', 'DECLINE_REFERRAL'], lawyer: [] },
    };
    expect({ a: seen.a, lawyer: seen.lawyer }).toEqual(expected[state]);
  });
});

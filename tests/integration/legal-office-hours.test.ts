import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { collect, gql, ok, streamCursor, wsClient } from '../helpers/graphql.js';
import { createCommunity, createOrganizationAbove, createUser, em, reside, seat, MemberRole, OrganizationKind, RegionLevel, TANXI, type TestCommunity, type TestUser } from '../factories/index.js';
import { createMediationCommittee } from '../factories/disputes.js';
import { appointSeat } from '../factories/legal.js';
import { ManualClock } from '../../server/core/clock.js';
import { sendConsultationReminders } from '../../server/legal/legal.service.js';

// 周四有约 through the API on the real database: publishing recurring slots (Asia/Shanghai), booking
// race-free (50 residents at one slot: exactly one; a resident's third future booking refused even
// when booked at once), the cancel cut-off, the note seen only by its two people, referral to a
// dispute or an issue only with the resident's consent, the day-before reminder.
const HOUR = 3_600_000;
// Monday 2026-03-02 09:00 in Shanghai. The Thursdays ahead: 03-05, 03-12, 03-19, 03-26.
const T0 = new Date('2026-03-02T01:00:00.000Z');
/** 2026-03-05 14:00 Shanghai: the first slot. */
const FIRST = new Date('2026-03-05T06:00:00.000Z');
const clock = new ManualClock(T0);
let app: TestApp;
let c: TestCommunity;
const u: Record<'lawyer' | 'lawyer2' | 'officer' | 'township' | 'mediator' | 'a' | 'b' | 'bystander' | 'unverified' | 'rcMember' | 'outsider', TestUser> = {} as never;

const SLOT = 'id startsAt endsAt place status viewerActions lawyer { id } consultation { id }';
const CONSULTATION = 'id status startsAt topic note cancelReason consentedAt referral { to title category respondentNames } viewerActions resident { id } lawyer { id } dispute { id status source } issue { id visibility }';
const call = (name: string, type: string, input: Record<string, unknown>, by: TestUser, select: string) =>
  gql(app.url, `mutation($input: ${type}!) { ${name}(input: $input) { ${select} } }`, { input }, by.token);
const code = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.code as string | undefined;
const must = async (name: string, type: string, input: Record<string, unknown>, by: TestUser, select = CONSULTATION) => {
  const r = await call(name, type, input, by, select);
  expect(r.errors, `${name}: ${JSON.stringify(r.errors)}`).toBeUndefined();
  return r.data![name];
};
const THURSDAYS = { communityId: '', weekday: 4, startTime: '14:00', endTime: '17:00', slotMinutes: 30, weeks: 4, place: '社区公共法律服务室' };
const publish = (by: TestUser, extra: Record<string, unknown> = {}) => call('publishOfficeHours', 'PublishOfficeHoursInput', { ...THURSDAYS, communityId: c.gid, ...extra }, by, 'id startsAt endsAt status');
const slots = async (by: TestUser, extra = '') =>
  (await ok(app.url, `query($c: ID!) { officeHourSlots(communityId: $c, first: 100${extra}) { edges { node { ${SLOT} } } } }`, { c: c.gid }, by.token)).officeHourSlots.edges.map(
    (e: { node: Record<string, unknown> }) => e.node,
  );
const book = (slotId: string, by: TestUser, topic?: string) => call('bookOfficeHourSlot', 'BookOfficeHourSlotInput', { slotId, ...(topic ? { topic } : {}) }, by, CONSULTATION);
const nodeOf = async (id: string, by: TestUser) => (await ok(app.url, `query($id: ID!) { node(id: $id) { ... on LegalConsultation { ${CONSULTATION} } } }`, { id }, by.token)).node;
const myConsultations = async (by: TestUser) => (await ok(app.url, `{ legalConsultations(first: 100) { edges { node { id } } } }`, {}, by.token)).legalConsultations.edges.map((e: { node: { id: string } }) => e.node.id);
const titles = async (by: TestUser) => (await ok(app.url, `{ notifications(first: 50) { edges { node { title } } } }`, {}, by.token)).notifications.edges.map((e: { node: { title: string } }) => e.node.title);
let all: { id: string; startsAt: string }[];

beforeAll(async () => {
  app = await startTestApp({ clock });
  c = await createCommunity(app);
  const township = await createOrganizationAbove(app, { kind: OrganizationKind.GOVERNANCE_CENTER, name: '檀溪街道综治中心', level: RegionLevel.TOWNSHIP, ...TANXI });
  const mediation = await createMediationCommittee(app, c);
  for (const k of Object.keys({ lawyer: 1, lawyer2: 1, officer: 1, township: 1, mediator: 1, a: 1, b: 1, bystander: 1, unverified: 1, rcMember: 1, outsider: 1 }) as (keyof typeof u)[]) {
    u[k] = await createUser(app, { name: k });
  }
  await appointSeat(app, c.id, u.lawyer);
  await appointSeat(app, c.id, u.lawyer2);
  await appointSeat(app, c.id, u.officer, 'POLICE_OFFICER' as never);
  await seat(app, u.township, township.id, MemberRole.STAFF);
  await seat(app, u.mediator, mediation.id, MemberRole.MEMBER);
  await seat(app, u.rcMember, c.orgs.rc.id, MemberRole.MEMBER);
  for (const k of ['a', 'b', 'bystander'] as const) await reside(app, u[k], c.id);
  await reside(app, u.unverified, c.id, { verified: false });
}, 60_000);
afterAll(() => app?.close());

describe('publishing office hours', () => {
  it('only a legal adviser of the community publishes; bad input changes nothing', async () => {
    clock.set(T0);
    for (const by of [u.officer, u.township, u.rcMember, u.a, u.outsider]) expect(code(await publish(by)), 'publish').toBe('FORBIDDEN');
    for (const bad of [{ endTime: '14:20' }, { endTime: '13:00' }, { weekday: 8 }, { startTime: '25:00' }, { weeks: 13 }, { slotMinutes: 5 }, { place: ' ' }]) {
      expect(code(await publish(u.lawyer, bad)), JSON.stringify(bad)).toBe('BAD_USER_INPUT');
    }
    expect(await slots(u.a)).toEqual([]);
  });

  it('every Thursday 14:00–17:00 in 30-minute slots for 4 weeks: 24 slots in Shanghai time; published again, none more', async () => {
    const r = await publish(u.lawyer);
    expect(r.errors).toBeUndefined();
    const made = r.data!.publishOfficeHours as { startsAt: string; endsAt: string; status: string }[];
    expect(made).toHaveLength(24);
    expect(made[0]).toMatchObject({ startsAt: FIRST.toISOString(), endsAt: '2026-03-05T06:30:00.000Z', status: 'OPEN' });
    expect(made[5]!.startsAt).toBe('2026-03-05T08:30:00.000Z');
    expect(made[6]!.startsAt).toBe('2026-03-12T06:00:00.000Z');
    expect(made.at(-1)!.startsAt).toBe('2026-03-26T08:30:00.000Z');
    expect((await publish(u.lawyer)).data!.publishOfficeHours).toEqual([]);
    // On a Thursday at 15:10 Shanghai, the slots of that afternoon that have started are left out.
    clock.set(new Date('2026-03-05T07:10:00.000Z'));
    const late = (await publish(u.lawyer2, { weeks: 1 })).data!.publishOfficeHours as { startsAt: string }[];
    expect(late.map((s) => s.startsAt)).toEqual(['2026-03-05T07:30:00.000Z', '2026-03-05T08:00:00.000Z', '2026-03-05T08:30:00.000Z']);
    clock.set(T0);
  });

  it('residents and members see the slots; outsiders and unverified residents see none; a new list is public', async () => {
    const seen = await slots(u.a);
    expect(seen).toHaveLength(27);
    // The first lawyer's 24, by start: index = week × 6 + slot (0: 03-05 14:00 … 6: 03-12 14:00 … 18: 03-26 14:00).
    all = seen.filter((s: { lawyer: { id: string } }) => s.lawyer.id === u.lawyer.gid);
    expect(all).toHaveLength(24);
    expect(all[0]).toMatchObject({ status: 'OPEN', viewerActions: ['BOOK'], consultation: null, place: '社区公共法律服务室' });
    expect((await slots(u.rcMember)).length).toBe(27);
    expect((await slots(u.rcMember))[0].viewerActions).toEqual([]);
    for (const by of [u.outsider, u.unverified]) expect(await slots(by)).toEqual([]);
    const { events } = await ok(app.url, `query($c: ID!) { events(communityId: $c, first: 20) { edges { node { type } } } }`, { c: c.gid }, u.bystander.token);
    expect(events.edges.map((e: { node: { type: string } }) => e.node.type)).toContain('officeHours.published');
  });
});

describe('booking', () => {
  it('a verified resident books; the lawyer is told; the slot is BOOKED for others and theirs to the two of them', async () => {
    clock.set(T0);
    const r = await book(all[0]!.id, u.a, '房屋租赁合同纠纷');
    expect(r.errors).toBeUndefined();
    const mine = r.data!.bookOfficeHourSlot;
    expect(mine).toMatchObject({ status: 'BOOKED', topic: '房屋租赁合同纠纷', resident: { id: u.a.gid }, lawyer: { id: u.lawyer.gid }, viewerActions: ['CANCEL'] });
    expect(await titles(u.lawyer)).toContain('周四有约新预约：3月5日 14:00 a');
    const seenByOther = (await slots(u.b))[0];
    expect(seenByOther).toMatchObject({ status: 'BOOKED', viewerActions: [], consultation: null });
    expect((await slots(u.a))[0].consultation).toEqual({ id: mine.id });
    expect((await slots(u.lawyer))[0].consultation).toEqual({ id: mine.id });
  });

  it('refused: a taken slot (INVALID_TRANSITION), the lawyer themself, an unverified resident, an outsider, a bad id', async () => {
    expect(code(await book(all[0]!.id, u.b))).toBe('INVALID_TRANSITION');
    expect(code(await book(all[1]!.id, u.lawyer))).toBe('FORBIDDEN');
    expect(code(await book(all[1]!.id, u.rcMember))).toBe('FORBIDDEN');
    expect(code(await book(all[1]!.id, u.unverified))).toBe('NOT_FOUND');
    expect(code(await book(all[1]!.id, u.outsider))).toBe('NOT_FOUND');
    expect(code(await book(c.gid, u.b))).toBe('BAD_USER_INPUT');
    expect(code(await book(all[1]!.id, u.b, 'x'.repeat(501)))).toBe('BAD_USER_INPUT');
    expect((await slots(u.b))[1].status).toBe('OPEN');
  });

  it('a slot that has started is PAST and cannot be booked', async () => {
    clock.set(new Date(FIRST.getTime() + 30 * 60_000));
    expect((await slots(u.b, ', from: "2026-03-05T06:00:00.000Z"'))[0]).toMatchObject({ status: 'BOOKED' });
    expect(code(await book(all[1]!.id, u.b))).toBe('INVALID_TRANSITION');
    clock.set(T0);
  });

  it('50 residents booking one slot at once: exactly one holds it', async () => {
    const many = await Promise.all(Array.from({ length: 50 }, (_, i) => createUser(app, { name: `居民${i}` })));
    for (const x of many) await reside(app, x, c.id);
    const target = all[2]!.id;
    const results = await Promise.all(many.map((x) => book(target, x)));
    const won = results.filter((r) => !r.errors);
    expect(won).toHaveLength(1);
    expect(results.filter((r) => r.errors).map(code)).toEqual(Array(49).fill('INVALID_TRANSITION'));
    const [row] = await em(app).execute<{ n: number }[]>(`SELECT count(*)::int AS n FROM legal_consultations c JOIN office_hour_slots s ON s.id = c.slot_id WHERE s.id = (SELECT id FROM office_hour_slots WHERE starts_at = ? AND lawyer_id = ?)`, [
      all[2]!.startsAt,
      u.lawyer.id,
    ]);
    expect(row!.n).toBe(1);
  });

  it('a resident holds at most two future bookings: the third is LIMIT_EXCEEDED, also when all three are booked at once', async () => {
    // a holds one; a second is fine, a third is refused and BOOK is no longer offered.
    expect((await book(all[3]!.id, u.a)).errors).toBeUndefined();
    expect(code(await book(all[4]!.id, u.a))).toBe('LIMIT_EXCEEDED');
    expect((await slots(u.a))[4].viewerActions).toEqual([]);
    const fresh = await createUser(app, { name: '并发居民' });
    await reside(app, fresh, c.id);
    const at = [all[12]!.id, all[13]!.id, all[14]!.id];
    const results = await Promise.all(at.map((id) => book(id, fresh)));
    expect(results.filter((r) => !r.errors)).toHaveLength(2);
    expect(results.filter((r) => r.errors).map(code)).toEqual(['LIMIT_EXCEEDED']);
    expect(await myConsultations(fresh)).toHaveLength(2);
    // A past booking does not count: once the first has started, a may book again.
    clock.set(new Date(FIRST.getTime() + 10 * 60_000));
    expect((await book(all[5]!.id, u.a)).errors).toBeUndefined();
    clock.set(T0);
  });
});

describe('cancelling', () => {
  it('the resident until 2 hours before (exactly then included), not a millisecond after (CUT_OFF); the slot is OPEN again', async () => {
    const slot = all[6]!; // 2026-03-12 14:00
    const start = new Date(slot.startsAt).getTime();
    clock.set(T0);
    const b1 = (await book(slot.id, u.b)).data!.bookOfficeHourSlot;
    clock.set(new Date(start - 2 * HOUR + 1));
    const late = await call('cancelConsultation', 'CancelConsultationInput', { consultationId: b1.id }, u.b, CONSULTATION);
    expect(code(late)).toBe('INVALID_TRANSITION');
    expect(late.errors![0]!.extensions!.from).toBe('CUT_OFF');
    expect((await nodeOf(b1.id, u.b)).viewerActions).toEqual([]);
    clock.set(new Date(start - 2 * HOUR));
    expect((await nodeOf(b1.id, u.b)).viewerActions).toEqual(['CANCEL']);
    expect(await must('cancelConsultation', 'CancelConsultationInput', { consultationId: b1.id }, u.b)).toMatchObject({ status: 'CANCELLED', viewerActions: [] });
    expect(await titles(u.lawyer)).toContain('周四有约预约已被居民取消：3月12日 14:00');
    expect((await slots(u.a, `, from: "${slot.startsAt}"`))[0]).toMatchObject({ status: 'OPEN', viewerActions: ['BOOK'] });
    // Cancelled twice: INVALID_TRANSITION from CANCELLED.
    expect(code(await call('cancelConsultation', 'CancelConsultationInput', { consultationId: b1.id }, u.b, 'id'))).toBe('INVALID_TRANSITION');
  });

  it('the lawyer may cancel after the cut-off, until the start, with a reason the resident is told; not after', async () => {
    const slot = all[7]!; // 2026-03-12 14:30
    const start = new Date(slot.startsAt).getTime();
    clock.set(T0);
    const b2 = (await book(slot.id, u.b)).data!.bookOfficeHourSlot;
    clock.set(new Date(start - HOUR));
    expect((await nodeOf(b2.id, u.lawyer)).viewerActions).toEqual(['CANCEL']);
    expect(await must('cancelConsultation', 'CancelConsultationInput', { consultationId: b2.id, reason: '临时出庭' }, u.lawyer)).toMatchObject({ status: 'CANCELLED', cancelReason: '临时出庭' });
    expect(await titles(u.b)).toContain('律师取消了您的周四有约：3月12日 14:30（临时出庭）');
    clock.set(T0);
    const b3 = (await book(slot.id, u.b)).data!.bookOfficeHourSlot;
    clock.set(new Date(start));
    const r = await call('cancelConsultation', 'CancelConsultationInput', { consultationId: b3.id }, u.lawyer, 'id');
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'INVALID_TRANSITION', from: 'STARTED' });
    clock.set(T0);
  });

  it('nobody else cancels: another resident, the other lawyer, the officials (NOT_FOUND)', async () => {
    const [first] = await myConsultations(u.a);
    for (const by of [u.b, u.lawyer2, u.township, u.rcMember, u.outsider]) {
      expect(code(await call('cancelConsultation', 'CancelConsultationInput', { consultationId: first }, by, 'id'))).toBe('NOT_FOUND');
    }
  });
});

describe('the consultation, its note and its privacy', () => {
  let held: string;
  it('the lawyer records the note once the slot has started (NOT_STARTED before); the resident may not', async () => {
    const slot = all[8]!; // 2026-03-12 15:00
    clock.set(T0);
    held = (await book(slot.id, u.bystander, '继承问题')).data!.bookOfficeHourSlot.id;
    const note = { consultationId: held, note: '遗产分割：建议先协商，保留证据。' };
    const early = await call('recordConsultationNote', 'RecordConsultationNoteInput', note, u.lawyer, 'id');
    expect(early.errors![0]!.extensions).toMatchObject({ code: 'INVALID_TRANSITION', from: 'NOT_STARTED' });
    clock.set(new Date(slot.startsAt));
    expect((await nodeOf(held, u.lawyer)).viewerActions).toEqual(['RECORD_NOTE']);
    expect((await nodeOf(held, u.bystander)).viewerActions).toEqual([]);
    expect(code(await call('recordConsultationNote', 'RecordConsultationNoteInput', note, u.bystander, 'id'))).toBe('FORBIDDEN');
    expect(code(await call('recordConsultationNote', 'RecordConsultationNoteInput', { ...note, note: ' ' }, u.lawyer, 'id'))).toBe('BAD_USER_INPUT');
    const done = await must('recordConsultationNote', 'RecordConsultationNoteInput', note, u.lawyer);
    expect(done).toMatchObject({ status: 'COMPLETED', note: note.note, viewerActions: ['RECORD_NOTE', 'PROPOSE_REFERRAL'] });
    // Rewritten: still COMPLETED.
    expect(await must('recordConsultationNote', 'RecordConsultationNoteInput', { ...note, note: '补充：可申请人民调解。' }, u.lawyer)).toMatchObject({ status: 'COMPLETED', note: '补充：可申请人民调解。' });
    expect(await titles(u.bystander)).toContain('律师已记录您的法律咨询：3月12日 15:00');
  });

  it('only the lawyer and the resident see it: node, lists, the slot, history, the live stream', async () => {
    expect((await nodeOf(held, u.bystander)).note).toBe('补充：可申请人民调解。');
    expect((await nodeOf(held, u.lawyer)).note).toBe('补充：可申请人民调解。');
    const admin = await createUser(app, { name: 'admin', admin: true });
    for (const by of [u.a, u.b, u.lawyer2, u.officer, u.township, u.rcMember, u.outsider, admin]) {
      expect(await nodeOf(held, by), 'node').toBeNull();
      expect(await myConsultations(by)).not.toContain(held);
    }
    expect(await myConsultations(u.bystander)).toEqual([held]);
    expect(await myConsultations(u.lawyer)).toContain(held);
    const slot = (await slots(u.a, `, from: "${all[8]!.startsAt}"`))[0];
    expect(slot.consultation).toBeNull();
    for (const by of [u.a, u.rcMember]) {
      const { events } = await ok(app.url, `query($c: ID!) { events(communityId: $c, first: 100) { edges { node { type data } } } }`, { c: c.gid }, by.token);
      const seen = events.edges.map((e: { node: { type: string } }) => e.node);
      expect(seen.filter((e: { type: string }) => e.type.startsWith('consultation.') && e.type !== 'consultation.booked')).toEqual([]);
      expect(JSON.stringify(seen)).not.toContain('继承');
    }
    // A platform admin's history: the public slot events, no consultation's at all (a private audience).
    const { events: adminEvents } = await ok(app.url, `query($c: ID!) { events(communityId: $c, first: 100) { edges { node { type } } } }`, { c: c.gid }, admin.token);
    const adminTypes = (adminEvents.edges as { node: { type: string } }[]).map((e) => e.node.type);
    expect(adminTypes).toContain('officeHourSlot.booked');
    expect(adminTypes.filter((t) => t.startsWith('consultation.'))).toEqual([]);
    // Live: a bystander watching the community gets the public slot events, never the consultation's.
    const cursor = await streamCursor(app.url, c.gid, u.a.token);
    const watch = (by: TestUser) => collect<{ communityEvents: { type: string } }>(wsClient(app.wsUrl, by.token), `subscription($c: ID!, $after: String) { communityEvents(communityId: $c, after: $after) { type } }`, { c: c.gid, after: cursor });
    const other = watch(u.a);
    const own = watch(u.bystander);
    clock.set(T0);
    const next = (await book(all[9]!.id, u.bystander)).data!.bookOfficeHourSlot.id;
    await must('cancelConsultation', 'CancelConsultationInput', { consultationId: next }, u.bystander);
    expect((await other.next(2)).map((e) => e.communityEvents.type)).toEqual(['officeHourSlot.booked', 'officeHourSlot.released']);
    expect((await own.next(4)).map((e) => e.communityEvents.type)).toEqual(['consultation.booked', 'officeHourSlot.booked', 'consultation.cancelled', 'officeHourSlot.released']);
    other.dispose();
    own.dispose();
  });
});

describe('referral, only with the resident\'s consent', () => {
  it('to a dispute: the lawyer proposes, the resident consents; the dispute is the resident\'s application', async () => {
    const [held] = await myConsultations(u.bystander).then((ids) => ids.slice(-1));
    const proposal = { consultationId: held, to: 'DISPUTE', title: '遗产继承纠纷', description: '兄弟之间遗产分割争议。', category: 'MARRIAGE_FAMILY', respondentNames: ['张某'] };
    for (const bad of [{ category: 'FACILITY' }, { respondentNames: [] }, { title: '' }]) {
      expect(code(await call('proposeReferral', 'ProposeReferralInput', { ...proposal, ...bad }, u.lawyer, 'id')), JSON.stringify(bad)).toBe('BAD_USER_INPUT');
    }
    expect(code(await call('proposeReferral', 'ProposeReferralInput', proposal, u.bystander, 'id'))).toBe('FORBIDDEN');
    // Consent before any proposal: the machine refuses.
    expect(code(await call('consentToReferral', 'ConsultationRefInput', { consultationId: held }, u.bystander, 'id'))).toBe('INVALID_TRANSITION');
    const proposed = await must('proposeReferral', 'ProposeReferralInput', proposal, u.lawyer);
    expect(proposed).toMatchObject({ status: 'REFERRAL_PROPOSED', referral: { to: 'DISPUTE', title: '遗产继承纠纷', category: 'MARRIAGE_FAMILY', respondentNames: ['张某'] }, dispute: null, viewerActions: [] });
    expect((await nodeOf(held, u.bystander)).viewerActions).toEqual(['CONSENT_TO_REFERRAL', 'DECLINE_REFERRAL']);
    expect(await titles(u.bystander)).toContain('律师建议将您的咨询转为人民调解，请确认是否同意');
    // Nobody but the resident consents: not the lawyer.
    expect(code(await call('consentToReferral', 'ConsultationRefInput', { consultationId: held }, u.lawyer, 'id'))).toBe('FORBIDDEN');
    const { disputes: none } = await ok(app.url, `query($c: ID!) { disputes(communityId: $c, first: 10) { totalCount } }`, { c: c.gid }, u.mediator.token);
    expect(none.totalCount).toBe(0);
    const referred = await must('consentToReferral', 'ConsultationRefInput', { consultationId: held }, u.bystander);
    expect(referred).toMatchObject({ status: 'REFERRED', dispute: { status: 'REGISTERED', source: 'VISIT' }, viewerActions: [] });
    expect(referred.consentedAt).toBe(T0.toISOString());
    const { disputes } = await ok(app.url, `query($c: ID!) { disputes(communityId: $c, first: 10) { totalCount edges { node { id title parties { role name } } } } }`, { c: c.gid }, u.mediator.token);
    expect(disputes.totalCount).toBe(1);
    expect(disputes.edges[0].node).toMatchObject({ id: referred.dispute.id, title: '遗产继承纠纷', parties: [{ role: 'APPLICANT', name: 'bystander' }, { role: 'RESPONDENT', name: '张某' }] });
    // The lawyer is no party: the dispute is not theirs to see.
    expect((await nodeOf(held, u.lawyer)).dispute).toBeNull();
    expect(code(await call('consentToReferral', 'ConsultationRefInput', { consultationId: held }, u.bystander, 'id'))).toBe('INVALID_TRANSITION');
  });

  it('to an issue: declined first (nothing opened), then proposed again and consented: an issue for the parties, the resident its reporter', async () => {
    const slot = all[10]!; // 2026-03-12 16:00
    clock.set(T0);
    const id = (await book(slot.id, u.b)).data!.bookOfficeHourSlot.id;
    clock.set(new Date(slot.startsAt));
    await must('recordConsultationNote', 'RecordConsultationNoteInput', { consultationId: id, note: '物业费争议，建议向居委会反映。' }, u.lawyer);
    const proposal = { consultationId: id, to: 'ISSUE', title: '物业乱收费', description: '物业多收公摊电费。', category: 'PROPERTY_SERVICE' };
    expect(code(await call('proposeReferral', 'ProposeReferralInput', { ...proposal, respondentNames: ['物业'] }, u.lawyer, 'id'))).toBe('BAD_USER_INPUT');
    expect(code(await call('proposeReferral', 'ProposeReferralInput', { ...proposal, category: 'NEIGHBOR' }, u.lawyer, 'id'))).toBe('BAD_USER_INPUT');
    await must('proposeReferral', 'ProposeReferralInput', proposal, u.lawyer);
    expect(code(await call('declineReferral', 'ConsultationRefInput', { consultationId: id }, u.lawyer, 'id'))).toBe('FORBIDDEN');
    expect(await must('declineReferral', 'ConsultationRefInput', { consultationId: id }, u.b)).toMatchObject({ status: 'COMPLETED', referral: null, issue: null });
    expect(await titles(u.lawyer)).toContain('居民未同意转办：3月12日 16:00');
    await must('proposeReferral', 'ProposeReferralInput', proposal, u.lawyer);
    const referred = await must('consentToReferral', 'ConsultationRefInput', { consultationId: id }, u.b);
    expect(referred).toMatchObject({ status: 'REFERRED', issue: { visibility: 'PARTIES' } });
    const { node } = await ok(app.url, `query($id: ID!) { node(id: $id) { ... on Issue { title status reporter { id } } } }`, { id: referred.issue.id }, u.b.token);
    expect(node).toMatchObject({ title: '物业乱收费', status: 'SUBMITTED', reporter: { id: u.b.gid } });
    expect(await titles(u.lawyer)).toContain('居民已同意转办：物业乱收费');
    clock.set(T0);
  });
});

describe('the day-before reminder', () => {
  it('goes out once, to the resident and the lawyer, for bookings starting within 24 hours', async () => {
    // On Friday 03-06, Thursday 03-26 14:00 and 14:30 (all[18], all[19]) are booked, the second then cancelled.
    clock.set(new Date('2026-03-06T01:00:00.000Z'));
    const r1 = await book(all[18]!.id, u.a);
    const r2 = await book(all[19]!.id, u.b);
    expect(r1.errors ?? r2.errors).toBeUndefined();
    await must('cancelConsultation', 'CancelConsultationInput', { consultationId: r2.data!.bookOfficeHourSlot.id }, u.b);
    const dayBefore = new Date(new Date(all[18]!.startsAt).getTime() - 24 * HOUR);
    expect(await sendConsultationReminders(app.services, new Date(dayBefore.getTime() - 1))).toBe(0);
    expect(await sendConsultationReminders(app.services, dayBefore)).toBe(1);
    expect(await sendConsultationReminders(app.services, new Date(dayBefore.getTime() + HOUR))).toBe(0);
    expect(await titles(u.a)).toContain('提醒：您预约的周四有约在 3月26日 14:00');
    expect(await titles(u.lawyer)).toContain('提醒：3月26日 14:00 有一位居民预约咨询');
    expect(await titles(u.b)).not.toContain('提醒：您预约的周四有约在 3月26日 14:30');
  });
});

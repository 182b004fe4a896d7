import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { gql, ok } from '../helpers/graphql.js';
import { createCommunity, createUser, em, reside, seat, MemberRole, type TestCommunity, type TestUser } from '../factories/index.js';
import { createMediationCommittee, DISPUTE } from '../factories/disputes.js';
import { ManualClock } from '../../server/core/clock.js';
import { parseGlobalId } from '../../server/core/ids.js';

// 调解会 scheduled ahead (issue 12, part 1): planned (a time and a place, who is asked to come; the
// parties, mediators and invitees told), then recorded once held (its 调解笔录), or called off. A
// psychologist — not only a lawyer — is invited from another organization, by the phone of their
// account, and sees that dispute only. Through the API on the real database, with a manual clock.
const NOW = new Date('2026-03-02T02:00:00.000Z');
const clock = new ManualClock(NOW);
let app: TestApp;
let c: TestCommunity;
const u: Record<'mediator' | 'mediator2' | 'applicant' | 'respondent' | 'bystander' | 'gridWorker' | 'psychologist' | 'lawyer', TestUser> = {} as never;

const SESSION = `id status plannedAt heldAt place record cancelReason viewerActions mediators { id } partiesPresent { id } invitees { role affiliation user { id } } scheduledBy { id } recordedBy { id }`;
const DETAIL = `id status viewerActions parties { id } sessions { ${SESSION} }`;
const mutate = (name: string, type: string, input: Record<string, unknown>, by: TestUser) =>
  gql(app.url, `mutation($input: ${type}!) { ${name}(input: $input) { ${DETAIL} } }`, { input }, by.token);
const must = async (name: string, type: string, input: Record<string, unknown>, by: TestUser) => {
  const r = await mutate(name, type, input, by);
  expect(r.errors, `${name}: ${JSON.stringify(r.errors)}`).toBeUndefined();
  return r.data[name];
};
const code = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.code;
const ext = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions ?? {};
const nodeOf = async (id: string, by: TestUser) => (await ok(app.url, `query($id: ID!) { node(id: $id) { ... on Dispute { ${DETAIL} } } }`, { id }, by.token)).node;
const titles = async (by: TestUser) =>
  (await ok(app.url, `{ notifications(first: 100) { edges { node { title event { type } } } } }`, {}, by.token)).notifications.edges.map((e: { node: { title: string; event: { type: string } } }) => `${e.node.event.type} ${e.node.title}`);
const sessionRows = async () => await em(app).getConnection().execute<unknown[]>(`SELECT status, planned_at, held_at, record FROM mediation_sessions ORDER BY id`);

const later = (ms: number) => new Date(clock.now().getTime() + ms).toISOString();
const HOUR = 3_600_000;

async function accepted(): Promise<{ id: string; partyIds: string[] }> {
  const d = await must('applyForMediation', 'ApplyForMediationInput', { communityId: c.gid, ...DISPUTE, respondents: [{ name: '楼上邻居', phone: u.respondent.phone }] }, u.applicant);
  await must('acceptDispute', 'AcceptDisputeInput', { disputeId: d.id }, u.mediator);
  return { id: d.id, partyIds: d.parties.map((p: { id: string }) => p.id) };
}
async function mediating(): Promise<{ id: string; partyIds: string[] }> {
  const d = await accepted();
  await must('respondToMediation', 'RespondToMediationInput', { disputeId: d.id, consent: true }, u.respondent);
  await must('startMediation', 'DisputeRefInput', { disputeId: d.id }, u.mediator);
  return d;
}
const plan = (d: { id: string; partyIds: string[] }, extra: Record<string, unknown> = {}) => ({
  disputeId: d.id,
  plannedAt: later(48 * HOUR),
  place: '社区人民调解室',
  mediatorIds: [u.mediator.gid, u.mediator2.gid],
  partyIds: d.partyIds,
  invitees: [{ phone: u.psychologist.phone, role: 'PSYCHOLOGIST', affiliation: '襄阳市心理咨询中心' }],
  ...extra,
});
const schedule = (d: { id: string; partyIds: string[] }, by = u.mediator, extra: Record<string, unknown> = {}) => mutate('scheduleMediationSession', 'ScheduleMediationSessionInput', plan(d, extra), by);
const held = (d: { id: string; partyIds: string[] }, sessionId: string | null, extra: Record<string, unknown> = {}) => ({
  disputeId: d.id,
  sessionId,
  heldAt: new Date(clock.now().getTime() - HOUR).toISOString(),
  place: '社区人民调解室',
  mediatorIds: [u.mediator.gid],
  partyIds: d.partyIds,
  invitees: [],
  record: '双方到场，心理咨询师疏导情绪后，双方同意协商赔偿。',
  ...extra,
});

beforeAll(async () => {
  app = await startTestApp({ clock });
  c = await createCommunity(app);
  const committee = await createMediationCommittee(app, c);
  for (const key of Object.keys({ mediator: 0, mediator2: 0, applicant: 0, respondent: 0, bystander: 0, gridWorker: 0, psychologist: 0, lawyer: 0 }) as (keyof typeof u)[]) u[key] = await createUser(app, { name: key });
  await seat(app, u.mediator, committee.id);
  await seat(app, u.mediator2, committee.id);
  await seat(app, u.gridWorker, c.orgs.rc.id, MemberRole.GRID_WORKER);
  for (const x of [u.applicant, u.respondent, u.bystander]) await reside(app, x, c.id);
}, 120_000);
afterAll(() => app?.close());

describe('scheduling a session ahead', () => {
  it('an accepted dispute: the plan is listed as SCHEDULED, and the parties, mediators and the psychologist are told the time and place', async () => {
    const d = await accepted();
    expect((await nodeOf(d.id, u.mediator)).viewerActions).toContain('SCHEDULE_SESSION');
    const r = await schedule(d);
    expect(r.errors).toBeUndefined();
    const [s] = r.data.scheduleMediationSession.sessions;
    expect(s).toMatchObject({
      status: 'SCHEDULED',
      plannedAt: later(48 * HOUR),
      heldAt: null,
      record: null,
      place: '社区人民调解室',
      mediators: [{ id: u.mediator.gid }, { id: u.mediator2.gid }],
      invitees: [{ role: 'PSYCHOLOGIST', affiliation: '襄阳市心理咨询中心', user: { id: u.psychologist.gid } }],
      scheduledBy: { id: u.mediator.gid },
      recordedBy: null,
      // The dispute is not in mediation yet: it may be called off, not recorded.
      viewerActions: ['CANCEL'],
    });
    // 2026-03-04 02:00 UTC is 10:00 in Shanghai.
    const told = '调解会安排：2026-03-04 10:00 社区人民调解室';
    for (const who of [u.applicant, u.respondent, u.mediator2, u.psychologist]) expect((await titles(who)).some((t: string) => t.startsWith(`dispute.sessionScheduled ${told}`)), who.name).toBe(true);
    // Not the one who scheduled it, nobody else.
    for (const who of [u.mediator, u.bystander, u.gridWorker]) expect((await titles(who)).some((t: string) => t.startsWith('dispute.sessionScheduled')), who.name).toBe(false);
  });

  it('the psychologist invited sees that dispute only, acts on nothing, and a bystander nothing', async () => {
    const d = await accepted();
    const other = await accepted();
    await must('scheduleMediationSession', 'ScheduleMediationSessionInput', plan(d), u.mediator);
    const seen = await nodeOf(d.id, u.psychologist);
    expect(seen).toMatchObject({ id: d.id, viewerActions: [] });
    expect(seen.sessions.map((s: { viewerActions: string[] }) => s.viewerActions)).toEqual([[]]);
    expect(await nodeOf(other.id, u.psychologist)).toBeNull();
    expect(await nodeOf(d.id, u.bystander)).toBeNull();
    const list = await ok(app.url, `query($c: ID!) { disputes(communityId: $c, first: 100) { edges { node { id } } } }`, { c: c.gid }, u.psychologist.token);
    expect(list.disputes.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(d.id);
    expect(list.disputes.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(other.id);
    // Acting on it is refused.
    const session = seen.sessions[0].id;
    expect(code(await mutate('cancelMediationSession', 'CancelMediationSessionInput', { sessionId: session, reason: '无' }, u.psychologist))).toBe('FORBIDDEN');
    expect(code(await mutate('cancelMediationSession', 'CancelMediationSessionInput', { sessionId: session, reason: '无' }, u.bystander))).toBe('NOT_FOUND');
  });

  it('refused: a time not ahead, a step from another status, a stranger as mediator, a phone of nobody, a party invited — nothing written', async () => {
    const before = await sessionRows();
    const registered = await must('applyForMediation', 'ApplyForMediationInput', { communityId: c.gid, ...DISPUTE, respondents: [{ name: '乙' }] }, u.applicant);
    const r0 = await schedule({ id: registered.id, partyIds: [] });
    expect([code(r0), ext(r0).from]).toEqual(['INVALID_TRANSITION', 'REGISTERED']);
    const d = await accepted();
    // Exactly now is not ahead.
    expect(ext(await schedule(d, u.mediator, { plannedAt: clock.now().toISOString() }))).toMatchObject({ code: 'BAD_USER_INPUT', fields: { plannedAt: expect.any(String) } });
    expect(ext(await schedule(d, u.mediator, { mediatorIds: [u.bystander.gid] }))).toMatchObject({ code: 'BAD_USER_INPUT', fields: { 'mediatorIds.0': expect.any(String) } });
    expect(ext(await schedule(d, u.mediator, { invitees: [{ phone: '13000000001', role: 'PSYCHOLOGIST', affiliation: '某中心' }] }))).toMatchObject({ code: 'BAD_USER_INPUT', fields: { 'invitees.0.phone': expect.any(String) } });
    expect(ext(await schedule(d, u.mediator, { invitees: [{ phone: u.respondent.phone, role: 'OTHER', affiliation: '某单位' }] }))).toMatchObject({ code: 'BAD_USER_INPUT', fields: { 'invitees.0': expect.any(String) } });
    expect(ext(await schedule(d, u.mediator, { invitees: [{ userId: u.lawyer.gid, phone: u.lawyer.phone, role: 'LAWYER', affiliation: '某所' }] }))).toMatchObject({ code: 'BAD_USER_INPUT', fields: { 'invitees.0': expect.any(String) } });
    // Forbidden roles: a party, a grid worker (who registers but does not mediate); a bystander sees nothing.
    expect(code(await schedule(d, u.applicant))).toBe('FORBIDDEN');
    expect(code(await schedule(d, u.gridWorker))).toBe('NOT_FOUND');
    expect(code(await schedule(d, u.bystander))).toBe('NOT_FOUND');
    expect(await sessionRows()).toEqual(before);
  });
});

describe('recording a scheduled session once held', () => {
  it('SCHEDULED → HELD with its record; the plan\'s invitee stays and a lawyer is added; once HELD it is not recorded again', async () => {
    const d = await mediating();
    const scheduled = await must('scheduleMediationSession', 'ScheduleMediationSessionInput', plan(d), u.mediator);
    const sessionId = scheduled.sessions[0].id;
    const plannedAt = scheduled.sessions[0].plannedAt;
    expect(scheduled.sessions[0].viewerActions).toEqual(['RECORD', 'CANCEL']);
    // Not before it is held.
    const early = await mutate('recordMediationSession', 'RecordMediationSessionInput', held(d, sessionId, { heldAt: later(HOUR) }), u.mediator);
    expect(ext(early)).toMatchObject({ code: 'BAD_USER_INPUT', fields: { heldAt: expect.any(String) } });
    clock.advance(50 * HOUR);
    const r = await must('recordMediationSession', 'RecordMediationSessionInput', held(d, sessionId, { invitees: [{ phone: u.psychologist.phone, role: 'PSYCHOLOGIST', affiliation: '襄阳市心理咨询中心' }, { userId: u.lawyer.gid, role: 'LAWYER', affiliation: '律师事务所' }] }), u.mediator);
    expect(r.sessions).toHaveLength(1);
    expect(r.sessions[0]).toMatchObject({
      id: sessionId,
      status: 'HELD',
      plannedAt,
      record: '双方到场，心理咨询师疏导情绪后，双方同意协商赔偿。',
      mediators: [{ id: u.mediator.gid }],
      recordedBy: { id: u.mediator.gid },
      viewerActions: [],
    });
    expect(r.sessions[0].invitees.map((i: { role: string; user: { id: string } }) => [i.role, i.user.id]).sort()).toEqual([['LAWYER', u.lawyer.gid], ['PSYCHOLOGIST', u.psychologist.gid]].sort());
    expect((await titles(u.lawyer)).some((t: string) => t.startsWith('dispute.sessionRecorded 您受邀参加调解'))).toBe(true);
    const again = await mutate('recordMediationSession', 'RecordMediationSessionInput', held(d, sessionId), u.mediator);
    expect([code(again), ext(again).from]).toEqual(['INVALID_TRANSITION', 'HELD']);
    const cancel = await mutate('cancelMediationSession', 'CancelMediationSessionInput', { sessionId, reason: '改期' }, u.mediator);
    expect([code(cancel), ext(cancel).from]).toEqual(['INVALID_TRANSITION', 'HELD']);
  });

  it('a session scheduled while ACCEPTED is recorded only once mediation started; another dispute\'s session is refused', async () => {
    const d = await accepted();
    const scheduled = await must('scheduleMediationSession', 'ScheduleMediationSessionInput', plan(d, { invitees: [] }), u.mediator);
    const sessionId = scheduled.sessions[0].id;
    clock.advance(49 * HOUR);
    const tooSoon = await mutate('recordMediationSession', 'RecordMediationSessionInput', held(d, sessionId), u.mediator);
    expect([code(tooSoon), ext(tooSoon).from]).toEqual(['INVALID_TRANSITION', 'ACCEPTED']);
    const other = await mediating();
    expect(ext(await mutate('recordMediationSession', 'RecordMediationSessionInput', held(other, sessionId), u.mediator))).toMatchObject({ code: 'BAD_USER_INPUT', fields: { sessionId: expect.any(String) } });
    await must('respondToMediation', 'RespondToMediationInput', { disputeId: d.id, consent: true }, u.respondent);
    await must('startMediation', 'DisputeRefInput', { disputeId: d.id }, u.mediator);
    const r = await must('recordMediationSession', 'RecordMediationSessionInput', held(d, sessionId), u.mediator);
    expect(r.sessions.map((s: { status: string }) => s.status)).toEqual(['HELD']);
  });
});

describe('calling a session off', () => {
  it('SCHEDULED → CANCELLED with its reason; those asked are told; it is not recorded after', async () => {
    const d = await mediating();
    const scheduled = await must('scheduleMediationSession', 'ScheduleMediationSessionInput', plan(d), u.mediator);
    const sessionId = scheduled.sessions[0].id;
    expect(code(await mutate('cancelMediationSession', 'CancelMediationSessionInput', { sessionId, reason: '  ' }, u.mediator))).toBe('BAD_USER_INPUT');
    const r = await must('cancelMediationSession', 'CancelMediationSessionInput', { sessionId, reason: '被申请人出差，改期' }, u.mediator2);
    expect(r.sessions[0]).toMatchObject({ status: 'CANCELLED', cancelReason: '被申请人出差，改期', viewerActions: [] });
    for (const who of [u.applicant, u.mediator, u.psychologist]) expect((await titles(who)).some((t: string) => t.startsWith('dispute.sessionCancelled 调解会取消')), who.name).toBe(true);
    const after = await mutate('recordMediationSession', 'RecordMediationSessionInput', held(d, sessionId), u.mediator);
    expect([code(after), ext(after).from]).toEqual(['INVALID_TRANSITION', 'CANCELLED']);
    // No event carries the reason (what is said about a dispute stays in it).
    const rows = await em(app).getConnection().execute<{ data: unknown }[]>(`SELECT data FROM domain_events WHERE type = 'dispute.sessionCancelled'`);
    expect(JSON.stringify(rows)).not.toContain('出差');
    expect(parseGlobalId(sessionId)?.type).toBe('MediationSession');
  });

  it('a scheduled and a recorded session at once: both, in the order of their time', async () => {
    const d = await mediating();
    await must('scheduleMediationSession', 'ScheduleMediationSessionInput', plan(d, { invitees: [] }), u.mediator);
    const r = await must('recordMediationSession', 'RecordMediationSessionInput', held(d, null), u.mediator);
    expect(r.sessions.map((s: { status: string }) => s.status)).toEqual(['HELD', 'SCHEDULED']);
  });
});

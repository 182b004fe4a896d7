import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { gql, ok } from '../helpers/graphql.js';
import { createCommunity, createUser, em, reside, seat, MemberRole, type TestCommunity, type TestUser } from '../factories/index.js';
import { createMediationCommittee, DISPUTE } from '../factories/disputes.js';
import { ManualClock } from '../../server/core/clock.js';
import { parseGlobalId } from '../../server/core/ids.js';
import { DomainEvent } from '../../server/events/domain-event.entity.js';

// The People's Mediation Law (人民调解法) as the server enforces it, through the API on the real
// database:
//   第17条 mediation only where no party refuses — it starts once every party consented (the
//          applicant of an application by applying; the others in the app, or heard by a mediator);
//   第23条 a party may refuse mediation, or ask for it to end: before it the dispute is DECLINED
//          (never mediated, not in 化解率), during it FAILED (counted as mediation that did not succeed);
//   第15、22条 confidentiality: no event carries what was said (the record), the terms or a party's
//          name, and one invited to a session reads that session's record only;
//   the deadline: 30 days from acceptance, at the exact boundary, in Asia/Shanghai.
// A respondent named with the phone of one of the community's users is that user (they answer for
// themself), and nobody else learns it.
const clock = new ManualClock(new Date('2026-01-10T02:00:00.000Z'));
let app: TestApp;
let c: TestCommunity;
const u: Record<'mediator' | 'applicant' | 'respondent' | 'bystander' | 'lawyer' | 'lawyer2', TestUser> = {} as never;

const DETAIL = `id status declineReason outcomeNote mediationDeadline overdue viewerActions parties { id role isViewer name consent consentAt user { id } }`;
const mutate = (name: string, type: string, input: Record<string, unknown>, by: TestUser) =>
  gql(app.url, `mutation($input: ${type}!) { ${name}(input: $input) { ${DETAIL} } }`, { input }, by.token);
const must = async (name: string, type: string, input: Record<string, unknown>, by: TestUser) => {
  const r = await mutate(name, type, input, by);
  expect(r.errors, `${name}: ${JSON.stringify(r.errors)}`).toBeUndefined();
  return r.data[name];
};
const ext = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions ?? {};
const nodeOf = async (id: string, by: TestUser) => (await ok(app.url, `query($id: ID!) { node(id: $id) { ... on Dispute { ${DETAIL} } } }`, { id }, by.token)).node;
const respond = (id: string, consent: boolean, by: TestUser, reason?: string) => mutate('respondToMediation', 'RespondToMediationInput', { disputeId: id, consent, reason }, by);
const record = (id: string, partyId: string, consent: boolean, by = u.mediator) => mutate('recordPartyResponse', 'RecordPartyResponseInput', { disputeId: id, partyId, consent }, by);

/** 来访: the applicant names the respondent by name and phone, as a resident would. */
const apply = (respondentPhone = u.respondent.phone) =>
  must('applyForMediation', 'ApplyForMediationInput', { communityId: c.gid, ...DISPUTE, respondents: [{ name: '楼上邻居', phone: respondentPhone }] }, u.applicant);

async function mediating(): Promise<string> {
  const d = await apply();
  await must('acceptDispute', 'AcceptDisputeInput', { disputeId: d.id }, u.mediator);
  expect((await respond(d.id, true, u.respondent)).errors).toBeUndefined();
  await must('startMediation', 'DisputeRefInput', { disputeId: d.id }, u.mediator);
  return d.id;
}

beforeAll(async () => {
  app = await startTestApp({ clock });
  c = await createCommunity(app);
  const mediation = await createMediationCommittee(app, c);
  for (const key of Object.keys({ mediator: 0, applicant: 0, respondent: 0, bystander: 0, lawyer: 0, lawyer2: 0 }) as (keyof typeof u)[]) u[key] = await createUser(app, { name: key });
  await seat(app, u.mediator, mediation.id, MemberRole.MEMBER);
  for (const x of [u.applicant, u.respondent, u.bystander]) await reside(app, x, c.id);
}, 120_000);
afterAll(() => app?.close());

describe('a respondent named by phone', () => {
  it("is the community's user with that phone: they see it and answer for themself; the applicant learns nothing", async () => {
    const d = await apply();
    const mediatorView = await nodeOf(d.id, u.mediator);
    expect(mediatorView.parties.map((p: { name: string; user: { id: string } | null }) => [p.name, p.user?.id ?? null])).toEqual([
      ['applicant', u.applicant.gid],
      ['respondent', u.respondent.gid],
    ]);
    const respondentView = await nodeOf(d.id, u.respondent);
    expect(respondentView.parties[1]).toMatchObject({ isViewer: true, consent: 'PENDING' });
    expect(respondentView.viewerActions).toEqual(['CONSENT_TO_MEDIATION', 'REFUSE_MEDIATION']);
    // The applicant sees the other side, not who it turned out to be.
    const applicantView = await nodeOf(d.id, u.applicant);
    expect(applicantView.parties[1]).toMatchObject({ name: null, user: null, isViewer: false });
    expect(await nodeOf(d.id, u.bystander)).toBeNull();
  });

  it('a phone of nobody in the community stays an outsider recorded by name', async () => {
    const d = await apply('13000000000');
    const view = await nodeOf(d.id, u.mediator);
    expect(view.parties[1]).toMatchObject({ name: '楼上邻居', user: null, consent: 'PENDING' });
  });
});

describe('mediation is voluntary (第17、23条)', () => {
  it('starts only once every party consented; each answers once, for themself', async () => {
    clock.set(new Date('2026-01-10T03:00:00.000Z'));
    const d = await apply();
    expect(d.parties.map((p: { consent: string }) => p.consent)).toEqual(['CONSENTED', 'PENDING']);
    expect(d.parties[0].consentAt).toBe('2026-01-10T03:00:00.000Z');
    await must('acceptDispute', 'AcceptDisputeInput', { disputeId: d.id }, u.mediator);
    expect((await nodeOf(d.id, u.mediator)).viewerActions).toEqual(['SCHEDULE_SESSION', 'RECORD_PARTY_RESPONSE']);
    expect(ext(await mutate('startMediation', 'DisputeRefInput', { disputeId: d.id }, u.mediator))).toMatchObject({ code: 'INVALID_TRANSITION', from: 'CONSENT_PENDING' });
    // Nobody answers for another in the app: the mediator records what a party said in person; a
    // party does not record; a bystander does not see it.
    expect(ext(await respond(d.id, true, u.mediator))).toMatchObject({ code: 'FORBIDDEN' });
    expect(ext(await record(d.id, d.parties[1].id, true, u.respondent))).toMatchObject({ code: 'FORBIDDEN' });
    expect(ext(await respond(d.id, true, u.bystander))).toMatchObject({ code: 'NOT_FOUND' });
    expect(ext(await respond(d.id, true, u.applicant))).toMatchObject({ code: 'INVALID_TRANSITION', from: 'CONSENTED' });

    const consented = await must('respondToMediation', 'RespondToMediationInput', { disputeId: d.id, consent: true }, u.respondent);
    expect(consented.parties.map((p: { consent: string }) => p.consent)).toEqual(['CONSENTED', 'CONSENTED']);
    expect(ext(await respond(d.id, true, u.respondent))).toMatchObject({ code: 'INVALID_TRANSITION', from: 'CONSENTED' });
    expect((await nodeOf(d.id, u.mediator)).viewerActions).toEqual(['START_MEDIATION', 'SCHEDULE_SESSION', 'RECORD_PARTY_RESPONSE']);
    expect((await must('startMediation', 'DisputeRefInput', { disputeId: d.id }, u.mediator)).status).toBe('MEDIATING');
    // Consent is asked before mediation, not during it.
    expect(ext(await record(d.id, d.parties[1].id, true))).toMatchObject({ code: 'INVALID_TRANSITION', from: 'MEDIATING' });
  });

  it('the mediator records an outsider’s consent heard in person', async () => {
    const d = await apply('13000000001');
    const r = await must('recordPartyResponse', 'RecordPartyResponseInput', { disputeId: d.id, partyId: d.parties[1].id, consent: true }, u.mediator);
    expect(r.parties[1]).toMatchObject({ consent: 'CONSENTED', name: '楼上邻居' });
  });

  it('a refusal before mediation: DECLINED, with who refused and why; nothing more to do', async () => {
    const d = await apply();
    await must('acceptDispute', 'AcceptDisputeInput', { disputeId: d.id }, u.mediator);
    const refused = await must('respondToMediation', 'RespondToMediationInput', { disputeId: d.id, consent: false, reason: '已委托律师起诉' }, u.respondent);
    expect(refused).toMatchObject({ status: 'DECLINED', declineReason: '被申请人拒绝调解：已委托律师起诉', viewerActions: [] });
    expect(refused.parties[1].consent).toBe('REFUSED');
    expect((await nodeOf(d.id, u.mediator)).viewerActions).toEqual([]);
    expect(ext(await respond(d.id, true, u.respondent))).toMatchObject({ code: 'INVALID_TRANSITION', from: 'DECLINED' });
    // Without a reason, the record says so.
    const e = await apply();
    expect((await must('respondToMediation', 'RespondToMediationInput', { disputeId: e.id, consent: false }, u.applicant)).declineReason).toBe('申请人拒绝调解：未说明理由');
  });

  it('a withdrawal during mediation ends it: FAILED, counted in 化解率 as a mediation that did not succeed', async () => {
    const c2 = await createCommunity(app, '撤回社区');
    const committee = await createMediationCommittee(app, c2);
    const m = await createUser(app, { name: '调解员乙' });
    await seat(app, m, committee.id);
    const [a, b] = [await createUser(app, { name: '甲' }), await createUser(app, { name: '乙' })];
    for (const x of [a, b]) await reside(app, x, c2.id);
    const open = async () => {
      const d = await must('applyForMediation', 'ApplyForMediationInput', { communityId: c2.gid, ...DISPUTE, respondents: [{ name: '乙', phone: b.phone }] }, a);
      await must('acceptDispute', 'AcceptDisputeInput', { disputeId: d.id }, m);
      await must('respondToMediation', 'RespondToMediationInput', { disputeId: d.id, consent: true }, b);
      await must('startMediation', 'DisputeRefInput', { disputeId: d.id }, m);
      return d.id as string;
    };
    const withdrawn = await open();
    const ended = await must('respondToMediation', 'RespondToMediationInput', { disputeId: withdrawn, consent: false, reason: '不想再谈' }, a);
    expect(ended).toMatchObject({ status: 'FAILED', outcomeNote: '申请人要求终止调解：不想再谈' });
    // The other: agreed (both confirm in the app), so 化解率 = 1 ÷ (1 + 1) = 0.5.
    const agreed = await open();
    await must('draftMediationAgreement', 'DraftMediationAgreementInput', { disputeId: agreed, form: 'WRITTEN', terms: '赔偿五百元' }, m);
    const { node } = await ok(app.url, `query($id: ID!) { node(id: $id) { ... on Dispute { agreement { textHash } } } }`, { id: agreed }, m.token);
    for (const x of [a, b]) await must('confirmMediationAgreement', 'ConfirmMediationAgreementInput', { disputeId: agreed, textHash: node.agreement.textHash }, x);
    await must('recordMediationOutcome', 'RecordMediationOutcomeInput', { disputeId: agreed, outcome: 'AGREED', note: '达成协议' }, m);
    const figures = (await ok(app.url, `query($c: ID!, $to: DateTime) { governanceStats(communityId: $c, to: $to) { disputes { registered accepted agreed failed declined resolutionRate } } }`, { c: c2.gid, to: '2027-01-01T00:00:00.000Z' }, m.token)).governanceStats.disputes;
    expect(figures).toEqual({ registered: 2, accepted: 2, agreed: 1, failed: 1, declined: 0, resolutionRate: 0.5 });
  });
});

describe('the 30-day deadline at its exact boundary, in Asia/Shanghai', () => {
  it('accepted at 23:59:59 on 31 January (UTC+8): due 23:59:59 on 2 March; overdue one second later, not at the instant', async () => {
    const c3 = await createCommunity(app, '期限社区');
    const committee = await createMediationCommittee(app, c3);
    const m = await createUser(app, { name: '调解员丙' });
    await seat(app, m, committee.id);
    const a = await createUser(app, { name: '丙' });
    await reside(app, a, c3.id);
    clock.set(new Date('2026-01-31T10:00:00.000Z'));
    const d = await must('applyForMediation', 'ApplyForMediationInput', { communityId: c3.gid, ...DISPUTE, respondents: [{ name: '丁' }] }, a);
    // 2026-01-31 23:59:59 in Shanghai is 15:59:59Z. 30 days on, February having 28 days: 1 Feb is
    // day 1, 28 Feb day 28, 1 March day 29, 2 March day 30 — 2026-03-02 23:59:59 +08:00, 15:59:59Z.
    clock.set(new Date('2026-01-31T15:59:59.000Z'));
    const accepted = await must('acceptDispute', 'AcceptDisputeInput', { disputeId: d.id }, m);
    expect(accepted.mediationDeadline).toBe('2026-03-02T15:59:59.000Z');
    const overdue = async () =>
      (await ok(app.url, `query($c: ID!) { disputes(communityId: $c, overdue: true) { totalCount edges { node { id overdue } } } }`, { c: c3.gid }, m.token)).disputes;
    clock.set(new Date('2026-03-02T15:59:59.000Z'));
    expect((await nodeOf(d.id, m)).overdue).toBe(false);
    expect((await overdue()).totalCount).toBe(0);
    clock.set(new Date('2026-03-02T16:00:00.000Z')); // 2026-03-03 00:00:00 in Shanghai
    expect((await nodeOf(d.id, m)).overdue).toBe(true);
    expect((await overdue()).edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([d.id]);
  });
});

describe('confidentiality (第15、22条)', () => {
  it('no event carries the record, the terms or a name; an invitee reads the record of their own session only', async () => {
    clock.set(new Date('2026-03-10T02:00:00.000Z'));
    const id = await mediating();
    const { node: before } = await ok(app.url, `query($id: ID!) { node(id: $id) { ... on Dispute { parties { id } } } }`, { id }, u.mediator.token);
    const session = (record: string, lawyer: TestUser) =>
      must(
        'recordMediationSession',
        'RecordMediationSessionInput',
        { disputeId: id, heldAt: new Date(clock.now().getTime() - 60_000).toISOString(), place: '调解室', mediatorIds: [u.mediator.gid], partyIds: before.parties.map((p: { id: string }) => p.id), invitees: [{ userId: lawyer.gid, role: 'LAWYER', affiliation: '律师事务所' }], record },
        u.mediator,
      );
    await session('申请人称：家中老人因漏水摔伤，住院花费八千元。', u.lawyer);
    clock.set(new Date('2026-03-11T02:00:00.000Z'));
    await session('被申请人称：其本人正在失业，无力一次赔偿。', u.lawyer2);
    await must('draftMediationAgreement', 'DraftMediationAgreementInput', { disputeId: id, form: 'WRITTEN', terms: '被申请人分三期赔偿八千元。' }, u.mediator);

    const records = (by: TestUser) => ok(app.url, `query($id: ID!) { node(id: $id) { ... on Dispute { sessions { record } } } }`, { id }, by.token).then((r) => r.node?.sessions.map((s: { record: string }) => s.record));
    expect(await records(u.lawyer)).toEqual(['申请人称：家中老人因漏水摔伤，住院花费八千元。']);
    expect(await records(u.lawyer2)).toEqual(['被申请人称：其本人正在失业，无力一次赔偿。']);
    expect(await records(u.respondent)).toHaveLength(2);
    expect(await records(u.mediator)).toHaveLength(2);
    expect(await records(u.bystander)).toBeUndefined();

    const events = await em(app).find(DomainEvent, { subjectId: parseGlobalId(id)!.key });
    expect(events.length).toBeGreaterThan(5);
    const text = JSON.stringify(events.map((e) => e.data));
    for (const secret of ['老人', '失业', '八千元', 'applicant', 'respondent', '楼上邻居', u.respondent.phone]) expect(text, secret).not.toContain(secret);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { collect, errorCode, gql, ok, streamCursor, wsClient } from '../helpers/graphql.js';
import { createCommunity, createOrganizationAbove, createUser, reside, seat, uniquePhone, MemberRole, OrganizationKind, RegionLevel, TANXI, type TestCommunity, type TestUser } from '../factories/index.js';
import { createMediationCommittee, DISPUTE } from '../factories/disputes.js';
import { ManualClock } from '../../server/core/clock.js';

// Disputes (issue 12, part 1) through the API on the real database: every transition, every role
// refused, the privacy rule on every path (node, list, Issue.dispute, history and live stream), the
// issue link both ways, escalation and the restarted clock, the overdue list.
const DAY = 86_400_000;
const T0 = new Date('2026-03-02T01:00:00.000Z');
const clock = new ManualClock(T0);
let app: TestApp;
let c: TestCommunity;
const u: Record<'mediator' | 'gridWorker' | 'center' | 'township' | 'county' | 'applicant' | 'respondent' | 'bystander' | 'rcMember' | 'outsider' | 'lawyer', TestUser> = {} as never;

const DETAIL = `id number title status source category riskLevel handlingLevel registeredLevel overdue mediationDeadline acceptedAt closedAt
  declineReason outcomeNote referredTo referralReason followUpNote escalationCount lastEscalationReason viewerActions
  parties { role isViewer name phone consent user { id } } issue { id }`;

const mutate = (name: string, type: string, input: Record<string, unknown>, by: TestUser) =>
  gql(app.url, `mutation($input: ${type}!) { ${name}(input: $input) { ${DETAIL} } }`, { input }, by.token);
const must = async (name: string, type: string, input: Record<string, unknown>, by: TestUser) => {
  const r = await mutate(name, type, input, by);
  expect(r.errors, `${name}: ${JSON.stringify(r.errors)}`).toBeUndefined();
  return r.data[name];
};
const code = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.code;
const nodeOf = async (id: string, by: TestUser) => (await ok(app.url, `query($id: ID!) { node(id: $id) { ... on Dispute { ${DETAIL} } } }`, { id }, by.token)).node;

async function apply(by = u.applicant, extra: Record<string, unknown> = {}) {
  return must('applyForMediation', 'ApplyForMediationInput', { communityId: c.gid, ...DISPUTE, respondents: [{ userId: u.respondent.gid }, { name: '外来商户王某', phone: '13900001111' }], ...extra }, by);
}
const accept = (id: string, by = u.mediator) => must('acceptDispute', 'AcceptDisputeInput', { disputeId: id }, by);
/** Every party not yet answered consents (recorded by the one who mediates, as heard in person), then mediation starts. */
async function start(id: string, by = u.mediator) {
  const { node } = await ok(app.url, `query($id: ID!) { node(id: $id) { ... on Dispute { parties { id consent } } } }`, { id }, by.token);
  for (const p of node.parties.filter((x: { consent: string }) => x.consent === 'PENDING')) await must('recordPartyResponse', 'RecordPartyResponseInput', { disputeId: id, partyId: p.id, consent: true }, by);
  return must('startMediation', 'DisputeRefInput', { disputeId: id }, by);
}
const outcome = (id: string, o: string, by = u.mediator) => must('recordMediationOutcome', 'RecordMediationOutcomeInput', { disputeId: id, outcome: o, note: '双方达成赔偿协议' }, by);
const TERMS = '一、被申请人于十日内修复卫生间防水；二、被申请人赔偿申请人装修损失两千元。';
const AGREEMENT = `agreement { number form terms textHash revision locked complete effectiveAt signedBy { id } organization { id } confirmations { method textHash party { id role } } }`;
const agreementOf = async (id: string, by = u.mediator) =>
  (await ok(app.url, `query($id: ID!) { node(id: $id) { ... on Dispute { parties { id } ${AGREEMENT} } } }`, { id }, by.token)).node;
const draft = (id: string, extra: Record<string, unknown> = {}, by = u.mediator) => mutate('draftMediationAgreement', 'DraftMediationAgreementInput', { disputeId: id, form: 'WRITTEN', terms: TERMS, ...extra }, by);
const confirmIt = (id: string, textHash: string, by: TestUser) => mutate('confirmMediationAgreement', 'ConfirmMediationAgreementInput', { disputeId: id, textHash }, by);
const recordSigned = (id: string, partyId: string, textHash: string, method = 'PAPER', by = u.mediator) =>
  mutate('recordAgreementConfirmation', 'RecordAgreementConfirmationInput', { disputeId: id, partyId, method, textHash }, by);
/** 调解成功 the whole way: a written agreement, every party's signature on paper recorded, then AGREED. */
async function agree(id: string, by = u.mediator) {
  expect((await draft(id, {}, by)).errors).toBeUndefined();
  const a = await agreementOf(id, by);
  for (const p of a.parties) expect((await recordSigned(id, p.id, a.agreement.textHash, 'PAPER', by)).errors).toBeUndefined();
  return outcome(id, 'AGREED', by);
}

beforeAll(async () => {
  app = await startTestApp({ clock });
  c = await createCommunity(app);
  const mediation = await createMediationCommittee(app, c);
  const township = await createOrganizationAbove(app, { kind: OrganizationKind.GOVERNANCE_CENTER, name: '檀溪街道综治中心', level: RegionLevel.TOWNSHIP, ...TANXI });
  const county = await createOrganizationAbove(app, { kind: OrganizationKind.GOVERNANCE_CENTER, name: '襄城区综治中心', level: RegionLevel.COUNTY, city: TANXI.city, county: TANXI.county });
  const make = async (key: keyof typeof u, setup: (x: TestUser) => Promise<unknown>) => {
    u[key] = await createUser(app, { name: key });
    await setup(u[key]);
  };
  await make('mediator', (x) => seat(app, x, mediation.id, MemberRole.MEMBER));
  await make('gridWorker', (x) => seat(app, x, c.orgs.rc.id, MemberRole.GRID_WORKER));
  await make('center', (x) => seat(app, x, c.orgs.center.id, MemberRole.STAFF));
  await make('township', (x) => seat(app, x, township.id, MemberRole.STAFF));
  await make('county', (x) => seat(app, x, county.id, MemberRole.STAFF));
  await make('applicant', (x) => reside(app, x, c.id));
  await make('respondent', (x) => reside(app, x, c.id));
  await make('bystander', (x) => reside(app, x, c.id));
  await make('rcMember', (x) => seat(app, x, c.orgs.rc.id, MemberRole.MEMBER));
  await make('outsider', () => Promise.resolve());
  // A lawyer of a law firm, by account, with no tie to the community: invited to sessions.
  await make('lawyer', () => Promise.resolve());
}, 120_000);
afterAll(() => app?.close());

describe('opening a dispute', () => {
  it('a resident applies (来访): REGISTERED at the community level, numbered, the applicant by account', async () => {
    clock.set(T0);
    const d = await apply();
    expect(d).toMatchObject({ status: 'REGISTERED', source: 'VISIT', category: 'NEIGHBOR', riskLevel: 'GENERAL', handlingLevel: 'COMMUNITY', registeredLevel: 'COMMUNITY', overdue: false, viewerActions: ['REFUSE_MEDIATION'] });
    // The applicant consented by applying: what is left to them is to withdraw (第23条).
    expect(d.number).toMatch(/^纠纷-2026-\d{4}$/);
    expect(d.parties.map((p: { role: string }) => p.role)).toEqual(['APPLICANT', 'RESPONDENT', 'RESPONDENT']);
    // The applicant sees themself, and only the sides of the others.
    expect(d.parties[0]).toMatchObject({ isViewer: true, name: 'applicant', user: { id: u.applicant.gid } });
    expect(d.parties[1]).toMatchObject({ isViewer: false, name: null, phone: null, user: null });
    expect(d.parties[2]).toMatchObject({ isViewer: false, name: null, phone: null, user: null });
    // Those who handle it see who everyone is.
    const seen = await nodeOf(d.id, u.mediator);
    expect(seen.parties.map((p: { name: string }) => p.name)).toEqual(['applicant', 'respondent', '外来商户王某']);
    expect(seen.parties[2].phone).toBe('13900001111');
    expect(seen.viewerActions).toEqual(['ACCEPT', 'DECLINE', 'ESCALATE', 'RECORD_PARTY_RESPONSE']);
    // The applicant consented by applying; the others have yet to answer.
    expect(seen.parties.map((p: { consent: string }) => p.consent)).toEqual(['CONSENTED', 'PENDING', 'PENDING']);
    // The respondent, by account, sees it and themself.
    const respondentView = await nodeOf(d.id, u.respondent);
    expect(respondentView.parties[1]).toMatchObject({ isViewer: true, name: 'respondent' });
    expect(respondentView.parties[2].name).toBeNull();
  });

  it('numbers follow each other within the community and year', async () => {
    const a = await apply();
    const b = await apply();
    expect(Number(b.number.slice(-4))).toBe(Number(a.number.slice(-4)) + 1);
  });

  it('the same idempotency key returns the first dispute; with another payload it is refused', async () => {
    const key = `k-${uniquePhone()}`;
    const a = await apply(u.applicant, { idempotencyKey: key });
    const b = await apply(u.applicant, { idempotencyKey: key });
    expect(b.id).toBe(a.id);
    const r = await mutate('applyForMediation', 'ApplyForMediationInput', { communityId: c.gid, ...DISPUTE, title: '另一件事', respondents: [{ name: '某人' }], idempotencyKey: key }, u.applicant);
    expect(code(r)).toBe('BAD_USER_INPUT');
  });

  it('a mediator or a grid worker registers one found in screening (排查); nobody else', async () => {
    const input = { communityId: c.gid, ...DISPUTE, riskLevel: 'SERIOUS', applicants: [{ name: '张三' }], respondents: [{ userId: u.respondent.gid }] };
    for (const by of [u.mediator, u.gridWorker]) {
      const d = await must('registerDispute', 'RegisterDisputeInput', input, by);
      expect(d).toMatchObject({ status: 'REGISTERED', source: 'SCREENING', riskLevel: 'SERIOUS' });
    }
    for (const by of [u.applicant, u.center, u.rcMember, u.township, u.outsider]) {
      expect(code(await mutate('registerDispute', 'RegisterDisputeInput', input, by)), 'registerDispute').toBe('FORBIDDEN');
    }
    expect(code(await mutate('applyForMediation', 'ApplyForMediationInput', { communityId: c.gid, ...DISPUTE, respondents: [{ name: '某人' }] }, u.outsider))).toBe('FORBIDDEN');
  });

  it('refuses parties that are not one person of the community, or the applicant twice', async () => {
    const cases = [
      [{ userId: u.respondent.gid, name: '两者都给' }],
      [{}],
      [{ userId: u.outsider.gid }],
      [{ userId: u.applicant.gid }],
      [{ name: '王某', phone: '12345' }],
    ];
    for (const respondents of cases) {
      expect(code(await mutate('applyForMediation', 'ApplyForMediationInput', { communityId: c.gid, ...DISPUTE, respondents }, u.applicant)), JSON.stringify(respondents)).toBe('BAD_USER_INPUT');
    }
  });
});

describe('the state machine, step by step', () => {
  it('REGISTERED → ACCEPTED → MEDIATING → AGREED → FULFILLED, each step once', async () => {
    clock.set(T0);
    const d = await apply();
    const accepted = await must('acceptDispute', 'AcceptDisputeInput', { disputeId: d.id, riskLevel: 'SERIOUS' }, u.mediator);
    expect(accepted).toMatchObject({ status: 'ACCEPTED', riskLevel: 'SERIOUS', acceptedAt: T0.toISOString(), mediationDeadline: new Date(T0.getTime() + 30 * DAY).toISOString() });
    // Mediation waits for every party's consent (人民调解法 第17条): not offered, and refused.
    expect(accepted.viewerActions).toEqual(['ESCALATE', 'SCHEDULE_SESSION', 'RECORD_PARTY_RESPONSE']);
    expect((await mutate('startMediation', 'DisputeRefInput', { disputeId: d.id }, u.mediator)).errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_TRANSITION', from: 'CONSENT_PENDING' });
    expect(code(await mutate('acceptDispute', 'AcceptDisputeInput', { disputeId: d.id }, u.mediator))).toBe('INVALID_TRANSITION');
    expect((await start(d.id)).status).toBe('MEDIATING');
    expect(code(await mutate('recordFollowUp', 'RecordFollowUpInput', { disputeId: d.id, result: 'FULFILLED', note: '已履行' }, u.mediator))).toBe('INVALID_TRANSITION');
    const agreed = await agree(d.id);
    expect(agreed).toMatchObject({ status: 'AGREED', outcomeNote: '双方达成赔偿协议', viewerActions: ['RECORD_FOLLOW_UP'] });
    expect(agreed.closedAt).toBe(T0.toISOString());
    expect(code(await mutate('escalateDispute', 'DisputeReasonInput', { disputeId: d.id, reason: '太晚了' }, u.mediator))).toBe('INVALID_TRANSITION');
    const done = await must('recordFollowUp', 'RecordFollowUpInput', { disputeId: d.id, result: 'FULFILLED', note: '赔偿已到账' }, u.mediator);
    expect(done).toMatchObject({ status: 'FULFILLED', followUpNote: '赔偿已到账', viewerActions: [] });
  });

  it('AGREED → BREACHED on follow-up', async () => {
    const d = await apply();
    await accept(d.id);
    await start(d.id);
    await agree(d.id);
    expect((await must('recordFollowUp', 'RecordFollowUpInput', { disputeId: d.id, result: 'BREACHED', note: '未按期赔偿' }, u.mediator)).status).toBe('BREACHED');
  });

  it('REGISTERED → DECLINED with a reason', async () => {
    const d = await apply();
    expect(code(await mutate('declineDispute', 'DisputeReasonInput', { disputeId: d.id, reason: '   ' }, u.mediator))).toBe('BAD_USER_INPUT');
    const declined = await must('declineDispute', 'DisputeReasonInput', { disputeId: d.id, reason: '已进入诉讼程序' }, u.mediator);
    expect(declined).toMatchObject({ status: 'DECLINED', declineReason: '已进入诉讼程序', viewerActions: [] });
    expect(code(await mutate('acceptDispute', 'AcceptDisputeInput', { disputeId: d.id }, u.mediator))).toBe('INVALID_TRANSITION');
  });

  it('MEDIATING → FAILED → REFERRED to 信访 with a reason', async () => {
    const d = await apply();
    await accept(d.id);
    expect(code(await mutate('referDispute', 'ReferDisputeInput', { disputeId: d.id, to: 'PETITION', reason: '调解不成' }, u.mediator))).toBe('INVALID_TRANSITION');
    await start(d.id);
    const failed = await outcome(d.id, 'FAILED');
    expect(failed).toMatchObject({ status: 'FAILED', viewerActions: ['REFER'] });
    const referred = await must('referDispute', 'ReferDisputeInput', { disputeId: d.id, to: 'PETITION', reason: '涉及多部门' }, u.mediator);
    expect(referred).toMatchObject({ status: 'REFERRED', referredTo: 'PETITION', referralReason: '涉及多部门', viewerActions: [] });
  });

  it('an outcome is AGREED or FAILED, a follow-up FULFILLED or BREACHED', async () => {
    const d = await apply();
    await accept(d.id);
    await start(d.id);
    expect(code(await mutate('recordMediationOutcome', 'RecordMediationOutcomeInput', { disputeId: d.id, outcome: 'REFERRED', note: 'x' }, u.mediator))).toBe('BAD_USER_INPUT');
    await agree(d.id);
    expect(code(await mutate('recordFollowUp', 'RecordFollowUpInput', { disputeId: d.id, result: 'AGREED', note: 'x' }, u.mediator))).toBe('BAD_USER_INPUT');
  });

  it('every step is refused to those who do not handle it: FORBIDDEN when they see it, NOT_FOUND when they do not', async () => {
    const steps: [string, string, (id: string) => Record<string, unknown>][] = [
      ['acceptDispute', 'AcceptDisputeInput', (id) => ({ disputeId: id })],
      ['declineDispute', 'DisputeReasonInput', (id) => ({ disputeId: id, reason: '不受理' })],
      ['escalateDispute', 'DisputeReasonInput', (id) => ({ disputeId: id, reason: '上报' })],
    ];
    const d = await apply();
    const sees = [u.applicant, u.respondent, u.center, u.township, u.county];
    const blind = [u.bystander, u.rcMember, u.gridWorker, u.outsider];
    for (const [name, type, input] of steps) {
      for (const by of sees) expect(code(await mutate(name, type, input(d.id), by)), `${name} by a viewer who sees it`).toBe('FORBIDDEN');
      for (const by of blind) expect(code(await mutate(name, type, input(d.id), by)), `${name} by a viewer who does not see it`).toBe('NOT_FOUND');
    }
    await accept(d.id);
    for (const by of [...sees, ...blind]) expect(['FORBIDDEN', 'NOT_FOUND']).toContain(code(await mutate('startMediation', 'DisputeRefInput', { disputeId: d.id }, by)));
    await start(d.id);
    for (const by of [...sees, ...blind]) {
      expect(['FORBIDDEN', 'NOT_FOUND']).toContain(code(await mutate('recordMediationOutcome', 'RecordMediationOutcomeInput', { disputeId: d.id, outcome: 'FAILED', note: 'x' }, by)));
    }
    expect((await nodeOf(d.id, u.mediator)).status).toBe('MEDIATING');
  });
});

describe('escalation', () => {
  it('moves it to the township, then the county; the clock restarts; the handlers change; not above the last center', async () => {
    clock.set(T0);
    const d = await apply();
    await accept(d.id);
    clock.set(new Date(T0.getTime() + 10 * DAY));
    const up = await must('escalateDispute', 'DisputeReasonInput', { disputeId: d.id, reason: '涉及物业公司，社区难以协调' }, u.mediator);
    expect(up).toMatchObject({ status: 'ACCEPTED', handlingLevel: 'TOWNSHIP', registeredLevel: 'COMMUNITY', escalationCount: 1, lastEscalationReason: '涉及物业公司，社区难以协调' });
    expect(up.mediationDeadline).toBe(new Date(T0.getTime() + 40 * DAY).toISOString());
    // The community's mediators still see it, and no longer act on it; the township does.
    const mediatorView = await nodeOf(d.id, u.mediator);
    expect(mediatorView.viewerActions).toEqual([]);
    expect(code(await mutate('startMediation', 'DisputeRefInput', { disputeId: d.id }, u.mediator))).toBe('FORBIDDEN');
    expect((await nodeOf(d.id, u.township)).viewerActions).toEqual(['ESCALATE', 'SCHEDULE_SESSION', 'RECORD_PARTY_RESPONSE']);
    await start(d.id, u.township);
    const county = await must('escalateDispute', 'DisputeReasonInput', { disputeId: d.id, reason: '重大' }, u.township);
    expect(county).toMatchObject({ status: 'MEDIATING', handlingLevel: 'COUNTY', escalationCount: 2 });
    // No city center serves the community: escalation is not offered, and refused.
    expect((await nodeOf(d.id, u.county)).viewerActions).toEqual(['RECORD_OUTCOME', 'RECORD_SESSION', 'SCHEDULE_SESSION', 'DRAFT_AGREEMENT', 'RECORD_PARTY_RESPONSE']);
    expect(code(await mutate('escalateDispute', 'DisputeReasonInput', { disputeId: d.id, reason: '再上报' }, u.county))).toBe('BAD_USER_INPUT');
    expect((await agree(d.id, u.county)).status).toBe('AGREED');
  });

  it('a registered dispute escalates without a deadline, which starts on acceptance above', async () => {
    clock.set(T0);
    const d = await apply();
    const up = await must('escalateDispute', 'DisputeReasonInput', { disputeId: d.id, reason: '当事人在外地' }, u.mediator);
    expect(up).toMatchObject({ status: 'REGISTERED', handlingLevel: 'TOWNSHIP', mediationDeadline: null });
    expect((await accept(d.id, u.township)).mediationDeadline).toBe(new Date(T0.getTime() + 30 * DAY).toISOString());
  });
});

describe('the overdue list', () => {
  it('lists accepted disputes past their deadline for those who handle them, oldest deadline first', async () => {
    const c2 = await createCommunity(app, '逾期社区');
    const mediation = await createMediationCommittee(app, c2);
    const mediator = await createUser(app, { name: '调解员' });
    await seat(app, mediator, mediation.id);
    const resident = await createUser(app, { name: '居民' });
    await reside(app, resident, c2.id);
    const open = async (at: number) => {
      clock.set(new Date(T0.getTime() + at * DAY));
      const d = await must('applyForMediation', 'ApplyForMediationInput', { communityId: c2.gid, ...DISPUTE, respondents: [{ name: '某人' }] }, resident);
      return d.id as string;
    };
    const late = await open(0);
    const later = await open(1);
    const notYet = await open(2);
    const registeredOnly = await open(3);
    for (const id of [late, later, notYet]) {
      clock.set(new Date(T0.getTime() + [late, later, notYet].indexOf(id) * 5 * DAY));
      await accept(id, mediator);
    }
    await start(later, mediator);
    clock.set(new Date(T0.getTime() + 36 * DAY)); // deadlines: late 30, later 35, notYet 40
    const list = async (by: TestUser, extra = '') =>
      (await ok(app.url, `query($c: ID!) { disputes(communityId: $c, overdue: true, first: 1${extra}) { totalCount edges { cursor node { id overdue } } pageInfo { hasNextPage endCursor } } }`, { c: c2.gid }, by.token)).disputes;
    const first = await list(mediator);
    expect(first.totalCount).toBe(2);
    expect(first.edges.map((e: { node: { id: string; overdue: boolean } }) => [e.node.id, e.node.overdue])).toEqual([[late, true]]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await list(mediator, `, after: "${first.pageInfo.endCursor}"`);
    expect(second.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([later]);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect((await nodeOf(notYet, mediator)).overdue).toBe(false);
    expect((await nodeOf(registeredOnly, mediator)).overdue).toBe(false);
    // The resident is a party to all four: the same list, their own only.
    expect((await list(resident)).totalCount).toBe(2);
  });
});

describe('an issue becomes a dispute', () => {
  it('keeps the link both ways, once; the reporter is the applicant; a bystander sees the issue and not the dispute', async () => {
    const { submitIssue } = await ok(
      app.url,
      `mutation($input: SubmitIssueInput!) { submitIssue(input: $input) { id } }`,
      { input: { communityId: c.gid, title: '邻居装修噪音扰民', body: '楼上装修每天早上七点开始，沟通无果。', category: 'OTHER', visibility: 'PUBLIC' } },
      u.applicant.token,
    );
    const input = { issueId: submitIssue.id, category: 'NEIGHBOR', respondents: [{ userId: u.respondent.gid }] };
    for (const by of [u.center, u.rcMember, u.bystander]) expect(code(await mutate('convertIssueToDispute', 'ConvertIssueToDisputeInput', input, by)), 'convert').toBe('FORBIDDEN');
    const d = await must('convertIssueToDispute', 'ConvertIssueToDisputeInput', input, u.mediator);
    expect(d).toMatchObject({ source: 'ISSUE', title: '邻居装修噪音扰民', issue: { id: submitIssue.id } });
    expect(d.parties[0]).toMatchObject({ role: 'APPLICANT', name: 'applicant', user: { id: u.applicant.gid } });
    const issueDispute = async (by: TestUser) => (await ok(app.url, `query($id: ID!) { issue(id: $id) { id dispute { id } } }`, { id: submitIssue.id }, by.token)).issue;
    expect(await issueDispute(u.mediator)).toEqual({ id: submitIssue.id, dispute: { id: d.id } });
    expect(await issueDispute(u.applicant)).toEqual({ id: submitIssue.id, dispute: { id: d.id } });
    expect(await issueDispute(u.bystander)).toEqual({ id: submitIssue.id, dispute: null });
    const again = await mutate('convertIssueToDispute', 'ConvertIssueToDisputeInput', input, u.gridWorker);
    expect(code(again)).toBe('CONFLICT');
  });
});

describe('who sees a dispute', () => {
  it('a resident who is not a party gets nothing: node, list, history, live stream', async () => {
    clock.set(T0);
    const cursor = await streamCursor(app.url, c.gid, u.bystander.token);
    const subscribe = (by: TestUser) => {
      const client = wsClient(app.wsUrl, by.token);
      const stream = collect<{ communityEvents: { id: string; type: string } }>(client, `subscription($c: ID!, $after: String) { communityEvents(communityId: $c, after: $after) { id type } }`, {
        c: c.gid,
        after: cursor,
      });
      return { client, stream };
    };
    const watching = { bystander: subscribe(u.bystander), applicant: subscribe(u.applicant), mediator: subscribe(u.mediator) };
    try {
      const d = await apply();
      await accept(d.id);
      await start(d.id);
      await agree(d.id);
      // A public event both see: once the bystander has it, anything about the dispute would have come before it.
      const { submitIssue } = await ok(
        app.url,
        `mutation($input: SubmitIssueInput!) { submitIssue(input: $input) { id } }`,
        { input: { communityId: c.gid, title: '路灯坏了', body: '小区东门路灯不亮。', category: 'FACILITY', visibility: 'PUBLIC' } },
        u.rcMember.token,
      );
      expect(submitIssue.id).toBeTruthy();
      const types = async (w: { stream: ReturnType<typeof subscribe>['stream'] }, n: number) => (await w.stream.next(n, 20_000)).map((e) => e.communityEvents.type);
      expect(await types(watching.bystander, 1)).toEqual(['issue.submitted']);
      const signed = ['dispute.agreementConfirmed', 'dispute.agreementConfirmed', 'dispute.agreementConfirmed'];
      const consented = ['dispute.consented', 'dispute.consented'];
      const expected = ['dispute.registered', 'dispute.accepted', ...consented, 'dispute.mediationStarted', 'dispute.agreementDrafted', ...signed, 'dispute.agreed', 'issue.submitted'];
      expect(await types(watching.applicant, 11)).toEqual(expected);
      expect(await types(watching.mediator, 11)).toEqual(expected);

      expect(await nodeOf(d.id, u.bystander)).toBeNull();
      for (const by of [u.bystander, u.rcMember, u.gridWorker, u.outsider]) {
        expect(await nodeOf(d.id, by)).toBeNull();
        const { disputes } = await ok(app.url, `query($c: ID!) { disputes(communityId: $c, first: 100) { totalCount edges { node { id } } } }`, { c: c.gid }, by.token);
        expect(disputes).toEqual({ totalCount: 0, edges: [] });
        const { events } = await ok(app.url, `query($c: ID!) { events(communityId: $c, first: 100) { edges { node { type } } } }`, { c: c.gid }, by.token);
        expect(events.edges.filter((e: { node: { type: string } }) => e.node.type.startsWith('dispute.'))).toEqual([]);
      }
      // Those it is for: the parties, the committee, the centers at and above the community.
      for (const by of [u.applicant, u.respondent, u.mediator, u.center, u.township, u.county]) expect((await nodeOf(d.id, by))?.id).toBe(d.id);
      const { events } = await ok(app.url, `query($c: ID!, $s: ID!) { events(communityId: $c, subjectId: $s, first: 100) { edges { node { type data } } } }`, { c: c.gid, s: d.id }, u.respondent.token);
      expect(events.edges.map((e: { node: { type: string } }) => e.node.type)).toEqual([
        'dispute.agreed',
        'dispute.agreementConfirmed',
        'dispute.agreementConfirmed',
        'dispute.agreementConfirmed',
        'dispute.agreementDrafted',
        'dispute.mediationStarted',
        'dispute.consented',
        'dispute.consented',
        'dispute.accepted',
        'dispute.registered',
      ]);
      // Never a party's name in an event: the parties read them too.
      expect(JSON.stringify(events.edges)).not.toContain('外来商户王某');
    } finally {
      for (const w of Object.values(watching)) await w.client.dispose();
    }
  });

  it('a party sees their own disputes in the list, the committee all of them', async () => {
    const newcomer = await createUser(app, { name: '新住户' });
    await reside(app, newcomer, c.id);
    const mine = await apply(newcomer, { respondents: [{ name: '某商户' }] });
    const all = async (by: TestUser) => {
      const ids: string[] = [];
      let after: string | null = null;
      for (;;) {
        const { disputes }: { disputes: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } = await ok(app.url, `query($c: ID!, $after: String) { disputes(communityId: $c, first: 7, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`, { c: c.gid, after }, by.token);
        ids.push(...disputes.edges.map((e: { node: { id: string } }) => e.node.id));
        if (!disputes.pageInfo.hasNextPage) return ids;
        after = disputes.pageInfo.endCursor;
      }
    };
    const committee = await all(u.mediator);
    expect(new Set(committee).size).toBe(committee.length);
    expect(committee).toContain(mine.id);
    expect(committee.length).toBeGreaterThan(1);
    for (const by of [u.center, u.township, u.county]) expect(await all(by), 'a center').toEqual(committee);
    expect(await all(newcomer)).toEqual([mine.id]);
    const respondent = await all(u.respondent);
    expect(respondent).not.toContain(mine.id);
    expect(respondent.every((id) => committee.includes(id))).toBe(true);
    expect(await all(u.bystander)).toEqual([]);
    expect(await errorCode(app.url, `query($c: ID!) { disputes(communityId: $c) { totalCount } }`, { c: c.gid })).toBe('UNAUTHENTICATED');
  });
});

describe('mediation sessions (调解会)', () => {
  const SESSIONS = `sessions { heldAt place record mediators { id } partiesPresent { id role name } invitees { role affiliation user { id } } recordedBy { id } }`;
  const record = (disputeId: string, input: Record<string, unknown>, by: TestUser) =>
    gql(app.url, `mutation($input: RecordMediationSessionInput!) { recordMediationSession(input: $input) { id status ${SESSIONS} } }`, {
      input: { disputeId, heldAt: new Date(clock.now().getTime() - 3_600_000).toISOString(), place: '社区调解室', mediatorIds: [u.mediator.gid], partyIds: [], invitees: [], record: '双方陈述了各自意见。', ...input },
    }, by.token);
  const partyIds = async (id: string) => (await ok(app.url, `query($id: ID!) { node(id: $id) { ... on Dispute { parties { id } } } }`, { id }, u.mediator.token)).node.parties.map((p: { id: string }) => p.id) as string[];
  const sessionsOf = async (id: string, by = u.mediator) => (await ok(app.url, `query($id: ID!) { node(id: $id) { ... on Dispute { ${SESSIONS} } } }`, { id }, by.token)).node?.sessions;
  const LAWYER = { userId: '', role: 'LAWYER', affiliation: '湖北隆中律师事务所' };

  it('only while MEDIATING, by those at its handling level; bad input is refused and changes nothing', async () => {
    clock.set(T0);
    const d = await apply();
    await accept(d.id);
    expect(code(await record(d.id, {}, u.mediator))).toBe('INVALID_TRANSITION');
    await start(d.id);
    for (const by of [u.center, u.township]) expect(code(await record(d.id, {}, by)), 'sees it, does not handle it').toBe('FORBIDDEN');
    for (const by of [u.bystander, u.gridWorker, u.lawyer, u.outsider]) expect(code(await record(d.id, {}, by)), 'does not see it').toBe('NOT_FOUND');
    const other = await apply();
    const [otherParty] = await partyIds(other.id);
    const [applicantParty] = await partyIds(d.id);
    const bad: Record<string, unknown>[] = [
      { mediatorIds: [u.gridWorker.gid] }, // not of the committee
      { mediatorIds: [u.township.gid] }, // a center above, not the handling level
      { mediatorIds: [] },
      { partyIds: [otherParty] }, // a party of another dispute
      { invitees: [{ ...LAWYER, userId: u.respondent.gid }] }, // a party is not invited
      { invitees: [{ ...LAWYER, userId: u.lawyer.gid }, { ...LAWYER, userId: u.lawyer.gid }] },
      { invitees: [{ ...LAWYER, userId: u.lawyer.gid, affiliation: '  ' }] },
      { heldAt: new Date(clock.now().getTime() + 60_000).toISOString() }, // not held yet
      { place: '' },
      { record: ' ' },
      { partyIds: [applicantParty, 'not-an-id'] },
    ];
    for (const input of bad) expect(code(await record(d.id, input, u.mediator)), JSON.stringify(input)).toBe('BAD_USER_INPUT');
    expect(await sessionsOf(d.id)).toEqual([]);
    expect(await nodeOf(d.id, u.lawyer)).toBeNull();
    expect((await nodeOf(d.id, u.mediator)).viewerActions).toEqual(['RECORD_OUTCOME', 'ESCALATE', 'RECORD_SESSION', 'SCHEDULE_SESSION', 'DRAFT_AGREEMENT', 'RECORD_PARTY_RESPONSE']);
  });

  it('records one; an invited lawyer sees that dispute only (no personal details), on every path, from then on', async () => {
    clock.set(T0);
    const d = await apply();
    const other = await apply();
    for (const x of [d, other]) {
      await accept(x.id);
      await start(x.id);
    }
    const cursor = await streamCursor(app.url, c.gid, u.mediator.token);
    const client = wsClient(app.wsUrl, u.lawyer.token);
    const stream = collect<{ communityEvents: { type: string; subject: { id: string } | null } }>(client, `subscription($c: ID!, $after: String) { communityEvents(communityId: $c, after: $after) { type subject { id } } }`, { c: c.gid, after: cursor });
    try {
      const [applicant, respondent, outsider] = await partyIds(d.id);
      const r = await record(d.id, { partyIds: [applicant, respondent], invitees: [{ ...LAWYER, userId: u.lawyer.gid }], heldAt: new Date(T0.getTime() - 7_200_000).toISOString() }, u.mediator);
      expect(r.errors).toBeUndefined();
      expect(r.data.recordMediationSession.sessions).toEqual([
        {
          heldAt: new Date(T0.getTime() - 7_200_000).toISOString(),
          place: '社区调解室',
          record: '双方陈述了各自意见。',
          mediators: [{ id: u.mediator.gid }],
          partiesPresent: [{ id: applicant, role: 'APPLICANT', name: 'applicant' }, { id: respondent, role: 'RESPONDENT', name: 'respondent' }],
          invitees: [{ role: 'LAWYER', affiliation: '湖北隆中律师事务所', user: { id: u.lawyer.gid } }],
          recordedBy: { id: u.mediator.gid },
        },
      ]);
      expect(outsider).toBeTruthy();
      // A session of the other dispute, without the lawyer: nothing of it reaches them.
      expect((await record(other.id, {}, u.mediator)).errors).toBeUndefined();
      await outcome(d.id, 'FAILED');

      // node: this dispute, as a bystander to the parties (sides only), with nothing to do.
      const seen = await nodeOf(d.id, u.lawyer);
      expect(seen).toMatchObject({ id: d.id, status: 'FAILED', viewerActions: [] });
      expect(seen.parties.map((p: { name: string | null; phone: string | null; user: unknown }) => [p.name, p.phone, p.user])).toEqual([[null, null, null], [null, null, null], [null, null, null]]);
      expect((await sessionsOf(d.id, u.lawyer))[0].partiesPresent.map((p: { name: string | null }) => p.name)).toEqual([null, null]);
      expect(await nodeOf(other.id, u.lawyer)).toBeNull();
      // The list: that one only.
      const { disputes } = await ok(app.url, `query($c: ID!) { disputes(communityId: $c, first: 100) { totalCount edges { node { id } } } }`, { c: c.gid }, u.lawyer.token);
      expect(disputes).toEqual({ totalCount: 1, edges: [{ node: { id: d.id } }] });
      // History: the events since the invitation, of that dispute only.
      const { events } = await ok(app.url, `query($c: ID!) { events(communityId: $c, first: 100) { edges { node { type subject { id } } } } }`, { c: c.gid }, u.lawyer.token);
      expect(events.edges.map((e: { node: { type: string; subject: { id: string } } }) => [e.node.type, e.node.subject.id])).toEqual([
        ['dispute.failed', d.id],
        ['dispute.sessionRecorded', d.id],
      ]);
      // Live: the same two, in order, and nothing of the other dispute in between.
      const live = await stream.next(2, 20_000);
      expect(live.map((e) => [e.communityEvents.type, e.communityEvents.subject?.id])).toEqual([
        ['dispute.sessionRecorded', d.id],
        ['dispute.failed', d.id],
      ]);
      // The parties see the session; a bystander still nothing.
      expect(await sessionsOf(d.id, u.respondent)).toHaveLength(1);
      expect(await nodeOf(d.id, u.bystander)).toBeNull();
      // An invitee acts on nothing.
      expect(code(await mutate('referDispute', 'ReferDisputeInput', { disputeId: d.id, to: 'LITIGATION', reason: '引导诉讼' }, u.lawyer))).toBe('FORBIDDEN');
    } finally {
      await client.dispose();
    }
  });
});

describe('the agreement (人民调解协议书)', () => {
  const mediating = async () => {
    const d = await apply();
    await accept(d.id);
    await start(d.id);
    return d.id as string;
  };
  const ext = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions ?? {};

  it('AGREED needs an agreement every party confirmed: in the app by their own account, or on paper; refusals change nothing', async () => {
    clock.set(T0);
    const id = await mediating();
    const agreed = () => mutate('recordMediationOutcome', 'RecordMediationOutcomeInput', { disputeId: id, outcome: 'AGREED', note: '达成协议' }, u.mediator);
    expect(ext(await agreed())).toMatchObject({ code: 'INVALID_TRANSITION', from: 'NO_AGREEMENT' });
    const drafted = await draft(id);
    expect(drafted.errors).toBeUndefined();
    let a = (await agreementOf(id)).agreement;
    expect(a).toMatchObject({ form: 'WRITTEN', terms: TERMS, revision: 1, locked: false, complete: false, effectiveAt: null, signedBy: null, confirmations: [] });
    expect(a.number).toMatch(/^调协-2026-\d{4}$/);
    expect(a.textHash).toMatch(/^[0-9a-f]{64}$/);
    expect(ext(await agreed())).toMatchObject({ code: 'INVALID_TRANSITION', from: 'AGREEMENT_UNCONFIRMED' });
    // The parties are offered to confirm; the mediator to revise it and record signatures.
    expect((await nodeOf(id, u.applicant)).viewerActions).toEqual(['CONFIRM_AGREEMENT', 'REFUSE_MEDIATION']);
    expect((await nodeOf(id, u.mediator)).viewerActions).toEqual(['RECORD_OUTCOME', 'ESCALATE', 'RECORD_SESSION', 'SCHEDULE_SESSION', 'DRAFT_AGREEMENT', 'RECORD_CONFIRMATION', 'RECORD_PARTY_RESPONSE']);
    const [applicant, respondent, outsider] = (await agreementOf(id)).parties.map((p: { id: string }) => p.id);

    expect((await confirmIt(id, a.textHash, u.applicant)).errors).toBeUndefined();
    // Once confirmed: fixed, and the applicant has nothing more to do.
    expect(ext(await draft(id, { terms: '改过的条款' }))).toMatchObject({ code: 'INVALID_TRANSITION', from: 'AGREEMENT_CONFIRMED' });
    expect(ext(await confirmIt(id, a.textHash, u.applicant))).toMatchObject({ code: 'INVALID_TRANSITION', from: 'CONFIRMED' });
    // Until the agreement is in force a party may still ask to end the mediation (第23条).
    expect((await nodeOf(id, u.applicant)).viewerActions).toEqual(['REFUSE_MEDIATION']);
    expect((await nodeOf(id, u.mediator)).viewerActions).toEqual(['RECORD_OUTCOME', 'ESCALATE', 'RECORD_SESSION', 'SCHEDULE_SESSION', 'RECORD_CONFIRMATION', 'RECORD_PARTY_RESPONSE']);
    expect(ext(await agreed())).toMatchObject({ code: 'INVALID_TRANSITION', from: 'AGREEMENT_UNCONFIRMED' });

    expect((await confirmIt(id, a.textHash, u.respondent)).errors).toBeUndefined();
    // The outsider has no account: the mediator records their signature on paper.
    expect(code(await recordSigned(id, outsider, a.textHash, 'ORAL'))).toBe('BAD_USER_INPUT'); // a written agreement is signed
    expect(code(await recordSigned(id, outsider, a.textHash, 'APP'))).toBe('BAD_USER_INPUT'); // the party's own
    expect(ext(await recordSigned(id, respondent, a.textHash))).toMatchObject({ code: 'INVALID_TRANSITION', from: 'CONFIRMED' });
    expect((await recordSigned(id, outsider, a.textHash)).errors).toBeUndefined();
    expect(ext(await recordSigned(id, applicant, a.textHash))).toMatchObject({ code: 'INVALID_TRANSITION', from: 'ALL_CONFIRMED' });

    a = (await agreementOf(id)).agreement;
    expect(a).toMatchObject({ terms: TERMS, revision: 1, locked: true, complete: true, effectiveAt: null });
    expect(a.confirmations.map((c: { method: string; textHash: string; party: { id: string } }) => [c.party.id, c.method, c.textHash])).toEqual([
      [applicant, 'APP', a.textHash],
      [respondent, 'APP', a.textHash],
      [outsider, 'PAPER', a.textHash],
    ]);
    clock.set(new Date(T0.getTime() + 3_600_000));
    expect((await agreed()).errors).toBeUndefined();
    a = (await agreementOf(id)).agreement;
    expect(a).toMatchObject({ effectiveAt: new Date(T0.getTime() + 3_600_000).toISOString(), signedBy: { id: u.mediator.gid } });
    // After the outcome, nothing of the agreement is offered or taken.
    expect(ext(await confirmIt(id, a.textHash, u.applicant))).toMatchObject({ code: 'INVALID_TRANSITION', from: 'AGREED' });
    // No event names a party.
    const { events } = await ok(app.url, `query($c: ID!, $s: ID!) { events(communityId: $c, subjectId: $s, first: 100) { edges { node { type data } } } }`, { c: c.gid, s: id }, u.applicant.token);
    const confirmedEvents = events.edges.filter((e: { node: { type: string } }) => e.node.type === 'dispute.agreementConfirmed').map((e: { node: { data: Record<string, unknown> } }) => e.node.data);
    expect(confirmedEvents.map((d: Record<string, unknown>) => [d.side, d.method, d.confirmed, d.parties])).toEqual([
      ['RESPONDENT', 'PAPER', 3, 3],
      ['RESPONDENT', 'APP', 2, 3],
      ['APPLICANT', 'APP', 1, 3],
    ]);
    expect(JSON.stringify(events.edges)).not.toContain('外来商户王某');
  });

  it('who: drafted and signatures recorded by those who mediate; confirmed by a party for themself only', async () => {
    const id = await mediating();
    for (const by of [u.center, u.township, u.applicant]) expect(code(await draft(id, {}, by)), 'draft').toBe('FORBIDDEN');
    for (const by of [u.bystander, u.rcMember, u.outsider, u.lawyer]) expect(code(await draft(id, {}, by)), 'draft').toBe('NOT_FOUND');
    expect((await draft(id)).errors).toBeUndefined();
    const { parties, agreement } = await agreementOf(id);
    for (const by of [u.mediator, u.center, u.county]) expect(code(await confirmIt(id, agreement.textHash, by)), 'confirm: not a party').toBe('FORBIDDEN');
    expect(code(await confirmIt(id, agreement.textHash, u.bystander))).toBe('NOT_FOUND');
    for (const by of [u.applicant, u.center]) expect(code(await recordSigned(id, parties[2].id, agreement.textHash, 'PAPER', by)), 'record').toBe('FORBIDDEN');
    // A party of another dispute; a stale text.
    const other = await mediating();
    const otherParty = (await agreementOf(other)).parties[0].id;
    expect(code(await recordSigned(id, otherParty, agreement.textHash))).toBe('BAD_USER_INPUT');
    expect(ext(await confirmIt(id, 'f'.repeat(64), u.applicant))).toMatchObject({ code: 'CONFLICT', textHash: agreement.textHash });
    expect(code(await confirmIt(id, 'short', u.applicant))).toBe('BAD_USER_INPUT');
    // None of it changed anything.
    expect((await agreementOf(id)).agreement).toMatchObject({ revision: 1, locked: false, confirmations: [] });
    // Before mediation, and with no agreement drafted, there is nothing to confirm.
    const registered = await apply();
    expect(ext(await draft(registered.id))).toMatchObject({ code: 'INVALID_TRANSITION', from: 'REGISTERED' });
    expect(ext(await confirmIt(other, agreement.textHash, u.applicant))).toMatchObject({ code: 'INVALID_TRANSITION', from: 'NO_AGREEMENT' });
  });

  it('is numbered per organization and year; the hash binds number, form and terms; revisions change it until confirmed', async () => {
    clock.set(T0);
    const first = await mediating();
    const second = await mediating();
    expect((await draft(first)).errors).toBeUndefined();
    expect((await draft(second)).errors).toBeUndefined();
    const a1 = (await agreementOf(first)).agreement;
    const a2 = (await agreementOf(second)).agreement;
    expect(Number(a2.number.slice(-4))).toBe(Number(a1.number.slice(-4)) + 1);
    expect(a2.organization).toEqual(a1.organization);
    // The same terms in another agreement: another number, another hash.
    expect(a2.textHash).not.toBe(a1.textHash);
    // A revision changes the hash; going back to the same text gives the same hash again.
    expect((await draft(first, { terms: '新条款' })).errors).toBeUndefined();
    const revised = (await agreementOf(first)).agreement;
    expect(revised).toMatchObject({ number: a1.number, terms: '新条款', revision: 2 });
    expect(revised.textHash).not.toBe(a1.textHash);
    expect((await draft(first, { form: 'ORAL' })).errors).toBeUndefined();
    const oral = (await agreementOf(first)).agreement;
    expect(oral).toMatchObject({ form: 'ORAL', terms: TERMS, revision: 3 });
    expect(oral.textHash).not.toBe(a1.textHash); // the form is bound too
    expect((await draft(first, { form: 'WRITTEN' })).errors).toBeUndefined();
    expect((await agreementOf(first)).agreement.textHash).toBe(a1.textHash);
    // Another year: the organization's numbering starts again.
    clock.set(new Date('2027-01-04T01:00:00.000Z'));
    const next = await mediating();
    expect((await draft(next)).errors).toBeUndefined();
    expect((await agreementOf(next)).agreement.number).toBe('调协-2027-0001');
    clock.set(T0);
  });

  it('drafted at once for eight disputes: eight numbers, one after another', async () => {
    clock.set(T0);
    const ids = [];
    for (let i = 0; i < 8; i += 1) ids.push(await mediating());
    const results = await Promise.all(ids.map((id) => draft(id)));
    for (const r of results) expect(r.errors).toBeUndefined();
    const numbers = await Promise.all(ids.map(async (id) => Number((await agreementOf(id)).agreement.number.slice(-4))));
    const sorted = [...numbers].sort((a, b) => a - b);
    expect(sorted).toEqual(Array.from({ length: 8 }, (_, i) => sorted[0]! + i));
  });

  it('an oral agreement (口头协议): the mediator records each party\'s assent', async () => {
    const id = await mediating();
    expect((await draft(id, { form: 'ORAL' })).errors).toBeUndefined();
    const { parties, agreement } = await agreementOf(id);
    expect(code(await recordSigned(id, parties[0].id, agreement.textHash, 'PAPER'))).toBe('BAD_USER_INPUT');
    for (const p of parties) expect((await recordSigned(id, p.id, agreement.textHash, 'ORAL')).errors).toBeUndefined();
    expect((await outcome(id, 'AGREED')).status).toBe('AGREED');
  });

  it('a revision and a confirmation at once: exactly one wins, and the agreement is the one it says', async () => {
    for (let round = 0; round < 6; round += 1) {
      const id = await mediating();
      expect((await draft(id)).errors).toBeUndefined();
      const before = (await agreementOf(id)).agreement;
      const [edit, conf] = await Promise.all([draft(id, { terms: `第${round}次修改的条款` }), confirmIt(id, before.textHash, u.applicant)]);
      const after = (await agreementOf(id)).agreement;
      if (edit.errors === undefined) {
        // The revision came first: the confirmation of the old text is refused, nothing confirmed.
        expect(ext(conf), `round ${round}`).toMatchObject({ code: 'CONFLICT', textHash: after.textHash });
        expect(after).toMatchObject({ terms: `第${round}次修改的条款`, revision: 2, locked: false, confirmations: [] });
      } else {
        // The confirmation came first: the text is fixed as confirmed.
        expect(conf.errors, `round ${round}`).toBeUndefined();
        expect(ext(edit)).toMatchObject({ code: 'INVALID_TRANSITION', from: 'AGREEMENT_CONFIRMED' });
        expect(after).toMatchObject({ terms: TERMS, revision: 1, locked: true, textHash: before.textHash });
        expect(after.confirmations).toEqual([{ method: 'APP', textHash: before.textHash, party: expect.objectContaining({ role: 'APPLICANT' }) }]);
      }
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { gql, ok } from '../helpers/graphql.js';
import { createCommunity, createOrganizationAbove, createUser, reside, seat, MemberRole, OrganizationKind, RegionLevel, TANXI, type TestCommunity, type TestUser } from '../factories/index.js';
import { createMediationCommittee, DISPUTE } from '../factories/disputes.js';

// Dispute.viewerActions against the API, for a matrix of viewers and of dispute states: every
// step offered succeeds when taken, and every step not offered is refused (FORBIDDEN,
// INVALID_TRANSITION or NOT_FOUND; BAD_USER_INPUT for an escalation with no center above). A
// refused step changes nothing, so the refusals are all tried on one fixture per state; each step
// offered is taken on a fresh one.
let app: TestApp;
let c: TestCommunity;
const v: Record<string, TestUser> = {};

const ACTIONS = ['ACCEPT', 'DECLINE', 'START_MEDIATION', 'RECORD_OUTCOME', 'REFER', 'RECORD_FOLLOW_UP', 'ESCALATE', 'RECORD_SESSION', 'SCHEDULE_SESSION', 'DRAFT_AGREEMENT', 'CONFIRM_AGREEMENT', 'RECORD_CONFIRMATION', 'CONSENT_TO_MEDIATION', 'REFUSE_MEDIATION', 'RECORD_PARTY_RESPONSE'] as const;
type Action = (typeof ACTIONS)[number];
const REFUSED = ['FORBIDDEN', 'INVALID_TRANSITION', 'NOT_FOUND'];

const call = (mutation: string, type: string, input: Record<string, unknown>, by: TestUser) =>
  gql(app.url, `mutation($input: ${type}!) { ${mutation}(input: $input) { id status } }`, { input }, by.token);
const must = async (mutation: string, type: string, input: Record<string, unknown>, by: TestUser) => {
  const r = await call(mutation, type, input, by);
  expect(r.errors, `${mutation}: ${JSON.stringify(r.errors)}`).toBeUndefined();
};

/** The agreement as an admin sees it: its hash, form, completeness, and the parties not yet confirmed. */
async function agreementOf(disputeId: string) {
  const q = `query($id: ID!) { node(id: $id) { ... on Dispute { parties { id } agreement { textHash form complete confirmations { party { id } } } } } }`;
  const { node } = await ok(app.url, q, { id: disputeId }, v.admin!.token);
  const a = node.agreement as { textHash: string; form: string; complete: boolean; confirmations: { party: { id: string } }[] } | null;
  const confirmed = new Set(a?.confirmations.map((c) => c.party.id) ?? []);
  const parties = (node.parties as { id: string }[]).map((p) => p.id);
  return { textHash: a?.textHash ?? '0'.repeat(64), form: a?.form ?? 'WRITTEN', complete: !!a?.complete, unconfirmed: parties.filter((id) => !confirmed.has(id)), parties };
}

/** The parties as an admin sees them: id and consent. */
async function partiesOf(disputeId: string) {
  const { node } = await ok(app.url, `query($id: ID!) { node(id: $id) { ... on Dispute { status parties { id consent user { id } } } } }`, { id: disputeId }, v.admin!.token);
  return node as { status: string; parties: { id: string; consent: string; user: { id: string } | null }[] };
}

async function take(action: Action, disputeId: string, by: TestUser) {
  switch (action) {
    case 'CONSENT_TO_MEDIATION':
      return call('respondToMediation', 'RespondToMediationInput', { disputeId, consent: true }, by);
    case 'REFUSE_MEDIATION':
      return call('respondToMediation', 'RespondToMediationInput', { disputeId, consent: false, reason: '不愿调解' }, by);
    case 'RECORD_PARTY_RESPONSE': {
      // A consent heard in person while one is pending before mediation; else a refusal (withdrawal).
      const d = await partiesOf(disputeId);
      const pending = d.status !== 'MEDIATING' ? d.parties.find((p) => p.consent === 'PENDING') : undefined;
      const partyId = pending?.id ?? d.parties[0]!.id;
      return call('recordPartyResponse', 'RecordPartyResponseInput', { disputeId, partyId, consent: !!pending, reason: pending ? null : '当事人当面表示不再调解' }, by);
    }
    case 'ACCEPT':
      return call('acceptDispute', 'AcceptDisputeInput', { disputeId }, by);
    case 'DECLINE':
      return call('declineDispute', 'DisputeReasonInput', { disputeId, reason: '不属于调解范围' }, by);
    case 'START_MEDIATION':
      return call('startMediation', 'DisputeRefInput', { disputeId }, by);
    case 'RECORD_OUTCOME': {
      // AGREED once every party confirmed the agreement; FAILED is always open.
      const outcome = (await agreementOf(disputeId)).complete ? 'AGREED' : 'FAILED';
      return call('recordMediationOutcome', 'RecordMediationOutcomeInput', { disputeId, outcome, note: '调解结果' }, by);
    }
    case 'DRAFT_AGREEMENT':
      return call('draftMediationAgreement', 'DraftMediationAgreementInput', { disputeId, form: 'WRITTEN', terms: '一、被申请人于十日内修复漏水并赔偿损失两千元。' }, by);
    case 'CONFIRM_AGREEMENT':
      return call('confirmMediationAgreement', 'ConfirmMediationAgreementInput', { disputeId, textHash: (await agreementOf(disputeId)).textHash }, by);
    case 'RECORD_CONFIRMATION': {
      const a = await agreementOf(disputeId);
      const partyId = a.unconfirmed[0] ?? a.parties[0];
      return call('recordAgreementConfirmation', 'RecordAgreementConfirmationInput', { disputeId, partyId, method: a.form === 'ORAL' ? 'ORAL' : 'PAPER', textHash: a.textHash }, by);
    }
    case 'REFER':
      return call('referDispute', 'ReferDisputeInput', { disputeId, to: 'LITIGATION', reason: '调解不成，引导诉讼' }, by);
    case 'RECORD_FOLLOW_UP':
      return call('recordFollowUp', 'RecordFollowUpInput', { disputeId, result: 'FULFILLED', note: '已履行' }, by);
    case 'ESCALATE':
      return call('escalateDispute', 'DisputeReasonInput', { disputeId, reason: '需上级协调' }, by);
    case 'RECORD_SESSION': {
      // The one who records it mediated; a lawyer is invited.
      const heldAt = new Date(Date.now() - 3_600_000).toISOString();
      const invitees = [{ userId: v.lawyer!.gid, role: 'LAWYER', affiliation: '湖北隆中律师事务所' }];
      return call('recordMediationSession', 'RecordMediationSessionInput', { disputeId, heldAt, place: '调解室', mediatorIds: [by.gid], partyIds: [], invitees, record: '笔录' }, by);
    }
    case 'SCHEDULE_SESSION': {
      // Planned for tomorrow by the one who will mediate; nobody invited (the lawyer's sight is RECORD_SESSION's).
      const plannedAt = new Date(Date.now() + 86_400_000).toISOString();
      return call('scheduleMediationSession', 'ScheduleMediationSessionInput', { disputeId, plannedAt, place: '调解室', mediatorIds: [by.gid], partyIds: [], invitees: [] }, by);
    }
  }
}

async function registered(): Promise<string> {
  const input = { communityId: c.gid, ...DISPUTE, respondents: [{ userId: v.respondent!.gid }, { name: '外来人员' }] };
  return (await ok(app.url, `mutation($input: ApplyForMediationInput!) { applyForMediation(input: $input) { id } }`, { input }, v.applicant!.token)).applyForMediation.id;
}

/** Each state, built through the API from a fresh application. */
const STATES: Record<string, () => Promise<string>> = {
  registered,
  accepted: async () => {
    const id = await registered();
    await must('acceptDispute', 'AcceptDisputeInput', { disputeId: id }, v.mediator!);
    return id;
  },
  'accepted, every party consented': async () => {
    const id = await STATES.accepted!();
    // The respondent consents in the app; the outsider's consent is recorded by the mediator.
    await must('respondToMediation', 'RespondToMediationInput', { disputeId: id, consent: true }, v.respondent!);
    const outsider = (await partiesOf(id)).parties.find((p) => p.consent === 'PENDING')!;
    await must('recordPartyResponse', 'RecordPartyResponseInput', { disputeId: id, partyId: outsider.id, consent: true }, v.mediator!);
    return id;
  },
  mediating: async () => {
    const id = await STATES['accepted, every party consented']!();
    await must('startMediation', 'DisputeRefInput', { disputeId: id }, v.mediator!);
    return id;
  },
  'mediating, agreement drafted': async () => {
    const id = await STATES.mediating!();
    expect((await take('DRAFT_AGREEMENT', id, v.mediator!)).errors).toBeUndefined();
    return id;
  },
  'mediating, agreement confirmed by the applicant': async () => {
    const id = await STATES['mediating, agreement drafted']!();
    expect((await take('CONFIRM_AGREEMENT', id, v.applicant!)).errors).toBeUndefined();
    return id;
  },
  'mediating, agreement confirmed by every party': async () => {
    const id = await STATES['mediating, agreement confirmed by the applicant']!();
    expect((await take('CONFIRM_AGREEMENT', id, v.respondent!)).errors).toBeUndefined();
    expect((await take('RECORD_CONFIRMATION', id, v.mediator!)).errors).toBeUndefined(); // the outsider, on paper
    expect((await agreementOf(id)).complete).toBe(true);
    return id;
  },
  agreed: async () => {
    const id = await STATES['mediating, agreement confirmed by every party']!();
    await must('recordMediationOutcome', 'RecordMediationOutcomeInput', { disputeId: id, outcome: 'AGREED', note: '达成协议' }, v.mediator!);
    return id;
  },
  failed: async () => {
    const id = await STATES.mediating!();
    await must('recordMediationOutcome', 'RecordMediationOutcomeInput', { disputeId: id, outcome: 'FAILED', note: '分歧过大' }, v.mediator!);
    return id;
  },
  declined: async () => {
    const id = await registered();
    await must('declineDispute', 'DisputeReasonInput', { disputeId: id, reason: '已起诉' }, v.mediator!);
    return id;
  },
  referred: async () => {
    const id = await STATES.failed!();
    await must('referDispute', 'ReferDisputeInput', { disputeId: id, to: 'ARBITRATION', reason: '劳动争议' }, v.mediator!);
    return id;
  },
  fulfilled: async () => {
    const id = await STATES.agreed!();
    await must('recordFollowUp', 'RecordFollowUpInput', { disputeId: id, result: 'FULFILLED', note: '已履行' }, v.mediator!);
    return id;
  },
  'mediating, a lawyer invited to a session': async () => {
    const id = await STATES.mediating!();
    const r = await take('RECORD_SESSION', id, v.mediator!);
    expect(r.errors).toBeUndefined();
    return id;
  },
  'refused by the respondent': async () => {
    const id = await STATES.accepted!();
    await must('respondToMediation', 'RespondToMediationInput', { disputeId: id, consent: false }, v.respondent!);
    return id;
  },
  'registered, at the township': async () => {
    const id = await registered();
    await must('escalateDispute', 'DisputeReasonInput', { disputeId: id, reason: '跨社区' }, v.mediator!);
    return id;
  },
  'mediating, at the county (no city center above)': async () => {
    const id = await STATES.mediating!();
    await must('escalateDispute', 'DisputeReasonInput', { disputeId: id, reason: '跨社区' }, v.mediator!);
    await must('escalateDispute', 'DisputeReasonInput', { disputeId: id, reason: '跨街道' }, v.township!);
    return id;
  },
};

const state = async (id: string) => (await ok(app.url, `query($id: ID!) { node(id: $id) { ... on Dispute { status handlingLevel } } }`, { id }, v.admin!.token)).node;
async function offered(id: string, by: TestUser): Promise<Action[]> {
  const { node } = await ok(app.url, `query($id: ID!) { node(id: $id) { ... on Dispute { viewerActions } } }`, { id }, by.token);
  return node?.viewerActions ?? [];
}

beforeAll(async () => {
  app = await startTestApp();
  c = await createCommunity(app);
  const mediation = await createMediationCommittee(app, c);
  const township = await createOrganizationAbove(app, { kind: OrganizationKind.GOVERNANCE_CENTER, name: '檀溪街道综治中心', level: RegionLevel.TOWNSHIP, ...TANXI });
  const county = await createOrganizationAbove(app, { kind: OrganizationKind.GOVERNANCE_CENTER, name: '襄城区综治中心', level: RegionLevel.COUNTY, city: TANXI.city, county: TANXI.county });
  const make = async (name: string, setup: (u: TestUser) => Promise<unknown>, admin = false) => {
    const user = await createUser(app, { name, admin });
    v[name] = user;
    await setup(user);
  };
  await make('mediator', (u) => seat(app, u, mediation.id, MemberRole.MEMBER));
  await make('mediation chair', (u) => seat(app, u, mediation.id, MemberRole.CHAIR));
  await make('grid worker', (u) => seat(app, u, c.orgs.rc.id, MemberRole.GRID_WORKER));
  await make('community center staff', (u) => seat(app, u, c.orgs.center.id, MemberRole.STAFF));
  await make('township', (u) => seat(app, u, township.id, MemberRole.STAFF));
  await make('county', (u) => seat(app, u, county.id, MemberRole.STAFF));
  await make("residents' committee member", (u) => seat(app, u, c.orgs.rc.id, MemberRole.MEMBER));
  await make('applicant', (u) => reside(app, u, c.id));
  await make('respondent', (u) => reside(app, u, c.id));
  await make('bystander', (u) => reside(app, u, c.id));
  await make('outsider', () => Promise.resolve());
  // Invited to sessions (every RECORD_SESSION taken invites them): sees those disputes, acts on none.
  await make('lawyer', () => Promise.resolve());
  await make('admin', () => Promise.resolve(), true);
}, 120_000);
afterAll(() => app?.close());

describe('Dispute.viewerActions: offered steps succeed, the others are refused', () => {
  it.each(Object.keys(STATES))('%s', async (name) => {
    const fixture = await STATES[name]!();
    const before = await state(fixture);
    let offeredSomewhere = 0;
    for (const [who, viewer] of Object.entries(v)) {
      const actions = await offered(fixture, viewer);
      for (const action of ACTIONS) {
        if (actions.includes(action)) {
          offeredSomewhere += 1;
          const fresh = await STATES[name]!();
          const r = await take(action, fresh, viewer);
          expect(r.errors, `${who} ${action} on ${name}: ${JSON.stringify(r.errors)}`).toBeUndefined();
        } else {
          const r = await take(action, fixture, viewer);
          const refused = action === 'ESCALATE' ? [...REFUSED, 'BAD_USER_INPUT'] : REFUSED;
          expect(refused, `${who} ${action} on ${name} is not offered: refused`).toContain(r.errors?.[0]?.extensions?.code);
        }
      }
    }
    // The refusals changed nothing.
    expect(await state(fixture)).toEqual(before);
    // Not vacuous: someone may act on every open or agreed state, nobody on a settled one.
    const settled = ['declined', 'referred', 'fulfilled', 'refused by the respondent'].includes(name);
    expect(offeredSomewhere > 0, name).toBe(!settled);
  }, 240_000);
});

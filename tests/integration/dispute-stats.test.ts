import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { ok } from '../helpers/graphql.js';
import { createCommunity, createOrganizationAbove, createUser, seat, MemberRole, OrganizationKind, RegionLevel, TANXI, type TestCommunity, type TestUser } from '../factories/index.js';
import { createMediationCommittee, DISPUTE } from '../factories/disputes.js';
import { ManualClock } from '../../server/core/clock.js';

// The dispute figures in governanceStats (issue 12, part 1) over a known history, played through the
// API with a manual clock. Each value below is computed by hand from the table; the window's edges
// are [from, to): a step exactly at `from` counts, one exactly at `to` does not.
//
//  dispute  registered        accepted   escalated    outcome                    referred   follow-up
//  D1       02-25 00:00       02-26      —            AGREED 03-02 00:00         —          FULFILLED 03-20
//  D2       03-01 00:00 (from) 03-01     03-02 (→ 街道) AGREED 03-11 12:00 (街道)  —          BREACHED 03-25
//  D3       03-05             03-05      —            FAILED 03-10               03-12      —
//  D4       03-06             03-06      —            FAILED 03-31 23:59:59      —          —
//  D5       03-07             declined 03-08
//  D6       03-20             03-21      —            AGREED 04-01 00:00 (to)    —          —
//  D7       04-01 00:00 (to)  —
//  D8       02-10             02-10      —            AGREED 02-28 00:00         —          FULFILLED 03-05
//
// March, [03-01, 04-01):
//  registered  D2 D3 D4 D5 D6                                  = 5   (D7 at `to` is out, D1 D8 before)
//  accepted    D2 D3 D4 D6                                     = 4
//  declined    D5                                              = 1
//  agreed      D1 (03-02) D2 (03-11)                           = 2   (D6 at `to` is out, D8 in February)
//  failed      D4                                              = 1   (its last second of March)
//  referred    D3 (failed 03-10, referred 03-12)               = 1
//  化解率       2 ÷ (2 + 1 + 1)                                 = 0.5
//  就地化解率   D1 at the community; D2 agreed by the township   = 1 ÷ 2 = 0.5
//  median days registration → AGREED: D1 5 (02-25 → 03-02, February 2026 has 28 days), D2 10.5 → 7.75
//  follow-ups  D8 FULFILLED 03-05, D1 FULFILLED 03-20, D2 BREACHED 03-25 → 2 fulfilled, 1 breached, 2 ÷ 3
//
// From the beginning to 04-01: registered D1–D6, D8 = 7; accepted D1 D2 D3 D4 D6 D8 = 6; agreed D1 D2
// D8 = 3; failed 1; referred 1; 化解率 3 ÷ 5 = 0.6; 就地化解率 2 ÷ 3 (D1, D8); median of 5, 10.5, 18
// (D8: 02-10 → 02-28) = 10.5; follow-ups as in March.
const clock = new ManualClock(new Date('2026-02-01T00:00:00.000Z'));
let app: TestApp;
let c: TestCommunity;
let mediator: TestUser;
let township: TestUser;
let member: TestUser;

const at = (iso: string) => clock.set(new Date(`2026-${iso}.000Z`));
const step = async (name: string, type: string, input: Record<string, unknown>, by = mediator) =>
  (await ok(app.url, `mutation($input: ${type}!) { ${name}(input: $input) { id status } }`, { input }, by.token))[name] as { id: string; status: string };
const register = async (when: string) => {
  at(when);
  return (await step('registerDispute', 'RegisterDisputeInput', { communityId: c.gid, ...DISPUTE, applicants: [{ name: '甲' }], respondents: [{ name: '乙' }] })).id;
};
const accept = (id: string, when: string) => (at(when), step('acceptDispute', 'AcceptDisputeInput', { disputeId: id }));
/** Every party consents (recorded by the mediator: both are outsiders), then mediation starts. */
async function mediate(id: string, by = mediator) {
  const { node } = await ok(app.url, `query($id: ID!) { node(id: $id) { ... on Dispute { parties { id } } } }`, { id }, by.token);
  for (const p of node.parties) await step('recordPartyResponse', 'RecordPartyResponseInput', { disputeId: id, partyId: p.id, consent: true }, by);
  return step('startMediation', 'DisputeRefInput', { disputeId: id }, by);
}
const fail = (id: string, when: string) => (at(when), step('recordMediationOutcome', 'RecordMediationOutcomeInput', { disputeId: id, outcome: 'FAILED', note: '分歧过大' }));
async function agree(id: string, when: string, by = mediator) {
  at(when);
  await step('draftMediationAgreement', 'DraftMediationAgreementInput', { disputeId: id, form: 'WRITTEN', terms: '赔偿两千元' }, by);
  const { node } = await ok(app.url, `query($id: ID!) { node(id: $id) { ... on Dispute { parties { id } agreement { textHash } } } }`, { id }, by.token);
  for (const p of node.parties) await step('recordAgreementConfirmation', 'RecordAgreementConfirmationInput', { disputeId: id, partyId: p.id, method: 'PAPER', textHash: node.agreement.textHash }, by);
  return step('recordMediationOutcome', 'RecordMediationOutcomeInput', { disputeId: id, outcome: 'AGREED', note: '达成协议' }, by);
}
const followUp = (id: string, result: string, when: string) => (at(when), step('recordFollowUp', 'RecordFollowUpInput', { disputeId: id, result, note: '回访' }));

beforeAll(async () => {
  app = await startTestApp({ clock });
  c = await createCommunity(app);
  const committee = await createMediationCommittee(app, c);
  const center = await createOrganizationAbove(app, { kind: OrganizationKind.GOVERNANCE_CENTER, name: '檀溪街道综治中心', level: RegionLevel.TOWNSHIP, ...TANXI });
  mediator = await createUser(app, { name: '调解员' });
  await seat(app, mediator, committee.id);
  township = await createUser(app, { name: '街道' });
  await seat(app, township, center.id, MemberRole.STAFF);
  member = await createUser(app, { name: '居委会' });
  await seat(app, member, c.orgs.rc.id);

  const d8 = await register('02-10T00:00:00');
  await accept(d8, '02-10T01:00:00');
  await mediate(d8);
  await agree(d8, '02-28T00:00:00');
  const d1 = await register('02-25T00:00:00');
  await accept(d1, '02-26T00:00:00');
  await mediate(d1);
  await agree(d1, '03-02T00:00:00');
  const d2 = await register('03-01T00:00:00');
  await accept(d2, '03-01T02:00:00');
  at('03-02T00:00:00');
  await step('escalateDispute', 'DisputeReasonInput', { disputeId: d2, reason: '跨社区' });
  await mediate(d2, township);
  await agree(d2, '03-11T12:00:00', township);
  await followUp(d8, 'FULFILLED', '03-05T00:00:00');
  const d3 = await register('03-05T00:00:00');
  await accept(d3, '03-05T01:00:00');
  await mediate(d3);
  await fail(d3, '03-10T00:00:00');
  at('03-12T00:00:00');
  await step('referDispute', 'ReferDisputeInput', { disputeId: d3, to: 'LITIGATION', reason: '引导诉讼' });
  const d4 = await register('03-06T00:00:00');
  await accept(d4, '03-06T01:00:00');
  await mediate(d4);
  const d5 = await register('03-07T00:00:00');
  at('03-08T00:00:00');
  await step('declineDispute', 'DisputeReasonInput', { disputeId: d5, reason: '已起诉' });
  const d6 = await register('03-20T00:00:00');
  await followUp(d1, 'FULFILLED', '03-20T01:00:00');
  await accept(d6, '03-21T00:00:00');
  await mediate(d6);
  // D2 was agreed by the township: its follow-up is theirs.
  at('03-25T00:00:00');
  await step('recordFollowUp', 'RecordFollowUpInput', { disputeId: d2, result: 'BREACHED', note: '未履行' }, township);
  await fail(d4, '03-31T23:59:59');
  await agree(d6, '04-01T00:00:00');
  await register('04-01T00:00:00');
  at('04-02T00:00:00');
}, 180_000);
afterAll(() => app?.close());

const FIGURES = `registered accepted declined agreed failed referred resolutionRate localResolutionRate medianDaysToAgreement agreementsFulfilled agreementsBreached fulfillmentRate`;
const stats = async (from: string | null, to: string, by = member) =>
  (await ok(app.url, `query($c: ID!, $from: DateTime, $to: DateTime) { governanceStats(communityId: $c, from: $from, to: $to) { disputes { ${FIGURES} } } }`, { c: c.gid, from, to }, by.token)).governanceStats.disputes;

describe('governanceStats.disputes over a known history', () => {
  it('March [03-01, 04-01): the values computed by hand', async () => {
    expect(await stats('2026-03-01T00:00:00.000Z', '2026-04-01T00:00:00.000Z')).toEqual({
      registered: 5,
      accepted: 4,
      declined: 1,
      agreed: 2,
      failed: 1,
      referred: 1,
      resolutionRate: 0.5,
      localResolutionRate: 0.5,
      medianDaysToAgreement: 7.75,
      agreementsFulfilled: 2,
      agreementsBreached: 1,
      fulfillmentRate: 2 / 3,
    });
  });

  it('from the beginning to 04-01', async () => {
    expect(await stats(null, '2026-04-01T00:00:00.000Z')).toEqual({
      registered: 7,
      accepted: 6,
      declined: 1,
      agreed: 3,
      failed: 1,
      referred: 1,
      resolutionRate: 0.6,
      localResolutionRate: 2 / 3,
      medianDaysToAgreement: 10.5,
      agreementsFulfilled: 2,
      agreementsBreached: 1,
      fulfillmentRate: 2 / 3,
    });
  });

  it('the edges: one second past `to` takes in D6 and D7; a window with nothing closed has no rates', async () => {
    const april = await stats('2026-04-01T00:00:00.000Z', '2026-04-01T00:00:01.000Z');
    // D6 agreed at 04-01 00:00 (registered 03-20: 11 days to the end of March + 1 = 12), D7 registered then.
    expect(april).toMatchObject({ registered: 1, agreed: 1, resolutionRate: 1, localResolutionRate: 1, medianDaysToAgreement: 12 });
    const january = await stats('2026-01-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z');
    expect(january).toEqual({
      registered: 0,
      accepted: 0,
      declined: 0,
      agreed: 0,
      failed: 0,
      referred: 0,
      resolutionRate: null,
      localResolutionRate: null,
      medianDaysToAgreement: null,
      agreementsFulfilled: 0,
      agreementsBreached: 0,
      fulfillmentRate: null,
    });
  });
});

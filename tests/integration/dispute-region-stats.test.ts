import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { ok } from '../helpers/graphql.js';
import { createCommunity, createOrganizationAbove, createUser, em, placeIn, seat, MemberRole, OrganizationKind, RegionLevel, type TestCommunity, type TestUser } from '../factories/index.js';
import { createMediationCommittee, DISPUTE } from '../factories/disputes.js';
import { ManualClock } from '../../server/core/clock.js';
import { disputeStats, regionDisputeStats } from '../../server/disputes/index.js';

// The dispute figures of a region (`regionDisputeStats`, server/disputes/stats.ts): the same SQL as a
// community's, over every community of the region. A known history across two townships of one
// county (襄城区: 檀溪街道 with two communities, 庞公街道 with one) and a community of another county
// (樊城区 米公街道) of the same city, played through the API with a manual clock. Each value below is
// computed by hand; the window is March, [03-01, 04-01).
//
//  dispute  community        registered   accepted  escalated        outcome                 referred  follow-up
//  D1       檀溪 A1           03-01 00:00  03-01     —                AGREED 03-05 00:00 (4 d)  —         FULFILLED 03-20
//  D2       檀溪 A1           03-02        03-02     —                FAILED 03-10            03-12     —
//  D3       檀溪 A2           03-03        declined 03-04
//  D4       檀溪 A2           02-20 00:00  02-20     —                AGREED 03-03 00:00 (11 d) —         —
//  D5       庞公 B            03-01 00:00  03-01     03-02 (→ 街道)     AGREED 03-11 00:00 (10 d) —         BREACHED 03-25
//  D6       庞公 B            03-05        03-05     —                FAILED 03-20            —         —
//  D7       庞公 B            04-01 00:00 (at `to`: out of March)
//  D8       米公 C (樊城区)    03-01 00:00  03-01     —                AGREED 03-03 00:00 (2 d)  —         —
//
//  March         registered accepted declined agreed local failed referred  化解率  就地化解率 median  fulfilled breached 履行率
//  檀溪街道        3 (D1-3)   2 (D1 D2) 1        2 (D1 D4) 2  0      1 (D2)    2/3     1          7.5     1         0        1
//  庞公街道        2 (D5 D6)  2         0        1 (D5)    0  1 (D6) 0         1/2     0          10      0         1        0
//  襄城区 (both)   5          4         1        3         2  1      1         3/5     2/3        10      1         1        1/2
//  襄阳市 (+ D8)   6          5         1        4         3  1      1         4/6     3/4        7       1         1        1/2
//  樊城区          1          1         0        1         1  0      0         1       1          2       0         0        null
//  A1 (community) 2          2         0        1         1  0      1         1/2     1          4       1         0        1
const clock = new ManualClock(new Date('2026-02-01T00:00:00.000Z'));
const CITY = '襄阳市';
const TANXI = { city: CITY, county: '襄城区', township: '檀溪街道' };
const PANGGONG = { city: CITY, county: '襄城区', township: '庞公街道' };
const MIGONG = { city: CITY, county: '樊城区', township: '米公街道' };
const MARCH = [new Date('2026-03-01T00:00:00.000Z'), new Date('2026-04-01T00:00:00.000Z')] as const;

let app: TestApp;
let a1: TestCommunity;
let mediator: TestUser;
let township: TestUser;
let member: TestUser;
const region: Record<'tanxi' | 'panggong' | 'migong' | 'xiangcheng' | 'fancheng' | 'city', string> = { tanxi: '', panggong: '', migong: '', xiangcheng: '', fancheng: '', city: '' };

const at = (iso: string) => clock.set(new Date(`2026-${iso}.000Z`));
const step = async (name: string, type: string, input: Record<string, unknown>, by = mediator) =>
  (await ok(app.url, `mutation($input: ${type}!) { ${name}(input: $input) { id status } }`, { input }, by.token))[name] as { id: string; status: string };
const register = async (c: TestCommunity, when: string) => {
  at(when);
  return (await step('registerDispute', 'RegisterDisputeInput', { communityId: c.gid, ...DISPUTE, applicants: [{ name: '甲' }], respondents: [{ name: '乙' }] })).id;
};
const accept = (id: string, when: string) => (at(when), step('acceptDispute', 'AcceptDisputeInput', { disputeId: id }));
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
const followUp = (id: string, result: string, when: string, by = mediator) => (at(when), step('recordFollowUp', 'RecordFollowUpInput', { disputeId: id, result, note: '回访' }, by));

beforeAll(async () => {
  app = await startTestApp({ clock });
  a1 = await createCommunity(app, '檀溪一', TANXI);
  const a2 = await createCommunity(app, '檀溪二', TANXI);
  const b = await createCommunity(app, '庞公', PANGGONG);
  const c = await createCommunity(app, '米公', MIGONG);
  mediator = await createUser(app, { name: '调解员' });
  for (const community of [a1, a2, b, c]) await seat(app, mediator, (await createMediationCommittee(app, community)).id);
  const center = await createOrganizationAbove(app, { kind: OrganizationKind.GOVERNANCE_CENTER, name: '庞公街道综治中心', level: RegionLevel.TOWNSHIP, ...PANGGONG });
  township = await createUser(app, { name: '街道' });
  await seat(app, township, center.id, MemberRole.STAFF);
  member = await createUser(app, { name: '居委会' });
  await seat(app, member, a1.orgs.rc.id);
  region.tanxi = await placeIn(app, TANXI);
  region.panggong = await placeIn(app, PANGGONG);
  region.migong = await placeIn(app, MIGONG);
  region.xiangcheng = await placeIn(app, { city: CITY, county: '襄城区' });
  region.fancheng = await placeIn(app, { city: CITY, county: '樊城区' });
  region.city = await placeIn(app, { city: CITY });

  const d4 = await register(a2, '02-20T00:00:00');
  await accept(d4, '02-20T01:00:00');
  await mediate(d4);
  const d1 = await register(a1, '03-01T00:00:00');
  const d5 = await register(b, '03-01T00:00:00');
  const d8 = await register(c, '03-01T00:00:00');
  await accept(d1, '03-01T01:00:00');
  await mediate(d1);
  await accept(d5, '03-01T01:00:00');
  await accept(d8, '03-01T01:00:00');
  await mediate(d8);
  at('03-02T00:00:00');
  await step('escalateDispute', 'DisputeReasonInput', { disputeId: d5, reason: '涉及两个社区' });
  await mediate(d5, township);
  const d2 = await register(a1, '03-02T00:00:00');
  await accept(d2, '03-02T01:00:00');
  await mediate(d2);
  await agree(d4, '03-03T00:00:00');
  await agree(d8, '03-03T00:00:00');
  const d3 = await register(a2, '03-03T00:00:00');
  at('03-04T00:00:00');
  await step('declineDispute', 'DisputeReasonInput', { disputeId: d3, reason: '已起诉' });
  await agree(d1, '03-05T00:00:00');
  const d6 = await register(b, '03-05T00:00:00');
  await accept(d6, '03-05T01:00:00');
  await mediate(d6);
  await fail(d2, '03-10T00:00:00');
  await agree(d5, '03-11T00:00:00', township);
  at('03-12T00:00:00');
  await step('referDispute', 'ReferDisputeInput', { disputeId: d2, to: 'LITIGATION', reason: '引导诉讼' });
  await followUp(d1, 'FULFILLED', '03-20T00:00:00');
  await fail(d6, '03-20T01:00:00');
  await followUp(d5, 'BREACHED', '03-25T00:00:00', township);
  await register(b, '04-01T00:00:00');
  at('04-02T00:00:00');
}, 180_000);
afterAll(() => app?.close());

const of = (regionId: string, from: Date | null = MARCH[0], to: Date = MARCH[1]) => regionDisputeStats(em(app), regionId, from, to);
const figures = (
  registered: number, accepted: number, declined: number, agreed: number, failed: number, referred: number,
  resolutionRate: number | null, localResolutionRate: number | null, medianDaysToAgreement: number | null,
  agreementsFulfilled: number, agreementsBreached: number, fulfillmentRate: number | null,
) => ({ registered, accepted, declined, agreed, failed, referred, resolutionRate, localResolutionRate, medianDaysToAgreement, agreementsFulfilled, agreementsBreached, fulfillmentRate });

describe('regionDisputeStats over a known history', () => {
  it('each township, March: its own communities only', async () => {
    expect({ ...(await of(region.tanxi)) }).toEqual(figures(3, 2, 1, 2, 0, 1, 2 / 3, 1, 7.5, 1, 0, 1));
    expect({ ...(await of(region.panggong)) }).toEqual(figures(2, 2, 0, 1, 1, 0, 0.5, 0, 10, 0, 1, 0));
    expect({ ...(await of(region.migong)) }).toEqual(figures(1, 1, 0, 1, 0, 0, 1, 1, 2, 0, 0, null));
  });

  it('the county pools its two townships; the other county and the city', async () => {
    expect({ ...(await of(region.xiangcheng)) }).toEqual(figures(5, 4, 1, 3, 1, 1, 3 / 5, 2 / 3, 10, 1, 1, 0.5));
    expect({ ...(await of(region.fancheng)) }).toEqual(figures(1, 1, 0, 1, 0, 0, 1, 1, 2, 0, 0, null));
    expect({ ...(await of(region.city)) }).toEqual(figures(6, 5, 1, 4, 1, 1, 4 / 6, 3 / 4, 7, 1, 1, 0.5));
  });

  it('from the beginning to 04-02 takes in D7 and D4\'s February steps', async () => {
    // 襄城区: registered D1–D7 = 7, accepted D1 D2 D4 D5 D6 = 5; the outcomes and follow-ups are all in March.
    expect({ ...(await of(region.xiangcheng, null, new Date('2026-04-02T00:00:00.000Z'))) }).toEqual(figures(7, 5, 1, 3, 1, 1, 3 / 5, 2 / 3, 10, 1, 1, 0.5));
  });

  it('a community\'s figures are the same SQL: disputeStats and governanceStats agree with the hand count', async () => {
    const expected = figures(2, 2, 0, 1, 0, 1, 0.5, 1, 4, 1, 0, 1);
    expect({ ...(await disputeStats(em(app), a1.id, ...MARCH)) }).toEqual(expected);
    const FIGURES = Object.keys(expected).join(' ');
    const api = await ok(app.url, `query($c: ID!, $from: DateTime, $to: DateTime) { governanceStats(communityId: $c, from: $from, to: $to) { disputes { ${FIGURES} } } }`, { c: a1.gid, from: MARCH[0].toISOString(), to: MARCH[1].toISOString() }, member.token);
    expect(api.governanceStats.disputes).toEqual(expected);
  });

  it('a region without communities (or unknown) has every count 0 and no rates', async () => {
    const empty = figures(0, 0, 0, 0, 0, 0, null, null, null, 0, 0, null);
    expect({ ...(await of(randomUUID())) }).toEqual(empty);
    expect({ ...(await of(await placeIn(app, { city: '宜昌市' }))) }).toEqual(empty);
  });
});

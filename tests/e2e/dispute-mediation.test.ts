import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { ok } from '../helpers/graphql.js';
import { createCommunity, createOrganizationAbove, createUser, OrganizationKind, PASSWORD, RegionLevel, reside, seat, MemberRole, TANXI, type TestCommunity, type TestUser } from '../factories/index.js';
import { createMediationCommittee } from '../factories/disputes.js';
import { appointSeat, LegalSeatRole } from '../factories/legal.js';
import { DESKTOP, PHONE, WAIT, captureOnFailure, launchBrowser, markNoReload, navigateByMenu, requireBuiltClient, scrollWidth, signInThroughPage, wasNotReloaded, watchErrors } from '../helpers/browser.js';

/**
 * 矛盾纠纷排查化解 as the people do it, in Chromium: a resident on a phone applies for mediation
 * (来访), naming the neighbour upstairs by phone; the committee's mediator at a desktop sees it
 * arrive, accepts it; the neighbour consents from their own phone (mediation is voluntary); the
 * mediator starts mediation, records a session with the community's lawyer invited, drafts the
 * agreement; both parties confirm it from their own sessions against the hash they are shown; it
 * is AGREED and the center's dashboard's 化解率 moves; the follow-up finds it FULFILLED. Then the
 * other forms of the disputes client, each opened and sent: a decline with a reason, a party's
 * refusal, 排查登记, a party's answer recorded by the mediator, escalation, referral, a paper
 * signature, and an issue turned into a dispute (linked both ways).
 */
const LIVE = 2 * WAIT;
const TITLE = `楼上卫生间漏水${Date.now() % 100000}`;
const TERMS = '一、被申请人于十日内请施工队重做卫生间防水；\n二、被申请人赔偿申请人粉刷费用一千二百元。';

let app: TestApp;
let browser: Browser;
let c: TestCommunity;
const contexts: BrowserContext[] = [];
const errors: ReturnType<typeof watchErrors>[] = [];
const u = {} as Record<'resident' | 'neighbour' | 'mediator' | 'center' | 'lawyer', TestUser>;
let resident: Page;
let neighbour: Page;
let mediator: Page;
let center: Page;
let disputeId = '';
const seeded = {} as Record<'failed' | 'paper' | 'decline' | 'refuse' | 'issue', string>;

async function open(options: typeof DESKTOP, label: string): Promise<Page> {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(WAIT);
  contexts.push(context);
  const page = await context.newPage();
  errors.push(watchErrors(page, label));
  return page;
}
const api = async (mutation: string, type: string, input: Record<string, unknown>, by: TestUser, select = 'id') =>
  (await ok(app.url, `mutation($input: ${type}!) { ${mutation}(input: $input) { ${select} } }`, { input }, by.token))[mutation] as { id: string };
const partiesOf = async (id: string) =>
  (await ok(app.url, `query($id: ID!) { node(id: $id) { ... on Dispute { parties { id consent } agreement { textHash } } } }`, { id }, u.mediator.token)).node as {
    parties: { id: string; consent: string }[];
    agreement: { textHash: string } | null;
  };
/** Applied for by the resident, accepted, every party's consent recorded, in mediation: through the API. */
async function mediatingByApi(title: string, respondent: string): Promise<string> {
  const { id } = await api('applyForMediation', 'ApplyForMediationInput', { communityId: c.gid, title, description: '协商未果，申请调解。', category: 'CONSUMER', respondents: [{ name: respondent }] }, u.resident);
  await api('acceptDispute', 'AcceptDisputeInput', { disputeId: id }, u.mediator);
  for (const p of (await partiesOf(id)).parties.filter((x) => x.consent === 'PENDING')) await api('recordPartyResponse', 'RecordPartyResponseInput', { disputeId: id, partyId: p.id, consent: true }, u.mediator);
  await api('startMediation', 'DisputeRefInput', { disputeId: id }, u.mediator);
  return id;
}

const signIn = (page: Page, user: TestUser) => signInThroughPage(page, app.url, user, PASSWORD);
const status = (page: Page) => page.getByTestId('dispute-page').getAttribute('data-status');
const waitStatus = (page: Page, value: string) => expect.poll(() => status(page), { timeout: LIVE }).toBe(value);
const action = (page: Page, name: string): Locator => page.getByTestId(`dispute-action-${name}`);
const shownHash = async (page: Page) => /文本指纹 ([0-9a-f]{12})/.exec((await page.getByTestId('dispute-agreement').textContent()) ?? '')?.[1];
async function choose(page: Page, select: Locator, option: string): Promise<void> {
  await select.click();
  await page.locator('.n-base-select-option').filter({ hasText: option }).first().click();
}
const openDispute = async (page: Page, id: string) => {
  await page.goto(`${app.url}/disputes/${encodeURIComponent(id)}`);
  await page.getByTestId('dispute-page').waitFor();
};

beforeAll(async () => {
  requireBuiltClient();
  app = await startTestApp();
  c = await createCommunity(app);
  const committee = await createMediationCommittee(app, c, '人民调解委员会');
  await createOrganizationAbove(app, { kind: OrganizationKind.GOVERNANCE_CENTER, name: '檀溪街道综治中心', level: RegionLevel.TOWNSHIP, ...TANXI });
  u.resident = await createUser(app, { name: '高淑珍' });
  u.neighbour = await createUser(app, { name: '方国强' });
  u.mediator = await createUser(app, { name: '黄德明' });
  u.center = await createUser(app, { name: '李建国' });
  u.lawyer = await createUser(app, { name: '孟律师' });
  await reside(app, u.resident, c.id, { unitId: c.units[0]!.id });
  await reside(app, u.neighbour, c.id, { unitId: c.units[1]!.id });
  await seat(app, u.mediator, committee.id, MemberRole.CHAIR);
  await seat(app, u.center, c.orgs.center.id, MemberRole.STAFF);
  await appointSeat(app, c.id, u.lawyer, LegalSeatRole.LEGAL_ADVISER);

  // The history the figures start from: one mediation that failed (化解率 0 of 1).
  seeded.failed = await mediatingByApi('外卖店油烟扰民', '外卖店老板');
  await api('recordMediationOutcome', 'RecordMediationOutcomeInput', { disputeId: seeded.failed, outcome: 'FAILED', note: '双方分歧过大' }, u.mediator);
  // In mediation, the resident confirmed the agreement in the app; the shop signs on paper.
  seeded.paper = await mediatingByApi('装修押金不退', '某装修公司');
  await api('draftMediationAgreement', 'DraftMediationAgreementInput', { disputeId: seeded.paper, form: 'WRITTEN', terms: '装修公司于七日内退还押金两千元。' }, u.mediator);
  await api('confirmMediationAgreement', 'ConfirmMediationAgreementInput', { disputeId: seeded.paper, textHash: (await partiesOf(seeded.paper)).agreement!.textHash }, u.resident);
  seeded.decline = (await api('applyForMediation', 'ApplyForMediationInput', { communityId: c.gid, title: '购房合同违约金', description: '要求开发商支付违约金。', category: 'CONSUMER', respondents: [{ name: '某开发商' }] }, u.resident)).id;
  seeded.refuse = (await api('applyForMediation', 'ApplyForMediationInput', { communityId: c.gid, title: '阳台晾衣滴水', description: '楼上晾衣服滴水到我家阳台。', category: 'NEIGHBOR', respondents: [{ name: '楼上', phone: u.neighbour.phone }] }, u.resident)).id;
  seeded.issue = (await api('submitIssue', 'SubmitIssueInput', { communityId: c.gid, title: '广场舞音响太吵', body: '每晚八点后广场舞音响声音很大，影响休息。', category: 'OTHER', visibility: 'PUBLIC' }, u.resident)).id;

  browser = await launchBrowser();
  resident = await open(PHONE, 'resident');
  neighbour = await open(PHONE, 'neighbour');
  mediator = await open(DESKTOP, 'mediator');
  center = await open(DESKTOP, 'center');
}, 180_000);

beforeEach(({ onTestFailed }) => captureOnFailure(onTestFailed, () => ({ resident, neighbour, mediator, center })));

afterAll(async () => {
  const seen = errors.flatMap((e) => [...e.pageErrors, ...e.consoleErrors]);
  if (seen.length) console.warn(`Browser errors during the mediation journey:\n${seen.join('\n')}`);
  await browser?.close();
  await app?.close();
});

describe('a dispute mediated from application to follow-up, as the people do it', { timeout: 180_000 }, () => {
  it('the resident applies on the phone (来访); the desk and the figures are open on desktops', async () => {
    await Promise.all([signIn(resident, u.resident), signIn(neighbour, u.neighbour), signIn(mediator, u.mediator), signIn(center, u.center)]);
    await navigateByMenu(mediator, app.url, '调解工作台', '/disputes/desk');
    await expect.poll(() => mediator.getByTestId('dispute-card').count(), { timeout: LIVE }).toBeGreaterThan(0);
    await markNoReload(mediator);
    await center.goto(`${app.url}/dashboard`);
    // One mediation closed, none agreed: 化解率 0%.
    await expect.poll(() => center.getByTestId('stat-dispute-resolution-rate').textContent(), { timeout: LIVE }).toContain('0%');
    expect(await center.getByTestId('stat-dispute-resolution-rate').textContent()).not.toContain('50');

    await navigateByMenu(resident, app.url, '我的调解', '/disputes/mine');
    await resident.getByTestId('dispute-apply').click();
    await resident.getByTestId('dispute-title').locator('input').fill(TITLE);
    await resident.getByTestId('dispute-description').locator('textarea').fill('楼上卫生间防水老化，漏水导致我家天花板发霉，协商未果。');
    await resident.getByTestId('dispute-respondent').locator('input').fill('楼上邻居');
    await resident.getByTestId('dispute-respondent-phone').locator('input').fill(u.neighbour.phone);
    await resident.getByTestId('dispute-apply-submit').click();
    await resident.waitForURL(/\/disputes\/(?!mine)[^/]+$/);
    disputeId = decodeURIComponent(new URL(resident.url()).pathname.split('/').pop()!);
    await waitStatus(resident, 'REGISTERED');
    // The applicant consented by applying; the other side has yet to answer.
    expect(await resident.getByTestId('dispute-party-consent').evaluateAll((tags) => tags.map((t) => t.getAttribute('data-consent')))).toEqual(['CONSENTED', 'PENDING']);
    // At 390 px: no sideways scrolling.
    expect(await scrollWidth(resident)).toBeLessThanOrEqual(390);

    // The desk has it without a reload.
    await mediator.locator(`[data-testid="dispute-card"][data-dispute-id="${disputeId}"]`).waitFor({ timeout: LIVE });
    expect(await wasNotReloaded(mediator)).toBe(true);
  });

  it('the committee accepts; the neighbour consents from their own phone; then mediation starts', async () => {
    await mediator.locator(`[data-testid="dispute-card"][data-dispute-id="${disputeId}"] a`).click();
    await mediator.getByTestId('dispute-page').waitFor();
    await action(mediator, 'ACCEPT').click();
    await waitStatus(mediator, 'ACCEPTED');
    // Not before every party consented (人民调解法 第17条).
    expect(await action(mediator, 'START_MEDIATION').count()).toBe(0);
    await markNoReload(mediator);

    await navigateByMenu(neighbour, app.url, '我的调解', '/disputes/mine');
    await neighbour.locator(`[data-testid="dispute-card"][data-dispute-id="${disputeId}"] a`).click();
    await waitStatus(neighbour, 'ACCEPTED');
    await neighbour.getByTestId('dispute-consent-yes').click();
    await expect.poll(() => neighbour.locator('[data-testid="dispute-party-consent"][data-consent="CONSENTED"]').count(), { timeout: LIVE }).toBe(2);

    await action(mediator, 'START_MEDIATION').waitFor({ timeout: LIVE });
    expect(await wasNotReloaded(mediator)).toBe(true);
    await action(mediator, 'START_MEDIATION').click();
    await waitStatus(mediator, 'MEDIATING');
  });

  it('a session is recorded with the community’s lawyer invited', async () => {
    await action(mediator, 'RECORD_SESSION').click();
    const form = mediator.getByTestId('dispute-session-form');
    await form.waitFor();
    await mediator.getByTestId('dispute-session-place').locator('input').fill('檀溪社区人民调解室');
    await choose(mediator, mediator.getByTestId('dispute-session-lawyer'), '孟律师');
    await mediator.getByTestId('dispute-session-record').locator('textarea').fill('双方到场。被申请人承认防水老化，同意维修；孟律师释明相邻关系的法律规定。');
    await mediator.getByTestId('dispute-session-submit').click();
    await expect.poll(() => mediator.getByTestId('dispute-session').count(), { timeout: LIVE }).toBe(1);
    expect(await mediator.getByTestId('dispute-session').textContent()).toContain('孟律师');
  });

  it('the agreement is drafted, and both parties confirm it from their own sessions against the hash shown', async () => {
    await action(mediator, 'DRAFT_AGREEMENT').click();
    await mediator.getByTestId('dispute-agreement-terms').locator('textarea').fill(TERMS);
    await mediator.getByTestId('dispute-agreement-submit').click();
    await mediator.getByTestId('dispute-agreement-number').waitFor({ timeout: LIVE });
    const hash = await shownHash(mediator);
    expect(hash).toMatch(/^[0-9a-f]{12}$/);

    for (const party of [resident, neighbour]) {
      // The agreement arrives on the phone live; the same text, the same hash.
      await party.getByTestId('dispute-confirm-agreement').waitFor({ timeout: LIVE });
      expect(await party.getByTestId('dispute-agreement-terms-text').textContent()).toBe(TERMS);
      expect(await shownHash(party)).toBe(hash);
      await party.getByTestId('dispute-confirm-agreement').click();
      await party.locator('.n-dialog').getByRole('button', { name: '确认' }).click();
      await expect.poll(() => party.getByTestId('dispute-my-confirmation').getAttribute('data-confirmed'), { timeout: LIVE }).toBe('yes');
    }
    expect(await scrollWidth(resident)).toBeLessThanOrEqual(390);
    await expect.poll(() => mediator.locator('[data-confirmed="yes"]').count(), { timeout: LIVE }).toBe(2);
  });

  it('the dispute is AGREED, the dashboard’s 化解率 moves, and the follow-up finds it FULFILLED', async () => {
    await action(mediator, 'RECORD_OUTCOME').click();
    await mediator.getByTestId('dispute-outcome-form').waitFor();
    expect(await mediator.getByTestId('dispute-result-AGREED').locator('input').isChecked()).toBe(true);
    await mediator.getByTestId('dispute-note').locator('textarea').fill('双方自愿达成调解协议，当场确认。');
    await mediator.getByTestId('dispute-note-submit').click();
    await waitStatus(mediator, 'AGREED');
    await waitStatus(resident, 'AGREED');
    // 1 agreed of 2 closed: 50%, on the center's dashboard without a reload.
    await expect.poll(() => center.getByTestId('stat-dispute-resolution-rate').textContent(), { timeout: LIVE }).toContain('50%');

    await action(mediator, 'RECORD_FOLLOW_UP').click();
    await mediator.getByTestId('dispute-follow-up-form').waitFor();
    await mediator.getByTestId('dispute-result-FULFILLED').click();
    await mediator.getByTestId('dispute-note').locator('textarea').fill('回访：防水已重做，赔偿已付清。');
    await mediator.getByTestId('dispute-note-submit').click();
    await waitStatus(mediator, 'FULFILLED');
    await waitStatus(resident, 'FULFILLED');
    expect(await resident.getByTestId('dispute-note-follow-up').textContent()).toContain('赔偿已付清');
    await expect.poll(() => center.getByTestId('stat-dispute-fulfillment-rate').textContent(), { timeout: LIVE }).toContain('100%');
  });
});

describe('the other forms of the disputes client', { timeout: 180_000 }, () => {
  it('the committee declines with a reason; the resident reads it on the phone', async () => {
    await openDispute(mediator, seeded.decline);
    await action(mediator, 'DECLINE').click();
    await mediator.getByTestId('dispute-reason').locator('textarea').fill('该纠纷已由人民法院受理，依法不再调解。');
    await mediator.getByTestId('dispute-decline-submit').click();
    await waitStatus(mediator, 'DECLINED');
    await openDispute(resident, seeded.decline);
    expect(await resident.getByTestId('dispute-note-decline').textContent()).toContain('人民法院受理');
    expect(await scrollWidth(resident)).toBeLessThanOrEqual(390);
  });

  it('a party refuses mediation from their phone: it is not mediated', async () => {
    await openDispute(neighbour, seeded.refuse);
    await neighbour.getByTestId('dispute-consent-no').click();
    await neighbour.getByTestId('dispute-refuse-reason').locator('textarea').fill('已自行修好，不需要调解');
    await neighbour.getByTestId('dispute-refuse-submit').click();
    await waitStatus(neighbour, 'DECLINED');
    expect(await neighbour.getByTestId('dispute-note-decline').textContent()).toBe('被申请人拒绝调解：已自行修好，不需要调解');
  });

  it('排查登记 on the desk; the mediator records a party’s answer heard in person, then escalates it', async () => {
    await mediator.goto(`${app.url}/disputes/desk`);
    await mediator.getByTestId('dispute-register').click();
    await mediator.getByTestId('dispute-title').locator('input').fill('装修工人讨要劳务费');
    await mediator.getByTestId('dispute-description').locator('textarea').fill('网格排查发现：六名装修工人反映包工头拖欠劳务费。');
    await mediator.getByTestId('dispute-applicant').locator('input').fill('工人代表彭师傅');
    await mediator.getByTestId('dispute-respondent').locator('input').fill('包工头谢某');
    await mediator.getByTestId('dispute-apply-submit').click();
    await mediator.waitForURL(/\/disputes\/(?!desk)[^/]+$/);
    await waitStatus(mediator, 'REGISTERED');

    await action(mediator, 'RECORD_PARTY_RESPONSE').click();
    await mediator.getByTestId('dispute-party-response-form').waitFor();
    await mediator.getByTestId('dispute-party-response-submit').click();
    await expect.poll(() => mediator.locator('[data-testid="dispute-party-consent"][data-consent="CONSENTED"]').count(), { timeout: LIVE }).toBe(1);

    await action(mediator, 'ESCALATE').click();
    await mediator.getByTestId('dispute-reason').locator('textarea').fill('被申请人不在本社区，需街道协调劳动保障部门。');
    await mediator.getByTestId('dispute-escalate-submit').click();
    await expect.poll(() => mediator.getByTestId('dispute-level').textContent(), { timeout: LIVE }).toBe('街道/乡镇');
    expect(await mediator.getByTestId('dispute-note-escalation').textContent()).toContain('劳动保障');
  });

  it('a failed mediation is referred to litigation with a reason', async () => {
    await openDispute(mediator, seeded.failed);
    await action(mediator, 'REFER').click();
    await mediator.getByTestId('dispute-refer-form').waitFor();
    await mediator.getByTestId('dispute-reason').locator('textarea').fill('已告知可向人民法院起诉，并介绍法律援助。');
    await mediator.getByTestId('dispute-refer-submit').click();
    await waitStatus(mediator, 'REFERRED');
  });

  it('the mediator records the other side’s signature on paper', async () => {
    await openDispute(mediator, seeded.paper);
    await action(mediator, 'RECORD_CONFIRMATION').click();
    await mediator.getByTestId('dispute-confirmation-form').waitFor();
    await mediator.getByTestId('dispute-confirmation-submit').click();
    await expect.poll(() => mediator.locator('[data-testid="dispute-agreement"] [data-confirmed="yes"]').count(), { timeout: LIVE }).toBe(2);
  });

  it('an issue becomes a dispute, linked both ways', async () => {
    await mediator.goto(`${app.url}/issues/${encodeURIComponent(seeded.issue)}`);
    await mediator.getByTestId('issue-convert-dispute').click();
    await mediator.getByTestId('issue-convert-respondent').locator('input').fill('广场舞队负责人杜阿姨');
    await mediator.getByTestId('issue-convert-submit').click();
    await mediator.waitForURL(/\/disputes\/[^/]+$/);
    await waitStatus(mediator, 'REGISTERED');
    await mediator.getByTestId('dispute-issue-link').click();
    await mediator.waitForURL(`${app.url}/issues/${encodeURIComponent(seeded.issue)}`);
    await mediator.getByTestId('issue-dispute-link').waitFor({ timeout: LIVE });
    // The reporter is the applicant: the resident sees the link too; nobody else would.
    await resident.goto(`${app.url}/issues/${encodeURIComponent(seeded.issue)}`);
    await resident.getByTestId('issue-dispute-link').waitFor({ timeout: LIVE });
  });
});

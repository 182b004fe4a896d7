import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { ok } from '../helpers/graphql.js';
import { createCommunity, createUser, MemberRole, PASSWORD, reside, seat, type TestCommunity, type TestUser } from '../factories/index.js';
import { createMediationCommittee } from '../factories/disputes.js';
import { appointSeat, LegalSeatRole } from '../factories/legal.js';
import { DESKTOP, PHONE, WAIT, captureOnFailure, launchBrowser, navigateByMenu, requireBuiltClient, scrollWidth, signInThroughPage, watchErrors } from '../helpers/browser.js';

/**
 * The forms issue 12 added around mediation, in Chromium (zh-CN), phones at 390 px where residents
 * and the police officer act:
 *   - the mediator (desktop) schedules a session ahead with a psychologist invited by phone; the
 *     resident sees it on the phone, live; the psychologist opens that dispute; the mediator records
 *     the 调解笔录 once held, and calls off a second one with a reason (read on the phone);
 *   - the police officer (phone) is invited to a session and finds it on 民警工作台, their desk from
 *     the menu, with their seat as the directory shows it;
 *   - a member of the residents' committee (phone) reaches 调解期限设置 from the menu and sets it;
 *   - the platform admin (desktop) appoints the community's police officer by phone and vacates a
 *     legal adviser, on the community's administration page.
 */
const LIVE = 2 * WAIT;
let app: TestApp;
let browser: Browser;
let c: TestCommunity;
const contexts: BrowserContext[] = [];
const errors: ReturnType<typeof watchErrors>[] = [];
const u = {} as Record<'resident' | 'mediator' | 'psychologist' | 'police' | 'member' | 'admin' | 'newPolice' | 'lawyer', TestUser>;
const pages = {} as Record<'resident' | 'mediator' | 'psychologist' | 'police' | 'member' | 'admin', Page>;
let disputeId = '';

async function open(options: typeof DESKTOP, label: string): Promise<Page> {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(WAIT);
  contexts.push(context);
  const page = await context.newPage();
  errors.push(watchErrors(page, label));
  return page;
}
const api = async (mutation: string, type: string, input: Record<string, unknown>, by: TestUser) =>
  (await ok(app.url, `mutation($input: ${type}!) { ${mutation}(input: $input) { id } }`, { input }, by.token))[mutation] as { id: string };
async function choose(page: Page, select: Locator, option: string): Promise<void> {
  await select.click();
  await page.locator('.n-base-select-option').filter({ hasText: option }).first().click();
}
const openDispute = async (page: Page, id: string) => {
  await page.goto(`${app.url}/disputes/${encodeURIComponent(id)}`);
  await page.getByTestId('dispute-page').waitFor();
};
const sessionStatuses = (page: Page) => page.getByTestId('dispute-session').evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));

beforeAll(async () => {
  requireBuiltClient();
  app = await startTestApp();
  c = await createCommunity(app);
  const committee = await createMediationCommittee(app, c);
  u.resident = await createUser(app, { name: '高淑珍' });
  u.mediator = await createUser(app, { name: '黄德明' });
  u.psychologist = await createUser(app, { name: '周心怡' });
  u.police = await createUser(app, { name: '邓卫东' });
  u.member = await createUser(app, { name: '王秀兰' });
  u.admin = await createUser(app, { name: '平台管理员', admin: true });
  u.newPolice = await createUser(app, { name: '程警官' });
  u.lawyer = await createUser(app, { name: '孟律师' });
  await reside(app, u.resident, c.id, { unitId: c.units[0]!.id });
  await seat(app, u.mediator, committee.id, MemberRole.CHAIR);
  await seat(app, u.member, c.orgs.rc.id, MemberRole.MEMBER);
  await appointSeat(app, c.id, u.police, LegalSeatRole.POLICE_OFFICER, { officeHours: '每周一、三 9:00–11:30，社区警务室' });
  await appointSeat(app, c.id, u.lawyer, LegalSeatRole.LEGAL_ADVISER);

  // In mediation: applied for by the resident, accepted, the outsider's consent recorded, started.
  disputeId = (await api('applyForMediation', 'ApplyForMediationInput', { communityId: c.gid, title: '楼道堆物引发争吵', description: '对门邻居长期在楼道堆放杂物，多次争吵。', category: 'NEIGHBOR', respondents: [{ name: '对门邻居' }] }, u.resident)).id;
  await api('acceptDispute', 'AcceptDisputeInput', { disputeId }, u.mediator);
  const { node } = await ok(app.url, `query($id: ID!) { node(id: $id) { ... on Dispute { parties { id consent } } } }`, { id: disputeId }, u.mediator.token);
  for (const p of node.parties.filter((x: { consent: string }) => x.consent === 'PENDING')) await api('recordPartyResponse', 'RecordPartyResponseInput', { disputeId, partyId: p.id, consent: true }, u.mediator);
  await api('startMediation', 'DisputeRefInput', { disputeId }, u.mediator);

  browser = await launchBrowser();
  pages.mediator = await open(DESKTOP, 'mediator');
  pages.admin = await open(DESKTOP, 'admin');
  for (const who of ['resident', 'psychologist', 'police', 'member'] as const) pages[who] = await open(PHONE, who);
}, 180_000);

beforeEach(({ onTestFailed }) => captureOnFailure(onTestFailed, () => ({ ...pages })));

afterAll(async () => {
  const seen = errors.flatMap((e) => [...e.pageErrors, ...e.consoleErrors]);
  if (seen.length) console.warn(`Browser errors during the dispute extras:\n${seen.join('\n')}`);
  await browser?.close();
  await app?.close();
});

describe('sessions scheduled ahead, the seats, the settings', { timeout: 180_000 }, () => {
  it('the mediator schedules a session with a psychologist invited by phone; the resident sees it live on the phone', async () => {
    await signInThroughPage(pages.resident, app.url, u.resident, PASSWORD);
    await openDispute(pages.resident, disputeId);
    await signInThroughPage(pages.mediator, app.url, u.mediator, PASSWORD);
    await openDispute(pages.mediator, disputeId);

    await pages.mediator.getByTestId('dispute-action-SCHEDULE_SESSION').click();
    const form = pages.mediator.getByTestId('dispute-schedule-form');
    await form.waitFor();
    await pages.mediator.getByTestId('dispute-session-place').locator('input').fill('檀溪社区人民调解室');
    await pages.mediator.getByTestId('dispute-session-psychologist').locator('input').fill(u.psychologist.phone);
    await pages.mediator.getByTestId('dispute-session-psychologist-affiliation').locator('input').fill('襄阳市心理咨询中心');
    await pages.mediator.getByTestId('dispute-schedule-submit').click();
    await form.waitFor({ state: 'detached', timeout: LIVE });
    await expect.poll(() => sessionStatuses(pages.mediator), { timeout: LIVE }).toEqual(['SCHEDULED']);
    expect(await pages.mediator.getByTestId('dispute-session').textContent()).toContain('周心怡');

    // Live on the resident's phone: the plan, no reload.
    await expect.poll(() => sessionStatuses(pages.resident), { timeout: LIVE }).toEqual(['SCHEDULED']);
    expect(await pages.resident.getByTestId('dispute-session').textContent()).toContain('檀溪社区人民调解室');
    expect(await scrollWidth(pages.resident)).toBeLessThanOrEqual(390);
  });

  it('the psychologist invited opens that dispute on the phone, and may act on nothing', async () => {
    await signInThroughPage(pages.psychologist, app.url, u.psychologist, PASSWORD);
    await openDispute(pages.psychologist, disputeId);
    expect(await pages.psychologist.getByTestId('dispute-session').textContent()).toContain('心理咨询师');
    expect(await pages.psychologist.getByTestId('dispute-actions').count()).toBe(0);
    expect(await pages.psychologist.locator('[data-testid^="dispute-session-action-"]').count()).toBe(0);
    expect(await scrollWidth(pages.psychologist)).toBeLessThanOrEqual(390);
  });

  it('once held, the mediator records its 调解笔录 from the plan; the resident reads it', async () => {
    await pages.mediator.getByTestId('dispute-session-action-RECORD').click();
    const form = pages.mediator.getByTestId('dispute-session-form');
    await form.waitFor();
    // The plan fills the place.
    expect(await pages.mediator.getByTestId('dispute-session-place').locator('input').inputValue()).toBe('檀溪社区人民调解室');
    await pages.mediator.getByTestId('dispute-session-record').locator('textarea').fill('双方到场，心理咨询师疏导情绪后，对门邻居同意三日内清理楼道杂物。');
    await pages.mediator.getByTestId('dispute-session-submit').click();
    await form.waitFor({ state: 'detached', timeout: LIVE });
    await expect.poll(() => sessionStatuses(pages.resident), { timeout: LIVE }).toEqual(['HELD']);
    expect(await pages.resident.getByTestId('dispute-session').textContent()).toContain('同意三日内清理楼道杂物');
  });

  it('a second session, with the police officer invited, is called off with a reason the resident reads', async () => {
    await pages.mediator.getByTestId('dispute-action-SCHEDULE_SESSION').click();
    await pages.mediator.getByTestId('dispute-session-place').locator('input').fill('社区警务室');
    await choose(pages.mediator, pages.mediator.getByTestId('dispute-session-lawyer'), '邓卫东');
    await pages.mediator.getByTestId('dispute-schedule-submit').click();
    await expect.poll(() => sessionStatuses(pages.mediator), { timeout: LIVE }).toEqual(['HELD', 'SCHEDULED']);

    await pages.mediator.getByTestId('dispute-session-action-CANCEL').click();
    await pages.mediator.getByTestId('dispute-session-cancel-reason').locator('textarea').fill('被申请人出差，另行安排');
    await pages.mediator.getByTestId('dispute-session-cancel-submit').click();
    await expect.poll(() => sessionStatuses(pages.resident), { timeout: LIVE }).toEqual(['HELD', 'CANCELLED']);
    expect(await pages.resident.getByTestId('dispute-session').nth(1).textContent()).toContain('被申请人出差，另行安排');
  });

  it('the police officer reaches 民警工作台 from the menu on the phone: their seat and the mediation they were invited to', async () => {
    await signInThroughPage(pages.police, app.url, u.police, PASSWORD);
    await navigateByMenu(pages.police, app.url, '民警工作台', '/legal/police');
    const seatSection = pages.police.getByTestId('police-desk-seat');
    await expect.poll(() => seatSection.textContent(), { timeout: LIVE }).toContain('每周一、三 9:00–11:30，社区警务室');
    const invited = pages.police.getByTestId('police-desk-disputes');
    await expect.poll(() => invited.getByTestId('dispute-card').count(), { timeout: LIVE }).toBe(1);
    expect(await invited.textContent()).toContain('楼道堆物引发争吵');
    expect(await scrollWidth(pages.police)).toBeLessThanOrEqual(390);
  });

  it('a member of the residents\' committee reaches 调解期限设置 from the menu on the phone and sets 15 days', async () => {
    await signInThroughPage(pages.member, app.url, u.member, PASSWORD);
    await navigateByMenu(pages.member, app.url, '调解期限设置', '/disputes/settings');
    const settings = pages.member.getByTestId('dispute-settings');
    await expect.poll(() => settings.getAttribute('data-days'), { timeout: LIVE }).toBe('30');
    await pages.member.getByTestId('dispute-settings-edit').click();
    await pages.member.getByTestId('dispute-settings-days').locator('input').fill('15');
    await pages.member.getByTestId('dispute-settings-submit').click();
    await expect.poll(() => settings.getAttribute('data-days'), { timeout: LIVE }).toBe('15');
    const read = await ok(app.url, `query($id: ID!) { community(id: $id) { disputeSettings { mediationDays } } }`, { id: c.gid }, u.mediator.token);
    expect(read.community.disputeSettings.mediationDays).toBe(15);
    expect(await scrollWidth(pages.member)).toBeLessThanOrEqual(390);
    // The dashboard shows the legal services' figures beside the disputes' (nothing held yet: 0).
    await pages.member.goto(`${app.url}/dashboard`);
    await expect.poll(() => pages.member.getByTestId('stat-legal-lectureAttendance').textContent(), { timeout: LIVE }).toContain('0');
    expect(await pages.member.getByTestId('dashboard-legal').textContent()).toContain('听讲人次');
  });

  it('the platform admin appoints the police officer by phone and vacates the legal adviser', async () => {
    await signInThroughPage(pages.admin, app.url, u.admin, PASSWORD);
    await pages.admin.goto(`${app.url}/admin/communities/${encodeURIComponent(c.gid)}`);
    await pages.admin.locator('.n-tabs-tab').filter({ hasText: '民警与法律顾问' }).click();
    const panel = pages.admin.getByTestId('admin-legal-seats');
    await panel.getByTestId('admin-legal-seat-孟律师').waitFor({ timeout: LIVE });

    await choose(pages.admin, pages.admin.getByTestId('legal-seat-role'), '社区民警');
    await pages.admin.getByTestId('legal-seat-phone').locator('input').fill(u.newPolice.phone);
    await pages.admin.getByTestId('legal-seat-office-hours').locator('input').fill('每周五 9:00–12:00，社区警务室');
    await pages.admin.getByTestId('legal-seat-submit').click();
    await panel.getByTestId('admin-legal-seat-程警官').waitFor({ timeout: LIVE });

    await pages.admin.getByTestId('admin-vacate-孟律师').click();
    await pages.admin.locator('.n-popconfirm').getByRole('button', { name: '确认' }).click();
    await panel.getByTestId('admin-legal-seat-孟律师').waitFor({ state: 'detached', timeout: LIVE });

    const seats = await ok(app.url, `query($id: ID!) { community(id: $id) { legalSeats { role officeHours holder { name } } } }`, { id: c.gid }, u.resident.token);
    expect(seats.community.legalSeats.map((s: { role: string; holder: { name: string } }) => `${s.role} ${s.holder.name}`).sort()).toEqual(['POLICE_OFFICER 程警官', 'POLICE_OFFICER 邓卫东']);
    // A wrong number names no one, and appoints no one.
    await pages.admin.getByTestId('legal-seat-phone').locator('input').fill('13000000009');
    await pages.admin.getByTestId('legal-seat-submit').click();
    await expect.poll(() => pages.admin.getByTestId('legal-seat-failure').textContent(), { timeout: LIVE }).toContain('没有这个手机号的账号');
  });
});

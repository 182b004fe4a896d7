/// <reference lib="dom" />
// page.evaluate callbacks run in the browser: they see the DOM.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { ok } from '../helpers/graphql.js';
import { uniquePhone } from '../factories/index.js';
import {
  DESKTOP,
  PHONE,
  WAIT,
  captureOnFailure,
  launchBrowser,
  markNoReload,
  requireBuiltClient,
  screenshot,
  wasNotReloaded,
  watchErrors,
} from '../helpers/browser.js';
import { DEMO_PASSWORD, loadDemo } from '../../server/app/demo.js';

/**
 * The live board and the bell, as two people see them: the chair of the residents' committee at
 * a desktop, a new resident on a phone. Nothing is reloaded: what changes arrives over the socket.
 */
const CHAIR_PHONE = '13900000001';
const COMMUNITY = '檀溪社区';
const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { token } }';

let app: TestApp;
let browser: Browser;
let desktop: BrowserContext;
let phone: BrowserContext;
let chairPage: Page;
let residentPage: Page;
let chairToken: string;
let communityId: string;
const errors: { pageErrors: string[]; consoleErrors: string[] }[] = [];

const resident = { name: `居民${uniquePhone().slice(-4)}`, phone: uniquePhone(), password: 'e2e-password-1' };
let chairUnreadBefore = 0;
let boardItemsBefore = 0;

/** The number in the bell's badge, or null while it is hidden (no unread notification). */
async function bellCount(page: Page): Promise<string | null> {
  const badge = page.getByTestId('bell-count');
  if (!(await badge.isVisible())) return null;
  return (await badge.textContent())?.trim() ?? null;
}

const boardItemsOf = (page: Page, name: string) => page.getByTestId('board-item').filter({ hasText: name });

beforeAll(async () => {
  requireBuiltClient();
  app = await startTestApp();
  await loadDemo(app.services);
  chairToken = (await ok(app.url, SIGN_IN, { input: { phone: CHAIR_PHONE, password: DEMO_PASSWORD } })).signIn.token;
  const { communities } = await ok<{ communities: { id: string; name: string }[] }>(app.url, '{ communities { id name } }', {}, chairToken);
  communityId = communities.find((c) => c.name === COMMUNITY)!.id;

  browser = await launchBrowser();
  desktop = await browser.newContext(DESKTOP);
  phone = await browser.newContext(PHONE);
  desktop.setDefaultTimeout(WAIT);
  phone.setDefaultTimeout(WAIT);
  chairPage = await desktop.newPage();
  residentPage = await phone.newPage();
  errors.push(watchErrors(chairPage, 'chair'), watchErrors(residentPage, 'resident'));
});

beforeEach(({ onTestFailed }) => captureOnFailure(onTestFailed, () => ({ chair: chairPage, resident: residentPage })));

afterAll(async () => {
  const seen = errors.flatMap((e) => [...e.pageErrors, ...e.consoleErrors]);
  if (seen.length) console.warn(`Browser errors during the live-board test:\n${seen.join('\n')}`);
  await browser?.close();
  await app?.close();
});

describe('the live board, a desktop and a phone side by side', { timeout: 60_000 }, () => {
  it("the chair signs in through the sign-in page and lands on the board of 檀溪社区", async () => {
    await chairPage.goto(`${app.url}/sign-in`);
    await chairPage.getByTestId('signin-phone').fill(CHAIR_PHONE);
    await chairPage.getByTestId('signin-password').fill(DEMO_PASSWORD);
    await chairPage.getByTestId('signin-submit').click();
    await chairPage.waitForURL(`${app.url}/`);

    const switcher = chairPage.getByTestId('community-switcher');
    await switcher.waitFor();
    if (!((await switcher.textContent()) ?? '').includes(COMMUNITY)) {
      await switcher.click();
      await chairPage.locator('.n-base-select-option').filter({ hasText: COMMUNITY }).click();
    }
    await expect.poll(() => switcher.textContent(), { timeout: WAIT }).toContain(COMMUNITY);
    await chairPage.getByRole('heading', { name: COMMUNITY }).waitFor();
    await chairPage.getByTestId('board-list').waitFor();
    await expect.poll(() => chairPage.getByTestId('board-item').count(), { timeout: WAIT }).toBeGreaterThan(0);
    await expect.poll(() => chairPage.getByTestId('board-live').textContent(), { timeout: WAIT }).toContain('实时');

    // The bell starts from what the server counts: the demo's join requests, unread.
    const { notifications } = await ok(app.url, '{ notifications(first: 1) { unreadCount } }', {}, chairToken);
    chairUnreadBefore = notifications.unreadCount;
    expect(chairUnreadBefore).toBeGreaterThan(0);
    await expect.poll(() => bellCount(chairPage), { timeout: WAIT }).toBe(String(chairUnreadBefore));

    boardItemsBefore = await chairPage.getByTestId('board-item').count();
    expect(await boardItemsOf(chairPage, resident.name).count()).toBe(0);
    await markNoReload(chairPage);
  });

  it("a new resident signs up on a phone and joins; the chair's board and bell update without a reload", async () => {
    await residentPage.goto(`${app.url}/sign-up`);
    await residentPage.getByTestId('signup-name').fill(resident.name);
    await residentPage.getByTestId('signup-phone').fill(resident.phone);
    await residentPage.getByTestId('signup-password').fill(resident.password);
    await residentPage.getByTestId('signup-consent').click();
    await residentPage.getByTestId('signup-submit').click();
    // A new account goes to the communities page to join one.
    await residentPage.waitForURL(`${app.url}/communities`);

    await residentPage.getByTestId(`join-community-${communityId}`).click();
    await residentPage.getByTestId('join-kind-TENANT').click();
    await residentPage.getByTestId('join-submit').click();
    const residency = residentPage.getByTestId('residency').filter({ hasText: COMMUNITY });
    await residency.waitFor();
    await expect.poll(() => residency.textContent(), { timeout: WAIT }).toContain('待核验');

    // The chair's board, never reloaded: the join arrives on top, by the resident's name.
    const joined = boardItemsOf(chairPage, resident.name);
    await expect.poll(() => joined.count(), { timeout: WAIT }).toBe(1);
    expect(await joined.getAttribute('data-event-type')).toBe('residency.requested');
    expect(await chairPage.getByTestId('board-item').first().textContent()).toContain(resident.name);
    expect(await chairPage.getByTestId('board-item').count()).toBe(boardItemsBefore + 1);
    // …and the bell counts the join request.
    await expect.poll(() => bellCount(chairPage), { timeout: WAIT }).toBe(String(chairUnreadBefore + 1));
    expect(await wasNotReloaded(chairPage)).toBe(true);
  });

  it("the chair verifies the residency; the resident's bell shows 1 on the phone without a reload", async () => {
    // The resident goes to the board through the phone's menu drawer.
    await residentPage.getByTestId('nav-menu').click();
    const drawerNav = residentPage.locator('.n-drawer').getByTestId('nav');
    await drawerNav.getByText('社区动态').click();
    await residentPage.waitForURL(`${app.url}/`);
    await drawerNav.waitFor({ state: 'hidden' });
    await residentPage.getByRole('heading', { name: COMMUNITY }).waitFor();
    // The resident sees their own join request on the board.
    await expect.poll(() => boardItemsOf(residentPage, resident.name).count(), { timeout: WAIT }).toBeGreaterThan(0);
    await expect.poll(() => residentPage.getByTestId('board-live').textContent(), { timeout: WAIT }).toContain('实时');
    expect(await bellCount(residentPage)).toBeNull();
    await markNoReload(residentPage);

    const residentToken = await residentPage.evaluate<string | null>("localStorage.getItem('gongzhi.token')");
    expect(residentToken).toBeTruthy();
    const { me } = await ok(app.url, '{ me { residencies { id community { id } } } }', {}, residentToken);
    const residencyId = me.residencies.find((r: { community: { id: string } }) => r.community.id === communityId).id;
    await ok(app.url, 'mutation($r: ID!) { verifyResidency(input: { residencyId: $r }) { id } }', { r: residencyId }, chairToken);

    await expect.poll(() => bellCount(residentPage), { timeout: WAIT }).toBe('1');
    // Both boards show the verification as it happens.
    const verified = (page: Page) => page.locator('[data-testid="board-item"][data-event-type="residency.verified"]').filter({ hasText: resident.name });
    await expect.poll(() => verified(residentPage).count(), { timeout: WAIT }).toBe(1);
    await expect.poll(() => verified(chairPage).count(), { timeout: WAIT }).toBe(1);
    // The chair verified it: no notification of their own act.
    expect(await bellCount(chairPage)).toBe(String(chairUnreadBefore + 1));
    expect(await wasNotReloaded(residentPage)).toBe(true);
    expect(await wasNotReloaded(chairPage)).toBe(true);

    // The resident's own list says verified too, still without a reload.
    await residentPage.getByTestId('nav-menu').click();
    await drawerNav.getByText('社区与入住').click();
    await residentPage.waitForURL(`${app.url}/communities`);
    await drawerNav.waitFor({ state: 'hidden' });
    const residency = residentPage.getByTestId('residency').filter({ hasText: COMMUNITY });
    await expect.poll(() => residency.textContent(), { timeout: WAIT }).toContain('已核验');
    await residentPage.getByTestId('nav-menu').click();
    await drawerNav.getByText('社区动态').click();
    await residentPage.waitForURL(`${app.url}/`);
    await drawerNav.waitFor({ state: 'hidden' });
    await expect.poll(() => verified(residentPage).count(), { timeout: WAIT }).toBe(1);
    expect(await bellCount(residentPage)).toBe('1');
    expect(await wasNotReloaded(residentPage)).toBe(true);

    // The phone's bell opens its drawer with the notification.
    await residentPage.getByTestId('bell').click();
    const item = residentPage.locator('.n-drawer').getByTestId('notification-item');
    await item.waitFor();
    expect(await item.textContent()).toContain(`你在${COMMUNITY}的住户身份已认证`);
  });

  it('screenshots of both at the end (test-results/)', async () => {
    await screenshot(residentPage, 'live-board-phone-notifications');
    await residentPage.locator('.n-drawer').getByRole('button', { name: /close|关闭/i }).or(residentPage.locator('.n-drawer .n-base-close')).first().click();
    await residentPage.locator('.n-drawer').waitFor({ state: 'hidden' });
    await screenshot(residentPage, 'live-board-phone');
    await screenshot(chairPage, 'live-board-desktop');
    await chairPage.getByTestId('bell').click();
    await chairPage.getByTestId('notifications').waitFor();
    await screenshot(chairPage, 'live-board-desktop-bell');
    expect(errors.flatMap((e) => e.pageErrors)).toEqual([]);
  });
});

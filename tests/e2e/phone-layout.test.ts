/// <reference lib="dom" />
// page.evaluate callbacks run in the browser: they see the DOM.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { PHONE, WAIT, captureOnFailure, launchBrowser, requireBuiltClient, screenshot, scrollWidth, settled, watchErrors } from '../helpers/browser.js';
import { DEMO_PASSWORD, loadDemo } from '../../server/app/demo.js';

/** At a phone's width (390 px) nothing scrolls sideways and the menu drawer reaches every page. */
const WIDTH = 390;
const RESIDENT_PHONE = '13900000010'; // 郑国华, a verified owner of 檀溪社区

let app: TestApp;
let browser: Browser;
let page: Page;
let errors: ReturnType<typeof watchErrors>;

beforeAll(async () => {
  requireBuiltClient();
  app = await startTestApp();
  await loadDemo(app.services);
  browser = await launchBrowser();
  const context = await browser.newContext(PHONE);
  context.setDefaultTimeout(WAIT);
  page = await context.newPage();
  errors = watchErrors(page, 'phone');
});

beforeEach(({ onTestFailed }) => captureOnFailure(onTestFailed, () => ({ phone: page })));

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('phone layout (390 px)', { timeout: 60_000 }, () => {
  it('the sign-in page has no horizontal scrollbar', async () => {
    await page.goto(`${app.url}/sign-in`);
    await page.getByTestId('signin-submit').waitFor();
    await settled(page);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(WIDTH);
    await screenshot(page, 'phone-sign-in');
  });

  it('the board has no horizontal scrollbar, and the menu drawer opens and navigates', async () => {
    await page.getByTestId('signin-phone').fill(RESIDENT_PHONE);
    await page.getByTestId('signin-password').fill(DEMO_PASSWORD);
    await page.getByTestId('signin-submit').click();
    await page.waitForURL(`${app.url}/`);
    await page.getByRole('heading', { name: '檀溪社区' }).waitFor();
    await expect.poll(() => page.getByTestId('board-item').count(), { timeout: WAIT }).toBeGreaterThan(0);
    await settled(page);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(WIDTH);

    // The phone has no side navigation: the menu button opens it in a drawer.
    const drawerNav = page.locator('.n-drawer').getByTestId('nav');
    expect(await drawerNav.count()).toBe(0);
    await page.getByTestId('nav-menu').click();
    await drawerNav.waitFor();
    await settled(page);
    const box = await drawerNav.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= WIDTH).toBe(true);
    await screenshot(page, 'phone-menu');

    await drawerNav.getByText('社区与入住').click();
    await page.waitForURL(`${app.url}/communities`);
    await drawerNav.waitFor({ state: 'hidden' });
    await page.getByTestId('community-item').first().waitFor();
    await settled(page);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(WIDTH);
    await screenshot(page, 'phone-communities');

    await page.getByTestId('nav-menu').click();
    await drawerNav.getByText('组织架构').click();
    await page.waitForURL(/\/community\/[^/]+\/organizations$/);
    await page.getByTestId('organization-card').first().waitFor();
    await settled(page);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(WIDTH);
    await screenshot(page, 'phone-organizations');

    expect(errors.pageErrors).toEqual([]);
  });
});

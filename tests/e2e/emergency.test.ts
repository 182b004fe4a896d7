import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { createCommunity, createOrganizationAbove, createUser, OrganizationKind, PASSWORD, RegionLevel, reside, seat, TANXI, type TestCommunity, type TestUser } from '../factories/index.js';
import { DESKTOP, PHONE, WAIT, captureOnFailure, launchBrowser, markNoReload, navigateByMenu, requireBuiltClient, scrollWidth, signInThroughPage, wasNotReloaded, watchErrors } from '../helpers/browser.js';

/**
 * 应急管理 in the browser: the township center's duty officer declares an incident at a desktop;
 * a resident on a phone (390 px) sees the alert banner arrive live on the page she has open,
 * taps 已收到, then opens the incident and answers 需要帮助 with a note; the desk's page shows
 * the acknowledgement rate of her building move and her urgent issue arrive, without a reload.
 */
const LIVE = 2 * WAIT;
const TITLE = `暴雨内涝预警${Date.now() % 100000}`;
const HELP = '家里老人腿脚不便，地下室进水了';

let app: TestApp;
let c: TestCommunity;
let duty: TestUser;
let resident: TestUser;
let neighbour: TestUser;
let browser: Browser;
const contexts: BrowserContext[] = [];
const errors: ReturnType<typeof watchErrors>[] = [];
let deskPage: Page;
let phonePage: Page;

async function open(label: string, options: typeof PHONE): Promise<Page> {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(WAIT);
  contexts.push(context);
  const page = await context.newPage();
  errors.push(watchErrors(page, label));
  return page;
}

async function choose(page: Page, testId: string, option: string) {
  await page.getByTestId(testId).click();
  await page.locator('.n-base-select-option:visible').filter({ hasText: option }).first().click();
}

beforeAll(async () => {
  requireBuiltClient();
  app = await startTestApp();
  c = await createCommunity(app, '檀溪社区');
  const township = await createOrganizationAbove(app, { kind: OrganizationKind.GOVERNANCE_CENTER, name: '檀溪街道综治中心', level: RegionLevel.TOWNSHIP, ...TANXI });
  duty = await createUser(app, { name: '值班员刘洋' });
  resident = await createUser(app, { name: '陈桂英' });
  neighbour = await createUser(app, { name: '邻居赵' });
  await seat(app, duty, township.id);
  await reside(app, resident, c.id, { unitId: c.units[0]!.id });
  await reside(app, neighbour, c.id, { unitId: c.units[1]!.id });
  browser = await launchBrowser();
  deskPage = await open('desk', DESKTOP);
  phonePage = await open('resident', PHONE);
  await Promise.all([signInThroughPage(deskPage, app.url, duty, PASSWORD), signInThroughPage(phonePage, app.url, resident, PASSWORD)]);
});

beforeEach(({ onTestFailed }) => captureOnFailure(onTestFailed, () => ({ 'emergency-desk': deskPage, 'emergency-resident': phonePage })));

afterAll(async () => {
  const seen = errors.flatMap((e) => [...e.pageErrors, ...e.consoleErrors]);
  if (seen.length) console.warn(`Browser errors during the emergency walk:\n${seen.join('\n')}`);
  await browser?.close();
  await app?.close();
});

describe('应急管理: declare, alert, acknowledge, ask for help', { timeout: 240_000 }, () => {
  it('the duty officer declares an incident from the desk; the resident\'s phone shows the banner live', async () => {
    // The resident is on the board, with no banner.
    await markNoReload(phonePage);
    expect(await phonePage.getByTestId('alert-banner').count()).toBe(0);

    await navigateByMenu(deskPage, app.url, '应急值守', '/emergencies');
    const form = deskPage.getByTestId('declare-form');
    await choose(deskPage, 'declare-communities', '檀溪社区');
    await choose(deskPage, 'declare-level', 'Ⅲ级 较大');
    await form.getByTestId('declare-title').locator('input').fill(TITLE);
    await form.getByTestId('declare-instructions').locator('textarea').fill('低洼楼栋住户请立即转移到社区活动中心，勿驾车涉水。');
    await form.getByTestId('declare-submit').click();
    await deskPage.waitForURL(/\/emergencies\/[^/]+$/);
    await expect.poll(() => deskPage.getByTestId('incident-title').textContent()).toBe(TITLE);
    // Two alerted in 1栋, none acknowledged yet.
    await expect.poll(() => deskPage.getByTestId('ack-row-1栋').getByTestId('ack-rate').textContent(), { timeout: LIVE }).toBe('0%');

    const banner = phonePage.getByTestId('alert-banner');
    await banner.waitFor({ timeout: LIVE });
    expect(await banner.getByTestId('alert-title').textContent()).toBe(TITLE);
    expect(await wasNotReloaded(phonePage)).toBe(true);
    // Phone first: nothing wider than the screen.
    expect(await scrollWidth(phonePage)).toBeLessThanOrEqual(390);
  });

  it('已收到 takes the banner away, and the desk sees the rate move live', async () => {
    await phonePage.getByTestId('alert-banner').getByTestId('alert-acknowledge').click();
    await phonePage.getByTestId('alert-banner').waitFor({ state: 'hidden' });
    await expect.poll(() => deskPage.getByTestId('ack-row-1栋').getByTestId('ack-rate').textContent(), { timeout: LIVE }).toBe('50%');
  });

  it('需要帮助 on the phone opens an urgent issue the desk sees live', async () => {
    const incidentUrl = deskPage.url().replace(app.url, '');
    await phonePage.goto(`${app.url}${incidentUrl}`);
    await phonePage.getByTestId('incident-page').waitFor();
    await phonePage.getByTestId('incident-need-help').click();
    await phonePage.getByTestId('incident-help-note').locator('textarea').fill(HELP);
    await phonePage.getByTestId('incident-help-send').click();
    await phonePage.getByTestId('incident-my-issue').waitFor({ timeout: LIVE });
    expect(await phonePage.getByTestId('incident-my-answer').textContent()).toContain('需要帮助');
    expect(await scrollWidth(phonePage)).toBeLessThanOrEqual(390);

    const help = deskPage.getByTestId('incident-help-issues');
    await expect.poll(() => help.textContent(), { timeout: LIVE }).toContain(HELP);
    expect(await help.textContent()).toContain('陈桂英');
    await expect.poll(() => deskPage.getByTestId('ack-row-1栋').textContent(), { timeout: LIVE }).toContain('1 / 2');
  });
});

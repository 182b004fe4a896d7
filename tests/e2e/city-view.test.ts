/// <reference lib="dom" />
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { ok } from '../helpers/graphql.js';
import {
  DESKTOP,
  PHONE,
  WAIT,
  captureOnFailure,
  launchBrowser,
  markNoReload,
  navigateByMenu,
  requireBuiltClient,
  screenshot,
  scrollWidth,
  signInThroughPage,
  wasNotReloaded,
  watchErrors,
} from '../helpers/browser.js';
import { DEMO_PASSWORD, loadDemo } from '../../server/app/demo.js';

/**
 * 城市大脑 (issue 13, part 2): the city center (13900000023) signs in, opens the city view from
 * the menu, drills down 襄阳市 → 襄城区 → 檀溪街道 → 檀溪社区, and sees the figures move without a
 * reload when an issue of that community is resolved through the API; then opens the community's
 * dispatch desk and mediation desk from the drill-down. On a phone (390 px) and on a desktop.
 */
const CITY_CENTER = '13900000023';
const DISPATCHER = '13900000002';
const PM_STAFF = '13900000003';
const RESIDENT = '13900000011';
const COMMUNITY = '檀溪社区';

let app: TestApp;
let browser: Browser;
const tokens: Record<string, string> = {};
let pm: string;
let communityId: string;
const pages: Record<string, Page | undefined> = {};
const seen: string[] = [];

const as = (who: string, query: string, variables: Record<string, unknown> = {}) => ok(app.url, query, variables, tokens[who]);

/** An issue of 檀溪社区 taken by the property manager, not yet resolved. */
async function openIssue(title: string): Promise<string> {
  const { submitIssue } = await as(RESIDENT, 'mutation($input: SubmitIssueInput!) { submitIssue(input: $input) { id } }', {
    input: { communityId, title, body: '楼道灯坏了，晚上看不见。', category: 'FACILITY' },
  });
  await as(DISPATCHER, 'mutation($input: DispatchIssueInput!) { dispatchIssue(input: $input) { id } }', { input: { issueId: submitIssue.id, organizationId: pm } });
  await as(PM_STAFF, 'mutation($input: IssueRefInput!) { acceptIssue(input: $input) { id } }', { input: { issueId: submitIssue.id } });
  return submitIssue.id;
}

beforeAll(async () => {
  requireBuiltClient();
  app = await startTestApp();
  await loadDemo(app.services);
  for (const who of [CITY_CENTER, DISPATCHER, PM_STAFF, RESIDENT]) {
    tokens[who] = (await ok(app.url, 'mutation($input: SignInInput!) { signIn(input: $input) { token } }', { input: { phone: who, password: DEMO_PASSWORD } })).signIn.token;
  }
  const { communities } = await as(DISPATCHER, '{ communities { id name organizations { id kind } } }');
  const tanxi = communities.find((c: { name: string }) => c.name === COMMUNITY);
  communityId = tanxi.id;
  pm = tanxi.organizations.find((o: { kind: string }) => o.kind === 'PROPERTY_MANAGER').id;
  browser = await launchBrowser();
}, 240_000);

beforeEach(({ onTestFailed }) => captureOnFailure(onTestFailed, () => pages));

afterAll(async () => {
  if (seen.length) console.warn(`Browser errors during the city view test:\n${seen.join('\n')}`);
  await browser?.close();
  await app?.close();
});

/** The text of a figure card of the region shown. */
const card = (page: Page, figure: string) => page.getByTestId(`city-figure-${figure}`).locator('strong').textContent();
/** The text of one cell of a child's row. */
const cell = (page: Page, row: string, figure: string) => page.getByTestId(`city-row-${row}`).getByTestId(`city-cell-${figure}`).textContent();

async function drill(page: Page, name: string) {
  const before = page.url();
  await page.getByTestId(`city-row-${name}`).getByRole('button').click();
  await page.waitForURL((url) => url.toString() !== before && url.pathname.startsWith('/city/'));
  await expect.poll(() => page.getByTestId('city-region-name').textContent(), { timeout: WAIT }).toBe(name);
}

const cases: [string, BrowserContextOptions][] = [
  ['phone', PHONE],
  ['desktop', DESKTOP],
];

describe.each(cases)('the city view on a %s', (label, device) => {
  it('drills down from the city to a community, and its figures move live when an issue there is resolved', { timeout: 150_000 }, async () => {
    const issueId = await openIssue(`楼道灯不亮（${label}）`);
    const context = await browser.newContext(device);
    context.setDefaultTimeout(WAIT);
    const page = await context.newPage();
    pages[label] = page;
    const errors = watchErrors(page, label);
    try {
      await signInThroughPage(page, app.url, { phone: CITY_CENTER }, DEMO_PASSWORD);
      await navigateByMenu(page, app.url, '城市大脑', '/city');
      await expect.poll(() => page.getByTestId('city-region-name').textContent(), { timeout: WAIT }).toBe('襄阳市');
      await expect.poll(() => page.getByTestId('city-live').textContent(), { timeout: WAIT }).toContain('实时');
      expect(Number(await card(page, 'ISSUES_SUBMITTED'))).toBeGreaterThan(0);
      await page.locator('[data-testid="city-trend-chart"][data-finished="true"]').waitFor();
      // 责任清单: the county's department is listed with what it received (nothing yet in the demo).
      const department = page.getByTestId('city-department-襄城区城市管理执法局');
      await department.waitFor({ timeout: WAIT });
      expect((await department.locator('td').allTextContents())[0]).toBe('0');
      if (label === 'phone') expect(await scrollWidth(page)).toBeLessThanOrEqual(390);
      await screenshot(page, `city-view-${label}`);

      await drill(page, '襄城区');
      // 应急管理 ranks the townships too (the demo's two incidents are in 檀溪社区): 30 minutes,
      // 3 of the rainstorm's 5 and 1 of the burst main's 2 → 57.1%, first; the others have no roll call.
      await page.getByTestId('city-rank-by').click();
      await page.locator('.n-base-select-option:visible').filter({ hasText: '重点人群 30 分钟联系率' }).first().click();
      await expect.poll(() => page.getByTestId('city-table').locator('tbody tr').first().getAttribute('data-testid'), { timeout: WAIT }).toBe('city-row-檀溪街道');
      await expect.poll(() => cell(page, '檀溪街道', 'EMERGENCY_REACHED_WITHIN_30'), { timeout: WAIT }).toBe('57.1%');
      expect(await page.getByTestId('city-row-檀溪街道').locator('.city-view__place').textContent()).toBe('1');
      await drill(page, '檀溪街道');
      await page.getByTestId(`city-row-${COMMUNITY}`).waitFor();
      // The breadcrumb leads back up.
      expect(await page.getByTestId('city-crumbs').textContent()).toContain('襄阳市');
      await screenshot(page, `city-view-township-${label}`);

      // The issue is resolved elsewhere: the township's open count and the community's 解决率 move, without a reload.
      await markNoReload(page);
      const open = Number(await card(page, 'ISSUES_OPEN'));
      const rate = await cell(page, COMMUNITY, 'RESOLUTION_RATE');
      expect(open).toBeGreaterThan(0);
      await as(PM_STAFF, 'mutation($input: ResolveIssueInput!) { resolveIssue(input: $input) { id } }', { input: { issueId, resolution: '已更换灯泡' } });
      await expect.poll(() => card(page, 'ISSUES_OPEN'), { timeout: WAIT }).toBe(String(open - 1));
      await expect.poll(() => cell(page, COMMUNITY, 'RESOLUTION_RATE'), { timeout: WAIT }).not.toBe(rate);
      expect(await wasNotReloaded(page)).toBe(true);

      // The community opens on its own pages: the dispatch desk, then the mediation desk.
      await page.getByTestId(`city-row-${COMMUNITY}`).getByRole('button').click();
      await page.getByTestId('city-open-desk').click();
      await page.waitForURL(`${app.url}/issues/desk`);
      await expect.poll(async () => page.getByText(COMMUNITY).count(), { timeout: WAIT }).toBeGreaterThan(0);
      await page.goBack();
      await page.getByTestId(`city-row-${COMMUNITY}`).getByRole('button').click();
      await page.getByTestId('city-open-dispute-desk').click();
      await page.waitForURL(`${app.url}/disputes/desk`);
      await expect.poll(async () => page.getByText(COMMUNITY).count(), { timeout: WAIT }).toBeGreaterThan(0);
      expect(errors.pageErrors).toEqual([]);
    } finally {
      seen.push(...errors.pageErrors, ...errors.consoleErrors);
      await context.close();
    }
  });
});

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { ok } from '../helpers/graphql.js';
import { createCommunity, createOrganizationAbove, createUser, MemberRole, OrganizationKind, PASSWORD, RegionLevel, reside, seat, TANXI, type TestCommunity, type TestUser } from '../factories/index.js';
import { createMediationCommittee } from '../factories/disputes.js';
import { DESKTOP, PHONE, WAIT, captureOnFailure, launchBrowser, navigateByMenu, requireBuiltClient, scrollWidth, signInThroughPage, watchErrors } from '../helpers/browser.js';

/**
 * 责任清单 (issue 13, part 1) in Chromium (zh-CN): the county governance center's staff (desktop)
 * opens the city view from the menu, then its responsibility list, and names the county's 司法局
 * for neighbour disputes; the township below shows it as inherited. The community's mediator
 * (phone, 390 px) then sees that department suggested on a neighbour dispute; the resident who
 * applied (a party) does not.
 */
let app: TestApp;
let browser: Browser;
let c: TestCommunity;
const contexts: BrowserContext[] = [];
const errors: ReturnType<typeof watchErrors>[] = [];
const u = {} as Record<'staff' | 'mediator' | 'resident', TestUser>;
const pages = {} as Record<'staff' | 'mediator' | 'resident', Page>;
let disputeId = '';
let countyRegion = '';
let townshipRegion = '';

async function open(options: typeof DESKTOP, label: string): Promise<Page> {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(WAIT);
  contexts.push(context);
  const page = await context.newPage();
  errors.push(watchErrors(page, label));
  return page;
}
const row = (page: Page, subject: string, category: string) => page.getByTestId(`responsibility-${subject}-${category}`);

beforeAll(async () => {
  requireBuiltClient();
  app = await startTestApp();
  c = await createCommunity(app);
  const county = { city: TANXI.city, county: TANXI.county };
  const center = await createOrganizationAbove(app, { kind: OrganizationKind.GOVERNANCE_CENTER, name: '襄城区综治中心', level: RegionLevel.COUNTY, ...county });
  await createOrganizationAbove(app, { kind: OrganizationKind.DEPARTMENT, name: '襄城区司法局', level: RegionLevel.COUNTY, ...county });
  await createOrganizationAbove(app, { kind: OrganizationKind.DEPARTMENT, name: '檀溪司法所', level: RegionLevel.TOWNSHIP, ...TANXI });
  u.staff = await createUser(app, { name: '区综治干部' });
  u.mediator = await createUser(app, { name: '黄德明' });
  u.resident = await createUser(app, { name: '高淑珍' });
  await seat(app, u.staff, center.id, MemberRole.STAFF);
  await seat(app, u.mediator, (await createMediationCommittee(app, c)).id, MemberRole.CHAIR);
  await reside(app, u.resident, c.id, { unitId: c.units[0]!.id });
  const { applyForMediation } = await ok(
    app.url,
    'mutation($input: ApplyForMediationInput!) { applyForMediation(input: $input) { id } }',
    { input: { communityId: c.gid, title: '楼上漏水引发纠纷', description: '楼上卫生间漏水，多次协商未果。', category: 'NEIGHBOR', respondents: [{ name: '楼上住户' }] } },
    u.resident.token,
  );
  disputeId = applyForMediation.id;
  const { community } = await ok(app.url, `query($id: ID!) { community(id: $id) { region { id path { id } } } }`, { id: c.gid }, u.mediator.token);
  [, countyRegion, townshipRegion] = community.region.path.map((r: { id: string }) => r.id);

  browser = await launchBrowser();
  pages.staff = await open(DESKTOP, 'staff');
  pages.mediator = await open(PHONE, 'mediator');
  pages.resident = await open(PHONE, 'resident');
}, 240_000);

beforeEach(({ onTestFailed }) => captureOnFailure(onTestFailed, () => pages));

afterAll(async () => {
  const seen = errors.flatMap((e) => [...e.pageErrors, ...e.consoleErrors]);
  if (seen.length) console.warn(`Browser errors during the responsibility list test:\n${seen.join('\n')}`);
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  await app?.close();
});

describe('责任清单', { timeout: 180_000 }, () => {
  it("the county center's staff names the county's 司法局 for neighbour disputes from the city view", async () => {
    const page = pages.staff;
    await signInThroughPage(page, app.url, u.staff, PASSWORD);
    await navigateByMenu(page, app.url, '城市大脑', '/city');
    await page.getByTestId('city-responsibilities-link').click();
    await page.waitForURL(`${app.url}/city/${encodeURIComponent(countyRegion)}/responsibilities`);
    await page.getByTestId('responsibilities-page').waitFor();
    // The list as read (the page frame shows first, the rows once the region's list is in).
    await row(page, 'DISPUTE', 'NEIGHBOR').waitFor();
    // Every category of both kinds has its row; nothing is named yet.
    expect(await page.locator('[data-testid^="responsibility-ISSUE-"]').count()).toBeGreaterThan(5);
    expect(await page.locator('[data-testid^="responsibility-DISPUTE-"]').count()).toBeGreaterThan(5);
    const neighbour = row(page, 'DISPUTE', 'NEIGHBOR');
    expect(await neighbour.textContent()).toContain('邻里纠纷');
    await neighbour.getByTestId('responsibility-department').click();
    // The township's 司法所 stands below the county: not offered on the county's list.
    const options = page.locator('.n-base-select-option');
    await options.first().waitFor();
    expect(await options.allTextContents()).toEqual(['襄城区司法局（襄城区）']);
    await options.filter({ hasText: '襄城区司法局' }).click();
    await page.getByText('责任清单已更新').waitFor();
    await expect.poll(() => neighbour.getByTestId('responsibility-department').textContent(), { timeout: WAIT }).toContain('襄城区司法局');

    // The township below inherits it, and may name its own 司法所 instead.
    await page.goto(`${app.url}/city/${encodeURIComponent(townshipRegion)}/responsibilities`);
    const below = row(page, 'DISPUTE', 'NEIGHBOR');
    await expect.poll(() => below.textContent(), { timeout: WAIT }).toContain('沿用襄城区：襄城区司法局');
  });

  it('the mediator sees that department suggested on the neighbour dispute, on the phone; the resident who applied does not', async () => {
    await signInThroughPage(pages.mediator, app.url, u.mediator, PASSWORD);
    await pages.mediator.goto(`${app.url}/disputes/${encodeURIComponent(disputeId)}`);
    await pages.mediator.getByTestId('dispute-page').waitFor();
    const suggestion = pages.mediator.getByTestId('dispute-suggested-department');
    await expect.poll(() => suggestion.textContent(), { timeout: WAIT }).toContain('襄城区司法局');
    expect(await suggestion.textContent()).toContain('责任部门（责任清单）');
    expect(await scrollWidth(pages.mediator)).toBeLessThanOrEqual(390);

    await signInThroughPage(pages.resident, app.url, u.resident, PASSWORD);
    await pages.resident.goto(`${app.url}/disputes/${encodeURIComponent(disputeId)}`);
    await pages.resident.getByTestId('dispute-page').waitFor();
    await expect.poll(() => pages.resident.getByTestId('dispute-page').textContent(), { timeout: WAIT }).toContain('楼上漏水引发纠纷');
    expect(await pages.resident.getByTestId('dispute-suggested-department').count()).toBe(0);
  });
});

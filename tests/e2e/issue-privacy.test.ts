import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { PASSWORD } from '../factories/index.js';
import { createIssueCast, submit, type IssueCast } from '../factories/issues.js';
import { DESKTOP, PHONE, WAIT, captureOnFailure, launchBrowser, requireBuiltClient, signInThroughPage } from '../helpers/browser.js';

/**
 * Issue 9, item 7, in the browser: another resident reading an issue sees who raised it neither in
 * the header nor in the timeline (it said 反映人 in one and the name in the other); a party
 * handling it sees the name in both; a reporter who ticked 公开我的姓名 is named to everyone.
 */
let app: TestApp;
let k: IssueCast;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  requireBuiltClient();
  app = await startTestApp();
  k = await createIssueCast(app);
  browser = await launchBrowser();
});
beforeEach(({ onTestFailed }) => captureOnFailure(onTestFailed, () => ({ privacy: page })));
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function openIssue(viewer: { phone: string }, id: string, options = PHONE): Promise<Page> {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(WAIT);
  page = await context.newPage();
  await signInThroughPage(page, app.url, viewer, PASSWORD);
  await page.goto(`${app.url}/issues/${encodeURIComponent(id)}`);
  await page.getByTestId('timeline-item').first().waitFor();
  return page;
}

describe("the reporter's name in the thread", { timeout: 120_000 }, () => {
  it('hidden from another resident in the header and the timeline; shown to a party in both', async () => {
    const issue = await submit(app, k, k.resident, { title: '楼下烧烤油烟' });
    const neighbour = await openIssue(k.neighbour, issue.id);
    expect(await neighbour.getByTestId('issue-reporter').textContent()).toContain('反映人未公开姓名');
    expect(await neighbour.getByTestId('timeline-item').first().textContent()).toContain('反映人');
    expect(await neighbour.getByTestId('issue-page').textContent()).not.toContain(k.resident.name);
    await neighbour.context().close();

    const desk = await openIssue(k.dispatcher, issue.id, DESKTOP);
    expect(await desk.getByTestId('issue-reporter').textContent()).toContain(k.resident.name);
    expect(await desk.getByTestId('timeline-item').first().textContent()).toContain(k.resident.name);
    await desk.context().close();
  });

  it('a reporter who chose 公开我的姓名 in the form is named to another resident in both', async () => {
    const context = await browser.newContext(PHONE);
    context.setDefaultTimeout(WAIT);
    page = await context.newPage();
    await signInThroughPage(page, app.url, k.resident, PASSWORD);
    await page.goto(`${app.url}/issues/new`);
    await page.getByTestId('issue-form-title').locator('input').fill('我愿具名：健身器材松动');
    await page.getByTestId('issue-form-category-FACILITY').click();
    await page.getByTestId('issue-form-body').locator('textarea').fill('广场上的单杠晃得厉害。');
    await page.getByTestId('issue-form-show-name').click();
    await page.getByTestId('issue-form-submit').click();
    await page.waitForURL((url) => /\/issues\/[A-Za-z0-9_-]+$/.test(url.pathname) && !url.pathname.endsWith('/new'));
    const id = decodeURIComponent(page.url().split('/').pop()!);
    await context.close();

    const neighbour = await openIssue(k.neighbour, id);
    expect(await neighbour.getByTestId('issue-reporter').textContent()).toContain(k.resident.name);
    expect(await neighbour.getByTestId('timeline-item').first().textContent()).toContain(k.resident.name);
    await neighbour.context().close();
  });
});

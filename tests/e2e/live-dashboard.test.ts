/// <reference lib="dom" />
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { ok } from '../helpers/graphql.js';
import { PHONE, WAIT, captureOnFailure, launchBrowser, markNoReload, navigateByMenu, requireBuiltClient, screenshot, signInThroughPage, wasNotReloaded, watchErrors } from '../helpers/browser.js';
import { DEMO_PASSWORD, loadDemo } from '../../server/app/demo.js';

/**
 * Issue #9 item 5: the dashboard is live, as the board is. The dispatcher keeps it open on a phone
 * while others resolve and rate an issue through the API; the figures change without a reload,
 * and the chart's labels do not run into each other at 390 px.
 */
const DISPATCHER = '13900000002';
const PM_STAFF = '13900000003';
const RESIDENT = '13900000011';
const COMMUNITY = '檀溪社区';

let app: TestApp;
let browser: Browser;
let page: Page;
const tokens: Record<string, string> = {};
let issueId: string;
let errors: { pageErrors: string[]; consoleErrors: string[] };

const as = (who: string, query: string, variables: Record<string, unknown> = {}) => ok(app.url, query, variables, tokens[who]);

beforeAll(async () => {
  requireBuiltClient();
  app = await startTestApp();
  await loadDemo(app.services);
  for (const who of [DISPATCHER, PM_STAFF, RESIDENT]) {
    tokens[who] = (await ok(app.url, 'mutation($input: SignInInput!) { signIn(input: $input) { token } }', { input: { phone: who, password: DEMO_PASSWORD } })).signIn.token;
  }
  const { communities } = await as(DISPATCHER, '{ communities { id name organizations { id kind } } }');
  const tanxi = communities.find((c: { name: string }) => c.name === COMMUNITY);
  const pm = tanxi.organizations.find((o: { kind: string }) => o.kind === 'PROPERTY_MANAGER').id;
  // An issue taken by the property manager, not yet resolved: open, until it is.
  const { submitIssue } = await as(RESIDENT, 'mutation($input: SubmitIssueInput!) { submitIssue(input: $input) { id } }', {
    input: { communityId: tanxi.id, title: '地下车库积水', body: '下雨后车库入口积水很深。', category: 'FACILITY' },
  });
  issueId = submitIssue.id;
  await as(DISPATCHER, 'mutation($input: DispatchIssueInput!) { dispatchIssue(input: $input) { id } }', { input: { issueId, organizationId: pm } });
  await as(PM_STAFF, 'mutation($input: IssueRefInput!) { acceptIssue(input: $input) { id } }', { input: { issueId } });

  browser = await launchBrowser();
  const context = await browser.newContext(PHONE);
  context.setDefaultTimeout(WAIT);
  page = await context.newPage();
  errors = watchErrors(page, 'dispatcher');
  // The demo, sign-ins and Chromium on a two-core machine shared with other runs.
}, 240_000);

beforeEach(({ onTestFailed }) => captureOnFailure(onTestFailed, () => ({ dispatcher: page })));

afterAll(async () => {
  const seen = [...(errors?.pageErrors ?? []), ...(errors?.consoleErrors ?? [])];
  if (seen.length) console.warn(`Browser errors during the dashboard test:\n${seen.join('\n')}`);
  await browser?.close();
  await app?.close();
});

const figure = async (key: string) => (await page.getByTestId(`stat-${key}`).locator('strong').textContent())?.trim();

/** Pairs of the chart's visible labels whose boxes overlap (more than a pixel each way). */
const OVERLAPS = `(() => {
  const boxes = [...document.querySelectorAll('[data-testid="dashboard-org-chart"] svg text')]
    .filter((t) => t.textContent.trim() !== '' && getComputedStyle(t).display !== 'none' && t.getAttribute('opacity') !== '0')
    .map((t) => ({ text: t.textContent.trim(), r: t.getBoundingClientRect() }))
    .filter((b) => b.r.width > 0 && b.r.height > 0);
  const hits = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i].r, b = boxes[j].r;
      if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) hits.push(boxes[i].text + ' × ' + boxes[j].text);
    }
  return { labels: boxes.map((b) => b.text), hits };
})()`;

describe('the dashboard, live on a phone', { timeout: 90_000 }, () => {
  it('opens with its figures and a chart whose labels do not collide at 390 px', async () => {
    await signInThroughPage(page, app.url, { phone: DISPATCHER }, DEMO_PASSWORD);
    await navigateByMenu(page, app.url, '治理看板', '/dashboard');
    await expect.poll(() => page.getByTestId('dashboard-live').textContent(), { timeout: WAIT }).toContain('实时');
    await page.locator('[data-testid="dashboard-org-chart"][data-finished="true"]').waitFor();
    const { labels, hits } = await page.evaluate<{ labels: string[]; hits: string[] }>(OVERLAPS);
    // The organizations and the percentages are drawn as labels, and none overlaps another.
    expect(labels.some((l) => l.endsWith('%'))).toBe(true);
    expect(labels.length).toBeGreaterThan(5);
    expect(hits).toEqual([]);
    await screenshot(page, 'dashboard-phone');
  });

  it('another session resolves the issue, then the resident rates it poorly: the open count moves each time without a reload', async () => {
    await markNoReload(page);
    const open = Number(await figure('open'));
    expect(open).toBeGreaterThan(0);

    await as(PM_STAFF, 'mutation($input: ResolveIssueInput!) { resolveIssue(input: $input) { id } }', { input: { issueId, resolution: '已清理排水沟' } });
    await expect.poll(() => figure('open'), { timeout: WAIT }).toBe(String(open - 1));

    // Two stars reopen it: open again.
    await as(RESIDENT, 'mutation($input: RateIssueInput!) { rateIssue(input: $input) { id } }', { input: { issueId, score: 2, comment: '下雨又积水了' } });
    await expect.poll(() => figure('open'), { timeout: WAIT }).toBe(String(open));
    expect(await wasNotReloaded(page)).toBe(true);
    expect(errors.pageErrors).toEqual([]);
  });
});

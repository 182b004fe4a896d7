import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { ok } from '../helpers/graphql.js';
import { PASSWORD, type TestUser } from '../factories/index.js';
import { createIssueCast, type IssueCast } from '../factories/issues.js';
import {
  DESKTOP,
  PHONE,
  RESULTS_DIR,
  WAIT,
  captureOnFailure,
  launchBrowser,
  markNoReload,
  requireBuiltClient,
  screenshot,
  scrollWidth,
  settled,
  wasNotReloaded,
  watchErrors,
  navigateByMenu,
  signInThroughPage,
} from '../helpers/browser.js';

/**
 * The closed loop 点单 → 派单 → 接单 → 办结 → 评单 as three people see it at once: a resident on a
 * phone (390 px), the dispatcher of the governance center and the property manager's staff at
 * desktops. Nothing is reloaded: each step arrives over the socket on the others' screens.
 */
const TITLE = `3栋电梯异响${Date.now() % 100000}`;
const BODY = '3栋1号电梯运行时有明显金属摩擦声，老人不敢乘坐，请尽快检修。';
/** Longer than WAIT: a step crosses two sockets, a refetch and a render on a two-core machine. */
const LIVE = 2 * WAIT;

let app: TestApp;
let cast: IssueCast;
let browser: Browser;
const contexts: BrowserContext[] = [];
let resident: Page;
let dispatcher: Page;
let manager: Page;
let issueId: string;
const errors: ReturnType<typeof watchErrors>[] = [];

async function open(options: typeof DESKTOP, label: string): Promise<Page> {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(WAIT);
  contexts.push(context);
  const page = await context.newPage();
  errors.push(watchErrors(page, label));
  return page;
}

const signIn = (page: Page, user: TestUser) => signInThroughPage(page, app.url, user, PASSWORD);

const navigate = (page: Page, label: string, path: string) => navigateByMenu(page, app.url, label, path);

const itemOf = (page: Page): Locator => page.locator(`[data-testid="issue-item"][data-issue-id="${issueId}"]`);
const timelineOf = (page: Page, type: string): Locator => page.locator(`[data-testid="timeline-item"][data-event-type="${type}"]`);
const pageStatus = (page: Page) => page.getByTestId('issue-page').getAttribute('data-status');

async function choose(page: Page, select: Locator, option: string): Promise<void> {
  await select.click();
  await page.locator('.n-base-select-option').filter({ hasText: option }).first().click();
}

async function waitLive(page: Page, testId: string): Promise<void> {
  await expect.poll(() => page.getByTestId(testId).textContent(), { timeout: LIVE }).toContain('实时');
}

beforeAll(async () => {
  requireBuiltClient();
  app = await startTestApp();
  cast = await createIssueCast(app);
  browser = await launchBrowser();
  resident = await open(PHONE, 'resident');
  dispatcher = await open(DESKTOP, 'dispatcher');
  manager = await open(DESKTOP, 'manager');
});

beforeEach(({ onTestFailed }) => captureOnFailure(onTestFailed, () => ({ resident, dispatcher, manager })));

afterAll(async () => {
  const seen = errors.flatMap((e) => [...e.pageErrors, ...e.consoleErrors]);
  if (seen.length) console.warn(`Browser errors during the issues loop:\n${seen.join('\n')}`);
  await browser?.close();
  await app?.close();
});

describe('the closed loop of an issue, three people at once', { timeout: 120_000 }, () => {
  it('the dispatcher opens the desk and the property manager the work list, both live and empty', async () => {
    await Promise.all([signIn(dispatcher, cast.dispatcher), signIn(manager, cast.pmStaff), signIn(resident, cast.resident)]);

    await navigate(dispatcher, '派单台', '/issues/desk');
    await waitLive(dispatcher, 'issues-live');
    expect(await dispatcher.getByTestId('issue-item').count()).toBe(0);
    await markNoReload(dispatcher);

    // Property staff sit in no desk: their menu has the work list, not the desk.
    const managerNav = manager.locator('aside').getByTestId('nav');
    expect(await managerNav.getByText('派单台', { exact: true }).count()).toBe(0);
    await navigate(manager, '我的工单', '/issues/work');
    await waitLive(manager, 'issues-live');
    expect(await manager.getByTestId('issue-item').count()).toBe(0);
    await markNoReload(manager);
  });

  it('the resident submits through the form on the phone; a double tap makes one issue', async () => {
    // A resident has neither the desk nor the work list.
    await resident.getByTestId('nav-menu').click();
    const drawerNav = resident.locator('.n-drawer').getByTestId('nav');
    await drawerNav.waitFor();
    expect(await drawerNav.getByText('派单台', { exact: true }).count()).toBe(0);
    expect(await drawerNav.getByText('我的工单', { exact: true }).count()).toBe(0);
    await drawerNav.getByText('我要反映', { exact: true }).click();
    await resident.waitForURL(`${app.url}/issues/new`);
    await drawerNav.waitFor({ state: 'hidden' });

    // Required fields are marked before anything is sent.
    await resident.getByTestId('issue-form-submit').click();
    await resident.getByText('请填写标题').waitFor();

    await resident.getByTestId('issue-form-title').locator('input').fill(TITLE);
    await resident.getByTestId('issue-form-category-FACILITY').click();
    await resident.getByTestId('issue-form-body').locator('textarea').fill(BODY);
    await choose(resident, resident.getByTestId('issue-form-building'), '1栋');
    await resident.getByTestId('issue-form-location').locator('input').fill('3栋1单元');
    await resident.getByTestId('issue-form-priority-HIGH').click();
    await settled(resident);
    expect(await scrollWidth(resident)).toBeLessThanOrEqual(390);
    await screenshot(resident, 'issues-loop-phone-form');

    await resident.getByTestId('issue-form-submit').dblclick();
    await resident.waitForURL(/\/issues\/(?!new)[^/]+$/, { timeout: LIVE });
    issueId = decodeURIComponent(new URL(resident.url()).pathname.split('/').pop()!);
    await resident.getByTestId('issue-page').waitFor();
    expect(await resident.getByTestId('issue-title').textContent()).toContain(TITLE);
    expect(await pageStatus(resident)).toBe('SUBMITTED');
    await timelineOf(resident, 'issue.submitted').waitFor();
    await waitLive(resident, 'issue-live');
    await markNoReload(resident);

    const { issues } = await ok(app.url, 'query($c: ID!, $s: String) { issues(communityId: $c, filter: { search: $s }) { totalCount edges { node { id } } } }', { c: cast.community.gid, s: TITLE }, cast.resident.token);
    expect(issues.totalCount).toBe(1);
    expect(issues.edges[0].node.id).toBe(issueId);
  });

  it('the issue arrives on the desk without a reload; the dispatcher sends it to the property manager', async () => {
    const onDesk = itemOf(dispatcher);
    await onDesk.waitFor({ timeout: LIVE });
    expect(await onDesk.textContent()).toContain(TITLE);
    expect(await onDesk.getAttribute('data-status')).toBe('SUBMITTED');
    expect(await wasNotReloaded(dispatcher)).toBe(true);

    await onDesk.getByTestId('issue-action-dispatch').click();
    await onDesk.getByTestId('dispatch-form').waitFor();
    await choose(dispatcher, onDesk.getByTestId('dispatch-org'), '物业');
    await screenshot(dispatcher, 'issues-loop-desktop-desk');
    await onDesk.getByTestId('dispatch-submit').click();
    // Dispatched, it leaves the desk's queue.
    await onDesk.waitFor({ state: 'detached', timeout: LIVE });

    // The resident's page follows: a status change in the timeline, the new status, the assignee.
    await timelineOf(resident, 'issue.dispatched').waitFor({ timeout: LIVE });
    await expect.poll(() => pageStatus(resident), { timeout: LIVE }).toBe('DISPATCHED');
    expect(await timelineOf(resident, 'issue.dispatched').textContent()).toContain('物业');
    await expect.poll(() => resident.getByTestId('issue-assignee').textContent(), { timeout: LIVE }).toContain('物业');
    expect(await resident.getByTestId('issue-deadline').count()).toBe(2);
    expect(await wasNotReloaded(resident)).toBe(true);
  });

  it('the property manager sees it in the work list, accepts and resolves it; the resident sees each step', async () => {
    const work = itemOf(manager);
    await work.waitFor({ timeout: LIVE });
    expect(await work.getAttribute('data-status')).toBe('DISPATCHED');
    expect(await wasNotReloaded(manager)).toBe(true);

    await work.getByTestId('issue-action-accept').click();
    await expect.poll(() => work.getAttribute('data-status'), { timeout: LIVE }).toBe('ACCEPTED');
    await timelineOf(resident, 'issue.accepted').waitFor({ timeout: LIVE });
    await expect.poll(() => pageStatus(resident), { timeout: LIVE }).toBe('ACCEPTED');

    await work.getByTestId('issue-action-resolve').click();
    await work.getByTestId('resolve-text').locator('textarea').fill('已联系电梯维保单位更换导靴，运行恢复正常。');
    await screenshot(manager, 'issues-loop-desktop-work');
    await work.getByTestId('resolve-submit').click();
    // Resolved, it leaves the work list (dispatched and accepted only).
    await work.waitFor({ state: 'detached', timeout: LIVE });

    await timelineOf(resident, 'issue.resolved').waitFor({ timeout: LIVE });
    await expect.poll(() => pageStatus(resident), { timeout: LIVE }).toBe('RESOLVED');
    await expect.poll(() => resident.getByTestId('issue-resolution').textContent(), { timeout: LIVE }).toContain('更换导靴');
    expect(await wasNotReloaded(resident)).toBe(true);
    expect(await wasNotReloaded(manager)).toBe(true);
  });

  it('the resident rates it 5 stars on the phone and the issue closes', async () => {
    await resident.getByTestId('issue-action-rate').click();
    const stars = resident.getByTestId('rate-stars').locator('.n-rate__item');
    expect(await stars.count()).toBe(5);
    // 3 stars or less warns that the issue reopens; 5 does not.
    await stars.nth(2).click();
    await resident.getByTestId('rate-reopens').waitFor();
    await stars.nth(4).click();
    await resident.getByTestId('rate-reopens').waitFor({ state: 'detached' });
    await resident.getByTestId('rate-comment').locator('textarea').fill('维修很及时，谢谢物业！');
    await resident.getByTestId('rate-submit').click();

    await timelineOf(resident, 'issue.rated').waitFor({ timeout: LIVE });
    await expect.poll(() => pageStatus(resident), { timeout: LIVE }).toBe('CLOSED');
    await expect.poll(() => resident.getByTestId('issue-rating').getAttribute('data-score'), { timeout: LIVE }).toBe('5');
    // Every step of the loop is in the timeline, in order, each once.
    const steps = await resident.getByTestId('timeline-item').evaluateAll((items) => items.map((item) => item.getAttribute('data-event-type')));
    expect(steps.filter((type) => type !== 'issue.commented')).toEqual(['issue.submitted', 'issue.dispatched', 'issue.accepted', 'issue.resolved', 'issue.rated']);
    expect(await wasNotReloaded(resident)).toBe(true);
    await settled(resident);
    expect(await scrollWidth(resident)).toBeLessThanOrEqual(390);
  });

  it('the dashboard shows the rates changed: response, resolution and satisfaction 100%', async () => {
    await navigate(dispatcher, '治理看板', '/dashboard');
    await expect.poll(() => dispatcher.getByTestId('stat-satisfaction-rate').textContent(), { timeout: LIVE }).toContain('100%');
    expect(await dispatcher.getByTestId('stat-response-rate').textContent()).toContain('100%');
    expect(await dispatcher.getByTestId('stat-resolution-rate').textContent()).toContain('100%');
    expect(await dispatcher.getByTestId('stat-submitted').textContent()).toContain('1');
    expect(await dispatcher.getByTestId('stat-open').textContent()).toContain('0');
    const table = dispatcher.getByTestId('dashboard-org-table');
    await table.waitFor();
    expect(await table.textContent()).toContain('物业');
    await dispatcher.locator('[data-testid="dashboard-org-chart"][data-finished="true"]').waitFor();

    // The 7-day preset holds the same issue.
    await dispatcher.getByTestId('dashboard-preset-7').click();
    await expect.poll(() => dispatcher.getByTestId('stat-satisfaction-rate').textContent(), { timeout: LIVE }).toContain('100%');
    await dispatcher.locator('[data-testid="dashboard-org-chart"][data-finished="true"]').waitFor();
  });

  it('screenshots of the three at the end (test-results/)', async () => {
    await resident.evaluate('window.scrollTo(0, 0)');
    await screenshot(resident, 'issues-loop-phone-issue');
    await resident.screenshot({ path: `${RESULTS_DIR}/issues-loop-phone-issue-full.png`, fullPage: true });
    await screenshot(dispatcher, 'issues-loop-desktop-dashboard');

    // The resident's list and dashboard fit the phone too.
    await navigate(resident, '社区议题', '/issues');
    await itemOf(resident).waitFor();
    expect(await itemOf(resident).getAttribute('data-status')).toBe('CLOSED');
    await settled(resident);
    expect(await scrollWidth(resident)).toBeLessThanOrEqual(390);
    await screenshot(resident, 'issues-loop-phone-list');
    await navigate(resident, '治理看板', '/dashboard');
    await expect.poll(() => resident.getByTestId('stat-satisfaction-rate').textContent(), { timeout: LIVE }).toContain('100%');
    await resident.locator('[data-testid="dashboard-org-chart"][data-finished="true"]').waitFor();
    await settled(resident);
    expect(await scrollWidth(resident)).toBeLessThanOrEqual(390);
    await resident.screenshot({ path: `${RESULTS_DIR}/issues-loop-phone-dashboard.png`, fullPage: true });

    // The manager looks at the closed issue from the board.
    await navigate(manager, '社区议题', '/issues');
    await itemOf(manager).click();
    await manager.waitForURL(`${app.url}/issues/${encodeURIComponent(issueId)}`);
    await manager.getByTestId('issue-page').waitFor();
    await expect.poll(() => pageStatus(manager), { timeout: LIVE }).toBe('CLOSED');
    await screenshot(manager, 'issues-loop-desktop-issue');

    expect(errors.flatMap((e) => e.pageErrors)).toEqual([]);
  });
});

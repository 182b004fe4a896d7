/// <reference lib="dom" />
// page.evaluate callbacks run in the browser: they see the DOM.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { ok } from '../helpers/graphql.js';
import { em, PASSWORD } from '../factories/index.js';
import { createIssueCast, submit, type IssueCast } from '../factories/issues.js';
import { createVolunteers, type TestVolunteer } from '../factories/volunteers.js';
import { PHONE, WAIT, captureOnFailure, launchBrowser, markNoReload, requireBuiltClient, signInThroughPage, wasNotReloaded, watchErrors } from '../helpers/browser.js';
import { VolunteerTask, VolunteerTaskStatus } from '../../server/volunteers/volunteer.entity.js';
import { toGlobalId } from '../../server/core/ids.js';

/**
 * Issue #14 §2, weak and lost networks, on a phone (390 px): a resident loses the network, acts
 * three times (reports an issue, replies to a neighbour's, claims a task), sees the three waiting
 * (待发送 3), comes back: each is applied once (the database says so), and the outbox shows what
 * became of each, the claim that came too late with its waitlist place. Then the app's shell
 * loads with no network at all (the service worker), not Chromium's error page.
 */
const TITLE = `楼道灯坏了${Date.now() % 100000}`;
const COMMENT = `我家楼下也一样，晚上很黑${Date.now() % 100000}`;
const TASK = `周末清理小区绿化带${Date.now() % 100000}`;

let app: TestApp;
let cast: IssueCast;
let me: TestVolunteer;
let rival: TestVolunteer;
let neighbourIssueId: string;
let taskId: string;
let rawTaskId: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: ReturnType<typeof watchErrors>;

const CLAIM = `mutation($input: ClaimTaskInput!) { claimTask(input: $input) { id status } }`;

const count = async (sql: string, params: unknown[]) => (await em(app).execute<{ n: number }[]>(sql, params))[0]!.n;

beforeAll(async () => {
  requireBuiltClient();
  app = await startTestApp();
  cast = await createIssueCast(app);
  [me, rival] = (await createVolunteers(app, cast.community, 2)) as [TestVolunteer, TestVolunteer];
  neighbourIssueId = (await submit(app, cast, cast.neighbour, { title: '电梯又停了', visibility: 'PUBLIC' })).id;
  // One slot: free while the phone looks at it, taken by someone else while it is offline.
  const e = em(app);
  const startsAt = new Date(Date.now() + 24 * 3_600_000);
  const task = e.create(VolunteerTask, {
    station: cast.community.orgs.station.id, community: cast.community.id, title: TASK, description: '带好手套', startsAt,
    endsAt: new Date(startsAt.getTime() + 2 * 3_600_000), slots: 1, status: VolunteerTaskStatus.OPEN, createdBy: cast.dispatcher.id,
  });
  await e.flush();
  rawTaskId = task.id;
  taskId = toGlobalId('VolunteerTask', task.id);
  browser = await launchBrowser();
  context = await browser.newContext(PHONE);
  context.setDefaultTimeout(WAIT);
  page = await context.newPage();
  errors = watchErrors(page, 'offline');
});

beforeEach(({ onTestFailed }) => captureOnFailure(onTestFailed, () => ({ offline: page })));

afterAll(async () => {
  const seen = [...(errors?.pageErrors ?? [])];
  if (seen.length) console.warn(`Page errors:\n${seen.join('\n')}`);
  await browser?.close();
  await app?.close();
});

/** A navigation inside the app (vue-router on popstate), as a tap on a link: no page load. */
async function go(path: string): Promise<void> {
  await page.evaluate((to) => {
    history.pushState({}, '', to);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  await page.waitForURL(`${app.url}${path}`);
}

const bar = () => page.getByTestId('outbox-bar');

describe('offline on a phone: three actions wait, then apply once each', { timeout: 180_000 }, () => {
  it('signs in, visits the pages online, and the service worker takes the page', async () => {
    await signInThroughPage(page, app.url, me, PASSWORD);
    await go('/volunteers');
    await page.locator(`[data-testid="volunteer-task"]`).filter({ hasText: TASK }).waitFor();
    await go(`/issues/${encodeURIComponent(neighbourIssueId)}`);
    await page.getByTestId('comment-input').waitFor();
    await go('/issues/new');
    await page.getByTestId('issue-form').waitFor();
    // The worker installed and claimed this page (clientsClaim): its chunks come from its cache now.
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 3 * WAIT }).toBe(true);
    await markNoReload(page);
  });

  it('offline: reports an issue, replies, claims a task; 待发送 3', async () => {
    await context.setOffline(true);
    await expect.poll(() => page.evaluate(() => navigator.onLine), { timeout: WAIT }).toBe(false);

    await page.getByTestId('issue-form-title').locator('input').fill(TITLE);
    await page.getByTestId('issue-form-category-FACILITY').click();
    await page.getByTestId('issue-form-body').locator('textarea').fill('三单元二楼到五楼的楼道灯都不亮了。');
    await page.getByTestId('issue-form-submit').click();
    await expect.poll(() => bar().getAttribute('data-waiting'), { timeout: WAIT }).toBe('1');
    // Said as a wait, not an error.
    await page.locator('.n-message').filter({ hasText: '待发送' }).first().waitFor();
    expect(await page.locator('.n-message--error-type').count()).toBe(0);

    await go(`/issues/${encodeURIComponent(neighbourIssueId)}`);
    await page.getByTestId('comment-input').locator('textarea').fill(COMMENT);
    await page.getByTestId('comment-send').click();
    await expect.poll(() => bar().getAttribute('data-waiting'), { timeout: WAIT }).toBe('2');
    // The box is free again: the outbox keeps the text.
    expect(await page.getByTestId('comment-input').locator('textarea').inputValue()).toBe('');

    await go('/volunteers');
    const card = page.locator(`[data-testid="volunteer-task"]`).filter({ hasText: TASK });
    await card.getByTestId('task-claim').click();
    await expect.poll(() => bar().getAttribute('data-waiting'), { timeout: WAIT }).toBe('3');
    expect(await bar().textContent()).toContain('待发送 3');

    await page.getByTestId('outbox-open').click();
    const entries = page.getByTestId('outbox-entry');
    await expect.poll(() => entries.count(), { timeout: WAIT }).toBe(3);
    expect(await entries.evaluateAll((els) => els.map((el) => [el.getAttribute('data-operation'), el.getAttribute('data-state')]))).toEqual([
      ['SubmitIssue', 'waiting'],
      ['CommentOnIssue', 'waiting'],
      ['ClaimTask', 'waiting'],
    ]);
    expect(await entries.nth(0).textContent()).toContain(TITLE);
    expect(await entries.nth(2).textContent()).toContain(TASK);
    await page.keyboard.press('Escape');

    // Nothing reached the server; meanwhile someone else takes the one slot.
    expect(await count(`SELECT count(*)::int AS n FROM issues WHERE title = ?`, [TITLE])).toBe(0);
    expect((await ok(app.url, CLAIM, { input: { taskId, idempotencyKey: 'rival-1' } }, rival.token)).claimTask.status).toBe('CLAIMED');
  });

  it('back online: each is applied once, and the outbox shows each outcome, the late claim its waitlist place', async () => {
    await context.setOffline(false);
    await expect.poll(() => bar().getAttribute('data-waiting'), { timeout: 3 * WAIT }).toBe('0');
    expect(await bar().getAttribute('data-done')).toBe('3');
    expect(await bar().getAttribute('data-failed')).toBe('0');

    expect(await count(`SELECT count(*)::int AS n FROM issues WHERE title = ?`, [TITLE])).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM issue_comments WHERE body = ?`, [COMMENT])).toBe(1);
    const claims = await em(app).execute<{ status: string }[]>(
      `SELECT c.status FROM task_claims c JOIN volunteers v ON v.id = c.volunteer_id WHERE v.user_id = ? AND c.task_id = ?`,
      [me.id, rawTaskId],
    );
    expect(claims.map((c) => c.status)).toEqual(['WAITLISTED']);

    await page.getByTestId('outbox-open').click();
    const outcomes = page.getByTestId('outbox-outcome');
    await expect.poll(() => outcomes.count(), { timeout: WAIT }).toBe(3);
    const texts = await outcomes.allTextContents();
    expect(texts[0]).toMatch(/已提交，编号 #\d+/);
    expect(texts[1]).toContain('回复已发送');
    expect(texts[2]).toContain('候补第 1 位');
    // Replayed by the page itself: no reload.
    expect(await wasNotReloaded(page)).toBe(true);

    // Cleared, the bar goes; nothing more was sent.
    await page.getByTestId('outbox-clear').click();
    await bar().waitFor({ state: 'detached' });
    expect(await count(`SELECT count(*)::int AS n FROM issues WHERE title = ?`, [TITLE])).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM issue_comments WHERE body = ?`, [COMMENT])).toBe(1);
  });

  it('with no network at all, a reload shows the app shell from the service worker, not the browser error page', async () => {
    await context.setOffline(true);
    await page.reload({ waitUntil: 'domcontentloaded' });
    expect(page.url()).toBe(`${app.url}/volunteers`);
    // The header of the signed-in layout: index.html, the entry and the layout's chunk all came from the worker's cache.
    await page.locator('.app-header').waitFor({ timeout: 2 * WAIT });
    expect(await page.title()).toContain('共治');
    await context.setOffline(false);
  });
});

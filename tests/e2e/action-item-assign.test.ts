import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { ok } from '../helpers/graphql.js';
import { PASSWORD } from '../factories/index.js';
import { createMeetingCast, meetingIn, type MeetingCast } from '../factories/meetings.js';
import { DESKTOP, PHONE, WAIT, captureOnFailure, launchBrowser, navigateByMenu, requireBuiltClient, signInThroughPage, watchErrors } from '../helpers/browser.js';

/**
 * Issue 9, item 1: in the meeting room, 交办待办事项's 承办单位 select was empty (无数据) because
 * ActionItemPanel read `adding` before declaring it (a ReferenceError in the console), so no action
 * item could be assigned. The chair assigns one to the property manager through the form, choosing
 * the organization in the select; the property manager's member finds it in their organization's
 * work (我的工单 → 会议交办事项) on a phone, with its meeting and the issue tracking it, and marks it done.
 */
const ACTION = '一周内修复3栋楼道灯';

let app: TestApp;
let k: MeetingCast;
let meetingId: string;
let browser: Browser;
const contexts: BrowserContext[] = [];
let chair: Page;
let pm: Page;
const errors: ReturnType<typeof watchErrors>[] = [];

async function open(options: typeof DESKTOP, label: string): Promise<Page> {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(WAIT);
  contexts.push(context);
  const page = await context.newPage();
  errors.push(watchErrors(page, label));
  return page;
}

beforeAll(async () => {
  requireBuiltClient();
  app = await startTestApp();
  k = await createMeetingCast(app);
  const meeting = await meetingIn(app, k, 'IN_SESSION', new Date(Date.now() + 3_600_000).toISOString(), { title: '楼道照明联席会议' });
  meetingId = meeting.id;
  browser = await launchBrowser();
  chair = await open(DESKTOP, 'chair');
  pm = await open(PHONE, 'pm');
});

beforeEach(({ onTestFailed }) => captureOnFailure(onTestFailed, () => ({ 'action-chair': chair, 'action-pm': pm })));

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('an action item assigned in the meeting room', { timeout: 120_000 }, () => {
  it('the chair picks the organization in the select and assigns it; no error in the console', async () => {
    await signInThroughPage(chair, app.url, k.chair, PASSWORD);
    await chair.goto(`${app.url}/meetings/${encodeURIComponent(meetingId)}?tab=actions`);
    await chair.getByTestId('action-item-new').click();
    await chair.getByTestId('action-item-form-title').locator('input').fill(ACTION);
    await chair.getByTestId('action-item-form-assignee').click();
    // The select lists the community's organizations (it was empty: 无数据).
    const option = chair.locator('.n-base-select-option').filter({ hasText: '物业' });
    await option.first().waitFor();
    expect(await chair.locator('.n-base-select-option').count()).toBeGreaterThanOrEqual(7);
    await option.first().click();
    await chair.getByTestId('action-item-form-submit').click();
    const added = chair.getByTestId('action-item').filter({ hasText: ACTION });
    await added.waitFor();
    expect(await added.textContent()).toContain('物业');
    expect(await added.getAttribute('data-status')).toBe('OPEN');
    const seen = errors.flatMap((e) => [...e.pageErrors, ...e.consoleErrors]);
    expect(seen.filter((e) => /ReferenceError|adding/.test(e))).toEqual([]);
  });

  it("shows up in the property manager's work on a phone, with its meeting, and is marked done there", async () => {
    await signInThroughPage(pm, app.url, k.pm, PASSWORD);
    await navigateByMenu(pm, app.url, '我的工单', '/issues/work');
    const item = pm.getByTestId('assigned-action-item').filter({ hasText: ACTION });
    await item.waitFor();
    expect(await item.getByTestId('assigned-action-item-meeting').textContent()).toContain('楼道照明联席会议');
    // The issue that tracks it is in the same work list, dispatched to the property manager.
    await pm.getByTestId('issue-item').filter({ hasText: ACTION }).first().waitFor();

    // Only the members of the organization it was assigned to see it there.
    const others = await ok(app.url, `query($c: ID!) { assignedActionItems(communityId: $c) { title } }`, { c: k.c.gid }, k.oc.token);
    expect(others.assignedActionItems).toEqual([]);

    await item.getByTestId('assigned-action-item-done').click();
    await expect.poll(() => pm.getByTestId('assigned-action-item').filter({ hasText: ACTION }).count(), { timeout: WAIT }).toBe(0);
    const mine = await ok(app.url, `query($c: ID!) { assignedActionItems(communityId: $c, openOnly: false) { title status } }`, { c: k.c.gid }, k.pm.token);
    expect(mine.assignedActionItems).toEqual([{ title: ACTION, status: 'DONE' }]);
  });
});

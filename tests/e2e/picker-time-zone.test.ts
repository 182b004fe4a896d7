import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { ok } from '../helpers/graphql.js';
import { PASSWORD } from '../factories/index.js';
import { createMeetingCast, type MeetingCast } from '../factories/meetings.js';
import { DESKTOP, WAIT, captureOnFailure, launchBrowser, requireBuiltClient, signInThroughPage, watchErrors } from '../helpers/browser.js';

/**
 * Issue #9 item 11, in a form: the chair of a residents' committee whose browser is on UTC picks
 * "09:00" a week ahead in the meeting form's date picker. The meeting is at 09:00 in 襄阳
 * (01:00Z), not 09:00 UTC, and the meeting page shows 09:00. The form's default (tomorrow 19:00)
 * is 19:00 in 襄阳 too.
 */
const TITLE = `时区测试会议${Date.now() % 100000}`;

let app: TestApp;
let cast: MeetingCast;
let browser: Browser;
let page: Page;
let errors: ReturnType<typeof watchErrors>;

/** 襄阳's calendar date `days` from now, as [year, month, day]. */
function shanghaiDate(days: number): [number, number, number] {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(
    Date.now() + days * 86_400_000,
  );
  const part = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return [part('year'), part('month'), part('day')];
}
const pad = (n: number) => String(n).padStart(2, '0');

beforeAll(async () => {
  requireBuiltClient();
  app = await startTestApp();
  cast = await createMeetingCast(app);
  browser = await launchBrowser();
  const context = await browser.newContext({ ...DESKTOP, timezoneId: 'UTC' });
  context.setDefaultTimeout(WAIT);
  page = await context.newPage();
  errors = watchErrors(page, 'chair');
}, 240_000);

beforeEach(({ onTestFailed }) => captureOnFailure(onTestFailed, () => ({ 'picker-time-zone': page })));

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('the meeting form’s date picker on a browser set to UTC', { timeout: 120_000 }, () => {
  it('09:00 picked is 09:00 in 襄阳: the API has 01:00Z and the meeting page shows 09:00', async () => {
    // The browser really is on UTC: its clock is eight hours behind 襄阳's.
    expect(await page.evaluate(() => [Intl.DateTimeFormat().resolvedOptions().timeZone, new Date(0).getTimezoneOffset()])).toEqual(['UTC', 0]);
    await signInThroughPage(page, app.url, cast.chair, PASSWORD);
    await page.goto(`${app.url}/meetings/new`);
    const time = page.getByTestId('meeting-form-time').locator('input');
    await time.waitFor();

    // The default, tomorrow 19:00, is 襄阳's tomorrow and 襄阳's 19:00.
    const [ty, tm, td] = shanghaiDate(1);
    expect(await time.inputValue()).toBe(`${ty}-${pad(tm)}-${pad(td)} 19:00`);

    const [y, m, d] = shanghaiDate(7);
    await page.getByTestId('meeting-form-title').locator('input').fill(TITLE);
    await time.fill(`${y}-${pad(m)}-${pad(d)} 09:00`);
    await time.press('Enter');
    await page.getByTestId('meeting-form-title').locator('input').click();
    expect(await time.inputValue()).toBe(`${y}-${pad(m)}-${pad(d)} 09:00`);
    await page.getByTestId('meeting-form-submit').click();
    await page.waitForURL(/\/meetings\/(?!new)[^/]+$/, { timeout: 2 * WAIT });
    await page.getByTestId('meeting-page').waitFor();

    const meetingId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    const { meeting } = await ok(app.url, 'query($id: ID!) { meeting(id: $id) { title scheduledAt } }', { id: meetingId }, cast.chair.token);
    expect(meeting.title).toBe(TITLE);
    expect(new Date(meeting.scheduledAt).toISOString()).toBe(new Date(Date.UTC(y, m - 1, d, 1, 0)).toISOString());

    const shown = page.locator(`time[datetime="${meeting.scheduledAt}"]`).first();
    await shown.waitFor();
    expect(await shown.textContent()).toContain(`${m}月${d}日 09:00`);
    expect(errors.pageErrors).toEqual([]);
  });
});

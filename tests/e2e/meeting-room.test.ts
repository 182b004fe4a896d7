import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { ok } from '../helpers/graphql.js';
import { PASSWORD, type TestUser } from '../factories/index.js';
import { createMeetingCast, scheduleMeeting, type MeetingCast } from '../factories/meetings.js';
import {
  DESKTOP,
  PHONE,
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
 * A meeting room as two members of the convening residents' committee see it at once: the chair
 * at a desktop, a member on a phone (390 px). One types notes in an agenda item and the other
 * sees them come in, with who is editing; both type at once and both keep each other's words;
 * the chair puts a motion, which opens once more than half of the five seats are taken (the
 * meeting's attendance quorum), both vote, and both screens show the count move, against the
 * three present, and the outcome. Nothing is reloaded: every change arrives over the meeting's socket. Then the
 * member schedules a representatives' meeting about a matter from the phone, and the matters
 * board shows the matter gone to decision (定事).
 */
const TITLE = `加装电梯三方联席会议${Date.now() % 100000}`;
const ITEM = '1栋加装电梯方案';
const MOTION = '同意1栋加装电梯';
const MATTER = `1栋加装电梯${Date.now() % 100000}`;
/** Longer than WAIT: a change crosses two sockets, a refetch and a render on a two-core machine. */
const LIVE = 2 * WAIT;

let app: TestApp;
let cast: MeetingCast;
let meetingId: string;
let browser: Browser;
const contexts: BrowserContext[] = [];
let chair: Page;
let member: Page;
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

const item = (page: Page): Locator => page.getByTestId('agenda-item').filter({ hasText: ITEM });
const notes = (page: Page): Locator => item(page).getByTestId('agenda-notes');
const motion = (page: Page): Locator => page.getByTestId('resolution').filter({ hasText: MOTION });
const tally = (page: Page, key: 'voted' | 'for' | 'against' | 'abstain' | 'eligible') => motion(page).getByTestId('tally').getAttribute(`data-${key}`);

async function waitSaved(page: Page): Promise<void> {
  await expect.poll(() => item(page).getByTestId('agenda-notes-state').getAttribute('data-state'), { timeout: LIVE }).toBe('saved');
}

beforeAll(async () => {
  requireBuiltClient();
  app = await startTestApp();
  cast = await createMeetingCast(app);
  // A joint meeting of the residents' committee with the property manager and the owners'
  // committee: five on the roll (the chair, two members, one of each participant).
  const meeting = await scheduleMeeting(app, cast.chair, {
    communityId: cast.c.gid,
    kind: 'JOINT',
    title: TITLE,
    scheduledAt: new Date(Date.now() + 3_600_000).toISOString(),
    location: '社区议事厅',
    convenerId: cast.c.orgs.rc.gid,
    participantIds: [cast.c.orgs.pm.gid, cast.c.orgs.oc.gid],
    agenda: [{ title: ITEM }, { title: '停车位划线' }],
  });
  meetingId = meeting.id;
  expect(meeting.attendance).toHaveLength(5);
  browser = await launchBrowser();
  chair = await open(DESKTOP, 'chair');
  member = await open(PHONE, 'member');
});

beforeEach(({ onTestFailed }) => captureOnFailure(onTestFailed, () => ({ 'meeting-chair': chair, 'meeting-member': member })));

afterAll(async () => {
  const seen = errors.flatMap((e) => [...e.pageErrors, ...e.consoleErrors]);
  if (seen.length) console.warn(`Browser errors in the meeting room:\n${seen.join('\n')}`);
  await browser?.close();
  await app?.close();
});

describe('a meeting room, two committee members at once', { timeout: 150_000 }, () => {
  it('both open the meeting, one from the menu on the phone; the chair starts it and the member sees it live', async () => {
    await Promise.all([signIn(chair, cast.chair), signIn(member, cast.rc1)]);

    await navigate(member, '会议', '/meetings');
    const listed = member.locator(`[data-testid="meeting-item"][data-meeting-id="${meetingId}"]`);
    await listed.waitFor({ timeout: LIVE });
    expect(await listed.textContent()).toContain('联席会议');
    expect(await listed.getAttribute('data-status')).toBe('SCHEDULED');
    await listed.getByRole('link').click();
    await member.waitForURL(`${app.url}/meetings/${encodeURIComponent(meetingId)}`);

    await chair.goto(`${app.url}/meetings/${encodeURIComponent(meetingId)}`);
    for (const page of [chair, member]) {
      await page.getByTestId('meeting-page').waitFor();
      expect(await page.getByTestId('meeting-title').textContent()).toContain(TITLE);
      await expect.poll(() => page.getByTestId('meeting-live').textContent(), { timeout: LIVE }).toContain('实时');
      await markNoReload(page);
    }
    // Only the convener's members run the meeting; a member of it may start it too, so both see the step.
    await chair.getByTestId('meeting-step-start').click();
    for (const page of [chair, member]) {
      await expect.poll(() => page.getByTestId('meeting-page').getAttribute('data-status'), { timeout: LIVE }).toBe('IN_SESSION');
    }
    await member.getByTestId('meeting-step-checkIn').click();
    // The chair's roll counts the member present, without a reload.
    await expect.poll(() => chair.getByTestId('meeting-tab-roll').textContent(), { timeout: LIVE }).toContain('1/5');
    await settled(member);
    expect(await scrollWidth(member)).toBeLessThanOrEqual(390);
  });

  it('the chair types notes in an agenda item; the member sees who edits and the words come in', async () => {
    await notes(chair).click();
    // Presence: the member sees the chair editing this item.
    await expect.poll(() => item(member).getByTestId('agenda-editors').textContent(), { timeout: LIVE }).toContain(`正在编辑：${cast.chair.name}`);

    await notes(chair).pressSequentially('一、物业介绍加装方案', { delay: 15 });
    await expect.poll(() => notes(member).inputValue(), { timeout: LIVE }).toBe('一、物业介绍加装方案');
    await waitSaved(chair);

    // The member adds a line from the phone; the chair sees it appear under the caret.
    await notes(member).click();
    await notes(member).press('End');
    await notes(member).pressSequentially('\n二、费用按楼层系数分摊', { delay: 15 });
    await expect.poll(() => notes(chair).inputValue(), { timeout: LIVE }).toBe('一、物业介绍加装方案\n二、费用按楼层系数分摊');
    await waitSaved(member);
    expect(await wasNotReloaded(chair)).toBe(true);
    expect(await wasNotReloaded(member)).toBe(true);
  });

  it('both type at once in different lines and both keep each other’s words', async () => {
    await notes(chair).click();
    await notes(chair).press('ControlOrMeta+End');
    await notes(member).click();
    await notes(member).press('ControlOrMeta+Home');
    await Promise.all([
      notes(chair).pressSequentially('\n三、下周公示方案', { delay: 25 }),
      notes(member).pressSequentially('【居委会】', { delay: 25 }),
    ]);
    const merged = '【居委会】一、物业介绍加装方案\n二、费用按楼层系数分摊\n三、下周公示方案';
    for (const page of [chair, member]) {
      await expect.poll(() => notes(page).inputValue(), { timeout: LIVE }).toBe(merged);
      await waitSaved(page);
    }
    // Blurred, the member is no longer editing, as the chair sees.
    await member.getByTestId('meeting-title').click();
    await expect.poll(() => item(chair).getByTestId('agenda-editors').getAttribute('data-count'), { timeout: LIVE }).toBe('0');
    await screenshot(member, 'meeting-room-phone-notes');
    await screenshot(chair, 'meeting-room-desktop-notes');
  });

  it('the chair puts a motion and opens the vote; both vote and both screens follow the count to the outcome', async () => {
    await chair.getByTestId('meeting-tab-votes').click();
    await member.getByTestId('meeting-tab-votes').click();

    await chair.getByTestId('resolution-new').click();
    await chair.getByTestId('resolution-form-title').locator('input').fill(MOTION);
    await chair.getByTestId('resolution-form-text').locator('textarea').fill('同意1栋加装电梯，费用按楼层系数分摊，由物业组织施工。');
    await chair.getByTestId('resolution-form-rule-SIMPLE_MAJORITY').click();
    await chair.getByTestId('resolution-form-submit').click();
    await motion(chair).waitFor({ timeout: LIVE });
    await motion(member).waitFor({ timeout: LIVE });
    expect(await motion(member).getAttribute('data-status')).toBe('DRAFT');
    expect(await motion(chair).getByTestId('resolution-scope').textContent()).toContain('开始表决时的出席和委托出席人员');

    // One of five is present: the vote cannot open yet.
    expect(await motion(chair).getByTestId('resolution-no-quorum').textContent()).toContain('过半数出席');
    expect(await motion(chair).getByTestId('resolution-open').isDisabled()).toBe(true);
    // The chair checks in here, the property manager from elsewhere (the API): three of five.
    await chair.getByTestId('meeting-step-checkIn').click();
    await ok(app.url, 'mutation($input: CheckInAttendeeInput!) { checkInAttendee(input: $input) { id } }', { input: { meetingId } }, cast.pm.token);
    await expect.poll(() => motion(chair).getByTestId('resolution-no-quorum').count(), { timeout: LIVE }).toBe(0);

    await motion(chair).getByTestId('resolution-open').click();
    for (const page of [chair, member]) {
      await expect.poll(() => motion(page).getAttribute('data-status'), { timeout: LIVE }).toBe('OPEN');
      // The roll of the vote is the three present when it opened.
      await expect.poll(() => tally(page, 'eligible'), { timeout: LIVE }).toBe('3');
      expect(await tally(page, 'voted')).toBe('0');
    }

    await motion(chair).getByTestId('ballot-FOR').click();
    for (const page of [chair, member]) {
      await expect.poll(() => tally(page, 'for'), { timeout: LIVE }).toBe('1');
      await expect.poll(() => motion(page).getByTestId('tally-voted').textContent(), { timeout: LIVE }).toContain('已投 1/3（33.3%）');
    }
    await expect.poll(() => motion(chair).getByTestId('viewer-ballot').textContent(), { timeout: LIVE }).toContain('赞成');

    await motion(member).getByTestId('ballot-AGAINST').click();
    for (const page of [chair, member]) {
      await expect.poll(() => tally(page, 'against'), { timeout: LIVE }).toBe('1');
      await expect.poll(() => motion(page).getByTestId('tally-voted').textContent(), { timeout: LIVE }).toContain('已投 2/3（66.7%）');
      // A simple majority has no turnout of its own: the meeting had its quorum when the vote opened.
      expect(await motion(page).getByTestId('tally-quorum').textContent()).toContain('出席人数已达到法定人数');
    }
    await expect.poll(() => motion(member).getByTestId('viewer-ballot').getAttribute('data-choice'), { timeout: LIVE }).toBe('AGAINST');

    // The property manager votes from elsewhere (the API): every elector has voted.
    const resolutionId = await motion(chair).getAttribute('data-resolution-id');
    await ok(app.url, 'mutation($input: CastBallotInput!) { castBallot(input: $input) { id } }', { input: { resolutionId, choice: 'FOR' } }, cast.pm.token);
    for (const page of [chair, member]) {
      await expect.poll(() => tally(page, 'for'), { timeout: LIVE }).toBe('2');
      await expect.poll(() => motion(page).getByTestId('tally-voted').textContent(), { timeout: LIVE }).toContain('已投 3/3（100.0%）');
    }
    await chair.locator('[data-testid="tally-chart"][data-finished="true"]').first().waitFor({ timeout: LIVE });
    await screenshot(member, 'meeting-room-phone-vote');

    await motion(chair).getByTestId('resolution-close').click();
    await chair.locator('.n-dialog').getByRole('button', { name: '确定' }).click();
    for (const page of [chair, member]) {
      await expect.poll(() => motion(page).getAttribute('data-outcome'), { timeout: LIVE }).toBe('PASSED');
      expect(await motion(page).getByTestId('resolution-outcome').textContent()).toContain('通过');
      expect(await wasNotReloaded(page)).toBe(true);
    }
    await settled(member);
    expect(await scrollWidth(member)).toBeLessThanOrEqual(390);
    await screenshot(chair, 'meeting-room-desktop-vote');
  });

  it('on the phone the member puts a matter on a representatives’ meeting through the form; the matters board shows it in 定事', async () => {
    // 议事: the party committee proposes a matter (through the API: its secretary is not in these browsers).
    const proposed = await ok(
      app.url,
      'mutation($input: ProposeMatterInput!) { proposeMatter(input: $input) { id stage } }',
      { input: { communityId: cast.c.gid, title: MATTER, description: '1栋居民联名申请加装电梯，需居民代表会议表决。' } },
      cast.party.token,
    );
    expect(proposed.proposeMatter.stage).toBe('DELIBERATION');
    const matterId = proposed.proposeMatter.id;
    const card = member.locator(`[data-testid="matter"][data-matter-id="${matterId}"]`);

    await navigate(member, '四会治事', '/matters');
    await card.waitFor({ timeout: LIVE });
    expect(await card.getAttribute('data-stage')).toBe('DELIBERATION');
    await settled(member);
    expect(await scrollWidth(member)).toBeLessThanOrEqual(390);
    await screenshot(member, 'meeting-room-phone-matters');

    await navigate(member, '会议', '/meetings');
    await member.getByTestId('meetings-new').click();
    await member.waitForURL(`${app.url}/meetings/new`);
    await member.getByTestId('meeting-form-kind-REPRESENTATIVES').click();
    await member.getByTestId('meeting-form-title').locator('input').fill('居民代表会议：加装电梯表决');
    await member.getByTestId('meeting-form-agenda-title').first().locator('input').fill('表决1栋加装电梯');
    // Picking the matter, as a person would: open the list, tap it, and tap again if the list was
    // re-rendered under the tap (the matters arrive live; in CI, under load, a tap once fell on an
    // option being replaced and the select stayed empty).
    const matterSelect = member.getByTestId('meeting-form-agenda-matter').first();
    for (let attempt = 1; attempt <= 3 && !((await matterSelect.textContent()) ?? '').includes(MATTER); attempt++) {
      await member.keyboard.press('Escape');
      await matterSelect.click();
      await member.locator('.n-base-select-option').filter({ hasText: MATTER }).first().click();
      await expect.poll(() => matterSelect.textContent(), { timeout: 5_000 }).toContain(MATTER).catch(() => undefined);
    }
    expect(await matterSelect.textContent()).toContain(MATTER);
    expect(await member.getByTestId('meeting-form-kind-REPRESENTATIVES').locator('input').isChecked()).toBe(true);
    await settled(member);
    expect(await scrollWidth(member)).toBeLessThanOrEqual(390);
    await screenshot(member, 'meeting-room-phone-schedule');
    await member.getByTestId('meeting-form-submit').click();
    await member.waitForURL(/\/meetings\/(?!new)[^/]+$/, { timeout: LIVE });
    await member.getByTestId('meeting-page').waitFor();
    expect(await member.getByTestId('meeting-page').getAttribute('data-status')).toBe('SCHEDULED');
    expect(await member.getByTestId('meeting-page').getAttribute('data-kind')).toBe('REPRESENTATIVES');
    expect(await item(member).count()).toBe(0);
    // The agenda item carries the matter it puts to the vote.
    await member.getByTestId('agenda-item').filter({ hasText: '表决1栋加装电梯' }).filter({ hasText: MATTER }).waitFor({ timeout: LIVE });

    // On a representatives' agenda, the matter went to decision (定事).
    await navigate(member, '四会治事', '/matters');
    await expect.poll(() => card.getAttribute('data-stage'), { timeout: LIVE }).toBe('DECISION');
    expect(await card.textContent()).toContain('居民代表会议：加装电梯表决');
    expect(errors.flatMap((e) => e.pageErrors)).toEqual([]);
  });
});

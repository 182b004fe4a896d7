import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { ok } from '../helpers/graphql.js';
import { createCommunity, createUser, MemberRole, PASSWORD, seat, type TestCommunity, type TestUser } from '../factories/index.js';
import { createVolunteers, type TestVolunteer } from '../factories/volunteers.js';
import {
  PHONE,
  WAIT,
  captureOnFailure,
  launchBrowser,
  markNoReload,
  requireBuiltClient,
  screenshot,
  scrollWidth,
  wasNotReloaded,
  watchErrors,
} from '../helpers/browser.js';

/**
 * Two volunteers on their phones (390 px) race for the last slot of a task. The server gives
 * it to exactly one; the other lands on the waitlist; both screens show the same counters
 * without a reload. Then the winner withdraws and the other is promoted, live.
 */
const TITLE = `社区敬老院助餐${Date.now() % 100000}`;
/** Longer than WAIT: a change crosses a socket, maybe a refetch and a render on a two-core machine. */
const LIVE = 2 * WAIT;

let app: TestApp;
let community: TestCommunity;
let coordinator: TestUser;
let volunteers: TestVolunteer[];
let taskId: string;
let browser: Browser;
const contexts: BrowserContext[] = [];
const pages: Page[] = [];
const errors: ReturnType<typeof watchErrors>[] = [];
/** Index in `pages` of who got the slot, and of who was waitlisted. */
let winner = -1;
let other = -1;

const CREATE_TASK = `mutation ($input: CreateVolunteerTaskInput!) { createVolunteerTask(input: $input) { id status slots } }`;
const CLAIM_TASK = `mutation ($input: ClaimTaskInput!) { claimTask(input: $input) { id status } }`;

async function open(label: string): Promise<Page> {
  const context = await browser.newContext(PHONE);
  context.setDefaultTimeout(WAIT);
  contexts.push(context);
  const page = await context.newPage();
  errors.push(watchErrors(page, label));
  return page;
}

/** Signs in through the sign-in page, as a person would, and waits for the board. */
async function signIn(page: Page, user: TestUser): Promise<void> {
  await page.goto(`${app.url}/sign-in`);
  await page.getByTestId('signin-phone').fill(user.phone);
  await page.getByTestId('signin-password').fill(PASSWORD);
  await page.getByTestId('signin-submit').click();
  await page.waitForURL(`${app.url}/`);
  await page.getByTestId('nav-menu').waitFor();
}

/** Opens the task list from the phone's menu drawer. */
async function openTaskList(page: Page): Promise<void> {
  await page.getByTestId('nav-menu').click();
  const drawerNav = page.locator('.n-drawer').getByTestId('nav');
  await drawerNav.getByText('志愿服务', { exact: true }).click();
  await page.waitForURL(`${app.url}/volunteers`);
  await drawerNav.waitFor({ state: 'hidden' });
}

const card = (page: Page): Locator => page.locator(`[data-testid="volunteer-task"][data-task-id="${taskId}"]`);
const counters = (page: Page) => card(page).getByTestId('task-counters').textContent();
const claimState = async (page: Page): Promise<string> => {
  const state = card(page).getByTestId('task-claim-state');
  return (await state.count()) ? ((await state.textContent()) ?? '').trim() : '';
};

beforeAll(async () => {
  requireBuiltClient();
  app = await startTestApp();
  community = await createCommunity(app, '檀溪社区');
  coordinator = await createUser(app, { name: '驿站协调员' });
  await seat(app, coordinator, community.orgs.station.id, MemberRole.COORDINATOR);
  volunteers = await createVolunteers(app, community, 3, ['助老']);

  // A task with two slots, published by the coordinator; a third volunteer takes one through
  // the API, so one slot is left for the two phones.
  const startsAt = new Date(Date.now() + 24 * 3_600_000);
  const endsAt = new Date(startsAt.getTime() + 2 * 3_600_000);
  const created = await ok(app.url, CREATE_TASK, {
    input: {
      stationId: community.orgs.station.gid,
      title: TITLE,
      description: '为敬老院的老人分餐、陪伴用餐，请提前十分钟到达。',
      skills: ['助老'],
      location: '檀溪社区敬老院',
      startsAt: startsAt.toISOString(),
      endsAt: endsAt.toISOString(),
      slots: 2,
      publish: true,
    },
  }, coordinator.token);
  taskId = created.createVolunteerTask.id;
  expect(created.createVolunteerTask).toMatchObject({ status: 'OPEN', slots: 2 });
  const first = await ok(app.url, CLAIM_TASK, { input: { taskId, idempotencyKey: 'api-claim-1' } }, volunteers[2]!.token);
  expect(first.claimTask.status).toBe('CLAIMED');

  browser = await launchBrowser();
  pages.push(await open('volunteer-1'), await open('volunteer-2'));
});

beforeEach(({ onTestFailed }) => captureOnFailure(onTestFailed, () => ({ 'race-volunteer-1': pages[0], 'race-volunteer-2': pages[1] })));

afterAll(async () => {
  const seen = errors.flatMap((e) => [...e.pageErrors, ...e.consoleErrors]);
  if (seen.length) console.warn(`Browser errors during the volunteer race:\n${seen.join('\n')}`);
  await browser?.close();
  await app?.close();
});

describe('two volunteers race for the last slot, on their phones', { timeout: 120_000 }, () => {
  it('both sign in and open the task list: one slot left, live', async () => {
    await Promise.all(pages.map((page, i) => signIn(page, volunteers[i]!)));
    await Promise.all(pages.map(openTaskList));
    for (const page of pages) {
      await expect.poll(() => page.getByTestId('volunteers-live').textContent(), { timeout: LIVE }).toContain('实时');
      await card(page).waitFor();
      expect(await counters(page)).toContain('已认领 1/2');
      expect(await card(page).getByTestId('task-claim').textContent()).toContain('认领');
      expect(await claimState(page)).toBe('');
      expect(await scrollWidth(page)).toBeLessThanOrEqual(390);
      await markNoReload(page);
    }
  });

  it('both press claim at once: exactly one gets the slot, the other is first on the waitlist', async () => {
    await Promise.all(pages.map((page) => card(page).getByTestId('task-claim').click()));

    // Each sees the result of their own tap.
    for (const page of pages) {
      await expect.poll(() => claimState(page), { timeout: LIVE }).toMatch(/^(已认领|候补第1位)$/);
    }
    const states = await Promise.all(pages.map(claimState));
    expect([...states].sort()).toEqual(['候补第1位', '已认领']);
    winner = states.indexOf('已认领');
    other = states.indexOf('候补第1位');

    // Both screens show the slots taken and the waitlist, from the other's claim too.
    for (const page of pages) {
      await expect.poll(() => counters(page), { timeout: LIVE }).toContain('已认领 2/2');
      await expect.poll(() => counters(page), { timeout: LIVE }).toContain('候补 1');
      await expect.poll(() => card(page).getAttribute('data-status'), { timeout: LIVE }).toBe('FULL');
      expect(await wasNotReloaded(page)).toBe(true);
    }
    // The winner can withdraw; the waiter can leave the waitlist; neither can claim again.
    expect(await card(pages[winner]!).getByTestId('task-withdraw').textContent()).toContain('取消认领');
    expect(await card(pages[other]!).getByTestId('task-withdraw').textContent()).toContain('退出候补');
    for (const page of pages) expect(await card(page).getByTestId('task-claim').count()).toBe(0);
    await Promise.all(pages.map((page, i) => screenshot(page, `volunteer-race-after-claim-${i === winner ? 'winner' : 'waitlisted'}`)));
  });

  it('the winner withdraws: the other is promoted on their screen, without a reload', async () => {
    const winnerPage = pages[winner]!;
    const otherPage = pages[other]!;
    await card(winnerPage).getByTestId('task-withdraw').click();
    await winnerPage.locator('.n-dialog').getByRole('button', { name: '确定' }).click();

    await expect.poll(() => claimState(otherPage), { timeout: LIVE }).toBe('已认领');
    await expect.poll(() => claimState(winnerPage), { timeout: LIVE }).toBe('');
    for (const page of pages) {
      await expect.poll(() => counters(page), { timeout: LIVE }).toContain('已认领 2/2');
      await expect.poll(() => counters(page), { timeout: LIVE }).not.toContain('候补');
      expect(await wasNotReloaded(page)).toBe(true);
    }
    // The slots are full again: the one who left may only join the waitlist now.
    await expect.poll(() => card(winnerPage).getByTestId('task-claim').textContent(), { timeout: LIVE }).toContain('排队候补');
    expect(await card(otherPage).getByTestId('task-withdraw').textContent()).toContain('取消认领');

    for (const page of pages) expect(await scrollWidth(page)).toBeLessThanOrEqual(390);
    await screenshot(winnerPage, 'volunteer-race-winner-withdrew');
    await screenshot(otherPage, 'volunteer-race-other-promoted');
    expect(errors.flatMap((e) => e.pageErrors)).toEqual([]);
  });
});

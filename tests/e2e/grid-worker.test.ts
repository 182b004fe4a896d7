/// <reference lib="dom" />
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DESKTOP, PHONE, captureOnFailure, launchBrowser, requireBuiltClient, signInThroughPage, waitForURLOrRefusal, WAIT } from '../helpers/browser.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { ok } from '../helpers/graphql.js';
import { createCommunity, createUser, MemberRole, PASSWORD, reside, seat, type TestCommunity, type TestUser } from '../factories/index.js';

// 网格员代点单: a grid worker finds the resident in the directory and raises the issue for them.
// 网格员代登记 (issue 9, item 8): for an elderly resident with no phone account, the grid worker
// records name, flat and a contact number only the parties see; the resident, once signed up with
// that phone and verified, claims the issue and it is theirs.
let app: TestApp;
let browser: Browser;
let grid: TestUser;
let resident: TestUser;
let c: TestCommunity;
let neighbour: TestUser;

beforeAll(async () => {
  requireBuiltClient();
  app = await startTestApp();
  browser = await launchBrowser();
  c = await createCommunity(app);
  grid = await createUser(app, { name: '网格员马军' });
  resident = await createUser(app, { name: '独居老人王奶奶' });
  await seat(app, grid, c.orgs.rc.id, MemberRole.GRID_WORKER);
  await reside(app, grid, c.id);
  await reside(app, resident, c.id, { unitId: c.units[2]!.id });
  neighbour = await createUser(app, { name: '邻居老赵' });
  await reside(app, neighbour, c.id, { unitId: c.units[1]!.id });
});
let shown: Page | undefined;
beforeEach(({ onTestFailed }) => captureOnFailure(onTestFailed, () => ({ 'grid-worker': shown })));
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('a grid worker submits on behalf of a resident', { timeout: 120_000 }, () => {
  it('picks the resident by name from the directory, and the resident becomes the reporter', async () => {
    const context = await browser.newContext(DESKTOP);
    context.setDefaultTimeout(WAIT);
    const page: Page = await context.newPage();
    shown = page;
    await page.goto(`${app.url}/sign-in`);
    await page.getByTestId('signin-phone').fill(grid.phone);
    await page.getByTestId('signin-password').fill(PASSWORD);
    await page.getByTestId('signin-submit').click();
    await page.waitForURL(`${app.url}/`);
    await page.goto(`${app.url}/issues/new`);
    await page.getByTestId('issue-form-title').locator('input').fill('楼道灯不亮，老人夜里看不见');
    await page.getByTestId('issue-form-category-FACILITY').click();
    await page.getByTestId('issue-form-body').locator('textarea').fill('3楼楼道灯坏了两天。');
    await page.getByTestId('issue-form-on-behalf').click();
    await page.getByTestId('issue-form-on-behalf-user').click();
    await page.keyboard.type('王奶奶');
    await page.locator('.n-base-select-option').filter({ hasText: '独居老人王奶奶 · 1-301' }).click();
    await page.getByTestId('issue-form-submit').click();
    // A submit, the new issue's page and its first read: past WAIT once in a full run on two cores.
    await waitForURLOrRefusal(page, (url) => /\/issues\/[A-Za-z0-9_-]+$/.test(url.pathname) && !url.pathname.endsWith('/new'), 2 * WAIT);
    const id = decodeURIComponent(page.url().split('/').pop()!);
    const { issue } = await ok(app.url, `query($id: ID!) { issue(id: $id) { title reporter { id name } } }`, { id }, resident.token);
    expect(issue).toEqual({ title: '楼道灯不亮，老人夜里看不见', reporter: { id: resident.gid, name: '独居老人王奶奶' } });
    await context.close();
  });
});

describe('a grid worker records an issue for a resident with no account, who claims it later', () => {
  it('records name, flat and a private number; a neighbour sees neither; the resident signs up with that phone, is verified and claims it', { timeout: 120_000 }, async () => {
    // The phone the grid worker writes down (a relative's); the account with it comes later.
    const elder = await createUser(app, { name: '独居老人李爷爷' });
    const context = await browser.newContext(DESKTOP);
    context.setDefaultTimeout(WAIT);
    const page: Page = await context.newPage();
    shown = page;
    await signInThroughPage(page, app.url, grid, PASSWORD);
    await page.goto(`${app.url}/issues/new`);
    await page.getByTestId('issue-form-title').locator('input').fill('李爷爷家水管漏水');
    await page.getByTestId('issue-form-category-FACILITY').click();
    await page.getByTestId('issue-form-body').locator('textarea').fill('厨房水管漏水，老人不会用手机。');
    await page.getByTestId('issue-form-recorded').click();
    await page.getByTestId('issue-form-recorded-name').locator('input').fill('李爷爷');
    await page.getByTestId('issue-form-recorded-unit').click();
    await page.locator('.n-base-select-option').filter({ hasText: '1-401' }).click();
    await expect.poll(() => page.getByTestId('issue-form-recorded-unit').textContent(), { timeout: WAIT }).toContain('1-401');
    // A wrong number is caught before anything is sent.
    await page.getByTestId('issue-form-recorded-phone').locator('input').fill('12345');
    await page.getByTestId('issue-form-submit').click();
    await page.getByText('请填写 11 位手机号').waitFor();
    await page.getByTestId('issue-form-recorded-phone').locator('input').fill(elder.phone);
    await page.getByText('请填写 11 位手机号').waitFor({ state: 'detached' });
    await page.getByTestId('issue-form-submit').click();
    // A submit, the new issue's page and its first read: past WAIT once in a full run on two cores.
    await waitForURLOrRefusal(page, (url) => /\/issues\/[A-Za-z0-9_-]+$/.test(url.pathname) && !url.pathname.endsWith('/new'), 2 * WAIT);
    const id = decodeURIComponent(page.url().split('/').pop()!);
    expect(await page.getByTestId('issue-reporter').textContent()).toContain('网格员代李爷爷（1-401）登记');
    expect(await page.getByTestId('issue-recorded-contact').textContent()).toContain(elder.phone);
    await context.close();

    // A neighbour reads the issue: not who it is for, not the number.
    const other = await browser.newContext(PHONE);
    other.setDefaultTimeout(WAIT);
    const neighbourPage = await other.newPage();
    shown = neighbourPage;
    await signInThroughPage(neighbourPage, app.url, neighbour, PASSWORD);
    await neighbourPage.goto(`${app.url}/issues/${encodeURIComponent(id)}`);
    await neighbourPage.getByTestId('issue-timeline').waitFor();
    expect(await neighbourPage.getByTestId('issue-reporter').textContent()).toContain('反映人未公开姓名');
    const text = (await neighbourPage.getByTestId('issue-page').textContent()) ?? '';
    expect(text).not.toContain(elder.phone);
    expect(text).not.toContain('李爷爷（');
    await other.close();

    // The elder's account, verified at that flat by the residents' committee: the issue is theirs to claim.
    await reside(app, elder, c.id, { unitId: c.units[3]!.id, verified: true });
    const mine = await browser.newContext(PHONE);
    mine.setDefaultTimeout(WAIT);
    const elderPage = await mine.newPage();
    shown = elderPage;
    await signInThroughPage(elderPage, app.url, elder, PASSWORD);
    await elderPage.goto(`${app.url}/issues`);
    const claimable = elderPage.getByTestId('claimable-issue').filter({ hasText: '李爷爷家水管漏水' });
    await claimable.waitFor();
    await claimable.getByTestId('claimable-issue-claim').click();
    await expect.poll(() => elderPage.getByTestId('claimable-issue').count(), { timeout: WAIT }).toBe(0);
    await mine.close();
    const { issue } = await ok(app.url, `query($id: ID!) { issue(id: $id) { reporter { id } recordedFor { claimed } } }`, { id }, elder.token);
    expect(issue).toEqual({ reporter: { id: elder.gid }, recordedFor: { claimed: true } });
  });
});

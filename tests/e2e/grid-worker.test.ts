/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DESKTOP, launchBrowser, requireBuiltClient, WAIT } from '../helpers/browser.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { ok } from '../helpers/graphql.js';
import { createCommunity, createUser, MemberRole, PASSWORD, reside, seat, type TestUser } from '../factories/index.js';

// 网格员代点单: a grid worker finds the resident in the directory and raises the issue for them.
let app: TestApp;
let browser: Browser;
let grid: TestUser;
let resident: TestUser;

beforeAll(async () => {
  requireBuiltClient();
  app = await startTestApp();
  browser = await launchBrowser();
  const c = await createCommunity(app);
  grid = await createUser(app, { name: '网格员马军' });
  resident = await createUser(app, { name: '独居老人王奶奶' });
  await seat(app, grid, c.orgs.rc.id, MemberRole.GRID_WORKER);
  await reside(app, grid, c.id);
  await reside(app, resident, c.id, { unitId: c.units[2]!.id });
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('a grid worker submits on behalf of a resident', () => {
  it('picks the resident by name from the directory, and the resident becomes the reporter', async () => {
    const context = await browser.newContext(DESKTOP);
    context.setDefaultTimeout(WAIT);
    const page: Page = await context.newPage();
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
    await page.waitForURL((url) => /\/issues\/[A-Za-z0-9_-]+$/.test(url.pathname) && !url.pathname.endsWith('/new'));
    const id = decodeURIComponent(page.url().split('/').pop()!);
    const { issue } = await ok(app.url, `query($id: ID!) { issue(id: $id) { title reporter { id name } } }`, { id }, resident.token);
    expect(issue).toEqual({ title: '楼道灯不亮，老人夜里看不见', reporter: { id: resident.gid, name: '独居老人王奶奶' } });
    await context.close();
  });
});

/// <reference lib="dom" />
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { ok } from '../helpers/graphql.js';
import { DESKTOP, WAIT, captureOnFailure, launchBrowser, markNoReload, requireBuiltClient, screenshot, signInThroughPage, wasNotReloaded, watchErrors } from '../helpers/browser.js';
import { startServer, type RunningServer } from '../../server/app/server.js';
import { DEMO_PASSWORD, loadDemo } from '../../server/app/demo.js';

/**
 * Issue #9 item 6: the live badge said 实时 through two minutes of the server being down. The
 * test's own server is stopped under an open board: the badge says 重连中 or 离线 and a banner says
 * so; meanwhile an issue is submitted through another instance. The server starts again on the
 * same port: the badge is back to 实时 and the event missed while it was down appears on the board,
 * without a reload.
 */
const CHAIR = '13900000001';
const RESIDENT = '13900000012';
const COMMUNITY = '檀溪社区';
/** graphql-ws retries with a capped back-off (8 s and up to 1 s more): a restart is found within it. */
const RECONNECT = 30_000;

let app: TestApp;
let restarted: RunningServer | undefined;
let browser: Browser;
let page: Page;
let errors: { pageErrors: string[]; consoleErrors: string[] };

beforeAll(async () => {
  requireBuiltClient();
  app = await startTestApp();
  await loadDemo(app.services);
  browser = await launchBrowser();
  const context = await browser.newContext(DESKTOP);
  context.setDefaultTimeout(WAIT);
  page = await context.newPage();
  errors = watchErrors(page, 'chair');
  // The demo, sign-ins and Chromium on a two-core machine shared with other runs.
}, 240_000);

beforeEach(({ onTestFailed }) => captureOnFailure(onTestFailed, () => ({ chair: page })));

afterAll(async () => {
  await browser?.close();
  await restarted?.stop();
  await app?.close();
});

const badge = () => page.getByTestId('board-live');
const banner = () => page.getByTestId('connection-banner');

describe('the live badge tells the truth', { timeout: 120_000 }, () => {
  it('says 实时 on the board while the socket is up, with no banner', async () => {
    await signInThroughPage(page, app.url, { phone: CHAIR }, DEMO_PASSWORD);
    await expect.poll(() => page.getByTestId('community-switcher').textContent(), { timeout: WAIT }).toContain(COMMUNITY);
    await expect.poll(() => badge().getAttribute('data-state'), { timeout: WAIT }).toBe('live');
    expect(await badge().textContent()).toContain('实时');
    expect(await banner().count()).toBe(0);
    await markNoReload(page);
  });

  it('the server stops: the badge says 重连中 or 离线 and a banner says the connection is lost', async () => {
    await app.stop();
    await expect.poll(() => badge().getAttribute('data-state'), { timeout: WAIT }).toMatch(/^(reconnecting|offline)$/);
    expect(await badge().textContent()).toMatch(/重连中|离线/);
    await banner().waitFor();
    expect(await banner().textContent()).toMatch(/连接/);
    await screenshot(page, 'connection-lost-desktop');
  });

  it('an issue submitted meanwhile (through another instance) appears once the server is back on the same port, and the badge is 实时 again', async () => {
    const other = await app.startAnother();
    const token = (await ok(other.url, 'mutation($input: SignInInput!) { signIn(input: $input) { token } }', { input: { phone: RESIDENT, password: DEMO_PASSWORD } })).signIn.token;
    const { communities } = await ok(other.url, '{ communities { id name } }', {}, token);
    const communityId = communities.find((c: { name: string }) => c.name === COMMUNITY).id;
    const title = `停机期间提交的诉求${Date.now() % 10000}`;
    await ok(other.url, 'mutation($input: SubmitIssueInput!) { submitIssue(input: $input) { id } }', { input: { communityId, title, body: '服务器重启期间提交。', category: 'ENVIRONMENT' } }, token);
    const missed = page.locator('[data-testid="board-item"][data-event-type="issue.submitted"]').filter({ hasText: title });
    expect(await missed.count()).toBe(0);

    const port = Number(new URL(app.url).port);
    restarted = await startServer(app.services, { host: '127.0.0.1', port });

    await expect.poll(() => badge().getAttribute('data-state'), { timeout: RECONNECT }).toBe('live');
    expect(await badge().textContent()).toContain('实时');
    await expect.poll(() => banner().count(), { timeout: WAIT }).toBe(0);
    await expect.poll(() => missed.count(), { timeout: WAIT }).toBe(1);
    expect(await wasNotReloaded(page)).toBe(true);
    expect(errors.pageErrors).toEqual([]);
  });
});

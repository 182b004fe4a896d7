/// <reference lib="dom" />
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { ok } from '../helpers/graphql.js';
import { DESKTOP, PHONE, WAIT, captureOnFailure, launchBrowser, markNoReload, requireBuiltClient, screenshot, signInThroughPage, wasNotReloaded, watchErrors } from '../helpers/browser.js';
import { DEMO_PASSWORD, loadDemo } from '../../server/app/demo.js';

/**
 * Issue #9 items 4, 10 and 11, as people meet them:
 * - a resident on a phone whose browser is on UTC taps "诉求已办结，请评价：…" and lands on the
 *   issue with the rating form open, rates it, and the notification is read; the issue's time
 *   reads as in 襄阳 (UTC+8), not as the browser's clock;
 * - the chair's board leaves out "editing" presence, shows a run of ballots as one line with the
 *   latest tally, and a board entry opens what it is about.
 */
const RESIDENT = '13900000010';
const DISPATCHER = '13900000002';
const PM_STAFF = '13900000003';
const CHAIR = '13900000001';
const OC_CHAIR = '13900000004';
const COMMUNITY = '檀溪社区';
const TITLE = `${Date.now() % 100000}号楼道灯不亮`;

let app: TestApp;
let browser: Browser;
let phone: BrowserContext;
let desktop: BrowserContext;
let residentPage: Page;
let chairPage: Page;
const tokens: Record<string, string> = {};
let communityId: string;
let issueId: string;
let submittedAt: string;
const errors: { pageErrors: string[]; consoleErrors: string[] }[] = [];

const signIn = async (phoneNumber: string) =>
  (await ok(app.url, 'mutation($input: SignInInput!) { signIn(input: $input) { token } }', { input: { phone: phoneNumber, password: DEMO_PASSWORD } })).signIn.token as string;
const as = (who: string, query: string, variables: Record<string, unknown> = {}) => ok(app.url, query, variables, tokens[who]);

beforeAll(async () => {
  requireBuiltClient();
  app = await startTestApp();
  await loadDemo(app.services);
  for (const who of [RESIDENT, DISPATCHER, PM_STAFF, CHAIR, OC_CHAIR]) tokens[who] = await signIn(who);
  const { communities } = await as(CHAIR, '{ communities { id name organizations { id kind } } }');
  const tanxi = communities.find((c: { name: string }) => c.name === COMMUNITY);
  communityId = tanxi.id;
  const pm = tanxi.organizations.find((o: { kind: string }) => o.kind === 'PROPERTY_MANAGER').id;

  // The closed loop up to 办结, through the API: the resident is told to rate.
  const { submitIssue } = await as(RESIDENT, 'mutation($input: SubmitIssueInput!) { submitIssue(input: $input) { id submittedAt } }', {
    input: { communityId, title: TITLE, body: '晚上楼道一片漆黑，老人上下楼不安全。', category: 'FACILITY' },
  });
  issueId = submitIssue.id;
  submittedAt = submitIssue.submittedAt;
  await as(DISPATCHER, 'mutation($input: DispatchIssueInput!) { dispatchIssue(input: $input) { id } }', { input: { issueId, organizationId: pm } });
  await as(PM_STAFF, 'mutation($input: IssueRefInput!) { acceptIssue(input: $input) { id } }', { input: { issueId } });
  await as(PM_STAFF, 'mutation($input: ResolveIssueInput!) { resolveIssue(input: $input) { id } }', { input: { issueId, resolution: '已更换楼道感应灯' } });

  browser = await launchBrowser();
  // The phone's clock is on UTC: what it shows must still be 襄阳's time.
  phone = await browser.newContext({ ...PHONE, timezoneId: 'UTC' });
  desktop = await browser.newContext(DESKTOP);
  phone.setDefaultTimeout(WAIT);
  desktop.setDefaultTimeout(WAIT);
  residentPage = await phone.newPage();
  chairPage = await desktop.newPage();
  errors.push(watchErrors(residentPage, 'resident'), watchErrors(chairPage, 'chair'));
  // The demo, sign-ins and Chromium on a two-core machine shared with other runs.
}, 240_000);

beforeEach(({ onTestFailed }) => captureOnFailure(onTestFailed, () => ({ resident: residentPage, chair: chairPage })));

afterAll(async () => {
  const seen = errors.flatMap((e) => [...e.pageErrors, ...e.consoleErrors]);
  if (seen.length) console.warn(`Browser errors during the notification test:\n${seen.join('\n')}`);
  await browser?.close();
  await app?.close();
});

const unreadAbout = async () => {
  const { notifications } = await as(RESIDENT, '{ notifications(first: 50) { unreadCount edges { node { id readAt event { type subject { id } } } } } }');
  return notifications.edges.map((e: any) => e.node).filter((n: any) => n.event.subject?.id === issueId && n.event.type === 'issue.resolved');
};

describe('a notification opens what it is about, and is read', { timeout: 90_000 }, () => {
  it('the resident taps "诉求已办结，请评价" on a phone and lands on the rating form; rates; the notification is read', async () => {
    await signInThroughPage(residentPage, app.url, { phone: RESIDENT }, DEMO_PASSWORD);
    const [before] = await unreadAbout();
    expect(before.readAt).toBeNull();
    const bellCount = async () => Number((await residentPage.getByTestId('bell-count').textContent()) || 0);
    await expect.poll(bellCount, { timeout: WAIT }).toBeGreaterThan(0);
    const countBefore = await bellCount();
    await markNoReload(residentPage);

    await residentPage.getByTestId('bell').click();
    const item = residentPage.locator('.n-drawer').getByTestId('notification-item').filter({ hasText: `诉求已办结，请评价：${TITLE}` });
    await item.waitFor();
    expect(await item.getAttribute('data-read')).toBe('false');
    await item.click();

    await residentPage.waitForURL((url) => url.pathname === `/issues/${issueId}` && url.searchParams.get('action') === 'rate');
    await residentPage.getByTestId('rate-form').waitFor();
    expect(await residentPage.locator('.n-drawer').isVisible()).toBe(false);
    // Read, on the server and on the bell, without a reload.
    await expect.poll(async () => (await unreadAbout())[0].readAt, { timeout: WAIT }).not.toBeNull();
    await expect.poll(bellCount, { timeout: WAIT }).toBe(countBefore - 1);

    await residentPage.getByTestId('rate-stars').locator('.n-rate__item').nth(4).click();
    await residentPage.getByTestId('rate-submit').click();
    await expect.poll(() => residentPage.getByTestId('issue-page').getAttribute('data-status'), { timeout: WAIT }).toBe('CLOSED');
    expect(await wasNotReloaded(residentPage)).toBe(true);
    await screenshot(residentPage, 'notification-tap-rated-phone');
  });

  it('on a browser set to UTC, the issue’s time reads as in 襄阳 (Asia/Shanghai)', async () => {
    const shown = (await residentPage.getByTestId('issue-submitted-at').textContent())?.trim();
    const inZone = (timeZone: string) => new Intl.DateTimeFormat('zh-CN', { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(submittedAt));
    expect(await residentPage.evaluate<string>('Intl.DateTimeFormat().resolvedOptions().timeZone')).toBe('UTC');
    expect(inZone('Asia/Shanghai')).not.toBe(inZone('UTC'));
    expect(shown).toBe(inZone('Asia/Shanghai'));
  });

  it('the board leaves out presence, shows ballots as one line with the latest tally, and an entry opens its page', async () => {
    await signInThroughPage(chairPage, app.url, { phone: CHAIR }, DEMO_PASSWORD);
    const switcher = chairPage.getByTestId('community-switcher');
    await expect.poll(() => switcher.textContent(), { timeout: WAIT }).toContain(COMMUNITY);
    await expect.poll(() => chairPage.getByTestId('board-live').textContent(), { timeout: WAIT }).toContain('实时');
    await markNoReload(chairPage);

    // The weekly joint meeting in session: someone types in the notes, two ballots are cast.
    const { meetings } = await as(CHAIR, 'query($c: ID!) { meetings(communityId: $c, first: 50) { edges { node { id title status agenda { id } resolutions { id status } } } } }', { c: communityId });
    const weekly = meetings.edges.map((e: any) => e.node).find((m: any) => m.status === 'IN_SESSION');
    const resolution = weekly.resolutions.find((r: any) => r.status === 'OPEN');
    const setEditing = 'mutation($input: SetEditingInput!) { setEditing(input: $input) { id } }';
    const cast = 'mutation($input: CastBallotInput!) { castBallot(input: $input) { id } }';
    await as(PM_STAFF, setEditing, { input: { agendaItemId: weekly.agenda[0].id, editing: true } });
    await as(PM_STAFF, cast, { input: { resolutionId: resolution.id, choice: 'FOR', channel: 'ONLINE' } });
    await as(PM_STAFF, setEditing, { input: { agendaItemId: weekly.agenda[0].id, editing: false } });
    await as(OC_CHAIR, cast, { input: { resolutionId: resolution.id, choice: 'AGAINST', channel: 'ONLINE' } });

    // One line for the run, with the latest tally (3 of 3 voted: the demo's own ballot was earlier).
    const ballots = chairPage.locator('[data-testid="board-item"][data-event-type="resolution.ballotCast"]');
    await expect.poll(() => ballots.first().getAttribute('data-count'), { timeout: WAIT }).toBe('2');
    expect(await ballots.first().textContent()).toContain('已投 3/3');
    expect(await ballots.first().getByTestId('board-item-count').textContent()).toContain('共 2 张选票');
    expect(await chairPage.locator('[data-testid="board-item"][data-event-type="meeting.editing"]').count()).toBe(0);
    expect(await wasNotReloaded(chairPage)).toBe(true);
    await screenshot(chairPage, 'board-grouped-ballots');

    // The ballot line opens the meeting on its votes.
    await ballots.first().getByTestId('board-item-link').click();
    await chairPage.waitForURL((url) => url.pathname === `/meetings/${weekly.id}` && url.searchParams.get('tab') === 'votes');
    await chairPage.getByTestId('resolution').first().waitFor();

    // Back on the board, the rated issue's line opens the issue.
    await chairPage.goBack();
    const rated = chairPage.locator('[data-testid="board-item"][data-event-type="issue.rated"]').filter({ hasText: TITLE });
    await rated.getByTestId('board-item-link').click();
    await chairPage.waitForURL((url) => url.pathname === `/issues/${issueId}`);
    await chairPage.getByTestId('issue-page').waitFor();
    expect(errors.flatMap((e) => e.pageErrors)).toEqual([]);
  });
});

/// <reference lib="dom" />
// page.evaluate callbacks run in the browser: they see the DOM.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { ok } from '../helpers/graphql.js';
import { DESKTOP, WAIT, captureOnFailure, launchBrowser, requireBuiltClient, watchErrors } from '../helpers/browser.js';
import { DEMO_PASSWORD, loadDemo } from '../../server/app/demo.js';

/**
 * Issue 14 part 4, "forms are usable with the keyboard alone": real forms filled and sent with
 * Tab, Shift+Tab, Enter, Space and the arrow keys, never the mouse, and the result read back
 * through the API. On every control the focus passes, the focus must show: the control looks
 * different focused than not (a screenshot of it either way, compared), and it matches
 * `:focus-visible`.
 *
 * - the sign-in form (a resident of the demo);
 * - the issue form as that resident: title, category (a radio group: arrow keys), description,
 *   then on through the rest of the form to the submit button;
 * - a committee form: the dispatcher sends that issue on (派单) from its page, choosing the
 *   organization in a select with the arrow keys;
 * - a meeting's tabs (naive-ui NTabs, made a keyboard tablist by client/src/utils/tabs.ts).
 */
const RESIDENT = '13900000010'; // 郑国华, a verified owner of 檀溪社区
const DISPATCHER = '13900000002'; // 李建国, who dispatches the community's issues

let app: TestApp;
let browser: Browser;
const pages: Record<string, Page> = {};
const errors: ReturnType<typeof watchErrors>[] = [];

beforeAll(async () => {
  requireBuiltClient();
  app = await startTestApp();
  await loadDemo(app.services);
  browser = await launchBrowser();
}, 240_000);
beforeEach(({ onTestFailed }) => captureOnFailure(onTestFailed, () => pages));
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function open(label: string): Promise<Page> {
  const context = await browser.newContext(DESKTOP);
  context.setDefaultTimeout(WAIT);
  const page = await context.newPage();
  pages[label] = page;
  errors.push(watchErrors(page, label));
  return page;
}

interface Focused {
  /** A short description: tag, test id or label, for messages. */
  name: string;
  /** The test ids on the focused element, its ancestors and what it holds (a tab's label). */
  testids: string[];
  focusVisible: boolean;
  /** The box that shows the control (naive-ui's wrapper around its input), padded, in the viewport. */
  box: { x: number; y: number; width: number; height: number } | null;
}

/** What has the focus now. */
function focused(page: Page): Promise<Focused> {
  return page.evaluate<Focused>(`(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { name: 'body', testids: [], focusVisible: false, box: null };
    const testids = [];
    for (let n = el; n; n = n.parentElement) if (n.dataset && n.dataset.testid) testids.push(n.dataset.testid);
    for (const n of el.querySelectorAll('[data-testid]')) testids.push(n.dataset.testid);
    const shown = el.closest('.n-input, .n-base-selection, .n-radio-button, .n-radio, .n-checkbox, .n-switch, .n-button') || el;
    const r = shown.getBoundingClientRect();
    const pad = 4;
    const x = Math.max(0, r.left - pad), y = Math.max(0, r.top - pad);
    const box = { x, y, width: Math.min(innerWidth, r.right + pad) - x, height: Math.min(innerHeight, r.bottom + pad) - y };
    const label = el.getAttribute('aria-label') || (el.labels && el.labels[0] && el.labels[0].textContent) || (el.textContent || '').trim().slice(0, 30);
    return {
      name: el.tagName.toLowerCase() + (testids[0] ? '[' + testids[0] + ']' : '') + (label ? ' "' + label.trim() + '"' : ''),
      testids,
      focusVisible: el.matches(':focus-visible'),
      box: box.width > 0 && box.height > 0 ? box : null,
    };
  })()`);
}

const shot = (page: Page, box: NonNullable<Focused['box']>) => page.screenshot({ clip: box, animations: 'disabled', caret: 'hide' });

/**
 * Where the focused element stands among the page's tab stops: first, last, or between (a
 * Shift+Tab from the first, or a Tab from the last, would leave the page, and a headless browser
 * does not come back).
 */
function place(page: Page): Promise<'first' | 'last' | 'only' | 'between'> {
  return page.evaluate<'first' | 'last' | 'only' | 'between'>(`(() => {
    const stops = [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')]
      .filter((el) => el.tabIndex >= 0 && !el.disabled && el.getClientRects().length > 0);
    const i = stops.indexOf(document.activeElement);
    if (stops.length <= 1) return 'only';
    return i === 0 ? 'first' : i === stops.length - 1 ? 'last' : 'between';
  })()`);
}

/**
 * Checks that the focus shows on the control that has it: the focus moves away and back with the
 * keyboard (Shift+Tab then Tab; Tab then Shift+Tab on the page's first stop) so any check the
 * form makes on leaving a field has happened, then a picture of the control without the focus and
 * one with it: they must differ, and the control must match :focus-visible. Returns a problem or null.
 */
async function focusShows(page: Page): Promise<string | null> {
  const where = await place(page);
  if (where === 'only') return null;
  const [away, back] = where === 'first' ? ['Tab', 'Shift+Tab'] : ['Shift+Tab', 'Tab'];
  const here = await focused(page);
  await page.keyboard.press(away);
  await page.keyboard.press(back);
  const now = await focused(page);
  if (now.name !== here.name) return `${here.name}: ${away} then ${back} did not come back to it (${now.name})`;
  if (!now.box) return null;
  await page.keyboard.press(away);
  const without = await shot(page, now.box);
  await page.keyboard.press(back);
  const again = await focused(page);
  if (again.name !== now.name) return `${now.name}: ${away} then ${back} did not come back to it (${again.name})`;
  const withFocus = await shot(page, now.box);
  if (!again.focusVisible) return `${now.name}: focused by the keyboard but not :focus-visible`;
  if (withFocus.equals(without)) return `${now.name}: looks the same focused and not (no focus ring)`;
  return null;
}

/**
 * Presses Tab (Shift+Tab with `back`) until the focus is on or in the element with this test id,
 * checking on each stop that the focus shows. Fails after `max` presses.
 */
async function tabTo(page: Page, testid: string, problems: string[], { back = false, max = 60 } = {}): Promise<void> {
  const trail: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const problem = await focusShows(page);
    if (problem) problems.push(problem);
    const at = await focused(page);
    if (at.testids.includes(testid)) return;
    trail.push(at.name);
  }
  throw new Error(`${max} presses of ${back ? 'Shift+Tab' : 'Tab'} did not reach [data-testid=${testid}], through: ${trail.join(' → ')}`);
}

/** Signs in with the keyboard alone: Tab to the phone, type, Tab to the password, type, Tab to the button, Enter. */
async function signInByKeyboard(page: Page, phone: string, problems: string[]): Promise<void> {
  await page.goto(`${app.url}/sign-in`);
  await page.getByTestId('signin-submit').waitFor();
  await tabTo(page, 'signin-phone', problems);
  await page.keyboard.type(phone);
  await tabTo(page, 'signin-password', problems);
  await page.keyboard.type(DEMO_PASSWORD);
  await tabTo(page, 'signin-submit', problems);
  await page.keyboard.press('Enter');
  await page.waitForURL(`${app.url}/`, { timeout: 2 * WAIT });
}

const tokenOf = (page: Page) => page.evaluate<string>("localStorage.getItem('gongzhi.token')");

describe('forms with the keyboard alone', { timeout: 180_000 }, () => {
  let issueId = '';

  it('a resident signs in with the keyboard: the session is theirs', async () => {
    const page = await open('resident');
    const problems: string[] = [];
    await signInByKeyboard(page, RESIDENT, problems);
    const { me } = await ok(app.url, '{ me { name } }', {}, await tokenOf(page));
    expect(me.name).toBe('郑国华');
    expect(problems).toEqual([]);
  });

  it('the resident reports an issue with the keyboard: title, category by arrow keys, text, submit', async () => {
    const page = pages.resident!;
    const problems: string[] = [];
    await page.goto(`${app.url}/issues/new`);
    await page.getByTestId('issue-form-title').waitFor();
    await tabTo(page, 'issue-form-title', problems);
    await page.keyboard.type('楼道灯不亮（键盘）');
    // The category chips are one stop: the first chip; → twice moves to and chooses the third.
    await tabTo(page, 'issue-form-category', problems);
    expect((await focused(page)).testids[0]).toBe(await page.getByTestId('issue-form-category').locator('[role=radio]').first().getAttribute('data-testid'));
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const chosen = (await focused(page)).testids[0]!.replace('issue-form-category-', '');
    expect(await page.getByTestId(`issue-form-category-${chosen}`).getAttribute('aria-checked')).toBe('true');
    expect(await page.getByTestId('issue-form-category').locator('[aria-checked=true]').count()).toBe(1);
    await tabTo(page, 'issue-form-body', problems);
    await page.keyboard.type('三单元二楼的楼道灯一直不亮，晚上看不见台阶。');
    // Back to the title with Shift+Tab to add to it, then on to the end of the form.
    await tabTo(page, 'issue-form-title', problems, { back: true });
    await page.keyboard.press('End');
    await page.keyboard.type('，三单元');
    await tabTo(page, 'issue-form-submit', problems);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => /\/issues\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith('/new'), { timeout: WAIT });
    issueId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    const { node } = await ok(app.url, 'query($id: ID!) { node(id: $id) { ... on Issue { title body category reporter { name } } } }', { id: issueId }, await tokenOf(page));
    expect(node).toEqual({ title: '楼道灯不亮（键盘），三单元', body: '三单元二楼的楼道灯一直不亮，晚上看不见台阶。', category: chosen, reporter: { name: '郑国华' } });
    expect(problems).toEqual([]);
  });

  it('the dispatcher sends the issue on with the keyboard: the dispatch form, its select by arrow keys', async () => {
    expect(issueId).not.toBe('');
    const page = await open('dispatcher');
    const problems: string[] = [];
    await signInByKeyboard(page, DISPATCHER, problems);
    await page.goto(`${app.url}/issues/${issueId}`);
    await page.getByTestId('issue-action-dispatch').waitFor();
    await tabTo(page, 'issue-action-dispatch', problems);
    await page.keyboard.press('Enter');
    await page.getByTestId('dispatch-form').waitFor();
    await tabTo(page, 'dispatch-org', problems);
    // A naive-ui select: Space opens it, ↓ moves to the first organization, Enter chooses it.
    await page.keyboard.press('Space');
    await page.locator('.n-base-select-menu').waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.locator('.n-base-select-menu').waitFor({ state: 'hidden' });
    const organization = (await page.getByTestId('dispatch-org').locator('.n-base-selection-label').textContent())!.trim();
    expect(organization).not.toBe('');
    await tabTo(page, 'dispatch-note', problems);
    await page.keyboard.type('请今天内换灯');
    await tabTo(page, 'dispatch-submit', problems);
    await page.keyboard.press('Enter');
    const token = await tokenOf(page);
    const issue = async () => (await ok(app.url, 'query($id: ID!) { node(id: $id) { ... on Issue { status assignee { name } } } }', { id: issueId }, token)).node;
    await expect.poll(async () => (await issue()).status, { timeout: WAIT }).toBe('DISPATCHED');
    // The option reads "name（kind）".
    expect(organization.startsWith((await issue()).assignee.name)).toBe(true);
    expect(problems).toEqual([]);
  });

  it("a meeting's tabs with the keyboard: Tab reaches the chosen tab, → chooses the next (naive-ui NTabs, utils/tabs.ts)", async () => {
    const page = pages.dispatcher!;
    const token = await tokenOf(page);
    const { communities } = await ok(app.url, '{ communities { id name } }', {}, token);
    const community = communities.find((c: { name: string }) => c.name === '檀溪社区').id as string;
    const { meetings } = await ok(app.url, 'query($c: ID!) { meetings(communityId: $c, first: 1) { edges { node { id } } } }', { c: community }, token);
    await page.goto(`${app.url}/meetings/${meetings.edges[0].node.id}`);
    await page.getByTestId('meeting-tab-agenda').waitFor();
    const problems: string[] = [];
    await tabTo(page, 'meeting-tab-agenda', problems);
    expect(await page.evaluate<string | null>("document.activeElement.getAttribute('role')")).toBe('tab');
    expect(await page.evaluate<string | null>("document.activeElement.getAttribute('aria-selected')")).toBe('true');
    await page.keyboard.press('ArrowRight');
    await page.waitForURL((url) => url.searchParams.get('tab') === 'votes', { timeout: WAIT });
    expect((await focused(page)).testids).toContain('meeting-tab-votes');
    expect(await page.evaluate<string | null>("document.activeElement.getAttribute('aria-selected')")).toBe('true');
    await page.keyboard.press('End');
    await page.waitForURL((url) => url.searchParams.get('tab') === 'minutes', { timeout: WAIT });
    await page.keyboard.press('Home');
    await page.waitForURL((url) => !url.searchParams.has('tab'), { timeout: WAIT });
    expect(problems).toEqual([]);
  });

  it('no page error on the way', () => {
    expect(errors.flatMap((e) => e.pageErrors)).toEqual([]);
  });
});

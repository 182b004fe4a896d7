/// <reference lib="dom" />
// page.evaluate callbacks run in the browser: they see the DOM.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

/**
 * The browser tests drive Debian's Chromium (never a downloaded browser) against the client the
 * server serves from dist/client: `npm test` builds it first (the `pretest` script).
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CLIENT_INDEX = resolve('dist/client/index.html');
export const RESULTS_DIR = resolve('test-results');

/** Generous: the machine has two cores and vitest runs two files at once. */
export const WAIT = 15_000;

export const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 }, locale: 'zh-CN' };
export const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'zh-CN',
};

/**
 * Fails clearly when the client was not built: without dist/client/index.html the server serves
 * no pages and every browser test would time out on a 404 instead. Call it before startTestApp
 * (the server looks for the built client when it starts).
 */
export function requireBuiltClient(): void {
  if (!existsSync(CLIENT_INDEX)) {
    throw new Error(
      `The browser tests need the built client, and ${CLIENT_INDEX} is missing. ` +
        'Run `npm run build:client` first (`npm test` does it in its pretest script).',
    );
  }
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: install Debian's chromium package (apt-get install chromium).`);
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    // Root in a container: no sandbox. The rest keeps Chromium off the (closed) network.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

// Code run in the page is passed as strings: the tests are typechecked without the DOM library.

/** Uncaught exceptions and console errors of a page, to fail on and to show with a failure. */
export function watchErrors(page: Page, label: string): { pageErrors: string[]; consoleErrors: string[] } {
  const found = { pageErrors: [] as string[], consoleErrors: [] as string[] };
  page.on('pageerror', (error) => found.pageErrors.push(`[${label}] ${error.stack ?? error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') found.consoleErrors.push(`[${label}] ${message.text()}`);
  });
  return found;
}

/** A marker on the window: still there later means the page was not reloaded in between. */
export async function markNoReload(page: Page): Promise<void> {
  await page.evaluate('window.__e2eNoReload = true');
}

export async function wasNotReloaded(page: Page): Promise<boolean> {
  return page.evaluate<boolean>('window.__e2eNoReload === true');
}

/** The page's horizontal overflow: wider than the viewport means a horizontal scrollbar. */
export function scrollWidth(page: Page): Promise<number> {
  return page.evaluate<number>('Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)');
}

/**
 * On a failed test, screenshots of the pages as they were (test-results/failed-<label>.png) and
 * their URLs, for the report. Call it in beforeEach with the test context's onTestFailed.
 */
export function captureOnFailure(onTestFailed: (fn: () => Promise<void>) => void, pages: () => Record<string, Page | undefined>): void {
  onTestFailed(async () => {
    await mkdir(RESULTS_DIR, { recursive: true });
    for (const [label, page] of Object.entries(pages())) {
      if (!page || page.isClosed()) continue;
      const path = join(RESULTS_DIR, `failed-${label}.png`);
      await page.screenshot({ path }).catch(() => undefined);
      // What the person saw, for a failure on a CI machine whose screenshots are gone: the toasts
      // (a server refusal shows there) and the start of the page's text.
      const seen = await page
        .evaluate(() => ({
          toasts: Array.from(document.querySelectorAll('.n-message'), (m) => (m.textContent ?? '').trim()),
          text: (document.body.innerText ?? '').replace(/\s+/g, ' ').slice(0, 600),
        }))
        .catch(() => ({ toasts: [] as string[], text: '(page not readable)' }));
      console.error(`[${label}] at ${page.url()}, screenshot ${path}\n  toasts: ${JSON.stringify(seen.toasts)}\n  text: ${seen.text}`);
    }
  });
}

/**
 * After a submit: waits for the page the submit leads to. When the server refuses (an error toast)
 * it fails at once with the toast's words; when nothing happens, it fails with what the form says
 * (a field's error), instead of a bare timeout.
 */
export async function waitForURLOrRefusal(page: Page, url: (url: URL) => boolean, timeout: number): Promise<void> {
  const said = () =>
    page
      .locator('.n-message, .n-form-item-feedback--error')
      .allTextContents()
      .catch(() => [] as string[]);
  const outcome = await Promise.race([
    page.waitForURL(url, { timeout }).then(
      () => 'arrived' as const,
      () => 'timed out' as const,
    ),
    page
      .locator('.n-message--error-type')
      .first()
      .waitFor({ timeout })
      .then(
        () => 'refused' as const,
        () => new Promise<never>(() => undefined),
      ),
  ]);
  if (outcome !== 'arrived') throw new Error(`The submit ${outcome} instead of leading on, at ${page.url()}: ${JSON.stringify(await said())}`);
}

/** Waits until no CSS transition or animation runs (a drawer sliding in, a popover fading in). */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction("document.getAnimations().every((a) => a.playState !== 'running')", undefined, { timeout: WAIT });
}

/** A screenshot of the viewport once it has settled, as test-results/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await settled(page);
  await mkdir(RESULTS_DIR, { recursive: true });
  const path = join(RESULTS_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** Signs in through the sign-in page, as a person would, and waits for the board. */
export async function signInThroughPage(page: Page, baseUrl: string, user: { phone: string }, password: string): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByTestId('signin-phone').fill(user.phone);
  await page.getByTestId('signin-password').fill(password);
  await page.getByTestId('signin-submit').click();
  // A context's first page load and an argon2 check: on two busy cores, three at once took past WAIT.
  await page.waitForURL(`${baseUrl}/`, { timeout: 2 * WAIT });
  await page.getByTestId('nav-menu').or(page.locator('aside').getByTestId('nav')).first().waitFor();
}

/** Follows a navigation entry: the side menu on a desktop, the drawer on a phone. */
export async function navigateByMenu(page: Page, baseUrl: string, label: string, path: string): Promise<void> {
  const menuButton = page.getByTestId('nav-menu');
  if (await menuButton.isVisible()) {
    await menuButton.click();
    const drawerNav = page.locator('.n-drawer').getByTestId('nav');
    await drawerNav.getByText(label, { exact: true }).click();
    await page.waitForURL(`${baseUrl}${path}`);
    await drawerNav.waitFor({ state: 'hidden' });
  } else {
    await page.locator('aside').getByTestId('nav').getByText(label, { exact: true }).click();
    await page.waitForURL(`${baseUrl}${path}`);
  }
}

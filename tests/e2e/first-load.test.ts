/// <reference lib="dom" />
// page.evaluate callbacks run in the browser: they see the DOM.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { DESKTOP, WAIT, captureOnFailure, launchBrowser, requireBuiltClient, signInThroughPage, watchErrors } from '../helpers/browser.js';
import { measureFirstLoad, PHONE_750 } from '../helpers/first-load.js';
import { DEMO_PASSWORD, loadDemo } from '../../server/app/demo.js';

/**
 * Issue #9 item 12: the first visit on a phone network. The budgets are in bytes and requests
 * (deterministic); the first contentful paint is printed, and recorded in bench/README.md, never
 * asserted. Issue #8 item 15: the client works under the production Content-Security-Policy.
 */
/**
 * Everything the visit downloads, the GraphQL layer and the signed-in pages' messages fetched after
 * the paint included; issue 9 asks for under 250 KB. 157 KB on 2026-12-06; 176 KB, then 180 KB on
 * 2026-12-07 as photos, exports, emergencies and grids added their words and documents (the
 * signed-in pages' messages 22.7 → 24.7 KB, the documents 12.5 → 13.4 KB, the entry 124.4 →
 * 125.1 KB). Splitting those messages by module would take them off this page.
 */
const BUDGET = 185 * 1024;
/** What index.html asks for before the form can show: the entry, its stylesheet and preloads (122 KB). */
const CRITICAL_BUDGET = 135 * 1024;
/** The entry script, the rolldown runtime it shares with the lazy chunks, the stylesheet. */
const CRITICAL_REQUESTS = 3;
const CHAIR = '13900000001'; // 李建国, secretary of 檀溪社区's committee in the demo

let app: TestApp;
let prod: TestApp;
let browser: Browser;
let page: Page | undefined;

beforeAll(async () => {
  requireBuiltClient();
  app = await startTestApp();
  prod = await startTestApp({ env: { NODE_ENV: 'production' } });
  await loadDemo(prod.services);
  browser = await launchBrowser();
});

beforeEach(({ onTestFailed }) => captureOnFailure(onTestFailed, () => ({ page })));

afterAll(async () => {
  await browser?.close();
  await prod?.close();
  await app?.close();
});

describe('first visit to the sign-in page at 750 kbps', { timeout: 120_000 }, () => {
  it(`stays under ${BUDGET / 1024} KB over the network, every script and style compressed, and shows the form`, async () => {
    const load = await measureFirstLoad(browser, app.url, PHONE_750);
    console.log(
      `[first-load] /sign-in at ${PHONE_750.kbps} kbps, ${PHONE_750.latencyMs} ms: ${(load.bytes / 1024).toFixed(1)} KB in ` +
        `${load.responses.length} requests (${(load.decodedBytes / 1024).toFixed(1)} KB decoded); ` +
        `first contentful paint ${load.fcpMs.toFixed(0)} ms, sign-in form ${load.formMs.toFixed(0)} ms`,
    );
    expect(load.formMs).toBeGreaterThan(0);
    expect(load.bytes).toBeLessThan(BUDGET);

    // The critical path: what index.html names (the entry script, modulepreloads, stylesheets), in
    // one wave of requests, each fetched, within its budget, without the GraphQL layer.
    const html = await (await fetch(`${app.url}/sign-in`)).text();
    const critical = [...html.matchAll(/<(?:script type="module"|link rel="(?:modulepreload|stylesheet)")[^>]*? (?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]!);
    expect(critical.filter((path) => path.endsWith('.js')).length).toBeGreaterThan(0);
    expect(critical.length).toBeLessThanOrEqual(CRITICAL_REQUESTS);
    const fetched = critical.map((path) => load.responses.find((r) => new URL(r.url).pathname === path));
    expect(fetched.map((r, i) => (r ? null : critical[i]))).toEqual(critical.map(() => null));
    const criticalBytes = fetched.reduce((sum, r) => sum + (r?.bytes ?? 0), 0);
    console.log(`[first-load] critical path: ${critical.length} files, ${(criticalBytes / 1024).toFixed(1)} KB (${critical.join(', ')})`);
    expect(criticalBytes).toBeLessThan(CRITICAL_BUDGET);
    // urql, graphql-ws and the generated documents come after the paint (client/src/graphql/lazy.ts):
    // graphql-ws names its protocol, and every document and urql's parser name OperationDefinition.
    for (const path of critical.filter((p) => p.endsWith('.js'))) {
      const body = await (await fetch(`${app.url}${path}`)).text();
      expect(body.includes('graphql-transport-ws'), `${path} holds graphql-ws`).toBe(false);
      expect(body.includes('OperationDefinition'), `${path} holds GraphQL documents or urql`).toBe(false);
    }
    // The messages come compiled (client/vite.config.ts): the title as vue-i18n's AST of static
    // text, and no message compiler (its tokenizer names itself in its errors).
    const entry = await (await fetch(`${app.url}${critical.find((p) => p.endsWith('.js'))}`)).text();
    expect(entry).toMatch(/\{t:0,b:\{t:2,s:[`"']登录[`"']\}\}/);
    expect(entry).not.toMatch(/[`"']tokenizer[`"']/);

    // Compression is what makes the budget: the decoded bodies are over three times as large.
    expect(load.decodedBytes).toBeGreaterThan(3 * load.bytes);
    const assets = load.responses.filter((r) => /\/assets\/.+\.(js|css)$/.test(r.url));
    expect(assets.length).toBeGreaterThan(0);
    expect(assets.filter((r) => r.encoding !== 'br').map((r) => r.url)).toEqual([]);
    // Only what the sign-in page needs: no charts, no markdown, no diff, no other page, no English.
    const names = load.responses.map((r) => new URL(r.url).pathname.replace(/^\/assets\//, ''));
    expect(names.filter((n) => /echarts|markdown|diff3|(^|\/)en[.-]|Page-|DefaultLayout/i.test(n))).toEqual([]);
    expect(load.responses.every((r) => r.status === 200)).toBe(true);
  });

  it('fetches the English messages only when English is chosen', async () => {
    const context = await browser.newContext(DESKTOP);
    context.setDefaultTimeout(WAIT);
    page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => void (r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname)));
    await page.goto(`${app.url}/sign-in`);
    await page.getByRole('heading', { name: '登录' }).waitFor();
    const before = scripts.length;
    const zh = page.getByTestId('language-switch').getByRole('button', { name: '简体中文' });
    expect(await zh.getAttribute('aria-pressed')).toBe('true');
    await page.getByTestId('language-switch').getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(await zh.getAttribute('aria-pressed')).toBe('false');
    expect(scripts.slice(before).some((s) => /\/assets\/en-[\w-]+\.js$/.test(s))).toBe(true);
    // Remembered: a new visit starts in English.
    await page.reload();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await context.close();
  });
});

describe('the client under the production Content-Security-Policy', { timeout: 180_000 }, () => {
  it('signs in, shows the board live, the dashboard and an issue with no CSP violation', async () => {
    const context = await browser.newContext(DESKTOP);
    context.setDefaultTimeout(WAIT);
    await context.addInitScript(
      "window.__cspViolations = []; document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));",
    );
    page = await context.newPage();
    const errors = watchErrors(page, 'prod');
    const response = await page.goto(`${prod.url}/sign-in`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await signInThroughPage(page, prod.url, { phone: CHAIR }, DEMO_PASSWORD);
    await page.getByTestId('board-item').first().waitFor();
    // The graphql-ws socket is up: connect-src lets it through.
    await expect.poll(() => page!.getByTestId('board-live').textContent(), { timeout: WAIT }).toContain('实时');
    await page.goto(`${prod.url}/dashboard`);
    await expect.poll(() => page!.getByTestId('dashboard-live').textContent(), { timeout: WAIT }).toContain('实时');
    await page.getByTestId('dashboard-org-chart').locator('svg').first().waitFor();
    await page.goto(`${prod.url}/issues`);
    await page.getByTestId('issue-item').first().getByTestId('issue-title').click();
    await page.waitForURL(/\/issues\/[^/]+$/);
    await page.getByTestId('issue-title').first().waitFor();
    expect(await page.evaluate<string[]>('window.__cspViolations')).toEqual([]);
    expect(errors.pageErrors).toEqual([]);
    expect(errors.consoleErrors.filter((e) => /Content Security Policy|Refused to/i.test(e))).toEqual([]);
    await context.close();
  });
});

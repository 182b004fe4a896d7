import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { ok } from '../helpers/graphql.js';
import { DESKTOP, PHONE, RESULTS_DIR, WAIT, captureOnFailure, launchBrowser, navigateByMenu, requireBuiltClient, screenshot, scrollWidth, signInThroughPage, watchErrors } from '../helpers/browser.js';
import { DEMO_PASSWORD, loadDemo } from '../../server/app/demo.js';

/**
 * 应急管理 after the first hour, in the browser, on the demo: the township's duty officer
 * (13900000050) opens the after-action report (总结) of the closed rainstorm, sees its figures,
 * writes its summary, prints it (window.print) and Chromium prints it to PDF, whose text holds the
 * figures (pdftotext, poppler-utils: .ci/run installs it); posts a volunteer task from the open
 * burst-main incident with the desk's form; the grid worker 马军 keeps his grid's part of the
 * register of vulnerable residents on a phone (390 px), and a resident finds nothing of it; the
 * city center sees the emergency figures per region in the city view, on a phone.
 */
const DUTY = '13900000050';
const GRID_WORKER = '13900000020';
const CHAIR = '13900000001';
const RESIDENT = '13900000011';
const CITY_CENTER = '13900000023';
const STORM = '暴雨橙色预警：翰林苑地下车库进水';
const MAIN = '2栋供水管爆裂，临时停水';

let app: TestApp;
let browser: Browser;
const contexts: BrowserContext[] = [];
const errors: ReturnType<typeof watchErrors>[] = [];
const pages: Record<string, Page | undefined> = {};
let duty: string;

async function open(label: string, options: typeof PHONE, phone: string): Promise<Page> {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(WAIT);
  contexts.push(context);
  const page = await context.newPage();
  errors.push(watchErrors(page, label));
  pages[label] = page;
  await signInThroughPage(page, app.url, { phone }, DEMO_PASSWORD);
  return page;
}

async function choose(page: Page, testId: string, option: string) {
  await page.getByTestId(testId).click();
  await page.locator('.n-base-select-option:visible').filter({ hasText: option }).first().click();
}

beforeAll(async () => {
  requireBuiltClient();
  app = await startTestApp();
  await loadDemo(app.services);
  duty = (await ok(app.url, 'mutation($input: SignInInput!) { signIn(input: $input) { token } }', { input: { phone: DUTY, password: DEMO_PASSWORD } })).signIn.token;
  browser = await launchBrowser();
}, 240_000);

beforeEach(({ onTestFailed }) => captureOnFailure(onTestFailed, () => pages));

afterAll(async () => {
  const seen = errors.flatMap((e) => [...e.pageErrors, ...e.consoleErrors]);
  if (seen.length) console.warn(`Browser errors during the after-action walk:\n${seen.join('\n')}`);
  for (const c of contexts) await c.close();
  await browser?.close();
  await app?.close();
});

describe('应急管理 after the first hour', { timeout: 240_000 }, () => {
  it('the desk opens the rainstorm\'s report, sees its figures, writes the summary, prints it and exports a PDF', async () => {
    const page = await open('desk', DESKTOP, DUTY);
    await navigateByMenu(page, app.url, '应急值守', '/emergencies');
    await page.getByTestId('incident-list').getByText(STORM).click();
    await page.getByTestId('incident-report-link').click();
    await page.waitForURL(/\/emergencies\/[^/]+\/report$/);
    await page.getByTestId('incident-report').waitFor();
    expect(await page.getByTestId('incident-report-title').textContent()).toBe(STORM);
    expect(await page.getByTestId('incident-report-kind').textContent()).toBe('暴雨内涝');
    expect(await page.getByTestId('incident-report-level').textContent()).toBe('Ⅲ级 较大');
    expect(await page.getByTestId('incident-report-area').textContent()).toContain('檀溪社区');
    // The demo's figures: 3 of the 5 vulnerable residents reached within 30 minutes, all within 60.
    expect(await page.getByTestId('report-figure-within30').textContent()).toContain('60%');
    expect(await page.getByTestId('report-figure-within60').textContent()).toContain('100%');
    // 19 of the 21 alerted acknowledged, the 19th at 48 minutes.
    expect(await page.getByTestId('report-figure-to90').textContent()).toContain('48 分钟');
    expect(await page.getByTestId('report-figure-alerted').textContent()).toContain('21 人收到提醒，19 人确认');
    expect(await page.getByTestId('report-figure-urgent').textContent()).toContain('0 件');
    // The timeline, declaration to closing.
    const timeline = await page.getByTestId('incident-report-timeline').textContent();
    for (const said of ['抽排水泵已到位', '积水已排除', '车库恢复开放']) expect(timeline).toContain(said);

    // 总结, written after closing.
    await page.getByTestId('incident-report-summary-edit').click();
    await page.getByTestId('incident-report-summary-input').locator('textarea').fill('车库进水两小时内排除，重点人群 60 分钟内全部联系到。Pumps arrived in 30 min.');
    await page.getByTestId('incident-report-summary-save').click();
    await expect.poll(() => page.getByTestId('incident-report-summary-text').textContent(), { timeout: WAIT }).toContain('Pumps arrived in 30 min.');
    const { incident } = await ok(app.url, `query($id: ID!) { incident(id: $id) { summary { text } } }`, { id: page.url().split('/').at(-2) }, duty);
    expect(incident.summary.text).toContain('重点人群 60 分钟内全部联系到');

    // 打印 / 导出 PDF calls the browser's print.
    await page.evaluate('window.__printed = 0; window.print = () => { window.__printed += 1; }');
    await page.getByTestId('incident-report-print').click();
    expect(await page.evaluate('window.__printed')).toBe(1);
    await screenshot(page, 'incident-report');

    // The print stylesheet: the report alone.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.shell__header').isVisible()).toBe(false);
    expect(await page.getByTestId('incident-report-print').isVisible()).toBe(false);
    expect(await page.getByTestId('incident-report-figures').isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    await page.emulateMedia({ media: 'screen' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await mkdir(RESULTS_DIR, { recursive: true });
    const file = join(RESULTS_DIR, 'incident-report.pdf');
    await writeFile(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    for (const said of [STORM, '暴雨内涝', 'Ⅲ级 较大', '48 分钟', '21 人收到提醒，19 人确认', '60%', '100%', 'Pumps arrived in 30 min.', '车库恢复开放']) expect(text).toContain(said);
    // Nothing of the app around it: no menu, no toast, no buttons.
    for (const absent of ['应急值守', '总结已保存', '打印 / 导出 PDF']) expect(text).not.toContain(absent);
  });

  it('the desk posts a volunteer task from the open burst-main incident with its form', async () => {
    const page = pages.desk!;
    await navigateByMenu(page, app.url, '应急值守', '/emergencies');
    await page.getByTestId('incident-list').getByText(MAIN).click();
    const form = page.getByTestId('incident-task-form');
    await form.waitFor();
    await expect.poll(() => form.getByTestId('incident-task-station').textContent(), { timeout: WAIT }).toContain('红色驿站');
    await form.getByTestId('incident-task-title').locator('input').fill('给2栋行动不便住户送水');
    await form.getByTestId('incident-task-description').locator('textarea').fill('从送水车取桶装水，送到住户门口。');
    await form.getByTestId('incident-task-submit').click();
    await expect.poll(() => page.getByTestId('incident-tasks').textContent(), { timeout: WAIT }).toContain('给2栋行动不便住户送水');
    const id = page.url().split('/').at(-1);
    const { incident } = await ok(app.url, `query($id: ID!) { incident(id: $id) { tasks { title status slots } } }`, { id }, duty);
    expect(incident.tasks).toEqual([{ title: '给2栋行动不便住户送水', status: 'OPEN', slots: 10 }]);
    // The roll call by grid, as it is assigned: 2栋 is in 第一网格, one of its two people reached.
    const grids = page.getByTestId('roll-call-grid');
    await expect.poll(() => grids.first().getAttribute('data-grid'), { timeout: WAIT }).toBe('第一网格');
    expect(await grids.count()).toBe(1);
    expect(await grids.first().locator('h4').textContent()).toContain('未联系 1 / 共 2');
  });

  it('the grid worker keeps his grid\'s register on a phone: add with consent, correct, remove; a resident sees none of it', async () => {
    const page = await open('grid-worker', PHONE, GRID_WORKER);
    await navigateByMenu(page, app.url, '重点人群名册', '/emergencies/register');
    const list = page.getByTestId('register-list');
    await list.getByTestId('register-row-许师傅').waitFor();
    // 第一网格 is 1栋 and 2栋: 蒋奶奶, 许师傅, 钱爷爷 — not 3栋's 杜女士 and 沈先生.
    const names = async () => (await list.locator('li strong').allTextContents()).sort();
    expect(await names()).toEqual(['许师傅', '蒋奶奶', '钱爷爷'].sort());
    expect(await scrollWidth(page)).toBeLessThanOrEqual(390);

    await page.getByTestId('register-add').click();
    const form = page.getByTestId('register-form');
    await form.getByTestId('register-name').locator('input').fill('孟阿姨');
    await choose(page, 'register-category', '残疾人');
    // Only his grid's buildings are offered.
    await page.getByTestId('register-building').click();
    expect(await page.locator('.n-base-select-option:visible').allTextContents()).toEqual(['1栋', '2栋']);
    await page.locator('.n-base-select-option:visible').filter({ hasText: '2栋' }).click();
    await choose(page, 'register-unit', '2-301');
    await expect.poll(() => form.getByTestId('register-unit').textContent(), { timeout: WAIT }).toContain('2-301');
    await form.getByTestId('register-phone').locator('input').fill('13907100299');
    await form.getByTestId('register-note').locator('input').fill('拄拐');
    // Without consent, nothing is kept.
    expect(await form.getByTestId('register-save').isDisabled()).toBe(true);
    await form.getByTestId('register-consent').click();
    await form.getByTestId('register-save').click();
    const row = list.getByTestId('register-row-孟阿姨');
    await row.waitFor({ timeout: WAIT });
    expect(await row.textContent()).toContain('2栋 · 2-301');
    expect(await row.textContent()).toContain('已同意');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(390);
    await screenshot(page, 'vulnerable-register-phone');

    await page.getByTestId('register-edit-孟阿姨').click();
    await form.getByTestId('register-phone').locator('input').fill('13907100288');
    await form.getByTestId('register-save').click();
    await expect.poll(() => list.getByTestId('register-row-孟阿姨').textContent(), { timeout: WAIT }).toContain('13907100288');

    // The committee's chair sees the whole community's, 孟阿姨 included.
    const chair = await open('chair', PHONE, CHAIR);
    await chair.goto(`${app.url}/emergencies/register`);
    await chair.getByTestId('register-row-沈先生').waitFor();
    expect(await chair.getByTestId('register-row-孟阿姨').count()).toBe(1);

    await page.getByTestId('register-remove-孟阿姨').click();
    await page.getByTestId('register-remove-confirm-孟阿姨').click();
    await list.getByTestId('register-row-孟阿姨').waitFor({ state: 'detached', timeout: WAIT });

    // A resident: no menu entry, and the page holds nobody.
    const resident = await open('resident', PHONE, RESIDENT);
    await resident.getByTestId('nav-menu').click();
    await resident.locator('.n-drawer').getByTestId('nav').waitFor();
    expect(await resident.locator('.n-drawer').getByText('重点人群名册').count()).toBe(0);
    await resident.goto(`${app.url}/emergencies/register`);
    await resident.getByText('您不在任何居委会任职').waitFor();
    for (const name of ['蒋奶奶', '许师傅', '杜女士']) expect(await resident.getByText(name).count()).toBe(0);
  });

  it('the city view shows the emergency figures per region, on a phone', async () => {
    const page = await open('city', PHONE, CITY_CENTER);
    await navigateByMenu(page, app.url, '城市大脑', '/city');
    const panel = page.getByTestId('city-emergencies');
    await panel.waitFor();
    // 襄城区 holds both of the demo's incidents (the storm three weeks ago, the burst main now).
    const row = panel.getByTestId('city-emergency-襄城区');
    await row.waitFor({ timeout: WAIT });
    const cells = await row.locator('td').allTextContents();
    // Incidents, acknowledged, time to 90% acknowledged, reached within 30 and 60 minutes,
    // volunteers: the demo's storm (19 of 21 acknowledged) and burst main (2 of 11) make 21 of 32;
    // 90% was never reached over both, so no time; 4 and 6 of their 7 vulnerable residents.
    expect(cells.slice(0, 5)).toEqual(['2', '65.6%', '—', '57.1%', '85.7%']);
    expect(cells[5]).toMatch(/^\d+$/);
    await panel.scrollIntoViewIfNeeded();
    expect(await scrollWidth(page)).toBeLessThanOrEqual(390);
    await screenshot(page, 'city-view-emergencies-phone');
  });
});

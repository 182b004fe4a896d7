import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { ok } from '../helpers/graphql.js';
import { DESKTOP, PHONE, WAIT, captureOnFailure, launchBrowser, requireBuiltClient, signInThroughPage, watchErrors } from '../helpers/browser.js';
import { DEMO_PASSWORD, loadDemo } from '../../server/app/demo.js';

/**
 * Issue 14 part 3 in the browser, on the demo community (檀溪社区). Committee staff download the
 * issue list from its page and the workbook holds what the API shows them. Chromium prints each
 * printout (minutes with approvals, a vote's result, a covenant version with its filing number,
 * a volunteer's certificate, the last reached on a phone from 我的志愿) to PDF with the print
 * stylesheet, and `pdftotext` (poppler-utils) finds their text in the PDF: the toolbar with its
 * 打印 / 导出 PDF button is on screen and not on paper. Chinese text needs a CJK font on the
 * machine (.ci/run installs fonts-wqy-microhei); without one Chromium prints no glyph for it.
 */
const DISPATCHER = '13900000002'; // 李建国, the community governance center's dispatcher
const CHAIR = '13900000001'; // 王秀兰, chair of the residents' committee
const VOLUNTEER = '13900000007'; // 孙志刚, a volunteer with verified hours
const OC_CHAIR = '13900000004'; // 陈志强, chair of the owners' committee, convener of the owners' assembly

let app: TestApp;
let browser: Browser;
let dir: string;
const contexts: BrowserContext[] = [];
const pages: Record<string, Page> = {};
const errors: ReturnType<typeof watchErrors>[] = [];

async function open(options: typeof DESKTOP, label: string): Promise<Page> {
  const context = await browser.newContext({ ...options, acceptDownloads: true });
  context.setDefaultTimeout(WAIT);
  contexts.push(context);
  const page = await context.newPage();
  errors.push(watchErrors(page, label));
  pages[label] = page;
  return page;
}

const tokenOf = (page: Page) => page.evaluate<string>("localStorage.getItem('gongzhi.token')");
/** The text of a PDF, whitespace removed (pdftotext breaks lines and spaces CJK text as it lays it out). */
const pdfText = (path: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
const squeeze = (s: string) => s.replace(/\s+/g, '');

/** Clicks an export button, waits for the file and reads it back with exceljs. */
async function downloadFrom(page: Page, button: ReturnType<Page['getByTestId']>, name: string): Promise<{ file: string; workbook: ExcelJS.Workbook }> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = join(dir, name);
  await download.saveAs(path);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return { file: download.suggestedFilename(), workbook };
}

const rowsOf = (sheet: ExcelJS.Worksheet) => {
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
};

/** Prints the page as Chromium does (the print stylesheet, A4) and returns the PDF's text. */
async function printToText(page: Page, name: string): Promise<string> {
  await page.getByTestId('print-title').waitFor();
  await page.getByTestId('print-button').waitFor();
  const path = join(dir, `${name}.pdf`);
  await page.pdf({ path, format: 'A4', printBackground: true });
  return pdfText(path);
}

beforeAll(async () => {
  requireBuiltClient();
  dir = await mkdtemp(join(tmpdir(), 'gz-print-'));
  app = await startTestApp();
  await loadDemo(app.services);
  browser = await launchBrowser();
});

beforeEach(({ onTestFailed }) => captureOnFailure(onTestFailed, () => pages));

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await app?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('exports and printouts', { timeout: 240_000 }, () => {
  it('committee staff download the issue list from its page: the workbook is what the API shows them', async () => {
    const page = await open(DESKTOP, 'staff');
    await signInThroughPage(page, app.url, { phone: DISPATCHER }, DEMO_PASSWORD);
    await page.goto(`${app.url}/issues`);
    await page.getByTestId('export-issues').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-issues').click()]);
    expect(download.suggestedFilename()).toBe('檀溪社区诉求清单.xlsx');
    const path = join(dir, 'issues.xlsx');
    await download.saveAs(path);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const sheet = workbook.getWorksheet('诉求清单')!;
    const rows: unknown[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]!.slice(0, 2)).toEqual(['编号', '标题']);

    const token = await tokenOf(page);
    const { communities } = await ok(app.url, '{ communities { id name } }', {}, token);
    const community = communities.find((c: { name: string }) => c.name === '檀溪社区');
    const api = (
      await ok(app.url, 'query($c: ID!) { issues(communityId: $c, first: 100) { totalCount edges { node { number title } } } }', { c: community.id }, token)
    ).issues;
    expect(api.totalCount).toBeGreaterThan(5);
    expect(api.totalCount).toBeLessThanOrEqual(100);
    expect(rows.slice(1, 1 + api.totalCount).map((r) => [r[0], r[1]])).toEqual(api.edges.map((e: any) => [e.node.number, e.node.title]));
    expect(rows).toContainEqual([`共 ${api.totalCount} 条`]);
    expect(errors.flatMap((e) => e.pageErrors)).toEqual([]);
  });

  it('the dashboard by month, and the convener the roll of a vote from the meeting room', async () => {
    const staff = pages.staff!;
    await staff.goto(`${app.url}/dashboard`);
    await staff.getByTestId('export-dashboard').waitFor();
    const dashboard = await downloadFrom(staff, staff.getByTestId('export-dashboard'), 'dashboard.xlsx');
    expect(dashboard.file).toMatch(/^檀溪社区治理数据 \d{4}-\d{2}至\d{4}-\d{2}\.xlsx$/);
    const months = rowsOf(dashboard.workbook.getWorksheet('按月')!);
    expect(months[0]!.slice(0, 2)).toEqual(['月份', '提交诉求']);
    expect(months.at(-1)![0]).toBe('合计');
    // The total is the sum of the months' submissions (a count adds up; rates do not).
    expect(months.at(-1)![1]).toBe(months.slice(1, -1).reduce((sum, r) => sum + (r[1] as number), 0));

    const page = await open(DESKTOP, 'convener');
    await signInThroughPage(page, app.url, { phone: OC_CHAIR }, DEMO_PASSWORD);
    const token = await tokenOf(page);
    const { communities } = await ok(app.url, '{ communities { id name } }', {}, token);
    const community = communities.find((c: { name: string }) => c.name === '檀溪社区');
    const { meetings } = await ok(
      app.url,
      'query($c: ID!) { meetings(communityId: $c, first: 100) { edges { node { id viewerCanRun resolutions { id status roll { head voted } } } } } }',
      { c: community.id },
      token,
    );
    const meeting = meetings.edges.map((e: any) => e.node).find((m: any) => m.viewerCanRun && m.resolutions.some((r: any) => r.status === 'CLOSED'));
    expect(meeting).toBeTruthy();
    const vote = meeting.resolutions.find((r: any) => r.status === 'CLOSED');
    await page.goto(`${app.url}/meetings/${meeting.id}`);
    await page.getByTestId('meeting-tab-votes').click();
    const card = page.locator(`[data-resolution-id="${vote.id}"]`);
    const roll = await downloadFrom(page, card.getByTestId('export-vote'), 'vote.xlsx');
    expect(roll.file).toMatch(/表决名册\.xlsx$/);
    const rows = rowsOf(roll.workbook.getWorksheet('表决名册')!);
    expect(rows.slice(1, -1).map((r) => [r[0], r[4]])).toEqual(vote.roll.map((h: any) => [h.head, h.voted ? '是' : '否']));
  });

  it('minutes with approvals, a vote’s result and a covenant version with its filing number print to PDF with their text', async () => {
    const page = await open(DESKTOP, 'chair');
    await signInThroughPage(page, app.url, { phone: CHAIR }, DEMO_PASSWORD);
    const token = await tokenOf(page);
    const { communities } = await ok(app.url, '{ communities { id name } }', {}, token);
    const community = communities.find((c: { name: string }) => c.name === '檀溪社区');
    const { meetings } = await ok(
      app.url,
      `query($c: ID!) { meetings(communityId: $c, first: 100) { edges { node { id title status
        minutes { approvedBy { name } } resolutions { id title status outcome } } } } }`,
      { c: community.id },
      token,
    );
    const nodes = meetings.edges.map((e: any) => e.node);
    const published = nodes.find((m: any) => m.status === 'PUBLISHED' && m.minutes.approvedBy.length > 0);
    expect(published).toBeTruthy();

    // From the meeting room's minutes tab to its printout, as the chair would go.
    await page.goto(`${app.url}/meetings/${published.id}`);
    await page.getByTestId('meeting-tab-minutes').click();
    await page.getByTestId('print-minutes').click();
    await page.waitForURL(`${app.url}/print/meetings/${published.id}/minutes`);
    const minutes = await printToText(page, 'minutes');
    expect(minutes).toContain(squeeze(`${published.title} 会议纪要`));
    expect(minutes).toContain('纪要确认');
    for (const person of published.minutes.approvedBy) expect(minutes).toContain(squeeze(`${person.name} · 已确认`));
    // The toolbar is on screen, not on paper.
    expect(minutes).not.toContain(squeeze('打印 / 导出 PDF'));
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('print-button').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.getByTestId('print-button').isVisible()).toBe(true);

    const closed = nodes.flatMap((m: any) => m.resolutions).find((r: any) => r.status === 'CLOSED' && r.outcome === 'PASSED');
    expect(closed).toBeTruthy();
    await page.goto(`${app.url}/print/resolutions/${closed.id}`);
    const vote = await printToText(page, 'vote');
    expect(vote).toContain(squeeze(`${closed.title} 表决结果`));
    expect(vote).toContain('表决结果通过');
    expect(vote).toContain('无记名表决');

    const { covenants } = await ok(app.url, 'query($c: ID!) { covenants(communityId: $c) { title versions { id number filingReference } } }', { c: community.id }, token);
    const filed = covenants.flatMap((c: any) => c.versions.map((v: any) => ({ ...v, title: c.title }))).find((v: any) => v.filingReference);
    expect(filed).toBeTruthy();
    await page.goto(`${app.url}/print/covenant-versions/${filed.id}`);
    const covenant = await printToText(page, 'covenant');
    expect(covenant).toContain(squeeze(filed.title));
    expect(covenant).toContain(squeeze(`备案号${filed.filingReference}`));
    expect(covenant).toContain('第1条');
    expect(errors.flatMap((e) => e.pageErrors)).toEqual([]);
  });

  it('a volunteer on a phone opens their hours certificate from 我的志愿 and it prints with their name and hours', async () => {
    const page = await open(PHONE, 'volunteer');
    await signInThroughPage(page, app.url, { phone: VOLUNTEER }, DEMO_PASSWORD);
    // The export buttons fit a phone's width beside the pages' titles.
    for (const [path, button] of [['/issues', 'export-issues'], ['/volunteers/leaderboard', 'export-volunteer-hours']]) {
      await page.goto(`${app.url}${path}`);
      await page.getByTestId(button!).waitFor();
      expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    }
    await page.goto(`${app.url}/volunteers/mine`);
    const hours = (await page.getByTestId('my-hours').textContent())!;
    await page.getByTestId('print-certificate').click();
    await page.waitForURL(/\/print\/volunteers\/[^/]+\/certificate$/);
    // The sheet fits the phone's width: no sideways scrolling before printing.
    await page.getByTestId('print-title').waitFor();
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    const text = await printToText(page, 'certificate');
    expect(text).toContain('志愿服务时长证明');
    expect(text).toContain('孙志刚');
    expect(text).toContain(`累计志愿服务时长${/[\d.]+/.exec(hours)![0]}小时`);
    expect(errors.flatMap((e) => e.pageErrors)).toEqual([]);
  });
});

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { ok } from '../helpers/graphql.js';
import { PHONE, WAIT, captureOnFailure, launchBrowser, requireBuiltClient, scrollWidth, signInThroughPage, watchErrors } from '../helpers/browser.js';
import { createUser, type TestUser } from '../factories/index.js';
import { DEMO_PASSWORD, loadDemo } from '../../server/app/demo.js';

/**
 * Issue 14 part 1, the pickers beyond the issue form: the same AttachmentPicker on the proposal
 * form (说事议事室) and the application for mediation (申请调解), on a 390 px phone. A resident of
 * the demo picks a photo (and, for the dispute, a PDF scan), sends the form, and sees the thumbnail
 * (and the document's link) on the item's page; someone who may not see the item gets 404 for
 * the file, as does a request with no session.
 */
const RESIDENT = '13900000010'; // 郑国华, a verified owner of 檀溪社区
const NEIGHBOUR = '13900000012'; // another resident of 檀溪社区: not a party to the dispute

let app: TestApp;
let browser: Browser;
let dataDir: string;
let outsider: TestUser;
let page: Page;
let errors: ReturnType<typeof watchErrors>;

const photo = (color: string) => sharp({ create: { width: 800, height: 600, channels: 3, background: color } }).jpeg().toBuffer();
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <</Type /Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n');

beforeAll(async () => {
  requireBuiltClient();
  dataDir = await mkdtemp(join(tmpdir(), 'gz-e2e-pickers-'));
  app = await startTestApp({ env: { DATA_DIR: dataDir } });
  await loadDemo(app.services);
  outsider = await createUser(app, { name: '路人' });
  browser = await launchBrowser();
  const context = await browser.newContext(PHONE);
  context.setDefaultTimeout(WAIT);
  page = await context.newPage();
  errors = watchErrors(page, 'resident');
  await signInThroughPage(page, app.url, { phone: RESIDENT }, DEMO_PASSWORD);
}, 240_000);
beforeEach(({ onTestFailed }) => captureOnFailure(onTestFailed, () => ({ resident: page })));
afterAll(async () => {
  await browser?.close();
  await app?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** The status a file's address answers with, for a session (or none). */
async function statusOf(path: string, token?: string): Promise<number> {
  return (await fetch(`${app.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} })).status;
}

/** Picks files in the picker with this test id and waits until each has uploaded. */
async function pick(testid: string, files: { name: string; mimeType: string; buffer: Buffer }[]): Promise<void> {
  const picker = page.getByTestId(testid);
  await picker.getByTestId('attachment-input').setInputFiles(files);
  await expect.poll(() => picker.locator('[data-testid="attachment-pending"][data-status="done"]').count(), { timeout: WAIT }).toBe(files.length);
}

/** Waits for the item page's thumbnails, and returns the photo's and its thumbnail's addresses. */
async function thumbnails(count: number): Promise<string[]> {
  const thumbs = page.getByTestId('attachment-gallery').getByTestId('attachment-thumb');
  await expect.poll(() => thumbs.count(), { timeout: WAIT }).toBe(count);
  // Loaded as a picture: the server answered the page's session with the image.
  await expect
    .poll(() => thumbs.locator('img').evaluateAll((imgs) => imgs.filter((i) => (i as unknown as { complete: boolean; naturalWidth: number }).complete && (i as unknown as { naturalWidth: number }).naturalWidth > 0).length), { timeout: WAIT })
    .toBe(count);
  const thumb = (await thumbs.first().locator('img').getAttribute('src'))!;
  expect(thumb).toMatch(/^\/files\/[0-9a-f-]{36}\/thumbnail$/);
  return [thumb.replace(/\/thumbnail$/, ''), thumb];
}

describe('attachment pickers on proposals and disputes', { timeout: 240_000 }, () => {
  it('a resident proposes with a photo: its thumbnail on the proposal; an outsider gets 404', async () => {
    await page.goto(`${app.url}/proposals`);
    await page.getByTestId('proposal-new').click();
    const form = page.getByTestId('proposal-new-form');
    await form.getByTestId('proposal-title').locator('input').fill('中心花园加装座椅');
    await form.getByTestId('proposal-body').locator('textarea').fill('老人散步走累了没地方坐，建议在中心花园加几张座椅。附现场照片。');
    await pick('proposal-attachments', [{ name: '花园.jpg', mimeType: 'image/jpeg', buffer: await photo('#2a9d4b') }]);
    await form.getByTestId('proposal-submit').click();
    await page.waitForURL(/\/proposals\/[^/]+$/);
    const id = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    const files = await thumbnails(1);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(390);

    // Through the API: the proposal holds the photo.
    const token = await page.evaluate<string>("localStorage.getItem('gongzhi.token')");
    const { node } = await ok(app.url, 'query($id: ID!) { node(id: $id) { ... on Proposal { attachments { kind fileName url } } } }', { id }, token);
    expect(node.attachments).toEqual([{ kind: 'IMAGE', fileName: '花园.jpg', url: files[0] }]);
    for (const path of files) {
      expect(await statusOf(path, token)).toBe(200);
      expect(await statusOf(path, outsider.token)).toBe(404); // belongs to no community: may not see the proposal
      expect(await statusOf(path)).toBe(404);
    }
  });

  it('a resident applies for mediation with a photo and a PDF scan: both on the dispute; a neighbour gets 404', async () => {
    await page.goto(`${app.url}/disputes/mine`);
    await page.getByTestId('dispute-apply').click();
    await page.getByTestId('dispute-title').locator('input').fill('楼上空调滴水');
    await page.getByTestId('dispute-description').locator('textarea').fill('楼上空调外机一直滴水到我家窗台，协商未果。附照片和维修单。');
    await page.getByTestId('dispute-respondent').locator('input').fill('楼上住户');
    await pick('dispute-attachments', [
      { name: '窗台.jpg', mimeType: 'image/jpeg', buffer: await photo('#1f6feb') },
      { name: '维修单.pdf', mimeType: 'application/pdf', buffer: PDF },
    ]);
    await page.getByTestId('dispute-apply-submit').click();
    await page.waitForURL(/\/disputes\/(?!mine)[^/]+$/);
    const files = await thumbnails(1);
    const doc = page.getByTestId('attachment-gallery').getByTestId('attachment-file');
    await expect.poll(() => doc.count(), { timeout: WAIT }).toBe(1);
    expect((await doc.textContent())!.trim()).toBe('维修单.pdf');
    const pdf = (await doc.getAttribute('href'))!;
    expect(await scrollWidth(page)).toBeLessThanOrEqual(390);

    const token = await page.evaluate<string>("localStorage.getItem('gongzhi.token')");
    const neighbour = (await ok(app.url, 'mutation($input: SignInInput!) { signIn(input: $input) { token } }', { input: { phone: NEIGHBOUR, password: DEMO_PASSWORD } })).signIn.token as string;
    expect(await statusOf(pdf, token)).toBe(200);
    for (const path of [...files, pdf]) {
      expect(await statusOf(path, neighbour)).toBe(404); // a resident of the same community, not a party
      expect(await statusOf(path, outsider.token)).toBe(404);
      expect(await statusOf(path)).toBe(404);
    }
    expect(errors.pageErrors).toEqual([]);
  });
});

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { PASSWORD, type TestUser } from '../factories/index.js';
import { createIssueCast, type IssueCast } from '../factories/issues.js';
import { DESKTOP, PHONE, WAIT, captureOnFailure, launchBrowser, requireBuiltClient, scrollWidth, signInThroughPage, watchErrors } from '../helpers/browser.js';

/**
 * Issue 14 part 1 in the browser: a resident on a 390 px phone reports a leak with two photos
 * (made here, one carrying a GPS position), sees their previews upload, then the thumbnails on the
 * issue, and swipes between them in the viewer; committee staff sees the same photos; a
 * stranger's request for a photo is refused.
 */
let app: TestApp;
let c: IssueCast;
let browser: Browser;
let dataDir: string;
const pages: Record<string, Page> = {};

/** A phone photo: a coloured frame with EXIF that places it in 襄阳. */
const photo = (color: string, width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: color } })
    .jpeg()
    .withExif({ IFD0: { Make: 'PhoneCam' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '32/1 1/1 30/1', GPSLongitudeRef: 'E', GPSLongitude: '112/1 8/1 0/1' } })
    .toBuffer();

beforeAll(async () => {
  requireBuiltClient();
  dataDir = await mkdtemp(join(tmpdir(), 'gz-e2e-files-'));
  app = await startTestApp({ env: { DATA_DIR: dataDir } });
  c = await createIssueCast(app);
  browser = await launchBrowser();
});
beforeEach(({ onTestFailed }) => captureOnFailure(onTestFailed, () => pages));
afterAll(async () => {
  await browser?.close();
  await app?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

async function signedIn(user: TestUser, options = PHONE, label = 'page'): Promise<Page> {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(WAIT);
  const page = await context.newPage();
  pages[label] = page;
  await signInThroughPage(page, app.url, user, PASSWORD);
  return page;
}

/** How many of the issue's thumbnails have loaded as images (the server answered with a picture). */
const loadedThumbnails = (page: Page) =>
  page.evaluate<number>(`[...document.querySelectorAll('[data-testid="attachment-thumb"] img')].filter((i) => i.complete && i.naturalWidth > 0).length`);

describe('photos on an issue and in its thread', { timeout: 180_000 }, () => {
  let issueId = '';
  let photoUrl = '';
  let thumbUrl = '';

  it('a resident on a phone reports a leak with two photos, sees the thumbnails and swipes the viewer', async () => {
    const page = await signedIn(c.resident, PHONE, 'resident');
    const errors = watchErrors(page, 'resident');
    await page.goto(`${app.url}/issues/new`);
    await page.getByTestId('issue-form-title').locator('input').fill('卫生间天花板漏水');
    await page.getByTestId('issue-form-category-FACILITY').click();
    await page.getByTestId('issue-form-body').locator('textarea').fill('楼上漏水，天花板在滴水，附两张照片。');

    // The camera button's input opens the camera on a phone; the other picks several from the gallery.
    const camera = page.getByTestId('attachment-camera-input');
    expect(await camera.getAttribute('capture')).toBe('environment');
    expect(await camera.getAttribute('accept')).toBe('image/*');
    expect(await camera.getAttribute('multiple')).not.toBeNull();
    await page.getByTestId('attachment-input').setInputFiles([
      { name: '漏水1.jpg', mimeType: 'image/jpeg', buffer: await photo('#2a6fdb', 1200, 900) },
      { name: '漏水2.jpg', mimeType: 'image/jpeg', buffer: await photo('#db2a6f', 900, 1200) },
    ]);
    const pending = page.getByTestId('attachment-pending');
    await expect.poll(() => pending.count(), { timeout: WAIT }).toBe(2);
    await page.locator('[data-testid="attachment-pending"][data-status="done"]').nth(1).waitFor();
    expect(await page.locator('[data-testid="attachment-pending"] img').count()).toBe(2); // the previews

    await page.getByTestId('issue-form-submit').click();
    await page.waitForURL((url) => /\/issues\/[A-Za-z0-9_-]+$/.test(url.pathname) && !url.pathname.endsWith('/new'));
    issueId = decodeURIComponent(page.url().split('/').pop()!);

    const thumbs = page.getByTestId('attachment-thumb');
    await expect.poll(() => thumbs.count(), { timeout: WAIT }).toBe(2);
    await expect.poll(() => loadedThumbnails(page), { timeout: WAIT }).toBe(2);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(390);
    thumbUrl = (await thumbs.first().locator('img').getAttribute('src'))!;
    expect(thumbUrl).toMatch(/^\/files\/[0-9a-f-]{36}\/thumbnail$/);
    photoUrl = thumbUrl.replace(/\/thumbnail$/, '');

    // The viewer: the first photo, then a swipe to the left shows the second.
    await thumbs.first().click();
    const viewer = page.locator('.pswp');
    await viewer.waitFor();
    await expect.poll(() => page.locator('.pswp__counter').textContent(), { timeout: WAIT }).toMatch(/^\s*1\s*\/\s*2\s*$/);
    await page.waitForFunction(`[...document.querySelectorAll('.pswp__img')].some((i) => i.getAttribute('src') === '${photoUrl}' && i.complete && i.naturalWidth > 0)`);
    const box = (await viewer.boundingBox())!;
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width * 0.85, y);
    await page.mouse.down();
    for (let step = 1; step <= 10; step++) await page.mouse.move(box.x + box.width * (0.85 - step * 0.07), y);
    await page.mouse.up();
    await expect.poll(() => page.locator('.pswp__counter').textContent(), { timeout: WAIT }).toMatch(/^\s*2\s*\/\s*2\s*$/);
    await page.keyboard.press('Escape');
    await expect.poll(() => viewer.count(), { timeout: WAIT }).toBe(0);
    expect(errors.pageErrors).toEqual([]);
    await page.context().close();
  });

  it('committee staff sees the same photos and answers in the thread with one', async () => {
    const page = await signedIn(c.dispatcher, DESKTOP, 'staff');
    await page.goto(`${app.url}/issues/${encodeURIComponent(issueId)}`);
    await expect.poll(() => page.getByTestId('attachment-thumb').count(), { timeout: WAIT }).toBe(2);
    await expect.poll(() => loadedThumbnails(page), { timeout: WAIT }).toBe(2);
    const res = await page.context().request.get(`${app.url}${photoUrl}`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('image/jpeg');
    const meta = await sharp(await res.body()).metadata();
    expect(meta.exif).toBeUndefined(); // the GPS position the phone wrote is gone
    expect([meta.width, meta.height]).toEqual([1200, 900]);

    // The thread takes photos too: staff answers with one from the site.
    await page.getByTestId('comment-input').locator('textarea').fill('已派物业上门查看，现场照片如下。');
    await page.getByTestId('comment-attachments').getByTestId('attachment-input').setInputFiles([{ name: '现场.jpg', mimeType: 'image/jpeg', buffer: await photo('#3a3', 800, 600) }]);
    await page.getByTestId('comment-attachments').locator('[data-testid="attachment-pending"][data-status="done"]').waitFor();
    await page.getByTestId('comment-send').click();
    const inComment = page.getByTestId('comment-item').getByTestId('attachment-thumb');
    await expect.poll(() => inComment.count(), { timeout: WAIT }).toBe(1);
    await expect.poll(() => page.getByTestId('comment-attachments').getByTestId('attachment-pending').count(), { timeout: WAIT }).toBe(0);
    await expect.poll(() => loadedThumbnails(page), { timeout: WAIT }).toBe(3);
    await page.context().close();
  });

  it("a stranger's request for a photo is refused", async () => {
    const page = await signedIn(c.stranger, PHONE, 'stranger');
    for (const url of [photoUrl, thumbUrl]) expect((await page.context().request.get(`${app.url}${url}`)).status()).toBe(404);
    await page.goto(`${app.url}/issues/${encodeURIComponent(issueId)}`);
    await page.waitForLoadState('networkidle');
    expect(await page.getByTestId('attachment-thumb').count()).toBe(0);
    await page.context().close();
    expect((await fetch(`${app.url}${photoUrl}`)).status).toBe(404);
  });
});

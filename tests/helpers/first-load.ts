// The first visit to the sign-in page on a slow phone network, as the browser test and
// `npm run bench` (bench/first-load.ts) measure it: a fresh browser context (empty cache),
// Chromium's network throttling through the DevTools protocol, and the bytes that came over it.
import type { Browser } from 'playwright-core';
import { PHONE } from './browser.js';

export interface Throttle {
  /** Download and upload rate in kilobits per second. */
  kbps: number;
  /** Added round-trip latency in milliseconds. */
  latencyMs: number;
}

export interface FirstLoad {
  /** Bytes received over the network (headers and bodies as transferred, i.e. compressed). */
  bytes: number;
  /** Bytes of the bodies once decoded: what the page would have cost without compression. */
  decodedBytes: number;
  /** Every response: its URL, bytes transferred, Content-Encoding, and when it was asked for and done (ms after the first request). */
  responses: { url: string; bytes: number; encoding: string | undefined; status: number; startMs: number; endMs: number }[];
  /** First contentful paint, in milliseconds from the start of navigation. */
  fcpMs: number;
  /** When the sign-in button was in the page, in milliseconds from the start of navigation. */
  formMs: number;
}

/** A 3G-like phone profile: 750 kbps with 150 ms latency, and 400 kbps for a poor signal. */
export const PHONE_750: Throttle = { kbps: 750, latencyMs: 150 };
export const PHONE_400: Throttle = { kbps: 400, latencyMs: 150 };

/**
 * Opens `${baseUrl}/sign-in` once, throttled, in a new context of a phone's size and waits for
 * the sign-in form. Times come from the page's own Performance timeline.
 */
export async function measureFirstLoad(browser: Browser, baseUrl: string, throttle: Throttle): Promise<FirstLoad> {
  const context = await browser.newContext(PHONE);
  try {
    const page = await context.newPage();
    // The paint entry as the page records it, kept on the window (a buffered observer misses none).
    await page.addInitScript(
      "new PerformanceObserver((list) => { for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') window.__fcp = e.startTime; }).observe({ type: 'paint', buffered: true });",
    );
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const rate = (throttle.kbps * 1000) / 8; // bytes per second
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: throttle.latencyMs,
      downloadThroughput: rate,
      uploadThroughput: rate,
    });

    const pending = new Map<string, { url: string; encoding: string | undefined; status: number }>();
    const started = new Map<string, number>();
    const responses: FirstLoad['responses'] = [];
    let decodedBytes = 0;
    let t0: number | undefined;
    const since = (seconds: number) => (seconds - (t0 ??= seconds)) * 1000;
    cdp.on('Network.requestWillBeSent', (e) => void started.set(e.requestId, since(e.timestamp)));
    cdp.on('Network.responseReceived', (e) => {
      const headers = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
      pending.set(e.requestId, { url: e.response.url, encoding: headers['content-encoding'], status: e.response.status });
    });
    cdp.on('Network.dataReceived', (e) => void (decodedBytes += e.dataLength));
    cdp.on('Network.loadingFinished', (e) => {
      const r = pending.get(e.requestId);
      if (r) responses.push({ ...r, bytes: e.encodedDataLength, startMs: started.get(e.requestId) ?? 0, endMs: since(e.timestamp) });
    });

    const response = await page.goto(`${baseUrl}/sign-in`, { waitUntil: 'commit' });
    // No page (the client being rebuilt under the server): say so, rather than time out.
    if (!response?.ok()) throw new Error(`GET /sign-in answered ${response?.status()}: is dist/client built?`);
    // Polled on every frame, in the page: the time the button exists, not when we noticed.
    const formMs = await (
      await page.waitForFunction("document.querySelector('[data-testid=signin-submit]') && performance.now()", undefined, {
        polling: 'raf',
        timeout: 120_000,
      })
    ).jsonValue();
    await page.waitForLoadState('networkidle', { timeout: 120_000 });
    const fcpMs = Number(await (await page.waitForFunction('window.__fcp', undefined, { timeout: 30_000 })).jsonValue());
    return { bytes: responses.reduce((sum, r) => sum + r.bytes, 0), decodedBytes, responses, fcpMs, formMs: Number(formMs) };
  } finally {
    await context.close();
  }
}

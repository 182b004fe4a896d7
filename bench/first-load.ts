// `npm run bench` (last part): the first visit to the sign-in page on a phone network.
//
//   (o) bytes over the network for /sign-in with an empty cache (compressed as served), and the
//       same bodies decoded (what the visit would cost without compression); of them, the critical
//       path (what index.html names: the entry, its preloads and stylesheet) and what came after
//       the form showed (the GraphQL layer, client/src/graphql/lazy.ts)
//   (p) first contentful paint and the sign-in form's appearance at 750 kbps and at 400 kbps,
//       150 ms latency (Chromium's throttling through the DevTools protocol), median of RUNS
//
// Needs the built client (`npm run build:client`) and Chromium at /usr/bin/chromium (or
// CHROMIUM_PATH). Nothing is asserted: tests/e2e/first-load.test.ts holds the byte budget.
import { existsSync } from 'node:fs';
import { CLIENT_INDEX, launchBrowser } from '../tests/helpers/browser.js';
import { measureFirstLoad, PHONE_400, PHONE_750, type FirstLoad, type Throttle } from '../tests/helpers/first-load.js';
import { ms, pct, runBench } from './harness.js';

const RUNS = Number(process.env.FIRST_LOAD_RUNS ?? 3);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

if (!existsSync(CLIENT_INDEX)) {
  console.error(`first-load: ${CLIENT_INDEX} is missing; run \`npm run build:client\` first.`);
  process.exit(1);
}

runBench('firstload', async (server) => {
  const browser = await launchBrowser();
  try {
    const rows: [string, string][] = [];
    const measure = async (label: string, throttle: Throttle) => {
      const runs: FirstLoad[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await measureFirstLoad(browser, server.url, throttle));
      const median = (pick: (r: FirstLoad) => number) => pct(runs.map(pick).sort((a, b) => a - b), 50);
      console.log(`[first-load] ${label}: FCP ${runs.map((r) => ms(r.fcpMs)).join(', ')}; form ${runs.map((r) => ms(r.formMs)).join(', ')}`);
      rows.push([`(p) first contentful paint, ${label} (median of ${RUNS})`, ms(median((r) => r.fcpMs))]);
      rows.push([`(p) sign-in form in the page, ${label} (median of ${RUNS})`, ms(median((r) => r.formMs))]);
      return runs[0]!;
    };
    const first = await measure(`${PHONE_750.kbps} kbps, ${PHONE_750.latencyMs} ms`, PHONE_750);
    await measure(`${PHONE_400.kbps} kbps, ${PHONE_400.latencyMs} ms`, PHONE_400);
    // The critical path, as the page names it: the entry script, its modulepreloads, stylesheets.
    const html = await (await fetch(`${server.url}/sign-in`)).text();
    const critical = new Set(
      [...html.matchAll(/<(?:script type="module"|link rel="(?:modulepreload|stylesheet)")[^>]*? (?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]!),
    );
    const onPath = first.responses.filter((r) => critical.has(new URL(r.url).pathname) || new URL(r.url).pathname === '/sign-in');
    // Requests made after the form was in the page (the times share the navigation's start, within a few ms).
    const after = first.responses.filter((r) => r.startMs > first.formMs);
    rows.unshift(
      ['(o) bytes transferred for /sign-in, empty cache', kb(first.bytes)],
      ['(o) the same responses decoded', kb(first.decodedBytes)],
      ['(o) requests', String(first.responses.length)],
      ['(o) critical path: the page and what index.html names', `${kb(onPath.reduce((sum, r) => sum + r.bytes, 0))} in ${onPath.length} requests`],
      ['(o) fetched after the form showed (seen before the network went idle)', `${kb(after.reduce((sum, r) => sum + r.bytes, 0))} in ${after.length} requests`],
    );
    for (const r of first.responses) {
      const when = `${r.startMs.toFixed(0).padStart(6)} → ${r.endMs.toFixed(0).padStart(6)} ms`;
      console.log(`  ${when}  ${kb(r.bytes).padStart(9)}  ${(r.encoding ?? 'identity').padEnd(8)} ${r.status} ${r.url.replace(server.url, '')}`);
    }
    const width = Math.max(...rows.map(([m]) => m.length));
    console.log(`\n| ${'measure'.padEnd(width)} | figure |\n|${'-'.repeat(width + 2)}|--------|`);
    for (const [m, f] of rows) console.log(`| ${m.padEnd(width)} | ${f} |`);
  } finally {
    await browser.close();
  }
});

/// <reference lib="dom" />
// page.evaluate callbacks run in the browser: they see the DOM.
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { startTestApp, type TestApp } from './app.js';
import { ok } from './graphql.js';
import { DESKTOP, PHONE, WAIT, launchBrowser, requireBuiltClient, settled } from './browser.js';
import { DEMO_PASSWORD, loadDemo } from '../../server/app/demo.js';

/**
 * The accessibility pass (issue 14, part 4): every page of the client's router, visited by a
 * persona of the demo who may see it, at 390 px and at desktop width, in zh-CN and in English,
 * checked by axe-core (@axe-core/playwright) with all its default rules. A violation of impact
 * serious or critical fails, named by its page, rule and target.
 */

export type Viewport = 'phone' | 'desktop';
export const VIEWPORTS: Record<Viewport, BrowserContextOptions> = { phone: PHONE, desktop: DESKTOP };
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** The ids the pages with an id take, read from the demo through the API. */
export interface DemoIds {
  community: string;
  issue: string;
  meeting: string;
  resolution: string;
  covenant: string;
  covenantVersion: string;
  dispute: string;
  incident: string;
  proposal: string;
  region: string;
  volunteer: string;
}

/** A demo persona (by phone, or null: no session) and the pages it visits. */
export interface Tour {
  who: string;
  phone: string | null;
  paths: (ids: DemoIds) => string[];
}

const tokens = new Map<string, string>();

/** A session of the demo persona (one sign-in per phone for the whole file). */
export async function tokenOf(url: string, phone: string): Promise<string> {
  let token = tokens.get(phone);
  if (!token) {
    token = (await ok(url, 'mutation($input: SignInInput!) { signIn(input: $input) { token } }', { input: { phone, password: DEMO_PASSWORD } })).signIn.token as string;
    tokens.set(phone, token);
  }
  return token;
}

type Node<T> = { edges: { node: T }[] };
const nodes = <T>(c: Node<T>): T[] => c.edges.map((e) => e.node);

/** One of each thing a page with an id shows, from the demo, each read by someone who may see it. */
export async function demoIds(url: string): Promise<DemoIds> {
  const chair = await tokenOf(url, '13900000001');
  const { communities } = await ok(url, '{ communities { id name } }', {}, chair);
  const community = communities.find((c: { name: string }) => c.name === '檀溪社区').id as string;
  const c = { c: community };
  const { issues } = await ok(url, 'query($c: ID!) { issues(communityId: $c, first: 1) { edges { node { id } } } }', c, chair);
  const { meetings } = await ok(url, 'query($c: ID!) { meetings(communityId: $c, first: 100) { edges { node { id status resolutions { id status outcome } } } } }', c, chair);
  const meetingNodes = nodes<{ id: string; status: string; resolutions: { id: string; status: string; outcome: string | null }[] }>(meetings);
  const resolution = meetingNodes.flatMap((m) => m.resolutions).find((r) => r.status === 'CLOSED')!.id;
  const meeting = meetingNodes.find((m) => m.status === 'PUBLISHED')!.id;
  const { covenants } = await ok(url, 'query($c: ID!) { covenants(communityId: $c) { id versions { id filingReference } } }', c, chair);
  const filed = (covenants as { id: string; versions: { id: string; filingReference: string | null }[] }[]).find((k) => k.versions.some((v) => v.filingReference))!;
  const { disputes } = await ok(url, 'query($c: ID!) { disputes(communityId: $c, first: 1) { edges { node { id } } } }', c, await tokenOf(url, '13900000021'));
  const { incidents } = await ok(url, '{ incidents { id status } }', {}, await tokenOf(url, '13900000050'));
  const { proposals } = await ok(url, 'query($c: ID!) { proposals(communityId: $c, first: 1) { edges { node { id } } } }', c, chair);
  const { cityViewRegions } = await ok(url, '{ cityViewRegions { id } }', {}, await tokenOf(url, '13900000023'));
  const { me } = await ok(url, '{ me { volunteer { id } } }', {}, await tokenOf(url, '13900000007'));
  return {
    community,
    issue: nodes<{ id: string }>(issues)[0]!.id,
    meeting,
    resolution,
    covenant: filed.id,
    covenantVersion: filed.versions.find((v) => v.filingReference)!.id,
    dispute: nodes<{ id: string }>(disputes)[0]!.id,
    incident: (incidents as { id: string; status: string }[]).find((i) => i.status === 'CLOSED')!.id,
    proposal: nodes<{ id: string }>(proposals)[0]!.id,
    region: (cityViewRegions as { id: string }[])[0]!.id,
    volunteer: me.volunteer.id as string,
  };
}

/** Waits until the page has read its data: no skeleton, no request in flight, nothing moving. */
export async function pageReady(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout: WAIT });
  await page.waitForFunction(
    "!!document.querySelector('#app > *') && !document.querySelector('[data-testid=page-loading], .n-skeleton')",
    undefined,
    { timeout: WAIT },
  );
  await settled(page);
}

/** The serious and critical violations of axe's default rules on the page, one line each. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}) at ${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 240)}`));
}

/**
 * One persona's pages at one width, in zh-CN then in English (switched with the header's
 * language switch, as a person would), in one browser context: each violation prefixed with
 * `[locale viewport path]`.
 */
export async function walkTour(browser: Browser, url: string, tour: Tour, viewport: Viewport, ids: DemoIds): Promise<string[]> {
  const context = await browser.newContext(VIEWPORTS[viewport]);
  context.setDefaultTimeout(WAIT);
  const found: string[] = [];
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => found.push(`[${viewport} ${page.url()}] page error: ${error.message}`));
    if (tour.phone) {
      const token = await tokenOf(url, tour.phone);
      await context.addInitScript(`localStorage.getItem('gongzhi.token') || localStorage.setItem('gongzhi.token', ${JSON.stringify(token)})`);
    }
    for (const locale of LOCALES) {
      for (const path of tour.paths(ids)) {
        await page.goto(`${url}${path}`);
        await pageReady(page);
        if (locale === 'en' && (await page.locator('html').getAttribute('lang')) !== 'en') {
          // The language switch: in the header when signed in, on the sign-in page's card otherwise.
          await page.getByTestId('language-switch').first().locator('[lang=en]').click();
          await page.waitForFunction("document.documentElement.lang === 'en'");
          await pageReady(page);
        }
        for (const v of await seriousViolations(page)) found.push(`[${locale} ${viewport} ${path}] ${v}`);
      }
    }
  } finally {
    await context.close();
  }
  return found;
}

const RESIDENT = '13900000010'; // 郑国华, a verified owner

/**
 * The tours: every route of client/src/router/*.ts, each by one who may see it, in groups of a
 * test file each (about ten pages, four passes each: two widths, two languages).
 */
export const TOUR_GROUPS: Record<string, Tour[]> = {
  'no session and a resident (lists)': [
    { who: 'no session', phone: null, paths: () => ['/sign-in', '/sign-up', '/reset-password', '/privacy'] },
    { who: 'resident 郑国华', phone: RESIDENT, paths: (ids) => ['/', '/communities', '/issues', '/issues/new', `/issues/${ids.issue}`, '/volunteers', '/volunteers/leaderboard'] },
  ],
  'a resident (meetings, covenants, proposals, legal) and a volunteer': [
    {
      who: 'resident 郑国华',
      phone: RESIDENT,
      // /meetings/:id: its tabs (naive-ui NTabs) scroll sideways in English at 390 px; the tabs are
      // focusable (client/src/utils/tabs.ts), so the region holds something the keyboard reaches.
      paths: (ids) => ['/meetings', `/meetings/${ids.meeting}`, '/covenants', `/covenants/${ids.covenant}`, '/disputes/mine', '/proposals', `/proposals/${ids.proposal}`, '/legal', '/legal/questions', '/legal/lectures', '/account/security'],
    },
    { who: 'volunteer 孙志刚', phone: '13900000007', paths: (ids) => ['/volunteers/mine', `/print/volunteers/${ids.volunteer}/certificate`] },
  ],
  'the residents committee': [
    {
      who: 'chair 王秀兰',
      phone: '13900000001',
      paths: (ids) => [
        '/residents',
        '/residents/requests',
        `/community/${ids.community}/organizations`,
        '/dashboard',
        '/meetings/new',
        '/matters',
        '/covenants/new',
        `/covenants/${ids.covenant}/revise`,
        '/grids',
        '/grids/screening',
        '/party-members',
        `/print/meetings/${ids.meeting}/minutes`,
        `/print/resolutions/${ids.resolution}`,
        `/print/covenant-versions/${ids.covenantVersion}`,
      ],
    },
  ],
  'the desks': [
    { who: 'dispatcher 李建国', phone: '13900000002', paths: () => ['/issues/desk'] },
    { who: 'property staff 张伟', phone: '13900000003', paths: () => ['/issues/work'] },
    { who: 'coordinator 赵红梅', phone: '13900000006', paths: () => ['/volunteers/console'] },
    { who: 'grid worker 马军', phone: '13900000020', paths: () => ['/emergencies/register'] },
    { who: 'mediator 黄德明', phone: '13900000021', paths: (ids) => ['/disputes/desk', `/disputes/${ids.dispute}`, '/disputes/settings'] },
    { who: 'police 邓卫东', phone: '13900000030', paths: () => ['/legal/police'] },
    { who: 'legal adviser 陈思远', phone: '13900000031', paths: () => ['/legal/desk'] },
  ],
  'emergencies, the city view and the administration': [
    { who: 'duty officer 彭晓燕', phone: '13900000050', paths: (ids) => ['/emergencies', `/emergencies/${ids.incident}`, `/emergencies/${ids.incident}/report`] },
    { who: 'city center 易文静', phone: '13900000023', paths: (ids) => ['/city', `/city/${ids.region}`, `/city/${ids.region}/responsibilities`] },
    { who: 'platform admin', phone: '13900000000', paths: (ids) => ['/admin', '/admin/accounts', `/admin/communities/${ids.community}`] },
  ],
};

/**
 * The test file of one group: a server with the demo, then one test per persona and width (both
 * languages), failing with every serious or critical violation as `[locale width path] rule at target`.
 */
export function describeTours(group: string): void {
  let app: TestApp;
  let browser: Browser;
  let ids: DemoIds;
  beforeAll(async () => {
    requireBuiltClient();
    app = await startTestApp();
    await loadDemo(app.services);
    ids = await demoIds(app.url);
    browser = await launchBrowser();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });
  describe(`axe: ${group}`, { timeout: 300_000 }, () => {
    for (const tour of TOUR_GROUPS[group]!) {
      for (const viewport of ['phone', 'desktop'] as const) {
        it(`${tour.who}, ${viewport}, zh-CN and English: no serious or critical violation`, async () => {
          expect(await walkTour(browser, app.url, tour, viewport, ids)).toEqual([]);
        });
      }
    }
  });
}

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { RealClock } from '../helpers/clock.js';
import { createUser, seat, PASSWORD, type TestUser } from '../factories/index.js';
import { createMeetingCast, scheduleMeeting, step, type MeetingCast } from '../factories/meetings.js';
import { covenantStep, draftCovenant, readCovenant, throughLegalReview, voteOn } from '../factories/covenants.js';
import {
  DESKTOP,
  PHONE,
  WAIT,
  captureOnFailure,
  launchBrowser,
  markNoReload,
  requireBuiltClient,
  screenshot,
  scrollWidth,
  settled,
  wasNotReloaded,
  watchErrors,
  navigateByMenu,
  signInThroughPage,
} from '../helpers/browser.js';

/**
 * A residents' convention (居民公约) on its way to a second version, as a resident sees it on a
 * phone (390 px) and a member of the residents' committee at a desktop, at once. Version 1 is in
 * force (drafted, reviewed and adopted through the API); version 2 changes article 2 and adds
 * article 4. The resident finds it from the menu in 征求意见 and comments on article 2; the
 * committee member sees the comment come in without a reload, waits for the comment period to
 * close, submits the text for legal review; the governance center approves it (API); the member
 * puts it to a representatives' meeting chosen in the form; the vote passes (API) and both screens
 * show it adopted; the member files it with a reference; the resident acknowledges the version in
 * force and reads 已确认, and the member’s count goes up. Nothing is reloaded. Last, the member
 * drafts rules of procedure through the form, a draft the resident does not see.
 */
const SUFFIX = Date.now() % 100000;
const TITLE = `檀溪社区居民公约${SUFFIX}`;
const V1 = [
  { title: '总则', text: '为建设和谐文明社区，经居民代表会议讨论通过，制定本公约。' },
  { title: '环境卫生', text: '垃圾分类投放，不乱扔杂物。' },
  { title: '邻里互助', text: '邻里之间互相尊重、互相帮助。' },
];
const V2 = [
  V1[0]!,
  { title: '环境卫生', text: '垃圾分类定时定点投放，不乱扔杂物，不占用楼道堆放物品。' },
  V1[2]!,
  { title: '文明养犬', text: '出门遛犬须牵绳，及时清理犬只粪便。' },
];
const COMMENT = '建议写明垃圾投放的具体时段，方便上班族。';
const FILING = `檀溪街道备字〔2026〕${SUFFIX}号`;
/** How long version 2 takes comments: the resident's part must fit in it on a two-core machine. */
const COMMENT_WINDOW = 40_000;
/** Longer than WAIT: a change crosses two sockets, a refetch and a render on a two-core machine. */
const LIVE = 2 * WAIT;

let app: TestApp;
/** Real time, so the comment window below runs as a person sees it; version 1's window is skipped. */
const clock = new RealClock();
let cast: MeetingCast;
let reviewer: TestUser;
let resident: TestUser;
let covenantId: string;
let v2Id: string;
let meetingId: string;
let browser: Browser;
const contexts: BrowserContext[] = [];
let phone: Page;
let desk: Page;
const errors: ReturnType<typeof watchErrors>[] = [];

async function open(options: typeof DESKTOP, label: string): Promise<Page> {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(WAIT);
  contexts.push(context);
  const page = await context.newPage();
  errors.push(watchErrors(page, label));
  return page;
}

const signIn = (page: Page, user: TestUser) => signInThroughPage(page, app.url, user, PASSWORD);

const navigate = (page: Page, label: string, path: string) => navigateByMenu(page, app.url, label, path);

const covenantPage = (page: Page): Locator => page.getByTestId('covenant-page');
const article = (page: Page, number: number): Locator => page.locator(`[data-testid="covenant-article"][data-number="${number}"]`);
const status = (page: Page) => covenantPage(page).getAttribute('data-status');

async function fitsThePhone(): Promise<void> {
  await settled(phone);
  expect(await scrollWidth(phone)).toBeLessThanOrEqual(390);
}

beforeAll(async () => {
  requireBuiltClient();
  app = await startTestApp({ clock });
  cast = await createMeetingCast(app);
  resident = cast.owners[0]!;
  reviewer = await createUser(app, { name: '综治中心审查员' });
  await seat(app, reviewer, cast.c.orgs.center.id);

  // Version 1, in force: drafted by the residents' committee, reviewed, adopted by the representatives.
  const drafted = await draftCovenant(app, cast.chair, { communityId: cast.c.gid, kind: 'RESIDENTS_CONVENTION', title: TITLE, articles: V1 });
  covenantId = drafted.id;
  const v1Id = drafted.versions[0].id;
  await throughLegalReview(app, v1Id, cast.chair, reviewer, clock);
  const first = await scheduleMeeting(app, cast.chair, {
    communityId: cast.c.gid,
    kind: 'REPRESENTATIVES',
    title: '居民代表会议：审议居民公约',
    scheduledAt: new Date(Date.now() + 3_600_000).toISOString(),
    convenerId: cast.c.orgs.rc.gid,
    participantIds: [],
    inviteeIds: cast.owners.map((o) => o.gid),
  });
  const motion = await covenantStep(app, 'toVote', cast.chair, { versionId: v1Id, meetingId: first.id, rule: 'SIMPLE_MAJORITY' });
  await step(app, 'start', cast.chair, { meetingId: first.id });
  const closed = await voteOn(app, motion.id, cast.chair, [[cast.chair, 'FOR'], [cast.rc1, 'FOR'], [cast.rc2, 'FOR'], [cast.owners[1]!, 'FOR'], [cast.owners[2]!, 'FOR']]);
  expect(closed.outcome).toBe('PASSED');
  // Version 2, a draft: article 2 changed, article 4 added.
  const v2 = await covenantStep(app, 'revise', cast.chair, { covenantId, articles: V2, changeSummary: '细化垃圾分类要求，增加文明养犬条款' }, 'id number status');
  expect(v2).toMatchObject({ number: 2, status: 'DRAFT' });
  v2Id = v2.id;
  const read = await readCovenant(app, covenantId, cast.chair);
  expect(read.inForce).toMatchObject({ number: 1, status: 'ADOPTED' });

  // The meeting version 2 will be put to, by the committee member in the browser.
  const second = await scheduleMeeting(app, cast.chair, {
    communityId: cast.c.gid,
    kind: 'REPRESENTATIVES',
    title: `居民代表会议：修订居民公约${SUFFIX}`,
    scheduledAt: new Date(Date.now() + 7_200_000).toISOString(),
    convenerId: cast.c.orgs.rc.gid,
    participantIds: [],
    inviteeIds: cast.owners.map((o) => o.gid),
  });
  meetingId = second.id;

  browser = await launchBrowser();
  phone = await open(PHONE, 'resident');
  desk = await open(DESKTOP, 'committee');
});

beforeEach(({ onTestFailed }) => captureOnFailure(onTestFailed, () => ({ 'covenant-resident': phone, 'covenant-committee': desk })));

afterAll(async () => {
  const seen = errors.flatMap((e) => [...e.pageErrors, ...e.consoleErrors]);
  if (seen.length) console.warn(`Browser errors on the covenant pages:\n${seen.join('\n')}`);
  await browser?.close();
  await app?.close();
});

describe('a covenant from public comment to acknowledgement, a resident and a committee member at once', { timeout: 180_000 }, () => {
  let commentsOpenUntil: number;

  it('the resident finds the covenant in 征求意见 from the menu and comments on article 2; the committee member sees it come in', async () => {
    await Promise.all([signIn(phone, resident), signIn(desk, cast.rc1)]);
    // The committee member follows the draft from its page; the resident does not see drafts.
    await desk.goto(`${app.url}/covenants/${encodeURIComponent(covenantId)}`);
    await covenantPage(desk).waitFor();
    expect(await status(desk)).toBe('DRAFT');
    await expect.poll(() => desk.getByTestId('covenant-live').textContent(), { timeout: LIVE }).toContain('实时');
    await markNoReload(desk);

    // 征求意见 opens (the API: the window has to be short, and the browser step is the resident's).
    commentsOpenUntil = Date.now() + COMMENT_WINDOW;
    await covenantStep(app, 'openComment', cast.chair, { versionId: v2Id, until: new Date(commentsOpenUntil).toISOString() });
    await expect.poll(() => status(desk), { timeout: LIVE }).toBe('PUBLIC_COMMENT');

    await navigate(phone, '公约', '/covenants');
    const listed = phone.locator(`[data-testid="covenant-item"][data-covenant-id="${covenantId}"]`);
    await listed.waitFor({ timeout: LIVE });
    expect(await listed.getAttribute('data-status')).toBe('PUBLIC_COMMENT');
    expect(await listed.textContent()).toContain('居民公约');
    expect(await listed.getByTestId('covenant-item-in-force').textContent()).toContain('现行第1版');
    await fitsThePhone();
    await screenshot(phone, 'covenants-phone-list');
    await listed.getByRole('link').click();
    await phone.waitForURL(`${app.url}/covenants/${encodeURIComponent(covenantId)}`);
    await covenantPage(phone).waitFor();
    expect(await status(phone)).toBe('PUBLIC_COMMENT');
    expect(await covenantPage(phone).getAttribute('data-version')).toBe('2');
    await markNoReload(phone);
    // The step bar, the hash, the articles and what changed since version 1.
    expect(await phone.locator('[data-testid="covenant-step"][data-step="PUBLIC_COMMENT"]').getAttribute('data-state')).toBe('current');
    expect(await phone.locator('[data-testid="covenant-step"][data-step="DRAFT"]').getAttribute('data-state')).toBe('done');
    const hash = await phone.getByTestId('covenant-hash').getAttribute('data-hash');
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await phone.getByTestId('covenant-hash').textContent()).toBe(hash!.slice(0, 12));
    expect(await article(phone, 2).textContent()).toContain(V2[1]!.text);
    expect(await phone.getByTestId('covenant-article').count()).toBe(4);
    const summary = phone.getByTestId('covenant-diff-summary');
    await summary.waitFor({ timeout: LIVE });
    expect(await summary.getAttribute('data-added')).toBe('1');
    expect(await summary.getAttribute('data-modified')).toBe('1');
    expect(await summary.getAttribute('data-removed')).toBe('0');
    expect(await phone.locator('[data-testid="diff-article"][data-number="2"]').getAttribute('data-change')).toBe('MODIFIED');
    expect(await phone.locator('[data-testid="diff-article"][data-number="4"]').getAttribute('data-change')).toBe('ADDED');
    await fitsThePhone();

    await article(phone, 2).getByTestId('article-comment-open').click();
    await article(phone, 2).getByTestId('comment-form-body').locator('textarea').fill(COMMENT);
    await article(phone, 2).getByTestId('comment-form-submit').click();
    // The resident reads their own comment under article 2…
    await article(phone, 2).getByTestId('covenant-comment').filter({ hasText: COMMENT }).waitFor({ timeout: LIVE });
    // …and the committee member, who reads every comment, sees it arrive under the same article.
    const arrived = article(desk, 2).getByTestId('covenant-comment').filter({ hasText: COMMENT });
    await arrived.waitFor({ timeout: LIVE });
    expect(await arrived.getAttribute('data-article-number')).toBe('2');
    expect(await arrived.textContent()).toContain(resident.name);
    expect(await desk.getByTestId('covenant-comments').getAttribute('data-count')).toBe('1');
    expect(await wasNotReloaded(desk)).toBe(true);
    await fitsThePhone();
    await screenshot(phone, 'covenants-phone-comment');
    await screenshot(desk, 'covenants-desktop-comment');
  });

  it('once comments close the committee member submits it for legal review; the review (API) lets them put it to a meeting they choose', async () => {
    const submit = desk.getByTestId('covenant-step-submitReview');
    // Before the deadline the step waits, and says until when.
    if (Date.now() < commentsOpenUntil - 2_000) {
      expect(await submit.isDisabled()).toBe(true);
      expect(await desk.getByTestId('submit-review-wait').isVisible()).toBe(true);
    }
    await expect.poll(() => submit.isEnabled(), { timeout: COMMENT_WINDOW + LIVE }).toBe(true);
    await submit.click();
    for (const page of [desk, phone]) await expect.poll(() => status(page), { timeout: LIVE }).toBe('LEGAL_REVIEW');
    expect(await phone.locator('[data-testid="covenant-step"][data-step="LEGAL_REVIEW"]').getAttribute('data-state')).toBe('current');
    // Comments are closed: the resident's form is gone.
    expect(await phone.getByTestId('article-comment-open').count()).toBe(0);

    // 合法性审查 by the community's governance center.
    await covenantStep(app, 'review', reviewer, { versionId: v2Id, approved: true, note: '经审查，公约内容符合法律法规规定' });
    for (const page of [desk, phone]) {
      await expect.poll(() => page.getByTestId('covenant-review').getAttribute('data-approved'), { timeout: LIVE }).toBe('true');
    }

    await desk.getByTestId('covenant-step-putToVote').click();
    await desk.getByTestId('vote-meeting').click();
    await desk.locator('.n-base-select-option').filter({ hasText: `修订居民公约${SUFFIX}` }).click();
    await desk.getByTestId('vote-rule-SIMPLE_MAJORITY').click();
    await desk.getByTestId('vote-submit').click();
    for (const page of [desk, phone]) await expect.poll(() => status(page), { timeout: LIVE }).toBe('VOTING');
    const resolution = desk.getByTestId('covenant-resolution');
    await resolution.waitFor({ timeout: LIVE });
    expect(await resolution.textContent()).toContain(`修订居民公约${SUFFIX}`);
    expect(await wasNotReloaded(desk)).toBe(true);
    expect(await wasNotReloaded(phone)).toBe(true);
  });

  it('the representatives pass it (API): both see it adopted and version 1 superseded; the member files it with its reference', async () => {
    const resolutionId = await desk.getByTestId('covenant-resolution').getAttribute('data-resolution-id');
    await step(app, 'start', cast.chair, { meetingId });
    const closed = await voteOn(app, resolutionId!, cast.chair, [[cast.chair, 'FOR'], [cast.rc1, 'FOR'], [cast.rc2, 'FOR'], [cast.owners[1]!, 'FOR'], [cast.owners[3]!, 'AGAINST']]);
    expect(closed.outcome).toBe('PASSED');
    for (const page of [desk, phone]) {
      await expect.poll(() => status(page), { timeout: LIVE }).toBe('ADOPTED');
      await expect.poll(() => page.getByTestId('covenant-resolution').getAttribute('data-outcome'), { timeout: LIVE }).toBe('PASSED');
      await expect.poll(() => page.locator('[data-testid="covenant-version"][data-number="1"]').getAttribute('data-status'), { timeout: LIVE }).toBe('SUPERSEDED');
    }
    expect(await phone.locator('[data-testid="covenant-step"][data-step="ADOPTED"]').getAttribute('data-state')).toBe('done');

    await desk.getByTestId('covenant-step-file').click();
    await desk.getByTestId('filing-reference').locator('input').fill(FILING);
    await desk.getByTestId('filing-submit').click();
    for (const page of [desk, phone]) {
      await expect.poll(() => status(page), { timeout: LIVE }).toBe('FILED');
      await expect.poll(() => page.getByTestId('covenant-filing').textContent(), { timeout: LIVE }).toContain(FILING);
    }
    await fitsThePhone();
  });

  it('the resident acknowledges the version in force and reads 已确认; the committee member’s count goes up', async () => {
    expect(await desk.getByTestId('ack-stats').getAttribute('data-count')).toBe('0');
    const button = phone.getByTestId('ack-button');
    await button.waitFor({ timeout: LIVE });
    await button.click();
    const state = phone.getByTestId('ack-state');
    await state.waitFor({ timeout: LIVE });
    await expect.poll(() => state.textContent(), { timeout: LIVE }).toMatch(/已确认 · .*\d/);
    expect(await phone.getByTestId('ack-button').count()).toBe(0);
    await expect.poll(() => desk.getByTestId('ack-stats').getAttribute('data-count'), { timeout: LIVE }).toBe('1');
    expect(await wasNotReloaded(desk)).toBe(true);
    expect(await wasNotReloaded(phone)).toBe(true);
    await fitsThePhone();
    await screenshot(phone, 'covenants-phone-acknowledged');
    await screenshot(desk, 'covenants-desktop-filed');

    // The list says so too.
    await navigate(phone, '公约', '/covenants');
    const listed = phone.locator(`[data-testid="covenant-item"][data-covenant-id="${covenantId}"]`);
    await listed.getByTestId('covenant-item-acknowledged').waitFor({ timeout: LIVE });
    expect(await listed.getAttribute('data-status')).toBe('FILED');
    await fitsThePhone();
  });

  it('the committee member drafts rules of procedure through the form; the draft is theirs alone', async () => {
    await navigate(desk, '公约', '/covenants');
    await desk.getByTestId('covenants-new').click();
    await desk.waitForURL(`${app.url}/covenants/new`);
    await desk.getByTestId('covenant-form-kind-PROCEDURE_RULES').click();
    await desk.getByTestId('covenant-form-title').locator('input').fill(`居民议事规则${SUFFIX}`);
    await desk.getByTestId('covenant-form-article-text').first().locator('textarea').fill('议事会每月召开一次，由社区党组织召集。');
    await desk.getByTestId('covenant-form-article-add').click();
    await desk.getByTestId('covenant-form-article-title').nth(1).locator('input').fill('表决');
    await desk.getByTestId('covenant-form-article-text').nth(1).locator('textarea').fill('议事事项经到会代表过半数同意即为通过。');
    await desk.getByTestId('covenant-form-submit').click();
    await desk.waitForURL(/\/covenants\/(?!new)[^/]+$/, { timeout: LIVE });
    await covenantPage(desk).waitFor();
    expect(await status(desk)).toBe('DRAFT');
    expect(await covenantPage(desk).getAttribute('data-kind')).toBe('PROCEDURE_RULES');
    expect(await desk.getByTestId('covenant-article').count()).toBe(2);
    expect(await article(desk, 2).textContent()).toContain('表决');
    expect(await desk.getByTestId('covenant-step-openComment').isVisible()).toBe(true);
    // A resident does not see a draft: the phone's list still holds the one covenant.
    await phone.reload();
    await phone.getByTestId('covenant-item').first().waitFor({ timeout: LIVE });
    expect(await phone.getByTestId('covenant-item').count()).toBe(1);
    expect(errors.flatMap((e) => e.pageErrors)).toEqual([]);
  });
});

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { ok } from '../helpers/graphql.js';
import { createCommunity, createUser, MemberRole, PASSWORD, reside, seat, type TestCommunity, type TestUser } from '../factories/index.js';
import { DESKTOP, PHONE, WAIT, captureOnFailure, launchBrowser, navigateByMenu, requireBuiltClient, scrollWidth, signInThroughPage, watchErrors } from '../helpers/browser.js';

/**
 * 说事议事室 in the browser: a resident on a phone proposes; nine neighbours support it through the
 * API and the tenth on her own phone; the proposal lands on the party committee's 待议事 list live
 * (no reload); a member accepts it as a matter and the proposer sees the link arrive. A second
 * proposal is declined with a reason the proposer reads.
 */
const LIVE = 2 * WAIT;
const TITLE = `楼道加装扶手${Date.now() % 100000}`;
const SECOND = `中心花园改停车场${Date.now() % 100000}`;
const REASON = '中心花园属于小区绿地，不得改变用途。';

let app: TestApp;
let c: TestCommunity;
let proposer: TestUser;
let tenth: TestUser;
let party: TestUser;
let neighbours: TestUser[];
let browser: Browser;
const contexts: BrowserContext[] = [];
const errors: ReturnType<typeof watchErrors>[] = [];
let proposerPage: Page;
let tenthPage: Page;
let partyPage: Page;
let proposalUrl = '';

async function open(label: string, options: typeof PHONE): Promise<Page> {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(WAIT);
  contexts.push(context);
  const page = await context.newPage();
  errors.push(watchErrors(page, label));
  return page;
}

const item = (page: Page, title: string): Locator => page.getByTestId('proposal-item').filter({ hasText: title });
const support = (proposalId: string, by: TestUser) => ok(app.url, `mutation($input: ProposalRefInput!) { supportProposal(input: $input) { status } }`, { input: { proposalId } }, by.token);

beforeAll(async () => {
  requireBuiltClient();
  app = await startTestApp();
  c = await createCommunity(app, '檀溪社区');
  proposer = await createUser(app, { name: '周丽娟' });
  tenth = await createUser(app, { name: '吴晓东' });
  party = await createUser(app, { name: '王秀兰' });
  neighbours = await Promise.all(Array.from({ length: 10 }, (_, i) => createUser(app, { name: `邻居${i + 1}` })));
  for (const u of [proposer, tenth, ...neighbours]) await reside(app, u, c.id);
  await seat(app, party, c.orgs.party.id, MemberRole.MEMBER);
  browser = await launchBrowser();
  proposerPage = await open('proposer', PHONE);
  tenthPage = await open('tenth', PHONE);
  partyPage = await open('party', DESKTOP);
  await Promise.all([
    signInThroughPage(proposerPage, app.url, proposer, PASSWORD),
    signInThroughPage(tenthPage, app.url, tenth, PASSWORD),
    signInThroughPage(partyPage, app.url, party, PASSWORD),
  ]);
});

beforeEach(({ onTestFailed }) => captureOnFailure(onTestFailed, () => ({ 'proposal-proposer': proposerPage, 'proposal-tenth': tenthPage, 'proposal-party': partyPage })));

afterAll(async () => {
  const seen = errors.flatMap((e) => [...e.pageErrors, ...e.consoleErrors]);
  if (seen.length) console.warn(`Browser errors during the proposals walk:\n${seen.join('\n')}`);
  await browser?.close();
  await app?.close();
});

describe('说事议事室: propose, support, 议事, accept or decline', { timeout: 240_000 }, () => {
  it('a resident proposes from the menu on a phone', async () => {
    await navigateByMenu(proposerPage, app.url, '说事议事室', '/proposals');
    await proposerPage.getByTestId('proposal-new').click();
    const form = proposerPage.getByTestId('proposal-new-form');
    await form.getByTestId('proposal-title').locator('input').fill(TITLE);
    await form.getByTestId('proposal-body').locator('textarea').fill('2栋、3栋住着不少老人，楼梯没有扶手，上下楼很吃力。建议每个单元楼道加装扶手。');
    await form.getByTestId('proposal-submit').click();
    await proposerPage.waitForURL(/\/proposals\/[^/]+$/);
    proposalUrl = proposerPage.url();
    expect(await proposerPage.getByTestId('proposal-page').getAttribute('data-status')).toBe('OPEN');
    expect(await proposerPage.getByTestId('proposal-supporters').textContent()).toContain('0 / 10');
    // Her own proposal: no support button for her.
    expect(await proposerPage.getByTestId('proposal-support').count()).toBe(0);
    expect(await scrollWidth(proposerPage)).toBeLessThanOrEqual(390);
  });

  it('nine neighbours support it; the tenth on her phone sends it to the party committee, whose 待议事 list shows it live', async () => {
    const proposalId = decodeURIComponent(proposalUrl.split('/').pop()!);
    // The party committee's 议事 list, open before it gets there.
    await navigateByMenu(partyPage, app.url, '说事议事室', '/proposals');
    await partyPage.getByTestId('proposals-tab-agenda').click();
    await partyPage.waitForURL(`${app.url}/proposals?tab=agenda`);
    await expect.poll(() => partyPage.getByTestId('proposals-live').textContent(), { timeout: LIVE }).toContain('实时');
    expect(await item(partyPage, TITLE).count()).toBe(0);

    for (const u of neighbours.slice(0, 9)) expect((await support(proposalId, u)).supportProposal.status).toBe('OPEN');
    // The proposer watches the count move.
    await expect.poll(() => proposerPage.getByTestId('proposal-supporters').textContent(), { timeout: LIVE }).toContain('9 / 10');

    await tenthPage.goto(proposalUrl);
    await tenthPage.getByTestId('proposal-support').click();
    await expect.poll(() => tenthPage.getByTestId('proposal-page').getAttribute('data-status'), { timeout: LIVE }).toBe('SUBMITTED');

    await item(partyPage, TITLE).waitFor({ timeout: LIVE });
    expect(await item(partyPage, TITLE).getAttribute('data-status')).toBe('SUBMITTED');
    await expect.poll(() => proposerPage.getByTestId('proposal-page').getAttribute('data-status'), { timeout: LIVE }).toBe('SUBMITTED');
  });

  it('a member accepts it as a matter; the proposer sees the link to the matter', async () => {
    await item(partyPage, TITLE).getByRole('link').click();
    await partyPage.getByTestId('proposal-accept').click();
    await expect.poll(() => partyPage.getByTestId('proposal-page').getAttribute('data-status'), { timeout: LIVE }).toBe('ACCEPTED');
    const link = proposerPage.getByTestId('proposal-matter');
    await link.waitFor({ timeout: LIVE });
    expect(await link.textContent()).toContain(TITLE);
    expect(await link.textContent()).toContain('议事');
    await link.click();
    await proposerPage.waitForURL(`${app.url}/matters`);
  });

  it('another is declined with a reason the proposer reads', async () => {
    const { createProposal } = await ok(
      app.url,
      `mutation($input: CreateProposalInput!) { createProposal(input: $input) { id } }`,
      { input: { communityId: c.gid, title: SECOND, body: '晚上停车难，建议把中心花园改成停车位。' } },
      proposer.token,
    );
    for (const u of [tenth, ...neighbours.slice(0, 9)]) await support(createProposal.id, u);
    await partyPage.goto(`${app.url}/proposals?tab=agenda`);
    await item(partyPage, SECOND).getByRole('link').click();
    // A blank reason is not sent: the form says why.
    await partyPage.getByTestId('proposal-decline').click();
    const form = partyPage.getByTestId('proposal-decline-form');
    await form.getByTestId('proposal-decline-submit').click();
    await form.getByText('请填写理由，居民都能看到').waitFor();
    await form.getByTestId('proposal-decline-reason-input').locator('textarea').fill(REASON);
    await form.getByTestId('proposal-decline-submit').click();
    await expect.poll(() => partyPage.getByTestId('proposal-page').getAttribute('data-status'), { timeout: LIVE }).toBe('DECLINED');

    await proposerPage.goto(`${app.url}/proposals?tab=mine`);
    await item(proposerPage, SECOND).getByRole('link').click();
    await expect.poll(() => proposerPage.getByTestId('proposal-decline-reason').textContent(), { timeout: LIVE }).toBe(REASON);
    expect(await proposerPage.getByTestId('proposal-status').textContent()).toContain('不予立项');
  });
});

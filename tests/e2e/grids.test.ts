/// <reference lib="dom" />
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DESKTOP, PHONE, captureOnFailure, launchBrowser, requireBuiltClient, scrollWidth, signInThroughPage, WAIT } from '../helpers/browser.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { ok } from '../helpers/graphql.js';
import { createCommunity, createUser, em, MemberRole, PASSWORD, reside, seat, type TestCommunity, type TestUser } from '../factories/index.js';
import { Building } from '../../server/communities/index.js';
import { toGlobalId } from '../../server/core/ids.js';

// 网格 (issue 13 part 1) in the browser, zh-CN: the admin divides the buildings into grids and
// assigns the grid worker (a building already in a grid is refused, nothing changed); the grid
// worker on a phone (390 px) sees their grid's issues by default and records a screening round
// that found a dispute, registers it, and the coverage per grid and month moves; a party member
// registers from their phone, the party organization verifies, and they are in the station's pool.
let app: TestApp;
let browser: Browser;
let c: TestCommunity;
const u: Record<'admin' | 'worker' | 'resident' | 'member' | 'secretary', TestUser> = {} as never;
const shown: Record<string, Page | undefined> = {};
const b: Record<string, string> = {};

beforeAll(async () => {
  requireBuiltClient();
  app = await startTestApp();
  browser = await launchBrowser();
  c = await createCommunity(app, '网格测试社区');
  const e = em(app);
  const [one] = await e.find(Building, { community: c.id });
  const more = ['2栋', '3栋'].map((name) => e.create(Building, { community: c.id, name }));
  await e.flush();
  for (const x of [one!, ...more]) b[x.name] = toGlobalId('Building', x.id);
  u.admin = await createUser(app, { name: '平台管理员', admin: true });
  u.worker = await createUser(app, { name: '网格员马军' });
  await seat(app, u.worker, c.orgs.rc.id, MemberRole.GRID_WORKER);
  u.resident = await createUser(app, { name: '居民甲' });
  await reside(app, u.resident, c.id);
  u.member = await createUser(app, { name: '下沉党员孙志刚' });
  await reside(app, u.member, c.id);
  u.secretary = await createUser(app, { name: '党委书记' });
  await seat(app, u.secretary, c.orgs.party.id, MemberRole.CHAIR);
  for (const [building, title] of [['1栋', '一栋楼道灯不亮'], ['3栋', '三栋水管漏水']] as const) {
    await ok(app.url, `mutation($input: SubmitIssueInput!) { submitIssue(input: $input) { id } }`, {
      input: { communityId: c.gid, title, body: '请尽快处理。', category: 'FACILITY', buildingId: b[building] },
    }, u.resident.token);
  }
}, 120_000);
beforeEach(({ onTestFailed }) => captureOnFailure(onTestFailed, () => shown));
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function open(name: string, who: TestUser, options = DESKTOP): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(WAIT);
  const page = await context.newPage();
  shown[name] = page;
  await signInThroughPage(page, app.url, who, PASSWORD);
  return { context, page };
}

const gridsOf = async () =>
  (await ok(app.url, `query($id: ID!) { community(id: $id) { grids { name buildings { name } workers { user { id } } } } }`, { id: c.gid }, u.admin.token)).community.grids as {
    name: string;
    buildings: { name: string }[];
    workers: { user: { id: string } }[];
  }[];

describe('grids in the browser', { timeout: 180_000 }, () => {
  it('the admin divides the buildings into grids and assigns the grid worker; a building of another grid is refused', async () => {
    const { context, page } = await open('admin', u.admin);
    await page.goto(`${app.url}/admin/communities/${encodeURIComponent(c.gid)}`);
    await page.locator('.n-tabs-tab').filter({ hasText: /^网格$/ }).click();
    const admin = page.getByTestId('grids-admin');
    const create = async (name: string) => {
      await admin.getByTestId('grid-new-name').locator('input').fill(name);
      await admin.getByTestId('grid-create').click();
      await admin.locator(`[data-testid="grid-card"][data-name="${name}"]`).waitFor();
    };
    await create('第一网格');
    const first = admin.locator('[data-testid="grid-card"][data-name="第一网格"]');
    await first.getByTestId('grid-building-1栋').click();
    await first.getByTestId('grid-building-2栋').click();
    await first.getByTestId('grid-save-buildings').click();
    await expect.poll(async () => (await gridsOf()).find((g) => g.name === '第一网格')?.buildings.map((x) => x.name)).toEqual(['1栋', '2栋']);
    await create('第二网格');
    const second = admin.locator('[data-testid="grid-card"][data-name="第二网格"]');
    // 1栋 is in 第一网格: the server refuses, says why, and nothing changes.
    await second.getByTestId('grid-building-1栋').click();
    await second.getByTestId('grid-building-3栋').click();
    await second.getByTestId('grid-save-buildings').click();
    await page.locator('.n-message').filter({ hasText: '已在其他网格' }).waitFor();
    expect((await gridsOf()).find((g) => g.name === '第二网格')?.buildings).toEqual([]);
    await second.getByTestId('grid-building-1栋').click();
    await second.getByTestId('grid-save-buildings').click();
    await expect.poll(async () => (await gridsOf()).find((g) => g.name === '第二网格')?.buildings.map((x) => x.name)).toEqual(['3栋']);
    // The grid worker to 第一网格.
    await first.getByTestId('grid-worker-select').click();
    await page.locator('.n-base-select-option').filter({ hasText: '网格员马军' }).first().click();
    await first.getByTestId('grid-assign').click();
    await first.getByTestId('grid-worker').filter({ hasText: '网格员马军' }).waitFor();
    expect((await gridsOf()).find((g) => g.name === '第一网格')?.workers).toEqual([{ user: { id: u.worker.gid } }]);
    // A third grid renamed: a name taken is refused and changes nothing; a free one is taken, the party branch with it.
    await create('第三网格');
    const third = admin.locator('[data-testid="grid-card"][data-name="第三网格"]');
    await third.getByTestId('grid-rename').click();
    await third.getByTestId('grid-rename-input').locator('input').fill('第一网格');
    await third.getByTestId('grid-rename-save').click();
    await page.locator('.n-message').filter({ hasText: '本社区已有同名网格' }).waitFor();
    expect((await gridsOf()).map((g) => g.name).sort()).toEqual(['第一网格', '第三网格', '第二网格'].sort());
    await third.getByTestId('grid-rename-input').locator('input').fill('东区网格');
    await third.getByTestId('grid-rename-input').locator('input').press('Enter');
    const renamed = admin.locator('[data-testid="grid-card"][data-name="东区网格"]');
    await renamed.waitFor();
    expect(await renamed.textContent()).toContain('网格党支部：东区网格党支部');
    expect((await gridsOf()).map((g) => g.name).sort()).toEqual(['第一网格', '东区网格', '第二网格'].sort());
    // Live: a grid made elsewhere (through the API) shows here without a reload.
    await ok(app.url, `mutation($input: CreateGridInput!) { createGrid(input: $input) { id } }`, { input: { communityId: c.gid, name: '西区网格' } }, u.admin.token);
    await admin.locator('[data-testid="grid-card"][data-name="西区网格"]').waitFor({ timeout: 2 * WAIT });
    // Deleting, after a confirm: a grid with buildings is refused in words and stays; an empty one goes.
    const confirmDelete = async (card: typeof second) => {
      await card.getByTestId('grid-delete').click();
      await page.locator('.n-popconfirm').getByRole('button', { name: '确认' }).click();
    };
    await confirmDelete(second);
    await page.locator('.n-message').filter({ hasText: '请先把它的楼栋移到别的网格：3栋' }).waitFor();
    expect((await gridsOf()).some((g) => g.name === '第二网格')).toBe(true);
    await confirmDelete(admin.locator('[data-testid="grid-card"][data-name="西区网格"]'));
    await page.locator('.n-message').filter({ hasText: '网格已删除' }).waitFor();
    await expect.poll(async () => (await gridsOf()).map((g) => g.name).sort(), { timeout: WAIT }).toEqual(['第一网格', '东区网格', '第二网格'].sort());
    await expect.poll(() => admin.locator('[data-testid="grid-card"][data-name="西区网格"]').count(), { timeout: WAIT }).toBe(0);
    await context.close();
  });

  it('the grid worker on a phone sees their grid by default and records a screening round', async () => {
    const { context, page } = await open('worker', u.worker, PHONE);
    await page.goto(`${app.url}/issues`);
    await page.locator('[data-testid="grid-only"][data-on="true"]').waitFor();
    await page.getByTestId('issue-title').filter({ hasText: '一栋楼道灯不亮' }).waitFor();
    await expect.poll(() => page.getByTestId('issue-title').filter({ hasText: '三栋水管漏水' }).count()).toBe(0);
    // Switched off: the whole community.
    await page.getByTestId('grid-only').locator('.n-switch').click();
    await page.getByTestId('issue-title').filter({ hasText: '三栋水管漏水' }).waitFor();
    expect(await scrollWidth(page)).toBeLessThanOrEqual(390);

    await page.goto(`${app.url}/grids/screening`);
    const form = page.getByTestId('screening-form');
    await form.waitFor();
    // Their grid's buildings, all ticked; 3栋 is another grid's.
    await form.getByTestId('screening-building-1栋').waitFor();
    expect(await form.getByTestId('screening-building-3栋').count()).toBe(0);
    await form.getByTestId('screening-found').click();
    await form.getByTestId('screening-note').locator('textarea').fill('2栋邻里因噪音起争执');
    await page.getByTestId('screening-submit').click();
    const dispute = page.getByTestId('screening-dispute-form');
    await dispute.waitFor();
    await dispute.getByTestId('screening-dispute-title').locator('input').fill('楼上噪音扰民');
    await dispute.getByTestId('screening-dispute-description').locator('textarea').fill('2栋楼上夜间噪音，楼下多次沟通未果。');
    await dispute.getByTestId('screening-dispute-applicant').locator('input').fill('楼下住户');
    await dispute.getByTestId('screening-dispute-respondent').locator('input').fill('楼上住户');
    await page.getByTestId('screening-dispute-submit').click();
    await dispute.waitFor({ state: 'hidden' });
    await page.locator('[data-testid="screening-round"][data-nothing-found="false"]').filter({ hasText: '登记纠纷 1 件' }).waitFor();
    // The coverage of 第一网格 this month: one round, both buildings covered.
    const row = page.locator('[data-testid="coverage-row"][data-grid="第一网格"]').last();
    await expect.poll(() => row.getAttribute('data-rounds')).toBe('1');
    expect(await row.getAttribute('data-covered')).toBe('2');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(390);
    const rounds = (await ok(app.url, `query($c: ID!) { screeningRounds(communityId: $c, first: 5) { edges { node { nothingFound disputeCount buildings { name } } } } }`, { c: c.gid }, u.worker.token)).screeningRounds.edges;
    expect(rounds.map((e: { node: unknown }) => e.node)).toEqual([{ nothingFound: false, disputeCount: 1, buildings: [{ name: '1栋' }, { name: '2栋' }] }]);
    // A round recorded elsewhere (the same grid's screener on another phone) shows on the open
    // page live, with its coverage, without a reload.
    await page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
    const building1 = (await ok(app.url, `query($id: ID!) { community(id: $id) { buildings { id name } } }`, { id: c.gid }, u.worker.token)).community.buildings.find((b: { name: string }) => b.name === '1栋').id;
    await ok(app.url, `mutation($input: RecordScreeningRoundInput!) { recordScreeningRound(input: $input) { id } }`, {
      input: { communityId: c.gid, heldAt: new Date(Date.now() - 60_000).toISOString(), buildingIds: [building1], nothingFound: true },
    }, u.worker.token);
    await page.locator('[data-testid="screening-round"][data-nothing-found="true"]').waitFor({ timeout: WAIT });
    await expect.poll(() => row.getAttribute('data-rounds'), { timeout: WAIT }).toBe('2');
    expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);
    await context.close();
  });

  it('a party member registers from their phone, the party organization verifies, and they are in the station\'s pool', async () => {
    const m = await open('member', u.member, PHONE);
    await m.page.goto(`${app.url}/party-members`);
    const form = m.page.getByTestId('party-register-form');
    await form.waitFor();
    await form.getByTestId('party-register-station').click();
    await m.page.locator('.n-base-select-option').filter({ hasText: '红色驿站' }).first().click();
    await form.getByTestId('party-register-organization').locator('input').fill('襄阳市住建局机关党支部');
    await m.page.getByTestId('party-register-submit').click();
    await m.page.locator('[data-testid="party-mine"][data-status="PENDING"]').waitFor();
    expect(await scrollWidth(m.page)).toBeLessThanOrEqual(390);

    const s = await open('secretary', u.secretary, PHONE);
    await s.page.goto(`${app.url}/party-members`);
    const pending = s.page.locator('[data-testid="party-pending"][data-name="下沉党员孙志刚"]');
    await pending.getByTestId('party-verify').click();
    await s.page.locator('[data-testid="pool-member"][data-name="下沉党员孙志刚"][data-party="true"]').waitFor();
    await s.context.close();

    // Live on the member's phone: verified, without a reload.
    await m.page.locator('[data-testid="party-mine"][data-status="VERIFIED"]').waitFor({ timeout: 2 * WAIT });
    await m.page.locator('[data-testid="pool-member"][data-name="下沉党员孙志刚"]').waitFor();
    await m.context.close();
  });
});

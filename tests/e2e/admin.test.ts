import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import writeExcelFile from 'write-excel-file/node';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { errorCode, ok } from '../helpers/graphql.js';
import {
  createCommunity,
  createOrganizationAbove,
  createUser,
  em,
  reside,
  seat,
  MemberRole,
  OrganizationKind,
  RegionLevel,
  TANXI,
  PASSWORD,
  type TestCommunity,
  type TestUser,
} from '../factories/index.js';
import { Community } from '../../server/communities/community.entity.js';
import { Unit } from '../../server/communities/unit.entity.js';
import { toGlobalId } from '../../server/core/ids.js';
import { DESKTOP, WAIT, captureOnFailure, launchBrowser, navigateByMenu, requireBuiltClient, signInThroughPage, watchErrors } from '../helpers/browser.js';

/**
 * 平台管理 in the browser. The platform admin finds the area in the menu, creates a community, gives
 * it a residents' committee and a property manager, appoints the committee's chair by their phone
 * number, changes a member's role on its row (the only chair stays one), imports flats from a CSV
 * whose bad rows are named by row number and corrected in place, then 260 flats from an .xlsx file
 * in batches (and the same file again duplicates nothing), deletes a flat and a building (one in
 * use is refused, saying what uses it), and revokes the sessions of an account, whose token then
 * authenticates nothing. A plain resident sees no such menu entry, is sent away from /admin, and
 * the API refuses them.
 */
const SUFFIX = Date.now() % 100000;
const COMMUNITY = `翠湖社区${SUFFIX}`;
/** Longer than WAIT: a batch of flats is written and the community read again on two cores (each step's test has two minutes). */
const SLOW = 3 * WAIT;

let app: TestApp;
let browser: Browser;
let admin: TestUser;
let chairToBe: TestUser;
let departing: TestUser;
let deputy: TestUser;
let resident: TestUser;
let home: TestCommunity;
let elsewhere: TestCommunity;
let townshipStaff: TestUser;
let dir: string;
const contexts: BrowserContext[] = [];
let page: Page;
const errors: ReturnType<typeof watchErrors>[] = [];

async function open(label: string): Promise<Page> {
  const context = await browser.newContext(DESKTOP);
  context.setDefaultTimeout(WAIT);
  contexts.push(context);
  const p = await context.newPage();
  errors.push(watchErrors(p, label));
  return p;
}

async function choose(p: Page, testId: string, option: string): Promise<void> {
  await p.getByTestId(testId).click();
  await p.locator('.n-base-select-option').filter({ hasText: option }).first().click();
}

/** As `choose`, among the options of the menu open now (a menu closed before may stay in the page, hidden). */
async function chooseShown(p: Page, testId: string, option: string): Promise<void> {
  await p.getByTestId(testId).click();
  await p.locator('.n-base-select-option:visible').filter({ hasText: option }).first().click();
}

const fill = (p: Page, testId: string, value: string) => p.getByTestId(testId).locator('input').fill(value);

async function upload(p: Page, path: string): Promise<void> {
  await p.getByTestId('import-upload').locator('input[type=file]').setInputFiles(path);
  await p.getByTestId('import-preview').waitFor();
}

const communityId = async () => (await em(app).findOneOrFail(Community, { name: COMMUNITY })).id;
const flatsOf = async (id: string) => em(app).count(Unit, { building: { community: id } });

beforeAll(async () => {
  requireBuiltClient();
  app = await startTestApp();
  admin = await createUser(app, { admin: true, name: '平台管理员' });
  chairToBe = await createUser(app, { name: '新任主任林芳' });
  departing = await createUser(app, { name: '离职人员赵磊' });
  deputy = await createUser(app, { name: '委员孙丽' });
  home = await createCommunity(app, '居民之家');
  resident = await createUser(app, { name: '普通居民钱多' });
  await reside(app, resident, home.id);
  elsewhere = await createCommunity(app, '米公辖内', { city: '襄阳市', county: '襄城区', township: '米公街道' });
  const center = await createOrganizationAbove(app, { kind: OrganizationKind.GOVERNANCE_CENTER, name: '檀溪街道综治中心', level: RegionLevel.TOWNSHIP, ...TANXI });
  townshipStaff = await createUser(app, { name: '街道干部周敏' });
  await seat(app, townshipStaff, center.id, MemberRole.STAFF);
  dir = await mkdtemp(join(tmpdir(), 'gongzhi-admin-'));
  browser = await launchBrowser();
  page = await open('admin');
});

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await app?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

beforeEach(({ onTestFailed }) => captureOnFailure(onTestFailed, () => ({ admin: page })));

describe('the platform admin', () => {
  it('finds 平台管理 in the menu and creates a community', async () => {
    await signInThroughPage(page, app.url, admin, PASSWORD);
    await navigateByMenu(page, app.url, '平台管理', '/admin');
    await page.getByTestId('admin-accounts-link').waitFor();
    // The form says what is missing before anything is sent.
    await page.getByTestId('community-submit').click();
    await page.getByText('请填写社区名称').waitFor();
    await fill(page, 'community-name', COMMUNITY);
    await fill(page, 'community-township', '檀溪街道');
    await fill(page, 'community-county', '襄城区');
    await fill(page, 'community-city', '襄阳市');
    await page.getByTestId('community-submit').click();
    await page.waitForURL(/\/admin\/communities\/[^/]+$/);
    expect(await page.getByTestId('admin-community-title').textContent()).toContain(COMMUNITY);
    expect(page.url()).toBe(`${app.url}/admin/communities/${toGlobalId('Community', await communityId())}`);
  }, 120_000);

  it('gives it its organizations, appoints the chair by phone number and removes a seat', async () => {
    for (const [kind, name] of [['居委会', `${COMMUNITY}居委会`], ['物业', `${COMMUNITY}物业`]] as const) {
      await choose(page, 'org-kind', kind);
      await fill(page, 'org-name', name);
      await page.getByTestId('org-submit').click();
      await page.getByTestId(`admin-organization-${name}`).waitFor();
    }
    await choose(page, 'appoint-organization', `${COMMUNITY}居委会`);
    // A phone nobody signed up with is said so, and nothing is appointed.
    await fill(page, 'appoint-phone', '13000000000');
    await choose(page, 'appoint-role', '主任');
    await page.getByTestId('appoint-submit').click();
    expect(await page.getByTestId('appoint-failure').textContent()).toContain('没有这个手机号的账号');
    await fill(page, 'appoint-phone', chairToBe.phone);
    await page.getByTestId('appoint-submit').click();
    const card = page.getByTestId(`admin-organization-${COMMUNITY}居委会`);
    await card.getByTestId(`admin-member-${chairToBe.name}`).waitFor();
    expect(await card.getByTestId(`admin-member-${chairToBe.name}`).textContent()).toContain('主任');
    const me = await ok(app.url, `{ me { memberships { role organization { name } } } }`, {}, chairToBe.token);
    expect(me.me.memberships).toEqual([{ role: 'CHAIR', organization: { name: `${COMMUNITY}居委会` } }]);
    // A seat given by mistake is taken away again.
    await choose(page, 'appoint-organization', `${COMMUNITY}物业`);
    await fill(page, 'appoint-phone', departing.phone);
    await choose(page, 'appoint-role', '工作人员');
    await page.getByTestId('appoint-submit').click();
    const pm = page.getByTestId(`admin-organization-${COMMUNITY}物业`);
    await pm.getByTestId(`admin-member-${departing.name}`).waitFor();
    await pm.getByTestId(`admin-remove-${departing.name}`).click();
    await page.locator('.n-popconfirm').getByRole('button', { name: '确认' }).click();
    await pm.getByTestId(`admin-member-${departing.name}`).waitFor({ state: 'detached' });
    expect((await ok(app.url, `{ me { memberships { id } } }`, {}, departing.token)).me.memberships).toEqual([]);
  }, 120_000);

  it("changes a member's role on its row: the only chair stays, a member becomes 网格员", async () => {
    const rc = page.getByTestId(`admin-organization-${COMMUNITY}居委会`);
    const myRoles = async (u: TestUser) => (await ok(app.url, `{ me { memberships { role organization { name } } } }`, {}, u.token)).me.memberships;
    // The only chair cannot step down: the refusal is a toast, and the row still says 主任.
    await chooseShown(page, `admin-role-${chairToBe.name}`, '成员');
    await page.getByText('这是该组织唯一的主任，不能改为其他职务').waitFor();
    expect(await rc.getByTestId(`admin-member-${chairToBe.name}`).textContent()).toContain('主任');
    expect(await myRoles(chairToBe)).toEqual([{ role: 'CHAIR', organization: { name: `${COMMUNITY}居委会` } }]);
    // A property manager has no grid workers: its roles are not offered.
    await chooseShown(page, 'appoint-organization', `${COMMUNITY}物业`);
    await page.getByTestId('appoint-role').click();
    // The organizations' menu may still be fading out: what is shown settles on the roles.
    await expect.poll(() => page.locator('.n-base-select-option:visible').allTextContents(), { timeout: WAIT }).toEqual(['主任', '成员', '工作人员']);
    await page.keyboard.press('Escape');
    // A member of the committee becomes its grid worker, in place.
    await chooseShown(page, 'appoint-organization', `${COMMUNITY}居委会`);
    await fill(page, 'appoint-phone', deputy.phone);
    await chooseShown(page, 'appoint-role', '成员');
    await page.getByTestId('appoint-submit').click();
    await rc.getByTestId(`admin-member-${deputy.name}`).waitFor();
    const seat = (await myRoles(deputy))[0];
    expect(seat).toEqual({ role: 'MEMBER', organization: { name: `${COMMUNITY}居委会` } });
    await chooseShown(page, `admin-role-${deputy.name}`, '网格员');
    await page.getByText(`${deputy.name}在${COMMUNITY}居委会的职务已改为网格员`).waitFor();
    await expect.poll(() => rc.getByTestId(`admin-member-${deputy.name}`).textContent(), { timeout: WAIT }).toContain('网格员');
    expect(await myRoles(deputy)).toEqual([{ role: 'GRID_WORKER', organization: { name: `${COMMUNITY}居委会` } }]);
    expect(errors.flatMap((e) => e.pageErrors)).toEqual([]);
  }, 120_000);

  it('imports flats from a CSV: the bad rows are named by row number, corrected in place, then imported', async () => {
    await page.locator('.n-tabs-tab').filter({ hasText: '楼栋与房屋' }).click();
    const csv = join(dir, 'flats.csv');
    const { writeFile } = await import('node:fs/promises');
    await writeFile(csv, ['楼栋,房号,建筑面积', '1栋,101,88.50', '1栋,102,九十', '1栋,103,-5', '1栋,101,90', '2栋,201,120.25', ''].join('\r\n'));
    await upload(page, csv);
    expect(await page.getByTestId('import-preview').textContent()).toContain('5 行');
    // Read in the page: an area that is no number is named at once, on row 3 of the sheet.
    expect(await page.getByTestId('import-problem-3').textContent()).toContain('面积不是数字');
    expect(await page.getByTestId('import-submit').isDisabled()).toBe(true);
    await fill(page, 'import-areaText-3', '92');
    // The server's rules, by dry run: a negative area (row 4), then a flat given twice (row 5 repeats row 2).
    await page.getByTestId('import-check').click();
    await page.getByTestId('import-problem-4').waitFor();
    expect(await page.getByTestId('import-problem-4').textContent()).toContain('面积须大于 0');
    expect(await page.getByTestId('import-problems').textContent()).toContain('1 行有问题');
    await fill(page, 'import-areaText-4', '95.5');
    await page.getByTestId('import-check').click();
    await page.getByTestId('import-problem-5').waitFor();
    expect(await page.getByTestId('import-problem-5').textContent()).toContain('与第 2 行重复');
    expect(await flatsOf(await communityId())).toBe(0);
    await fill(page, 'import-number-5', '104');
    await page.getByTestId('import-check').click();
    await page.getByTestId('import-checked').waitFor();
    expect(await page.getByTestId('import-checked').textContent()).toContain('新增 5 套');
    await page.getByTestId('import-submit').click();
    await page.getByText('2 栋楼，5 套房屋').waitFor({ timeout: SLOW });
    const flats = await em(app).find(Unit, { building: { community: await communityId() } }, { populate: ['building'], orderBy: { number: 'asc' } });
    expect(flats.map((u) => [u.building.$.name, u.number, Number(u.floorArea)])).toEqual([
      ['1栋', '101', 88.5],
      ['1栋', '102', 92],
      ['1栋', '103', 95.5],
      ['1栋', '104', 90],
      ['2栋', '201', 120.25],
    ]);
  }, 120_000);

  it('imports 260 flats from an .xlsx file in batches; the same file again duplicates nothing', async () => {
    const xlsx = join(dir, 'flats.xlsx');
    const rows = Array.from({ length: 260 }, (_, i) => {
      const building = `${3 + Math.floor(i / 130)}栋`;
      const n = i % 130;
      return [building, `${Math.floor(n / 4) + 1}0${(n % 4) + 1}`, 70 + (n % 60) + 0.5];
    });
    await writeExcelFile([['楼栋', '房号', '建筑面积'], ...rows]).toFile(xlsx);
    await upload(page, xlsx);
    expect(await page.getByTestId('import-preview').textContent()).toContain('260 行');
    await page.getByTestId('import-check').click();
    await page.getByTestId('import-checked').waitFor({ timeout: SLOW });
    expect(await page.getByTestId('import-checked').textContent()).toContain('新增 260 套');
    await page.getByTestId('import-submit').click();
    await page.getByText('4 栋楼，265 套房屋').waitFor({ timeout: SLOW });
    expect(await flatsOf(await communityId())).toBe(265);

    await upload(page, xlsx);
    await page.getByTestId('import-check').click();
    await page.getByTestId('import-checked').waitFor({ timeout: SLOW });
    expect(await page.getByTestId('import-checked').textContent()).toContain('新增 0 套，更新面积 0 套，未变 260 套');
    await page.getByTestId('import-submit').click();
    await page.getByTestId('import-preview').waitFor({ state: 'detached', timeout: SLOW });
    expect(await flatsOf(await communityId())).toBe(265);
  }, 120_000);

  it('deletes a flat and a building behind a confirm; one in use is refused with a toast saying what uses it', async () => {
    const id = await communityId();
    const flat = (building: string, number: string) => em(app).findOne(Unit, { building: { community: id, name: building }, number });
    const f104 = (await flat('1栋', '104'))!;
    // Someone asked to live in 1栋 101: it is in use.
    await reside(app, await createUser(app, { name: '申请人' }), id, { unitId: (await flat('1栋', '101'))!.id, verified: false });
    const confirm = () => page.locator('.n-popconfirm').getByRole('button', { name: '确认' }).click();
    await page.getByTestId('building-list').locator('.n-collapse-item__header').filter({ hasText: '1栋' }).first().click();

    await page.getByTestId('delete-unit-1栋-104').click();
    await confirm();
    await page.getByText('已删除1栋 104').waitFor();
    await page.getByText('4 栋楼，264 套房屋').waitFor({ timeout: SLOW });
    expect(await em(app).count(Unit, { id: f104.id })).toBe(0);

    const inUse = '不能删除，仍有记录关联这些房屋：1栋 101（1 条住户登记）';
    await page.getByTestId('delete-unit-1栋-101').click();
    await confirm();
    await page.getByText(inUse).waitFor();
    expect(await flat('1栋', '101')).not.toBeNull();
    await page.getByText(inUse).waitFor({ state: 'detached', timeout: SLOW });

    // A building goes with its flats; 1栋, with a flat in use, is refused whole.
    await page.getByTestId('delete-building-2栋').click();
    await confirm();
    await page.getByText('已删除2栋及其 1 套房屋').waitFor();
    await page.getByText('3 栋楼，263 套房屋').waitFor({ timeout: SLOW });
    await page.getByTestId('delete-building-1栋').click();
    await confirm();
    await page.getByText(inUse).waitFor();
    expect(await flatsOf(id)).toBe(263);
    expect(await em(app).count(Unit, { building: { community: id, name: '1栋' } })).toBe(3);
    expect(errors.flatMap((e) => e.pageErrors)).toEqual([]);
  }, 120_000);

  it("revokes an account's sessions: its token stops working", async () => {
    expect((await ok(app.url, `{ me { id } }`, {}, departing.token)).me).toEqual({ id: departing.gid });
    await page.getByRole('link', { name: '返回平台管理' }).click();
    await page.getByTestId('admin-accounts-link').click();
    await page.waitForURL(`${app.url}/admin/accounts`);
    await page.getByTestId('accounts-search').locator('input').fill('离职');
    await page.getByTestId('accounts-search-submit').click();
    await page.getByTestId(`sessions-${departing.name}`).waitFor();
    // The unfiltered list holds the departing account too: wait for the search's answer.
    await expect.poll(() => page.getByTestId('accounts-total').textContent(), { timeout: WAIT }).toContain('共 1 个账号');
    expect(await page.getByTestId('accounts-table').textContent()).toContain(`${departing.phone.slice(0, 3)}****${departing.phone.slice(-4)}`);
    expect(await page.getByTestId('accounts-table').textContent()).not.toContain(departing.phone);
    await page.getByTestId(`revoke-${departing.name}`).click();
    await page.locator('.n-popconfirm').getByRole('button', { name: '确认' }).click();
    await page.getByText(`已撤销${departing.name}的会话`).waitFor();
    await page.waitForFunction(`document.querySelector('[data-testid="sessions-${departing.name}"]')?.textContent === '0'`);
    expect((await ok(app.url, `{ me { id } }`, {}, departing.token)).me).toBeNull();
    expect(errors.flatMap((e) => e.pageErrors)).toEqual([]);
  }, 120_000);
});

describe("the staff of a township's governance center", () => {
  it('administer the communities of their township only, create one there, and see no accounts', async () => {
    const p = await open('township');
    await signInThroughPage(p, app.url, townshipStaff, PASSWORD);
    await navigateByMenu(p, app.url, '平台管理', '/admin');
    const table = p.getByTestId('admin-communities');
    await table.waitFor();
    const homeName = (await em(app).findOneOrFail(Community, home.id)).name;
    const otherName = (await em(app).findOneOrFail(Community, elsewhere.id)).name;
    expect(await table.textContent()).toContain(homeName);
    expect(await table.textContent()).not.toContain(otherName);
    expect(await p.getByTestId('admin-accounts-link').count()).toBe(0);
    // The new community's place is their area, filled in.
    expect(await p.getByTestId('community-township').locator('input').inputValue()).toBe('檀溪街道');
    expect(await p.getByTestId('community-county').locator('input').inputValue()).toBe('襄城区');
    await fill(p, 'community-name', `檀溪新苑${SUFFIX}`);
    await p.getByTestId('community-submit').click();
    await p.waitForURL(/\/admin\/communities\/[^/]+$/);
    expect(await p.getByTestId('admin-community-title').textContent()).toContain(`檀溪新苑${SUFFIX}`);
    // Elsewhere is not theirs: its page shows nothing to administer, and the accounts are not offered.
    await p.goto(`${app.url}/admin/communities/${elsewhere.gid}`);
    await p.getByText('社区不存在，或你不能管理它').waitFor();
    await p.goto(`${app.url}/admin/accounts`);
    await p.waitForURL(`${app.url}/`);
    expect(errors.flatMap((e) => e.pageErrors)).toEqual([]);
  }, 120_000);
});

describe('a plain resident', () => {
  it('sees no 平台管理, is sent away from /admin, and the API refuses them', async () => {
    const p = await open('resident');
    await signInThroughPage(p, app.url, resident, PASSWORD);
    expect(await p.locator('aside').getByTestId('nav').textContent()).not.toContain('平台管理');
    await p.goto(`${app.url}/admin`);
    await p.waitForURL(`${app.url}/`);
    await p.goto(`${app.url}/admin/accounts`);
    await p.waitForURL(`${app.url}/`);
    expect(await p.locator('aside').getByTestId('nav').textContent()).not.toContain('平台管理');
    const rows = [{ building: '1栋', number: '9-999', floorArea: 50 }];
    expect(await errorCode(app.url, `mutation($input: ImportUnitsInput!) { importUnits(input: $input) { created } }`, { input: { communityId: home.gid, rows } }, resident.token)).toBe('FORBIDDEN');
    expect(await errorCode(app.url, `{ accounts { totalCount } }`, {}, resident.token)).toBe('FORBIDDEN');
    expect(await flatsOf(home.id)).toBe(4);
    expect(errors.flatMap((e) => e.pageErrors)).toEqual([]);
  }, 120_000);
});

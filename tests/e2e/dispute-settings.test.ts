import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { ok } from '../helpers/graphql.js';
import { createCommunity, createUser, MemberRole, PASSWORD, reside, seat, type TestCommunity, type TestUser } from '../factories/index.js';
import { createMediationCommittee, DISPUTE } from '../factories/disputes.js';
import { DESKTOP, WAIT, captureOnFailure, launchBrowser, navigateByMenu, requireBuiltClient, signInThroughPage, watchErrors } from '../helpers/browser.js';

/**
 * 调解期限 on the dispute desk, in Chromium: a member of the community's governance center (who
 * also sits on the residents' committee, as is usual) reaches the desk from the menu (the server's
 * SEE_DISPUTE_DESK), changes the mediation days in the desk's form (offered because the server
 * says they may), and a dispute accepted afterwards is due that many days after its acceptance.
 */
const DAY = 86_400_000;
let app: TestApp;
let browser: Browser;
let c: TestCommunity;
let page: Page;
const u = {} as Record<'resident' | 'mediator' | 'center', TestUser>;

beforeAll(async () => {
  requireBuiltClient();
  app = await startTestApp();
  c = await createCommunity(app);
  const committee = await createMediationCommittee(app, c);
  u.resident = await createUser(app, { name: '高淑珍' });
  u.mediator = await createUser(app, { name: '黄德明' });
  u.center = await createUser(app, { name: '李建国' });
  await reside(app, u.resident, c.id);
  await seat(app, u.mediator, committee.id, MemberRole.CHAIR);
  await seat(app, u.center, c.orgs.center.id, MemberRole.STAFF);
  await seat(app, u.center, c.orgs.rc.id, MemberRole.MEMBER);
  browser = await launchBrowser();
  const context = await browser.newContext(DESKTOP);
  context.setDefaultTimeout(WAIT);
  page = await context.newPage();
  watchErrors(page, 'center');
}, 120_000);

beforeEach(({ onTestFailed }) => captureOnFailure(onTestFailed, () => ({ center: page })));

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('the mediation days, set on the desk', { timeout: 120_000 }, () => {
  it('the center opens the desk from its menu, sets 7 days, and the next acceptance is due in 7 days', async () => {
    await signInThroughPage(page, app.url, u.center, PASSWORD);
    await navigateByMenu(page, app.url, '调解工作台', '/disputes/desk');
    const settings = page.getByTestId('dispute-settings');
    await expect.poll(() => settings.getAttribute('data-days'), { timeout: 2 * WAIT }).toBe('30');

    await page.getByTestId('dispute-settings-edit').click();
    const days = page.getByTestId('dispute-settings-days').locator('input');
    await days.fill('7');
    await page.getByTestId('dispute-settings-submit').click();
    await expect.poll(() => settings.getAttribute('data-days'), { timeout: 2 * WAIT }).toBe('7');
    await page.getByTestId('dispute-settings-form').waitFor({ state: 'detached' });

    const applied = await ok(app.url, `mutation($input: ApplyForMediationInput!) { applyForMediation(input: $input) { id } }`, { input: { communityId: c.gid, ...DISPUTE, respondents: [{ name: '李四' }] } }, u.resident.token);
    const id = (applied.applyForMediation as { id: string }).id;
    const accepted = await ok(app.url, `mutation($input: AcceptDisputeInput!) { acceptDispute(input: $input) { acceptedAt mediationDeadline } }`, { input: { disputeId: id } }, u.mediator.token);
    const d = accepted.acceptDispute as { acceptedAt: string; mediationDeadline: string };
    expect(Date.parse(d.mediationDeadline) - Date.parse(d.acceptedAt)).toBe(7 * DAY);
  });
});

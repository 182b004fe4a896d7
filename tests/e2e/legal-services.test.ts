import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { ok } from '../helpers/graphql.js';
import { RealClock } from '../helpers/clock.js';
import { createCommunity, createUser, MemberRole, PASSWORD, reside, seat, type TestCommunity, type TestUser } from '../factories/index.js';
import { appointSeat, LegalSeatRole } from '../factories/legal.js';
import {
  DESKTOP,
  PHONE,
  WAIT,
  captureOnFailure,
  launchBrowser,
  navigateByMenu,
  requireBuiltClient,
  screenshot,
  scrollWidth,
  signInThroughPage,
  watchErrors,
} from '../helpers/browser.js';

/**
 * 公共法律服务 in the browser: the lawyer publishes 周四有约 at a desktop; a resident on a phone asks
 * a public question, the lawyer answers it and the resident sees the answer arrive; the resident
 * books a slot and sees it, books a second and cancels it, and the lawyer sees the booking live;
 * a residents' committee member schedules a 法治大讲堂, the resident signs up, the member checks
 * them in; once the slot has started (the server's clock moved on) the lawyer records the
 * consultation, proposes an issue from it, and the resident reads the note and consents. Every
 * legal form is opened; the resident's pages hold at 390 px.
 */
/** Longer than WAIT: a change crosses a socket, maybe a refetch and a render on a two-core machine. */
const LIVE = 2 * WAIT;
const MINUTE = 60_000;
const QUESTION = `物业费能否因服务差拒交${Date.now() % 100000}`;
const LECTURE = `民法典进社区${Date.now() % 100000}`;

const clock = new RealClock();
let app: TestApp;
let community: TestCommunity;
let lawyer: TestUser;
let officer: TestUser;
let resident: TestUser;
let member: TestUser;
let browser: Browser;
const contexts: BrowserContext[] = [];
const errors: ReturnType<typeof watchErrors>[] = [];
let residentPage: Page;
let lawyerPage: Page;
let memberPage: Page;
/** When the lecture scheduled through the form starts (read once it is). */
let lectureStartsAt = 0;

async function open(label: string, options: typeof PHONE): Promise<Page> {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(WAIT);
  contexts.push(context);
  const page = await context.newPage();
  errors.push(watchErrors(page, label));
  return page;
}

const question = (scope: Page | Locator): Locator => scope.getByTestId('legal-question').filter({ hasText: QUESTION });
const lecture = (page: Page): Locator => page.getByTestId('legal-lecture').filter({ hasText: LECTURE });

beforeAll(async () => {
  requireBuiltClient();
  app = await startTestApp({ clock });
  community = await createCommunity(app, '檀溪社区');
  lawyer = await createUser(app, { name: '陈思远' });
  officer = await createUser(app, { name: '邓卫东' });
  resident = await createUser(app, { name: '高淑珍' });
  member = await createUser(app, { name: '王秀兰' });
  await appointSeat(app, community.id, lawyer, LegalSeatRole.LEGAL_ADVISER, { officeHours: '每周四 14:00–17:00' });
  await appointSeat(app, community.id, officer, LegalSeatRole.POLICE_OFFICER, { officeHours: '每周一 9:00–11:30' });
  await reside(app, resident, community.id);
  await seat(app, member, community.orgs.rc.id, MemberRole.MEMBER);
  browser = await launchBrowser();
  residentPage = await open('resident', PHONE);
  lawyerPage = await open('lawyer', DESKTOP);
  memberPage = await open('member', DESKTOP);
  await Promise.all([
    signInThroughPage(residentPage, app.url, resident, PASSWORD),
    signInThroughPage(lawyerPage, app.url, lawyer, PASSWORD),
    signInThroughPage(memberPage, app.url, member, PASSWORD),
  ]);
});

beforeEach(({ onTestFailed }) => captureOnFailure(onTestFailed, () => ({ 'legal-resident': residentPage, 'legal-lawyer': lawyerPage, 'legal-member': memberPage })));

afterAll(async () => {
  const seen = errors.flatMap((e) => [...e.pageErrors, ...e.consoleErrors]);
  if (seen.length) console.warn(`Browser errors during the legal services walk:\n${seen.join('\n')}`);
  await browser?.close();
  await app?.close();
});

describe('public legal services, resident on a phone, lawyer and committee at desktops', { timeout: 180_000 }, () => {
  it('the lawyer opens the desk from the menu and publishes 周四有约', async () => {
    await navigateByMenu(lawyerPage, app.url, '律师工作台', '/legal/desk');
    await lawyerPage.getByTestId('legal-publish').click();
    const form = lawyerPage.getByTestId('legal-publish-form');
    await form.waitFor();
    // Thursdays 14:00–17:00 in 30-minute slots, four weeks: the form's defaults; a place typed.
    await form.getByTestId('legal-publish-place').locator('input').fill('社区公共法律服务室');
    await form.getByTestId('legal-publish-submit').click();
    await form.waitFor({ state: 'hidden' });
    await expect.poll(() => lawyerPage.getByTestId('legal-desk-slots').getByTestId('legal-slot').count(), { timeout: LIVE }).toBeGreaterThanOrEqual(18);
  });

  it('the resident finds both seats in the directory and the open slots, at 390 px', async () => {
    await navigateByMenu(residentPage, app.url, '找律师', '/legal');
    const directory = residentPage.getByTestId('legal-directory');
    await expect.poll(() => directory.getByTestId('legal-seat').count(), { timeout: LIVE }).toBe(2);
    expect(await directory.textContent()).toContain('陈思远');
    expect(await directory.textContent()).toContain('社区民警');
    await expect.poll(() => residentPage.getByTestId('legal-open-slots').getByTestId('legal-slot-book').count(), { timeout: LIVE }).toBeGreaterThanOrEqual(18);
    expect(await scrollWidth(residentPage)).toBeLessThanOrEqual(390);

    // The lawyer changes what the directory shows; the resident's directory follows, live.
    await lawyerPage.getByTestId('legal-seat-edit').click();
    const seatForm = lawyerPage.getByTestId('legal-seat-form');
    await seatForm.getByTestId('legal-seat-hours').locator('input').fill('每周四 14:00–17:00，社区公共法律服务室');
    await seatForm.getByTestId('legal-seat-submit').click();
    await seatForm.waitFor({ state: 'hidden' });
    await expect.poll(() => directory.textContent(), { timeout: LIVE }).toContain('社区公共法律服务室');
  });

  it('the resident asks a public question; the lawyer answers; the answer arrives on the phone', async () => {
    await navigateByMenu(residentPage, app.url, '法律超市', '/legal/questions');
    await residentPage.getByTestId('legal-ask').click();
    const form = residentPage.getByTestId('legal-ask-form');
    await form.getByTestId('legal-ask-title').locator('input').fill(QUESTION);
    await form.getByTestId('legal-ask-body').locator('textarea').fill('电梯经常坏，物业维修很慢，我能不能拒交物业费？');
    await form.getByTestId('legal-ask-submit').click();
    await form.waitFor({ state: 'hidden' });
    // The form leads to 我的提问: the question, open.
    await expect.poll(() => question(residentPage).getAttribute('data-status'), { timeout: LIVE }).toBe('OPEN');
    expect(await scrollWidth(residentPage)).toBeLessThanOrEqual(390);

    // The lawyer's desk lists it live (no reload) among the questions awaiting an answer.
    const awaiting = lawyerPage.getByTestId('legal-desk-questions');
    await question(awaiting).waitFor({ timeout: LIVE });
    await question(awaiting).getByTestId('legal-question-ANSWER').click();
    const answerForm = lawyerPage.getByTestId('legal-answer-form');
    await answerForm.getByTestId('legal-answer').locator('textarea').fill('不建议直接拒交，可要求物业限期整改，或由业委会主张违约责任。');
    await answerForm.getByTestId('legal-answer-submit').click();
    await answerForm.waitFor({ state: 'hidden' });
    await expect.poll(() => question(awaiting).count(), { timeout: LIVE }).toBe(0);

    // The resident's screen: the answer, without a reload.
    await expect.poll(() => question(residentPage).getAttribute('data-status'), { timeout: LIVE }).toBe('ANSWERED');
    expect(await question(residentPage).getByTestId('legal-question-answer').textContent()).toContain('限期整改');
    // And the knowledge base finds it by a Chinese word.
    await residentPage.getByTestId('legal-questions-view-knowledge').click();
    await residentPage.getByTestId('legal-questions-search').locator('input').fill('物业费');
    await expect.poll(() => question(residentPage).count(), { timeout: LIVE }).toBe(1);
    await screenshot(residentPage, 'legal-question-answered-phone');
  });

  it('the resident books a slot and sees it; books another and cancels it; the lawyer sees the booking live', async () => {
    await navigateByMenu(residentPage, app.url, '找律师', '/legal');
    const open = residentPage.getByTestId('legal-open-slots');
    await open.getByTestId('legal-slot-book').first().click();
    const form = residentPage.getByTestId('legal-book-form');
    await form.getByTestId('legal-book-topic').locator('textarea').fill('房屋租赁押金不退');
    await form.getByTestId('legal-book-submit').click();
    await form.waitFor({ state: 'hidden' });
    const mine = residentPage.getByTestId('legal-my-consultations').getByTestId('legal-consultation');
    await expect.poll(() => mine.count(), { timeout: LIVE }).toBe(1);
    expect(await mine.first().getAttribute('data-status')).toBe('BOOKED');
    expect(await mine.first().textContent()).toContain('陈思远');

    // A second booking, cancelled with a reason.
    await open.getByTestId('legal-slot-book').first().click();
    await residentPage.getByTestId('legal-book-form').getByTestId('legal-book-submit').click();
    await expect.poll(() => mine.count(), { timeout: LIVE }).toBe(2);
    const second = mine.filter({ hasNotText: '房屋租赁押金不退' });
    await second.getByTestId('legal-consultation-CANCEL').click();
    const cancel = residentPage.getByTestId('legal-cancel-form');
    await cancel.getByTestId('legal-cancel-reason').locator('input').fill('时间冲突');
    await cancel.getByTestId('legal-cancel-submit').click();
    await expect.poll(() => second.getAttribute('data-status'), { timeout: LIVE }).toBe('CANCELLED');
    expect(await mine.filter({ hasText: '房屋租赁押金不退' }).getAttribute('data-status')).toBe('BOOKED');
    expect(await scrollWidth(residentPage)).toBeLessThanOrEqual(390);
    await screenshot(residentPage, 'legal-booked-phone');

    // The lawyer's desk: the live booking, with the resident's name and topic; the note not yet offered (not started).
    const bookings = lawyerPage.getByTestId('legal-desk-bookings').locator('[data-testid="legal-consultation"][data-status="BOOKED"]');
    await expect.poll(() => bookings.count(), { timeout: LIVE }).toBe(1);
    expect(await bookings.first().textContent()).toContain('高淑珍');
    expect(await bookings.first().textContent()).toContain('房屋租赁押金不退');
    expect(await bookings.first().getByTestId('legal-consultation-RECORD_NOTE').count()).toBe(0);
  });

  it('a committee member schedules a 法治大讲堂; the resident signs up; the member checks them in', async () => {
    await navigateByMenu(memberPage, app.url, '法治大讲堂', '/legal/lectures');
    await memberPage.getByTestId('legal-lecture-schedule').click();
    const form = memberPage.getByTestId('legal-lecture-form');
    await form.getByTestId('legal-lecture-title').locator('input').fill(LECTURE);
    await form.getByTestId('legal-lecture-speaker').locator('input').fill('陈思远');
    await form.getByTestId('legal-lecture-location').locator('input').fill('党群服务中心二楼');
    await form.getByTestId('legal-lecture-description').locator('textarea').fill('民法典婚姻家庭编与继承编的常见问题。');
    await form.getByTestId('legal-lecture-submit').click();
    await form.waitFor({ state: 'hidden' });
    await lecture(memberPage).waitFor({ timeout: LIVE });

    // The resident's phone: the lecture arrives live; sign up.
    await navigateByMenu(residentPage, app.url, '法治大讲堂', '/legal/lectures');
    await lecture(residentPage).waitFor({ timeout: LIVE });
    await lecture(residentPage).getByTestId('legal-lecture-REGISTER').click();
    await lecture(residentPage).getByTestId('legal-lecture-mine').waitFor({ timeout: LIVE });
    expect(await lecture(residentPage).getByTestId('legal-lecture-seats').textContent()).toContain('1 / 50');
    expect(await scrollWidth(residentPage)).toBeLessThanOrEqual(390);
    await screenshot(residentPage, 'legal-lecture-signed-up-phone');

    // The member sees the seat taken live, opens the cancel form (and leaves it), then the list.
    await expect.poll(() => lecture(memberPage).getByTestId('legal-lecture-seats').textContent(), { timeout: LIVE }).toContain('1 / 50');
    await lecture(memberPage).getByTestId('legal-lecture-CANCEL').click();
    const cancelForm = memberPage.getByTestId('legal-lecture-cancel-form');
    await cancelForm.waitFor();
    await cancelForm.getByRole('button', { name: '取消', exact: true }).click();
    await cancelForm.waitFor({ state: 'hidden' });
    await lecture(memberPage).getByTestId('legal-lecture-registrations').click();
    const registration = lecture(memberPage).getByTestId('legal-registration');
    await registration.waitFor({ timeout: LIVE });
    expect(await registration.textContent()).toContain('高淑珍');
    const { node } = await ok(app.url, `query($id: ID!) { node(id: $id) { ... on Lecture { startsAt } } }`, { id: await lecture(memberPage).getAttribute('data-lecture-id') }, member.token);
    lectureStartsAt = Date.parse((node as { startsAt: string }).startsAt);
  });

  it('once the slot has started, the lawyer records the consultation and the resident reads the note', async () => {
    const { legalConsultations } = await ok(app.url, `{ legalConsultations(first: 10) { edges { node { status startsAt } } } }`, {}, resident.token);
    const booked = (legalConsultations.edges as { node: { status: string; startsAt: string } }[]).find((e) => e.node.status === 'BOOKED')!.node;
    clock.advance(Date.parse(booked.startsAt) + 5 * MINUTE - clock.now().getTime());

    await lawyerPage.reload();
    const card = lawyerPage.getByTestId('legal-desk-bookings').locator('[data-testid="legal-consultation"][data-status="BOOKED"]');
    await card.getByTestId('legal-consultation-RECORD_NOTE').click({ timeout: LIVE });
    const form = lawyerPage.getByTestId('legal-note-form');
    await form.getByTestId('legal-note').locator('textarea').fill('已告知押金返还的条件，建议先书面催告房东，协商不成可申请人民调解。');
    await form.getByTestId('legal-note-submit').click();
    await form.waitFor({ state: 'hidden' });
    const completed = lawyerPage.getByTestId('legal-desk-bookings').locator('[data-testid="legal-consultation"][data-status="COMPLETED"]');
    await expect.poll(() => completed.count(), { timeout: LIVE }).toBe(1);

    // The resident's phone, on 找律师: the note arrives.
    await navigateByMenu(residentPage, app.url, '找律师', '/legal');
    const mine = residentPage.getByTestId('legal-my-consultations').locator('[data-testid="legal-consultation"][data-status="COMPLETED"]');
    await mine.waitFor({ timeout: LIVE });
    expect(await mine.getByTestId('legal-consultation-note').textContent()).toContain('书面催告');
    expect(await scrollWidth(residentPage)).toBeLessThanOrEqual(390);
    await screenshot(residentPage, 'legal-consultation-note-phone');

    // The lawyer proposes to turn it into an issue; nothing opens until the resident consents.
    await completed.getByTestId('legal-consultation-PROPOSE_REFERRAL').click();
    const referral = lawyerPage.getByTestId('legal-referral-form');
    await referral.getByTestId('legal-referral-to-ISSUE').click();
    await referral.getByTestId('legal-referral-title').locator('input').fill('房东拒不退还租房押金');
    await referral.getByTestId('legal-referral-submit').click();
    await referral.waitFor({ state: 'hidden' });
    const proposed = residentPage.getByTestId('legal-my-consultations').locator('[data-testid="legal-consultation"][data-status="REFERRAL_PROPOSED"]');
    await proposed.waitFor({ timeout: LIVE });
    expect(await proposed.getByTestId('legal-consultation-referral').textContent()).toContain('房东拒不退还租房押金');
    await proposed.getByTestId('legal-consultation-CONSENT_TO_REFERRAL').click();
    const referred = residentPage.getByTestId('legal-my-consultations').locator('[data-testid="legal-consultation"][data-status="REFERRED"]');
    await referred.getByTestId('legal-consultation-issue').click({ timeout: LIVE });
    await residentPage.waitForURL(/\/issues\//);
    expect(await scrollWidth(residentPage)).toBeLessThanOrEqual(390);
  });

  it('at the lecture, the member checks the resident in and the resident sees it', async () => {
    // Check-in opens 30 minutes before the start: the server's clock moves to 20 minutes before it.
    clock.advance(lectureStartsAt - 20 * MINUTE - clock.now().getTime());
    await memberPage.reload();
    await lecture(memberPage).getByTestId('legal-lecture-registrations').click({ timeout: LIVE });
    const registration = lecture(memberPage).getByTestId('legal-registration');
    await registration.getByTestId('legal-registration-CHECK_IN').click({ timeout: LIVE });
    await expect.poll(() => registration.getAttribute('data-status'), { timeout: LIVE }).toBe('ATTENDED');
    await navigateByMenu(residentPage, app.url, '法治大讲堂', '/legal/lectures');
    await expect.poll(() => lecture(residentPage).getByTestId('legal-lecture-mine').textContent(), { timeout: LIVE }).toContain('已签到');
    expect(await scrollWidth(residentPage)).toBeLessThanOrEqual(390);
    expect(errors.flatMap((e) => e.pageErrors)).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { errorCode, ok } from '../helpers/graphql.js';
import { act, createIssueCast, submit, type IssueCast } from '../factories/issues.js';
import { ManualClock } from '../../server/core/clock.js';

const HOUR = 3_600_000;
const T0 = new Date('2026-05-04T00:00:00.000Z');
const clock = new ManualClock(T0);
let app: TestApp;
let c: IssueCast;

const STATS = `query($c: ID!, $from: DateTime, $to: DateTime) { governanceStats(communityId: $c, from: $from, to: $to) {
  issuesSubmitted issuesOpen overdueOpen responseRate resolutionRate satisfactionRate medianHoursToAccept medianHoursToResolve
  byOrganization { organization { id } dispatched responseRate resolutionRate satisfactionRate } } }`;

/** Runs `fn` with the clock at T0 + hours. */
async function atHour<T>(hours: number, fn: () => Promise<T>): Promise<T> {
  clock.set(new Date(T0.getTime() + hours * HOUR));
  return fn();
}

beforeAll(async () => {
  app = await startTestApp({ clock });
  c = await createIssueCast(app);
  const pm = c.community.orgs.pm.gid;
  const oc = c.community.orgs.oc.gid;

  // A: dispatched to PM at h1, accepted at h3 (2 h), resolved at h11 (10 h), rated 5: closed.
  const a = await atHour(0, () => submit(app, c, c.resident, { title: 'A' }));
  await atHour(1, () => act(app, 'dispatch', c.dispatcher, { issueId: a.id, organizationId: pm }));
  await atHour(3, () => act(app, 'accept', c.pmStaff, { issueId: a.id }));
  await atHour(11, () => act(app, 'resolve', c.pmStaff, { issueId: a.id, resolution: 'ok' }));
  await atHour(12, () => act(app, 'rate', c.resident, { issueId: a.id, score: 5 }));

  // B: dispatched to PM at h2, accepted late at h30 (28 h > 24 h), resolved at h40 (38 h), rated 2: reopened.
  const b = await atHour(0, () => submit(app, c, c.resident, { title: 'B' }));
  await atHour(2, () => act(app, 'dispatch', c.dispatcher, { issueId: b.id, organizationId: pm }));
  await atHour(30, () => act(app, 'accept', c.pmStaff, { issueId: b.id }));
  await atHour(40, () => act(app, 'resolve', c.pmStaff, { issueId: b.id, resolution: 'ok' }));
  await atHour(41, () => act(app, 'rate', c.resident, { issueId: b.id, score: 2, comment: '没修好' }));

  // C: dispatched to OC at h0, accepted at h6 (6 h), resolved at h20 (20 h), rated 4: closed.
  const d = await atHour(0, () => submit(app, c, c.neighbour, { title: 'C' }));
  await atHour(0, () => act(app, 'dispatch', c.dispatcher, { issueId: d.id, organizationId: oc }));
  await atHour(6, () => act(app, 'accept', c.ocChair, { issueId: d.id }));
  await atHour(20, () => act(app, 'resolve', c.ocChair, { issueId: d.id, resolution: 'ok' }));
  await atHour(21, () => act(app, 'rate', c.neighbour, { issueId: d.id, score: 4 }));

  // D: dispatched to OC at h0, never accepted: overdue by h25.
  const e = await atHour(0, () => submit(app, c, c.neighbour, { title: 'D' }));
  await atHour(0, () => act(app, 'dispatch', c.dispatcher, { issueId: e.id, organizationId: oc }));

  // E: submitted, never dispatched.
  await atHour(0, () => submit(app, c, c.resident, { title: 'E' }));

  // F: submitted long before the window.
  await atHour(-24 * 40, () => submit(app, c, c.resident, { title: 'F' }));
  clock.set(new Date(T0.getTime() + 50 * HOUR));
});
afterAll(() => app.close());

describe('governanceStats', () => {
  it('computes the contract definitions exactly over a known history', async () => {
    const { governanceStats: s } = await ok(app.url, STATS, { c: c.community.gid, from: new Date(T0.getTime() - HOUR).toISOString() }, c.rcChair.token);
    // Submitted in the window: A–E, not F. Open: B (reopened), D (dispatched), E (submitted).
    // Overdue at h50: D only (acceptBy h24 passed unaccepted); B was accepted and its resolveBy is h170.
    expect(s).toMatchObject({ issuesSubmitted: 5, issuesOpen: 3, overdueOpen: 1 });
    expect(s.responseRate).toBe(2 / 4); // dispatched A, B, C, D; on time A (2 h) and C (6 h); B late (28 h); D never
    expect(s.resolutionRate).toBe(2 / 3); // accepted A, B, C; resolved and never reopened A and C
    expect(s.satisfactionRate).toBe(2 / 3); // ratings 5, 2, 4
    expect(s.medianHoursToAccept).toBe(6); // 2, 28, 6 hours from first dispatch
    expect(s.medianHoursToResolve).toBe(20); // 10, 38, 20 hours from first dispatch
    const byOrg = Object.fromEntries(s.byOrganization.map((o: any) => [o.organization.id, o]));
    expect(byOrg[c.community.orgs.pm.gid]).toMatchObject({ dispatched: 2, responseRate: 0.5, resolutionRate: 0.5, satisfactionRate: 0.5 });
    expect(byOrg[c.community.orgs.oc.gid]).toMatchObject({ dispatched: 2, responseRate: 0.5, resolutionRate: 1, satisfactionRate: 1 });
    expect(s.byOrganization).toHaveLength(2);
  });

  it('counts only the window asked for, and gives null rates when there is nothing to count', async () => {
    const all = (await ok(app.url, STATS, { c: c.community.gid }, c.rcChair.token)).governanceStats;
    expect(all.issuesSubmitted).toBe(6);
    const before = (await ok(app.url, STATS, { c: c.community.gid, to: new Date(T0.getTime() - HOUR).toISOString() }, c.rcChair.token)).governanceStats;
    expect(before).toMatchObject({ issuesSubmitted: 1, issuesOpen: 1, responseRate: null, resolutionRate: null, satisfactionRate: null, medianHoursToAccept: null, byOrganization: [] });
  });

  it('is for those who belong to the community; a bad window is BAD_USER_INPUT', async () => {
    expect(await errorCode(app.url, STATS, { c: c.community.gid }, c.stranger.token)).toBe('FORBIDDEN');
    expect(await errorCode(app.url, STATS, { c: c.community.gid, from: T0.toISOString(), to: T0.toISOString() }, c.resident.token)).toBe('BAD_USER_INPUT');
    expect((await ok(app.url, STATS, { c: c.community.gid }, c.resident.token)).governanceStats.issuesSubmitted).toBe(6);
  });
});

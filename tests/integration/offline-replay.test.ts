import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { gql, ok } from '../helpers/graphql.js';
import { em } from '../factories/index.js';
import { createIssueCast, submit, MUTATIONS, type IssueCast } from '../factories/issues.js';
import { createVolunteers } from '../factories/volunteers.js';
import { VolunteerTask, VolunteerTaskStatus } from '../../server/volunteers/volunteer.entity.js';
import { toGlobalId } from '../../server/core/ids.js';

/**
 * Issue #14 §2: the client queues what a person does offline and replays it when the network
 * returns, each request with its idempotency key. submitIssue, commentOnIssue and claimTask took a
 * key already (tests/regressions/idempotency-payload.test.ts); supportIssue and checkIn take one
 * as an argument: a replay answers the first result and changes nothing, even once the state has
 * moved on (a replayed check-in is no second check-in, refused as a wrong transition).
 */
let app: TestApp;
let c: IssueCast;

const SUPPORT = `mutation($input: IssueRefInput!, $key: String) { supportIssue(input: $input, idempotencyKey: $key) { id supportCount viewerSupports status } }`;
const CLAIM = `mutation($input: ClaimTaskInput!) { claimTask(input: $input) { id status } }`;
const CHECK_IN = `mutation($input: ClaimRefInput!, $key: String) { checkIn(input: $input, idempotencyKey: $key) { id status checkedInAt } }`;

const counts = async () =>
  (await em(app).execute<{ supports: number; events: number; checkedIn: number }[]>(
    `SELECT (SELECT count(*)::int FROM issue_supports) AS supports, (SELECT count(*)::int FROM domain_events) AS events,
            (SELECT count(*)::int FROM task_claims WHERE status = 'CHECKED_IN') AS "checkedIn"`,
  ))[0]!;

beforeAll(async () => {
  app = await startTestApp();
  c = await createIssueCast(app);
});

afterAll(async () => {
  await app?.close();
});

describe('supportIssue with an idempotency key', () => {
  it('a replay returns the first result and changes nothing, even after the issue was withdrawn', async () => {
    const issue = await submit(app, c);
    const first = await ok(app.url, SUPPORT, { input: { issueId: issue.id }, key: 'support-1' }, c.neighbour.token);
    expect(first.supportIssue).toMatchObject({ supportCount: 1, viewerSupports: true });
    const before = await counts();
    expect(await ok(app.url, SUPPORT, { input: { issueId: issue.id }, key: 'support-1' }, c.neighbour.token)).toEqual(first);
    expect(await counts()).toEqual(before);

    // The reporter withdraws it; the queued support, replayed late, still answers (no INVALID_TRANSITION).
    await ok(app.url, MUTATIONS.withdraw, { input: { issueId: issue.id, reason: '已自行解决' } }, c.resident.token);
    const late = await ok(app.url, SUPPORT, { input: { issueId: issue.id }, key: 'support-1' }, c.neighbour.token);
    expect(late.supportIssue).toMatchObject({ id: issue.id, supportCount: 1, viewerSupports: true, status: 'WITHDRAWN' });
    // Without the key, the same request now is refused: the key is what makes the replay safe.
    expect((await gql(app.url, SUPPORT, { input: { issueId: issue.id } }, c.neighbour.token)).errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
  });

  it('the same key for another issue is refused and supports nothing; a key over 100 characters is BAD_USER_INPUT', async () => {
    const [a, b] = [await submit(app, c), await submit(app, c, c.resident, { title: '路灯不亮' })];
    await ok(app.url, SUPPORT, { input: { issueId: a.id }, key: 'support-2' }, c.neighbour.token);
    const before = await counts();
    const other = await gql(app.url, SUPPORT, { input: { issueId: b.id }, key: 'support-2' }, c.neighbour.token);
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { idempotencyKey: expect.any(String) } });
    expect(await counts()).toEqual(before);
    const long = await gql(app.url, SUPPORT, { input: { issueId: b.id }, key: 'k'.repeat(101) }, c.neighbour.token);
    expect(long.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { idempotencyKey: expect.any(String) } });
    expect(await counts()).toEqual(before);
  });
});

describe('checkIn with an idempotency key', () => {
  it('a replay returns the first check-in and changes nothing; without the key a second one is refused', async () => {
    const [volunteer] = await createVolunteers(app, c.community, 1);
    const e = em(app);
    // Check-in opens 30 minutes before the start: this one starts in 10.
    const startsAt = new Date(Date.now() + 10 * 60_000);
    const task = e.create(VolunteerTask, {
      station: c.community.orgs.station.id, community: c.community.id, title: '陪老人就医', description: '帮忙',
      startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000), slots: 2, status: VolunteerTaskStatus.OPEN, createdBy: c.dispatcher.id,
    });
    await e.flush();
    const claim = (await ok(app.url, CLAIM, { input: { taskId: toGlobalId('VolunteerTask', task.id), idempotencyKey: 'claim-x' } }, volunteer!.token)).claimTask;
    expect(claim.status).toBe('CLAIMED');

    const first = await ok(app.url, CHECK_IN, { input: { claimId: claim.id }, key: 'check-in-1' }, volunteer!.token);
    expect(first.checkIn).toMatchObject({ id: claim.id, status: 'CHECKED_IN' });
    const before = await counts();
    expect(await ok(app.url, CHECK_IN, { input: { claimId: claim.id }, key: 'check-in-1' }, volunteer!.token)).toEqual(first);
    expect(await counts()).toEqual(before);
    expect((await gql(app.url, CHECK_IN, { input: { claimId: claim.id } }, volunteer!.token)).errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
    // Another person's replay of the key is theirs: here refused, since the claim is not theirs.
    expect((await gql(app.url, CHECK_IN, { input: { claimId: claim.id }, key: 'check-in-1' }, c.neighbour.token)).errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|NOT_FOUND/);
    expect(await counts()).toEqual(before);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { gql, ok } from '../helpers/graphql.js';
import { em } from '../factories/index.js';
import { createIssueCast, submit, MUTATIONS, type IssueCast } from '../factories/issues.js';
import { payloadHash } from '../../server/core/idempotency.js';
import { createVolunteers } from '../factories/volunteers.js';
import { VolunteerTask, VolunteerTaskStatus } from '../../server/volunteers/volunteer.entity.js';
import { toGlobalId } from '../../server/core/ids.js';

/**
 * Issue #8 item 15 (one clause): an idempotency key answered with the first result whatever the
 * payload, so a client that reused a key for another request silently got the wrong object back.
 * A key is now bound to the hash of its first payload; another payload under it is refused.
 */
let app: TestApp;
let c: IssueCast;

const SUBMIT = `mutation($input: SubmitIssueInput!) { submitIssue(input: $input) { id title } }`;
const counts = async () =>
  (await em(app).execute<{ issues: number; comments: number; keys: number }[]>(
    `SELECT (SELECT count(*)::int FROM issues) AS issues, (SELECT count(*)::int FROM issue_comments) AS comments, (SELECT count(*)::int FROM idempotency_keys) AS keys`,
  ))[0]!;

beforeAll(async () => {
  app = await startTestApp();
  c = await createIssueCast(app);
});

afterAll(async () => {
  await app?.close();
});

describe('payloadHash', () => {
  it('ignores the order of fields and the key itself, and nothing else', () => {
    const a = { communityId: 'C', title: '电梯', body: '异响', idempotencyKey: 'k1' };
    expect(payloadHash({ body: '异响', idempotencyKey: 'k2', title: '电梯', communityId: 'C' })).toBe(payloadHash(a));
    expect(payloadHash({ ...a, title: '电梯 ' })).not.toBe(payloadHash(a));
    expect(payloadHash({ ...a, location: null })).not.toBe(payloadHash(a));
  });
});

describe('a key is bound to its payload', () => {
  const input = (key: string, title = '楼道堆物', extra: Record<string, unknown> = {}) => ({ communityId: c.community.gid, title, body: '三楼楼道堆满杂物', category: 'SAFETY', idempotencyKey: key, ...extra });

  it('submitIssue: the same payload gets the first issue again; another payload under the key is BAD_USER_INPUT and creates nothing', async () => {
    const first = (await ok(app.url, SUBMIT, { input: input('key-1') }, c.resident.token)).submitIssue;
    // The same payload, its fields in another order: the first issue.
    const { idempotencyKey, ...rest } = input('key-1');
    const again = (await ok(app.url, SUBMIT, { input: { idempotencyKey, ...Object.fromEntries(Object.entries(rest).reverse()) } }, c.resident.token)).submitIssue;
    expect(again).toEqual(first);
    const before = await counts();
    const other = await gql(app.url, SUBMIT, { input: input('key-1', '另一件事') }, c.resident.token);
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { idempotencyKey: expect.any(String) } });
    expect(await counts()).toEqual(before);
    // The key is another person's to use as they like.
    expect((await ok(app.url, SUBMIT, { input: input('key-1', '另一件事') }, c.neighbour.token)).submitIssue.title).toBe('另一件事');
  });

  it('two requests at once under one key with different payloads: one is created, the other refused', async () => {
    const before = await counts();
    const [a, b] = await Promise.all([
      gql(app.url, SUBMIT, { input: input('key-race', '甲') }, c.resident.token),
      gql(app.url, SUBMIT, { input: input('key-race', '乙') }, c.resident.token),
    ]);
    const results = [a, b].map((r) => (r.errors ? r.errors[0]!.extensions!.code : 'OK')).sort();
    expect(results).toEqual(['BAD_USER_INPUT', 'OK']);
    expect((await counts()).issues).toBe(before.issues + 1);
  });

  it('commentOnIssue: the same rule', async () => {
    const issue = await submit(app, c);
    const comment = (body: string) => gql(app.url, MUTATIONS.comment, { input: { issueId: issue.id, body, idempotencyKey: 'comment-1' } }, c.resident.token);
    const first = await comment('什么时候修？');
    expect((await comment('什么时候修？')).data).toEqual(first.data);
    const before = await counts();
    expect((await comment('另一条评论')).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { idempotencyKey: expect.any(String) } });
    expect(await counts()).toEqual(before);
  });

  it('claimTask: the same key for another task is refused; for the same task it answers the first claim', async () => {
    const [volunteer] = await createVolunteers(app, c.community, 1);
    const e = em(app);
    const startsAt = new Date(Date.now() + 24 * 3_600_000);
    const task = (title: string) =>
      e.create(VolunteerTask, { station: c.community.orgs.station.id, community: c.community.id, title, description: '帮忙', startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000), slots: 3, status: VolunteerTaskStatus.OPEN, createdBy: c.dispatcher.id });
    const [t1, t2] = [task('陪老人就医'), task('清理楼道')];
    await e.flush();
    const CLAIM = `mutation($input: ClaimTaskInput!) { claimTask(input: $input) { id status } }`;
    const claim = (t: { id: string }) => gql(app.url, CLAIM, { input: { taskId: toGlobalId('VolunteerTask', t.id), idempotencyKey: 'claim-1' } }, volunteer!.token);
    const first = await claim(t1);
    expect(first.data?.claimTask.status).toBe('CLAIMED');
    expect((await claim(t1)).data).toEqual(first.data);
    expect((await claim(t2)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { idempotencyKey: expect.any(String) } });
    const [row] = await em(app).execute<{ n: number }[]>(`SELECT count(*)::int AS n FROM task_claims WHERE task_id = ?`, [t2.id]);
    expect(row!.n).toBe(0);
  });
});

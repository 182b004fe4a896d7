import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { errorCode, ok } from '../helpers/graphql.js';
import { act, createIssueCast, submit, type IssueCast } from '../factories/issues.js';

let app: TestApp;
let c: IssueCast;
const statements: string[] = [];
let counting = false;

beforeAll(async () => {
  app = await startTestApp({ onQuery: (sql) => counting && statements.push(sql) });
  c = await createIssueCast(app);
});
afterAll(() => app.close());

const BOARD = `query($c: ID!, $f: IssueFilter, $first: Int, $after: String) { issues(communityId: $c, filter: $f, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id number title status } } } }`;
const titles = async (filter: object, user = c.dispatcher) =>
  (await ok(app.url, BOARD, { c: c.community.gid, f: filter, first: 100 }, user.token)).issues.edges.map((e: any) => e.node.title).sort();

describe('search that works for Chinese', () => {
  beforeAll(async () => {
    await submit(app, c, c.resident, { title: '小区电梯异响', body: '每天晚上都有' });
    await submit(app, c, c.resident, { title: '停车位被占', body: '地下车库B2有车长期占用' });
    const third = await submit(app, c, c.neighbour, { title: '楼道灯坏了', body: '5楼' });
    await act(app, 'comment', c.dispatcher, { issueId: third.id, body: '已联系电工师傅' });
    await act(app, 'comment', c.dispatcher, { issueId: third.id, body: '内部：预算不足', internal: true });
    await submit(app, c, c.resident, { title: '100% 噪音', body: 'under_score' });
  });

  it('finds substrings in titles, bodies and public comments, not in internal notes', async () => {
    expect(await titles({ search: '电梯' })).toEqual(['小区电梯异响']);
    expect(await titles({ search: '车库' })).toEqual(['停车位被占']);
    expect(await titles({ search: '电工' })).toEqual(['楼道灯坏了']);
    expect(await titles({ search: '预算' })).toEqual([]);
    expect(await titles({ search: '灯' })).toEqual(['楼道灯坏了']); // one character
    expect(await titles({ search: '电梯坏' })).toEqual([]); // bigrams alone would match; the substring does not
    expect(await titles({ search: '100%' })).toEqual(['100% 噪音']);
    expect(await titles({ search: '_' })).toEqual(['100% 噪音']);
  });

  it('finds an issue by its number', async () => {
    const { issues } = await ok(app.url, BOARD, { c: c.community.gid, first: 1 }, c.dispatcher.token);
    const { number, title } = issues.edges[0].node;
    expect(await titles({ search: number })).toEqual([title]);
  });
});

describe('filters and pages', () => {
  it('filters by status, category and mine; pages with stable cursors and an exact totalCount', async () => {
    const a = await submit(app, c, c.neighbour, { title: '绿化带垃圾', category: 'ENVIRONMENT' });
    await act(app, 'dispatch', c.dispatcher, { issueId: a.id, organizationId: c.community.orgs.pm.gid });
    expect(await titles({ status: ['DISPATCHED'], category: ['ENVIRONMENT'] })).toEqual(['绿化带垃圾']);
    expect(await titles({ mine: true }, c.pmStaff)).toEqual(['绿化带垃圾']);
    expect((await titles({ mine: true }, c.neighbour))).toContain('绿化带垃圾');
    expect(await titles({ assigneeId: c.community.orgs.pm.gid })).toEqual(['绿化带垃圾']);

    const all = (await ok(app.url, BOARD, { c: c.community.gid, first: 100 }, c.dispatcher.token)).issues;
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = (await ok(app.url, BOARD, { c: c.community.gid, first: 2, after }, c.dispatcher.token)).issues;
      expect(page.totalCount).toBe(all.totalCount);
      seen.push(...page.edges.map((e: any) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(all.edges.map((e: any) => e.node.id));
    expect(await errorCode(app.url, BOARD, { c: c.community.gid, first: 101 }, c.dispatcher.token)).toBe('BAD_USER_INPUT');
    expect(await errorCode(app.url, BOARD, { c: c.community.gid, after: 'bad' }, c.dispatcher.token)).toBe('BAD_USER_INPUT');
  });
});

describe('no N+1', () => {
  it('issues(first: 50) with reporter, assignee, rating, comment counts and viewer flags costs a constant number of statements', async () => {
    for (let i = 0; i < 50; i++) {
      const issue = await submit(app, c, i % 2 ? c.resident : c.neighbour, { title: `批量${i}` });
      if (i % 3 === 0) await act(app, 'dispatch', c.dispatcher, { issueId: issue.id, organizationId: c.community.orgs.pm.gid });
      if (i % 5 === 0) await act(app, 'comment', c.resident, { issueId: issue.id, body: '+1' });
    }
    const query = `query($c: ID!) { issues(communityId: $c, first: 50) { totalCount edges { node {
      id number title status overdue reporter { id name } assignee { id name kind } rating { score }
      comments(first: 1) { totalCount } viewerSupports viewerFollows community { name } } } } }`;
    const count = async (first: number) => {
      statements.length = 0;
      counting = true;
      const d = await ok(app.url, query.replace('first: 50', `first: ${first}`), { c: c.community.gid }, c.dispatcher.token);
      counting = false;
      expect(d.issues.edges.length).toBe(first);
      return statements.length;
    };
    const for5 = await count(5);
    const for50 = await count(50);
    // The same statements whatever the page size: one per list level and batched field, never one per issue.
    if (for50 !== for5) console.log(statements.join('\n'));
    expect(for50).toBe(for5);
    expect(for50).toBeLessThanOrEqual(12);
  });
});

describe('notifications of the thread', () => {
  it('followers hear of status changes and public comments, not of internal notes', async () => {
    const issue = await submit(app, c, c.resident, { title: '关注测试' });
    await act(app, 'follow', c.neighbour, { issueId: issue.id });
    await act(app, 'dispatch', c.dispatcher, { issueId: issue.id, organizationId: c.community.orgs.pm.gid });
    await act(app, 'comment', c.pmStaff, { issueId: issue.id, body: '内部', internal: true });
    await act(app, 'comment', c.pmStaff, { issueId: issue.id, body: '明天处理' });
    const types = (await ok(app.url, `{ notifications(first: 5) { edges { node { event { type data } } } } }`, {}, c.neighbour.token)).notifications.edges.map((e: any) => `${e.node.event.type}:${e.node.event.data.internal ?? ''}`);
    expect(types.slice(0, 2)).toEqual(['issue.commented:false', 'issue.dispatched:']);
  });
});

// The issue board in a constant, small number of statements (issue 11, part 3): at most 3 per
// request whatever the page size, with the reporter, the assignee, the counts and the viewer's
// flags, and the same answers as the field resolvers give one issue at a time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { statementCounter } from '../helpers/statements.js';
import { ok } from '../helpers/graphql.js';
import { act, createIssueCast, submit, type IssueCast } from '../factories/issues.js';

let app: TestApp;
let c: IssueCast;
const { onQuery, counted } = statementCounter();

beforeAll(async () => {
  app = await startTestApp({ onQuery });
  c = await createIssueCast(app);
  for (let i = 0; i < 40; i++) {
    const [reporter, other] = i % 2 ? [c.resident, c.neighbour] : [c.neighbour, c.resident];
    const issue = await submit(app, c, reporter, { title: `批量${i}`, showReporterName: i % 4 === 0 });
    if (i % 3 === 0) await act(app, 'dispatch', c.dispatcher, { issueId: issue.id, organizationId: c.community.orgs.pm.gid });
    if (i % 5 === 0) await act(app, 'comment', c.resident, { issueId: issue.id, body: '+1' });
    if (i % 6 === 0) await act(app, 'comment', c.pmStaff, { issueId: issue.id, body: '内部', internal: true });
    if (i % 7 === 0) await act(app, 'support', other, { issueId: issue.id });
    if (i % 6 === 0) await act(app, 'follow', other, { issueId: issue.id });
  }
}, 300_000);
afterAll(() => app?.close());

const BOARD = (first: number) => `query($c: ID!, $after: String) { issues(communityId: $c, first: ${first}, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { cursor node {
    id number title status overdue supportCount followerCount reporterNamed reporter { id name } assignee { id name kind }
    rating { score } comments(first: 1) { totalCount } viewerSupports viewerFollows viewerActions } } } }`;
const ONE = `query($id: ID!) { issue(id: $id) { id number title status overdue supportCount followerCount reporterNamed reporter { id name } assignee { id name kind }
    rating { score } comments(first: 1) { totalCount } viewerSupports viewerFollows viewerActions } }`;


describe('issues(first: n)', () => {
  it('costs at most 3 statements whatever the page size, with every field of the board', async () => {
    for (const first of [1, 5, 50, 100]) {
      for (const viewer of [c.dispatcher, c.neighbour, c.pmStaff]) {
        const { result, n, sql } = await counted(() => ok(app.url, BOARD(first), { c: c.community.gid }, viewer.token));
        expect(result.issues.edges.length).toBe(Math.min(first, result.issues.totalCount));
        if (n > 3) console.log(sql.join('\n---\n'));
        expect(n).toBeLessThanOrEqual(3);
      }
    }
  });

  it('answers what the field resolvers answer for each issue alone, for each viewer', async () => {
    for (const viewer of [c.dispatcher, c.neighbour, c.resident, c.pmStaff]) {
      const { issues } = await ok(app.url, BOARD(100), { c: c.community.gid }, viewer.token);
      expect(issues.totalCount).toBeGreaterThan(0);
      for (const e of issues.edges.slice(0, 25)) {
        const { issue } = await ok(app.url, ONE, { id: e.node.id }, viewer.token);
        expect(e.node).toEqual(issue);
      }
    }
  });

  it('pages with the same count and cursors, and an empty page still counts', async () => {
    const all = (await ok(app.url, BOARD(100), { c: c.community.gid }, c.dispatcher.token)).issues;
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = (await ok(app.url, BOARD(25), { c: c.community.gid, after }, c.dispatcher.token)).issues;
      expect(page.totalCount).toBe(all.totalCount);
      seen.push(...page.edges.map((e: any) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(all.edges.map((e: any) => e.node.id));
    const last = all.edges.at(-1).cursor;
    const empty = (await ok(app.url, BOARD(10), { c: c.community.gid, after: last }, c.dispatcher.token)).issues;
    expect(empty.edges).toEqual([]);
    expect(empty.totalCount).toBe(all.totalCount);
  });

  it('a stranger to the community sees an empty board', async () => {
    const { issues } = await ok(app.url, BOARD(50), { c: c.community.gid }, c.stranger.token);
    expect(issues.totalCount).toBe(0);
    expect(issues.edges).toEqual([]);
  });
});

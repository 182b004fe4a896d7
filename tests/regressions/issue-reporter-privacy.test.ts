import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { collect, ok, wsClient } from '../helpers/graphql.js';
import { act, createIssueCast, submit, type IssueCast } from '../factories/issues.js';
import type { TestUser } from '../factories/index.js';

// Regression (issue 9, item 7): the reporter's name was hidden from other residents in the issue's
// header (`Issue.reporter`) but shown in its timeline, because `DomainEvent.actor` named whoever
// acted. Now one rule (`issuePolicy.canSeeReporter`) decides both: the reporter is seen by the
// parties and the reporter only, unless they chose to show their name. It holds on every path an
// event reaches a reader: Issue.timeline, issueEvents and communityEvents.

const ISSUE = `query($id: ID!) { issue(id: $id) { reporterNamed reporter { id name } timeline(first: 20) { edges { node { type actor { id } } } } } }`;
const CURSOR = `query($c: ID!) { events(communityId: $c, first: 1) { streamCursor } }`;
const COMMUNITY_LIVE = `subscription($c: ID!, $after: String) { communityEvents(communityId: $c, after: $after, types: ["issue.*"]) { type actor { id } subject { id } } }`;
const ISSUE_LIVE = `subscription($i: ID!, $after: String) { issueEvents(issueId: $i, after: $after) { type actor { id } } }`;

let app: TestApp;
let k: IssueCast;

beforeAll(async () => {
  app = await startTestApp();
  k = await createIssueCast(app);
});
afterAll(() => app.close());

const read = async (id: string, viewer: TestUser) => (await ok(app.url, ISSUE, { id }, viewer.token)).issue;
const actors = (issue: any, type: string) => issue.timeline.edges.map((e: any) => e.node).filter((n: any) => n.type === type).map((n: any) => n.actor?.id ?? null);

/** What a viewer's two live streams deliver about one issue, replayed from before it was raised. */
async function live(viewer: TestUser, after: string, issueId: string, count: number) {
  const client = wsClient(app.wsUrl, viewer.token);
  const community = collect(client, COMMUNITY_LIVE, { c: k.community.gid, after });
  const thread = collect(client, ISSUE_LIVE, { i: issueId, after });
  try {
    const fromCommunity = (await community.next(count)).map((d: any) => d.communityEvents).filter((e: any) => e.subject?.id === issueId || e.subject === null);
    const fromThread = (await thread.next(count)).map((d: any) => d.issueEvents);
    return { fromCommunity, fromThread };
  } finally {
    community.dispose();
    thread.dispose();
    await client.dispose();
  }
}

describe('the reporter, in the header and in the timeline', () => {
  it('by default: the reporter and the parties see who raised it and who commented, other residents see neither', async () => {
    const { streamCursor } = (await ok(app.url, CURSOR, { c: k.community.gid }, k.neighbour.token)).events;
    const issue = await submit(app, k, k.resident, { title: '楼下夜市噪音扰民' });
    await act(app, 'comment', k.resident, { issueId: issue.id, body: '晚上十一点后还很吵' });
    await act(app, 'dispatch', k.dispatcher, { issueId: issue.id, organizationId: k.community.orgs.pm.gid });

    const neighbour = await read(issue.id, k.neighbour);
    expect(neighbour.reporterNamed).toBe(false);
    expect(neighbour.reporter).toBeNull();
    expect(actors(neighbour, 'issue.submitted')).toEqual([null]);
    expect(actors(neighbour, 'issue.commented')).toEqual([null]);
    // Other people's acts keep their actor: the rule hides the reporter, not everyone.
    expect(actors(neighbour, 'issue.dispatched')).toEqual([k.dispatcher.gid]);

    for (const viewer of [k.resident, k.dispatcher, k.pmStaff, k.rcChair]) {
      const seen = await read(issue.id, viewer);
      expect(seen.reporter).toEqual({ id: k.resident.gid, name: '居民甲' });
      expect(actors(seen, 'issue.submitted')).toEqual([k.resident.gid]);
      expect(actors(seen, 'issue.commented')).toEqual([k.resident.gid]);
    }

    const theirs = await live(k.neighbour, streamCursor, issue.id, 3);
    for (const stream of [theirs.fromCommunity, theirs.fromThread]) {
      expect(stream.map((e: any) => [e.type, e.actor?.id ?? null])).toEqual([
        ['issue.submitted', null],
        ['issue.commented', null],
        ['issue.dispatched', k.dispatcher.gid],
      ]);
    }
    const parties = await live(k.pmStaff, streamCursor, issue.id, 3);
    for (const stream of [parties.fromCommunity, parties.fromThread]) {
      expect(stream.map((e: any) => e.actor?.id)).toEqual([k.resident.gid, k.resident.gid, k.dispatcher.gid]);
    }
  });

  it('a reporter who chose to show their name is named to every reader, in the header and the timeline', async () => {
    const issue = await submit(app, k, k.resident, { title: '我愿具名：垃圾站异味', showReporterName: true });
    const neighbour = await read(issue.id, k.neighbour);
    expect(neighbour).toMatchObject({ reporterNamed: true, reporter: { id: k.resident.gid, name: '居民甲' } });
    expect(actors(neighbour, 'issue.submitted')).toEqual([k.resident.gid]);
  });
});

// Regression (issue 9, item 7, the last hole): a comment the reporter wrote on their own issue named
// them as its `author` to every reader. `IssueComment.author` is non-null in the contract, so it
// now follows the same rule through one function (`personAsSeen`, next to `canSeeReporter`): those
// who may not see the reporter get a stand-in named 反映人 that points at nobody.
const THREAD = `query($id: ID!) { issue(id: $id) { comments(first: 20) { edges { node { id body author { id name memberships { id } residencies { id } volunteer { id } privacyConsent { version } } } } } } }`;
const NODE = `query($id: ID!) { node(id: $id) { id ... on User { name } } }`;
const COMMENT = `query($id: ID!) { node(id: $id) { ... on IssueComment { author { id name } } } }`;

const thread = async (id: string, viewer: TestUser) =>
  (await ok(app.url, THREAD, { id }, viewer.token)).issue.comments.edges.map((e: any) => e.node);

describe("the reporter as the author of a comment on their own issue", () => {
  it('other residents see a stand-in named 反映人 that resolves to nobody; the parties and the reporter see the writer', async () => {
    const issue = await submit(app, k, k.resident, { title: '小区门口积水' });
    await act(app, 'comment', k.resident, { issueId: issue.id, body: '下雨天一直积水' });
    await act(app, 'dispatch', k.dispatcher, { issueId: issue.id, organizationId: k.community.orgs.pm.gid });
    await act(app, 'comment', k.dispatcher, { issueId: issue.id, body: '已派物业处理' });

    const seen = await thread(issue.id, k.neighbour);
    const [mine, desk] = seen;
    expect(mine.body).toBe('下雨天一直积水');
    expect(mine.author).toMatchObject({ name: '反映人', memberships: [], residencies: [], volunteer: null, privacyConsent: null });
    expect(mine.author.id).not.toBe(k.resident.gid);
    expect(JSON.stringify(seen)).not.toContain('居民甲');
    expect(JSON.stringify(seen)).not.toContain(k.resident.gid);
    // Someone else's comment keeps its writer.
    expect(desk.author.id).toBe(k.dispatcher.gid);

    // The stand-in is stable and resolves to nothing, for the neighbour and for the parties.
    expect((await thread(issue.id, k.neighbour))[0].author.id).toBe(mine.author.id);
    for (const viewer of [k.neighbour, k.pmStaff, k.resident]) {
      expect((await ok(app.url, NODE, { id: mine.author.id }, viewer.token)).node).toBeNull();
    }
    // Reached by its own id (as the issue.commented event's commentId leads there), the same rule.
    expect((await ok(app.url, COMMENT, { id: mine.id }, k.neighbour.token)).node.author).toEqual({ id: mine.author.id, name: '反映人' });

    for (const viewer of [k.resident, k.dispatcher, k.pmStaff, k.rcChair]) {
      const [theirs] = await thread(issue.id, viewer);
      expect(theirs.author).toMatchObject({ id: k.resident.gid, name: '居民甲' });
    }
  });

  it('a reporter who chose to show their name is the author of their comments to every reader', async () => {
    const issue = await submit(app, k, k.resident, { title: '我愿具名：路灯不亮', showReporterName: true });
    await act(app, 'comment', k.resident, { issueId: issue.id, body: '三号楼前的路灯' });
    const [mine] = await thread(issue.id, k.neighbour);
    expect(mine.author).toMatchObject({ id: k.resident.gid, name: '居民甲' });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { ok } from '../helpers/graphql.js';
import { createIssueCast, submit, type IssueCast } from '../factories/issues.js';
import type { TestUser } from '../factories/index.js';

/**
 * Issue #9 item 4: a new issue waits at the dispatch desks (综治中心, 居委会), and nobody there was
 * told. Now every member of the desks is notified, with a notification that points at the issue;
 * others (the property manager, other residents) are not, and the reporter is never told of
 * their own submission.
 */
let app: TestApp;
let c: IssueCast;

beforeAll(async () => {
  app = await startTestApp();
  c = await createIssueCast(app);
});
afterAll(() => app.close());

const NOTIFICATIONS = `{ notifications(first: 20) { unreadCount edges { node { title readAt event { type subject { __typename id } } } } } }`;
const notificationsOf = async (u: TestUser) => (await ok(app.url, NOTIFICATIONS, {}, u.token)).notifications;
const about = (list: any, issueId: string) => list.edges.map((e: any) => e.node).filter((n: any) => n.event.subject?.id === issueId);

describe('a new issue tells the dispatch desks', () => {
  it('the governance center and the residents’ committee are notified, pointing at the issue; nobody else', async () => {
    const issue = await submit(app, c, c.resident, { title: '楼道灯坏了' });

    for (const desk of [c.dispatcher, c.rcChair, c.gridWorker]) {
      const [told] = about(await notificationsOf(desk), issue.id);
      expect(told, desk.name).toMatchObject({ title: '新诉求待派单：楼道灯坏了', readAt: null, event: { type: 'issue.submitted', subject: { __typename: 'Issue', id: issue.id } } });
    }
    for (const other of [c.resident, c.neighbour, c.pmStaff, c.ocChair]) {
      expect(about(await notificationsOf(other), issue.id), other.name).toEqual([]);
    }
  });

  it('a grid worker submitting for a resident: the resident is told it was submitted for them, the other desk members that it waits', async () => {
    const issue = await submit(app, c, c.gridWorker, { title: '单元门禁失灵', onBehalfOfUserId: c.resident.gid });

    expect(about(await notificationsOf(c.resident), issue.id).map((n: any) => n.title)).toEqual(['网格员已代你提交诉求：单元门禁失灵']);
    expect(about(await notificationsOf(c.dispatcher), issue.id).map((n: any) => n.title)).toEqual(['新诉求待派单：单元门禁失灵']);
    expect(about(await notificationsOf(c.rcChair), issue.id).map((n: any) => n.title)).toEqual(['新诉求待派单：单元门禁失灵']);
    // The grid worker did it: not told of their own act.
    expect(about(await notificationsOf(c.gridWorker), issue.id)).toEqual([]);
  });
});

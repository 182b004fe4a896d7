import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { errorCode, gql, ok } from '../helpers/graphql.js';
import { createCommunity, createUser, em, reside, seat, MemberRole, type TestCommunity, type TestUser } from '../factories/index.js';
import { Residency } from '../../server/communities/residency.entity.js';

// Regression (issue 9, item 2): a new resident could never be verified. The client never called
// verifyResidency, and there was no queue of pending requests to call it from and no way to
// decline one. Now `Community.residencyRequests` is the residents' committee's queue (grid workers
// included) and `declineResidency` declines with a reason the person is told. A declined request
// is no tie to the community, and the person may ask again.

const JOIN = `mutation($input: JoinCommunityInput!) { joinCommunity(input: $input) { id status } }`;
const VERIFY = `mutation($input: VerifyResidencyInput!) { verifyResidency(input: $input) { id verified status } }`;
const DECLINE = `mutation($input: DeclineResidencyInput!) { declineResidency(input: $input) { id verified status declineReason } }`;
const QUEUE = `query($id: ID!) { community(id: $id) { residencyRequests(first: 20) { totalCount edges { node { id kind status requestedAt user { name } unit { number } } } } } }`;
const SUBMIT = `mutation($input: SubmitIssueInput!) { submitIssue(input: $input) { id } }`;

let app: TestApp;
let community: TestCommunity;
let chair: TestUser;
let gridWorker: TestUser;

beforeAll(async () => {
  app = await startTestApp();
  community = await createCommunity(app);
  chair = await createUser(app, { name: '居委会主任' });
  await seat(app, chair, community.orgs.rc.id, MemberRole.CHAIR);
  gridWorker = await createUser(app, { name: '网格员' });
  await seat(app, gridWorker, community.orgs.rc.id, MemberRole.GRID_WORKER);
});
afterAll(() => app.close());

const queue = async (token: string) => (await ok(app.url, QUEUE, { id: community.gid }, token)).community.residencyRequests;
const issueInput = (title: string) => ({ communityId: community.gid, title, body: '楼道灯坏了', category: 'FACILITY' });

describe('the residents\' committee queue', () => {
  it('lists pending requests oldest first with the flat and the stated relation, for the committee and its grid workers only', async () => {
    const first = await createUser(app, { name: '甲住户' });
    const second = await createUser(app, { name: '乙住户' });
    await ok(app.url, JOIN, { input: { communityId: community.gid, unitId: community.units[0]!.gid, kind: 'OWNER' } }, first.token);
    await ok(app.url, JOIN, { input: { communityId: community.gid, unitId: community.units[1]!.gid, kind: 'TENANT' } }, second.token);

    for (const viewer of [chair, gridWorker]) {
      const q = await queue(viewer.token);
      const mine = q.edges.map((e: any) => e.node).filter((n: any) => ['甲住户', '乙住户'].includes(n.user.name));
      expect(mine).toMatchObject([
        { kind: 'OWNER', status: 'PENDING', user: { name: '甲住户' }, unit: { number: '1-101' } },
        { kind: 'TENANT', status: 'PENDING', user: { name: '乙住户' }, unit: { number: '1-201' } },
      ]);
    }
    const pm = await createUser(app);
    await seat(app, pm, community.orgs.pm.id, MemberRole.STAFF);
    expect(await queue(pm.token)).toMatchObject({ totalCount: 0, edges: [] });
    expect(await queue(first.token)).toMatchObject({ totalCount: 0, edges: [] });
  });

  it('a grid worker verifies: the request leaves the queue and the person may submit issues', async () => {
    const person = await createUser(app, { name: '丙住户' });
    const { joinCommunity } = await ok(app.url, JOIN, { input: { communityId: community.gid, unitId: community.units[2]!.gid, kind: 'OWNER' } }, person.token);
    expect(await errorCode(app.url, SUBMIT, { input: issueInput('未核验') }, person.token)).toBe('FORBIDDEN');
    const { verifyResidency } = await ok(app.url, VERIFY, { input: { residencyId: joinCommunity.id } }, gridWorker.token);
    expect(verifyResidency).toMatchObject({ verified: true, status: 'VERIFIED' });
    expect((await queue(chair.token)).edges.map((e: any) => e.node.id)).not.toContain(joinCommunity.id);
    await ok(app.url, SUBMIT, { input: issueInput('已核验') }, person.token);
  });
});

describe('declineResidency', () => {
  it('declines with a reason: the person is notified why, gains no tie, and may ask again', async () => {
    const person = await createUser(app, { name: '丁住户' });
    const unit = community.units[3]!.gid;
    const { joinCommunity } = await ok(app.url, JOIN, { input: { communityId: community.gid, unitId: unit, kind: 'OWNER' } }, person.token);
    const { declineResidency } = await ok(app.url, DECLINE, { input: { residencyId: joinCommunity.id, reason: ' 房屋登记的业主不是此人 ' } }, chair.token);
    expect(declineResidency).toMatchObject({ verified: false, status: 'DECLINED', declineReason: '房屋登记的业主不是此人' });

    const notes = await ok(app.url, `{ notifications(first: 1) { edges { node { title event { type data actor { id } } } } } }`, {}, person.token);
    expect(notes.notifications.edges[0].node).toMatchObject({
      title: expect.stringContaining('房屋登记的业主不是此人'),
      event: { type: 'residency.declined', data: { reason: '房屋登记的业主不是此人', unitNumber: '1-401' }, actor: { id: chair.gid } },
    });
    const me = await ok(app.url, `{ me { residencies { id status declineReason } } }`, {}, person.token);
    expect(me.me.residencies).toEqual([{ id: joinCommunity.id, status: 'DECLINED', declineReason: '房屋登记的业主不是此人' }]);
    expect((await queue(chair.token)).edges.map((e: any) => e.node.id)).not.toContain(joinCommunity.id);

    // Declined is final for that request, and no tie: it cannot be verified after all, and the
    // person may not act as one who belongs (not even as "connected").
    expect(await errorCode(app.url, VERIFY, { input: { residencyId: joinCommunity.id } }, chair.token)).toBe('INVALID_TRANSITION');
    expect(await errorCode(app.url, DECLINE, { input: { residencyId: joinCommunity.id, reason: '再拒' } }, chair.token)).toBe('INVALID_TRANSITION');
    expect(await errorCode(app.url, SUBMIT, { input: issueInput('被拒后') }, person.token)).toBe('FORBIDDEN');

    const again = await ok(app.url, JOIN, { input: { communityId: community.gid, unitId: unit, kind: 'TENANT' } }, person.token);
    expect(again.joinCommunity.status).toBe('PENDING');
  });

  it('is FORBIDDEN outside the residents\' committee, and changes nothing', async () => {
    const person = await createUser(app);
    const residencyId = await reside(app, person, community.id, { verified: false });
    const pm = await createUser(app);
    await seat(app, pm, community.orgs.pm.id, MemberRole.STAFF);
    const other = await createCommunity(app);
    const otherChair = await createUser(app);
    await seat(app, otherChair, other.orgs.rc.id, MemberRole.CHAIR);
    for (const who of [pm, person, otherChair]) {
      expect(await errorCode(app.url, DECLINE, { input: { residencyId, reason: '不行' } }, who.token)).toBe('FORBIDDEN');
    }
    expect(await errorCode(app.url, DECLINE, { input: { residencyId, reason: '不行' } })).toBe('FORBIDDEN');
    const row = await em(app).findOneOrFail(Residency, { user: person.id });
    expect(row).toMatchObject({ verified: false, declinedAt: null, declineReason: null });
  });

  it('a blank reason is BAD_USER_INPUT and a verified residency cannot be declined', async () => {
    const person = await createUser(app);
    const residencyId = await reside(app, person, community.id, { verified: false });
    const r = await gql(app.url, DECLINE, { input: { residencyId, reason: '   ' } }, chair.token);
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { reason: expect.any(String) } });
    const verified = await reside(app, await createUser(app), community.id, { verified: true });
    expect(await errorCode(app.url, DECLINE, { input: { residencyId: verified, reason: '不是住户' } }, chair.token)).toBe('INVALID_TRANSITION');
  });

  it('two committee members deciding at once: one wins, the other gets INVALID_TRANSITION', async () => {
    const person = await createUser(app);
    const residencyId = await reside(app, person, community.id, { verified: false });
    const results = await Promise.all([
      gql(app.url, VERIFY, { input: { residencyId } }, chair.token),
      gql(app.url, DECLINE, { input: { residencyId, reason: '信息不符' } }, gridWorker.token),
    ]);
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['INVALID_TRANSITION', 'OK']);
    const row = await em(app).findOneOrFail(Residency, { user: person.id });
    const verifiedWon = results[0].errors === undefined;
    expect(row.verified).toBe(verifiedWon);
    expect(row.declinedAt !== null && row.declinedAt !== undefined).toBe(!verifiedWon);
  });
});

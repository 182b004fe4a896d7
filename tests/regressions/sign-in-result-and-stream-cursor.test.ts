import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { collect, ok, wsClient } from '../helpers/graphql.js';
import { createCommunity, createUser, em, reside, PASSWORD } from '../factories/index.js';
import { transact } from '../../server/core/transaction.js';
import { emit } from '../../server/events/emit.js';
import { Residency } from '../../server/communities/residency.entity.js';
import '../../server/communities/communities.events.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe('regressions', () => {
  // The sign-in result was resolved as the anonymous caller: its residencies came back empty and
  // the client thought a verified resident belonged nowhere.
  it("signIn's user is seen as the person who just signed in", async () => {
    const u = await createUser(app);
    const c = await createCommunity(app);
    await reside(app, u, c.id);
    const { signIn } = await ok(app.url, `mutation($i: SignInInput!) { signIn(input: $i) { user { residencies { verified community { id } } } } }`, { i: { phone: u.phone, password: PASSWORD } });
    expect(signIn.user.residencies).toEqual([{ verified: true, community: { id: c.gid } }]);
  });

  // An empty board subscribed "from now": an event committed between the page and the
  // subscription was lost. streamCursor closes that gap.
  it('an empty page still gives a cursor that loses nothing made before the subscription starts', async () => {
    const admin = await createUser(app, { admin: true });
    const c = await createCommunity(app);
    const { events } = await ok(app.url, `query($c: ID!) { events(communityId: $c) { edges { cursor } streamCursor } }`, { c: c.gid }, admin.token);
    expect(events.edges).toEqual([]);
    await transact(em(app), app.services.bus, null, (tx) => {
      emit(tx, { type: 'community.created', communityId: c.id, data: { name: 'in the gap' }, audience: { public: true } });
      return Promise.resolve();
    });
    const client = wsClient(app.wsUrl, admin.token);
    const sub = collect(client, `subscription($c: ID!, $a: String) { communityEvents(communityId: $c, after: $a) { data } }`, { c: c.gid, a: events.streamCursor });
    const [got] = await sub.next(1);
    expect(got.communityEvents.data).toEqual({ name: 'in the gap' });
    await client.dispose();
  });

  // Joining again without a flat made a second, pending residency beside the verified one.
  it('a resident cannot join the same community twice', async () => {
    const u = await createUser(app);
    const c = await createCommunity(app);
    await reside(app, u, c.id, { unitId: c.units[0]!.id });
    const join = (unitId?: string) => ok(app.url, `mutation($i: JoinCommunityInput!) { joinCommunity(input: $i) { id } }`, { i: { communityId: c.gid, kind: 'OWNER', unitId } }, u.token).catch((e: Error) => e.message);
    expect(await join()).toContain('BAD_USER_INPUT');
    expect(await join(c.units[0]!.gid)).toContain('BAD_USER_INPUT');
    expect(await em(app).count(Residency, { user: u.id })).toBe(1);
    // A second flat is a second residency: an owner may own two.
    expect(await join(c.units[1]!.gid)).toMatchObject({ joinCommunity: { id: expect.any(String) } });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { collect, ok, sleep, wsClient } from '../helpers/graphql.js';
import { createCommunity, createUser, em, reside, seat, type TestUser } from '../factories/index.js';
import { transact } from '../../server/core/transaction.js';
import { emit } from '../../server/events/emit.js';
import { readEvents } from '../../server/events/event-feed.js';
import { sharedFeed } from '../../server/events/shared-feed.js';
import { liveHub } from '../../server/events/live.js';
import type { Audience } from '../../server/events/events.catalog.js';
import '../../server/communities/communities.events.js';

let app: TestApp;
let counting = false;
const statements: string[] = [];
beforeAll(async () => {
  app = await startTestApp({ onQuery: (sql) => counting && statements.push(sql) });
});
afterAll(() => app.close());

describe('the shared feed', () => {
  it('judges every event for every viewer exactly as the SQL of readEvents does', async () => {
    const c = await createCommunity(app);
    const elsewhere = await createCommunity(app);
    const [admin, resident, pending, member, outsider, stranger, named] = await Promise.all([
      createUser(app, { admin: true }),
      createUser(app),
      createUser(app),
      createUser(app),
      createUser(app),
      createUser(app),
      createUser(app),
    ]);
    await reside(app, resident, c.id);
    await reside(app, pending, c.id, { verified: false });
    await seat(app, member, c.orgs.pm.id);
    await seat(app, outsider, elsewhere.orgs.pm.id);
    const audiences: Audience[] = [
      { public: true },
      { organizationIds: [c.orgs.pm.id] },
      { organizationIds: [elsewhere.orgs.pm.id] },
      { userIds: [named.id, pending.id] },
      { public: true, organizationIds: [c.orgs.rc.id] },
      {},
    ];
    for (const [i, audience] of audiences.entries()) {
      await transact(em(app), app.services.bus, null, (tx) => {
        emit(tx, { type: 'community.created', communityId: c.id, data: { name: `e${i}` }, audience });
        return Promise.resolve();
      });
    }
    const viewers = [admin, resident, pending, member, outsider, stranger, named];
    for (const v of viewers) {
      const sql = await readEvents(em(app), { viewerId: v.id, sessionId: v.sessionId, communityId: c.id, after: { xid: '0', id: '0' }, order: 'asc', limit: 100 });
      const shared = await sharedFeed(app.services.orm).read({ viewerId: v.id, sessionId: v.sessionId, communityId: c.id, after: { xid: '0', id: '0' }, limit: 100 });
      expect(Array.isArray(shared)).toBe(true);
      expect((shared as { id: string }[]).map((e) => e.id)).toEqual(sql.map((e) => e.id));
    }
    // And a sample of the answers themselves, so the two cannot agree on nonsense.
    const names = async (v: TestUser) =>
      (await readEvents(em(app), { viewerId: v.id, communityId: c.id, after: { xid: '0', id: '0' }, order: 'asc', limit: 100 })).map((e) => e.data.name);
    expect(await names(admin)).toEqual(['e0', 'e1', 'e2', 'e3', 'e4', 'e5']);
    expect(await names(member)).toEqual(['e0', 'e1', 'e4']);
    expect(await names(pending)).toEqual(['e3']);
    expect(await names(outsider)).toEqual(['e2']);
    expect(await names(stranger)).toEqual([]);
  });

  it('answers many live subscribers woken by one change with a constant number of statements', async () => {
    const c = await createCommunity(app);
    const viewers = await Promise.all(Array.from({ length: 20 }, () => createUser(app)));
    await Promise.all(viewers.map((v) => reside(app, v, c.id)));
    const { events } = await ok(app.url, `query($c: ID!) { events(communityId: $c) { streamCursor } }`, { c: c.gid }, viewers[0]!.token);
    const clients = viewers.map((v) => wsClient(app.wsUrl, v.token));
    const subs = clients.map((client) => collect(client, `subscription($c: ID!, $a: String) { communityEvents(communityId: $c, after: $a) { id } }`, { c: c.gid, a: events.streamCursor }));
    // Every subscription has made its first (replay) read and is caught up (on a busy machine
    // that can take longer than any fixed pause).
    for (let i = 0; i < 400 && liveHub(app.services).liveCount() < 20; i++) await sleep(50);
    expect(liveHub(app.services).liveCount()).toBe(20);
    statements.length = 0;
    counting = true;
    await transact(em(app), app.services.bus, null, (tx) => {
      emit(tx, { type: 'community.created', communityId: c.id, data: { name: 'for all' }, audience: { public: true } });
      return Promise.resolve();
    });
    await Promise.all(subs.map((s) => s.next(1)));
    counting = false;
    const reads = statements.filter((s) => /from "?domain_events"?/i.test(s) && !/insert/i.test(s));
    // One shared read of the new events for the twenty (not twenty reads).
    expect(reads.length).toBeLessThanOrEqual(2);
    await Promise.all(clients.map((client) => Promise.resolve(client.dispose())));
  });
});

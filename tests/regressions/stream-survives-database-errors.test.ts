import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { collect, ok, sleep, wsClient } from '../helpers/graphql.js';
import { untilLive } from '../helpers/live.js';
import { createCommunity, createUser, em } from '../factories/index.js';
import { transact } from '../../server/core/transaction.js';
import { emit } from '../../server/events/emit.js';
import { liveHub } from '../../server/events/live.js';
import '../../server/communities/communities.events.js';

// Regression: any failed read ended a live stream with an error (a restart of the database, a
// lost connection), and the client had to notice and resubscribe. Now only coded errors end it;
// others are retried, and the stream carries on from its position.

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

it('a live stream survives reads that fail for a while, and delivers what came meanwhile', async () => {
  const admin = await createUser(app, { admin: true });
  const c = await createCommunity(app);
  const { events } = await ok(app.url, `query($c: ID!) { events(communityId: $c) { streamCursor } }`, { c: c.gid }, admin.token);
  const client = wsClient(app.wsUrl, admin.token);
  const sub = collect(client, `subscription($c: ID!, $a: String) { communityEvents(communityId: $c, after: $a) { data } }`, { c: c.gid, a: events.streamCursor });
  await untilLive(app, 1);
  const sql = (q: string) => em(app).getConnection().execute(q);
  await sql('ALTER TABLE domain_events RENAME TO domain_events_away');
  const stats = liveHub(app.services).stats;
  const readsBefore = stats.reads;
  try {
    // Woken while the table is gone: the reads fail. A topic's reads run one after another, so a
    // second read started means the first one ran, and failed, while the table was away.
    await app.services.bus.publish({ topics: [`community:${c.id}`] });
    for (let i = 0; i < 400 && stats.reads < readsBefore + 2; i++) await sleep(25);
    expect(stats.reads).toBeGreaterThanOrEqual(readsBefore + 2);
  } finally {
    await sql('ALTER TABLE domain_events_away RENAME TO domain_events');
  }
  await transact(em(app), app.services.bus, null, (tx) => {
    emit(tx, { type: 'community.created', communityId: c.id, data: { name: 'after the outage' }, audience: { public: true } });
  });
  const [got] = await sub.next(1);
  expect(got.communityEvents.data).toEqual({ name: 'after the outage' });
  expect(sub.errors).toEqual([]);
  await client.dispose();
});

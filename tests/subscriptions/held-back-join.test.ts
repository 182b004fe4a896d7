import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { collect, ok, sleep, wsClient } from '../helpers/graphql.js';
import { createCommunity, createUser, em, type TestCommunity, type TestUser } from '../factories/index.js';
import { transact } from '../../server/core/transaction.js';
import { emit } from '../../server/events/emit.js';
import { liveHub } from '../../server/events/live.js';
import '../../server/communities/communities.events.js';

// A subscription that resumes with `after` replays, then joins its topic's shared reads. Its last
// replay read can stop at an event that is committed but held back by the watermark (an older
// transaction still runs), whose wake-up came before the subscription opened, so no wake-up is
// left to read it. The topic must read it once the older transaction ends, without waiting for a
// poll: polls are switched off here (one an hour), so only that can deliver it.

const COMMUNITY_EVENTS = `subscription($c: ID!, $after: String) { communityEvents(communityId: $c, after: $after) { type data } }`;
const EVENTS = `query($c: ID!) { events(communityId: $c, first: 1) { edges { cursor } } }`;

let app: TestApp;
let admin: TestUser;
const clients: { dispose(): Promise<void> | void }[] = [];

beforeAll(async () => {
  app = await startTestApp({ env: { EVENT_POLL_MS: '3600000' } });
  admin = await createUser(app, { admin: true });
});
afterAll(async () => {
  for (const c of clients) await c.dispose();
  await app.close();
});

/** One public event of the community, in a transaction that waits for `hold` after writing it. */
function writeEvent(community: TestCommunity, name: string, hold?: Promise<void>, onFlushed?: () => void) {
  return transact(em(app), app.services.bus, null, async (tx) => {
    emit(tx, { type: 'community.created', communityId: community.id, data: { name }, audience: { public: true } });
    await tx.em.flush();
    onFlushed?.();
    if (hold) await hold;
  });
}

it('a replay that ended at a held-back event gets it once the older transaction ends, with no wake-up and no poll', async () => {
  const community = await createCommunity(app);
  const elsewhere = await createCommunity(app);
  await writeEvent(community, 'start');
  const { events } = await ok(app.url, EVENTS, { c: community.gid }, admin.token);
  const after = events.edges[0].cursor;

  // An older transaction, in another community (its commit wakes that community's topic only).
  let release!: () => void;
  let flushed!: () => void;
  const isFlushed = new Promise<void>((r) => (flushed = r));
  const older = writeEvent(elsewhere, 'older', new Promise<void>((r) => (release = r)), flushed);
  await isFlushed;
  // Committed after it started: held back while it runs. Its wake-up goes out now, before anyone listens.
  await writeEvent(community, 'held');

  const hub = liveHub(app.services);
  const liveBefore = hub.liveCount();
  const client = wsClient(app.wsUrl, admin.token);
  clients.push(client);
  const sub = collect(client, COMMUNITY_EVENTS, { c: community.gid, after });
  // Wait until it has replayed (finding nothing readable) and joined the topic.
  for (let i = 0; i < 200 && hub.liveCount() === liveBefore; i++) await sleep(25);
  expect(hub.liveCount()).toBe(liveBefore + 1);
  expect(sub.items).toEqual([]);

  release();
  await older;
  const [first] = await sub.next(1, 8000);
  expect(first.communityEvents.data.name).toBe('held');
  expect(sub.errors).toEqual([]);
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { untilLive } from '../helpers/live.js';
import { collect, ok, wsClient } from '../helpers/graphql.js';
import { createCommunity, createUser, type TestUser } from '../factories/index.js';
import type { RunningServer } from '../../server/app/server.js';
import { liveHub } from '../../server/events/live.js';

/**
 * Two server instances on one database: a subscriber on one hears a change made on the other.
 * The subscriber's safety poll is set to an hour, so only the bus can deliver within the test.
 */
const SUB = `subscription($c: ID!, $after: String) { communityEvents(communityId: $c, after: $after) { type data } }`;
const EVENTS = `query($c: ID!) { events(communityId: $c, first: 1) { edges { cursor } } }`;
const NO_POLL = { EVENT_POLL_MS: '3600000' };
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

describe.each([
  ['postgres', { EVENT_BUS: 'postgres', ...NO_POLL }],
  ['redis', { EVENT_BUS: 'redis', REDIS_URL, ...NO_POLL }],
] as const)('fan-out between instances over %s', (_name, env) => {
  let writer: TestApp;
  let reader: RunningServer;
  let admin: TestUser;

  beforeAll(async () => {
    writer = await startTestApp({ env: { ...env } });
    reader = await writer.startAnother({ ...env });
    admin = await createUser(writer, { admin: true });
  });
  afterAll(() => writer.close());

  it('delivers a change made on one instance to a subscriber on the other, after the first replay', async () => {
    const community = await createCommunity(writer);
    const joiner = await createUser(writer, { name: '跨实例' });
    const after = (await ok(writer.url, EVENTS, { c: community.gid }, admin.token)).events.edges[0]?.cursor ?? null;
    const client = wsClient(reader.wsUrl, admin.token);
    const liveBefore = liveHub(reader.services).liveCount();
    try {
      const sub = collect(client, SUB, { c: community.gid, after });
      // The first read (replay) finds nothing and the stream is live; the next read happens only on a wake-up.
      await untilLive(reader, liveBefore + 1);
      expect(sub.items).toEqual([]);
      await ok(writer.url, `mutation($c: ID!) { joinCommunity(input: { communityId: $c, kind: OWNER }) { id } }`, { c: community.gid }, joiner.token);
      const [got] = await sub.next(1, 10_000);
      expect(got.communityEvents).toMatchObject({ type: 'residency.requested', data: { userName: '跨实例' } });
    } finally {
      await client.dispose();
    }
  });
});

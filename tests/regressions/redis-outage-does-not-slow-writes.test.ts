import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { collect, ok, wsClient } from '../helpers/graphql.js';
import { untilLive } from '../helpers/live.js';
import { createCommunity, createUser } from '../factories/index.js';
import { freePort } from '../../server/core/db/embedded.js';
import { RedisBus } from '../../server/core/bus/redis-bus.js';

// Regression: the wake-up after a commit was awaited, so while Redis was down or stalled every
// write took 2–5 s longer (or, with Redis paused, never answered). Now a write returns while its
// publish is still pending, and a subscriber still gets the event from its poll.
// A Redis of this test's own, paused with SIGSTOP: it accepts the commands and never answers.

let redis: ChildProcess;
let bus: RedisBus;
let app: TestApp;

beforeAll(async () => {
  const port = await freePort();
  redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  const url = `redis://127.0.0.1:${port}`;
  for (;;) {
    try {
      // Longer than the test: the paused publish must stay pending, not time out meanwhile.
      bus = await RedisBus.connect(url, { commandTimeoutMs: 600_000, log: () => undefined });
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  app = await startTestApp({ bus, env: { EVENT_BUS: 'redis', REDIS_URL: url, EVENT_POLL_MS: '200' } });
});
afterAll(async () => {
  redis.kill('SIGCONT');
  await app.close();
  redis.kill('SIGKILL');
});

it('a write answers while Redis is paused, its publish still pending, and the poll delivers the event', async () => {
  const admin = await createUser(app, { admin: true });
  const community = await createCommunity(app);
  const joiner = await createUser(app, { name: '停摆' });
  const { events } = await ok(app.url, `query($c: ID!) { events(communityId: $c) { streamCursor } }`, { c: community.gid }, admin.token);
  const client = wsClient(app.wsUrl, admin.token);
  const sub = collect(client, `subscription($c: ID!, $a: String) { communityEvents(communityId: $c, after: $a) { type data } }`, {
    c: community.gid,
    a: events.streamCursor,
  });

  // Caught up before Redis stops answering: the event comes after, so only the topic's poll can
  // bring it (a subscriber whose replay found nothing once never polled: no read had set the timer).
  await untilLive(app, 1);
  redis.kill('SIGSTOP');
  const before = bus.stats();
  await ok(app.url, `mutation($c: ID!) { joinCommunity(input: { communityId: $c, kind: OWNER }) { id } }`, { c: community.gid }, joiner.token);
  // The mutation has answered, and the wake-up it published has not been acknowledged.
  expect(bus.stats().pending).toBeGreaterThan(before.pending);

  const [got] = await sub.next(1);
  expect(got.communityEvents).toMatchObject({ type: 'residency.requested', data: { userName: '停摆' } });
  expect(bus.stats().pending).toBeGreaterThan(0); // still paused: delivered by the poll, not the bus
  await client.dispose();
});

import 'reflect-metadata';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { collect, ok, wsClient } from '../helpers/graphql.js';
import { untilLive } from '../helpers/live.js';
import { createCommunity, createUser, em, reside, type TestCommunity, type TestUser } from '../factories/index.js';

// Regression: a subscription without `after` starts at the newest event below the watermark. That
// position was picked with `ORDER BY xid` on the `xid::text` output column, so '99' sorted after
// '100': once the transaction counter gained a digit, a new subscriber replayed old events
// (found by `npm run bench`, where xids passed 1000 between two runs).

const LIVE = 'subscription($c: ID!) { communityEvents(communityId: $c) { id type } }';
const ADD = 'mutation($input: AddMemberInput!) { addMember(input: $input) { id } }';

let app: TestApp;
let admin: TestUser;
let viewer: TestUser;
let community: TestCommunity;

beforeAll(async () => {
  app = await startTestApp();
  admin = await createUser(app, { admin: true });
  viewer = await createUser(app);
  community = await createCommunity(app);
  await reside(app, viewer, community.id, { verified: true });
});
afterAll(async () => {
  await app.close();
});

it('starts a subscription after the newest event by transaction number, not by its text', async () => {
  // Two old public events whose xids differ in digit count (both far below any running transaction).
  await em(app).getConnection().execute(
    `INSERT INTO domain_events (xid, type, community_id, data, audience_public)
     VALUES (99, 'community.created', ?, '{"name":"old 99"}', true), (100, 'community.created', ?, '{"name":"old 100"}', true)`,
    [community.id, community.id],
  );
  const client = wsClient(app.wsUrl, viewer.token, { lazy: false });
  const stream = collect<{ communityEvents: { type: string } }>(client, LIVE, { c: community.gid });
  try {
    await untilLive(app, 1);
    const newcomer = await createUser(app);
    await ok(app.url, ADD, { input: { organizationId: community.orgs.rc.gid, userId: newcomer.gid, role: 'MEMBER' } }, admin.token);
    const [first] = await stream.next(1);
    expect(first!.communityEvents.type).toBe('member.added');
    // A second member after it: the stream is ordered, so once that arrives, anything older it
    // wrongly started from (events 99 and 100) would have arrived before it.
    const second = await createUser(app);
    await ok(app.url, ADD, { input: { organizationId: community.orgs.rc.gid, userId: second.gid, role: 'MEMBER' } }, admin.token);
    await stream.next(2);
    expect(stream.items.map((i) => i.communityEvents.type)).toEqual(['member.added', 'member.added']);
  } finally {
    stream.dispose();
    await client.dispose();
  }
});

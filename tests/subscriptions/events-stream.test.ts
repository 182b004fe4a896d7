import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { collect, errorCode, gql, ok, sleep, wsClient } from '../helpers/graphql.js';
import { createCommunity, createUser, em, reside, seat, MemberRole, type TestCommunity, type TestUser } from '../factories/index.js';
import { transact } from '../../server/core/transaction.js';
import { emit } from '../../server/events/emit.js';
import { readEvents } from '../../server/events/event-feed.js';
import { DomainEvent } from '../../server/events/domain-event.entity.js';
import '../../server/communities/communities.events.js';

const COMMUNITY_EVENTS = `subscription($c: ID!, $after: String, $types: [String!]) {
  communityEvents(communityId: $c, after: $after, types: $types) { id cursor type data actor { id } } }`;
const EVENTS = `query($c: ID!, $first: Int, $after: String, $order: EventOrder, $subject: ID) {
  events(communityId: $c, first: $first, after: $after, order: $order, subjectId: $subject) {
    edges { cursor node { id type data } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;
const JOIN = `mutation($input: JoinCommunityInput!) { joinCommunity(input: $input) { id } }`;

let app: TestApp;
let admin: TestUser;
const clients: { dispose(): Promise<void> | void }[] = [];

beforeAll(async () => {
  app = await startTestApp();
  admin = await createUser(app, { admin: true });
});
afterAll(async () => {
  for (const c of clients) await c.dispose();
  await app.close();
});

function socket(user: TestUser) {
  const client = wsClient(app.wsUrl, user.token);
  clients.push(client);
  return client;
}

/** Writes one public event straight through the service layer (what every module's service does). */
function writeEvent(community: TestCommunity, name: string, hold?: Promise<void>, onFlushed?: () => void) {
  return transact(em(app), app.services.bus, null, async (tx) => {
    emit(tx, { type: 'community.created', communityId: community.id, data: { name }, audience: { public: true } });
    await tx.em.flush();
    onFlushed?.();
    if (hold) await hold;
  });
}

/** Every event of a community in stream order, as the database has it. */
async function allEvents(community: TestCommunity): Promise<DomainEvent[]> {
  const rows = await em(app).find(DomainEvent, { community: community.id });
  return rows.sort((a, b) => (BigInt(a.xid!) === BigInt(b.xid!) ? Number(BigInt(a.id) - BigInt(b.id)) : BigInt(a.xid!) < BigInt(b.xid!) ? -1 : 1));
}

async function newestCursor(community: TestCommunity, user: TestUser): Promise<string | null> {
  const { events } = await ok(app.url, EVENTS, { c: community.gid, first: 1 }, user.token);
  return events.edges[0]?.cursor ?? null;
}

describe('ordered cursors that never skip', () => {
  it('holds back an event committed while an older transaction still runs, then reads both in order', async () => {
    const community = await createCommunity(app);
    let release!: () => void;
    let flushed!: () => void;
    const isFlushed = new Promise<void>((r) => (flushed = r));
    // A inserts its event first (the lower id) but commits last.
    const a = writeEvent(community, 'A', new Promise<void>((r) => (release = r)), flushed);
    await isFlushed;
    await writeEvent(community, 'B');
    const read = (e: EntityManager) => readEvents(e, { viewerId: admin.id, communityId: community.id, after: { xid: '0', id: '0' }, order: 'asc', limit: 100 });
    // B is committed, yet not readable: reading it now would move a cursor past A.
    expect((await read(em(app))).map((e) => e.data.name)).toEqual([]);
    release();
    await a;
    let names: unknown[] = [];
    for (let i = 0; i < 100 && names.length < 2; i++) {
      names = (await read(em(app))).map((e) => e.data.name);
      if (names.length < 2) await sleep(50);
    }
    expect(names).toEqual(['A', 'B']);
  });

  it('a live subscriber under 60 concurrent API writers and 10 slow transactions gets every event once, in order', async () => {
    const community = await createCommunity(app);
    await writeEvent(community, 'start');
    const after = await newestCursor(community, admin);
    const sub = collect(socket(admin), COMMUNITY_EVENTS, { c: community.gid, after });

    const joiners = await Promise.all(Array.from({ length: 60 }, () => createUser(app)));
    const writes = [
      ...joiners.map((u) => ok(app.url, JOIN, { input: { communityId: community.gid, kind: 'TENANT' } }, u.token)),
      ...Array.from({ length: 10 }, (_, i) => writeEvent(community, `slow${i}`, sleep(20 + ((i * 37) % 200)))),
    ];
    await Promise.all(writes);
    await sub.next(70, 20_000);
    // One more event after all of them: the stream is ordered, so once it arrives, nothing more
    // and nothing twice came before it.
    await writeEvent(community, 'end');
    const received = (await sub.next(71, 20_000)).slice(0, 70);
    expect(sub.items.slice(70).map((r: any) => r.communityEvents.data.name)).toEqual(['end']);

    const expected = (await allEvents(community)).slice(1, -1); // all but 'start' and 'end'
    expect(received.map((r: any) => r.communityEvents.id)).toEqual(expected.map((e) => Buffer.from(`DomainEvent:${e.id}`).toString('base64url')));
    const cursors = received.map((r: any) => r.communityEvents.cursor);
    expect(new Set(cursors).size).toBe(70);
    expect(sub.errors).toEqual([]);
  });
});

describe('replay, then live', () => {
  it('replays after a cursor and continues live with no gap and no duplicate at the seam', async () => {
    const community = await createCommunity(app);
    for (let i = 0; i < 30; i++) await writeEvent(community, `old${i}`);
    const before = await allEvents(community);
    const resumeAt = before[9]!;
    const { events } = await ok(app.url, EVENTS, { c: community.gid, first: 100, order: 'OLDEST_FIRST' }, admin.token);
    const cursor = events.edges[9].cursor;
    expect(events.edges[9].node.data.name).toBe(resumeAt.data.name);

    const sub = collect(socket(admin), COMMUNITY_EVENTS, { c: community.gid, after: cursor });
    await Promise.all(Array.from({ length: 30 }, (_, i) => writeEvent(community, `new${i}`)));
    await sub.next(50, 20_000);
    await writeEvent(community, 'end');
    const got = (await sub.next(51, 20_000)).slice(0, 50);
    expect(sub.items.map((r: any) => r.communityEvents.data.name).slice(50)).toEqual(['end']);
    const all = await allEvents(community);
    expect(got.map((r: any) => r.communityEvents.data.name)).toEqual(all.slice(10, -1).map((e) => e.data.name));
  });

  it('filters by type, with a module prefix', async () => {
    const community = await createCommunity(app);
    const after = await newestCursor(community, admin);
    const sub = collect(socket(admin), COMMUNITY_EVENTS, { c: community.gid, after, types: ['residency.*'] });
    await writeEvent(community, 'not wanted');
    const u = await createUser(app);
    await ok(app.url, JOIN, { input: { communityId: community.gid, kind: 'OWNER' } }, u.token);
    const [first] = await sub.next(1);
    expect(first.communityEvents.type).toBe('residency.requested');
  });

  it('rejects a malformed cursor and a foreign community id with BAD_USER_INPUT', async () => {
    const community = await createCommunity(app);
    expect(await errorCode(app.url, EVENTS, { c: community.gid, after: 'garbage' }, admin.token)).toBe('BAD_USER_INPUT');
    expect(await errorCode(app.url, EVENTS, { c: admin.gid }, admin.token)).toBe('BAD_USER_INPUT');
    const sub = collect(socket(admin), COMMUNITY_EVENTS, { c: community.gid, after: 'garbage' });
    await sub.next(1, 5000).catch(() => undefined);
    expect(JSON.stringify(sub.errors)).toContain('BAD_USER_INPUT');
  });
});

describe('per-event authorization on delivery', () => {
  it("a member removed from the residents' committee stops receiving its events at once; the others keep them", async () => {
    const community = await createCommunity(app);
    const stays = await createUser(app);
    const leaves = await createUser(app);
    await seat(app, stays, community.orgs.rc.id);
    const leavesSeat = await seat(app, leaves, community.orgs.rc.id);
    const after = await newestCursor(community, admin);
    const subStays = collect(socket(stays), COMMUNITY_EVENTS, { c: community.gid, after, types: ['residency.requested'] });
    const subLeaves = collect(socket(leaves), COMMUNITY_EVENTS, { c: community.gid, after, types: ['residency.requested'] });

    const x = await createUser(app, { name: '甲' });
    await ok(app.url, JOIN, { input: { communityId: community.gid, kind: 'OWNER' } }, x.token);
    await subStays.next(1);
    await subLeaves.next(1);

    await ok(app.url, `mutation($m: ID!) { removeMember(input: { membershipId: $m }) }`, { m: leavesSeat }, admin.token);
    const y = await createUser(app, { name: '乙' });
    await ok(app.url, JOIN, { input: { communityId: community.gid, kind: 'OWNER' } }, y.token);
    // A later event `leaves` may see (their own request): once it arrives, 乙's has been passed.
    await ok(app.url, JOIN, { input: { communityId: community.gid, kind: 'TENANT' } }, leaves.token);

    const stayed = await subStays.next(3);
    const left = await subLeaves.next(2);
    expect(stayed.map((r: any) => r.communityEvents.data.userName)).toEqual(['甲', '乙', leaves.name]);
    expect(left.map((r: any) => r.communityEvents.data.userName)).toEqual(['甲', leaves.name]);
  });

  it('the audit trail shows each viewer only what they may see', async () => {
    const community = await createCommunity(app);
    const chair = await createUser(app);
    await seat(app, chair, community.orgs.rc.id, MemberRole.CHAIR);
    const neighbour = await createUser(app);
    await reside(app, neighbour, community.id);
    const stranger = await createUser(app);
    const joiner = await createUser(app);
    await writeEvent(community, 'public news');
    await ok(app.url, JOIN, { input: { communityId: community.gid, kind: 'OWNER' } }, joiner.token);

    const types = async (u: TestUser) => (await ok(app.url, EVENTS, { c: community.gid, order: 'OLDEST_FIRST' }, u.token)).events.edges.map((e: any) => e.node.type);
    expect(await types(chair)).toEqual(['community.created', 'residency.requested']);
    expect(await types(joiner)).toEqual(['residency.requested']); // not yet verified: only their own
    expect(await types(neighbour)).toEqual(['community.created']); // another resident's request is not theirs to see
    expect(await types(stranger)).toEqual([]);
    expect(await errorCode(app.url, EVENTS, { c: community.gid })).toBe('UNAUTHENTICATED');
  });
});

describe('the events connection', () => {
  it('pages newest first and oldest first with stable cursors, filters by subject, and caps the page at 100', async () => {
    const community = await createCommunity(app);
    for (let i = 0; i < 5; i++) await writeEvent(community, `e${i}`);
    const page1 = (await ok(app.url, EVENTS, { c: community.gid, first: 2 }, admin.token)).events;
    expect(page1.edges.map((e: any) => e.node.data.name)).toEqual(['e4', 'e3']);
    expect(page1.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const page2 = (await ok(app.url, EVENTS, { c: community.gid, first: 2, after: page1.pageInfo.endCursor }, admin.token)).events;
    expect(page2.edges.map((e: any) => e.node.data.name)).toEqual(['e2', 'e1']);
    const page3 = (await ok(app.url, EVENTS, { c: community.gid, first: 2, after: page2.pageInfo.endCursor }, admin.token)).events;
    expect(page3.edges.map((e: any) => e.node.data.name)).toEqual(['e0']);
    expect(page3.pageInfo.hasNextPage).toBe(false);
    const asc = (await ok(app.url, EVENTS, { c: community.gid, first: 3, order: 'OLDEST_FIRST' }, admin.token)).events;
    expect(asc.edges.map((e: any) => e.node.data.name)).toEqual(['e0', 'e1', 'e2']);

    const r = await gql(app.url, EVENTS, { c: community.gid, first: 101 }, admin.token);
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { first: expect.any(String) } });
    expect(await errorCode(app.url, EVENTS, { c: community.gid, first: 0 }, admin.token)).toBe('BAD_USER_INPUT');

    const u = await createUser(app);
    await ok(app.url, JOIN, { input: { communityId: community.gid, kind: 'OWNER' } }, u.token);
    const bySubject = (await ok(app.url, EVENTS, { c: community.gid, subject: u.gid }, admin.token)).events;
    expect(bySubject.edges.map((e: any) => e.node.type)).toEqual(['residency.requested']);
  });

  it('node resolves an event for those who may see it only', async () => {
    const community = await createCommunity(app);
    const u = await createUser(app);
    await ok(app.url, JOIN, { input: { communityId: community.gid, kind: 'OWNER' } }, u.token);
    const { events } = await ok(app.url, EVENTS, { c: community.gid }, u.token);
    const id = events.edges[0].node.id;
    const q = `query($id: ID!) { node(id: $id) { ... on DomainEvent { type subject { id } } } }`;
    expect((await ok(app.url, q, { id }, u.token)).node).toEqual({ type: 'residency.requested', subject: { id: u.gid } });
    const stranger = await createUser(app);
    expect((await ok(app.url, q, { id }, stranger.token)).node).toBeNull();
  });
});

describe('notifications', () => {
  it('notificationAdded delivers live, replays after a cursor, and markNotificationsRead clears the count', async () => {
    const community = await createCommunity(app);
    const chair = await createUser(app);
    await seat(app, chair, community.orgs.rc.id, MemberRole.CHAIR);
    const resident = await createUser(app);
    const NOTIFIED = `subscription($after: String) { notificationAdded(after: $after) { id title cursor event { type } } }`;
    const { notifications } = await ok(app.url, `{ notifications { streamCursor } }`, {}, resident.token);
    const live = collect(socket(resident), NOTIFIED, { after: notifications.streamCursor });
    const { joinCommunity } = await ok(app.url, JOIN, { input: { communityId: community.gid, kind: 'OWNER' } }, resident.token);
    await ok(app.url, `mutation($r: ID!) { verifyResidency(input: { residencyId: $r }) { id } }`, { r: joinCommunity.id }, chair.token);
    const [n] = await live.next(1);
    if (!n) throw new Error(JSON.stringify(live.errors));
    expect(n.notificationAdded.event.type).toBe('residency.verified');

    const list = await ok(app.url, `{ notifications { unreadCount edges { cursor node { id } } } }`, {}, resident.token);
    expect(list.notifications.unreadCount).toBe(1);
    expect(list.notifications.edges[0].node.id).toBe(n.notificationAdded.id);

    // The chair was notified of the request; a client resuming from before it gets it replayed.
    const chairList = await ok(app.url, `{ notifications { edges { cursor node { id event { type } } } } }`, {}, chair.token);
    expect(chairList.notifications.edges[0].node.event.type).toBe('residency.requested');
    const replay = collect(socket(chair), NOTIFIED, { after: null });
    const replayFrom = collect(socket(chair), NOTIFIED, { after: Buffer.from(JSON.stringify(['0', '0'])).toString('base64url') });
    const replayed = await replayFrom.next(1);
    expect(replayed[0].notificationAdded.id).toBe(chairList.notifications.edges[0].node.id);
    expect(replay.items).toEqual([]);

    const marked = await ok(app.url, `mutation($ids: [ID!]!) { markNotificationsRead(input: { ids: $ids }) }`, { ids: [n.notificationAdded.id] }, resident.token);
    expect(marked.markNotificationsRead).toBe(1);
    expect((await ok(app.url, `{ notifications(unreadOnly: true) { unreadCount edges { node { id } } } }`, {}, resident.token)).notifications).toEqual({ unreadCount: 0, edges: [] });
    // Someone else's notification is not theirs to mark.
    expect((await ok(app.url, `mutation($ids: [ID!]!) { markNotificationsRead(input: { ids: $ids }) }`, { ids: [chairList.notifications.edges[0].node.id] }, resident.token)).markNotificationsRead).toBe(0);
    expect(await errorCode(app.url, `mutation { markNotificationsRead(input: { ids: ["bad"] }) }`, {}, resident.token)).toBe('BAD_USER_INPUT');
  });
});

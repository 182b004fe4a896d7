import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, subscribe, type ExecutionResult } from 'graphql';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { collect, ok, sleep, wsClient } from '../helpers/graphql.js';
import { createCommunity, createUser, em, reside, seat, type TestCommunity, type TestUser } from '../factories/index.js';
import { transact } from '../../server/core/transaction.js';
import { Context } from '../../server/core/context.js';
import { emit } from '../../server/events/emit.js';
import { liveHub, ViewerProbe } from '../../server/events/live.js';
import { appSchema } from '../../server/app/schema.js';
import { Session } from '../../server/accounts/session.entity.js';
import type { Audience } from '../../server/events/events.catalog.js';
import '../../server/communities/communities.events.js';

// The multiplexed path (events/live.ts with ws.ts: one read, one execution and one serialized
// payload for a group of subscribers) held to the per-subscriber answer: graphql's own subscribe
// with a Context of the subscriber's, executing every event for that subscriber alone. Both run
// side by side on the same instance, with mixed rights: residents verified or not, members of
// different organizations, a person named in an event's audience, a PARTIES issue, a member
// removed and a session revoked (in the database, without a bus message) mid-stream.

const BOARD = `subscription($c: ID!, $after: String) { communityEvents(communityId: $c, after: $after) {
  id cursor type occurredAt data actor { id name } community { id name } subject { __typename id } } }`;
const PLAIN = `subscription($c: ID!, $after: String) { communityEvents(communityId: $c, after: $after) { id cursor type data community { id name } } }`;
const MARKER = 'community.created';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

function write(c: TestCommunity, name: string, audience: Audience) {
  return transact(em(app), app.services.bus, null, async (tx) => {
    emit(tx, { type: 'community.created', communityId: c.id, data: { name }, audience });
  });
}

/** The per-subscriber answer: graphql's subscribe, executing each event with this viewer's Context. */
async function reference(user: TestUser, query: string, variables: Record<string, unknown>) {
  const schema = await appSchema();
  const contextValue = new Context(app.services, { sessionId: user.sessionId, userId: user.id }, { ip: 'test', socket: true });
  const stream = (await subscribe({ schema, document: parse(query), variableValues: variables, contextValue })) as AsyncGenerator<ExecutionResult>;
  const items: unknown[] = [];
  const errors: unknown[] = [];
  void (async () => {
    try {
      for await (const r of stream) {
        if (r.errors) errors.push(...r.errors.map((e) => e.message));
        else items.push(JSON.parse(JSON.stringify(r.data)));
      }
    } catch (err) {
      errors.push(err instanceof Error ? (err as Error & { extensions?: { code?: string } }).extensions?.code ?? err.message : String(err));
    }
  })();
  return { items, errors, stop: () => void stream.return(undefined) };
}

/** Each event by its name (the test's own events) or its type (the others). */
const names = (items: unknown[]) =>
  items.map((i) => (i as { communityEvents: { type: string; data: { name?: string } } }).communityEvents).map((e) => (e.type === MARKER ? e.data.name! : e.type));

describe('multiplexed delivery', () => {
  it('gives every subscriber exactly what a per-subscriber execution gives, with mixed rights, a PARTIES issue and a session revoked mid-stream', async () => {
    const c = await createCommunity(app);
    const elsewhere = await createCommunity(app);
    const [admin, residentA, residentB, pending, pmMember, rcMember, outsider, reporter, revoked] = await Promise.all([
      createUser(app, { admin: true }),
      ...Array.from({ length: 8 }, (_, i) => createUser(app, { name: `观众${i}` })),
    ]);
    const viewers = { admin, residentA, residentB, pending, pmMember, rcMember, outsider, reporter, revoked } as Record<string, TestUser>;
    await reside(app, residentA!, c.id);
    await reside(app, residentB!, c.id);
    await reside(app, reporter!, c.id);
    await reside(app, revoked!, c.id);
    await reside(app, pending!, c.id, { verified: false });
    await seat(app, pmMember!, c.orgs.pm.id);
    const rcSeat = await seat(app, rcMember!, c.orgs.rc.id);
    await seat(app, outsider!, elsewhere.orgs.pm.id);
    const everyone: Audience = { userIds: Object.values(viewers).map((v) => v.id) };

    const { events } = await ok(app.url, `query($c: ID!) { events(communityId: $c) { streamCursor } }`, { c: c.gid }, admin!.token);
    const vars = { c: c.gid, after: events.streamCursor };
    const stats = liveHub(app.services).stats;
    const before = { ...stats };

    // Each viewer: both documents, each on two sockets (the shared path), and the reference.
    const streams = await Promise.all(
      Object.entries(viewers).flatMap(([who, user]) =>
        [BOARD, PLAIN].map(async (doc) => {
          const clients = [wsClient(app.wsUrl, user.token), wsClient(app.wsUrl, user.token)];
          return { who, doc, clients, shared: clients.map((client) => collect(client, doc, vars)), ref: await reference(user, doc, vars) };
        }),
      ),
    );
    await sleep(500); // every subscription has replayed (nothing) and joined its topic
    const received = (s: (typeof streams)[number], name: string) => [...s.shared.map((x) => x.items), s.ref.items].every((items) => names(items).includes(name));
    const settle = async (name: string, who: (s: (typeof streams)[number]) => boolean) => {
      for (let i = 0; i < 200 && !streams.filter(who).every((s) => received(s, name)); i++) await sleep(50);
    };

    // Phase 1: events for the public, for one organization, for another, for one person, and a
    // PARTIES issue (the reporter and the organization it is dispatched to are its parties).
    await write(c, 'public 1', { public: true });
    await write(c, 'pm only', { organizationIds: [c.orgs.pm.id] });
    await write(c, 'rc only 1', { organizationIds: [c.orgs.rc.id] });
    await write(c, 'for A', { userIds: [residentA!.id] });
    const { submitIssue } = await ok(
      app.url,
      `mutation($input: SubmitIssueInput!) { submitIssue(input: $input) { id } }`,
      { input: { communityId: c.gid, title: '楼道灯坏了', body: '三单元二楼的灯不亮', category: 'FACILITY', visibility: 'PARTIES' } },
      reporter!.token,
    );
    await ok(app.url, `mutation($input: DispatchIssueInput!) { dispatchIssue(input: $input) { id } }`, { input: { issueId: submitIssue.id, organizationId: c.orgs.pm.gid } }, rcMember!.token);
    await write(c, 'marker 1', everyone);
    await settle('marker 1', () => true);

    // Phase 2: the committee member loses the seat; a session is revoked straight in the database.
    await ok(app.url, `mutation($m: ID!) { removeMember(input: { membershipId: $m }) }`, { m: rcSeat }, admin!.token);
    await em(app).nativeUpdate(Session, { id: revoked!.sessionId }, { revokedAt: new Date() });
    await write(c, 'rc only 2', { organizationIds: [c.orgs.rc.id] });
    await write(c, 'public 2', { public: true });
    await write(c, 'marker 2', everyone);
    await settle('marker 2', (s) => s.who !== 'revoked');
    for (let i = 0; i < 200 && !streams.filter((s) => s.who === 'revoked').every((s) => s.ref.errors.length && s.shared.every((x) => x.done)); i++) await sleep(50);

    for (const s of streams) {
      const label = `${s.who} / ${s.doc === BOARD ? 'board' : 'plain'}`;
      // The same answer on both sockets of the shared path, and the same as the reference.
      expect(s.shared[0]!.items, label).toEqual(s.ref.items);
      expect(s.shared[1]!.items, label).toEqual(s.ref.items);
      if (s.who === 'revoked') {
        expect(s.ref.errors, label).toEqual(['UNAUTHENTICATED']);
        for (const x of s.shared) expect(JSON.stringify(x.errors), label).toContain('UNAUTHENTICATED');
      } else {
        expect(s.ref.errors, label).toEqual([]);
        for (const x of s.shared) expect(x.errors, label).toEqual([]);
      }
    }

    // And the answers themselves differ as the rights do, so the paths cannot agree on nonsense.
    const seen = (who: string) => names(streams.find((s) => s.who === who && s.doc === PLAIN)!.ref.items).filter((n) => !n.startsWith('member.'));
    expect(seen('residentA')).toEqual(['public 1', 'for A', 'marker 1', 'public 2', 'marker 2']);
    expect(seen('residentB')).toEqual(['public 1', 'marker 1', 'public 2', 'marker 2']);
    expect(seen('pending')).toEqual(['marker 1', 'marker 2']);
    expect(seen('outsider')).toEqual(['marker 1', 'marker 2']);
    // The committee is the issue's dispatch desk; once the seat is gone, so is the community.
    expect(seen('rcMember')).toEqual(['public 1', 'rc only 1', 'issue.submitted', 'issue.dispatched', 'marker 1', 'marker 2']);
    expect(seen('revoked')).toEqual(['public 1', 'marker 1']);
    const issueEvents = (who: string) => seen(who).filter((n) => n.startsWith('issue.'));
    expect(issueEvents('reporter').length).toBeGreaterThan(0);
    expect(issueEvents('pmMember').length).toBeGreaterThan(0);
    expect(issueEvents('residentB')).toEqual([]);
    expect(issueEvents('admin').length).toBeGreaterThan(0);
    expect(seen('admin')).toEqual(expect.arrayContaining(['pm only', 'rc only 1', 'rc only 2', 'for A']));
    // The reporter's board shows the issue as its subject.
    const board = streams.find((s) => s.who === 'reporter' && s.doc === BOARD)!.ref.items as { communityEvents: { type: string; subject: { id: string } | null } }[];
    expect(board.find((i) => i.communityEvents.type.startsWith('issue.'))!.communityEvents.subject).toEqual({ __typename: 'Issue', id: submitIssue.id });

    // The shared path executed far fewer times than it delivered.
    const executions = stats.executions - before.executions;
    const deliveries = stats.deliveries - before.deliveries;
    expect(deliveries).toBeGreaterThan(100);
    expect(executions).toBeLessThan(deliveries / 2);

    for (const s of streams) {
      s.ref.stop();
      for (const client of s.clients) await client.dispose();
    }
  }, 120_000); // nine people, 36 sockets and 18 reference streams: slow on a busy machine

  it('knows every member of Context, so that no new way to reach the viewer escapes the probe', () => {
    // ViewerProbe (events/live.ts) marks an execution as the viewer's own when it reads the
    // session, the user, the rights or the transport. A member added to Context must be judged
    // there, then listed here.
    const judged = ['constructor', 'access', 'em', 'loader', 'now', 'renew', 'session', 'signedInAs', 'transact', 'userId'];
    expect(Object.getOwnPropertyNames(Context.prototype).filter((m) => !judged.includes(m))).toEqual([]);
    const probe = new ViewerProbe(app.services, { sessionId: '00000000-0000-0000-0000-000000000000', userId: '00000000-0000-0000-0000-000000000000' }, { ip: 'x' });
    expect(probe.consulted).toBe(false);
    void probe.transport;
    expect(probe.consulted).toBe(true);
  });
});

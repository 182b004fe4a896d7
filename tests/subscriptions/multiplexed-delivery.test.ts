import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, subscribe, type ExecutionResult } from 'graphql';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { untilLive } from '../helpers/live.js';
import { collect, ok, sleep, wsClient } from '../helpers/graphql.js';
import { createCommunity, createUser, em, reside, seat, type TestCommunity, type TestUser } from '../factories/index.js';
import { transact } from '../../server/core/transaction.js';
import { Context } from '../../server/core/context.js';
import { emit } from '../../server/events/emit.js';
import { liveHub, rightsFingerprint, RightsProbe, ViewerProbe } from '../../server/events/live.js';
import { Access } from '../../server/core/access.js';
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
  return transact(em(app), app.services.bus, null, (tx) => {
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
    const [admin, residentA, residentB, residentC, residentD, pending, pmMember, pmMember2, rcMember, outsider, reporter, revoked] = await Promise.all([
      createUser(app, { admin: true }),
      ...Array.from({ length: 11 }, (_, i) => createUser(app, { name: `观众${i}` })),
    ]);
    const viewers = { admin, residentA, residentB, residentC, residentD, pending, pmMember, pmMember2, rcMember, outsider, reporter, revoked } as Record<string, TestUser>;
    // Residents A to D, the reporter and `revoked` have the same rights (one fingerprint), as have
    // the two property-management members; each fingerprint shares one execution of the board.
    for (const r of [residentA, residentB, residentC, residentD, reporter, revoked]) await reside(app, r!, c.id);
    await reside(app, pending!, c.id, { verified: false });
    await seat(app, pmMember!, c.orgs.pm.id);
    await seat(app, pmMember2!, c.orgs.pm.id);
    const rcSeat = await seat(app, rcMember!, c.orgs.rc.id);
    await seat(app, outsider!, elsewhere.orgs.pm.id);
    const everyone: Audience = { userIds: Object.values(viewers).map((v) => v.id) };

    const { events } = await ok(app.url, `query($c: ID!) { events(communityId: $c) { streamCursor } }`, { c: c.gid }, admin.token);
    const vars = { c: c.gid, after: events.streamCursor };
    const stats = liveHub(app.services).stats;
    const before = { ...stats };
    const liveBefore = liveHub(app.services).liveCount();

    // Each viewer: both documents, each on two sockets (the shared path), and the reference.
    const streams = await Promise.all(
      Object.entries(viewers).flatMap(([who, user]) =>
        [BOARD, PLAIN].map(async (doc) => {
          const clients = [wsClient(app.wsUrl, user.token), wsClient(app.wsUrl, user.token)];
          return { who, doc, clients, shared: clients.map((client) => collect(client, doc, vars)), ref: await reference(user, doc, vars) };
        }),
      ),
    );
    // Every subscription (two shared and one reference per stream) has replayed (nothing) and joined its topic.
    await untilLive(app, liveBefore + streams.reduce((n, s) => n + s.shared.length + 1, 0));
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

    // Phase 1b: a PUBLIC issue by resident A, reporter not named: every board reads its subject
    // with the rights (one execution per fingerprint), and its actor is A to A alone (the execution
    // asked about A by id: A gets an execution of its own).
    const mid = { ...stats };
    const { submitIssue: publicIssue } = await ok(
      app.url,
      `mutation($input: SubmitIssueInput!) { submitIssue(input: $input) { id } }`,
      { input: { communityId: c.gid, title: '电梯异响', body: '二号楼电梯运行时有异响', category: 'FACILITY', visibility: 'PUBLIC' } },
      residentA!.token,
    );
    await write(c, 'marker 1b', everyone);
    await settle('marker 1b', () => true);
    const stats1b = { ...stats };

    // Phase 2: the committee member loses the seat; a session is revoked straight in the database.
    await ok(app.url, `mutation($m: ID!) { removeMember(input: { membershipId: $m }) }`, { m: rcSeat }, admin.token);
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
    /** What one saw between marker 1 and marker 1b: the public issue's events. */
    const between = (who: string) => {
      const all = names(streams.find((s) => s.who === who && s.doc === PLAIN)!.ref.items);
      return all.slice(all.indexOf('marker 1') + 1, all.indexOf('marker 1b'));
    };
    const publicEvents = between('admin');
    const pub = publicEvents.filter((n) => !n.startsWith('member.'));
    expect(seen('residentA')).toEqual(['public 1', 'for A', 'marker 1', ...pub, 'marker 1b', 'public 2', 'marker 2']);
    for (const who of ['residentB', 'residentC', 'residentD']) expect(seen(who), who).toEqual(['public 1', 'marker 1', ...pub, 'marker 1b', 'public 2', 'marker 2']);
    expect(seen('pending')).toEqual(['marker 1', 'marker 1b', 'marker 2']);
    expect(seen('outsider')).toEqual(['marker 1', 'marker 1b', 'marker 2']);
    // The committee is the issue's dispatch desk; once the seat is gone, so is the community.
    expect(seen('rcMember')).toEqual(['public 1', 'rc only 1', 'issue.submitted', 'issue.dispatched', 'marker 1', ...pub, 'marker 1b', 'marker 2']);
    expect(seen('revoked')).toEqual(['public 1', 'marker 1', ...pub, 'marker 1b']);
    const issueEvents = (who: string) => seen(who).filter((n) => n.startsWith('issue.'));
    expect(issueEvents('reporter').length).toBeGreaterThan(0);
    expect(issueEvents('pmMember').length).toBeGreaterThan(0);
    expect(issueEvents('residentB')).toEqual(pub.filter((n) => n.startsWith('issue.'))); // the public issue's, not the PARTIES one's
    expect(issueEvents('admin').length).toBeGreaterThan(0);
    expect(seen('admin')).toEqual(expect.arrayContaining(['pm only', 'rc only 1', 'rc only 2', 'for A']));
    // The reporter's board shows the issue as its subject.
    const board = streams.find((s) => s.who === 'reporter' && s.doc === BOARD)!.ref.items as { communityEvents: { type: string; subject: { id: string } | null } }[];
    expect(board.find((i) => i.communityEvents.type.startsWith('issue.'))!.communityEvents.subject).toEqual({ __typename: 'Issue', id: submitIssue.id });

    // The public issue's events: on the board, one execution per fingerprint that sees them
    // (residents, property management, the committee, the admin) and one for A, the reporter; one
    // for the plain document; the marker twice. Per session it would have been one per person.
    expect(publicEvents.filter((n) => n.startsWith('issue.')).length).toBeGreaterThan(0);
    expect(between('residentB')).toEqual(publicEvents);
    expect(stats1b.executions - mid.executions).toBeLessThanOrEqual(publicEvents.length * (1 + 4 + 1) + 2);
    const aBoard = streams.find((s) => s.who === 'residentA' && s.doc === BOARD)!.ref.items as { communityEvents: { type: string; actor: { id: string } | null; subject: { id: string } | null } }[];
    const bBoard = streams.find((s) => s.who === 'residentB' && s.doc === BOARD)!.ref.items as typeof aBoard;
    const ofPublic = (items: typeof aBoard) => items.map((i) => i.communityEvents).filter((e) => e.subject?.id === publicIssue.id);
    expect(ofPublic(aBoard).some((e) => e.actor?.id === residentA!.gid)).toBe(true);
    expect(ofPublic(bBoard).length).toBeGreaterThan(0);
    expect(ofPublic(bBoard).every((e) => e.actor === null || e.actor.id !== residentA!.gid)).toBe(true);

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
    // `reader` (a raw read's EntityManager, the request's or the process's) names nobody, as `em`.
    const judged = ['constructor', 'access', 'em', 'loader', 'now', 'reader', 'renew', 'session', 'signedInAs', 'transact', 'userId', 'viewerRow'];
    expect(Object.getOwnPropertyNames(Context.prototype).filter((m) => !judged.includes(m))).toEqual([]);
    const session = { sessionId: '00000000-0000-0000-0000-000000000000', userId: '00000000-0000-0000-0000-000000000000' };
    const probe = new ViewerProbe(app.services, session, { ip: 'x' });
    expect(probe.consulted).toBe(false);
    void probe.transport;
    expect(probe.consulted).toBe(true);
    // The viewer's preloaded row (where Context has one) names them too.
    for (const member of Object.getOwnPropertyNames(Context.prototype).filter((m) => m === 'viewerRow')) {
      const p = new ViewerProbe(app.services, session, { ip: 'x' });
      void (p as unknown as Record<string, unknown>)[member];
      expect(p.consulted, member).toBe(true);
    }
  });

  it('shares by rights fingerprint only what named nobody: ids of the person, their seats and residencies mark the execution', async () => {
    const session = { sessionId: '00000000-0000-0000-0000-000000000000', userId: 'u1' };
    const seatOf = (membershipId: string) => ({ membershipId, organizationId: 'o1', role: 'MEMBER', kind: 'PROPERTY_MANAGEMENT', level: 'COMMUNITY', communityId: 'c1' });
    const homeOf = (residencyId: string) => ({ residencyId, communityId: 'c1', unitId: 'n1', kind: 'OWNER', verified: true });
    const rights = new Access('u1', false, [seatOf('m1')], [homeOf('r1')]);
    const probe = () => new RightsProbe(app.services, session, { ip: 'x' }, rights);

    // The rights themselves: consulted, but no identity.
    const p = probe();
    const a = await p.access();
    expect([a.signedIn, a.isMemberOf('o1'), a.belongsTo('c1'), a.isAdmin, a.roleIn('o1')]).toEqual([true, true, true, false, 'MEMBER']);
    expect([p.consulted, p.identity]).toEqual([true, false]);
    // Asking whether the viewer is someone: false, and that person noted (they get their own execution).
    expect(a.is('u1')).toBe(false);
    expect([...p.asked]).toEqual(['u1']);
    expect(p.identity).toBe(false);

    // Everything that names the person marks the execution as theirs.
    const reads: [string, (p: RightsProbe, a: Access) => unknown][] = [
      ['userId', (_, a) => a.userId],
      ['membershipId', (_, a) => a.memberships[0]!.membershipId],
      ['residencyId', (_, a) => a.residencies[0]!.residencyId],
      ['ctx.userId', (p) => p.userId],
      ['ctx.session', (p) => p.session],
      ['ctx.transport', (p) => p.transport],
    ];
    for (const [what, read] of reads) {
      const q = probe();
      const r = await q.access();
      expect(q.identity, what).toBe(false);
      read(q, r);
      expect(q.identity, what).toBe(true);
    }

    // The fingerprint: the same rights under other ids are one; other rights are another.
    const print = rightsFingerprint(rights);
    expect(rightsFingerprint(new Access('u2', false, [seatOf('m2')], [homeOf('r2')]))).toBe(print);
    expect(rightsFingerprint(new Access('u1', true, [seatOf('m1')], [homeOf('r1')]))).not.toBe(print);
    expect(rightsFingerprint(new Access('u1', false, [{ ...seatOf('m1'), role: 'CHAIR' }], [homeOf('r1')]))).not.toBe(print);
    expect(rightsFingerprint(new Access('u1', false, [seatOf('m1')], [{ ...homeOf('r1'), verified: false }]))).not.toBe(print);
    expect(rightsFingerprint(new Access('u1', false, [seatOf('m1')], [{ ...homeOf('r1'), unitId: 'n2' }]))).not.toBe(print);
  });
});

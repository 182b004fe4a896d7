import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { gql, ok } from '../helpers/graphql.js';
import { createCommunity, createUser, em, reside, seat, MemberRole, type TestCommunity, type TestUser } from '../factories/index.js';
import { createMediationCommittee, DISPUTE } from '../factories/disputes.js';
import { Building } from '../../server/communities/index.js';
import { toGlobalId } from '../../server/core/ids.js';
import { ManualClock } from '../../server/core/clock.js';

// 排查 (issue 12, part 1) through the API: who records a round and who sees it (node, list, history),
// what a round found (disputes registered from it, or nothing), and the coverage per building and
// month, computed by hand below over rounds on both sides of a month's boundary in Asia/Shanghai.
const NOW = new Date('2026-05-01T00:00:00.000Z');
const clock = new ManualClock(NOW);
let app: TestApp;
let c: TestCommunity;
let other: TestCommunity;
const b: Record<'one' | 'two' | 'three' | 'elsewhere', string> = {} as never;
const u: Record<'gridWorker' | 'mediator' | 'center' | 'rcMember' | 'resident' | 'outsider', TestUser> = {} as never;

const code = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.code;
const ROUND = `id heldAt nothingFound note disputeCount buildings { id } recordedBy { id } disputes { id }`;
const record = (input: Record<string, unknown>, by: TestUser) =>
  gql(app.url, `mutation($input: RecordScreeningRoundInput!) { recordScreeningRound(input: $input) { ${ROUND} } }`, {
    input: { communityId: c.gid, heldAt: '2026-04-20T02:00:00.000Z', buildingIds: [b.one], nothingFound: true, ...input },
  }, by.token);
const must = async (input: Record<string, unknown>, by = u.gridWorker) => {
  const r = await record(input, by);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data.recordScreeningRound as { id: string; disputeCount: number };
};
const register = (roundId: string | null, by = u.mediator, community = c) =>
  gql(app.url, `mutation($input: RegisterDisputeInput!) { registerDispute(input: $input) { id screeningRound { id } } }`, {
    input: { communityId: community.gid, ...DISPUTE, screeningRoundId: roundId, applicants: [{ userId: u.resident.gid }], respondents: [{ name: '某租户' }] },
  }, by.token);
const rounds = async (by: TestUser) => (await ok(app.url, `query($c: ID!) { screeningRounds(communityId: $c, first: 100) { totalCount edges { node { id } } } }`, { c: c.gid }, by.token)).screeningRounds;

beforeAll(async () => {
  app = await startTestApp({ clock });
  c = await createCommunity(app);
  other = await createCommunity(app, '别的社区');
  const e = em(app);
  const [first] = await e.find(Building, { community: c.id });
  const two = e.create(Building, { community: c.id, name: '2栋' });
  const three = e.create(Building, { community: c.id, name: '3栋' });
  const [elsewhere] = await e.find(Building, { community: other.id });
  await e.flush();
  Object.assign(b, { one: toGlobalId('Building', first!.id), two: toGlobalId('Building', two.id), three: toGlobalId('Building', three.id), elsewhere: toGlobalId('Building', elsewhere!.id) });
  const mediation = await createMediationCommittee(app, c);
  const make = async (key: keyof typeof u, setup: (x: TestUser) => Promise<unknown>) => {
    u[key] = await createUser(app, { name: key });
    await setup(u[key]);
  };
  await make('gridWorker', (x) => seat(app, x, c.orgs.rc.id, MemberRole.GRID_WORKER));
  await make('mediator', (x) => seat(app, x, mediation.id));
  await make('center', (x) => seat(app, x, c.orgs.center.id, MemberRole.STAFF));
  await make('rcMember', (x) => seat(app, x, c.orgs.rc.id, MemberRole.MEMBER));
  await make('resident', (x) => reside(app, x, c.id));
  await make('outsider', () => Promise.resolve());
}, 120_000);
afterAll(() => app?.close());

describe('recording a round', () => {
  it('its grid workers and mediators record one over its buildings; nobody else; bad input changes nothing', async () => {
    const r = await must({ buildingIds: [b.one, b.two], nothingFound: true, note: '1、2栋走访未发现矛盾' });
    expect(r).toMatchObject({ nothingFound: true, note: '1、2栋走访未发现矛盾', disputeCount: 0, recordedBy: { id: u.gridWorker.gid }, disputes: [] });
    expect((r as unknown as { buildings: { id: string }[] }).buildings.map((x) => x.id)).toEqual([b.one, b.two]);
    await must({}, u.mediator);
    for (const by of [u.center, u.rcMember, u.resident, u.outsider]) expect(code(await record({}, by)), 'record').toBe('FORBIDDEN');
    const before = (await rounds(u.mediator)).totalCount;
    const bad: Record<string, unknown>[] = [
      { buildingIds: [b.elsewhere] },
      { buildingIds: [b.one, b.elsewhere] },
      { buildingIds: [] },
      { buildingIds: ['nonsense'] },
      { heldAt: new Date(NOW.getTime() + 60_000).toISOString() },
      { note: '  ' },
    ];
    for (const input of bad) expect(code(await record(input, u.gridWorker)), JSON.stringify(input)).toBe('BAD_USER_INPUT');
    expect((await rounds(u.mediator)).totalCount).toBe(before);
  });

  it('who sees rounds: those who screen and who handle disputes — node, list and history agree', async () => {
    const r = await must({});
    const node = async (by: TestUser) => (await ok(app.url, `query($id: ID!) { node(id: $id) { id } }`, { id: r.id }, by.token)).node;
    const history = async (by: TestUser) =>
      (await ok(app.url, `query($c: ID!) { events(communityId: $c, first: 100) { edges { node { type subject { id } } } } }`, { c: c.gid }, by.token)).events.edges
        .filter((e: { node: { type: string } }) => e.node.type === 'dispute.screeningRecorded')
        .map((e: { node: { subject: { id: string } } }) => e.node.subject.id);
    for (const by of [u.gridWorker, u.mediator, u.center]) {
      expect(await node(by), 'node').toEqual({ id: r.id });
      expect((await rounds(by)).edges.map((e: { node: { id: string } }) => e.node.id), 'list').toContain(r.id);
      expect(await history(by), 'history').toContain(r.id);
    }
    for (const by of [u.rcMember, u.resident, u.outsider]) {
      expect(await node(by), 'node').toBeNull();
      expect(await rounds(by), 'list').toEqual({ totalCount: 0, edges: [] });
      expect(await history(by), 'history').toEqual([]);
    }
  });
});

describe('what a round found', () => {
  it('disputes registered from it (seen as disputes are); a round that found nothing takes none', async () => {
    const found = await must({ nothingFound: false, note: '3栋邻里噪音' }, u.gridWorker);
    const d = await register(found.id, u.gridWorker);
    expect(d.errors).toBeUndefined();
    // The grid worker registered it and sees the round, not the dispute (a dispute is never public).
    expect(d.data.registerDispute.id).toBeTruthy();
    const seen = async (by: TestUser) => (await ok(app.url, `query($id: ID!) { node(id: $id) { ... on ScreeningRound { disputeCount disputes { id } } } }`, { id: found.id }, by.token)).node;
    expect(await seen(u.mediator)).toEqual({ disputeCount: 1, disputes: [{ id: d.data.registerDispute.id }] });
    expect(await seen(u.gridWorker)).toEqual({ disputeCount: 1, disputes: [] });
    // The dispute names its round to those who see screening, not to its party.
    const roundOf = async (by: TestUser) => (await ok(app.url, `query($id: ID!) { node(id: $id) { ... on Dispute { screeningRound { id } } } }`, { id: d.data.registerDispute.id }, by.token)).node;
    expect(await roundOf(u.mediator)).toEqual({ screeningRound: { id: found.id } });
    expect(await roundOf(u.resident)).toEqual({ screeningRound: null });

    const nothing = await must({ nothingFound: true });
    expect(code(await register(nothing.id))).toBe('BAD_USER_INPUT');
    const elsewhereMediation = await createMediationCommittee(app, other);
    const otherMediator = await createUser(app, { name: '别处调解员' });
    await seat(app, otherMediator, elsewhereMediation.id);
    await reside(app, u.resident, other.id);
    expect(code(await register(found.id, otherMediator, other))).toBe('BAD_USER_INPUT'); // a round of another community
    expect(code(await register('U2NyZWVuaW5nUm91bmQ6eA=='))).toBe('BAD_USER_INPUT');
    expect((await seen(u.mediator)).disputeCount).toBe(1);
  });
});

describe('coverage per building and month', () => {
  it('counts the rounds over each building in each month (Asia/Shanghai), by hand', async () => {
    const c2 = await createCommunity(app, '覆盖社区');
    const e = em(app);
    const [one] = await e.find(Building, { community: c2.id });
    const two = e.create(Building, { community: c2.id, name: '2栋' });
    const three = e.create(Building, { community: c2.id, name: '3栋' });
    await e.flush();
    const gw = await createUser(app, { name: '网格员' });
    await seat(app, gw, c2.orgs.rc.id, MemberRole.GRID_WORKER);
    const mediation = await createMediationCommittee(app, c2);
    const mediator = await createUser(app, { name: '调解员' });
    await seat(app, mediator, mediation.id);
    const resident = await createUser(app, { name: '居民' });
    await reside(app, resident, c2.id);
    const id = (x: { id: string }) => toGlobalId('Building', x.id);
    const round = async (heldAt: string, buildings: { id: string }[], nothingFound: boolean) => {
      const r = await ok(app.url, `mutation($input: RecordScreeningRoundInput!) { recordScreeningRound(input: $input) { id } }`, {
        input: { communityId: c2.gid, heldAt, buildingIds: buildings.map(id), nothingFound },
      }, gw.token);
      return r.recordScreeningRound.id as string;
    };
    const registerFrom = (roundId: string) =>
      ok(app.url, `mutation($input: RegisterDisputeInput!) { registerDispute(input: $input) { id } }`, {
        input: { communityId: c2.gid, ...DISPUTE, screeningRoundId: roundId, applicants: [{ userId: resident.gid }], respondents: [{ name: '某人' }] },
      }, gw.token);
    // r1: 2026-03-31 23:59:59 in Shanghai (15:59:59Z), the last second of March, over 1栋 and 2栋; one dispute found.
    const r1 = await round('2026-03-31T15:59:59.000Z', [one!, two], false);
    await registerFrom(r1);
    // r2: one second later, 2026-04-01 00:00:00 in Shanghai (16:00:00Z): April, over 1栋; nothing found.
    await round('2026-03-31T16:00:00.000Z', [one!], true);
    // r3: 2026-04-15 10:00 in Shanghai, over 1栋 and 3栋; two disputes found.
    const r3 = await round('2026-04-15T02:00:00.000Z', [one!, three], false);
    await registerFrom(r3);
    await registerFrom(r3);
    // r0: 2026-02-28 23:00 in Shanghai: February, outside the months asked.
    await round('2026-02-28T15:00:00.000Z', [one!, two, three], true);

    const q = `query($c: ID!, $from: String!, $to: String!) { screeningCoverage(communityId: $c, fromMonth: $from, toMonth: $to) { building { name } month rounds nothingFound disputesFound lastHeldAt } }`;
    const { screeningCoverage } = await ok(app.url, q, { c: c2.gid, from: '2026-03', to: '2026-04' }, mediator.token);
    // 1栋, March: r1 only (its last second) — 1 round, 1 dispute. April: r2 (its first second) and r3 — 2 rounds, 1 found nothing, 2 disputes.
    // 2栋, March: r1 — 1 round, 1 dispute. April: none.
    // 3栋, March: none. April: r3 — 1 round, 2 disputes.
    expect(screeningCoverage).toEqual([
      { building: { name: '1栋' }, month: '2026-03', rounds: 1, nothingFound: 0, disputesFound: 1, lastHeldAt: '2026-03-31T15:59:59.000Z' },
      { building: { name: '1栋' }, month: '2026-04', rounds: 2, nothingFound: 1, disputesFound: 2, lastHeldAt: '2026-04-15T02:00:00.000Z' },
      { building: { name: '2栋' }, month: '2026-03', rounds: 1, nothingFound: 0, disputesFound: 1, lastHeldAt: '2026-03-31T15:59:59.000Z' },
      { building: { name: '2栋' }, month: '2026-04', rounds: 0, nothingFound: 0, disputesFound: 0, lastHeldAt: null },
      { building: { name: '3栋' }, month: '2026-03', rounds: 0, nothingFound: 0, disputesFound: 0, lastHeldAt: null },
      { building: { name: '3栋' }, month: '2026-04', rounds: 1, nothingFound: 0, disputesFound: 2, lastHeldAt: '2026-04-15T02:00:00.000Z' },
    ]);
    // One month: February holds r0 only.
    const feb = (await ok(app.url, q, { c: c2.gid, from: '2026-02', to: '2026-02' }, gw.token)).screeningCoverage;
    expect(feb.map((r: { rounds: number; nothingFound: number }) => [r.rounds, r.nothingFound])).toEqual([[1, 1], [1, 1], [1, 1]]);
    // Bad months; and only those who see screening.
    for (const [from, to] of [['2026-04', '2026-03'], ['2026-01', '2028-01'], ['2026-13', '2026-12'], ['2026-1', '2026-02']]) {
      expect(code(await gql(app.url, q, { c: c2.gid, from, to }, mediator.token)), `${from}..${to}`).toBe('BAD_USER_INPUT');
    }
    expect(code(await gql(app.url, q, { c: c2.gid, from: '2026-01', to: '2027-12' }, mediator.token))).toBeUndefined(); // 24 months
    expect(code(await gql(app.url, q, { c: c2.gid, from: '2026-03', to: '2026-04' }, resident.token))).toBe('FORBIDDEN');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { errorCode, gql, ok } from '../helpers/graphql.js';
import { ManualClock } from '../../server/core/clock.js';
import { createUser, em, reside, ResidencyKind, type TestUser } from '../factories/index.js';
import { addBuilding, checkInAll, createMeetingCast, scheduleMeeting, type MeetingCast } from '../factories/meetings.js';
import { Building } from '../../server/communities/building.entity.js';
import { Unit } from '../../server/communities/unit.entity.js';
import { Ballot, BallotChannel } from '../../server/meetings/meeting.entity.js';
import { parseGlobalId, toGlobalId } from '../../server/core/ids.js';

const keyOf = (gid: string) => parseGlobalId(gid)!.key;

const HOUR = 3_600_000;
const T0 = new Date('2026-08-01T00:00:00.000Z');
const clock = new ManualClock(T0);
const at = (h: number) => new Date(T0.getTime() + h * HOUR).toISOString();
const TALLY = 'eligibleCount eligibleArea votedCount votedArea forCount forArea againstCount againstArea abstainCount abstainArea quorumMet';
const RES = `id status outcome rule viewerBallot viewerEligible tally { ${TALLY} }`;
let app: TestApp;
let k: MeetingCast;

const mutate = async (name: string, type: string, user: { token: string }, input: Record<string, unknown>, select = RES) =>
  (await ok(app.url, `mutation($input: ${type}!) { ${name}(input: $input) { ${select} } }`, { input }, user.token))[name];
const cast = (user: TestUser, resolutionId: string, choice: string, extra: Record<string, unknown> = {}) =>
  gql(app.url, `mutation($input: CastBallotInput!) { castBallot(input: $input) { id } }`, { input: { resolutionId, choice, ...extra } }, user.token);

/** An owners' assembly of a cast's community (convened by its owners' committee), in session. */
async function assembly(cast: MeetingCast = k): Promise<string> {
  clock.set(T0);
  const m = await scheduleMeeting(app, cast.oc, { communityId: cast.c.gid, kind: 'OWNERS_ASSEMBLY', title: '业主大会', scheduledAt: at(1), convenerId: cast.c.orgs.oc.gid, participantIds: [] });
  clock.set(new Date(T0.getTime() + HOUR));
  await mutate('startMeeting', 'MeetingRefInput', cast.oc, { meetingId: m.id }, 'id');
  return m.id;
}

async function motion(meetingId: string, rule: string, by: TestUser = k.oc, extra: Record<string, unknown> = {}): Promise<string> {
  const r = await mutate('proposeResolution', 'ProposeResolutionInput', by, { meetingId, title: `表决${rule}`, text: '是否同意使用公共维修资金维修屋面。', rule, ...extra });
  await mutate('openVoting', 'ResolutionRefInput', by, { resolutionId: r.id });
  return r.id;
}

const read = async (resolutionId: string, by: TestUser, select = RES) =>
  (await ok(app.url, `query($id: ID!) { node(id: $id) { ... on Resolution { ${select} } } }`, { id: resolutionId }, by.token)).node;

beforeAll(async () => {
  app = await startTestApp({ clock });
  k = await createMeetingCast(app);
  // A second building of five flats whose areas make headcount and area disagree: 50, 50, 50, 200, 150 ㎡.
  const e = em(app);
  const b = e.create(Building, { community: k.c.id, name: '2栋' });
  const units = [50, 50, 50, 200, 150].map((floorArea, i) => e.create(Unit, { building: b, number: `2-${i + 1}01`, floorArea }));
  await e.flush();
  const more = await Promise.all(units.map((_, i) => createUser(app, { name: `二栋业主${i + 1}` })));
  for (const [i, o] of more.entries()) await reside(app, o, k.c.id, { unitId: units[i]!.id });
  k.owners.push(...more);
  // Not on the owners' roll: a tenant, an owner not yet verified, and an owner without a flat.
  const tenant = await createUser(app, { name: '租户' });
  await reside(app, tenant, k.c.id, { unitId: k.c.units[0]!.id, kind: ResidencyKind.TENANT });
  const unverified = await createUser(app, { name: '未核实业主' });
  await reside(app, unverified, k.c.id, { unitId: units[0]!.id, verified: false });
});
afterAll(() => app.close());

describe("owners' votes weigh headcount and floor area", () => {
  it('the roll is every flat of the zone with its floor area, fixed when voting opens; its owners vote for it', async () => {
    const meetingId = await assembly();
    const r = await motion(meetingId, 'OWNERS_ORDINARY');
    const { node } = await ok(app.url, `query($id: ID!) { node(id: $id) { ... on Resolution { ${RES} } } }`, { id: r }, k.owners[0]!.token);
    expect(node.tally).toMatchObject({ eligibleCount: 9, eligibleArea: 446.5 + 500, votedCount: 0, quorumMet: false });
    expect(node.viewerEligible).toBe(true);
    // The committee member who is no owner may not vote online.
    expect((await cast(k.oc, r, 'FOR')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('three small flats FOR and two large AGAINST: more than half the heads but not the area → FAILED', async () => {
    const meetingId = await assembly();
    const r = await motion(meetingId, 'OWNERS_ORDINARY');
    const [a1, a2, a3, a4, b1, b2, b3, b4, b5] = k.owners as [TestUser, TestUser, TestUser, TestUser, TestUser, TestUser, TestUser, TestUser, TestUser];
    // Turnout: all of building 1 and 2 (9 of 9).
    for (const u of [b1, b2, b3, a1, a2]) expect((await cast(u, r, 'FOR')).errors).toBeUndefined();
    for (const u of [b4, b5, a3, a4]) expect((await cast(u, r, 'AGAINST')).errors).toBeUndefined();
    // FOR: 5 of 9 heads (> 1/2); area 50·3 + 88.5 + 102.25 = 340.75 of 946.5 (< 1/2).
    const closed = await mutate('closeVoting', 'ResolutionRefInput', k.oc, { resolutionId: r });
    expect(closed.tally).toMatchObject({ votedCount: 9, forCount: 5, forArea: 340.75, againstCount: 4, againstArea: 605.75, quorumMet: true });
    expect(closed.outcome).toBe('FAILED');
  });

  it('turnout below 2/3 of the area is NO_QUORUM even with 2/3 of the heads', async () => {
    const meetingId = await assembly();
    const r = await motion(meetingId, 'OWNERS_ORDINARY');
    // Six of nine heads (exactly 2/3) but the six smallest flats: 50·3 + 88.5 + 102.25 + 120 = 460.75 < 631.
    for (const u of [k.owners[4]!, k.owners[5]!, k.owners[6]!, k.owners[0]!, k.owners[1]!, k.owners[2]!]) await cast(u, r, 'FOR');
    const closed = await mutate('closeVoting', 'ResolutionRefInput', k.oc, { resolutionId: r });
    expect(closed.tally).toMatchObject({ votedCount: 6, forCount: 6, quorumMet: false });
    expect(closed.outcome).toBe('NO_QUORUM');
  });

  it('OWNERS_SPECIAL passes at 3/4 of participating heads and area, and a teller records paper and proxy ballots', async () => {
    const meetingId = await assembly();
    const r = await motion(meetingId, 'OWNERS_SPECIAL');
    const o = k.owners;
    // Online: the four large flats of building 1 and the 200 ㎡ flat.
    for (const u of [o[0]!, o[1]!, o[2]!, o[3]!, o[7]!]) await cast(u, r, 'FOR');
    // Paper ballots recorded by a teller of the owners' committee; an ONLINE one by a teller is refused.
    expect((await cast(k.oc, r, 'FOR', { voterId: o[8]!.gid, channel: 'ONLINE' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await cast(k.oc, r, 'AGAINST', { voterId: o[8]!.gid })).errors).toBeUndefined();
    expect((await cast(k.oc, r, 'FOR', { voterId: o[4]!.gid, channel: 'PROXY' })).errors).toBeUndefined();
    // Someone who is not a teller cannot record for another.
    expect((await cast(o[5]!, r, 'FOR', { voterId: o[6]!.gid })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // 7 of 7 voters… 6 FOR (6·4 = 24 ≥ 7·3 = 21); area FOR 446.5 + 200 + 50 = 696.5 of 846.5 (·4 = 2786 ≥ 2539.5).
    const closed = await mutate('closeVoting', 'ResolutionRefInput', k.oc, { resolutionId: r });
    expect(closed.tally).toMatchObject({ votedCount: 7, forCount: 6, forArea: 696.5, votedArea: 846.5, againstArea: 150 });
    expect(closed.outcome).toBe('PASSED');
    const e = em(app);
    const ballots = await e.find(Ballot, { resolution: keyOf(r) });
    expect(ballots.map((b) => b.channel).sort()).toEqual(['ONLINE', 'ONLINE', 'ONLINE', 'ONLINE', 'ONLINE', 'PAPER', 'PROXY']);
    expect(ballots.filter((b) => b.channel !== BallotChannel.ONLINE).every((b) => b.recordedBy?.id === k.oc.id)).toBe(true);
  });

  it("owners' rules are refused outside an owners' assembly", async () => {
    const m = await scheduleMeeting(app, k.chair, { communityId: k.c.gid, kind: 'REPRESENTATIVES', title: '居民代表会议', scheduledAt: at(30), convenerId: k.c.orgs.rc.gid, participantIds: [] });
    const res = await gql(app.url, `mutation($input: ProposeResolutionInput!) { proposeResolution(input: $input) { id } }`, { input: { meetingId: m.id, title: 'x', text: 'x', rule: 'OWNERS_SPECIAL' } }, k.chair.token);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { rule: expect.any(String) } });
  });
});

describe('ballots under concurrency', () => {
  let electors: TestUser[];
  let meetingId: string;

  beforeAll(async () => {
    clock.set(T0);
    electors = await Promise.all(Array.from({ length: 60 }, (_, i) => createUser(app, { name: `代表${i + 1}` })));
    await Promise.all(electors.map((u) => reside(app, u, k.c.id, { kind: ResidencyKind.TENANT })));
    const m = await scheduleMeeting(app, k.chair, {
      communityId: k.c.gid,
      kind: 'REPRESENTATIVES',
      title: '居民代表会议（并发）',
      scheduledAt: at(1),
      convenerId: k.c.orgs.rc.gid,
      participantIds: [],
      inviteeIds: electors.map((u) => u.gid),
    });
    meetingId = m.id;
    clock.set(new Date(T0.getTime() + HOUR));
    await mutate('startMeeting', 'MeetingRefInput', k.chair, { meetingId }, 'id');
    // The representatives present are the roll of its votes (and make its two-thirds attendance).
    await checkInAll(app, meetingId, electors, k.chair);
  });

  it('one elector voting 20 times at once holds exactly one ballot; the other 19 get CONFLICT', async () => {
    const r = await motion(meetingId, 'SIMPLE_MAJORITY', k.chair);
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => cast(electors[0]!, r, i % 2 ? 'FOR' : 'AGAINST')));
    expect(results.filter((x) => !x.errors)).toHaveLength(1);
    expect(results.filter((x) => x.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(19);
    const e = em(app);
    expect(await e.count(Ballot, { resolution: keyOf(r) })).toBe(1);
  });

  it('closing while 60 ballots arrive: every ballot is either counted or refused, none lands after the count', async () => {
    const r = await motion(meetingId, 'SIMPLE_MAJORITY', k.chair);
    const choice = (i: number) => (i % 3 === 0 ? 'AGAINST' : 'FOR');
    // Thirty ballots are in; the close is sent, and thirty more right behind it.
    const first = await Promise.all(electors.slice(0, 30).map((u, i) => cast(u, r, choice(i))));
    const closing = mutate('closeVoting', 'ResolutionRefInput', k.chair, { resolutionId: r });
    const late = electors.slice(30).map((u, i) => new Promise((ok) => setTimeout(ok, i % 10)).then(() => cast(u, r, choice(i + 30))));
    const [rest, closed] = await Promise.all([Promise.all(late), closing]);
    const results = [...first, ...rest];
    const accepted = results.filter((x) => !x.errors);
    const refused = results.filter((x) => x.errors);
    expect(refused.every((x) => x.errors![0]!.extensions?.code === 'INVALID_TRANSITION')).toBe(true);
    expect(accepted.length + refused.length).toBe(60);
    expect(accepted.length).toBeGreaterThanOrEqual(30);
    console.info(`closing under load: ${accepted.length} ballots counted, ${refused.length} refused`);
    expect(closed.tally.votedCount).toBe(accepted.length);
    const e = em(app);
    expect(await e.count(Ballot, { resolution: keyOf(r) })).toBe(accepted.length);
    // The count kept at the close is what the ballots say.
    expect(closed.tally.forCount + closed.tally.againstCount).toBe(accepted.length);
  });

  it('a ballot on a DRAFT or CLOSED vote is INVALID_TRANSITION; a teller cannot record for someone not on the roll', async () => {
    const draft = await mutate('proposeResolution', 'ProposeResolutionInput', k.chair, { meetingId, title: '草案', text: '草案', rule: 'TWO_THIRDS' });
    expect((await cast(electors[1]!, draft.id, 'FOR')).errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
    const r = await motion(meetingId, 'TWO_THIRDS', k.chair);
    const stranger = await createUser(app, { name: '路人' });
    expect((await cast(k.chair, r, 'FOR', { voterId: stranger.gid })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { voterId: expect.any(String) } });
    await mutate('closeVoting', 'ResolutionRefInput', k.chair, { resolutionId: r });
    expect((await cast(electors[1]!, r, 'FOR')).errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
    expect(await errorCode(app.url, `mutation($input: ResolutionRefInput!) { closeVoting(input: $input) { id } }`, { input: { resolutionId: r } }, k.chair.token)).toBe('INVALID_TRANSITION');
    // Adjourning counts the votes still open: one FOR, none AGAINST is more FOR than AGAINST.
    const open = await motion(meetingId, 'SIMPLE_MAJORITY', k.chair);
    await cast(electors[2]!, open, 'FOR');
    await mutate('adjournMeeting', 'MeetingRefInput', k.chair, { meetingId }, 'id');
    const { node } = await ok(app.url, `query($id: ID!) { node(id: $id) { ... on Resolution { status outcome tally { votedCount eligibleCount } } } }`, { id: open }, k.chair.token);
    expect(node).toEqual({ status: 'CLOSED', outcome: 'PASSED', tally: { votedCount: 1, eligibleCount: 60 } });
  });
});


describe("opening an owners' vote tells every owner", () => {
  it('an assembly of 80 owners: each owner gets the notification once (written in one statement past 50), the opener none', async () => {
    const big = await createMeetingCast(app);
    const e = em(app);
    const b = e.create(Building, { community: big.c.id, name: '9栋' });
    const units = Array.from({ length: 80 }, (_, i) => e.create(Unit, { building: b, number: `9-${i + 1}`, floorArea: 80 + i }));
    await e.flush();
    const owners = await Promise.all(units.map((_, i) => createUser(app, { name: `九栋业主${i + 1}` })));
    for (const [i, o] of owners.entries()) await reside(app, o, big.c.id, { unitId: units[i]!.id });
    clock.set(T0);
    const m = await scheduleMeeting(app, big.oc, { communityId: big.c.gid, kind: 'OWNERS_ASSEMBLY', title: '九栋业主大会', scheduledAt: at(1), convenerId: big.c.orgs.oc.gid, participantIds: [] });
    clock.set(new Date(T0.getTime() + HOUR));
    await mutate('startMeeting', 'MeetingRefInput', big.oc, { meetingId: m.id }, 'id');
    const r = await mutate('proposeResolution', 'ProposeResolutionInput', big.oc, { meetingId: m.id, title: '续聘物业', text: '是否同意续聘现物业服务企业。', rule: 'OWNERS_ORDINARY' });
    const opened = await mutate('openVoting', 'ResolutionRefInput', big.oc, { resolutionId: r.id });
    const electors = opened.tally.eligibleCount;
    expect(electors).toBeGreaterThanOrEqual(80);

    const [row] = await e.execute<{ n: number; users: number; titles: number }[]>(
      `SELECT count(*)::int AS n, count(DISTINCT n.user_id)::int AS users, count(DISTINCT n.title)::int AS titles
         FROM notifications n JOIN domain_events d ON d.id = n.event_id
        WHERE d.type = 'resolution.opened' AND d.community_id = ?`,
      [big.c.id],
    );
    expect(row).toEqual({ n: electors - (opened.viewerEligible ? 1 : 0), users: electors - (opened.viewerEligible ? 1 : 0), titles: 1 });
    for (const owner of [owners[0]!, owners[79]!]) {
      const { notifications } = await ok(app.url, `{ notifications(first: 5) { edges { node { title event { type data } } } } }`, {}, owner.token);
      const got = notifications.edges.map((x: any) => x.node).filter((x: any) => x.event.type === 'resolution.opened');
      expect(got).toEqual([{ title: '业主表决开始：续聘物业', event: { type: 'resolution.opened', data: expect.objectContaining({ resolutionId: r.id }) } }]);
    }
  });
});

describe('the owners’ roll counts each exclusive part once (法释〔2009〕7号 arts. 8–9)', () => {
  it('two verified owners of one 143.15 ㎡ flat: 19 heads and 2,187.29 ㎡, not 20 and 2,330.44; they cast one ballot between them, the first', async () => {
    // Nineteen flats, one verified owner each: 1栋 446.5 ㎡ (4 flats), 2栋 850.39 ㎡ (8), 3栋 890.40 ㎡ (7).
    const z = await createMeetingCast(app);
    const b2 = await addBuilding(app, z.c.id, '2栋', [112.35, 89.56, 126.3, 78.42, 143.15, 98.7, 112.35, 89.56]);
    const b3 = await addBuilding(app, z.c.id, '3栋', [143.15, 98.7, 112.35, 89.56, 126.3, 78.42, 241.92]);
    const flats = [...z.c.units.map((u, i) => ({ ...u, owner: z.owners[i]! })), ...[...b2.flats, ...b3.flats].map((f) => ({ ...f, owner: null as TestUser | null }))];
    for (const f of flats.filter((x) => !x.owner)) {
      f.owner = await createUser(app, { name: `业主${f.id.slice(0, 4)}` });
      await reside(app, f.owner, z.c.id, { unitId: f.id });
    }
    // 2栋-5 (143.15 ㎡) has a second verified owner: a married couple.
    const shared = flats.find((f) => f.id === b2.flats[4]!.id)!;
    const spouse = await createUser(app, { name: '共有人' });
    await reside(app, spouse, z.c.id, { unitId: shared.id });

    const r = await motion(await assembly(z), 'OWNERS_ORDINARY', z.oc);
    expect((await read(r, spouse)).tally).toMatchObject({ eligibleCount: 19, eligibleArea: 2187.29, votedCount: 0 });

    // The first co-owner's ballot is the flat's; the other's is refused, and sees the flat's ballot as theirs.
    expect((await cast(shared.owner!, r, 'FOR')).errors).toBeUndefined();
    const second = await cast(spouse, r, 'AGAINST');
    expect(second.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(second.errors?.[0]?.message).toMatch(/first one counts/);
    expect(await read(r, spouse)).toMatchObject({ viewerEligible: true, viewerBallot: 'FOR', tally: { votedCount: 1, votedArea: 143.15, forArea: 143.15, againstCount: 0 } });

    // Turnout at 2/3 of 19 heads is 13 (13·3 = 39 ≥ 38); of 20 it would be 14. The 12 largest other
    // flats first, then one more: 12 heads and 1,574.57 ㎡ is short, 13 heads and 1,673.27 ㎡
    // (≥ 2/3 of 2,187.29 = 1,458.19) is a quorum.
    const largest = flats.filter((f) => f !== shared).sort((a, b) => b.floorArea - a.floorArea);
    for (const f of largest.slice(0, 11)) expect((await cast(f.owner!, r, 'FOR')).errors).toBeUndefined();
    expect((await read(r, spouse)).tally).toMatchObject({ votedCount: 12, votedArea: 1574.57, quorumMet: false });
    await cast(largest[11]!.owner!, r, 'FOR');
    expect((await read(r, spouse)).tally).toMatchObject({ votedCount: 13, votedArea: 1673.27, quorumMet: true });
    const closed = await mutate('closeVoting', 'ResolutionRefInput', z.oc, { resolutionId: r });
    expect(closed).toMatchObject({ outcome: 'PASSED', tally: { eligibleCount: 19, eligibleArea: 2187.29, votedCount: 13, forCount: 13 } });
    expect(await em(app).count(Ballot, { resolution: keyOf(r) })).toBe(13);
  });

  it('the denominator is every flat: unregistered and unverified flats count, the developer’s unsold flats are one head, one owner’s two flats one; a teller records a flat’s paper ballot', async () => {
    // 1栋: 88.5, 102.25, 120, 135.75 ㎡, one verified owner each. 2栋: 2-1 80 ㎡ no owner registered;
    // 2-2 90 ㎡ an owner not verified; 2-3 100 and 2-4 110 ㎡ the developer's; 2-5 60 ㎡ owned by the
    // owner of 1-1; 2-6 70 ㎡ a verified owner and a tenant.
    const z = await createMeetingCast(app);
    const b2 = await addBuilding(app, z.c.id, '2栋', [80, 90, 100, 110, 60, 70], [2, 3]);
    const [f1, f2, f3, f4, f5, f6] = b2.flats as [typeof b2.flats[0], typeof b2.flats[0], typeof b2.flats[0], typeof b2.flats[0], typeof b2.flats[0], typeof b2.flats[0]];
    const unverified = await createUser(app, { name: '未核实业主' });
    await reside(app, unverified, z.c.id, { unitId: f2.id, verified: false });
    await reside(app, z.owners[0]!, z.c.id, { unitId: f5.id });
    const sixth = await createUser(app, { name: '六号业主' });
    await reside(app, sixth, z.c.id, { unitId: f6.id });
    const tenant = await createUser(app, { name: '租户' });
    await reside(app, tenant, z.c.id, { unitId: f6.id, kind: ResidencyKind.TENANT });

    // Heads: {1-1, 2-5}, 1-2, 1-3, 1-4, 2-1, 2-2, 2-6, the developer {2-3, 2-4}: 8; area 446.5 + 510 = 956.5.
    // (Counting verified owners only would make it 5 heads and 576.5 ㎡, all of whom voting is full turnout.)
    const r = await motion(await assembly(z), 'OWNERS_ORDINARY', z.oc);
    expect((await read(r, sixth)).tally).toMatchObject({ eligibleCount: 8, eligibleArea: 956.5, votedCount: 0 });
    expect((await cast(tenant, r, 'FOR')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await cast(unverified, r, 'FOR')).errors?.[0]?.extensions?.code).toBe('NOT_FOUND'); // not yet of the community

    // The five registered owners vote: 5 of 8 heads (15 < 16) and 576.5 of 956.5 ㎡: no quorum yet.
    for (const u of [...z.owners, sixth]) expect((await cast(u, r, 'FOR')).errors).toBeUndefined();
    expect((await read(r, sixth)).tally).toMatchObject({ votedCount: 5, votedArea: 576.5, quorumMet: false });

    // A teller records the paper ballot of 2-1's owner, who is not registered: 6 heads (18 ≥ 16), 656.5 ㎡ (·3 = 1969.5 ≥ 1913).
    const byUnit = (unit: { gid: string }, choice: string, by: TestUser = z.oc, extra: Record<string, unknown> = {}) => cast(by, r, choice, { unitId: unit.gid, ...extra });
    expect((await byUnit(f1, 'AGAINST', sixth)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN'); // not a teller
    expect((await byUnit(f1, 'AGAINST', z.oc, { voterId: sixth.gid })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { unitId: expect.any(String) } });
    expect((await byUnit(k.c.units[0]!, 'AGAINST')).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { unitId: expect.any(String) } });
    expect((await byUnit(f1, 'AGAINST')).errors).toBeUndefined();
    expect((await read(r, sixth)).tally).toMatchObject({ votedCount: 6, votedArea: 656.5, againstArea: 80, quorumMet: true });
    // The developer's flats are one head: one ballot for both.
    expect((await byUnit(f4, 'FOR')).errors).toBeUndefined();
    expect((await byUnit(f3, 'AGAINST')).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    // FOR: 6 of 7 heads and 786.5 of 866.5 ㎡.
    const closed = await mutate('closeVoting', 'ResolutionRefInput', z.oc, { resolutionId: r });
    expect(closed).toMatchObject({ outcome: 'PASSED', tally: { eligibleCount: 8, eligibleArea: 956.5, votedCount: 7, votedArea: 866.5, forCount: 6, forArea: 786.5, againstCount: 1, againstArea: 80 } });
    const ballots = await em(app).find(Ballot, { resolution: keyOf(r), voter: null });
    expect(ballots.map((b) => [b.channel, b.recordedBy?.id])).toEqual([['PAPER', z.oc.id], ['PAPER', z.oc.id]]);
  });

  it('a vote scoped to one building (its maintenance fund) is decided by that building’s owners, art. 278’s fractions over its flats', async () => {
    const z = await createMeetingCast(app);
    const b2 = await addBuilding(app, z.c.id, '2栋', [80, 60]);
    const other = await createUser(app, { name: '二栋业主' });
    await reside(app, other, z.c.id, { unitId: b2.flats[0]!.id });
    await reside(app, z.owners[0]!, z.c.id, { unitId: b2.flats[1]!.id }); // 1-1's owner also owns 2-2
    const meetingId = await assembly(z);
    const building = toGlobalId('Building', (await em(app).findOneOrFail(Building, { community: z.c.id, name: '1栋' })).id);
    const propose = (input: Record<string, unknown>) =>
      gql(app.url, `mutation($input: ProposeResolutionInput!) { proposeResolution(input: $input) { id } }`, { input: { meetingId, title: '1栋屋面维修', text: '使用1栋维修资金维修屋面。', ...input } }, z.oc.token);
    expect((await propose({ rule: 'SIMPLE_MAJORITY', buildingId: building })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { buildingId: expect.any(String) } });
    const elsewhere = toGlobalId('Building', (await em(app).findOneOrFail(Building, { community: k.c.id, name: '1栋' })).id);
    expect((await propose({ rule: 'OWNERS_SPECIAL', buildingId: elsewhere })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { buildingId: expect.any(String) } });

    // 1栋: 4 heads, 446.5 ㎡ (1-1's owner counts with 1-1 alone: 2-2 is out of scope). Special: FOR from ≥ 3/4 of both.
    // The 88.5 ㎡ flat against: 3 of 4 heads (12 ≥ 12) and 358 ㎡ (·4 = 1432 ≥ 1339.5) → PASSED.
    const passes = await motion(meetingId, 'OWNERS_SPECIAL', z.oc, { buildingId: building });
    expect(await read(passes, z.owners[0]!, `building { name } ${RES}`)).toMatchObject({ building: { name: '1栋' }, viewerEligible: true, tally: { eligibleCount: 4, eligibleArea: 446.5 } });
    expect((await cast(other, passes, 'FOR')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await read(passes, other)).viewerEligible).toBe(false);
    const [o1, o2, o3, o4] = z.owners as [TestUser, TestUser, TestUser, TestUser];
    for (const [u, choice] of [[o1, 'AGAINST'], [o2, 'FOR'], [o3, 'FOR'], [o4, 'FOR']] as const) await cast(u, passes, choice);
    expect(await mutate('closeVoting', 'ResolutionRefInput', z.oc, { resolutionId: passes })).toMatchObject({ outcome: 'PASSED', tally: { votedCount: 4, forCount: 3, forArea: 358, votedArea: 446.5 } });

    // The 135.75 ㎡ flat against instead: 3 of 4 heads, but 310.75 ㎡ (·4 = 1243 < 1339.5) → FAILED.
    const fails = await motion(meetingId, 'OWNERS_SPECIAL', z.oc, { buildingId: building });
    for (const [u, choice] of [[o1, 'FOR'], [o2, 'FOR'], [o3, 'FOR'], [o4, 'AGAINST']] as const) await cast(u, fails, choice);
    expect(await mutate('closeVoting', 'ResolutionRefInput', z.oc, { resolutionId: fails })).toMatchObject({ outcome: 'FAILED', tally: { forCount: 3, forArea: 310.75 } });

    // The same matter put to the whole zone: 5 heads ({1-1, 2-2}, 1-2, 1-3, 1-4, 2-1) and 586.5 ㎡.
    const zone = await motion(meetingId, 'OWNERS_ORDINARY', z.oc);
    expect(await read(zone, other, `building { name } ${RES}`)).toMatchObject({ building: null, viewerEligible: true, tally: { eligibleCount: 5, eligibleArea: 586.5 } });
  });
});

describe('a meeting’s votes: the electors are those present when the vote opens, the meeting’s attendance quorum first', () => {
  // A joint meeting of the residents' committee (3) with the property manager (1) and four invited owners: 8 seats.
  let meetingId: string;
  let owners: TestUser[];
  const MQ = 'attendanceQuorum attendanceQuorumMet';

  beforeAll(async () => {
    owners = k.owners.slice(0, 4);
    clock.set(T0);
    const m = await scheduleMeeting(app, k.chair, { communityId: k.c.gid, kind: 'JOINT', title: '联席会议（出席）', scheduledAt: at(1), convenerId: k.c.orgs.rc.gid, participantIds: [k.c.orgs.pm.gid], inviteeIds: owners.map((o) => o.gid) });
    expect(m.attendance).toHaveLength(8);
    meetingId = m.id;
    clock.set(new Date(T0.getTime() + HOUR));
    await mutate('startMeeting', 'MeetingRefInput', k.chair, { meetingId }, 'id');
  });

  it('a vote opens only once more than half of the 8 seats are taken (present or by proxy): 4 is INVALID_TRANSITION, 5 opens', async () => {
    await checkInAll(app, meetingId, [k.chair, k.rc1, k.pm, owners[0]!]);
    const r = await mutate('proposeResolution', 'ProposeResolutionInput', k.chair, { meetingId, title: '更换门禁', text: '同意更换单元门禁。', rule: 'SIMPLE_MAJORITY' });
    const refused = await gql(app.url, `mutation($input: ResolutionRefInput!) { openVoting(input: $input) { id } }`, { input: { resolutionId: r.id } }, k.chair.token);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_TRANSITION', attendanceQuorum: 'MAJORITY', taken: 4, seats: 8 });
    expect((await ok(app.url, `query($id: ID!) { meeting(id: $id) { ${MQ} } }`, { id: meetingId }, k.chair.token)).meeting).toEqual({ attendanceQuorum: 'MAJORITY', attendanceQuorumMet: false });
    // owners[1] holds rc2's seat by proxy: 5 of 8.
    await mutate('checkInAttendee', 'CheckInAttendeeInput', k.chair, { meetingId, userId: owners[1]!.gid, proxyForUserId: k.rc2.gid }, 'id');
    expect((await ok(app.url, `query($id: ID!) { meeting(id: $id) { ${MQ} } }`, { id: meetingId }, k.chair.token)).meeting.attendanceQuorumMet).toBe(true);
    await checkInAll(app, meetingId, [owners[3]!]);
    const opened = await mutate('openVoting', 'ResolutionRefInput', k.chair, { resolutionId: r.id });
    // Six seats taken when it opened: the invitees who never checked in (owners[1]'s own seat, owners[2]) are not electors.
    expect(opened.tally).toMatchObject({ eligibleCount: 6, votedCount: 0, quorumMet: true });
    expect((await cast(owners[2]!, r.id, 'FOR')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await cast(owners[1]!, r.id, 'FOR')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Checking in after the vote opened does not put one on its roll.
    await checkInAll(app, meetingId, [owners[2]!]);
    expect((await cast(owners[2]!, r.id, 'FOR')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // The seat held by proxy votes through the teller.
    expect((await cast(k.chair, r.id, 'FOR', { voterId: k.rc2.gid, channel: 'PROXY' })).errors).toBeUndefined();
  });

  it('SIMPLE_MAJORITY: more FOR than AGAINST among the ballots cast, no turnout of its own (one FOR of 7 electors passes); TWO_THIRDS with none cast fails', async () => {
    const one = await motion(meetingId, 'SIMPLE_MAJORITY', k.chair);
    await cast(k.pm, one, 'FOR');
    expect(await mutate('closeVoting', 'ResolutionRefInput', k.chair, { resolutionId: one })).toMatchObject({ outcome: 'PASSED', tally: { eligibleCount: 7, votedCount: 1, forCount: 1, quorumMet: true } });
    const tie = await motion(meetingId, 'SIMPLE_MAJORITY', k.chair);
    await cast(k.pm, tie, 'FOR');
    await cast(k.rc1, tie, 'AGAINST');
    await cast(owners[0]!, tie, 'ABSTAIN');
    expect((await mutate('closeVoting', 'ResolutionRefInput', k.chair, { resolutionId: tie })).outcome).toBe('FAILED');
    const none = await motion(meetingId, 'TWO_THIRDS', k.chair);
    expect((await mutate('closeVoting', 'ResolutionRefInput', k.chair, { resolutionId: none })).outcome).toBe('FAILED');
    // ABSTAIN counts against under ABSOLUTE_MAJORITY: FOR from 4 of 7 electors passes, 3 does not.
    const absolute = await motion(meetingId, 'ABSOLUTE_MAJORITY', k.chair);
    for (const u of [k.chair, k.rc1, k.pm]) await cast(u, absolute, 'FOR');
    for (const u of [owners[0]!, owners[3]!]) await cast(u, absolute, 'ABSTAIN');
    expect(await mutate('closeVoting', 'ResolutionRefInput', k.chair, { resolutionId: absolute })).toMatchObject({ outcome: 'FAILED', tally: { eligibleCount: 7, forCount: 3 } });
  });

  it('a representatives’ meeting needs two thirds of its seats: 4 of 7 is refused, 5 of 7 opens', async () => {
    clock.set(T0);
    const m = await scheduleMeeting(app, k.chair, { communityId: k.c.gid, kind: 'REPRESENTATIVES', title: '居民代表会议（出席）', scheduledAt: at(1), convenerId: k.c.orgs.rc.gid, participantIds: [], inviteeIds: owners.map((o) => o.gid) });
    clock.set(new Date(T0.getTime() + HOUR));
    await mutate('startMeeting', 'MeetingRefInput', k.chair, { meetingId: m.id }, 'id');
    await checkInAll(app, m.id, owners);
    const r = await mutate('proposeResolution', 'ProposeResolutionInput', k.chair, { meetingId: m.id, title: '方案', text: '同意方案。', rule: 'SIMPLE_MAJORITY' });
    const refused = await gql(app.url, `mutation($input: ResolutionRefInput!) { openVoting(input: $input) { id } }`, { input: { resolutionId: r.id } }, k.chair.token);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_TRANSITION', attendanceQuorum: 'TWO_THIRDS', taken: 4, seats: 7 });
    await checkInAll(app, m.id, [k.chair]);
    expect((await mutate('openVoting', 'ResolutionRefInput', k.chair, { resolutionId: r.id })).tally.eligibleCount).toBe(5);
    expect((await ok(app.url, `query($id: ID!) { meeting(id: $id) { ${MQ} } }`, { id: m.id }, k.chair.token)).meeting).toEqual({ attendanceQuorum: 'TWO_THIRDS', attendanceQuorumMet: true });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { errorCode, gql, ok } from '../helpers/graphql.js';
import { ManualClock } from '../../server/core/clock.js';
import { createUser, em, reside, ResidencyKind, type TestUser } from '../factories/index.js';
import { createMeetingCast, scheduleMeeting, type MeetingCast } from '../factories/meetings.js';
import { Building } from '../../server/communities/building.entity.js';
import { Unit } from '../../server/communities/unit.entity.js';
import { Ballot } from '../../server/meetings/meeting.entity.js';
import { parseGlobalId } from '../../server/core/ids.js';

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

/** An owners' assembly of the cast's community (convened by the owners' committee), in session. */
async function assembly(): Promise<string> {
  clock.set(T0);
  const m = await scheduleMeeting(app, k.oc, { communityId: k.c.gid, kind: 'OWNERS_ASSEMBLY', title: '业主大会', scheduledAt: at(1), convenerId: k.c.orgs.oc.gid, participantIds: [] });
  clock.set(new Date(T0.getTime() + HOUR));
  await mutate('startMeeting', 'MeetingRefInput', k.oc, { meetingId: m.id }, 'id');
  return m.id;
}

async function motion(meetingId: string, rule: string, by: TestUser = k.oc): Promise<string> {
  const r = await mutate('proposeResolution', 'ProposeResolutionInput', by, { meetingId, title: `表决${rule}`, text: '是否同意使用公共维修资金维修屋面。', rule });
  await mutate('openVoting', 'ResolutionRefInput', by, { resolutionId: r.id });
  return r.id;
}

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
  it('the roll is every verified owner with the floor area of their flat, fixed when voting opens', async () => {
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
    expect(ballots.filter((b) => b.channel !== 'ONLINE').every((b) => b.recordedBy?.id === k.oc.id)).toBe(true);
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
    // Adjourning counts the votes still open.
    const open = await motion(meetingId, 'SIMPLE_MAJORITY', k.chair);
    await cast(electors[2]!, open, 'FOR');
    await mutate('adjournMeeting', 'MeetingRefInput', k.chair, { meetingId }, 'id');
    const { node } = await ok(app.url, `query($id: ID!) { node(id: $id) { ... on Resolution { status outcome tally { votedCount } } } }`, { id: open }, k.chair.token);
    expect(node).toEqual({ status: 'CLOSED', outcome: 'NO_QUORUM', tally: { votedCount: 1 } });
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

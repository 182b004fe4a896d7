import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { ok, wsClient } from '../helpers/graphql.js';
import { wsRequest } from '../helpers/raw-ws.js';
import { createCommunity, createUsers, em, reside, seat, MemberRole, type TestCommunity, type TestUser } from '../factories/index.js';
import { ClaimStatus, HoursStatus, TaskClaim, VolunteerTask, VolunteerTaskStatus } from '../../server/volunteers/volunteer.entity.js';
import { parseGlobalId } from '../../server/core/ids.js';

/**
 * Issue #8 item 9: `volunteerLeaderboard` and `User.volunteer` showed names, party membership and
 * skills to anyone signed in, even with no community. Volunteers are now seen by whoever belongs
 * to their community (its organizations' members and verified residents), and party membership
 * only by the volunteer, the station and the party organization: on every path.
 */
let app: TestApp;
let c: TestCommunity;
let volunteer: TestUser;
let volunteerGid: string;
let stationMember: TestUser;
let partyMember: TestUser;
let rcMember: TestUser;
let resident: TestUser;
let unverified: TestUser;
let outsider: TestUser;
let otherResident: TestUser;

const LEADERBOARD = `query($c: ID!) { volunteerLeaderboard(communityId: $c) { hours volunteer { id isPartyMember skills user { name } } } }`;
const USER_VOLUNTEER = `query($id: ID!) { node(id: $id) { ... on User { volunteer { id isPartyMember skills } } } }`;
const NODE_VOLUNTEER = `query($id: ID!) { node(id: $id) { ... on Volunteer { id isPartyMember skills user { name } } } }`;

beforeAll(async () => {
  app = await startTestApp();
  c = await createCommunity(app, '志愿社区');
  const other = await createCommunity(app, '别的社区');
  [volunteer, stationMember, partyMember, rcMember, resident, unverified, outsider, otherResident] = await createUsers(app, ['党员志愿者', '驿站站长', '党委委员', '居委会委员', '居民', '未核验居民', '路人', '别的社区居民']);
  await reside(app, volunteer, c.id, { unitId: c.units[0]!.id });
  await reside(app, resident, c.id, { unitId: c.units[1]!.id });
  await reside(app, unverified, c.id, { unitId: c.units[2]!.id, verified: false });
  await reside(app, otherResident, other.id, { unitId: other.units[0]!.id });
  await seat(app, stationMember, c.orgs.station.id, MemberRole.COORDINATOR);
  await seat(app, partyMember, c.orgs.party.id);
  await seat(app, rcMember, c.orgs.rc.id);
  const { registerVolunteer } = await ok(
    app.url,
    `mutation($input: RegisterVolunteerInput!) { registerVolunteer(input: $input) { id isPartyMember } }`,
    { input: { stationId: c.orgs.station.gid, isPartyMember: true, skills: ['急救', '理发'] } },
    volunteer.token,
  );
  expect(registerVolunteer.isPartyMember).toBe(true); // their own
  volunteerGid = registerVolunteer.id;

  // Two verified hours on a done task, for the leaderboard.
  const e = em(app);
  const starts = new Date(Date.now() - 3 * 3_600_000);
  const task = e.create(VolunteerTask, {
    station: c.orgs.station.id,
    community: c.id,
    title: '清理楼道',
    description: '清理杂物',
    startsAt: starts,
    endsAt: new Date(starts.getTime() + 2 * 3_600_000),
    slots: 2,
    claimedCount: 1,
    status: VolunteerTaskStatus.OPEN,
    createdBy: stationMember.id,
  });
  e.create(TaskClaim, { task, volunteer: parseGlobalId(volunteerGid)!.key, status: ClaimStatus.CLAIMED, claimedAt: starts, hours: 2, hoursStatus: HoursStatus.VERIFIED });
  await e.flush();
});

afterAll(async () => {
  await app?.close();
});

describe('volunteers are the community’s own', () => {
  it('the leaderboard: names and skills to the community, party membership to the station and the party organization', async () => {
    const board = async (u: TestUser) => (await ok(app.url, LEADERBOARD, { c: c.gid }, u.token)).volunteerLeaderboard;
    for (const u of [outsider, otherResident, unverified]) expect(await board(u)).toEqual([]);
    for (const [u, party] of [
      [resident, false],
      [rcMember, false],
      [stationMember, true],
      [partyMember, true],
      [volunteer, true],
    ] as const) {
      expect(await board(u)).toEqual([{ hours: 2, volunteer: { id: volunteerGid, isPartyMember: party, skills: ['急救', '理发'], user: { name: '党员志愿者' } } }]);
    }
  });

  it('User.volunteer and node(Volunteer): the same rule', async () => {
    for (const u of [outsider, otherResident, unverified]) {
      expect((await ok(app.url, USER_VOLUNTEER, { id: volunteer.gid }, u.token)).node?.volunteer ?? null).toBeNull();
      expect((await ok(app.url, NODE_VOLUNTEER, { id: volunteerGid }, u.token)).node).toBeNull();
    }
    for (const [u, party] of [
      [resident, false],
      [rcMember, false],
      [stationMember, true],
      [partyMember, true],
      [volunteer, true],
    ] as const) {
      expect((await ok(app.url, USER_VOLUNTEER, { id: volunteer.gid }, u.token)).node.volunteer).toEqual({ id: volunteerGid, isPartyMember: party, skills: ['急救', '理发'] });
      expect((await ok(app.url, NODE_VOLUNTEER, { id: volunteerGid }, u.token)).node).toMatchObject({ isPartyMember: party });
    }
  });

  it('over WebSocket too', async () => {
    const client = wsClient(app.wsUrl, outsider.token);
    try {
      expect((await wsRequest(client, LEADERBOARD, { c: c.gid })).data).toEqual({ volunteerLeaderboard: [] });
    } finally {
      await client.dispose();
    }
    const resident_ = wsClient(app.wsUrl, resident.token);
    try {
      const r = await wsRequest(resident_, LEADERBOARD, { c: c.gid });
      expect(r.data?.volunteerLeaderboard[0].volunteer.isPartyMember).toBe(false);
    } finally {
      await resident_.dispose();
    }
  });

  it('the registration event, with party membership, reaches the station and the volunteer only', async () => {
    const types = async (u: TestUser) =>
      (await ok(app.url, `query($c: ID!) { events(communityId: $c, first: 100) { edges { node { type } } } }`, { c: c.gid }, u.token)).events.edges.map(
        (e: { node: { type: string } }) => e.node.type,
      );
    expect(await types(stationMember)).toContain('volunteer.registered');
    expect(await types(volunteer)).toContain('volunteer.registered');
    for (const u of [resident, rcMember]) expect(await types(u)).not.toContain('volunteer.registered');
  });
});

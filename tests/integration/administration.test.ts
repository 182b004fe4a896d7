import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { errorCode, gql, ok } from '../helpers/graphql.js';
import { RawSocket } from '../helpers/raw-ws.js';
import {
  createCommunity,
  createOrganizationAbove,
  createUser,
  em,
  reside,
  seat,
  MemberRole,
  OrganizationKind,
  RegionLevel,
  TANXI,
  type TestCommunity,
  type TestUser,
} from '../factories/index.js';
import { Community } from '../../server/communities/community.entity.js';
import { Organization } from '../../server/communities/organization.entity.js';
import { Membership } from '../../server/communities/membership.entity.js';
import { Building } from '../../server/communities/building.entity.js';
import { Unit } from '../../server/communities/unit.entity.js';
import { Session } from '../../server/accounts/session.entity.js';
import { createSession } from '../../server/accounts/session.service.js';
import { DomainEvent } from '../../server/events/domain-event.entity.js';

/**
 * The administration area's API: what a platform admin and the staff of a township governance
 * center (within its own area only) may create and appoint, the import of flats (all or nothing,
 * row-numbered errors, idempotent, safe when two run at once), and accounts with their sessions.
 */
const ADMINISTRATION = `{ administration { canCreateCommunities canManageAccounts communities { id name } areas { organization { name } city county township } } }`;
const CREATE_COMMUNITY = `mutation($input: CreateCommunityInput!) { createCommunity(input: $input) { id name township } }`;
const CREATE_ORG = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id kind community { id } } }`;
const ADD_MEMBER = `mutation($input: AddMemberInput!) { addMember(input: $input) { id role user { id } } }`;
const REMOVE_MEMBER = `mutation($input: RemoveMemberInput!) { removeMember(input: $input) }`;
const IMPORT = `mutation($input: ImportUnitsInput!) { importUnits(input: $input) {
  buildingsCreated created updated unchanged community { id buildings { name units { number floorArea } } } } }`;
const ACCOUNTS = `query($search: String, $first: Int, $after: String) { accounts(search: $search, first: $first, after: $after) {
  totalCount edges { node { id name maskedPhone isPlatformAdmin liveSessions lastSignInAt user { id } } } pageInfo { hasNextPage endCursor } } }`;
const REVOKE = `mutation($input: RevokeSessionsInput!) { revokeSessions(input: $input) { id liveSessions } }`;
const ME = `{ me { id } }`;

const MIGONG = { city: '襄阳市', county: '襄城区', township: '米公街道' };

let app: TestApp;
let admin: TestUser;
let townshipStaff: TestUser;
let resident: TestUser;
let inTanxi: TestCommunity;
let inMigong: TestCommunity;

beforeAll(async () => {
  app = await startTestApp();
  admin = await createUser(app, { admin: true, name: '平台管理员' });
  inTanxi = await createCommunity(app, '檀溪辖内');
  inMigong = await createCommunity(app, '米公辖内', MIGONG);
  const tanxiCenter = await createOrganizationAbove(app, { kind: OrganizationKind.GOVERNANCE_CENTER, name: '檀溪街道综治中心', level: RegionLevel.TOWNSHIP, ...TANXI });
  townshipStaff = await createUser(app, { name: '街道干部' });
  await seat(app, townshipStaff, tanxiCenter.id, MemberRole.STAFF);
  resident = await createUser(app, { name: '普通居民' });
  await reside(app, resident, inTanxi.id);
});
afterAll(() => app.close());

const rowsOf = (n: number, building: string, area = (i: number) => 60 + (i % 90) + 0.25) =>
  Array.from({ length: n }, (_, i) => ({ building, number: `${Math.floor(i / 8) + 1}${String((i % 8) + 1).padStart(2, '0')}`, floorArea: area(i) }));

/** A second signed-in device of the same person. */
async function anotherSession(user: TestUser): Promise<{ token: string }> {
  const e = em(app);
  const { token } = createSession(e, user.id, 1, new Date());
  await e.flush();
  return { token };
}

const unitsIn = (communityId: string) => em(app).count(Unit, { building: { community: communityId } });

describe('administration: what the viewer may administer', () => {
  it('a platform admin: every community, accounts, creating communities', async () => {
    const { administration } = await ok(app.url, ADMINISTRATION, {}, admin.token);
    expect(administration).toMatchObject({ canCreateCommunities: true, canManageAccounts: true });
    expect(administration.communities.map((c: { id: string }) => c.id)).toEqual(expect.arrayContaining([inTanxi.gid, inMigong.gid]));
  });

  it("a township center's staff: only the communities of its township, no accounts", async () => {
    const { administration } = await ok(app.url, ADMINISTRATION, {}, townshipStaff.token);
    expect(administration).toMatchObject({ canCreateCommunities: true, canManageAccounts: false });
    expect(administration.areas).toEqual([{ organization: { name: '檀溪街道综治中心' }, ...TANXI }]);
    const ids = administration.communities.map((c: { id: string }) => c.id);
    expect(ids).toContain(inTanxi.gid);
    expect(ids).not.toContain(inMigong.gid);
  });

  it('a resident, a community chair: nothing', async () => {
    const chair = await createUser(app);
    await seat(app, chair, inTanxi.orgs.rc.id, MemberRole.CHAIR);
    for (const u of [resident, chair]) {
      expect((await ok(app.url, ADMINISTRATION, {}, u.token)).administration).toEqual({ canCreateCommunities: false, canManageAccounts: false, communities: [], areas: [] });
    }
    expect(await errorCode(app.url, ADMINISTRATION)).toBe('UNAUTHENTICATED');
  });
});

describe('center staff within their own area', () => {
  it('create a community of their township, its organizations, and seat its chair', async () => {
    const { createCommunity: c } = await ok(app.url, CREATE_COMMUNITY, { input: { name: '檀溪新区社区', ...TANXI } }, townshipStaff.token);
    const { createOrganization: o } = await ok(app.url, CREATE_ORG, { input: { communityId: c.id, kind: 'RESIDENTS_COMMITTEE', name: '檀溪新区居委会', level: 'COMMUNITY' } }, townshipStaff.token);
    expect(o.community.id).toBe(c.id);
    const person = await createUser(app);
    const { addMember: m } = await ok(app.url, ADD_MEMBER, { input: { organizationId: o.id, userId: person.gid, role: 'CHAIR' } }, townshipStaff.token);
    expect(m).toMatchObject({ role: 'CHAIR', user: { id: person.gid } });
    // The new community is theirs to administer at once.
    const { administration } = await ok(app.url, ADMINISTRATION, {}, townshipStaff.token);
    expect(administration.communities.map((x: { id: string }) => x.id)).toContain(c.id);
  });

  it('outside their township: FORBIDDEN, and nothing changes', async () => {
    const before = { communities: await em(app).count(Community, {}), orgs: await em(app).count(Organization, {}), seats: await em(app).count(Membership, {}) };
    expect(await errorCode(app.url, CREATE_COMMUNITY, { input: { name: '越界社区', ...MIGONG } }, townshipStaff.token)).toBe('FORBIDDEN');
    expect(await errorCode(app.url, CREATE_ORG, { input: { communityId: inMigong.gid, kind: 'PARTY_STATION', name: '越界驿站', level: 'COMMUNITY' } }, townshipStaff.token)).toBe('FORBIDDEN');
    // An organization above communities is the platform's to create.
    expect(
      await errorCode(app.url, CREATE_ORG, { input: { kind: 'GOVERNANCE_CENTER', name: '越级中心', level: 'TOWNSHIP', ...TANXI } }, townshipStaff.token),
    ).toBe('FORBIDDEN');
    const person = await createUser(app);
    expect(await errorCode(app.url, ADD_MEMBER, { input: { organizationId: inMigong.orgs.rc.gid, userId: person.gid, role: 'MEMBER' } }, townshipStaff.token)).toBe('FORBIDDEN');
    const migongSeat = await seat(app, person, inMigong.orgs.pm.id, MemberRole.STAFF);
    expect(await errorCode(app.url, REMOVE_MEMBER, { input: { membershipId: migongSeat } }, townshipStaff.token)).toBe('FORBIDDEN');
    expect(await em(app).count(Community, {})).toBe(before.communities);
    expect(await em(app).count(Organization, {})).toBe(before.orgs);
    expect(await em(app).count(Membership, {})).toBe(before.seats + 1);
  });

  it('remove a seat in a community of their township', async () => {
    const person = await createUser(app);
    const membershipId = await seat(app, person, inTanxi.orgs.pm.id, MemberRole.STAFF);
    expect((await ok(app.url, REMOVE_MEMBER, { input: { membershipId } }, townshipStaff.token)).removeMember).toBe(true);
    expect(await em(app).count(Membership, { user: person.id })).toBe(0);
  });

  it('a resident creates nothing', async () => {
    expect(await errorCode(app.url, CREATE_COMMUNITY, { input: { name: '居民社区', ...TANXI } }, resident.token)).toBe('FORBIDDEN');
    expect(await errorCode(app.url, CREATE_ORG, { input: { communityId: inTanxi.gid, kind: 'PARTY_STATION', name: 'x', level: 'COMMUNITY' } }, resident.token)).toBe('FORBIDDEN');
  });
});

describe('importUnits', () => {
  it('imports 600 flats in three new buildings at once, with one event', async () => {
    const c = await createCommunity(app, '导入');
    const rows = [...rowsOf(200, '5栋'), ...rowsOf(200, '6栋'), ...rowsOf(200, '7栋')];
    const { importUnits: r } = await ok(app.url, IMPORT, { input: { communityId: c.gid, rows } }, admin.token);
    expect(r).toMatchObject({ buildingsCreated: 3, created: 600, updated: 0, unchanged: 0 });
    const b5 = r.community.buildings.find((b: { name: string }) => b.name === '5栋');
    expect(b5.units).toHaveLength(200);
    expect(b5.units.find((u: { number: string }) => u.number === '101').floorArea).toBe(60.25);
    expect(await unitsIn(c.id)).toBe(604);
    const events = await em(app).find(DomainEvent, { type: 'units.imported', community: c.id });
    expect(events).toHaveLength(1);
    expect(events[0]!.data).toMatchObject({ buildingsCreated: ['5栋', '6栋', '7栋'], created: 600, updated: 0, unchanged: 0, changes: [] });
    expect(events[0]!.actor!.id).toBe(admin.id);
  });

  it('is idempotent: the same sheet again duplicates nothing; a changed floor area is updated and recorded', async () => {
    const c = await createCommunity(app, '重复导入');
    const rows = rowsOf(40, '2栋');
    await ok(app.url, IMPORT, { input: { communityId: c.gid, rows } }, admin.token);
    const again = await ok(app.url, IMPORT, { input: { communityId: c.gid, rows } }, admin.token);
    expect(again.importUnits).toMatchObject({ buildingsCreated: 0, created: 0, updated: 0, unchanged: 40 });
    expect(await unitsIn(c.id)).toBe(44);
    expect(await em(app).count(DomainEvent, { type: 'units.imported', community: c.id })).toBe(1);

    // The factory's 1栋 1-101 is 88.5 ㎡; the sheet says 89.
    const fixed = [{ building: '1栋', number: '1-101', floorArea: 89 }, { building: ' 2栋 ', number: ' 101 ', floorArea: rows[0]!.floorArea }];
    const { importUnits: r } = await ok(app.url, IMPORT, { input: { communityId: c.gid, rows: fixed } }, admin.token);
    expect(r).toMatchObject({ buildingsCreated: 0, created: 0, updated: 1, unchanged: 1 });
    expect(await unitsIn(c.id)).toBe(44);
    const [event] = await em(app).find(DomainEvent, { type: 'units.imported', community: c.id }, { orderBy: { id: 'desc' } });
    expect(event!.data).toMatchObject({ updated: 1, changes: [{ building: '1栋', number: '1-101', from: 88.5, to: 89 }] });
  });

  it('a dry run checks and counts, and writes nothing', async () => {
    const c = await createCommunity(app, '预检');
    const rows = [{ building: '1栋', number: '1-101', floorArea: 88.5 }, { building: '1栋', number: '1-102', floorArea: 90 }, { building: '2栋', number: '101', floorArea: 70 }];
    const { importUnits: r } = await ok(app.url, IMPORT, { input: { communityId: c.gid, rows, dryRun: true } }, admin.token);
    expect(r).toMatchObject({ buildingsCreated: 1, created: 2, updated: 0, unchanged: 1 });
    expect(await unitsIn(c.id)).toBe(4);
    expect(await em(app).count(Building, { community: c.id })).toBe(1);
    expect(await em(app).count(DomainEvent, { type: 'units.imported', community: c.id })).toBe(0);
    const bad = await gql(app.url, IMPORT, { input: { communityId: c.gid, rows: [{ ...rows[0]!, floorArea: 0 }], dryRun: true } }, admin.token);
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { 'rows.0.floorArea': expect.any(String) } });
  });

  it('names each bad row and writes nothing', async () => {
    const c = await createCommunity(app, '坏行');
    const rows = rowsOf(10, '3栋');
    rows[2] = { ...rows[2]!, floorArea: -5 };
    rows[4] = { ...rows[4]!, number: '   ' };
    rows[6] = { ...rows[6]!, floorArea: 88.123 };
    rows[7] = { ...rows[7]!, building: '' };
    const r = await gql(app.url, IMPORT, { input: { communityId: c.gid, rows } }, admin.token);
    expect(r.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(r.errors![0]!.extensions!.fields!).sort()).toEqual(['rows.2.floorArea', 'rows.4.number', 'rows.6.floorArea', 'rows.7.building']);
    expect(await unitsIn(c.id)).toBe(4);
    expect(await em(app).count(Building, { community: c.id })).toBe(1);

    // The same flat twice in one sheet: the later row names the first.
    const twice = [...rowsOf(3, '3栋'), { building: '3栋', number: '102', floorArea: 70 }];
    const d = await gql(app.url, IMPORT, { input: { communityId: c.gid, rows: twice } }, admin.token);
    expect(d.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { 'rows.3.number': expect.stringContaining('rows.1') } });
    expect(await unitsIn(c.id)).toBe(4);

    const many = rowsOf(1001, '9栋');
    const m = await gql(app.url, IMPORT, { input: { communityId: c.gid, rows: many } }, admin.token);
    expect(m.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { rows: expect.any(String) } });
    const none = await gql(app.url, IMPORT, { input: { communityId: c.gid, rows: [] } }, admin.token);
    expect(none.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { rows: expect.any(String) } });
    expect(await unitsIn(c.id)).toBe(4);
  });

  it('a resident, and a township center for another township, are FORBIDDEN; the own center may', async () => {
    const rows = rowsOf(5, '8栋');
    expect(await errorCode(app.url, IMPORT, { input: { communityId: inTanxi.gid, rows } }, resident.token)).toBe('FORBIDDEN');
    expect(await errorCode(app.url, IMPORT, { input: { communityId: inMigong.gid, rows } }, townshipStaff.token)).toBe('FORBIDDEN');
    expect(await unitsIn(inMigong.id)).toBe(4);
    expect(await unitsIn(inTanxi.id)).toBe(4);
    const { importUnits: r } = await ok(app.url, IMPORT, { input: { communityId: inTanxi.gid, rows } }, townshipStaff.token);
    expect(r.created).toBe(5);
  });

  it('two imports of the same new flats at once: both succeed, no flat or building twice', async () => {
    const c = await createCommunity(app, '并发导入');
    const rows = [...rowsOf(150, '10栋'), ...rowsOf(150, '11栋')];
    const results = await Promise.all([1, 2, 3].map(() => ok(app.url, IMPORT, { input: { communityId: c.gid, rows } }, admin.token)));
    const created = results.map((r) => r.importUnits.created);
    expect(created.reduce((a, b) => a + b, 0)).toBe(300);
    expect(results.map((r) => r.importUnits.buildingsCreated).reduce((a, b) => a + b, 0)).toBe(2);
    expect(await unitsIn(c.id)).toBe(304);
    expect(await em(app).count(Building, { community: c.id })).toBe(3);
  });
});

describe('accounts and sessions', () => {
  it('a platform admin lists accounts with masked phones, searched by name or a whole phone number', async () => {
    const named = await createUser(app, { name: '独一无二的名字' });
    const all = await ok(app.url, ACCOUNTS, { first: 2 }, admin.token);
    expect(all.accounts.totalCount).toBeGreaterThanOrEqual(4);
    expect(all.accounts.pageInfo.hasNextPage).toBe(true);
    const next = await ok(app.url, ACCOUNTS, { first: 2, after: all.accounts.pageInfo.endCursor }, admin.token);
    expect(next.accounts.edges[0].node.id).not.toBe(all.accounts.edges[0].node.id);

    const byName = await ok(app.url, ACCOUNTS, { search: '一无二' }, admin.token);
    expect(byName.accounts.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([named.gid]);
    const node = byName.accounts.edges[0].node;
    expect(node).toMatchObject({ name: '独一无二的名字', maskedPhone: `${named.phone.slice(0, 3)}****${named.phone.slice(-4)}`, isPlatformAdmin: false, liveSessions: 1, user: { id: named.gid } });
    expect(node.lastSignInAt).not.toBeNull();

    const byPhone = await ok(app.url, ACCOUNTS, { search: named.phone }, admin.token);
    expect(byPhone.accounts.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([named.gid]);
    // Part of a phone number finds nobody: phones are not browsable.
    expect((await ok(app.url, ACCOUNTS, { search: named.phone.slice(0, 7) }, admin.token)).accounts.totalCount).toBe(0);
  });

  it('center staff find one person by a whole phone number only (to seat them); anyone else is FORBIDDEN', async () => {
    const found = await ok(app.url, ACCOUNTS, { search: resident.phone }, townshipStaff.token);
    expect(found.accounts.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([resident.gid]);
    for (const search of [undefined, '普通', resident.phone.slice(0, 7)]) {
      const r = await gql(app.url, ACCOUNTS, { search }, townshipStaff.token);
      expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { search: expect.any(String) } });
    }
    expect(await errorCode(app.url, ACCOUNTS, { search: townshipStaff.phone }, resident.token)).toBe('FORBIDDEN');
    expect(await errorCode(app.url, ACCOUNTS, {})).toBe('FORBIDDEN');
  });

  it('revokeSessions ends every session of a person: tokens stop working and live sockets close with 4403', async () => {
    const target = await createUser(app);
    const second = await anotherSession(target);
    const socket = await RawSocket.open(app.wsUrl);
    await socket.init(second.token);
    const bystander = await createUser(app);

    const { revokeSessions } = await ok(app.url, REVOKE, { input: { userId: target.gid } }, admin.token);
    expect(revokeSessions).toEqual({ id: target.gid, liveSessions: 0 });
    expect((await socket.closed).code).toBe(4403);
    expect((await ok(app.url, ME, {}, target.token)).me).toBeNull();
    expect((await ok(app.url, ME, {}, second.token)).me).toBeNull();
    expect((await ok(app.url, ME, {}, bystander.token)).me).toEqual({ id: bystander.gid });
    // Again: nothing left to revoke, the same answer.
    expect((await ok(app.url, REVOKE, { input: { userId: target.gid } }, admin.token)).revokeSessions.liveSessions).toBe(0);
  });

  it('refuses non-admins (FORBIDDEN) and one’s own sessions (BAD_USER_INPUT); nothing is revoked', async () => {
    const target = await createUser(app);
    expect(await errorCode(app.url, REVOKE, { input: { userId: target.gid } }, townshipStaff.token)).toBe('FORBIDDEN');
    expect(await errorCode(app.url, REVOKE, { input: { userId: target.gid } }, target.token)).toBe('FORBIDDEN');
    const self = await gql(app.url, REVOKE, { input: { userId: admin.gid } }, admin.token);
    expect(self.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { userId: expect.any(String) } });
    expect(await errorCode(app.url, REVOKE, { input: { userId: 'nope' } }, admin.token)).toBe('BAD_USER_INPUT');
    expect(await em(app).count(Session, { user: { $in: [target.id, admin.id] }, revokedAt: null })).toBe(2);
  });
});

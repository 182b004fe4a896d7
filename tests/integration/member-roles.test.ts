import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { gql, ok, type GqlError } from '../helpers/graphql.js';
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
import { Membership } from '../../server/communities/membership.entity.js';
import { DomainEvent } from '../../server/events/domain-event.entity.js';
import { parseGlobalId } from '../../server/core/ids.js';

/**
 * changeMemberRole: a seat given another role in place (not removed and appointed again).
 * Authorized exactly as appointing is (organizationPolicy.canManageMembers): the same viewers
 * are let through or refused by addMember and changeMemberRole. A role the organization's kind
 * does not give, the role it already has, the last chair's seat, and a seat removed are refused
 * with a code, and nothing changes (role, events, notifications). `member.roleChanged` is emitted
 * like `member.added`, and the person is told.
 */
const CHANGE = `mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { id role user { id } organization { id } } }`;
const ADD = `mutation($input: AddMemberInput!) { addMember(input: $input) { id role } }`;
const REMOVE = `mutation($input: RemoveMemberInput!) { removeMember(input: $input) }`;
const ME = `{ me { memberships { role organization { id } } } }`;
const NOTIFICATIONS = `{ notifications { unreadCount edges { node { title event { type data } } } } }`;

let app: TestApp;
let c: TestCommunity;
let admin: TestUser;
let chair: TestUser;
let townshipStaff: TestUser;
let migongStaff: TestUser;

beforeAll(async () => {
  app = await startTestApp();
  c = await createCommunity(app, '职务社区');
  admin = await createUser(app, { admin: true, name: '平台管理员' });
  chair = await createUser(app, { name: '居委会主任' });
  await seat(app, chair, c.orgs.rc.id, MemberRole.CHAIR);
  const tanxiCenter = await createOrganizationAbove(app, { kind: OrganizationKind.GOVERNANCE_CENTER, name: '檀溪街道综治中心', level: RegionLevel.TOWNSHIP, ...TANXI });
  townshipStaff = await createUser(app, { name: '街道干部' });
  await seat(app, townshipStaff, tanxiCenter.id, MemberRole.STAFF);
  const migongCenter = await createOrganizationAbove(app, { kind: OrganizationKind.GOVERNANCE_CENTER, name: '米公街道综治中心', level: RegionLevel.TOWNSHIP, city: '襄阳市', county: '襄城区', township: '米公街道' });
  migongStaff = await createUser(app, { name: '别处干部' });
  await seat(app, migongStaff, migongCenter.id, MemberRole.STAFF);
});
afterAll(() => app.close());

const roleOf = async (membershipGid: string) => (await em(app).findOne(Membership, parseGlobalId(membershipGid)!.key))?.role ?? null;
const eventCount = async () => em(app).count(DomainEvent, { community: c.id });

async function refusal(token: string, input: Record<string, unknown>): Promise<GqlError> {
  const r = await gql(app.url, CHANGE, { input }, token);
  expect(r.data).toBeNull();
  return r.errors![0]!;
}

describe('changeMemberRole', () => {
  it('changes the role in place: the same seat, the event of its kind, the person told, their rights follow', async () => {
    const person = await createUser(app, { name: '王网格' });
    const m = await seat(app, person, c.orgs.rc.id, MemberRole.MEMBER);
    const before = await eventCount();
    const { changeMemberRole } = await ok(app.url, CHANGE, { input: { membershipId: m, role: 'GRID_WORKER' } }, chair.token);
    expect(changeMemberRole).toEqual({ id: m, role: 'GRID_WORKER', user: { id: person.gid }, organization: { id: c.orgs.rc.gid } });
    expect(await roleOf(m)).toBe('GRID_WORKER');
    expect((await ok(app.url, ME, {}, person.token)).me.memberships).toEqual([{ role: 'GRID_WORKER', organization: { id: c.orgs.rc.gid } }]);
    // One event, as an appointment has: public, the organization's and the person's.
    const events = await em(app).find(DomainEvent, { community: c.id }, { orderBy: { id: 'desc' }, limit: 1 });
    expect(await eventCount()).toBe(before + 1);
    expect(events[0]).toMatchObject({
      type: 'member.roleChanged',
      subjectType: 'Organization',
      subjectId: c.orgs.rc.id,
      audiencePublic: true,
      audienceOrgIds: [c.orgs.rc.id],
      audienceUserIds: [person.id],
      data: { userName: '王网格', organizationName: '居委会', organizationKind: 'RESIDENTS_COMMITTEE', role: 'GRID_WORKER', previousRole: 'MEMBER' },
    });
    expect(events[0]!.actor?.id).toBe(chair.id);
    const n = await ok(app.url, NOTIFICATIONS, {}, person.token);
    expect(n.notifications.unreadCount).toBe(1);
    expect(n.notifications.edges[0].node).toMatchObject({ title: '你在居委会的职务已变更', event: { type: 'member.roleChanged' } });
    // The role counts at once: a grid worker records issues for residents, a plain member does not.
    const abilities = await ok(app.url, `query($id: ID!) { community(id: $id) { viewerCan } }`, { id: c.gid }, person.token);
    expect(abilities.community.viewerCan).toContain('RECORD_ISSUE_FOR_RESIDENT');
  });

  it('is authorized exactly as appointing is: the same viewers pass and are refused by both', async () => {
    const stranger = await createUser(app);
    const resident = await createUser(app);
    await reside(app, resident, c.id);
    const rcMember = await createUser(app);
    await seat(app, rcMember, c.orgs.rc.id, MemberRole.STAFF);
    const pmChair = await createUser(app);
    await seat(app, pmChair, c.orgs.pm.id, MemberRole.CHAIR);
    const viewers: [string, TestUser | null, boolean][] = [
      ['anonymous', null, false],
      ['an outsider', stranger, false],
      ['a resident', resident, false],
      ["a member of the residents' committee", rcMember, false],
      ["another organization's chair", pmChair, false],
      ['a township center elsewhere', migongStaff, false],
      ["the residents' committee's chair", chair, true],
      ['the township center of its area', townshipStaff, true],
      ['a platform admin', admin, true],
    ];
    for (const [who, viewer, allowed] of viewers) {
      const person = await createUser(app);
      const appointed = await gql(app.url, ADD, { input: { organizationId: c.orgs.rc.gid, userId: person.gid, role: 'MEMBER' } }, viewer?.token);
      const m = await seat(app, await createUser(app), c.orgs.rc.id, MemberRole.MEMBER);
      const changed = await gql(app.url, CHANGE, { input: { membershipId: m, role: 'STAFF' } }, viewer?.token);
      const outcome = (r: typeof changed) => r.errors?.[0]?.extensions?.code ?? 'OK';
      expect([who, outcome(changed)]).toEqual([who, outcome(appointed)]);
      expect([who, outcome(changed)]).toEqual([who, allowed ? 'OK' : 'FORBIDDEN']);
      expect(await roleOf(m)).toBe(allowed ? 'STAFF' : 'MEMBER');
    }
  });

  it('refuses, with a code and changing nothing: a role of another kind, the same role, the last chair, a seat removed', async () => {
    const person = await createUser(app, { name: '物业人员' });
    const m = await seat(app, person, c.orgs.pm.id, MemberRole.STAFF);
    const before = await eventCount();
    const unread = async () => (await ok(app.url, NOTIFICATIONS, {}, person.token)).notifications.unreadCount as number;

    // A property manager has no grid workers and no coordinators; a residents' committee no coordinator.
    for (const role of ['GRID_WORKER', 'COORDINATOR']) {
      const e = await refusal(chair.token, { membershipId: m, role });
      // The chair of the residents' committee may not manage the property manager: authorization comes first.
      expect(e.extensions?.code).toBe('FORBIDDEN');
      const byAdmin = await refusal(admin.token, { membershipId: m, role });
      expect(byAdmin.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ROLE_NOT_OF_KIND', fields: { role: 'is not a role of a PROPERTY_MANAGER' } });
    }
    const rcSeat = await seat(app, await createUser(app), c.orgs.rc.id, MemberRole.MEMBER);
    expect((await refusal(chair.token, { membershipId: rcSeat, role: 'COORDINATOR' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ROLE_NOT_OF_KIND' });
    expect(await roleOf(rcSeat)).toBe('MEMBER');
    // Appointing follows the same rule of kinds.
    const add = await gql(app.url, ADD, { input: { organizationId: c.orgs.pm.gid, userId: (await createUser(app)).gid, role: 'GRID_WORKER' } }, admin.token);
    expect(add.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ROLE_NOT_OF_KIND' });

    // The role it has already.
    expect((await refusal(admin.token, { membershipId: m, role: 'STAFF' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SAME_ROLE', fields: { role: expect.any(String) } });

    // The last chair keeps the chair; with a second chair, either may step down.
    const onlyChair = await seat(app, await createUser(app), c.orgs.oc.id, MemberRole.CHAIR);
    expect((await refusal(admin.token, { membershipId: onlyChair, role: 'MEMBER' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'LAST_CHAIR', fields: { membershipId: expect.any(String) } });
    expect(await roleOf(onlyChair)).toBe('CHAIR');

    // A seat removed: NOT_FOUND, nothing recreated.
    const gone = await seat(app, await createUser(app), c.orgs.pm.id, MemberRole.MEMBER);
    await ok(app.url, REMOVE, { input: { membershipId: gone } }, admin.token);
    const afterRemoval = await eventCount();
    expect((await refusal(admin.token, { membershipId: gone, role: 'STAFF' })).extensions?.code).toBe('NOT_FOUND');
    expect(await roleOf(gone)).toBeNull();
    // An id of something else is no membership.
    expect((await refusal(admin.token, { membershipId: c.orgs.pm.gid, role: 'STAFF' })).extensions?.code).toBe('BAD_USER_INPUT');

    expect(await roleOf(m)).toBe('STAFF');
    expect(await eventCount()).toBe(afterRemoval);
    expect(afterRemoval).toBe(before + 1); // the removal's own event, nothing of the refusals
    expect(await unread()).toBe(0);
  });

  it('two chairs stepping each other down at once: one succeeds, the other is refused (the last chair, or no longer a chair)', async () => {
    const [a, b] = [await createUser(app), await createUser(app)];
    const ma = await seat(app, a, c.orgs.sc.id, MemberRole.CHAIR);
    const mb = await seat(app, b, c.orgs.sc.id, MemberRole.CHAIR);
    const results = await Promise.all([
      gql(app.url, CHANGE, { input: { membershipId: ma, role: 'MEMBER' } }, b.token),
      gql(app.url, CHANGE, { input: { membershipId: mb, role: 'MEMBER' } }, a.token),
    ]);
    const outcomes = results.map((r) => (r.errors?.[0]?.extensions?.reason as string | undefined) ?? r.errors?.[0]?.extensions?.code ?? 'OK').sort();
    // The loser is refused either way, and never both succeed: as the last chair when its rights
    // were read before the winner committed, or FORBIDDEN (no longer a chair, so no longer managing
    // the seats) when they were read after it. Which one depends on timing (CI under load saw both).
    expect([['LAST_CHAIR', 'OK'], ['FORBIDDEN', 'OK']]).toContainEqual(outcomes);
    expect([await roleOf(ma), await roleOf(mb)].sort()).toEqual(['CHAIR', 'MEMBER']);
  });
});

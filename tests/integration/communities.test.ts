import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { errorCode, gql, ok } from '../helpers/graphql.js';
import { createCommunity, createUser, em, reside, seat, MemberRole, type TestCommunity, type TestUser } from '../factories/index.js';
import { Community } from '../../server/communities/community.entity.js';
import { Organization } from '../../server/communities/organization.entity.js';
import { Membership } from '../../server/communities/membership.entity.js';
import { Residency } from '../../server/communities/residency.entity.js';
import { DomainEvent } from '../../server/events/domain-event.entity.js';
import { toGlobalId } from '../../server/core/ids.js';

const CREATE_COMMUNITY = `mutation($input: CreateCommunityInput!) { createCommunity(input: $input) { id name township county city organizations { id } } }`;
const CREATE_ORG = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id kind name level community { id } } }`;
const ADD_MEMBER = `mutation($input: AddMemberInput!) { addMember(input: $input) { id role user { id name } organization { id } } }`;
const REMOVE_MEMBER = `mutation($input: RemoveMemberInput!) { removeMember(input: $input) }`;
const JOIN = `mutation($input: JoinCommunityInput!) { joinCommunity(input: $input) { id kind verified unit { number floorArea } community { id } user { id } } }`;
const VERIFY = `mutation($input: VerifyResidencyInput!) { verifyResidency(input: $input) { id verified } }`;

let app: TestApp;
let admin: TestUser;
let community: TestCommunity;
let chair: TestUser;

beforeAll(async () => {
  app = await startTestApp();
  admin = await createUser(app, { admin: true, name: '管理员' });
  community = await createCommunity(app);
  chair = await createUser(app, { name: '居委会主任' });
  await seat(app, chair, community.orgs.rc.id, MemberRole.CHAIR);
});
afterAll(() => app.close());

const eventsOf = (type: string) => em(app).find(DomainEvent, { type }, { orderBy: { id: 'desc' } });

describe('createCommunity', () => {
  const input = { name: '樊城区新社区', township: '米公街道', county: '樊城区', city: '襄阳市' };

  it('a platform admin creates one, with its event', async () => {
    const { createCommunity: c } = await ok(app.url, CREATE_COMMUNITY, { input }, admin.token);
    expect(c).toMatchObject({ ...input, organizations: [] });
    const [event] = await eventsOf('community.created');
    expect(event!.community.id).toBe((await em(app).findOneOrFail(Community, { name: input.name })).id);
    expect(event!.actor!.id).toBe(admin.id);
  });

  it('anyone else is FORBIDDEN, and nothing is created', async () => {
    const before = await em(app).count(Community, {});
    expect(await errorCode(app.url, CREATE_COMMUNITY, { input: { ...input, name: '不该有' } }, chair.token)).toBe('FORBIDDEN');
    expect(await errorCode(app.url, CREATE_COMMUNITY, { input: { ...input, name: '不该有' } })).toBe('FORBIDDEN');
    expect(await em(app).count(Community, {})).toBe(before);
  });

  it('blank fields are BAD_USER_INPUT', async () => {
    const r = await gql(app.url, CREATE_COMMUNITY, { input: { ...input, name: '   ', city: '' } }, admin.token);
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(Object.keys(r.errors![0]!.extensions!.fields!).sort()).toEqual(['city', 'name']);
  });
});

describe('createOrganization', () => {
  it('a platform admin creates a community organization and a township center', async () => {
    const { createOrganization: o } = await ok(app.url, CREATE_ORG, { input: { communityId: community.gid, kind: 'DEPARTMENT', name: '社区警务室', level: 'COMMUNITY' } }, admin.token);
    expect(o).toMatchObject({ kind: 'DEPARTMENT', level: 'COMMUNITY', community: { id: community.gid } });
    const { createOrganization: t } = await ok(
      app.url,
      CREATE_ORG,
      { input: { kind: 'GOVERNANCE_CENTER', name: '米公街道综治中心', level: 'TOWNSHIP', city: '襄阳市', county: '襄城区', township: '米公街道' } },
      admin.token,
    );
    expect(t).toMatchObject({ level: 'TOWNSHIP', community: null });
  });

  it('is FORBIDDEN to a chair', async () => {
    expect(await errorCode(app.url, CREATE_ORG, { input: { communityId: community.gid, kind: 'DEPARTMENT', name: 'x', level: 'COMMUNITY' } }, chair.token)).toBe('FORBIDDEN');
  });

  it('refuses inconsistent levels and unknown communities', async () => {
    const bad = async (input: object) => (await gql(app.url, CREATE_ORG, { input }, admin.token)).errors![0]!.extensions;
    expect(await bad({ communityId: community.gid, kind: 'DEPARTMENT', name: 'x', level: 'CITY' })).toMatchObject({ code: 'BAD_USER_INPUT', fields: { level: expect.any(String) } });
    expect(await bad({ kind: 'RESIDENTS_COMMITTEE', name: 'x', level: 'TOWNSHIP' })).toMatchObject({ code: 'BAD_USER_INPUT', fields: { communityId: expect.any(String) } });
    // Above communities, the area it serves: exactly the names its level calls for.
    expect(await bad({ kind: 'GOVERNANCE_CENTER', name: 'x', level: 'TOWNSHIP', city: '襄阳市', county: '襄城区' })).toMatchObject({ code: 'BAD_USER_INPUT', fields: { township: expect.any(String) } });
    expect(await bad({ kind: 'DEPARTMENT', name: 'x', level: 'COUNTY', city: '襄阳市', county: '襄城区', township: '米公街道' })).toMatchObject({ code: 'BAD_USER_INPUT', fields: { township: expect.any(String) } });
    expect(await bad({ communityId: community.gid, kind: 'DEPARTMENT', name: 'x', level: 'COMMUNITY', city: '襄阳市' })).toMatchObject({ code: 'BAD_USER_INPUT', fields: { city: expect.any(String) } });
    expect(await bad({ communityId: 'nope', kind: 'DEPARTMENT', name: 'x', level: 'COMMUNITY' })).toMatchObject({ code: 'BAD_USER_INPUT', fields: { communityId: expect.any(String) } });
    expect(await bad({ communityId: toGlobalId('Community', '00000000-0000-4000-8000-000000000000'), kind: 'DEPARTMENT', name: 'x', level: 'COMMUNITY' })).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('addMember and removeMember', () => {
  it("the organization's chair adds a member; the new member is notified", async () => {
    const newcomer = await createUser(app);
    const { addMember } = await ok(app.url, ADD_MEMBER, { input: { organizationId: community.orgs.rc.gid, userId: newcomer.gid, role: 'MEMBER' } }, chair.token);
    expect(addMember).toMatchObject({ role: 'MEMBER', user: { id: newcomer.gid }, organization: { id: community.orgs.rc.gid } });
    const n = await ok(app.url, `{ notifications { unreadCount edges { node { title event { type } } } } }`, {}, newcomer.token);
    expect(n.notifications.unreadCount).toBe(1);
    expect(n.notifications.edges[0].node.event.type).toBe('member.added');
  });

  it("a member who is not the chair, or a chair of another organization, is FORBIDDEN", async () => {
    const member = await createUser(app);
    await seat(app, member, community.orgs.rc.id, MemberRole.MEMBER);
    const otherChair = await createUser(app);
    await seat(app, otherChair, community.orgs.pm.id, MemberRole.CHAIR);
    const target = await createUser(app);
    const input = { organizationId: community.orgs.rc.gid, userId: target.gid, role: 'MEMBER' };
    expect(await errorCode(app.url, ADD_MEMBER, { input }, member.token)).toBe('FORBIDDEN');
    expect(await errorCode(app.url, ADD_MEMBER, { input }, otherChair.token)).toBe('FORBIDDEN');
    expect(await em(app).count(Membership, { user: target.id })).toBe(0);
  });

  it('refuses a duplicate seat and an unknown user', async () => {
    const u = await createUser(app);
    await seat(app, u, community.orgs.rc.id);
    const dup = await gql(app.url, ADD_MEMBER, { input: { organizationId: community.orgs.rc.gid, userId: u.gid, role: 'STAFF' } }, chair.token);
    expect(dup.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { userId: 'is already a member' } });
    expect(await errorCode(app.url, ADD_MEMBER, { input: { organizationId: community.orgs.rc.gid, userId: toGlobalId('User', '00000000-0000-4000-8000-000000000000'), role: 'MEMBER' } }, chair.token)).toBe('NOT_FOUND');
    expect(await errorCode(app.url, ADD_MEMBER, { input: { organizationId: community.orgs.rc.gid, userId: u.gid, role: 'PRESIDENT' } }, chair.token)).toBe('BAD_USER_INPUT');
  });

  it('the chair removes a member; the last chair cannot be removed', async () => {
    const u = await createUser(app);
    const membershipId = await seat(app, u, community.orgs.rc.id);
    expect((await ok(app.url, REMOVE_MEMBER, { input: { membershipId } }, chair.token)).removeMember).toBe(true);
    expect(await em(app).count(Membership, { user: u.id })).toBe(0);
    const [removed] = await eventsOf('member.removed');
    expect(removed!.data).toMatchObject({ userName: u.name, role: 'MEMBER' });

    const lone = await createUser(app);
    const c2 = await createCommunity(app);
    const chairSeat = await seat(app, lone, c2.orgs.oc.id, MemberRole.CHAIR);
    const r = await gql(app.url, REMOVE_MEMBER, { input: { membershipId: chairSeat } }, admin.token);
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { membershipId: expect.any(String) } });
    expect(await em(app).count(Membership, { user: lone.id })).toBe(1);
  });

  it('removing is FORBIDDEN to the member themself', async () => {
    const u = await createUser(app);
    const membershipId = await seat(app, u, community.orgs.rc.id);
    expect(await errorCode(app.url, REMOVE_MEMBER, { input: { membershipId } }, u.token)).toBe('FORBIDDEN');
  });
});

describe('joinCommunity and verifyResidency', () => {
  it('a resident joins with a flat; the committee is told; the chair verifies; the resident is notified', async () => {
    const resident = await createUser(app, { name: '新住户' });
    const unit = community.units[1]!;
    const { joinCommunity: r } = await ok(app.url, JOIN, { input: { communityId: community.gid, unitId: unit.gid, kind: 'OWNER' } }, resident.token);
    expect(r).toMatchObject({ kind: 'OWNER', verified: false, unit: { number: '1-201', floorArea: unit.floorArea }, community: { id: community.gid }, user: { id: resident.gid } });

    const chairNotes = await ok(app.url, `{ notifications(first: 1) { edges { node { title event { type data } } } } }`, {}, chair.token);
    expect(chairNotes.notifications.edges[0].node.event).toMatchObject({ type: 'residency.requested', data: { userName: '新住户', unitNumber: '1-201' } });

    const { verifyResidency } = await ok(app.url, VERIFY, { input: { residencyId: r.id } }, chair.token);
    expect(verifyResidency.verified).toBe(true);
    const notes = await ok(app.url, `{ notifications { unreadCount edges { node { event { type actor { id } } } } } }`, {}, resident.token);
    expect(notes.notifications.unreadCount).toBe(1);
    expect(notes.notifications.edges[0].node.event).toMatchObject({ type: 'residency.verified', actor: { id: chair.gid } });

    expect(await errorCode(app.url, VERIFY, { input: { residencyId: r.id } }, chair.token)).toBe('INVALID_TRANSITION');
  });

  it('verifying is FORBIDDEN outside the residents\' committee', async () => {
    const resident = await createUser(app);
    const residencyId = await reside(app, resident, community.id, { verified: false });
    const pmStaff = await createUser(app);
    await seat(app, pmStaff, community.orgs.pm.id, MemberRole.STAFF);
    expect(await errorCode(app.url, VERIFY, { input: { residencyId } }, pmStaff.token)).toBe('FORBIDDEN');
    expect(await errorCode(app.url, VERIFY, { input: { residencyId } }, resident.token)).toBe('FORBIDDEN');
    const other = await createCommunity(app);
    const otherChair = await createUser(app);
    await seat(app, otherChair, other.orgs.rc.id, MemberRole.CHAIR);
    expect(await errorCode(app.url, VERIFY, { input: { residencyId } }, otherChair.token)).toBe('FORBIDDEN');
    const [row] = await em(app).find(Residency, { user: resident.id });
    expect(row!.verified).toBe(false);
  });

  it('refuses a flat of another community, a second join, and anonymous callers', async () => {
    const resident = await createUser(app);
    const other = await createCommunity(app);
    const r1 = await gql(app.url, JOIN, { input: { communityId: community.gid, unitId: other.units[0]!.gid, kind: 'OWNER' } }, resident.token);
    expect(r1.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { unitId: expect.any(String) } });
    await ok(app.url, JOIN, { input: { communityId: community.gid, kind: 'TENANT' } }, resident.token);
    const r2 = await gql(app.url, JOIN, { input: { communityId: community.gid, kind: 'TENANT' } }, resident.token);
    expect(r2.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(await errorCode(app.url, JOIN, { input: { communityId: community.gid, kind: 'TENANT' } })).toBe('UNAUTHENTICATED');
    expect(await em(app).count(Residency, { user: resident.id })).toBe(1);
  });

  it('two verifiers at once: one succeeds, the other gets INVALID_TRANSITION, one event', async () => {
    const resident = await createUser(app);
    const residencyId = await reside(app, resident, community.id, { verified: false });
    const second = await createUser(app);
    await seat(app, second, community.orgs.rc.id);
    const results = await Promise.all([chair, second].map((u) => gql(app.url, VERIFY, { input: { residencyId } }, u.token)));
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['INVALID_TRANSITION', 'OK']);
    const events = await em(app).find(DomainEvent, { type: 'residency.verified', subjectId: resident.id });
    expect(events).toHaveLength(1);
  });
});

describe('reading communities', () => {
  it('any signed-in user lists communities and sees buildings and flats; anonymous is UNAUTHENTICATED', async () => {
    const stranger = await createUser(app);
    const { communities } = await ok(app.url, `{ communities { id name } }`, {}, stranger.token);
    expect(communities.map((c: { id: string }) => c.id)).toContain(community.gid);
    const { community: c } = await ok(app.url, `query($id: ID!) { community(id: $id) { buildings { name units { number floorArea } } } }`, { id: community.gid }, stranger.token);
    expect(c.buildings[0].units).toHaveLength(4);
    expect(await errorCode(app.url, `{ communities { id } }`)).toBe('UNAUTHENTICATED');
  });

  it('rosters are visible to those who belong to the community, not to strangers', async () => {
    const stranger = await createUser(app);
    const resident = await createUser(app);
    await reside(app, resident, community.id);
    const q = `query($id: ID!) { community(id: $id) { organizations { kind members { role user { name } } } } }`;
    const rc = (d: any) => d.community.organizations.find((o: { kind: string }) => o.kind === 'RESIDENTS_COMMITTEE');
    expect(rc(await ok(app.url, q, { id: community.gid }, resident.token)).members.length).toBeGreaterThan(0);
    expect(rc(await ok(app.url, q, { id: community.gid }, stranger.token)).members).toEqual([]);
  });

  it("residencies are seen by the person and the residents' committee only", async () => {
    const resident = await createUser(app);
    await reside(app, resident, community.id, { unitId: community.units[2]!.id });
    const q = `query($id: ID!) { node(id: $id) { ... on User { residencies { kind } } } }`;
    expect((await ok(app.url, q, { id: resident.gid }, resident.token)).node.residencies).toHaveLength(1);
    expect((await ok(app.url, q, { id: resident.gid }, chair.token)).node.residencies).toHaveLength(1);
    const neighbour = await createUser(app);
    await reside(app, neighbour, community.id);
    expect((await ok(app.url, q, { id: resident.gid }, neighbour.token)).node.residencies).toEqual([]);
  });

  it('node resolves communities, organizations and users by global ID, and null for garbage', async () => {
    const q = `query($id: ID!) { node(id: $id) { id __typename } }`;
    expect((await ok(app.url, q, { id: community.gid }, chair.token)).node).toEqual({ id: community.gid, __typename: 'Community' });
    expect((await ok(app.url, q, { id: community.orgs.pm.gid }, chair.token)).node.__typename).toBe('Organization');
    expect((await ok(app.url, q, { id: 'garbage' }, chair.token)).node).toBeNull();
    expect((await ok(app.url, q, { id: toGlobalId('Community', 'not-a-uuid') }, chair.token)).node).toBeNull();
    const orgs = await em(app).count(Organization, { community: community.id });
    expect(orgs).toBeGreaterThanOrEqual(7);
  });
});

describe('the residents directory', () => {
  it("lists a community's residents by name for the residents' committee, grid workers included, searchable by name or flat", async () => {
    const c = await createCommunity(app);
    const [chairX, grid, resident, other] = await Promise.all(['主任', '网格员', '张三', '李四'].map((name) => createUser(app, { name })));
    await seat(app, chairX!, c.orgs.rc.id, MemberRole.CHAIR);
    await seat(app, grid!, c.orgs.rc.id, MemberRole.GRID_WORKER);
    await reside(app, resident!, c.id, { unitId: c.units[0]!.id });
    await reside(app, other!, c.id, { unitId: c.units[1]!.id, verified: false });
    const q = `query($id: ID!, $s: String, $first: Int, $after: String) { community(id: $id) { residents(search: $s, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { verified user { name } unit { number } } } } } }`;
    const names = async (u: TestUser, s?: string) => (await ok(app.url, q, { id: c.gid, s }, u.token)).community.residents.edges.map((e: any) => e.node.user.name);
    expect(await names(grid!)).toEqual(['张三', '李四'].sort());
    expect(await names(chairX!, '张')).toEqual(['张三']);
    expect(await names(chairX!, '1-201')).toEqual(['李四']);
    expect(await names(resident!)).toEqual([]); // a resident does not see the directory
    const page1 = (await ok(app.url, q, { id: c.gid, first: 1 }, grid!.token)).community.residents;
    expect(page1.totalCount).toBe(2);
    const page2 = (await ok(app.url, q, { id: c.gid, first: 1, after: page1.pageInfo.endCursor }, grid!.token)).community.residents;
    expect([...page1.edges, ...page2.edges].map((e: any) => e.node.user.name)).toEqual(['张三', '李四'].sort());
    expect(page2.pageInfo.hasNextPage).toBe(false);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { gql, ok } from '../helpers/graphql.js';
import { createCommunity, createOrganizationAbove, createUser, seat, MemberRole, OrganizationKind, RegionLevel, TANXI, type TestUser } from '../factories/index.js';

// The Region tree (server/regions, issue 13 part 1): city → county → township, communities in a
// township; the place strings of a community derived from it; who opens regions; organizations
// above communities standing in a region of their level.
let app: TestApp;
let admin: TestUser;
let countyStaff: TestUser;
let townshipStaff: TestUser;
let outsider: TestUser;

const codeOf = (r: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.code;
const fieldsOf = (r: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.fields;
const REGION = `id name level parent { name } path { name level } children { name level } communities { name township county city } communityCount organizations { name }`;
const createRegion = (input: object, by: TestUser) => gql(app.url, `mutation($input: CreateRegionInput!) { createRegion(input: $input) { id name level path { name } } }`, { input }, by.token);
const createCommunityAs = (input: object, by: TestUser) =>
  gql(app.url, `mutation($input: CreateCommunityInput!) { createCommunity(input: $input) { id name kind township county city region { name level path { name level } } } }`, { input }, by.token);

beforeAll(async () => {
  app = await startTestApp();
  admin = await createUser(app, { name: '管理员', admin: true });
  [countyStaff, townshipStaff, outsider] = [await createUser(app, { name: '区综治干部' }), await createUser(app, { name: '街道干部' }), await createUser(app, { name: '外人' })];
  const county = await createOrganizationAbove(app, { kind: OrganizationKind.GOVERNANCE_CENTER, name: '襄城区综治中心', level: RegionLevel.COUNTY, city: TANXI.city, county: TANXI.county });
  const township = await createOrganizationAbove(app, { kind: OrganizationKind.GOVERNANCE_CENTER, name: '檀溪街道综治中心', level: RegionLevel.TOWNSHIP, ...TANXI });
  await seat(app, countyStaff, county.id, MemberRole.STAFF);
  await seat(app, townshipStaff, township.id, MemberRole.STAFF);
});
afterAll(() => app.close());

describe('the tree', () => {
  it('a community lies in a township; its township, county and city are the names of the path', async () => {
    const r = await createCommunityAs({ name: '新社区', ...TANXI }, admin);
    expect(r.errors).toBeUndefined();
    const c = r.data!.createCommunity;
    expect(c).toMatchObject({ kind: 'COMMUNITY', township: '檀溪街道', county: '襄城区', city: '襄阳市' });
    expect(c.region).toEqual({
      name: '檀溪街道',
      level: 'TOWNSHIP',
      path: [
        { name: '襄阳市', level: 'CITY' },
        { name: '襄城区', level: 'COUNTY' },
        { name: '檀溪街道', level: 'TOWNSHIP' },
      ],
    });
  });

  it('region(id): children, communities, the count below, the organizations standing in it, the path up to the city', async () => {
    await createCommunity(app, '檀溪二社区');
    await createCommunity(app, '米公社区', { ...TANXI, township: '米公街道' });
    const { regions } = await ok(app.url, `{ regions { id name level } }`, {}, outsider.token);
    expect(regions).toEqual([{ id: expect.any(String), name: '襄阳市', level: 'CITY' }]);
    const { region: city } = await ok(app.url, `query($id: ID!) { region(id: $id) { ${REGION} } }`, { id: regions[0].id }, outsider.token);
    expect(city).toMatchObject({ name: '襄阳市', level: 'CITY', parent: null, path: [{ name: '襄阳市', level: 'CITY' }], children: [{ name: '襄城区', level: 'COUNTY' }], communities: [], organizations: [] });
    const total = city.communityCount;
    expect(total).toBeGreaterThanOrEqual(3);
    // Walk down by the children's ids.
    const { region: city2 } = await ok(app.url, `query($id: ID!) { region(id: $id) { children { id } } }`, { id: regions[0].id }, outsider.token);
    const { region: xiangcheng } = await ok(app.url, `query($id: ID!) { region(id: $id) { ${REGION} children { id name } } }`, { id: city2.children[0].id }, outsider.token);
    expect(xiangcheng).toMatchObject({ name: '襄城区', level: 'COUNTY', parent: { name: '襄阳市' }, communityCount: total, organizations: [{ name: '襄城区综治中心' }] });
    expect(xiangcheng.children.map((r: { name: string }) => r.name).sort()).toEqual(['檀溪街道', '米公街道'].sort());
    const tanxiId = xiangcheng.children.find((r: { name: string }) => r.name === '檀溪街道').id;
    const { region: tanxi } = await ok(app.url, `query($id: ID!) { region(id: $id) { ${REGION} } }`, { id: tanxiId }, outsider.token);
    expect(tanxi).toMatchObject({ level: 'TOWNSHIP', children: [], organizations: [{ name: '檀溪街道综治中心' }], path: [{ name: '襄阳市' }, { name: '襄城区' }, { name: '檀溪街道' }] });
    expect(tanxi.communities.length).toBe(tanxi.communityCount);
    expect(tanxi.communities.every((c: { township: string; county: string; city: string }) => c.township === '檀溪街道' && c.county === '襄城区' && c.city === '襄阳市')).toBe(true);
    // node(id) resolves a region; an unknown id, and an anonymous caller, get nothing.
    const { node } = await ok(app.url, `query($id: ID!) { node(id: $id) { id ... on Region { name } } }`, { id: tanxiId }, outsider.token);
    expect(node).toEqual({ id: tanxiId, name: '檀溪街道' });
    expect(codeOf(await gql(app.url, `query($id: ID!) { region(id: $id) { name } }`, { id: tanxiId }))).toBe('UNAUTHENTICATED');
  });

  it('a village is a community of kind VILLAGE', async () => {
    const r = await createCommunityAs({ name: '尹集村', kind: 'VILLAGE', city: '襄阳市', county: '襄州区', township: '尹集乡' }, admin);
    expect(r.errors).toBeUndefined();
    expect(r.data!.createCommunity).toMatchObject({ kind: 'VILLAGE', township: '尹集乡', county: '襄州区', city: '襄阳市' });
    expect(r.data!.createCommunity.region.path.map((p: { name: string }) => p.name)).toEqual(['襄阳市', '襄州区', '尹集乡']);
  });
});

describe('createRegion', () => {
  it('platform admins open cities and counties; a county center opens townships of its county only; a township center none', async () => {
    const city = await createRegion({ name: '十堰市' }, admin);
    expect(city.data!.createRegion).toMatchObject({ name: '十堰市', level: 'CITY', path: [{ name: '十堰市' }] });
    const { regions } = await ok(app.url, `{ regions { id name children { id name } } }`, {}, admin.token);
    const xiangyang = regions.find((r: { name: string }) => r.name === '襄阳市');
    const xiangcheng = xiangyang.children.find((r: { name: string }) => r.name === '襄城区');
    // A county center: a township of its own county, not a county of the city, not a township elsewhere.
    const opened = await createRegion({ parentId: xiangcheng.id, name: '庞公街道' }, countyStaff);
    expect(opened.errors).toBeUndefined();
    expect(opened.data!.createRegion).toMatchObject({ level: 'TOWNSHIP', path: [{ name: '襄阳市' }, { name: '襄城区' }, { name: '庞公街道' }] });
    expect(codeOf(await createRegion({ parentId: xiangyang.id, name: '樊城区' }, countyStaff))).toBe('FORBIDDEN');
    const shiyan = city.data!.createRegion.id;
    const zhangwan = await createRegion({ parentId: shiyan, name: '张湾区' }, admin);
    expect(zhangwan.data!.createRegion.level).toBe('COUNTY');
    expect(codeOf(await createRegion({ parentId: zhangwan.data!.createRegion.id, name: '花果街道' }, countyStaff))).toBe('FORBIDDEN');
    // A township center opens nothing; nor does anyone else; a city is the admins' alone.
    for (const by of [townshipStaff, outsider]) expect(codeOf(await createRegion({ parentId: xiangcheng.id, name: '余家湖街道' }, by))).toBe('FORBIDDEN');
    expect(codeOf(await createRegion({ name: '宜昌市' }, countyStaff))).toBe('FORBIDDEN');
    // Refused: a name taken among siblings, a child of a township, an unknown parent.
    expect(fieldsOf(await createRegion({ parentId: xiangcheng.id, name: '檀溪街道' }, admin))).toMatchObject({ name: expect.any(String) });
    expect(fieldsOf(await createRegion({ parentId: opened.data!.createRegion.id, name: '某社区' }, admin))).toMatchObject({ parentId: expect.any(String) });
    expect(codeOf(await createRegion({ parentId: 'Region:nope', name: 'x' }, admin))).toBe('BAD_USER_INPUT');
  });

  it('a community is placed by a center only inside its area: a county center in a new township of its county, a township center only in its own', async () => {
    expect((await createCommunityAs({ name: '区建社区', city: '襄阳市', county: '襄城区', township: '新开街道' }, countyStaff)).errors).toBeUndefined();
    expect(codeOf(await createCommunityAs({ name: '越界社区', city: '襄阳市', county: '襄城区', township: '新开街道' }, townshipStaff))).toBe('FORBIDDEN');
    expect((await createCommunityAs({ name: '街建社区', ...TANXI }, townshipStaff)).errors).toBeUndefined();
    expect(codeOf(await createCommunityAs({ name: '外区社区', city: '襄阳市', county: '樊城区', township: '米公街道' }, countyStaff))).toBe('FORBIDDEN');
  });
});

describe('organizations above communities stand in a region of their level', () => {
  const CREATE_ORG = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id name level region { name level } } }`;
  it('by regionId or by place names; a region of another level is refused', async () => {
    const { regions } = await ok(app.url, `{ regions { id name children { id name } } }`, {}, admin.token);
    const xiangyang = regions.find((r: { name: string }) => r.name === '襄阳市');
    const city = await gql(app.url, CREATE_ORG, { input: { kind: 'GOVERNANCE_CENTER', name: '襄阳市综治中心', level: 'CITY', regionId: xiangyang.id } }, admin.token);
    expect(city.data!.createOrganization).toMatchObject({ level: 'CITY', region: { name: '襄阳市', level: 'CITY' } });
    const byNames = await gql(app.url, CREATE_ORG, { input: { kind: 'DEPARTMENT', name: '樊城区住建局', level: 'COUNTY', city: '襄阳市', county: '樊城区' } }, admin.token);
    expect(byNames.data!.createOrganization).toMatchObject({ region: { name: '樊城区', level: 'COUNTY' } });
    expect(fieldsOf(await gql(app.url, CREATE_ORG, { input: { kind: 'GOVERNANCE_CENTER', name: 'x', level: 'TOWNSHIP', regionId: xiangyang.id } }, admin.token))).toMatchObject({ regionId: expect.any(String) });
    expect(fieldsOf(await gql(app.url, CREATE_ORG, { input: { kind: 'GOVERNANCE_CENTER', name: 'x', level: 'CITY', regionId: xiangyang.id, city: '襄阳市' } }, admin.token))).toMatchObject({ regionId: expect.any(String) });
  });
});

import type { Services } from '../core/context.js';
import { Context } from '../core/context.js';
import { User } from '../accounts/user.entity.js';
import { hashPassword } from '../accounts/accounts.service.js';
import { Building } from '../communities/building.entity.js';
import { Unit } from '../communities/unit.entity.js';
import { OrganizationKind, RegionLevel } from '../communities/organization.entity.js';
import { MemberRole } from '../communities/membership.entity.js';
import { ResidencyKind } from '../communities/residency.entity.js';
import { toGlobalId } from '../core/ids.js';
import * as communities from '../communities/communities.service.js';

export const DEMO_PASSWORD = 'demo12345';

/** The demo accounts, printed at start and listed in the README. */
export const DEMO_ACCOUNTS: { phone: string; name: string; role: string }[] = [
  { phone: '13900000000', name: '平台管理员', role: 'platform admin' },
  { phone: '13900000001', name: '王秀兰', role: "chair of the residents' committee (居委会主任)" },
  { phone: '13900000002', name: '李建国', role: 'dispatcher of the community governance center (综治中心)' },
  { phone: '13900000003', name: '张伟', role: 'property-manager staff (物业)' },
  { phone: '13900000004', name: '陈志强', role: "chair of the owners' committee (业委会主任)" },
  { phone: '13900000005', name: '刘芳', role: 'supervisory-committee member (监委会)' },
  { phone: '13900000006', name: '赵红梅', role: 'coordinator of the 红色驿站' },
  { phone: '13900000007', name: '孙志刚', role: 'volunteer (party member)' },
  { phone: '13900000008', name: '周丽娟', role: 'volunteer' },
  { phone: '13900000009', name: '吴晓东', role: 'volunteer' },
  ...['郑国华', '冯玉兰', '何明', '高淑珍', '罗军', '梁静', '宋建平', '唐桂英', '韩磊', '曹丽'].map((name, i) => ({
    phone: `139000000${10 + i}`,
    name,
    role: 'verified owner',
  })),
  { phone: '13900000020', name: '马军', role: 'grid worker (网格员)' },
];

/**
 * A believable Xiangyang community, made through the services (so its history is real events):
 * 檀溪社区 in 襄城区 檀溪街道 with its party committee, residents' committee, governance center,
 * property manager, owners' committee, supervisory committee and 红色驿站; the township's center
 * and a county department; three buildings of flats with floor areas; the demo people.
 */
export async function loadDemo(services: Services): Promise<void> {
  const em = services.orm.em.fork();
  const hash = await hashPassword(DEMO_PASSWORD);
  const users = new Map<string, User>();
  for (const a of DEMO_ACCOUNTS) {
    const u = em.create(User, { phone: a.phone, name: a.name, passwordHash: hash, isPlatformAdmin: a.phone === '13900000000' });
    users.set(a.phone, u);
  }
  await em.flush();

  const as = (phone: string) => new Context(services, { sessionId: 'demo', userId: users.get(phone)!.id }, { ip: 'demo' });
  const admin = as('13900000000');
  const uid = (phone: string) => toGlobalId('User', users.get(phone)!.id);

  const community = await communities.createCommunity(admin, { name: '檀溪社区', township: '檀溪街道', county: '襄城区', city: '襄阳市' });
  const cid = toGlobalId('Community', community.id);
  const org = async (kind: OrganizationKind, name: string, level = RegionLevel.COMMUNITY, inCommunity = true) =>
    toGlobalId('Organization', (await communities.createOrganization(admin, { communityId: inCommunity ? cid : null, kind, name, level })).id);

  const party = await org(OrganizationKind.PARTY_COMMITTEE, '檀溪社区党委');
  const rc = await org(OrganizationKind.RESIDENTS_COMMITTEE, '檀溪社区居民委员会');
  const center = await org(OrganizationKind.GOVERNANCE_CENTER, '檀溪社区综治中心');
  const pm = await org(OrganizationKind.PROPERTY_MANAGER, '襄阳汉江物业服务有限公司檀溪项目部');
  const oc = await org(OrganizationKind.OWNERS_COMMITTEE, '翰林苑小区业主委员会');
  const sc = await org(OrganizationKind.SUPERVISORY_COMMITTEE, '檀溪社区居务监督委员会');
  const station = await org(OrganizationKind.PARTY_STATION, '檀溪社区红色驿站');
  await org(OrganizationKind.GOVERNANCE_CENTER, '檀溪街道综治中心', RegionLevel.TOWNSHIP, false);
  await org(OrganizationKind.DEPARTMENT, '襄城区城市管理执法局', RegionLevel.COUNTY, false);

  const seat = (organizationId: string, phone: string, role: MemberRole) => communities.addMember(admin, { organizationId, userId: uid(phone), role });
  await seat(rc, '13900000001', MemberRole.CHAIR);
  await seat(party, '13900000001', MemberRole.MEMBER);
  await seat(rc, '13900000020', MemberRole.GRID_WORKER);
  await seat(center, '13900000002', MemberRole.STAFF);
  await seat(pm, '13900000003', MemberRole.STAFF);
  await seat(oc, '13900000004', MemberRole.CHAIR);
  await seat(sc, '13900000005', MemberRole.MEMBER);
  await seat(station, '13900000006', MemberRole.COORDINATOR);

  // Three buildings of 翰林苑, eight flats each, 78 to 143 m².
  const units: Unit[] = [];
  for (const [b, name] of ['1栋', '2栋', '3栋'].entries()) {
    const building = em.create(Building, { community: community.id, name });
    for (let floor = 1; floor <= 4; floor++) {
      for (const door of [1, 2]) {
        const area = [89.56, 126.3, 78.42, 143.15, 98.7, 112.35][(b * 8 + floor * 2 + door) % 6]!;
        units.push(em.create(Unit, { building, number: `${b + 1}-${floor}0${door}`, floorArea: area }));
      }
    }
  }
  await em.flush();

  const chair = as('13900000001');
  const residents = ['13900000004', '13900000007', '13900000008', '13900000009', ...Array.from({ length: 10 }, (_, i) => `139000000${10 + i}`)];
  for (const [i, phone] of residents.entries()) {
    const owner = i >= 4 || phone === '13900000004';
    const residency = await communities.joinCommunity(as(phone), {
      communityId: cid,
      unitId: owner ? toGlobalId('Unit', units[i]!.id) : null,
      kind: owner ? ResidencyKind.OWNER : ResidencyKind.TENANT,
    });
    await communities.verifyResidency(chair, { residencyId: toGlobalId('Residency', residency.id) });
  }
}

/** True when the database has no users yet: the demo is loaded only then. */
export async function isEmpty(services: Services): Promise<boolean> {
  return (await services.orm.em.fork().count(User, {})) === 0;
}

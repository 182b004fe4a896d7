import type { Services } from '../core/context.js';
import { Context } from '../core/context.js';
import { toGlobalId } from '../core/ids.js';
import { Building, Membership, MemberRole } from '../communities/index.js';
import { gridService as grids } from '../grids/index.js';

/**
 * 檀溪社区's grids (server/grids): 第一网格 (1栋, 2栋) walked by the grid worker 马军, 第二网格 (3栋),
 * each with its 网格党支部; a 楼栋党小组 per building; and 党员下沉报到 at the 红色驿站 — 孙志刚 and
 * 周丽娟 (volunteers there already) verified by the party committee, so both are party members
 * of its pool; 郑国华 (not yet a volunteer) waiting for the party organization to verify.
 */
export async function loadDemoGrids(services: Services, userId: (phone: string) => string, communityId: string, orgs: { rc: string; station: string }): Promise<void> {
  const as = (phone: string) => new Context(services, { sessionId: 'demo', userId: userId(phone) }, { ip: 'demo' });
  const em = services.orm.em.fork();
  const cid = toGlobalId('Community', communityId);
  const chair = as('13900000001');
  const buildings = new Map((await em.find(Building, { community: communityId })).map((b) => [b.name, toGlobalId('Building', b.id)]));
  const building = (name: string) => buildings.get(name)!;

  const first = await grids.createGrid(chair, { communityId: cid, name: '第一网格', buildingIds: [building('1栋'), building('2栋')] });
  await grids.createGrid(chair, { communityId: cid, name: '第二网格', buildingIds: [building('3栋')] });
  const seat = await em.findOneOrFail(Membership, { organization: orgs.rc, user: userId('13900000020'), role: MemberRole.GRID_WORKER });
  await grids.assignGridWorker(chair, { gridId: toGlobalId('Grid', first.id), membershipId: toGlobalId('Membership', seat.id) });
  for (const name of ['1栋', '2栋', '3栋']) await grids.createBuildingPartyGroup(chair, { buildingId: building(name), name: `${name}党小组` });

  const station = toGlobalId('Organization', orgs.station);
  const register = (phone: string, partyOrganization: string) => grids.registerPartyMember(as(phone), { communityId: cid, stationId: station, partyOrganization });
  const registration = (r: { id: string }) => ({ registrationId: toGlobalId('PartyMemberRegistration', r.id) });
  // 王秀兰 sits on the party committee: she verifies.
  await grids.decidePartyMember(chair, registration(await register('13900000007', '襄城区住房和城乡建设局机关党支部')), true);
  await grids.decidePartyMember(chair, registration(await register('13900000008', '襄阳市第四中学教工党支部')), true);
  await register('13900000010', '檀溪社区退休党员党支部');
}

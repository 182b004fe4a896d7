import type { RunningServer } from '../../server/app/server.js';
import { Organization, OrganizationKind, RegionLevel } from '../../server/communities/index.js';
import { toGlobalId } from '../../server/core/ids.js';
import { em, type TestCommunity } from './index.js';

/** The community's people's mediation committee (人民调解委员会), written straight to the database. */
export async function createMediationCommittee(app: RunningServer, community: TestCommunity | { id: string }, name = '人民调解委员会'): Promise<{ id: string; gid: string }> {
  const e = em(app);
  const o = e.create(Organization, { community: community.id, kind: OrganizationKind.MEDIATION_COMMITTEE, name, level: RegionLevel.COMMUNITY });
  await e.flush();
  return { id: o.id, gid: toGlobalId('Organization', o.id) };
}

/** A dispute's body as the mutations take it (without parties). */
export const DISPUTE = { title: '楼上漏水', description: '楼上卫生间漏水到楼下，协商未果。', category: 'NEIGHBOR' } as const;

import type { RunningServer } from '../../server/app/server.js';
import { Volunteer } from '../../server/volunteers/volunteer.entity.js';
import { toGlobalId } from '../../server/core/ids.js';
import { createUser, em, reside, type TestCommunity, type TestUser } from './index.js';

export interface TestVolunteer extends TestUser {
  volunteerId: string;
}

/** Verified residents registered as volunteers of the community's station, written straight to the database. */
export async function createVolunteers(app: RunningServer, community: TestCommunity, n: number, skills: string[] = []): Promise<TestVolunteer[]> {
  const users = await Promise.all(Array.from({ length: n }, (_, i) => createUser(app, { name: `志愿者${i + 1}` })));
  await Promise.all(users.map((u) => reside(app, u, community.id)));
  const e = em(app);
  const vols = users.map((u) => e.create(Volunteer, { user: u.id, station: community.orgs.station.id, community: community.id, isPartyMember: false, skills }));
  await e.flush();
  return users.map((u, i) => ({ ...u, volunteerId: toGlobalId('Volunteer', vols[i]!.id) }));
}

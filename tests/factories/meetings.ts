import type { RunningServer } from '../../server/app/server.js';
import { ok } from '../helpers/graphql.js';
import { createCommunity, createUser, reside, seat, MemberRole, type TestCommunity, type TestUser } from './index.js';

/**
 * The people of a meeting: the residents' committee (a chair and two members) convenes; the
 * property manager, the owners' committee, the party committee and the supervisory committee take
 * part through one member each; four owners hold the four flats of the community's building.
 */
export interface MeetingCast {
  c: TestCommunity;
  chair: TestUser;
  rc1: TestUser;
  rc2: TestUser;
  pm: TestUser;
  oc: TestUser;
  party: TestUser;
  sc: TestUser;
  owners: TestUser[];
  outsider: TestUser;
}

export async function createMeetingCast(app: RunningServer): Promise<MeetingCast> {
  const c = await createCommunity(app);
  const [chair, rc1, rc2, pm, oc, party, sc, outsider] = await Promise.all(
    ['居委会主任', '居委委员甲', '居委委员乙', '物业经理', '业委会主任', '党委书记', '监委会主任', '外人'].map((name) => createUser(app, { name })),
  );
  await seat(app, chair!, c.orgs.rc.id, MemberRole.CHAIR);
  await seat(app, rc1!, c.orgs.rc.id);
  await seat(app, rc2!, c.orgs.rc.id);
  await seat(app, pm!, c.orgs.pm.id, MemberRole.CHAIR);
  await seat(app, oc!, c.orgs.oc.id, MemberRole.CHAIR);
  await seat(app, party!, c.orgs.party.id, MemberRole.CHAIR);
  await seat(app, sc!, c.orgs.sc.id, MemberRole.CHAIR);
  const owners = await Promise.all(c.units.map((_, i) => createUser(app, { name: `业主${i + 1}` })));
  for (const [i, o] of owners.entries()) await reside(app, o, c.id, { unitId: c.units[i]!.id });
  return { c, chair: chair!, rc1: rc1!, rc2: rc2!, pm: pm!, oc: oc!, party: party!, sc: sc!, owners, outsider: outsider! };
}

export const MEETING = `id kind title status version scheduledAt viewerCanRun viewerCanEditNotes
  convener { id } participants { id }
  attendance { id status checkedInAt user { id name } proxyFor { id } organization { id } }
  agenda { id position title notes notesVersion editors { id } }
  resolutions { id title status outcome rule textHash viewerBallot tally { eligibleCount eligibleArea votedCount votedArea forCount forArea againstCount againstArea abstainCount abstainArea quorumMet } }
  actionItems { id title status dueAt assignee { id } issue { id status } task { id } }
  minutes { markdown approvedAt publishedAt approvedBy { id } pendingApprovers { id } revisions { id summary amendment author { id } } }`;

/** Schedules a meeting through the API and returns it (as MEETING selects). */
export async function scheduleMeeting(app: RunningServer & { url: string }, by: TestUser, input: Record<string, unknown>): Promise<any> {
  const data = await ok(app.url, `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { ${MEETING} } }`, { input }, by.token);
  return data.scheduleMeeting;
}

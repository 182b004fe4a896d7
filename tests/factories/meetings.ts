import type { RunningServer } from '../../server/app/server.js';
import { Building } from '../../server/communities/building.entity.js';
import { Unit } from '../../server/communities/unit.entity.js';
import { toGlobalId } from '../../server/core/ids.js';
import { gql, ok, type GqlError } from '../helpers/graphql.js';
import { createCommunity, createUser, em, reside, seat, MemberRole, type TestCommunity, type TestUser } from './index.js';

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

/** The mutations of meetings and matters: GraphQL field name and input type. */
export const STEPS = {
  schedule: ['scheduleMeeting', 'ScheduleMeetingInput'],
  start: ['startMeeting', 'MeetingRefInput'],
  adjourn: ['adjournMeeting', 'MeetingRefInput'],
  cancel: ['cancelMeeting', 'CancelMeetingInput'],
  checkIn: ['checkInAttendee', 'CheckInAttendeeInput'],
  addAgendaItem: ['addAgendaItem', 'AddAgendaItemInput'],
  editNotes: ['editAgendaNotes', 'EditAgendaNotesInput'],
  setEditing: ['setEditing', 'SetEditingInput'],
  approve: ['approveMinutes', 'MeetingRefInput'],
  publish: ['publishMinutes', 'MeetingRefInput'],
  propose: ['proposeResolution', 'ProposeResolutionInput'],
  openVoting: ['openVoting', 'ResolutionRefInput'],
  castBallot: ['castBallot', 'CastBallotInput'],
  closeVoting: ['closeVoting', 'ResolutionRefInput'],
  addActionItem: ['addActionItem', 'AddActionItemInput'],
  updateActionItem: ['updateActionItem', 'UpdateActionItemInput'],
  proposeMatter: ['proposeMatter', 'ProposeMatterInput'],
  advanceMatter: ['advanceMatter', 'AdvanceMatterInput'],
  recordSupervision: ['recordSupervision', 'RecordSupervisionInput'],
} as const;
export type Step = keyof typeof STEPS;

export const stepQuery = (s: Step, select = 'id') => `mutation($input: ${STEPS[s][1]}!) { ${STEPS[s][0]}(input: $input) { ${select} } }`;

/** Runs a step that must succeed and returns what it selects. */
export async function step(app: { url: string }, s: Step, by: { token: string }, input: Record<string, unknown>, select = 'id'): Promise<any> {
  return (await ok(app.url, stepQuery(s, select), { input }, by.token))[STEPS[s][0]];
}

/** Runs a step that must fail and returns its first error (code, fields and the rest in `extensions`). */
export async function stepError(app: { url: string }, s: Step, by: { token: string }, input: Record<string, unknown>): Promise<GqlError> {
  const r = await gql(app.url, stepQuery(s), { input }, by.token);
  if (!r.errors?.length) throw new Error(`${s} succeeded: ${JSON.stringify(r.data)}`);
  return r.errors[0]!;
}

/** The `extensions.code` of a step that must fail. */
export async function stepCode(app: { url: string }, s: Step, by: { token: string }, input: Record<string, unknown>): Promise<string | undefined> {
  return (await stepError(app, s, by, input)).extensions?.code;
}

/** One meeting as the viewer sees it (null when hidden), with MEETING or another selection. */
export async function readMeeting(app: { url: string }, id: string, by: { token: string }, select = MEETING): Promise<any> {
  return (await ok(app.url, `query($id: ID!) { meeting(id: $id) { ${select} } }`, { id }, by.token)).meeting;
}

/** The storage key behind a global ID. */
export const keyOfGid = (gid: string) => Buffer.from(gid, 'base64url').toString('utf8').split(':')[1]!;

/** `n` people seated in one organization. */
export async function seatMany(app: RunningServer, organizationId: string, n: number, name = '委员'): Promise<TestUser[]> {
  const users = await Promise.all(Array.from({ length: n }, (_, i) => createUser(app, { name: `${name}${i + 1}` })));
  for (const u of users) await seat(app, u, organizationId);
  return users;
}

export type ReachableStatus = 'SCHEDULED' | 'IN_SESSION' | 'ADJOURNED' | 'MINUTES_APPROVED' | 'PUBLISHED' | 'CANCELLED';

/**
 * A joint meeting of the residents' committee with the property manager, with one agenda item,
 * driven through the API to `status`. Nobody checks in, so the committee's chair approves the
 * minutes alone. `scheduledAt` must be in the future of the server's clock.
 */
export async function meetingIn(
  app: RunningServer & { url: string },
  k: MeetingCast,
  status: ReachableStatus,
  scheduledAt: string,
  input: Record<string, unknown> = {},
): Promise<any> {
  const m = await scheduleMeeting(app, k.chair, {
    communityId: k.c.gid,
    kind: 'JOINT',
    title: `联席会议（${status}）`,
    scheduledAt,
    convenerId: k.c.orgs.rc.gid,
    participantIds: [k.c.orgs.pm.gid],
    agenda: [{ title: '议题一' }],
    ...input,
  });
  const ref = { meetingId: m.id };
  if (status === 'CANCELLED') await step(app, 'cancel', k.chair, { ...ref, reason: '改期' });
  if (status === 'SCHEDULED' || status === 'CANCELLED') return readMeeting(app, m.id, k.chair);
  await step(app, 'start', k.chair, ref);
  if (status === 'IN_SESSION') return readMeeting(app, m.id, k.chair);
  await step(app, 'adjourn', k.chair, ref);
  if (status === 'ADJOURNED') return readMeeting(app, m.id, k.chair);
  await step(app, 'approve', k.chair, ref);
  if (status === 'MINUTES_APPROVED') return readMeeting(app, m.id, k.chair);
  await step(app, 'publish', k.chair, ref);
  return readMeeting(app, m.id, k.chair);
}

/** Checks people in to a meeting: each themselves, or all of them by `teller` (a member of its convener). */
export async function checkInAll(app: { url: string }, meetingId: string, people: TestUser[], teller?: TestUser): Promise<void> {
  for (const u of people) await step(app, 'checkIn', teller ?? u, teller ? { meetingId, userId: u.gid } : { meetingId });
}

export interface TestFlat {
  id: string;
  gid: string;
  number: string;
  floorArea: number;
}

/**
 * A building of the community with flats of the given floor areas, numbered `<name>-1`, `<name>-2`…;
 * `developerHeld` marks the developer's unsold flats by their index.
 */
export async function addBuilding(app: RunningServer, communityId: string, name: string, areas: number[], developerHeld: number[] = []): Promise<{ id: string; gid: string; flats: TestFlat[] }> {
  const e = em(app);
  const b = e.create(Building, { community: communityId, name });
  const units = areas.map((floorArea, i) => e.create(Unit, { building: b, number: `${name}-${i + 1}`, floorArea, developerHeld: developerHeld.includes(i) }));
  await e.flush();
  return {
    id: b.id,
    gid: toGlobalId('Building', b.id),
    flats: units.map((u) => ({ id: u.id, gid: toGlobalId('Unit', u.id), number: u.number, floorArea: u.floorArea })),
  };
}

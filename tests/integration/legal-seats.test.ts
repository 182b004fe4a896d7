import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { gql, ok } from '../helpers/graphql.js';
import { createCommunity, createOrganizationAbove, createUser, reside, seat, MemberRole, OrganizationKind, RegionLevel, TANXI, type TestCommunity, type TestUser } from '../factories/index.js';

// The seats of public legal services (一社区一民警一律师) through the API: appointed by the
// community's administrators, shown in the directory to those who belong to the community (a name,
// office hours, how to reach them in the app; never a phone), changed by the holder, vacated.
let app: TestApp;
let c: TestCommunity;
const u: Record<'admin' | 'township' | 'lawyer' | 'officer' | 'resident' | 'unverified' | 'rcChair' | 'outsider', TestUser> = {} as never;

const SEAT = 'id role officeHours intro reachBy holder { id name } viewerActions';
const mutate = (name: string, type: string, input: Record<string, unknown>, by: TestUser) => gql(app.url, `mutation($input: ${type}!) { ${name}(input: $input) { ${SEAT} } }`, { input }, by.token);
const code = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.code;
const directory = async (by: TestUser) => (await ok(app.url, `query($id: ID!) { community(id: $id) { legalSeats { ${SEAT} } } }`, { id: c.gid }, by.token)).community.legalSeats;

beforeAll(async () => {
  app = await startTestApp();
  c = await createCommunity(app);
  const township = await createOrganizationAbove(app, { kind: OrganizationKind.GOVERNANCE_CENTER, name: '檀溪街道综治中心', level: RegionLevel.TOWNSHIP, ...TANXI });
  for (const k of Object.keys({ admin: 1, township: 1, lawyer: 1, officer: 1, resident: 1, unverified: 1, rcChair: 1, outsider: 1 }) as (keyof typeof u)[]) {
    u[k] = await createUser(app, { name: k, admin: k === 'admin' });
  }
  await seat(app, u.township, township.id, MemberRole.STAFF);
  await seat(app, u.rcChair, c.orgs.rc.id, MemberRole.CHAIR);
  await reside(app, u.resident, c.id);
  await reside(app, u.unverified, c.id, { verified: false });
}, 60_000);
afterAll(() => app?.close());

describe('seats of public legal services', () => {
  let lawyerSeat: string;
  let officerSeat: string;

  it("the community's administrators appoint; nobody else (FORBIDDEN), and nothing changes", async () => {
    for (const by of [u.rcChair, u.resident, u.lawyer, u.outsider]) {
      expect(code(await mutate('appointLegalSeat', 'AppointLegalSeatInput', { communityId: c.gid, role: 'LEGAL_ADVISER', userId: u.lawyer.gid }, by))).toBe('FORBIDDEN');
    }
    expect(await directory(u.resident)).toEqual([]);
    const r = await mutate('appointLegalSeat', 'AppointLegalSeatInput', { communityId: c.gid, role: 'LEGAL_ADVISER', userId: u.lawyer.gid, officeHours: '每周四 14:00–17:00', intro: '执业十年，擅长婚姻家庭' }, u.township);
    expect(r.errors).toBeUndefined();
    lawyerSeat = r.data!.appointLegalSeat.id;
    expect(r.data!.appointLegalSeat).toMatchObject({ role: 'LEGAL_ADVISER', officeHours: '每周四 14:00–17:00', reachBy: ['OFFICE_HOURS', 'LEGAL_QUESTION'], holder: { id: u.lawyer.gid, name: 'lawyer' }, viewerActions: ['UPDATE', 'VACATE'] });
    const o = await mutate('appointLegalSeat', 'AppointLegalSeatInput', { communityId: c.gid, role: 'POLICE_OFFICER', userId: u.officer.gid, officeHours: '周一至周五 社区警务室' }, u.admin);
    expect(o.errors).toBeUndefined();
    officerSeat = o.data!.appointLegalSeat.id;
  });

  it('the same person twice in one seat is a CONFLICT; a bad id is BAD_USER_INPUT', async () => {
    expect(code(await mutate('appointLegalSeat', 'AppointLegalSeatInput', { communityId: c.gid, role: 'LEGAL_ADVISER', userId: u.lawyer.gid }, u.admin))).toBe('CONFLICT');
    expect(code(await mutate('appointLegalSeat', 'AppointLegalSeatInput', { communityId: c.gid, role: 'LEGAL_ADVISER', userId: c.gid }, u.admin))).toBe('BAD_USER_INPUT');
    expect(code(await mutate('appointLegalSeat', 'AppointLegalSeatInput', { communityId: c.gid, role: 'LEGAL_ADVISER', userId: u.resident.gid, officeHours: ' ' }, u.admin))).toBe('BAD_USER_INPUT');
    expect((await directory(u.admin)).length).toBe(2);
  });

  it('the directory: the police officer first, then the lawyer; for those who belong to the community only; never a phone', async () => {
    const seen = await directory(u.resident);
    expect(seen.map((s: { role: string }) => s.role)).toEqual(['POLICE_OFFICER', 'LEGAL_ADVISER']);
    expect(seen[0]).toMatchObject({ id: officerSeat, reachBy: ['ISSUE'], holder: { name: 'officer' }, viewerActions: [] });
    expect(JSON.stringify(seen)).not.toContain(u.lawyer.phone);
    expect(JSON.stringify(seen)).not.toContain(u.officer.phone);
    expect((await directory(u.rcChair)).length).toBe(2);
    for (const by of [u.unverified, u.outsider]) expect(await directory(by)).toEqual([]);
    const node = async (by: TestUser) => (await ok(app.url, `query($id: ID!) { node(id: $id) { ... on LegalSeat { id } } }`, { id: lawyerSeat }, by.token)).node;
    expect(await node(u.resident)).toEqual({ id: lawyerSeat });
    expect(await node(u.outsider)).toBeNull();
  });

  it('the holder changes the office hours; another resident may not; an empty string clears', async () => {
    expect(code(await mutate('updateLegalSeat', 'UpdateLegalSeatInput', { seatId: lawyerSeat, officeHours: '每周三' }, u.resident))).toBe('FORBIDDEN');
    expect(code(await mutate('updateLegalSeat', 'UpdateLegalSeatInput', { seatId: lawyerSeat, officeHours: '每周三' }, u.outsider))).toBe('NOT_FOUND');
    expect(code(await mutate('updateLegalSeat', 'UpdateLegalSeatInput', { seatId: lawyerSeat, officeHours: 'x'.repeat(201) }, u.lawyer))).toBe('BAD_USER_INPUT');
    const r = await mutate('updateLegalSeat', 'UpdateLegalSeatInput', { seatId: lawyerSeat, officeHours: '每周四 14:00–17:30', intro: '' }, u.lawyer);
    expect(r.data!.updateLegalSeat).toMatchObject({ officeHours: '每周四 14:00–17:30', intro: null, viewerActions: ['UPDATE', 'PUBLISH_OFFICE_HOURS'] });
  });

  it('the events are public to the community; the holder is told of the appointment', async () => {
    const { events } = await ok(app.url, `query($id: ID!) { events(communityId: $id, first: 20) { edges { node { type } } } }`, { id: c.gid }, u.resident.token);
    expect(events.edges.map((e: { node: { type: string } }) => e.node.type).filter((t: string) => t.startsWith('legalSeat.'))).toEqual(
      expect.arrayContaining(['legalSeat.appointed', 'legalSeat.appointed', 'legalSeat.updated']),
    );
    const { notifications } = await ok(app.url, `{ notifications(first: 10) { edges { node { title } } } }`, {}, u.lawyer.token);
    expect(notifications.edges.map((e: { node: { title: string } }) => e.node.title)).toContain('您已被设为社区法律顾问');
  });

  it("vacating a legal adviser's seat takes their slots ahead that nobody holds; a booked one stays", async () => {
    const other = await createUser(app, { name: 'lawyer2' });
    const seatId = (await mutate('appointLegalSeat', 'AppointLegalSeatInput', { communityId: c.gid, role: 'LEGAL_ADVISER', userId: other.gid }, u.admin)).data!.appointLegalSeat.id;
    const made = await gql(app.url, `mutation($input: PublishOfficeHoursInput!) { publishOfficeHours(input: $input) { id } }`, { input: { communityId: c.gid, weekday: 2, startTime: '09:00', endTime: '10:00', weeks: 2 } }, other.token);
    expect(made.errors).toBeUndefined();
    const ids = made.data!.publishOfficeHours.map((s: { id: string }) => s.id);
    expect(ids.length).toBeGreaterThanOrEqual(2);
    const booked = await gql(app.url, `mutation($input: BookOfficeHourSlotInput!) { bookOfficeHourSlot(input: $input) { id } }`, { input: { slotId: ids[0] } }, u.resident.token);
    expect(booked.errors).toBeUndefined();
    const slotIds = async () => (await ok(app.url, `query($c: ID!) { officeHourSlots(communityId: $c, first: 100) { edges { node { id lawyer { id } } } } }`, { c: c.gid }, u.resident.token)).officeHourSlots.edges
      .filter((e: { node: { lawyer: { id: string } } }) => e.node.lawyer.id === other.gid)
      .map((e: { node: { id: string } }) => e.node.id);
    expect(await slotIds()).toEqual(ids);
    expect((await mutate('vacateLegalSeat', 'LegalSeatRefInput', { seatId }, u.admin)).errors).toBeUndefined();
    expect(await slotIds()).toEqual([ids[0]]);
  });

  it('vacating: the administrators only; the seat leaves the directory', async () => {
    expect(code(await mutate('vacateLegalSeat', 'LegalSeatRefInput', { seatId: officerSeat }, u.officer))).toBe('FORBIDDEN');
    const r = await mutate('vacateLegalSeat', 'LegalSeatRefInput', { seatId: officerSeat }, u.township);
    expect(r.errors).toBeUndefined();
    expect((await directory(u.resident)).map((s: { role: string }) => s.role)).toEqual(['LEGAL_ADVISER']);
    expect(code(await mutate('vacateLegalSeat', 'LegalSeatRefInput', { seatId: officerSeat }, u.township))).toBe('NOT_FOUND');
  });
});

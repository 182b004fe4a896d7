import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { gql, ok, type GqlResult } from '../helpers/graphql.js';
import { createCommunity, createOrganizationAbove, createUser, reside, seat, uniquePhone, MemberRole, OrganizationKind, RegionLevel, TANXI, type TestCommunity, type TestUser } from '../factories/index.js';
import { createMediationCommittee, DISPUTE } from '../factories/disputes.js';
import { appointSeat, createSlot } from '../factories/legal.js';

// Community.viewerCan and Organization.viewerCan against the API, for a matrix of viewers: every
// ability offered is a mutation that succeeds when performed, and every one not offered is refused.
// Where an ability depends on a choice the form makes (which organization convenes, which kind of
// covenant), "offered" means some choice succeeds and "not offered" that every choice is refused:
// the test knows none of the rules, only the mutations.
let app: TestApp;
let c: TestCommunity;
let resident: TestUser;
/** The community's legal adviser, whose slots residents book. */
let lawyer: TestUser;
const viewers: Record<string, TestUser> = {};

const REFUSED = ['FORBIDDEN', 'NOT_FOUND', 'INVALID_TRANSITION'];
/** A choice the form makes can be refused for its input too (a property manager convenes no meeting). */
const REFUSED_CHOICE = [...REFUSED, 'BAD_USER_INPUT'];
const MEETING_KINDS = ['JOINT', 'DELIBERATION', 'REPRESENTATIVES', 'OWNERS_ASSEMBLY', 'SUPERVISION'];
const COVENANT_KINDS = ['RESIDENTS_CONVENTION', 'VILLAGE_RULES', 'PROCEDURE_RULES', 'PROPERTY_RULES'];
const inAWeek = () => new Date(Date.now() + 7 * 24 * 3_600_000).toISOString();

const call = (mutation: string, type: string, input: Record<string, unknown>, by: TestUser, select = 'id') =>
  gql(app.url, `mutation($input: ${type}!) { ${mutation}(input: $input) { ${select} } }`, { input }, by.token);
const codeOf = (r: GqlResult<unknown>) => r.errors?.[0]?.extensions?.code;

const ISSUE = { title: '楼道灯不亮', body: '3单元楼道灯坏了一周。', category: 'FACILITY' };
async function newIssue(): Promise<string> {
  return (await ok(app.url, `mutation($input: SubmitIssueInput!) { submitIssue(input: $input) { id } }`, { input: { communityId: c.gid, ...ISSUE } }, resident.token)).submitIssue.id;
}

const schedule = (convenerId: string, kind: string, by: TestUser) =>
  call('scheduleMeeting', 'ScheduleMeetingInput', { communityId: c.gid, convenerId, kind, title: '议事协商会', scheduledAt: inAWeek(), participantIds: [] }, by);
const postTask = (stationId: string, by: TestUser) => {
  const startsAt = inAWeek();
  const endsAt = new Date(new Date(startsAt).getTime() + 2 * 3_600_000).toISOString();
  return call('createVolunteerTask', 'CreateVolunteerTaskInput', { stationId, title: '助老送餐', description: '为独居老人送午餐', startsAt, endsAt, slots: 2 }, by);
};
const register = (stationId: string, by: TestUser) => call('registerVolunteer', 'RegisterVolunteerInput', { stationId, isPartyMember: false, skills: [] }, by);

/** Performs the ability once with each choice the form could make, stopping at the first success. */
async function firstSuccess(attempts: (() => Promise<GqlResult<unknown>>)[], refused: string[], what: string): Promise<boolean> {
  for (const attempt of attempts) {
    const r = await attempt();
    if (!r.errors) return true;
    expect(refused, what).toContain(codeOf(r));
  }
  return false;
}

type Org = { id: string; kind: string; viewerCan: string[] };

/** Each community ability except REGISTER_VOLUNTEER (which changes the viewer: tried last), as the choices its form makes. */
function communityAttempts(by: TestUser, orgs: Org[]): Record<string, (() => Promise<GqlResult<unknown>>)[]> {
  return {
    SUBMIT_ISSUE: [() => call('submitIssue', 'SubmitIssueInput', { communityId: c.gid, ...ISSUE }, by)],
    RECORD_ISSUE_FOR_RESIDENT: [
      () => call('submitIssue', 'SubmitIssueInput', { communityId: c.gid, ...ISSUE, recordedFor: { name: '王奶奶', unitId: c.units[0]!.gid, contactPhone: uniquePhone() } }, by),
    ],
    DISPATCH_ISSUES: [async () => call('dispatchIssue', 'DispatchIssueInput', { issueId: await newIssue(), organizationId: c.orgs.pm.gid }, by)],
    SCHEDULE_MEETING: orgs.flatMap((o) => MEETING_KINDS.map((kind) => () => schedule(o.id, kind, by))),
    PROPOSE_MATTER: [() => call('proposeMatter', 'ProposeMatterInput', { communityId: c.gid, title: '加装电梯', description: '老楼加装电梯的方案与分摊' }, by)],
    DRAFT_COVENANT: COVENANT_KINDS.map(
      (kind) => () => call('draftCovenant', 'DraftCovenantInput', { communityId: c.gid, kind, title: '居民公约', articles: [{ title: '总则', text: '邻里和睦，守望相助。' }] }, by),
    ),
    POST_VOLUNTEER_TASK: orgs.map((o) => () => postTask(o.id, by)),
    VERIFY_RESIDENTS: [
      async () => {
        const asker = await createUser(app, { name: '新住户' });
        const residencyId = await reside(app, asker, c.id, { verified: false });
        return call('verifyResidency', 'VerifyResidencyInput', { residencyId }, by);
      },
    ],
    CREATE_ORGANIZATION: [() => call('createOrganization', 'CreateOrganizationInput', { communityId: c.gid, kind: 'PROPERTY_MANAGER', name: '新物业公司', level: 'COMMUNITY' }, by)],
    RECORD_FLATS: [() => call('importUnits', 'ImportUnitsInput', { communityId: c.gid, rows: [{ building: '9栋', number: '9-101', floorArea: 90 }], dryRun: true }, by, 'created')],
    REGISTER_DISPUTE: [() => call('registerDispute', 'RegisterDisputeInput', { communityId: c.gid, ...DISPUTE, applicants: [{ name: '张三' }], respondents: [{ name: '李四' }] }, by)],
    APPLY_FOR_MEDIATION: [() => call('applyForMediation', 'ApplyForMediationInput', { communityId: c.gid, ...DISPUTE, respondents: [{ name: '李四' }] }, by)],
    APPOINT_LEGAL_SEAT: [
      async () => {
        const lawyer = await createUser(app, { name: '律师' });
        return call('appointLegalSeat', 'AppointLegalSeatInput', { communityId: c.gid, role: 'LEGAL_ADVISER', userId: lawyer.gid }, by);
      },
    ],
    BOOK_OFFICE_HOURS: [
      async () => {
        // A slot of its own for each attempt, a week ahead, so that it is OPEN.
        const slot = await createSlot(app, c.id, lawyer, new Date(Date.now() + 7 * 86_400_000 + Math.floor(Math.random() * 1e9)));
        return call('bookOfficeHourSlot', 'BookOfficeHourSlotInput', { slotId: slot.gid }, by);
      },
    ],
    ASK_LEGAL_QUESTION: [() => call('askLegalQuestion', 'AskLegalQuestionInput', { communityId: c.gid, category: 'OTHER', visibility: 'PUBLIC', title: '咨询', body: '邻居装修噪音怎么办？' }, by)],
    PROPOSE: [() => call('createProposal', 'CreateProposalInput', { communityId: c.gid, title: '增设电动车充电桩', body: '小区电动车多，建议增设充电桩。' }, by)],
    SCHEDULE_LECTURE: orgs.map(
      (o) => () =>
        call('scheduleLecture', 'ScheduleLectureInput', {
          organizerId: o.id,
          title: '法治大讲堂',
          description: '民法典进社区',
          speaker: '律师',
          location: '活动室',
          startsAt: new Date(Date.now() + 86_400_000).toISOString(),
          endsAt: new Date(Date.now() + 90_000_000).toISOString(),
          capacity: 50,
        }, by),
    ),
  };
}

function organizationAttempts(by: TestUser, o: Org): Record<string, (() => Promise<GqlResult<unknown>>)[]> {
  return {
    MANAGE_MEMBERS: [
      async () => {
        const newcomer = await createUser(app, { name: '新成员' });
        return call('addMember', 'AddMemberInput', { organizationId: o.id, userId: newcomer.gid, role: 'MEMBER' }, by);
      },
    ],
    SCHEDULE_MEETING: MEETING_KINDS.map((kind) => () => schedule(o.id, kind, by)),
    POST_VOLUNTEER_TASK: [() => postTask(o.id, by)],
  };
}

async function abilitiesOf(by: TestUser): Promise<{ community: string[]; orgs: Org[] }> {
  const { community } = await ok(app.url, `query($id: ID!) { community(id: $id) { viewerCan organizations { id kind viewerCan } } }`, { id: c.gid }, by.token);
  return { community: community.viewerCan, orgs: community.organizations };
}

beforeAll(async () => {
  app = await startTestApp();
  c = await createCommunity(app);
  resident = await createUser(app, { name: '居民' });
  await reside(app, resident, c.id);
  const mediation = await createMediationCommittee(app, c);
  lawyer = await createUser(app, { name: '法律顾问' });
  await appointSeat(app, c.id, lawyer);
  const township = await createOrganizationAbove(app, { kind: OrganizationKind.GOVERNANCE_CENTER, name: '檀溪街道综治中心', level: RegionLevel.TOWNSHIP, ...TANXI });
  const make = async (name: string, setup: (u: TestUser) => Promise<unknown>, admin = false) => {
    const u = await createUser(app, { name, admin });
    await setup(u);
    viewers[name] = u;
  };
  await make('station coordinator', (u) => seat(app, u, c.orgs.station.id, MemberRole.COORDINATOR));
  await make('station member', (u) => seat(app, u, c.orgs.station.id, MemberRole.MEMBER));
  await make("residents' committee member", (u) => seat(app, u, c.orgs.rc.id, MemberRole.MEMBER));
  await make("owners' committee chair", (u) => seat(app, u, c.orgs.oc.id, MemberRole.CHAIR));
  await make('party committee member', (u) => seat(app, u, c.orgs.party.id, MemberRole.MEMBER));
  await make('community center staff', (u) => seat(app, u, c.orgs.center.id, MemberRole.STAFF));
  await make('property manager staff', (u) => seat(app, u, c.orgs.pm.id, MemberRole.STAFF));
  await make('grid worker', (u) => seat(app, u, c.orgs.rc.id, MemberRole.GRID_WORKER));
  await make('mediator', (u) => seat(app, u, mediation.id, MemberRole.MEMBER));
  await make('township center staff', (u) => seat(app, u, township.id, MemberRole.STAFF));
  await make('verified resident', (u) => reside(app, u, c.id));
  await make('unverified resident', (u) => reside(app, u, c.id, { verified: false }));
  await make('outsider', () => Promise.resolve());
  await make('platform admin', () => Promise.resolve(), true);
});
afterAll(() => app.close());

const EXPECTED: Record<string, string[]> = {
  'station coordinator': ['SUBMIT_ISSUE', 'POST_VOLUNTEER_TASK'],
  'station member': ['SUBMIT_ISSUE'],
  "residents' committee member": ['SUBMIT_ISSUE', 'DISPATCH_ISSUES', 'SCHEDULE_MEETING', 'DRAFT_COVENANT', 'VERIFY_RESIDENTS', 'SCHEDULE_LECTURE'],
  "owners' committee chair": ['SUBMIT_ISSUE', 'SCHEDULE_MEETING', 'DRAFT_COVENANT'],
  'party committee member': ['SUBMIT_ISSUE', 'SCHEDULE_MEETING', 'PROPOSE_MATTER', 'DRAFT_COVENANT', 'SCHEDULE_LECTURE'],
  'community center staff': ['SUBMIT_ISSUE', 'DISPATCH_ISSUES', 'SEE_DISPUTE_DESK', 'SCHEDULE_LECTURE'],
  'property manager staff': ['SUBMIT_ISSUE'],
  'grid worker': ['SUBMIT_ISSUE', 'RECORD_ISSUE_FOR_RESIDENT', 'DISPATCH_ISSUES', 'SCHEDULE_MEETING', 'DRAFT_COVENANT', 'VERIFY_RESIDENTS', 'REGISTER_DISPUTE', 'SCHEDULE_LECTURE'],
  mediator: ['SUBMIT_ISSUE', 'REGISTER_DISPUTE', 'SEE_DISPUTE_DESK', 'SCHEDULE_LECTURE'],
  'township center staff': ['CREATE_ORGANIZATION', 'RECORD_FLATS', 'SEE_DISPUTE_DESK', 'APPOINT_LEGAL_SEAT'],
  'verified resident': ['SUBMIT_ISSUE', 'REGISTER_VOLUNTEER', 'APPLY_FOR_MEDIATION', 'BOOK_OFFICE_HOURS', 'ASK_LEGAL_QUESTION', 'PROPOSE'],
  'unverified resident': [],
  outsider: [],
  'platform admin': ['SCHEDULE_MEETING', 'PROPOSE_MATTER', 'DRAFT_COVENANT', 'POST_VOLUNTEER_TASK', 'VERIFY_RESIDENTS', 'CREATE_ORGANIZATION', 'RECORD_FLATS', 'SEE_DISPUTE_DESK', 'APPOINT_LEGAL_SEAT'],
};

describe('Community.viewerCan and Organization.viewerCan: offered abilities succeed, the others are refused', () => {
  it.each(Object.keys(EXPECTED))('%s', async (name) => {
    const viewer = viewers[name]!;
    const { community: offered, orgs } = await abilitiesOf(viewer);
    expect(offered).toEqual(EXPECTED[name]);

    // The community's ability is its organizations' together, where it is started in one of them.
    for (const ability of ['SCHEDULE_MEETING', 'POST_VOLUNTEER_TASK', 'REGISTER_VOLUNTEER']) {
      expect(offered.includes(ability), ability).toBe(orgs.some((o) => o.viewerCan.includes(ability)));
    }

    for (const o of orgs) {
      for (const [ability, attempts] of Object.entries(organizationAttempts(viewer, o))) {
        const done = await firstSuccess(attempts, REFUSED_CHOICE, `${name}: ${ability} in ${o.kind}`);
        expect(done, `${name}: ${ability} in ${o.kind}`).toBe(o.viewerCan.includes(ability));
      }
    }

    for (const [ability, attempts] of Object.entries(communityAttempts(viewer, orgs))) {
      const refused = attempts.length > 1 ? REFUSED_CHOICE : REFUSED;
      const done = await firstSuccess(attempts, refused, `${name}: ${ability}`);
      expect(done, `${name}: ${ability}`).toBe(offered.includes(ability));
    }

    // Last, as it makes the viewer a volunteer: offered at a station exactly when it succeeds there.
    for (const o of orgs) {
      const done = await firstSuccess([() => register(o.id, viewer)], REFUSED_CHOICE, `${name}: REGISTER_VOLUNTEER in ${o.kind}`);
      expect(done, `${name}: REGISTER_VOLUNTEER in ${o.kind}`).toBe(o.viewerCan.includes('REGISTER_VOLUNTEER'));
    }
    if (offered.includes('REGISTER_VOLUNTEER')) expect((await abilitiesOf(viewer)).community).not.toContain('REGISTER_VOLUNTEER');
  }, 180_000);
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { gql, ok } from '../helpers/graphql.js';
import { createCommunity, createUser, reside, seat, MemberRole, type TestCommunity, type TestUser } from '../factories/index.js';
import { createVolunteers } from '../factories/volunteers.js';
import { ManualClock } from '../../server/core/clock.js';

// VolunteerTask.viewerActions and TaskClaim.viewerActions against the API, for a matrix of viewers
// and of task and claim states: every step offered succeeds when taken, and every step not offered
// is refused (FORBIDDEN, INVALID_TRANSITION or NOT_FOUND). A refused step changes nothing, so the
// refusals are all tried on one fixture; each step offered is taken on a fresh one.
const HOUR = 3_600_000;
const T0 = new Date('2026-06-01T00:00:00.000Z');
const START = T0.getTime() + 24 * HOUR;
const clock = new ManualClock(T0);
const atStart = (h: number) => new Date(START + h * HOUR);
let app: TestApp;
let c: TestCommunity;
let coordinator: TestUser;
let filler: TestUser;
const viewers: Record<string, TestUser> = {};

const TASK_ACTIONS = ['PUBLISH', 'CANCEL', 'CLAIM'] as const;
const CLAIM_ACTIONS = ['WITHDRAW', 'CHECK_IN', 'CHECK_OUT', 'MARK_NO_SHOW', 'VERIFY_HOURS'] as const;
const REFUSED = ['FORBIDDEN', 'INVALID_TRANSITION', 'NOT_FOUND'];

const call = (mutation: string, type: string, input: Record<string, unknown>, by: TestUser) =>
  gql(app.url, `mutation($input: ${type}!) { ${mutation}(input: $input) { id } }`, { input }, by.token);

async function createTask(slots: number, publish: boolean): Promise<string> {
  const input = { stationId: c.orgs.station.gid, title: '楼道清洁', description: '清理楼道杂物', startsAt: atStart(0).toISOString(), endsAt: atStart(3).toISOString(), slots, publish };
  return (await ok(app.url, `mutation($input: CreateVolunteerTaskInput!) { createVolunteerTask(input: $input) { id } }`, { input }, coordinator.token)).createVolunteerTask.id;
}
const claimAs = async (taskId: string, by: TestUser): Promise<string> => (await ok(app.url, `mutation($input: ClaimTaskInput!) { claimTask(input: $input) { id } }`, { input: { taskId } }, by.token)).claimTask.id;
const claimStep = async (mutation: string, claimId: string, by: TestUser) => ok(app.url, `mutation($input: ClaimRefInput!) { ${mutation}(input: $input) { id } }`, { input: { claimId } }, by.token);

/** The task fixtures: built at T0, then the clock is where the scenario looks at them. */
const TASKS: Record<string, { build: (viewer: TestUser) => Promise<string>; now: Date }> = {
  draft: { build: () => createTask(2, false), now: T0 },
  open: { build: () => createTask(2, true), now: T0 },
  full: {
    build: async () => {
      const id = await createTask(1, true);
      await claimAs(id, filler);
      return id;
    },
    now: T0,
  },
  'claimed by the viewer': {
    build: async (viewer) => {
      const id = await createTask(2, true);
      // Only a volunteer holds a claim; for others this is an open task.
      if (viewer === viewers.volunteer) await claimAs(id, viewer);
      return id;
    },
    now: T0,
  },
  started: { build: () => createTask(2, true), now: atStart(1) },
  cancelled: {
    build: async () => {
      const id = await createTask(2, true);
      await ok(app.url, `mutation($input: CancelVolunteerTaskInput!) { cancelVolunteerTask(input: $input) { id } }`, { input: { taskId: id, reason: '天气' } }, coordinator.token);
      return id;
    },
    now: T0,
  },
};

function takeTaskStep(action: (typeof TASK_ACTIONS)[number], taskId: string, by: TestUser) {
  if (action === 'PUBLISH') return call('publishVolunteerTask', 'TaskRefInput', { taskId }, by);
  if (action === 'CANCEL') return call('cancelVolunteerTask', 'CancelVolunteerTaskInput', { taskId, reason: '人手已够' }, by);
  return call('claimTask', 'ClaimTaskInput', { taskId }, by);
}

/** The claim fixtures: a fresh volunteer claims a fresh task at T0, then steps on to the scenario. */
type ClaimFixture = { claimId: string; claimant: TestUser };
const CLAIMS: Record<string, { build: () => Promise<ClaimFixture>; now: Date }> = {};
async function claimed(slots = 1): Promise<ClaimFixture & { taskId: string }> {
  clock.set(T0);
  const taskId = await createTask(slots, true);
  const [claimant] = await createVolunteers(app, c, 1);
  return { taskId, claimant: claimant!, claimId: await claimAs(taskId, claimant!) };
}
CLAIMS['claimed, check-in not open'] = { build: () => claimed(), now: T0 };
CLAIMS['claimed, check-in open'] = { build: () => claimed(), now: atStart(-0.25) };
CLAIMS['claimed, started'] = { build: () => claimed(), now: atStart(0.5) };
CLAIMS.waitlisted = {
  build: async () => {
    clock.set(T0);
    const taskId = await createTask(1, true);
    await claimAs(taskId, filler);
    const [claimant] = await createVolunteers(app, c, 1);
    return { claimant: claimant!, claimId: await claimAs(taskId, claimant!) };
  },
  now: T0,
};
CLAIMS['checked in'] = {
  build: async () => {
    const f = await claimed();
    clock.set(atStart(0.5));
    await claimStep('checkIn', f.claimId, f.claimant);
    return f;
  },
  now: atStart(1),
};
CLAIMS['hours pending'] = {
  build: async () => {
    const f = await claimed();
    clock.set(atStart(0.5));
    await claimStep('checkIn', f.claimId, f.claimant);
    clock.set(atStart(2));
    await claimStep('checkOut', f.claimId, f.claimant);
    return f;
  },
  now: atStart(4),
};
CLAIMS['hours verified'] = {
  build: async () => {
    const f = await CLAIMS['hours pending']!.build();
    await ok(app.url, `mutation($input: VerifyHoursInput!) { verifyHours(input: $input) { id } }`, { input: { claimId: f.claimId, hours: 1.5, approve: true } }, coordinator.token);
    return f;
  },
  now: atStart(4),
};

function takeClaimStep(action: (typeof CLAIM_ACTIONS)[number], claimId: string, by: TestUser) {
  const ref = { claimId };
  switch (action) {
    case 'WITHDRAW':
      return call('withdrawClaim', 'ClaimRefInput', ref, by);
    case 'CHECK_IN':
      return call('checkIn', 'ClaimRefInput', ref, by);
    case 'CHECK_OUT':
      return call('checkOut', 'ClaimRefInput', ref, by);
    case 'MARK_NO_SHOW':
      return call('markNoShow', 'ClaimRefInput', ref, by);
    case 'VERIFY_HOURS':
      return call('verifyHours', 'VerifyHoursInput', { claimId, hours: 1, approve: true }, by);
  }
}

async function offered(id: string, type: 'VolunteerTask' | 'TaskClaim', by: TestUser): Promise<string[]> {
  const { node } = await ok(app.url, `query($id: ID!) { node(id: $id) { ... on ${type} { viewerActions } } }`, { id }, by.token);
  return node?.viewerActions ?? [];
}

beforeAll(async () => {
  app = await startTestApp({ clock });
  c = await createCommunity(app);
  coordinator = await createUser(app, { name: '驿站站长' });
  await seat(app, coordinator, c.orgs.station.id, MemberRole.COORDINATOR);
  const [one] = await createVolunteers(app, c, 1);
  if (!one) throw new Error('createVolunteers(1) made no volunteer');
  filler = one;
  const make = async (name: string, setup: (u: TestUser) => Promise<unknown>, admin = false) => {
    const u = await createUser(app, { name, admin });
    await setup(u);
    viewers[name] = u;
  };
  await make('station coordinator', (u) => seat(app, u, c.orgs.station.id, MemberRole.COORDINATOR));
  await make('station member', (u) => seat(app, u, c.orgs.station.id, MemberRole.MEMBER));
  await make("residents' committee member", (u) => seat(app, u, c.orgs.rc.id, MemberRole.MEMBER));
  await make("owners' committee member", (u) => seat(app, u, c.orgs.oc.id, MemberRole.CHAIR));
  await make('property manager staff', (u) => seat(app, u, c.orgs.pm.id, MemberRole.STAFF));
  await make('grid worker', (u) => seat(app, u, c.orgs.rc.id, MemberRole.GRID_WORKER));
  await make('verified resident', (u) => reside(app, u, c.id));
  await make('unverified resident', (u) => reside(app, u, c.id, { verified: false }));
  await make('outsider', () => Promise.resolve());
  await make('platform admin', () => Promise.resolve(), true);
  const [volunteer] = await createVolunteers(app, c, 1);
  viewers.volunteer = volunteer!;
});
afterAll(() => app.close());

describe('VolunteerTask.viewerActions: offered steps succeed, the others are refused', () => {
  for (const [scenario, s] of Object.entries(TASKS)) {
    it(`a task ${scenario}`, async () => {
      const seen: Record<string, string[]> = {};
      for (const [name, viewer] of Object.entries(viewers)) {
        clock.set(T0);
        const taskId = await s.build(viewer);
        clock.set(s.now);
        const offer = await offered(taskId, 'VolunteerTask', viewer);
        seen[name] = offer;
        for (const action of TASK_ACTIONS.filter((a) => !offer.includes(a))) {
          const r = await takeTaskStep(action, taskId, viewer);
          if (action === 'CLAIM' && scenario === 'claimed by the viewer' && name === 'volunteer') {
            // Claiming again only returns the live claim (one per volunteer and task): nothing is taken.
            expect(r.errors).toBeUndefined();
            expect(await offered(taskId, 'VolunteerTask', viewer)).toEqual(offer);
            continue;
          }
          expect(REFUSED, `${name} ${action} on a task ${scenario}`).toContain(r.errors?.[0]?.extensions?.code);
        }
        for (const action of offer) {
          clock.set(T0);
          const fresh = await s.build(viewer);
          clock.set(s.now);
          const r = await takeTaskStep(action as (typeof TASK_ACTIONS)[number], fresh, viewer);
          expect(r.errors, `${name} ${action} on a task ${scenario}`).toBeUndefined();
        }
      }
      // What is offered to whom, so that a rule that offers nothing anywhere cannot pass unnoticed.
      const station = scenario === 'draft' ? ['PUBLISH', 'CANCEL'] : ['open', 'full', 'claimed by the viewer'].includes(scenario) ? ['CANCEL'] : [];
      const volunteer = ['open', 'full'].includes(scenario) ? ['CLAIM'] : [];
      expect(seen).toEqual({
        'station coordinator': station,
        'station member': [],
        "residents' committee member": [],
        "owners' committee member": [],
        'property manager staff': [],
        'grid worker': [],
        'verified resident': [],
        'unverified resident': [],
        outsider: [],
        'platform admin': station,
        volunteer,
      });
    }, 180_000);
  }
});

describe('TaskClaim.viewerActions: offered steps succeed, the others are refused', () => {
  const expected: Record<string, { claimant: string[]; coordinator: string[] }> = {
    'claimed, check-in not open': { claimant: ['WITHDRAW'], coordinator: [] },
    'claimed, check-in open': { claimant: ['WITHDRAW', 'CHECK_IN'], coordinator: [] },
    'claimed, started': { claimant: ['CHECK_IN'], coordinator: ['MARK_NO_SHOW'] },
    waitlisted: { claimant: ['WITHDRAW'], coordinator: [] },
    'checked in': { claimant: ['CHECK_OUT'], coordinator: [] },
    'hours pending': { claimant: [], coordinator: ['VERIFY_HOURS'] },
    'hours verified': { claimant: [], coordinator: [] },
  };
  for (const [scenario, s] of Object.entries(CLAIMS)) {
    it(`a claim ${scenario}`, async () => {
      const seen: Record<string, string[]> = {};
      for (const name of ['claimant', ...Object.keys(viewers)]) {
        const f = await s.build();
        const viewer = name === 'claimant' ? f.claimant : viewers[name]!;
        clock.set(s.now);
        const offer = await offered(f.claimId, 'TaskClaim', viewer);
        seen[name] = offer;
        for (const action of CLAIM_ACTIONS.filter((a) => !offer.includes(a))) {
          const r = await takeClaimStep(action, f.claimId, viewer);
          expect(REFUSED, `${name} ${action} on a claim ${scenario}`).toContain(r.errors?.[0]?.extensions?.code);
        }
        for (const action of offer) {
          const fresh = await s.build();
          clock.set(s.now);
          const r = await takeClaimStep(action as (typeof CLAIM_ACTIONS)[number], fresh.claimId, name === 'claimant' ? fresh.claimant : viewer);
          expect(r.errors, `${name} ${action} on a claim ${scenario}`).toBeUndefined();
        }
      }
      const { claimant, coordinator: coord } = expected[scenario]!;
      expect(seen).toEqual({
        claimant,
        'station coordinator': coord,
        'station member': [],
        "residents' committee member": [],
        "owners' committee member": [],
        'property manager staff': [],
        'grid worker': [],
        'verified resident': [],
        'unverified resident': [],
        outsider: [],
        'platform admin': coord,
        volunteer: [],
      });
    }, 240_000);
  }
});

describe('TaskClaim.viewerActionsOnceCheckInOpens: what comes when check-in opens', () => {
  const once = async (claimId: string, by: TestUser): Promise<{ now: string[]; later: string[] }> => {
    const { node } = await ok(app.url, `query($id: ID!) { node(id: $id) { ... on TaskClaim { viewerActions viewerActionsOnceCheckInOpens } } }`, { id: claimId }, by.token);
    return { now: node.viewerActions, later: node.viewerActionsOnceCheckInOpens };
  };
  // Check-in opens 30 minutes before the start: START - 30 min is atStart(-0.5); one minute before is atStart(-31/60).
  const opens = atStart(-0.5);
  const minuteBefore = new Date(opens.getTime() - 60_000);

  it('a slot held: CHECK_IN comes at checkInOpensAt, refused before, taken from then', async () => {
    const f = await claimed();
    clock.set(minuteBefore);
    expect(await once(f.claimId, f.claimant)).toEqual({ now: ['WITHDRAW'], later: ['CHECK_IN'] });
    // Not for the station's coordinator or another volunteer: it is the claimant's step.
    expect((await once(f.claimId, coordinator)).later).toEqual([]);
    const early = await takeClaimStep('CHECK_IN', f.claimId, f.claimant);
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_TRANSITION', from: 'NOT_YET_OPEN' });
    clock.set(opens);
    expect(await once(f.claimId, f.claimant)).toEqual({ now: ['WITHDRAW', 'CHECK_IN'], later: [] });
    expect((await takeClaimStep('CHECK_IN', f.claimId, f.claimant)).errors).toBeUndefined();
  });

  it('a waitlist place and a cancelled task: nothing comes', async () => {
    const waiting = await CLAIMS.waitlisted!.build();
    clock.set(minuteBefore);
    expect(await once(waiting.claimId, waiting.claimant)).toEqual({ now: ['WITHDRAW'], later: [] });
    const f = await claimed();
    const { node } = await ok(app.url, `query($id: ID!) { node(id: $id) { ... on TaskClaim { task { id } } } }`, { id: f.claimId }, f.claimant.token);
    await ok(app.url, `mutation($input: CancelVolunteerTaskInput!) { cancelVolunteerTask(input: $input) { id } }`, { input: { taskId: node.task.id, reason: '天气' } }, coordinator.token);
    clock.set(minuteBefore);
    expect((await once(f.claimId, f.claimant)).later).toEqual([]);
    clock.set(opens);
    expect((await takeClaimStep('CHECK_IN', f.claimId, f.claimant)).errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { gql, ok } from '../helpers/graphql.js';
import { createUser, em, reside, ResidencyKind, type TestUser } from '../factories/index.js';
import { checkInAll, createMeetingCast, keyOfGid, readMeeting, scheduleMeeting, step, stepQuery, type MeetingCast, type ReachableStatus, type Step } from '../factories/meetings.js';
import { ManualClock } from '../../server/core/clock.js';

// viewerActions says what the API accepts: for a matrix of viewers and of meetings, agenda items,
// resolutions and matters in each status, every action offered succeeds when that viewer performs
// it (on a fresh copy of the same situation), and every action not offered is refused by the API:
// an error, or (taking a seat already taken, approving again) nothing changes, no event is written.

const HOUR = 3_600_000;
/** Each case builds its situation afresh for every action offered: minutes on a busy machine. */
const LONG = 900_000;
const T0 = new Date('2026-11-01T00:00:00.000Z');
const clock = new ManualClock(T0);
const at = (h: number) => new Date(T0.getTime() + h * HOUR).toISOString();
let app: TestApp;
let k: MeetingCast;
let admin: TestUser;
let tenant: TestUser;
let viewers: [string, TestUser][];

const MEETING_ACTIONS = ['START', 'ADJOURN', 'CANCEL', 'CHECK_IN', 'CHECK_IN_OTHERS', 'ADD_AGENDA_ITEM', 'PROPOSE_RESOLUTION', 'ADD_ACTION_ITEM', 'APPROVE_MINUTES', 'PUBLISH_MINUTES'] as const;
const AGENDA_ACTIONS = ['EDIT_NOTES', 'AMEND_NOTES'] as const;
const RESOLUTION_ACTIONS = ['OPEN_VOTING', 'CAST_BALLOT', 'RECORD_BALLOT', 'CLOSE_VOTING', 'ADD_ACTION_ITEM'] as const;
const ACTION_ITEM_ACTIONS = ['MARK_DONE', 'MARK_CANCELLED'] as const;
const IDEMPOTENT: readonly string[] = ['CHECK_IN', 'CHECK_IN_OTHERS', 'APPROVE_MINUTES'];
const MATTER_ACTIONS = ['ADVANCE_TO_DECISION', 'ADVANCE_TO_EXECUTION', 'ADVANCE_TO_SUPERVISION', 'REJECT', 'RECORD_SUPERVISION', 'CLOSE', 'SEND_BACK'] as const;

beforeAll(async () => {
  app = await startTestApp({ clock });
  k = await createMeetingCast(app);
  admin = await createUser(app, { name: '平台管理员', admin: true });
  tenant = await createUser(app, { name: '租户' });
  await reside(app, tenant, k.c.id, { kind: ResidencyKind.TENANT });
  viewers = [
    ['convener member', k.chair],
    ['participant member', k.pm],
    ['member of another organization', k.sc],
    ['resident owner', k.owners[0]!],
    ['resident non-owner', tenant],
    ['outsider', k.outsider],
    ['platform admin', admin],
  ];
});
afterAll(() => app.close());

/** The events of a subject, counted in the database: a refused step writes none. */
async function eventCount(gid: string): Promise<number> {
  const [row] = await em(app).execute<{ n: number }[]>(`SELECT count(*)::int AS n FROM domain_events WHERE subject_id = ?`, [keyOfGid(gid)]);
  return row!.n;
}

/** Runs a step; true when the API accepted it and changed something (wrote an event on the subject). */
async function attempt(s: Step, by: TestUser, input: Record<string, unknown>, subjectGid: string): Promise<{ accepted: boolean; changed: boolean; code?: string }> {
  const before = await eventCount(subjectGid);
  const r = await gql(app.url, stepQuery(s), { input }, by.token);
  if (r.errors?.length) return { accepted: false, changed: (await eventCount(subjectGid)) !== before, code: r.errors[0]!.extensions?.code };
  return { accepted: true, changed: (await eventCount(subjectGid)) !== before };
}

// ── Meetings ────────────────────────────────────────────────────────────────────────────────────

const SITUATION = `id status kind viewerActions attendance { status user { id } }
  agenda { id notesVersion viewerActions }
  resolutions { id status rule viewerActions }
  actionItems { id status viewerActions }`;

interface Situation {
  name: string;
  build: () => Promise<string>;
}

let hour = 24;
const nextSlot = () => at((hour += 1));

/**
 * A joint meeting of the residents' committee with the property manager, driven to `status`: in
 * session the chair, a committee member and the manager check in, the motions are put (and
 * opened, or voted FOR and closed), and with `item` the manager is given an action item.
 */
async function joint(status: ReachableStatus, motions: ('DRAFT' | 'OPEN' | 'CLOSED')[] = [], item = false): Promise<string> {
  const before = status === 'SCHEDULED' || status === 'CANCELLED';
  const m = await step(app, 'schedule', k.chair, {
    communityId: k.c.gid,
    kind: 'JOINT',
    title: `联席会议（${status}）`,
    scheduledAt: nextSlot(),
    convenerId: k.c.orgs.rc.gid,
    participantIds: [k.c.orgs.pm.gid],
    agenda: [{ title: '议题一' }],
  });
  const meetingId = m.id as string;
  if (status === 'CANCELLED') await step(app, 'cancel', k.chair, { meetingId, reason: '改期' });
  if (status === 'SCHEDULED' && motions.includes('DRAFT')) await step(app, 'propose', k.chair, { meetingId, title: '预备动议', text: '预备动议全文', rule: 'SIMPLE_MAJORITY' });
  if (before) return meetingId;
  await step(app, 'start', k.chair, { meetingId });
  await checkInAll(app, meetingId, [k.chair, k.rc1, k.pm]);
  for (const [i, st] of motions.entries()) {
    const r = await step(app, 'propose', k.chair, { meetingId, title: `动议${i + 1}`, text: `动议${i + 1}全文`, rule: 'SIMPLE_MAJORITY' });
    if (st !== 'DRAFT') await step(app, 'openVoting', k.chair, { resolutionId: r.id });
    if (st === 'CLOSED') {
      for (const u of [k.chair, k.rc1]) await step(app, 'castBallot', u, { resolutionId: r.id, choice: 'FOR' });
      await step(app, 'closeVoting', k.chair, { resolutionId: r.id });
    }
  }
  if (item) await step(app, 'addActionItem', k.chair, { meetingId, title: '清理楼道', assigneeId: k.c.orgs.pm.gid });
  if (status === 'IN_SESSION') return meetingId;
  await step(app, 'adjourn', k.chair, { meetingId });
  if (status === 'ADJOURNED') return meetingId;
  for (const u of [k.chair, k.rc1]) await step(app, 'approve', u, { meetingId });
  if (status === 'MINUTES_APPROVED') return meetingId;
  await step(app, 'publish', k.chair, { meetingId });
  return meetingId;
}

/** An owners' assembly in session with one owners' vote open; owners[1] took a seat. */
async function assembly(): Promise<string> {
  const m = await scheduleMeeting(app, k.oc, { communityId: k.c.gid, kind: 'OWNERS_ASSEMBLY', title: '业主大会', scheduledAt: nextSlot(), convenerId: k.c.orgs.oc.gid, participantIds: [], agenda: [{ title: '电梯更新' }] });
  await step(app, 'start', k.oc, { meetingId: m.id });
  await checkInAll(app, m.id, [k.owners[1]!]);
  const r = await step(app, 'propose', k.oc, { meetingId: m.id, title: '更新电梯', text: '使用维修资金更新电梯。', rule: 'OWNERS_ORDINARY' });
  await step(app, 'openVoting', k.oc, { resolutionId: r.id });
  await step(app, 'propose', k.oc, { meetingId: m.id, title: '物业续聘', text: '续聘物业。', rule: 'OWNERS_ORDINARY' });
  return m.id;
}

const situations: Situation[] = [
  { name: 'a SCHEDULED joint meeting with a draft motion', build: () => joint('SCHEDULED', ['DRAFT']) },
  { name: 'an IN_SESSION joint meeting with a draft, an open and a closed motion', build: () => joint('IN_SESSION', ['DRAFT', 'OPEN', 'CLOSED']) },
  { name: 'an ADJOURNED joint meeting with a passed and a failed motion and an open action item', build: () => joint('ADJOURNED', ['CLOSED', 'OPEN'], true) },
  { name: 'a joint meeting with MINUTES_APPROVED', build: () => joint('MINUTES_APPROVED', [], true) },
  { name: 'a PUBLISHED joint meeting', build: () => joint('PUBLISHED') },
  { name: 'a CANCELLED joint meeting', build: () => joint('CANCELLED') },
  { name: 'an owners’ assembly IN_SESSION with an open owners’ vote', build: assembly },
];

/** The meeting as `by` sees it (null when hidden), its motions by title: copies list them in the same order. */
async function read(meetingId: string, by: TestUser): Promise<any> {
  const m = await readMeeting(app, meetingId, by, SITUATION.replace('resolutions { id', 'resolutions { title id'));
  m?.resolutions.sort((a: any, b: any) => a.title.localeCompare(b.title));
  return m;
}

/** The step and the input that performs a meeting action. */
function meetingStep(action: string, m: any, by: TestUser): [Step, Record<string, unknown>] {
  const meetingId = m?.id ?? '';
  switch (action) {
    case 'START':
      return ['start', { meetingId }];
    case 'ADJOURN':
      return ['adjourn', { meetingId }];
    case 'CANCEL':
      return ['cancel', { meetingId, reason: '改期' }];
    case 'CHECK_IN':
      return ['checkIn', { meetingId }];
    case 'CHECK_IN_OTHERS': {
      const free = (m?.attendance ?? []).find((s: any) => (s.status === 'INVITED' || s.status === 'ABSENT') && s.user.id !== by.gid);
      const owner = k.owners.find((o) => o.gid !== by.gid && !(m?.attendance ?? []).some((s: any) => s.user.id === o.gid));
      return ['checkIn', { meetingId, userId: free?.user.id ?? (m?.kind === 'OWNERS_ASSEMBLY' && owner ? owner.gid : k.rc2.gid) }];
    }
    case 'ADD_AGENDA_ITEM':
      return ['addAgendaItem', { meetingId, title: '临时议题' }];
    case 'PROPOSE_RESOLUTION':
      return ['propose', { meetingId, title: '临时动议', text: '临时动议全文', rule: 'SIMPLE_MAJORITY' }];
    case 'ADD_ACTION_ITEM':
      return ['addActionItem', { meetingId, title: '落实整改', assigneeId: k.c.orgs.pm.gid }];
    case 'APPROVE_MINUTES':
      return ['approve', { meetingId }];
    case 'PUBLISH_MINUTES':
      return ['publish', { meetingId }];
  }
  throw new Error(action);
}

function agendaStep(action: string, item: any): [Step, Record<string, unknown>] {
  const base = { agendaItemId: item.id, notes: `记录 ${Math.random()}`, expectedVersion: item.notesVersion };
  return action === 'AMEND_NOTES' ? ['editNotes', { ...base, amendmentReason: '笔误' }] : ['editNotes', base];
}

function resolutionStep(action: string, r: any, m: any, by: TestUser): [Step, Record<string, unknown>] {
  const resolutionId = r.id;
  switch (action) {
    case 'OPEN_VOTING':
      return ['openVoting', { resolutionId }];
    case 'CAST_BALLOT':
      return ['castBallot', { resolutionId, choice: 'FOR' }];
    case 'RECORD_BALLOT': {
      if (r.rule.startsWith('OWNERS_')) return ['castBallot', { resolutionId, unitId: k.c.units[3]!.gid, channel: 'PAPER', choice: 'AGAINST' }];
      const present = (m?.attendance ?? []).find((s: any) => s.status === 'PRESENT' && s.user.id !== by.gid);
      return ['castBallot', { resolutionId, voterId: present?.user.id ?? k.rc1.gid, channel: 'PAPER', choice: 'AGAINST' }];
    }
    case 'CLOSE_VOTING':
      return ['closeVoting', { resolutionId }];
    case 'ADD_ACTION_ITEM':
      return ['addActionItem', { meetingId: m?.id ?? '', title: '落实决议', assigneeId: k.c.orgs.pm.gid, resolutionId }];
  }
  throw new Error(action);
}

function actionItemStep(action: string, item: any): [Step, Record<string, unknown>] {
  return ['updateActionItem', { actionItemId: item.id, status: action === 'MARK_DONE' ? 'DONE' : 'CANCELLED' }];
}

describe('Meeting, AgendaItem and Resolution viewerActions are what the API accepts', () => {
  for (const situation of situations) {
    it(`${situation.name}: for every viewer`, { timeout: LONG }, async () => {
      for (const [who, by] of viewers) {
        const meetingId = await situation.build();
        const chairView = await read(meetingId, k.chair);
        const m = await read(meetingId, by);
        const offeredOn = (list: 'resolutions' | 'actionItems'): string[][] =>
          chairView[list].map((x: any) => (m?.[list].find((y: any) => y.id === x.id)?.viewerActions ?? []) as string[]);
        const offered = {
          meeting: (m?.viewerActions ?? []) as string[],
          agenda: (m?.agenda[0]?.viewerActions ?? []) as string[],
          resolutions: offeredOn('resolutions'),
          actionItems: offeredOn('actionItems'),
        };
        // Refused first (they change nothing), on this copy.
        for (const action of MEETING_ACTIONS.filter((a) => !offered.meeting.includes(a))) {
          const [s, input] = meetingStep(action, chairView, by);
          const r = await attempt(s, by, input, meetingId);
          // Taking a seat already taken, or approving again, is accepted and changes nothing.
          expect({ who, action, accepted: r.accepted && !IDEMPOTENT.includes(action), changed: r.changed }).toEqual({ who, action, accepted: false, changed: false });
        }
        for (const action of AGENDA_ACTIONS.filter((a) => !offered.agenda.includes(a))) {
          const [s, input] = agendaStep(action, chairView.agenda[0]);
          const r = await attempt(s, by, input, meetingId);
          expect({ who, action, accepted: r.accepted, changed: r.changed }).toEqual({ who, action, accepted: false, changed: false });
        }
        for (const [i, res] of chairView.resolutions.entries()) {
          for (const action of RESOLUTION_ACTIONS.filter((a) => !offered.resolutions[i]!.includes(a))) {
            const [s, input] = resolutionStep(action, res, chairView, by);
            const r = await attempt(s, by, input, meetingId);
            expect({ who, action, status: res.status, accepted: r.accepted, changed: r.changed }).toEqual({ who, action, status: res.status, accepted: false, changed: false });
          }
        }
        for (const [i, item] of chairView.actionItems.entries()) {
          for (const action of ACTION_ITEM_ACTIONS.filter((a) => !offered.actionItems[i]!.includes(a))) {
            const [s, input] = actionItemStep(action, item);
            const r = await attempt(s, by, input, meetingId);
            expect({ who, action, accepted: r.accepted, changed: r.changed }).toEqual({ who, action, accepted: false, changed: false });
          }
        }
        // Offered: each on a fresh copy, where it is offered again.
        const offeredSteps: [string, (copy: any) => [Step, Record<string, unknown>]][] = [
          ...offered.meeting.map((a): [string, (c: any) => [Step, Record<string, unknown>]] => [a, (c) => meetingStep(a, c, by)]),
          ...offered.agenda.map((a): [string, (c: any) => [Step, Record<string, unknown>]] => [a, (c) => agendaStep(a, c.agenda[0])]),
          ...offered.resolutions.flatMap((list, i) => list.map((a): [string, (c: any) => [Step, Record<string, unknown>]] => [a, (c) => resolutionStep(a, c.resolutions[i], c, by)])),
          ...offered.actionItems.flatMap((list, i) => list.map((a): [string, (c: any) => [Step, Record<string, unknown>]] => [a, (c) => actionItemStep(a, c.actionItems[i])])),
        ];
        for (const [action, make] of offeredSteps) {
          const copyId = await situation.build();
          const copy = await read(copyId, k.chair);
          const [s, input] = make(copy);
          const r = await gql(app.url, stepQuery(s), { input }, by.token);
          expect({ who, action, errors: r.errors?.map((e) => `${e.extensions?.code}: ${e.message}`) ?? [] }).toEqual({ who, action, errors: [] });
        }
      }
    });
  }

  it('offers each viewer what the councils give them (a spot check of the matrix)', { timeout: LONG }, async () => {
    const session = await joint('IN_SESSION', ['DRAFT', 'OPEN']);
    const as = (u: TestUser) => read(session, u);
    const chair = await as(k.chair);
    expect(chair.viewerActions.sort()).toEqual(['ADD_ACTION_ITEM', 'ADD_AGENDA_ITEM', 'ADJOURN', 'CHECK_IN_OTHERS', 'PROPOSE_RESOLUTION']);
    expect(chair.agenda[0].viewerActions).toEqual(['EDIT_NOTES']);
    expect(chair.resolutions.map((r: any) => r.viewerActions.sort())).toEqual([
      ['ADD_ACTION_ITEM', 'OPEN_VOTING'],
      ['ADD_ACTION_ITEM', 'CAST_BALLOT', 'CLOSE_VOTING', 'RECORD_BALLOT'],
    ]);
    const pm = await as(k.pm);
    expect(pm.viewerActions).toEqual([]);
    expect(pm.agenda[0].viewerActions).toEqual(['EDIT_NOTES']);
    expect(pm.resolutions.map((r: any) => r.viewerActions)).toEqual([[], ['CAST_BALLOT']]);
    expect(await as(k.owners[0]!)).toBeNull();
    const rc2 = await as(k.rc2);
    expect(rc2.viewerActions.sort()).toEqual(['ADD_ACTION_ITEM', 'ADD_AGENDA_ITEM', 'ADJOURN', 'CHECK_IN', 'PROPOSE_RESOLUTION']);
    const owners = await assembly();
    expect((await read(owners, k.owners[0]!)).viewerActions).toEqual(['CHECK_IN']);
    // 更新电梯 is open, 物业续聘 a draft (titles in order).
    expect((await read(owners, k.owners[0]!)).resolutions.map((r: any) => [r.title, r.viewerActions])).toEqual([
      ['更新电梯', ['CAST_BALLOT']],
      ['物业续聘', []],
    ]);
    expect((await read(owners, tenant)).viewerActions).toEqual([]);
  });
});

// ── Matters ─────────────────────────────────────────────────────────────────────────────────────

const MATTER = `id stage viewerActions decidingResolutions { id }`;
const readMatter = async (id: string, by: TestUser) => (await ok(app.url, `query($id: ID!) { node(id: $id) { ... on Matter { ${MATTER} } } }`, { id }, by.token)).node;

/** A matter proposed by the party committee and, past DELIBERATION, decided by a representatives' meeting. */
async function matterIn(stage: 'DELIBERATION' | 'DECISION' | 'DECIDED' | 'EXECUTION' | 'SUPERVISION' | 'SUPERVISED' | 'CLOSED' | 'REJECTED'): Promise<string> {
  const matter = await step(app, 'proposeMatter', k.party, { communityId: k.c.gid, title: `事项（${stage}）`, description: '说明' });
  if (stage === 'DELIBERATION') return matter.id;
  if (stage === 'REJECTED') {
    await step(app, 'advanceMatter', k.party, { matterId: matter.id, to: 'REJECTED', note: '不予采纳' });
    return matter.id;
  }
  const m = await scheduleMeeting(app, k.chair, {
    communityId: k.c.gid,
    kind: 'REPRESENTATIVES',
    title: '居民代表会议',
    scheduledAt: nextSlot(),
    convenerId: k.c.orgs.rc.gid,
    participantIds: [],
    agenda: [{ title: '议事项', matterId: matter.id }],
  });
  if (stage === 'DECISION') return matter.id;
  await step(app, 'start', k.chair, { meetingId: m.id });
  await checkInAll(app, m.id, [k.chair, k.rc1, k.rc2]);
  const r = await step(app, 'propose', k.chair, { meetingId: m.id, title: '决议', text: '同意执行。', rule: 'SIMPLE_MAJORITY', matterId: matter.id });
  await step(app, 'openVoting', k.chair, { resolutionId: r.id });
  for (const u of [k.chair, k.rc1, k.rc2]) await step(app, 'castBallot', u, { resolutionId: r.id, choice: 'FOR' });
  await step(app, 'closeVoting', k.chair, { resolutionId: r.id });
  if (stage === 'DECIDED') return matter.id;
  await step(app, 'advanceMatter', k.party, { matterId: matter.id, to: 'EXECUTION', resolutionId: r.id });
  const item = await step(app, 'addActionItem', k.chair, { meetingId: m.id, title: '落实', assigneeId: k.c.orgs.pm.gid, resolutionId: r.id });
  if (stage === 'EXECUTION') return matter.id;
  await step(app, 'updateActionItem', k.pm, { actionItemId: item.id, status: 'DONE' });
  if (stage === 'SUPERVISION') return matter.id;
  await step(app, 'recordSupervision', k.sc, { matterId: matter.id, finding: '已核实', rating: 'SATISFACTORY' });
  if (stage === 'SUPERVISED') return matter.id;
  await step(app, 'advanceMatter', k.sc, { matterId: matter.id, to: 'CLOSED' });
  return matter.id;
}

function matterStep(action: string, m: { id: string; decidingResolutions?: { id: string }[] }): [Step, Record<string, unknown>] {
  const matterId = m.id;
  switch (action) {
    case 'ADVANCE_TO_DECISION':
      return ['advanceMatter', { matterId, to: 'DECISION' }];
    case 'ADVANCE_TO_EXECUTION':
      return ['advanceMatter', { matterId, to: 'EXECUTION', resolutionId: m.decidingResolutions?.[0]?.id }];
    case 'ADVANCE_TO_SUPERVISION':
      return ['advanceMatter', { matterId, to: 'SUPERVISION' }];
    case 'REJECT':
      return ['advanceMatter', { matterId, to: 'REJECTED', note: '不予采纳' }];
    case 'RECORD_SUPERVISION':
      return ['recordSupervision', { matterId, finding: '已核实', rating: 'SATISFACTORY' }];
    case 'CLOSE':
      return ['advanceMatter', { matterId, to: 'CLOSED' }];
    case 'SEND_BACK':
      return ['advanceMatter', { matterId, to: 'EXECUTION', note: '整改' }];
  }
  throw new Error(action);
}

describe('Matter.viewerActions is what the API accepts', () => {
  const stages = ['DELIBERATION', 'DECISION', 'DECIDED', 'EXECUTION', 'SUPERVISION', 'SUPERVISED', 'CLOSED', 'REJECTED'] as const;
  for (const stage of stages) {
    it(`a matter at ${stage}: for every viewer (and the party committee, which steers)`, { timeout: LONG }, async () => {
      const cast: [string, TestUser][] = [...viewers, ['party committee member', k.party]];
      for (const [who, by] of cast) {
        const id = await matterIn(stage);
        const seen = await readMatter(id, by);
        const truth = await readMatter(id, admin);
        const offered: string[] = seen?.viewerActions ?? [];
        for (const action of MATTER_ACTIONS.filter((a) => !offered.includes(a))) {
          const [s, input] = matterStep(action, truth);
          const r = await attempt(s, by, input, id);
          expect({ who, action, accepted: r.accepted, changed: r.changed }).toEqual({ who, action, accepted: false, changed: false });
        }
        for (const action of offered) {
          const copy = await readMatter(await matterIn(stage), admin);
          const [s, input] = matterStep(action, copy);
          const r = await gql(app.url, stepQuery(s), { input }, by.token);
          expect({ who, action, errors: r.errors?.map((e) => `${e.extensions?.code}: ${e.message}`) ?? [] }).toEqual({ who, action, errors: [] });
        }
      }
    });
  }

  it('offers the councils their steps: the party committee steers, the supervisory committee supervises', { timeout: LONG }, async () => {
    expect((await readMatter(await matterIn('DELIBERATION'), k.party)).viewerActions).toEqual(['REJECT']);
    const decided = await readMatter(await matterIn('DECIDED'), k.party);
    expect(decided.viewerActions).toEqual(['ADVANCE_TO_EXECUTION', 'REJECT']);
    expect(decided.decidingResolutions).toHaveLength(1);
    expect((await readMatter(await matterIn('SUPERVISION'), k.sc)).viewerActions).toEqual(['RECORD_SUPERVISION', 'SEND_BACK']);
    expect((await readMatter(await matterIn('SUPERVISED'), k.sc)).viewerActions).toEqual(['RECORD_SUPERVISION', 'CLOSE', 'SEND_BACK']);
    expect((await readMatter(await matterIn('SUPERVISED'), k.owners[0]!)).viewerActions).toEqual([]);
    expect(await readMatter(await matterIn('DELIBERATION'), k.outsider)).toBeNull();
  });
});


// ── The roll and the quorum wait (the screens' rules) ─────────────────────────────────────────────

describe('Attendance.viewerActions and Resolution.viewerActionsOnceAttendanceQuorumMet agree with the API', () => {
  const ROLL = `query($id: ID!) { node(id: $id) { ... on Meeting { attendance { id status user { id } viewerActions } } } }`;
  const roll = async (meetingId: string, by: TestUser): Promise<{ status: string; user: { id: string }; viewerActions: string[] }[]> =>
    (await ok(app.url, ROLL, { id: meetingId }, by.token)).node?.attendance ?? [];
  const actionsBy = async (meetingId: string, by: TestUser) => Object.fromEntries((await roll(meetingId, by)).map((s) => [s.user.id, s.viewerActions]));

  it('a roll before the session: a teller seats anyone and records proxies, a holder takes their own seat', { timeout: LONG }, async () => {
    const meetingId = await joint('SCHEDULED');
    const both = ['CHECK_IN', 'RECORD_PROXY'];
    // The joint meeting's roll: the residents' committee (convener) and the property manager.
    expect(await actionsBy(meetingId, k.chair)).toEqual({ [k.chair.gid]: both, [k.rc1.gid]: both, [k.rc2.gid]: both, [k.pm.gid]: both });
    expect(await actionsBy(meetingId, k.pm)).toEqual({ [k.chair.gid]: [], [k.rc1.gid]: [], [k.rc2.gid]: [], [k.pm.gid]: ['CHECK_IN'] });
    expect(Object.values(await actionsBy(meetingId, admin)).every((a) => a.length === 2)).toBe(true);
    // Refused: a holder seating someone else, or recording a proxy.
    expect((await attempt('checkIn', k.pm, { meetingId, userId: k.rc1.gid }, meetingId)).code).toBe('FORBIDDEN');
    expect((await attempt('checkIn', k.pm, { meetingId, userId: k.owners[0]!.gid, proxyForUserId: k.pm.gid }, meetingId)).code).toBe('FORBIDDEN');
    // Offered: each succeeds and changes the seat.
    expect(await attempt('checkIn', k.chair, { meetingId, userId: k.rc1.gid }, meetingId)).toEqual({ accepted: true, changed: true });
    expect(await attempt('checkIn', k.pm, { meetingId, userId: k.pm.gid }, meetingId)).toEqual({ accepted: true, changed: true });
    expect(await attempt('checkIn', k.chair, { meetingId, userId: k.owners[0]!.gid, proxyForUserId: k.rc2.gid }, meetingId)).toEqual({ accepted: true, changed: true });
    // Taken seats offer nothing: checking in again changes nothing, a proxy for a taken seat is refused.
    const after = await actionsBy(meetingId, k.chair);
    expect(after[k.chair.gid]).toEqual(both);
    expect([after[k.rc1.gid], after[k.pm.gid], after[k.owners[0]!.gid]]).toEqual([[], [], []]);
    expect(await attempt('checkIn', k.chair, { meetingId, userId: k.rc1.gid }, meetingId)).toMatchObject({ changed: false });
    expect((await attempt('checkIn', k.chair, { meetingId, userId: k.owners[1]!.gid, proxyForUserId: k.rc1.gid }, meetingId)).accepted).toBe(false);
  });

  it('a roll once adjourned: nothing is offered, and nothing is accepted', { timeout: LONG }, async () => {
    const meetingId = await joint('ADJOURNED');
    const seats = await roll(meetingId, k.chair);
    expect(seats.map((s) => s.viewerActions)).toEqual(seats.map(() => []));
    const open = seats.find((s) => s.status === 'ABSENT');
    expect(open).toBeDefined();
    expect((await attempt('checkIn', k.chair, { meetingId, userId: open!.user.id }, meetingId)).code).toBe('INVALID_TRANSITION');
  });

  it('a draft waits for the attendance quorum: OPEN_VOTING comes at the third seat of four (more than half)', { timeout: LONG }, async () => {
    const m = await step(app, 'schedule', k.chair, {
      communityId: k.c.gid,
      kind: 'JOINT',
      title: '联席会议（法定人数）',
      scheduledAt: nextSlot(),
      convenerId: k.c.orgs.rc.gid,
      participantIds: [k.c.orgs.pm.gid],
    });
    const meetingId = m.id as string;
    await step(app, 'start', k.chair, { meetingId });
    const r = await step(app, 'propose', k.chair, { meetingId, title: '动议', text: '动议全文', rule: 'SIMPLE_MAJORITY' });
    const resolutionId = r.id as string;
    const waits = async (by: TestUser) =>
      (await ok(app.url, `query($id: ID!) { node(id: $id) { ... on Resolution { viewerActions viewerActionsOnceAttendanceQuorumMet } } }`, { id: resolutionId }, by.token)).node;
    // Seats: chair, rc1, rc2 (the convener) and pm. MAJORITY: taken * 2 > 4, so 3 seats; 2 do not.
    for (const [u, n] of [[k.chair, 1], [k.rc1, 2]] as const) {
      await checkInAll(app, meetingId, [u]);
      expect(await waits(k.chair), `${n} of 4 seats`).toEqual({ viewerActions: ['ADD_ACTION_ITEM'], viewerActionsOnceAttendanceQuorumMet: ['OPEN_VOTING'] });
      expect((await attempt('openVoting', k.chair, { resolutionId }, resolutionId)).accepted).toBe(false);
    }
    // Not the convener's: nothing to wait for.
    expect((await waits(k.pm)).viewerActionsOnceAttendanceQuorumMet).toEqual([]);
    await checkInAll(app, meetingId, [k.pm]);
    expect(await waits(k.chair)).toEqual({ viewerActions: ['OPEN_VOTING', 'ADD_ACTION_ITEM'], viewerActionsOnceAttendanceQuorumMet: [] });
    expect((await attempt('openVoting', k.chair, { resolutionId }, resolutionId)).accepted).toBe(true);
  });
});

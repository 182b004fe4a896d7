import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { ok } from '../helpers/graphql.js';
import { createCommunity, createUser, em, reside, type TestUser } from '../factories/index.js';
import { checkInAll, createMeetingCast, keyOfGid, scheduleMeeting, step, stepCode, stepError, type MeetingCast, type Step } from '../factories/meetings.js';
import { ManualClock } from '../../server/core/clock.js';

const HOUR = 3_600_000;
const T0 = new Date('2026-10-01T00:00:00.000Z');
const clock = new ManualClock(T0);
let app: TestApp;

const at = (h: number) => new Date(T0.getTime() + h * HOUR).toISOString();
const setHour = (h: number) => clock.set(new Date(T0.getTime() + h * HOUR));
const run = (s: Step, by: { token: string }, input: Record<string, unknown>, select = 'id') => step(app, s, by, input, select);
const code = (s: Step, by: { token: string }, input: Record<string, unknown>) => stepCode(app, s, by, input);
const fail = (s: Step, by: { token: string }, input: Record<string, unknown>) => stepError(app, s, by, input);

const MATTER = `id title stage createdAt stageChangedAt sourceIssues { id } meetings { id } resolution { id outcome } actionItems { id status }
  supervisionRecords { id finding rating author { id } }`;
async function readMatter(id: string, by: { token: string }, select = MATTER): Promise<any> {
  return (await ok(app.url, `query($id: ID!) { node(id: $id) { ... on Matter { ${select} } } }`, { id }, by.token)).node;
}
const stageOf = async (id: string, by: { token: string }) => (await readMatter(id, by, 'stage')).stage;
const propose = (k: MeetingCast, title: string, extra: Record<string, unknown> = {}) =>
  run('proposeMatter', k.party, { communityId: k.c.gid, title, description: `${title}的说明`, ...extra }, 'id stage');
const advance = (by: TestUser, matterId: string, to: string, extra: Record<string, unknown> = {}) => run('advanceMatter', by, { matterId, to, ...extra }, 'id stage');
async function matterEvents(k: MeetingCast, matterId: string, by: { token: string }) {
  const { events } = await ok(
    app.url,
    `query($c: ID!, $s: ID) { events(communityId: $c, subjectId: $s, first: 100, order: OLDEST_FIRST) { edges { node { type data } } } }`,
    { c: k.c.gid, s: matterId },
    by.token,
  );
  return events.edges.map((e: any) => e.node);
}

/** A motion on `target` put to the vote and closed: the three members of the residents' committee, present, vote `choice`. */
async function decide(k: MeetingCast, meetingId: string, target: { matterId?: string; agendaItemId?: string }, choice: 'FOR' | 'AGAINST' = 'FOR', title = '决议') {
  await checkInAll(app, meetingId, [k.chair, k.rc1, k.rc2]);
  const r = await run('propose', k.chair, { meetingId, title, text: `${title}：同意执行。`, rule: 'SIMPLE_MAJORITY', ...target });
  await run('openVoting', k.chair, { resolutionId: r.id });
  for (const u of [k.chair, k.rc1, k.rc2]) await run('castBallot', u, { resolutionId: r.id, choice });
  return run('closeVoting', k.chair, { resolutionId: r.id }, 'id status outcome');
}

const representatives = (k: MeetingCast, title: string, agenda: Record<string, unknown>[], hours = 24) =>
  scheduleMeeting(app, k.chair, { communityId: k.c.gid, kind: 'REPRESENTATIVES', title, scheduledAt: at(hours), convenerId: k.c.orgs.rc.gid, participantIds: [], agenda });
const joint = (k: MeetingCast, title: string, agenda: Record<string, unknown>[] = [], hours = 24) =>
  scheduleMeeting(app, k.chair, { communityId: k.c.gid, kind: 'JOINT', title, scheduledAt: at(hours), convenerId: k.c.orgs.rc.gid, participantIds: [k.c.orgs.pm.gid], agenda });

beforeAll(async () => {
  app = await startTestApp({ clock });
});
afterAll(() => app.close());

describe('议事: the party organization proposes a matter', () => {
  it('only the party committee proposes; source issues must be issues of the community the proposer may read; nothing is written otherwise', async () => {
    setHour(0);
    const k = await createMeetingCast(app);
    const submit = async (by: TestUser, communityGid: string, visibility: string) =>
      (
        await ok(
          app.url,
          `mutation($input: SubmitIssueInput!) { submitIssue(input: $input) { id } }`,
          { input: { communityId: communityGid, title: '楼道堆物', body: '3单元楼道堆满杂物，有消防隐患。', category: 'OTHER', visibility } },
          by.token,
        )
      ).submitIssue.id as string;
    const open = await submit(k.owners[0]!, k.c.gid, 'PUBLIC');
    const hidden = await submit(k.owners[1]!, k.c.gid, 'PARTIES');
    const c2 = await createCommunity(app, '邻村');
    const neighbour = await createUser(app, { name: '邻村村民' });
    await reside(app, neighbour, c2.id);
    const foreign = await submit(neighbour, c2.gid, 'PUBLIC');

    const input = { communityId: k.c.gid, title: '楼道堆物整治', description: '集中清理楼道堆物' };
    for (const u of [k.chair, k.sc, k.oc, k.owners[0]!, k.outsider]) expect({ who: u.name, code: await code('proposeMatter', u, input) }).toEqual({ who: u.name, code: 'FORBIDDEN' });
    const cases: [string[], string][] = [
      [[open, foreign], 'sourceIssueIds.1'],
      [[open, open, foreign], 'sourceIssueIds.2'], // the input's index, though the list repeats an issue
      [[hidden], 'sourceIssueIds.0'],
      [[k.owners[0]!.gid], 'sourceIssueIds.0'],
    ];
    for (const [sourceIssueIds, field] of cases) {
      const e = await fail('proposeMatter', k.party, { ...input, sourceIssueIds });
      expect({ sourceIssueIds, code: e.extensions?.code, fields: Object.keys(e.extensions?.fields ?? {}) }).toEqual({ sourceIssueIds, code: 'BAD_USER_INPUT', fields: [field] });
    }
    const [row] = await em(app).execute<{ n: number }[]>(`SELECT count(*)::int AS n FROM matters WHERE community_id = ?`, [k.c.id]);
    expect(row?.n).toBe(0);

    setHour(1);
    const m = await run('proposeMatter', k.party, { ...input, sourceIssueIds: [open, open] }, MATTER);
    expect(m).toMatchObject({ title: '楼道堆物整治', stage: 'DELIBERATION', createdAt: at(1), stageChangedAt: at(1), sourceIssues: [{ id: open }], meetings: [], resolution: null, actionItems: [], supervisionRecords: [] });
    // The community follows matters; an outsider does not.
    expect(await readMatter(m.id, k.owners[2]!, 'id stage')).toEqual({ id: m.id, stage: 'DELIBERATION' });
    expect(await readMatter(m.id, k.outsider, 'id')).toBeNull();
    expect((await matterEvents(k, m.id, k.owners[2]!)).map((e: any) => e.type)).toEqual(['matter.proposed']);
  });
});

describe('the four councils: 议事 → 定事 → 理事 → 监事', () => {
  it('walks a matter through every stage, each step with its condition and its people', async () => {
    setHour(0);
    const k = await createMeetingCast(app);
    const m = await propose(k, '小区停车位划线');
    const other = await propose(k, '另一事项');

    // DECISION only once a council has it on its agenda; a joint meeting is not a council that decides.
    expect((await fail('advanceMatter', k.party, { matterId: m.id, to: 'DECISION' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { to: expect.any(String) } });
    const j = await joint(k, '三方联席会议', [{ title: '停车位划线', matterId: m.id }], 10);
    expect(await stageOf(m.id, k.party)).toBe('DELIBERATION');
    expect(await code('advanceMatter', k.party, { matterId: m.id, to: 'DECISION' })).toBe('BAD_USER_INPUT');
    const reps = await representatives(k, '居民代表会议', [{ title: '停车位划线', matterId: m.id }], 24);
    expect(await stageOf(m.id, k.party)).toBe('DECISION');
    expect((await matterEvents(k, m.id, k.party)).at(-1)).toMatchObject({ type: 'matter.advanced', data: { stage: { before: 'DELIBERATION', after: 'DECISION' }, note: '列入居民代表会议议程' } });

    // EXECUTION: only a CLOSED, PASSED resolution on this matter by a REPRESENTATIVES meeting or an OWNERS_ASSEMBLY.
    setHour(10);
    await run('start', k.chair, { meetingId: j.id });
    const byJoint = await decide(k, j.id, { agendaItemId: j.agenda[0].id }, 'FOR', '联席会议意见');
    expect(byJoint).toMatchObject({ status: 'CLOSED', outcome: 'PASSED' });
    setHour(24);
    await run('start', k.chair, { meetingId: reps.id });
    const failed = await decide(k, reps.id, { agendaItemId: reps.agenda[0].id }, 'AGAINST', '方案一');
    expect(failed.outcome).toBe('FAILED');
    const onOther = await decide(k, reps.id, { matterId: other.id }, 'FOR', '另一事项决议');
    const pending = await run('propose', k.chair, { meetingId: reps.id, agendaItemId: reps.agenda[0].id, title: '方案二', text: '按方案二划线。', rule: 'SIMPLE_MAJORITY' });
    await run('openVoting', k.chair, { resolutionId: pending.id });
    for (const [extra, field] of [
      [{}, 'resolutionId'],
      [{ resolutionId: byJoint.id }, 'resolutionId'],
      [{ resolutionId: failed.id }, 'resolutionId'],
      [{ resolutionId: onOther.id }, 'resolutionId'],
      [{ resolutionId: pending.id }, 'resolutionId'],
    ] as [Record<string, unknown>, string][]) {
      const e = await fail('advanceMatter', k.party, { matterId: m.id, to: 'EXECUTION', ...extra });
      expect({ extra, code: e.extensions?.code, fields: Object.keys(e.extensions?.fields ?? {}) }).toEqual({ extra, code: 'BAD_USER_INPUT', fields: [field] });
    }
    for (const u of [k.chair, k.rc1, k.rc2]) await run('castBallot', u, { resolutionId: pending.id, choice: 'FOR' });
    const passed = await run('closeVoting', k.chair, { resolutionId: pending.id }, 'id outcome');
    expect(passed.outcome).toBe('PASSED');
    expect(await code('advanceMatter', k.chair, { matterId: m.id, to: 'EXECUTION', resolutionId: passed.id })).toBe('FORBIDDEN');
    expect(await code('advanceMatter', k.sc, { matterId: m.id, to: 'EXECUTION', resolutionId: passed.id })).toBe('FORBIDDEN');
    setHour(25);
    expect(await advance(k.party, m.id, 'EXECUTION', { resolutionId: passed.id })).toEqual({ id: m.id, stage: 'EXECUTION' });
    expect(await readMatter(m.id, k.owners[0]!, 'stageChangedAt resolution { id outcome }')).toEqual({ stageChangedAt: at(25), resolution: { id: passed.id, outcome: 'PASSED' } });

    // SUPERVISION: on its own once every action item of the matter is closed and one is done.
    const a1 = await run('addActionItem', k.chair, { meetingId: reps.id, resolutionId: passed.id, title: '物业划线', assigneeId: k.c.orgs.pm.gid });
    clock.advance(60_000); // recorded a minute apart: listed in that order
    const a2 = await run('addActionItem', k.chair, { meetingId: reps.id, resolutionId: passed.id, title: '居委会公示车位分配', assigneeId: k.c.orgs.rc.gid });
    clock.advance(60_000);
    const a3 = await run('addActionItem', k.chair, { meetingId: reps.id, resolutionId: passed.id, title: '重复的待办', assigneeId: k.c.orgs.rc.gid });
    expect((await fail('advanceMatter', k.party, { matterId: m.id, to: 'SUPERVISION' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { to: expect.any(String) } });
    await run('updateActionItem', k.pm, { actionItemId: a1.id, status: 'DONE' });
    expect(await stageOf(m.id, k.party)).toBe('EXECUTION');
    await run('updateActionItem', k.rc1, { actionItemId: a3.id, status: 'CANCELLED' });
    expect(await stageOf(m.id, k.party)).toBe('EXECUTION');
    setHour(26);
    await run('updateActionItem', k.rc1, { actionItemId: a2.id, status: 'DONE' });
    expect(await readMatter(m.id, k.party, 'stage stageChangedAt')).toEqual({ stage: 'SUPERVISION', stageChangedAt: at(26) });
    expect((await matterEvents(k, m.id, k.party)).at(-1)).toMatchObject({ type: 'matter.advanced', data: { stage: { before: 'EXECUTION', after: 'SUPERVISION' }, note: '待办事项已全部办结' } });

    // CLOSED: the supervisory committee, with a supervision record; 整改 sends it back with a note.
    expect(await code('advanceMatter', k.party, { matterId: m.id, to: 'CLOSED' })).toBe('FORBIDDEN');
    expect((await fail('advanceMatter', k.sc, { matterId: m.id, to: 'CLOSED' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { to: expect.any(String) } });
    expect(await code('advanceMatter', k.party, { matterId: m.id, to: 'EXECUTION', note: '重新划线' })).toBe('FORBIDDEN');
    expect((await fail('advanceMatter', k.sc, { matterId: m.id, to: 'EXECUTION' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { note: expect.any(String) } });
    setHour(27);
    expect(await advance(k.sc, m.id, 'EXECUTION', { note: '划线不清，要求返工' })).toEqual({ id: m.id, stage: 'EXECUTION' });
    expect((await matterEvents(k, m.id, k.party)).at(-1)).toMatchObject({ data: { stage: { before: 'SUPERVISION', after: 'EXECUTION' }, note: '划线不清，要求返工' } });
    expect(await advance(k.party, m.id, 'SUPERVISION')).toEqual({ id: m.id, stage: 'SUPERVISION' });
    expect(await code('recordSupervision', k.party, { matterId: m.id, finding: '已返工', rating: 'SATISFACTORY' })).toBe('FORBIDDEN');
    expect(await code('recordSupervision', k.outsider, { matterId: m.id, finding: '已返工', rating: 'SATISFACTORY' })).toBe('NOT_FOUND');
    const record = await run('recordSupervision', k.sc, { matterId: m.id, finding: '  返工后线条清晰，分配公平  ', rating: 'SATISFACTORY' }, 'id finding rating');
    expect(record).toMatchObject({ finding: '返工后线条清晰，分配公平', rating: 'SATISFACTORY' });
    setHour(28);
    expect(await advance(k.sc, m.id, 'CLOSED')).toEqual({ id: m.id, stage: 'CLOSED' });
    expect(await code('recordSupervision', k.sc, { matterId: m.id, finding: '再看看', rating: 'SATISFACTORY' })).toBe('INVALID_TRANSITION');

    // What the matter shows, to the community and to the parties.
    const read = await readMatter(m.id, k.chair);
    expect(read).toMatchObject({
      stage: 'CLOSED',
      stageChangedAt: at(28),
      resolution: { id: passed.id, outcome: 'PASSED' },
      actionItems: [
        { id: a1.id, status: 'DONE' },
        { id: a2.id, status: 'DONE' },
        { id: a3.id, status: 'CANCELLED' },
      ],
      supervisionRecords: [{ id: record.id, finding: '返工后线条清晰，分配公平', rating: 'SATISFACTORY', author: { id: k.sc.gid } }],
    });
    expect(read.meetings.map((x: any) => x.id)).toEqual([j.id, reps.id]);
    // The joint meeting is the parties' business: an owner sees only the council.
    expect((await readMatter(m.id, k.owners[0]!, 'meetings { id }')).meetings).toEqual([{ id: reps.id }]);
    expect((await matterEvents(k, m.id, k.owners[0]!)).map((e: any) => [e.type, e.data.stage?.after ?? e.data.rating])).toEqual([
      ['matter.proposed', undefined],
      ['matter.advanced', 'DECISION'],
      ['matter.advanced', 'EXECUTION'],
      ['matter.advanced', 'SUPERVISION'],
      ['matter.advanced', 'EXECUTION'],
      ['matter.advanced', 'SUPERVISION'],
      ['matter.supervised', 'SATISFACTORY'],
      ['matter.advanced', 'CLOSED'],
    ]);
    // A closed matter goes on no agenda.
    const e = await fail('addAgendaItem', k.chair, { meetingId: reps.id, title: '再议', matterId: m.id });
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { matterId: expect.any(String) } });
  });

  it('an owners’ assembly takes a matter into DECISION too; REJECTED needs a note and the party committee', async () => {
    setHour(0);
    const k = await createMeetingCast(app);
    const a = await propose(k, '更换物业公司');
    const assembly = await scheduleMeeting(app, k.oc, { communityId: k.c.gid, kind: 'OWNERS_ASSEMBLY', title: '业主大会', scheduledAt: at(24), convenerId: k.c.orgs.oc.gid, participantIds: [] });
    await run('addAgendaItem', k.oc, { meetingId: assembly.id, title: '更换物业公司', matterId: a.id });
    expect(await stageOf(a.id, k.party)).toBe('DECISION');
    const b = await propose(k, '增设快递柜');
    for (const m of [a, b]) {
      expect((await fail('advanceMatter', k.party, { matterId: m.id, to: 'REJECTED' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { note: expect.any(String) } });
      expect(await code('advanceMatter', k.sc, { matterId: m.id, to: 'REJECTED', note: '不予推进' })).toBe('FORBIDDEN');
      expect(await advance(k.party, m.id, 'REJECTED', { note: '业主意见分歧大，暂缓' })).toEqual({ id: m.id, stage: 'REJECTED' });
    }
    // A cancelled council does not count as the agenda that allows DECISION.
    const c = await propose(k, '加装充电桩');
    const reps = await representatives(k, '取消的代表会议', [{ title: '议题' }], 30);
    await run('cancel', k.chair, { meetingId: reps.id, reason: '改期' });
    expect(await stageOf(c.id, k.party)).toBe('DELIBERATION');
  });
});

describe('illegal steps, and the list by stage', () => {
  const STAGES = ['DELIBERATION', 'DECISION', 'EXECUTION', 'SUPERVISION', 'CLOSED', 'REJECTED'] as const;
  /** The steps the four councils allow (with their conditions met or not, they are not INVALID_TRANSITION). */
  const LEGAL = new Set(['DELIBERATION->DECISION', 'DECISION->EXECUTION', 'EXECUTION->SUPERVISION', 'SUPERVISION->CLOSED', 'SUPERVISION->EXECUTION', 'DELIBERATION->REJECTED', 'DECISION->REJECTED']);
  let k: MeetingCast;
  const byStage: Record<string, { id: string }> = {};

  beforeAll(async () => {
    setHour(0);
    k = await createMeetingCast(app);
    for (const [i, s] of STAGES.entries()) {
      setHour(i);
      byStage[s] = await propose(k, `事项${s}`);
    }
    setHour(10);
    const reps = await representatives(
      k,
      '代表会议',
      ['DECISION', 'EXECUTION', 'SUPERVISION', 'CLOSED'].map((s) => ({ title: s, matterId: byStage[s]!.id })),
      24,
    );
    setHour(24);
    await run('start', k.chair, { meetingId: reps.id });
    for (const s of ['EXECUTION', 'SUPERVISION', 'CLOSED']) {
      const r = await decide(k, reps.id, { matterId: byStage[s]!.id });
      await advance(k.party, byStage[s]!.id, 'EXECUTION', { resolutionId: r.id });
      if (s === 'EXECUTION') continue;
      const a = await run('addActionItem', k.chair, { meetingId: reps.id, resolutionId: r.id, title: `执行${s}`, assigneeId: k.c.orgs.pm.gid });
      await run('updateActionItem', k.pm, { actionItemId: a.id, status: 'DONE' });
    }
    await run('recordSupervision', k.sc, { matterId: byStage.CLOSED!.id, finding: '已落实', rating: 'SATISFACTORY' });
    await advance(k.sc, byStage.CLOSED!.id, 'CLOSED');
    await advance(k.party, byStage.REJECTED!.id, 'REJECTED', { note: '不予推进' });
    for (const s of STAGES) expect(await stageOf(byStage[s]!.id, k.party)).toBe(s);
  });

  it.each(STAGES)('from %s every step the councils do not allow is INVALID_TRANSITION and changes nothing', async (from) => {
    const id = byStage[from]!.id;
    const before = await readMatter(id, k.party);
    for (const to of STAGES) {
      if (LEGAL.has(`${from}->${to}`)) continue;
      // The supervisory committee's own steps are refused to the party committee by role, not by stage.
      const by = from === 'SUPERVISION' && (to === 'CLOSED' || to === 'EXECUTION') ? k.sc : k.party;
      const e = await fail('advanceMatter', by, { matterId: id, to, note: '说明', resolutionId: null });
      expect({ from, to, code: e.extensions?.code }).toEqual({ from, to, code: 'INVALID_TRANSITION' });
    }
    expect(await readMatter(id, k.party)).toEqual(before);
    expect(await em(app).execute(`SELECT count(*)::int AS n FROM domain_events WHERE subject_id = ? AND type = 'matter.advanced'`, [keyOfGid(id)])).toEqual([
      { n: { DELIBERATION: 0, DECISION: 1, EXECUTION: 2, SUPERVISION: 3, CLOSED: 4, REJECTED: 1 }[from] },
    ]);
  });

  it('matters(stage:) filters, with totalCount; newest first; outsiders get nothing', async () => {
    const q = `query($c: ID!, $stage: [MatterStage!], $first: Int, $after: String) { matters(communityId: $c, stage: $stage, first: $first, after: $after) {
      totalCount edges { node { id stage } } pageInfo { hasNextPage endCursor } } }`;
    const list = async (by: TestUser, vars: Record<string, unknown>) => (await ok(app.url, q, { c: k.c.gid, ...vars }, by.token)).matters;
    const all = await list(k.owners[0]!, {});
    expect(all.totalCount).toBe(6);
    expect(all.edges.map((e: any) => e.node.stage)).toEqual([...STAGES].reverse()); // proposed an hour apart, newest first
    const some = await list(k.owners[0]!, { stage: ['EXECUTION', 'SUPERVISION'] });
    expect({ total: some.totalCount, ids: some.edges.map((e: any) => e.node.id) }).toEqual({ total: 2, ids: [byStage.SUPERVISION!.id, byStage.EXECUTION!.id] });
    for (const s of STAGES) {
      const one = await list(k.sc, { stage: [s] });
      expect({ s, total: one.totalCount, ids: one.edges.map((e: any) => e.node.id) }).toEqual({ s, total: 1, ids: [byStage[s]!.id] });
    }
    const page1 = await list(k.party, { stage: ['DELIBERATION', 'DECISION', 'EXECUTION', 'CLOSED'], first: 3 });
    expect({ total: page1.totalCount, n: page1.edges.length, more: page1.pageInfo.hasNextPage }).toEqual({ total: 4, n: 3, more: true });
    const page2 = await list(k.party, { stage: ['DELIBERATION', 'DECISION', 'EXECUTION', 'CLOSED'], first: 3, after: page1.pageInfo.endCursor });
    expect({ total: page2.totalCount, ids: page2.edges.map((e: any) => e.node.id), more: page2.pageInfo.hasNextPage }).toEqual({ total: 4, ids: [byStage.DELIBERATION!.id], more: false });
    expect(await list(k.outsider, {})).toMatchObject({ totalCount: 0, edges: [] });
  });
});

describe('what a matter shows follows who may see it', () => {
  it('Matter.actionItems holds only the action items the viewer may see, as node(id) does', async () => {
    setHour(0);
    const k = await createMeetingCast(app);
    const m = await propose(k, '楼顶防水');
    const j = await joint(k, '联席会议', [{ title: '楼顶防水', matterId: m.id }], 10);
    setHour(10);
    await run('start', k.chair, { meetingId: j.id });
    const r = await decide(k, j.id, { agendaItemId: j.agenda[0].id });
    const a = await run('addActionItem', k.chair, { meetingId: j.id, resolutionId: r.id, title: '物业报价', assigneeId: k.c.orgs.pm.gid });
    const items = async (u: TestUser) => (await readMatter(m.id, u, 'actionItems { id meeting { id } }')).actionItems;
    const node = async (u: TestUser) => (await ok(app.url, `query($id: ID!) { node(id: $id) { id } }`, { id: a.id }, u.token)).node;
    expect(await items(k.chair)).toEqual([{ id: a.id, meeting: { id: j.id } }]);
    expect(await items(k.pm)).toEqual([{ id: a.id, meeting: { id: j.id } }]);
    // An owner follows the matter but may not see the joint meeting, nor its action items.
    expect(await node(k.owners[0]!)).toBeNull();
    expect(await items(k.owners[0]!)).toEqual([]);
    expect((await readMatter(m.id, k.owners[0]!, 'meetings { id }')).meetings).toEqual([]);
  });
});

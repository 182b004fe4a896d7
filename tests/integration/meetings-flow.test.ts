import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { errorCode, gql, ok } from '../helpers/graphql.js';
import { ManualClock } from '../../server/core/clock.js';
import { createMeetingCast, MEETING, scheduleMeeting, type MeetingCast } from '../factories/meetings.js';
import { createVolunteers } from '../factories/volunteers.js';
import { seat, MemberRole, createUser } from '../factories/index.js';

const HOUR = 3_600_000;
const T0 = new Date('2026-07-01T00:00:00.000Z');
const clock = new ManualClock(T0);
const at = (h: number) => new Date(T0.getTime() + h * HOUR).toISOString();
let app: TestApp;
let k: MeetingCast;

const mutate = async (name: string, type: string, user: { token: string }, input: Record<string, unknown>, select = 'id') =>
  (await ok(app.url, `mutation($input: ${type}!) { ${name}(input: $input) { ${select} } }`, { input }, user.token))[name];
const meeting = async (id: string, user: { token: string }) => (await ok(app.url, `query($id: ID!) { meeting(id: $id) { ${MEETING} } }`, { id }, user.token)).meeting;

beforeAll(async () => {
  app = await startTestApp({ clock });
  k = await createMeetingCast(app);
});
afterAll(() => app.close());

describe('a joint meeting from schedule to published minutes', () => {
  it('runs the whole loop: roll, agenda, notes, a vote, an action item tracked as an issue and a volunteer task, approval, publication', async () => {
    clock.set(T0);
    const m0 = await scheduleMeeting(app, k.chair, {
      communityId: k.c.gid,
      kind: 'JOINT',
      title: '三方联席会议：加装电梯',
      scheduledAt: at(24),
      location: '社区议事厅',
      convenerId: k.c.orgs.rc.gid,
      participantIds: [k.c.orgs.pm.gid, k.c.orgs.oc.gid],
      agenda: [{ title: '1栋加装电梯方案' }, { title: '停车位划线' }],
    });
    expect(m0.status).toBe('SCHEDULED');
    expect(m0.attendance).toHaveLength(5);
    expect(m0.agenda.map((a: any) => a.position)).toEqual([1, 2]);
    // An outsider cannot see a joint meeting.
    expect(await meeting(m0.id, k.outsider)).toBeNull();

    clock.set(new Date(T0.getTime() + 24 * HOUR));
    await mutate('startMeeting', 'MeetingRefInput', k.chair, { meetingId: m0.id });
    for (const u of [k.chair, k.rc1, k.pm, k.oc]) await mutate('checkInAttendee', 'CheckInAttendeeInput', u, { meetingId: m0.id });
    const item = m0.agenda[0];
    const e1 = await mutate('editAgendaNotes', 'EditAgendaNotesInput', k.rc1, { agendaItemId: item.id, notes: '一、方案介绍\n二、费用分摊', expectedVersion: 0 }, 'notesVersion notes');
    expect(e1.notesVersion).toBe(1);
    // Two stale edits of different lines are merged; the same line conflicts.
    const e2 = await mutate('editAgendaNotes', 'EditAgendaNotesInput', k.pm, { agendaItemId: item.id, notes: '一、方案介绍（物业补充）\n二、费用分摊', expectedVersion: 1 }, 'notesVersion notes');
    const e3 = await mutate('editAgendaNotes', 'EditAgendaNotesInput', k.oc, { agendaItemId: item.id, notes: '一、方案介绍\n二、费用分摊按楼层系数', expectedVersion: 1 }, 'notesVersion notes');
    expect(e2.notesVersion).toBe(2);
    expect(e3).toEqual({ notesVersion: 3, notes: '一、方案介绍（物业补充）\n二、费用分摊按楼层系数' });
    const clash = await gql(app.url, `mutation($input: EditAgendaNotesInput!) { editAgendaNotes(input: $input) { id } }`, { input: { agendaItemId: item.id, notes: '一、另一种说法\n二、费用分摊', expectedVersion: 1 } }, k.chair.token);
    expect(clash.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 3, currentNotes: e3.notes });

    const r = await mutate('proposeResolution', 'ProposeResolutionInput', k.chair, { meetingId: m0.id, agendaItemId: item.id, title: '同意1栋加装电梯', text: '同意1栋加装电梯，费用按楼层系数分摊。', rule: 'SIMPLE_MAJORITY' }, 'id status');
    await mutate('openVoting', 'ResolutionRefInput', k.chair, { resolutionId: r.id });
    for (const u of [k.chair, k.rc1, k.pm]) await mutate('castBallot', 'CastBallotInput', u, { resolutionId: r.id, choice: 'FOR' });
    expect(await errorCode(app.url, `mutation($input: CastBallotInput!) { castBallot(input: $input) { id } }`, { input: { resolutionId: r.id, choice: 'AGAINST' } }, k.pm.token)).toBe('CONFLICT');
    const closed = await mutate('closeVoting', 'ResolutionRefInput', k.chair, { resolutionId: r.id }, 'status outcome tally { eligibleCount votedCount forCount quorumMet }');
    // The four checked in are its electors (the fifth seat, never taken, is not).
    expect(closed).toEqual({ status: 'CLOSED', outcome: 'PASSED', tally: { eligibleCount: 4, votedCount: 3, forCount: 3, quorumMet: true } });

    const a = await mutate('addActionItem', 'AddActionItemInput', k.chair, { meetingId: m0.id, resolutionId: r.id, title: '物业出具施工方案', assigneeId: k.c.orgs.pm.gid, dueAt: at(24 * 8), trackAsIssue: true }, 'id status issue { id status }');
    expect(a.issue.status).toBe('DISPATCHED');
    const helpers = await mutate('addActionItem', 'AddActionItemInput', k.chair, { meetingId: m0.id, title: '组织志愿者入户征求意见', assigneeId: k.c.orgs.station.gid }, 'id');
    const coordinator = await createUser(app, { name: '站长' });
    await seat(app, coordinator, k.c.orgs.station.id, MemberRole.COORDINATOR);
    await createVolunteers(app, k.c, 1);
    const t = await mutate('createVolunteerTask', 'CreateVolunteerTaskInput', coordinator, { stationId: k.c.orgs.station.gid, title: '入户征求意见', description: '1栋各户', startsAt: at(48), endsAt: at(50), slots: 2, sourceActionItemId: helpers.id, publish: true }, 'id sourceActionItem { id title }');
    expect(t.sourceActionItem).toEqual({ id: helpers.id, title: '组织志愿者入户征求意见' });

    await mutate('adjournMeeting', 'MeetingRefInput', k.chair, { meetingId: m0.id });
    let m1 = await meeting(m0.id, k.chair);
    expect(m1.status).toBe('ADJOURNED');
    expect(m1.actionItems.find((x: any) => x.id === helpers.id).task).toEqual({ id: t.id });
    expect(m1.attendance.find((s: any) => s.user.id === k.rc2.gid).status).toBe('ABSENT');
    expect(m1.minutes.pendingApprovers.map((u: any) => u.id).sort()).toEqual([k.chair.gid, k.rc1.gid].sort());
    // The property manager was present but is not of the convener: it does not approve.
    expect(await errorCode(app.url, `mutation($input: MeetingRefInput!) { approveMinutes(input: $input) { id } }`, { input: { meetingId: m0.id } }, k.pm.token)).toBe('FORBIDDEN');
    await mutate('approveMinutes', 'MeetingRefInput', k.chair, { meetingId: m0.id });
    expect((await meeting(m0.id, k.chair)).status).toBe('ADJOURNED');
    await mutate('approveMinutes', 'MeetingRefInput', k.rc1, { meetingId: m0.id });
    await mutate('publishMinutes', 'MeetingRefInput', k.chair, { meetingId: m0.id });
    m1 = await meeting(m0.id, k.owners[0]!);
    expect(m1.status).toBe('PUBLISHED');
    expect(m1.minutes.markdown).toContain('# 三方联席会议：加装电梯');
    expect(m1.minutes.markdown).toContain('二、费用分摊按楼层系数');
    expect(m1.minutes.markdown).toContain('**通过**');
    // After publication only an amendment with a reason changes the notes.
    expect(await errorCode(app.url, `mutation($input: EditAgendaNotesInput!) { editAgendaNotes(input: $input) { id } }`, { input: { agendaItemId: item.id, notes: 'x', expectedVersion: 3 } }, k.chair.token)).toBe('BAD_USER_INPUT');
    await mutate('editAgendaNotes', 'EditAgendaNotesInput', k.chair, { agendaItemId: item.id, notes: `${e3.notes}\n三、施工期间临时停车安排`, expectedVersion: 3, amendmentReason: '补记遗漏的停车安排' });
    m1 = await meeting(m0.id, k.owners[0]!);
    expect(m1.minutes.markdown).toContain('## 修正记录');
    expect(m1.minutes.revisions[0]).toMatchObject({ amendment: true, summary: '修正：补记遗漏的停车安排' });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { collect, ok, wsClient } from '../helpers/graphql.js';
import type { TestUser } from '../factories/index.js';
import { createMeetingCast, scheduleMeeting, step, type MeetingCast, type Step } from '../factories/meetings.js';
import { ManualClock } from '../../server/core/clock.js';

const HOUR = 3_600_000;
const T0 = new Date('2026-11-01T00:00:00.000Z');
const clock = new ManualClock(T0);
const at = (h: number) => new Date(T0.getTime() + h * HOUR).toISOString();
const MEETING_EVENTS = `subscription($m: ID!, $after: String) { meetingEvents(meetingId: $m, after: $after) { id cursor type data actor { id } } }`;

let app: TestApp;
let k: MeetingCast;
const clients: { dispose(): Promise<void> | void }[] = [];

const run = (s: Step, by: { token: string }, input: Record<string, unknown>, select = 'id') => step(app, s, by, input, select);

function socket(user: TestUser) {
  const client = wsClient(app.wsUrl, user.token);
  clients.push(client);
  return client;
}

/** The meeting's events as `by` reads them over HTTP, oldest first, and where a subscription resumes after them. */
async function history(meetingId: string, by: TestUser) {
  const { events } = await ok(
    app.url,
    `query($c: ID!, $s: ID) { events(communityId: $c, subjectId: $s, first: 100, order: OLDEST_FIRST) { streamCursor edges { cursor node { id type } } } }`,
    { c: k.c.gid, s: meetingId },
    by.token,
  );
  return { ids: events.edges.map((e: any) => e.node.id) as string[], cursors: events.edges.map((e: any) => e.cursor) as string[], streamCursor: events.streamCursor as string };
}

/** Every value anywhere inside `x`. */
const values = (x: unknown): unknown[] => (x !== null && typeof x === 'object' ? Object.values(x).flatMap(values) : [x]);

async function sittingMeeting(title: string) {
  clock.set(T0);
  const m = await scheduleMeeting(app, k.chair, {
    communityId: k.c.gid,
    kind: 'JOINT',
    title,
    scheduledAt: at(24),
    convenerId: k.c.orgs.rc.gid,
    participantIds: [k.c.orgs.pm.gid],
    agenda: [{ title: '电梯维修' }],
  });
  clock.set(new Date(T0.getTime() + 24 * HOUR));
  await run('start', k.chair, { meetingId: m.id });
  return m;
}

beforeAll(async () => {
  app = await startTestApp({ clock });
  k = await createMeetingCast(app);
});
afterAll(async () => {
  for (const c of clients) await c.dispose();
  await app.close();
});

describe('meetingEvents(meetingId)', () => {
  it('delivers check-in, notes, ballots (the tally, not the choice) and action items, in order, to a party member', async () => {
    const m = await sittingMeeting('直播会议');
    // Three of the four seats are taken before the stream starts; rc1 comes in live.
    await run('checkIn', k.chair, { meetingId: m.id });
    await run('checkIn', k.chair, { meetingId: m.id, userId: k.rc2.gid });
    await run('checkIn', k.pm, { meetingId: m.id });
    const { streamCursor } = await history(m.id, k.pm);
    const sub = collect(socket(k.pm), MEETING_EVENTS, { m: m.id, after: streamCursor });

    await run('checkIn', k.rc1, { meetingId: m.id });
    await run('editNotes', k.pm, { agendaItemId: m.agenda[0].id, notes: '物业：钢丝绳磨损', expectedVersion: 0 });
    const r = await run('propose', k.chair, { meetingId: m.id, title: '更换钢丝绳', text: '同意更换钢丝绳。', rule: 'SIMPLE_MAJORITY' });
    await run('openVoting', k.chair, { resolutionId: r.id });
    await run('castBallot', k.rc1, { resolutionId: r.id, choice: 'FOR' });
    await run('castBallot', k.chair, { resolutionId: r.id, voterId: k.rc2.gid, choice: 'AGAINST', channel: 'PAPER' });
    await run('castBallot', k.pm, { resolutionId: r.id, choice: 'FOR' });
    await run('closeVoting', k.chair, { resolutionId: r.id });
    const a = await run('addActionItem', k.chair, { meetingId: m.id, resolutionId: r.id, title: '物业更换钢丝绳', assigneeId: k.c.orgs.pm.gid });
    await run('updateActionItem', k.pm, { actionItemId: a.id, status: 'DONE' });

    // Then one more event: the stream is ordered, so once it arrives, nothing more and nothing
    // twice came before it.
    await run('addActionItem', k.chair, { meetingId: m.id, title: '物业公示维修费用', assigneeId: k.c.orgs.pm.gid });
    const got = (await sub.next(11)).slice(0, 10).map((x: any) => x.meetingEvents);
    expect(sub.items.map((x: any) => x.meetingEvents.type).slice(10)).toEqual(['actionItem.added']);
    expect(sub.errors).toEqual([]);
    expect(got.map((e: any) => e.type)).toEqual([
      'meeting.checkedIn',
      'meeting.notesEdited',
      'resolution.proposed',
      'resolution.opened',
      'resolution.ballotCast',
      'resolution.ballotCast',
      'resolution.ballotCast',
      'resolution.closed',
      'actionItem.added',
      'actionItem.updated',
    ]);
    // The same events, in the same order, as the audit trail has them.
    const { ids } = await history(m.id, k.pm);
    expect(got.map((e: any) => e.id)).toEqual(ids.slice(ids.length - 11, ids.length - 1));

    expect(got[0].data).toMatchObject({ userName: k.rc1.name, proxyForName: null });
    expect(got[1].data).toMatchObject({ agendaItemId: m.agenda[0].id, notesVersion: 1, authorName: k.pm.name, merged: false });
    const [online, paper, last] = [got[4], got[5], got[6]];
    for (const e of [online, paper, last]) {
      expect(Object.keys(e.data).sort()).toEqual(['channel', 'resolutionId', 'tally', 'title']);
      expect(values(e.data)).not.toEqual(expect.arrayContaining(['FOR']));
      expect(values(e.data)).not.toEqual(expect.arrayContaining(['AGAINST']));
      expect(values(e.data)).not.toContain(k.rc2.gid);
      // Nor who cast it: a ballot's event has no actor, as the running tally would tell the choice.
      expect(e.actor).toBeNull();
    }
    expect(got[0].actor).toEqual({ id: k.rc1.gid });
    expect(online.data).toMatchObject({ resolutionId: r.id, channel: 'ONLINE', tally: { eligibleCount: 4, votedCount: 1 } });
    // SIMPLE_MAJORITY has no turnout of its own: the meeting's attendance was checked when the vote opened.
    expect(paper.data).toMatchObject({ resolutionId: r.id, channel: 'PAPER', tally: { eligibleCount: 4, votedCount: 2, forCount: 1, againstCount: 1, quorumMet: true } });
    expect(last.data.tally).toMatchObject({ votedCount: 3, forCount: 2, againstCount: 1, quorumMet: true });
    expect(got[7].data).toMatchObject({ resolutionId: r.id, outcome: 'PASSED' });
    expect(got[8].data).toMatchObject({ actionItemId: a.id, assigneeName: '物业' });
    expect(got[9].data).toMatchObject({ actionItemId: a.id, status: { before: 'OPEN', after: 'DONE' } });
    sub.dispose();
  });

  it('refuses a joint meeting to whoever may not see it, with NOT_FOUND, as for a meeting that does not exist', async () => {
    const m = await sittingMeeting('闭门会议');
    const missing = Buffer.from('Meeting:00000000-0000-4000-8000-000000000000').toString('base64url');
    for (const [who, user, id] of [
      ['outsider', k.outsider, m.id],
      ['owner of the community', k.owners[0]!, m.id],
      ['outsider, missing meeting', k.outsider, missing],
    ] as [string, TestUser, string][]) {
      const sub = collect(socket(user), MEETING_EVENTS, { m: id });
      await sub.next(1, 5000).catch(() => undefined);
      expect({ who, done: sub.done, items: sub.items, codes: JSON.stringify(sub.errors).match(/"code":"(\w+)"/)?.[1] }).toEqual({ who, done: true, items: [], codes: 'NOT_FOUND' });
    }
  });

  it('resumes after a cursor: replays exactly what was missed, then goes on live', async () => {
    const m = await sittingMeeting('断线重连');
    const item = m.agenda[0].id;
    const start = (await history(m.id, k.pm)).streamCursor;
    const first = collect(socket(k.pm), MEETING_EVENTS, { m: m.id, after: start });
    await run('checkIn', k.rc1, { meetingId: m.id });
    await run('editNotes', k.rc1, { agendaItemId: item, notes: '第一条', expectedVersion: 0 });
    const seen = (await first.next(2)).map((x: any) => x.meetingEvents);
    first.dispose();

    // While the property manager is away, the meeting goes on.
    await run('editNotes', k.chair, { agendaItemId: item, notes: '第一条\n第二条', expectedVersion: 1 });
    await run('checkIn', k.chair, { meetingId: m.id });
    await run('setEditing', k.rc2, { agendaItemId: item, editing: true });
    const action = await run('addActionItem', k.chair, { meetingId: m.id, title: '物业出具报价', assigneeId: k.c.orgs.pm.gid });
    const { ids, cursors } = await history(m.id, k.pm);
    const resumeAt = cursors.indexOf(seen[1].cursor);
    expect(ids[resumeAt]).toBe(seen[1].id);
    const missed = ids.slice(resumeAt + 1);
    expect(missed).toHaveLength(4);

    const again = collect(socket(k.pm), MEETING_EVENTS, { m: m.id, after: seen[1].cursor });
    const replayed = (await again.next(4)).map((x: any) => x.meetingEvents);
    expect(replayed.map((e: any) => e.id)).toEqual(missed);
    expect(replayed.map((e: any) => e.type)).toEqual(['meeting.notesEdited', 'meeting.checkedIn', 'meeting.editing', 'actionItem.added']);
    // Then live, with nothing replayed twice.
    await run('adjourn', k.chair, { meetingId: m.id });
    const [, , , , live] = (await again.next(5)).map((x: any) => x.meetingEvents);
    expect(live.type).toBe('meeting.adjourned');
    // One more after it: once that arrives, anything replayed twice would have come before it.
    await run('updateActionItem', k.pm, { actionItemId: action.id, status: 'DONE' });
    await again.next(6);
    expect(again.items.map((x: any) => x.meetingEvents.type).slice(5)).toEqual(['actionItem.updated']);
    expect(new Set(again.items.map((x: any) => x.meetingEvents.id)).size).toBe(6);
    expect(again.errors).toEqual([]);
  });
});

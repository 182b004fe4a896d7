// The meetings list in a constant, small number of statements (issue 11, part 3): at most 3 per
// request whatever the page size, with the convener, the participants, the viewer's seat and the
// agenda, and the same answers as the field resolvers give one meeting at a time (`node(id)`).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { statementCounter } from '../helpers/statements.js';
import { ok } from '../helpers/graphql.js';
import { createMeetingCast, type MeetingCast } from '../factories/meetings.js';
import { ManualClock } from '../../server/core/clock.js';
import type { TestUser } from '../factories/index.js';

const HOUR = 3_600_000;
const T0 = new Date('2026-06-01T00:00:00.000Z');
const clock = new ManualClock(T0);
const at = (h: number) => new Date(T0.getTime() + h * HOUR).toISOString();

let app: TestApp;
let k: MeetingCast;
const { onQuery, counted } = statementCounter();

const FIELDS = `id kind title status scheduledAt location cancelReason attendanceQuorum version
  convener { id name kind } participants { id name kind } viewerSeat { id status checkedInAt } agenda { id position title notes notesVersion }`;
const LIST = (first: number) => `query($c: ID!, $after: String) { meetings(communityId: $c, first: ${first}, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${FIELDS} } } } }`;
const ONE = `query($id: ID!) { node(id: $id) { ... on Meeting { ${FIELDS} } } }`;

const run = async (name: string, input: string, user: TestUser, vars: Record<string, unknown>) =>
  Object.values(await ok(app.url, `mutation($input: ${input}!) { ${name}(input: $input) { id } }`, { input: vars }, user.token))[0] as any;

beforeAll(async () => {
  app = await startTestApp({ clock, onQuery });
  k = await createMeetingCast(app);
  for (let i = 0; i < 54; i++) {
    const base = { communityId: k.c.gid, title: `会议${i}`, scheduledAt: at(2 + i), location: i % 2 ? '议事厅' : null };
    // Joint meetings of the residents' committee with the property manager (some inviting an
    // owner), representatives' meetings the community sees, and the supervisory committee's own.
    const input =
      i % 3 === 0
        ? { ...base, kind: 'JOINT', convenerId: k.c.orgs.rc.gid, participantIds: i % 2 ? [k.c.orgs.pm.gid, k.c.orgs.party.gid] : [k.c.orgs.pm.gid], inviteeIds: i % 4 === 0 ? [k.owners[0]!.gid] : [] }
        : i % 3 === 1
          ? { ...base, kind: 'REPRESENTATIVES', convenerId: k.c.orgs.rc.gid, participantIds: [], inviteeIds: [k.owners[1]!.gid] }
          : { ...base, kind: 'SUPERVISION', convenerId: k.c.orgs.sc.gid, participantIds: [] };
    const agenda = Array.from({ length: i % 4 }, (_, j) => ({ title: `议题${j + 1}` }));
    const by = input.convenerId === k.c.orgs.sc.gid ? k.sc : k.chair;
    const m = await run('scheduleMeeting', 'ScheduleMeetingInput', by, { ...input, ...(agenda.length ? { agenda } : {}) });
    if (i % 7 === 3) await run('cancelMeeting', 'CancelMeetingInput', by, { meetingId: m.id, reason: '改期' });
  }
}, 300_000);
afterAll(() => app?.close());


/** The convener's member, a participant's member, an invited owner, an owner, a member of another organization, an outsider. */
const viewers = () => [k.chair, k.pm, k.owners[0]!, k.owners[2]!, k.sc, k.oc, k.outsider];

describe('meetings(first: n)', () => {
  it('costs at most 3 statements whatever the page size, with every field of the list', async () => {
    for (const first of [1, 50]) {
      for (const viewer of viewers()) {
        const { result, n, sql } = await counted(() => ok(app.url, LIST(first), { c: k.c.gid }, viewer.token));
        expect(result.meetings.edges.length).toBe(Math.min(first, result.meetings.totalCount));
        if (n > 3) console.log(sql.join('\n---\n'));
        expect(n).toBeLessThanOrEqual(3);
      }
    }
  });

  it('answers what the field resolvers answer for each meeting alone, for each viewer', async () => {
    const totals: number[] = [];
    for (const viewer of viewers()) {
      const { meetings } = await ok(app.url, LIST(100), { c: k.c.gid }, viewer.token);
      totals.push(meetings.totalCount);
      for (const e of meetings.edges) {
        const { node } = await ok(app.url, ONE, { id: e.node.id }, viewer.token);
        expect(e.node).toEqual(node);
      }
    }
    // Rights differ per viewer: the residents' committee sees its 36, the outsider none.
    expect(totals[0]).toBe(36);
    expect(totals.at(-1)).toBe(0);
    expect(new Set(totals).size).toBeGreaterThan(2);
  });

  it('pages with the same count and cursors', async () => {
    const all = (await ok(app.url, LIST(100), { c: k.c.gid }, k.chair.token)).meetings;
    const ids: string[] = [];
    let after: string | null = null;
    do {
      const page: any = (await ok(app.url, LIST(20), { c: k.c.gid, after }, k.chair.token)).meetings;
      expect(page.totalCount).toBe(all.totalCount);
      ids.push(...page.edges.map((e: any) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(ids).toEqual(all.edges.map((e: any) => e.node.id));
  });
});

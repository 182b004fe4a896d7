// The volunteer task board in a constant, small number of statements (issue 11, part 3): at most
// 3 per request whatever the page size, with the station, the counts, the viewer's claim and
// abilities, and the same answers as the field resolvers give one task at a time (`node(id)`).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { statementCounter } from '../helpers/statements.js';
import { ok } from '../helpers/graphql.js';
import { createCommunity, createUser, reside, seat, MemberRole, type TestCommunity, type TestUser } from '../factories/index.js';
import { createVolunteers, type TestVolunteer } from '../factories/volunteers.js';
import { ManualClock } from '../../server/core/clock.js';

const HOUR = 3_600_000;
const T0 = new Date('2026-06-01T00:00:00.000Z');
const clock = new ManualClock(T0);
const at = (h: number) => new Date(T0.getTime() + h * HOUR).toISOString();

let app: TestApp;
let c: TestCommunity;
let coordinator: TestUser;
let committee: TestUser;
let resident: TestUser;
let outsider: TestUser;
let volunteers: TestVolunteer[];
const { onQuery, counted } = statementCounter();

const FIELDS = `id title description skills location startsAt endsAt checkInOpensAt slots claimedCount waitlistCount status cancelReason version
  station { id name kind } viewerClaim { id status claimedAt checkedInAt checkedOutAt hours hoursStatus } viewerActions`;
const BOARD = (first: number) => `query($c: ID!, $after: String) { volunteerTasks(communityId: $c, first: ${first}, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${FIELDS} } } } }`;
const ONE = `query($id: ID!) { node(id: $id) { ... on VolunteerTask { ${FIELDS} } } }`;

const run = async (name: string, input: string, fields: string, user: TestUser, vars: Record<string, unknown>) =>
  Object.values(await ok(app.url, `mutation($input: ${input}!) { ${name}(input: $input) { ${fields} } }`, { input: vars }, user.token))[0] as any;

beforeAll(async () => {
  app = await startTestApp({ clock, onQuery });
  c = await createCommunity(app);
  [coordinator, committee, resident, outsider] = await Promise.all([createUser(app, { name: '驿站站长' }), createUser(app, { name: '居委会委员' }), createUser(app, { name: '居民' }), createUser(app, { name: '外人' })]);
  await seat(app, coordinator, c.orgs.station.id, MemberRole.COORDINATOR);
  await seat(app, committee, c.orgs.rc.id);
  await reside(app, resident, c.id);
  volunteers = await createVolunteers(app, c, 3, ['清洁']);
  for (let i = 0; i < 56; i++) {
    const draft = i % 11 === 5;
    const t = await run('createVolunteerTask', 'CreateVolunteerTaskInput', 'id', coordinator, {
      stationId: c.orgs.station.gid, title: `任务${i}`, description: '清理中心花园', startsAt: at(2 + i), endsAt: at(5 + i), slots: 1 + (i % 3),
      publish: !draft, ...(i % 4 === 0 ? { location: '中心花园', skills: ['清洁'] } : {}),
    });
    if (draft) continue;
    if (i % 13 === 7) {
      await run('cancelVolunteerTask', 'CancelVolunteerTaskInput', 'id', coordinator, { taskId: t.id, reason: '下雨' });
      continue;
    }
    for (const [k, v] of volunteers.entries()) {
      if ((i + k) % 3 !== 0) continue;
      const claim = await run('claimTask', 'ClaimTaskInput', 'id', v, { taskId: t.id });
      if ((i + k) % 5 === 0) await run('withdrawClaim', 'ClaimRefInput', 'id', v, { claimId: claim.id });
    }
  }
  // Some tasks have started, some have ended: the statuses and abilities the clock gives.
  clock.set(new Date(at(20)));
}, 300_000);
afterAll(() => app?.close());


const viewers = () => [volunteers[0]!, volunteers[1]!, resident, committee, coordinator, outsider];

describe('volunteerTasks(first: n)', () => {
  it('costs at most 3 statements whatever the page size, with every field of the board', async () => {
    for (const first of [1, 50]) {
      for (const viewer of viewers()) {
        const { result, n, sql } = await counted(() => ok(app.url, BOARD(first), { c: c.gid }, viewer.token));
        expect(result.volunteerTasks.edges.length).toBe(Math.min(first, result.volunteerTasks.totalCount));
        if (n > 3) console.log(sql.join('\n---\n'));
        expect(n).toBeLessThanOrEqual(3);
      }
    }
  });

  it('answers what the field resolvers answer for each task alone, for each viewer', async () => {
    const seen = new Set<number>();
    for (const viewer of viewers()) {
      const { volunteerTasks } = await ok(app.url, BOARD(100), { c: c.gid }, viewer.token);
      seen.add(volunteerTasks.totalCount);
      for (const e of volunteerTasks.edges) {
        const { node } = await ok(app.url, ONE, { id: e.node.id }, viewer.token);
        expect(e.node).toEqual(node);
      }
    }
    // The station sees its drafts, the community the rest, the outsider nothing.
    expect([...seen].sort((a, b) => a - b)).toEqual([0, 51, 56]);
  });

  it('pages with the same count and cursors', async () => {
    const all = (await ok(app.url, BOARD(100), { c: c.gid }, coordinator.token)).volunteerTasks;
    const ids: string[] = [];
    let after: string | null = null;
    do {
      const page: any = (await ok(app.url, BOARD(20), { c: c.gid, after }, coordinator.token)).volunteerTasks;
      expect(page.totalCount).toBe(all.totalCount);
      ids.push(...page.edges.map((e: any) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(ids).toEqual(all.edges.map((e: any) => e.node.id));
  });
});

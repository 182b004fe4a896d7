// governanceStats from counters kept as events happen (issue 11, part 3): after a random history
// of issue transitions through the API (dispatches, returns, acceptances, resolutions, ratings
// that close or reopen, withdrawals, duplicates, on a clock that jumps by random hours over many
// days), the counters equal a full recount, and the figures equal those of a full scan for every
// window: whole days, windows that cut days, one day, the whole past.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { gql } from '../helpers/graphql.js';
import { createIssueCast, MUTATIONS, submit, type IssueCast } from '../factories/issues.js';
import { em } from '../factories/index.js';
import { ManualClock } from '../../server/core/clock.js';
import { issueStats, issueStatsByScan, spanRanges } from '../../server/issues/issue-stats.service.js';
import { OVERDUE_SQL } from '../../server/issues/issues.queries.js';

const HOUR = 3_600_000;
const T0 = new Date('2026-03-01T09:30:00.000Z');
const clock = new ManualClock(T0);
let app: TestApp;
let c: IssueCast;

/** A small deterministic generator (mulberry32), seeded so a failure can be replayed. */
const SEED = Number(process.env.STATS_SEED ?? Date.now() % 100_000);
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(SEED);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;

beforeAll(async () => {
  app = await startTestApp({ clock });
  c = await createIssueCast(app);
}, 120_000);
afterAll(() => app?.close());

/** The counters as the triggers left them, and as a recount from the issues gives them (the migration's backfill queries). */
async function counters(e: EntityManager, communityId: string) {
  const daily = await e.execute(`SELECT day::text, submitted, open, open_undated, dispatched, accepted, accepted_on_time, resolved_clean, ratings, good_ratings
     FROM issue_stats_daily WHERE community_id = ? AND (submitted, open, dispatched, accepted, ratings) <> (0, 0, 0, 0, 0) ORDER BY day`, [communityId]);
  const recount = await e.execute(`SELECT gz_stats_day(i.submitted_at)::text AS day, count(*)::int AS submitted,
       count(*) FILTER (WHERE i.status IN ('SUBMITTED', 'DISPATCHED', 'ACCEPTED', 'RETURNED', 'REOPENED'))::int AS open,
       count(*) FILTER (WHERE i.status IN ('SUBMITTED', 'DISPATCHED', 'ACCEPTED', 'RETURNED', 'REOPENED') AND NOT ${OVERDUE_SQL})::int AS open_undated,
       count(*) FILTER (WHERE i.first_dispatched_at IS NOT NULL)::int AS dispatched,
       count(*) FILTER (WHERE i.first_accepted_at IS NOT NULL)::int AS accepted,
       count(*) FILTER (WHERE i.first_accepted_at <= i.accept_by)::int AS accepted_on_time,
       count(*) FILTER (WHERE i.first_accepted_at IS NOT NULL AND i.status IN ('RESOLVED', 'CLOSED') AND i.reopen_count = 0)::int AS resolved_clean,
       coalesce(sum((SELECT count(*) FROM issue_ratings r WHERE r.issue_id = i.id)), 0)::int AS ratings,
       coalesce(sum((SELECT count(*) FROM issue_ratings r WHERE r.issue_id = i.id AND r.score >= 4)), 0)::int AS good_ratings
     FROM issues i WHERE i.community_id = ? GROUP BY 1 ORDER BY 1`, ['infinity', 'infinity', communityId]); // never overdue: no deadline
  const orgs = await e.execute(`SELECT day::text, organization_id, dispatched, assignments, on_time, accepted, resolved_clean, ratings, good
     FROM issue_stats_org_daily WHERE community_id = ? AND (dispatched, assignments, ratings) <> (0, 0, 0) ORDER BY 1, 2`, [communityId]);
  const orgRecount = await e.execute(`SELECT day, organization_id, sum(dispatched)::int AS dispatched, sum(assignments)::int AS assignments, sum(on_time)::int AS on_time,
       sum(accepted)::int AS accepted, sum(resolved_clean)::int AS resolved_clean, sum(ratings)::int AS ratings, sum(good)::int AS good FROM (
       SELECT gz_stats_day(i.submitted_at)::text AS day, a.organization_id, count(DISTINCT a.issue_id) AS dispatched, count(*) AS assignments,
              count(*) FILTER (WHERE a.accepted_at IS NOT NULL AND (a.accept_by IS NULL OR a.accepted_at <= a.accept_by)) AS on_time,
              count(*) FILTER (WHERE a.accepted_at IS NOT NULL) AS accepted,
              count(*) FILTER (WHERE a.accepted_at IS NOT NULL AND a.resolved_at IS NOT NULL AND a.ended_as IS DISTINCT FROM 'REOPENED') AS resolved_clean, 0 AS ratings, 0 AS good
         FROM issue_assignments a JOIN issues i ON i.id = a.issue_id WHERE i.community_id = ? GROUP BY 1, 2
       UNION ALL
       SELECT gz_stats_day(i.submitted_at)::text, r.organization_id, 0, 0, 0, 0, 0, count(*), count(*) FILTER (WHERE r.score >= 4)
         FROM issue_ratings r JOIN issues i ON i.id = r.issue_id WHERE i.community_id = ? AND r.organization_id IS NOT NULL GROUP BY 1, 2) x
     GROUP BY 1, 2 ORDER BY 1, 2`, [communityId, communityId]);
  // The durations' radix tree: every duration in microseconds (offset by 2^47), counted at each of
  // its 6 levels (its L-th byte under its first L-1 bytes) in its day, month and year.
  const durations = await e.execute(`SELECT kind, level, parent::text, span, start::text, child, n
     FROM issue_stats_duration_buckets WHERE community_id = ? ORDER BY 1, 2, 3, 4, 5, 6`, [communityId]);
  const durationRecount = await e.execute(`SELECT kind, l AS level, (v >> (8 * (7 - l)))::text AS parent, span, start::text,
       ((v >> (8 * (6 - l))) & 255)::smallint AS child, count(*)::int AS n FROM (
       SELECT gz_stats_day(submitted_at) AS d, 'A' AS kind,
              ((extract(epoch FROM first_accepted_at - first_dispatched_at) * 1000000)::bigint + 140737488355328) AS v
         FROM issues WHERE community_id = ? AND first_accepted_at IS NOT NULL AND first_dispatched_at IS NOT NULL
       UNION ALL
       SELECT gz_stats_day(submitted_at), 'R', ((extract(epoch FROM first_resolved_at - first_dispatched_at) * 1000000)::bigint + 140737488355328)
         FROM issues WHERE community_id = ? AND first_resolved_at IS NOT NULL AND first_dispatched_at IS NOT NULL) x,
       generate_series(1, 6) l,
       LATERAL (VALUES ('D', x.d), ('M', date_trunc('month', x.d::timestamp)::date), ('Y', date_trunc('year', x.d::timestamp)::date)) g(span, start)
     GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6`, [communityId, communityId]);
  return { daily, recount, orgs, orgRecount, durations, durationRecount };
}

describe('governanceStats counters', () => {
  it(`equal a full recount after a random history (seed ${SEED}), and give the figures of a full scan for any window`, async () => {
    const pm = c.community.orgs.pm.gid;
    const oc = c.community.orgs.oc.gid;
    const handlers = { [pm]: c.pmStaff, [oc]: c.ocChair };
    const issues: { id: string; reporter: typeof c.resident; assignee: string | null; status: string }[] = [];
    let refused = 0;
    /** One step through the API; the issue's status follows the answer (a refusal leaves it). */
    const tryAct = async (i: (typeof issues)[number], action: keyof typeof MUTATIONS, user: typeof c.resident, input: Record<string, unknown>) => {
      const r = await gql(app.url, MUTATIONS[action], { input: { issueId: i.id, ...input } }, user.token);
      if (r.errors?.length || !r.data) {
        refused++;
        return false;
      }
      i.status = (Object.values(r.data)[0] as { status: string }).status;
      return true;
    };
    // A random walk through the closed loop: each step takes a random issue one step further
    // (mostly forward, sometimes back: returns, low ratings that reopen, withdrawals, duplicates).
    for (let step = 0; step < 120; step++) {
      clock.set(new Date(clock.now().getTime() + Math.floor(random() * 9 * HOUR) + 60_000));
      const live = issues.filter((i) => !['CLOSED', 'WITHDRAWN', 'DUPLICATE'].includes(i.status));
      if (live.length < 3 || random() < 0.2) {
        const reporter = pick([c.resident, c.neighbour]);
        const issue = await submit(app, c, reporter, { title: `随机${step}`, priority: pick(['URGENT', 'HIGH', 'NORMAL', 'LOW']) });
        issues.push({ id: issue.id, reporter, assignee: null, status: issue.status });
        continue;
      }
      const i = pick(live);
      const handler = i.assignee ? handlers[i.assignee]! : c.pmStaff;
      const roll = random();
      if (['SUBMITTED', 'RETURNED', 'REOPENED'].includes(i.status)) {
        if (roll < 0.1) await tryAct(i, 'withdraw', i.reporter, { reason: '不需要了' });
        else if (roll < 0.15) {
          const other = pick(issues);
          if (other.id !== i.id) await tryAct(i, 'markDuplicate', c.dispatcher, { duplicateOfId: other.id });
        } else {
          const org = pick([pm, oc]);
          if (await tryAct(i, 'dispatch', c.dispatcher, { organizationId: org })) i.assignee = org;
        }
      } else if (i.status === 'DISPATCHED') {
        if (roll < 0.2) await tryAct(i, 'return', handler, { reason: '不归我们管' });
        else if (roll < 0.25) await tryAct(i, 'withdraw', i.reporter, { reason: '不需要了' });
        else await tryAct(i, 'accept', handler, {});
      } else if (i.status === 'ACCEPTED') await tryAct(i, 'resolve', handler, { resolution: '已处理' });
      else if (i.status === 'RESOLVED') {
        const score = pick([1, 2, 3, 4, 5]);
        await tryAct(i, 'rate', i.reporter, { score, ...(score <= 3 ? { comment: '还是不行' } : {}) });
      }
    }
    const e = em(app);
    const k = await counters(e, c.community.id);
    // The history did something of each kind (not only refusals).
    expect(k.recount.reduce((n: number, r: any) => n + r.dispatched, 0)).toBeGreaterThan(3);
    expect(k.recount.reduce((n: number, r: any) => n + r.ratings, 0)).toBeGreaterThan(0);
    expect(refused).toBeLessThan(30);
    expect(k.daily).toEqual(k.recount);
    expect(k.orgs).toEqual(k.orgRecount);
    expect(k.durations).toEqual(k.durationRecount);

    // The figures, against a full scan, for windows of every shape.
    const now = clock.now();
    const end = now.getTime();
    const start = T0.getTime();
    const windows: [Date | null, Date][] = [
      [null, now],
      [null, new Date(start + 30 * HOUR)],
      [new Date(start - HOUR), now],
      [new Date('2026-03-02T00:00:00Z'), new Date('2026-03-05T00:00:00Z')], // whole days only
      [new Date(start + 5 * HOUR), new Date(start + 9 * HOUR)], // within one day
      [new Date(start + 20 * HOUR), new Date(start + 20 * HOUR + 2 * 86_400_000)],
    ];
    for (let n = 0; n < 6; n++) {
      const a = start + random() * (end - start);
      windows.push([new Date(a), new Date(a + random() * (end - a) + 1)]);
    }
    // overdueOpen at other moments too: before most deadlines, among them, after all of them.
    const nows = [now, new Date(start + 40 * HOUR), new Date(end - 12 * HOUR), new Date(end + 3 * 86_400_000), new Date(end + 400 * 86_400_000)];
    let overdue = 0;
    for (const [from, to] of windows) {
      for (const at of nows) {
        const fast = await issueStats(e, c.community.id, from, to, at);
        const scan = await issueStatsByScan(e, c.community.id, from, to, at);
        expect({ from, to, at, ...fast }).toEqual({ from, to, at, ...scan });
        overdue += scan.overdueOpen;
      }
    }
    expect(overdue).toBeGreaterThan(0);

    // Statements of many rows (an import, a bulk fix, a purge): the triggers sum each statement's
    // rows per counter row, and the counters still equal a recount after each.
    const [{ cols }] = await e.execute<{ cols: string[] }[]>(
      `SELECT array_agg(column_name::text ORDER BY ordinal_position) AS cols FROM information_schema.columns WHERE table_name = 'issues' AND is_generated = 'NEVER'`,
    ) as [{ cols: string[] }];
    const copy = cols.map((col) => (col === 'id' ? 'gen_random_uuid()' : col === 'number' ? `'X' || "number"` : `"${col}"`));
    const same = async (what: string) => {
      const now = await counters(e, c.community.id);
      expect(now.daily, what).toEqual(now.recount);
      expect(now.durations, what).toEqual(now.durationRecount);
      return now;
    };
    await e.execute(`INSERT INTO issues (${cols.map((col) => `"${col}"`).join(', ')}) SELECT ${copy.join(', ')} FROM issues WHERE community_id = ?`, [c.community.id]);
    const doubled = await same('after copying every issue in one statement');
    expect(doubled.recount.reduce((n: number, r: any) => n + r.submitted, 0)).toBe(2 * k.recount.reduce((n: number, r: any) => n + r.submitted, 0));
    await e.execute(
      `UPDATE issues SET resolve_by = resolve_by + interval '30 hours', submitted_at = submitted_at - interval '20 hours',
              first_resolved_at = coalesce(first_resolved_at, first_accepted_at + interval '5 hours'),
              status = (CASE WHEN status = 'SUBMITTED' THEN 'WITHDRAWN' ELSE status::text END)::issue_status
        WHERE community_id = ? AND "number" LIKE 'X%'`,
      [c.community.id],
    );
    await same('after changing the copies in one statement');
    await e.execute(`DELETE FROM issues WHERE community_id = ? AND "number" LIKE 'X%'`, [c.community.id]);
    const back = await same('after deleting the copies in one statement');
    expect(back.durations).toEqual(k.durations);
  }, 300_000);

  it('splits whole days into days, months and years that cover each day once', () => {
    const DAY = 86_400_000;
    const cases: [string, string][] = [
      ['2026-03-02', '2026-03-05'], ['2026-03-01', '2026-04-01'], ['2026-01-31', '2026-02-01'], ['2025-12-15', '2026-01-20'],
      ['2024-02-10', '2026-03-07'], ['1970-01-01', '2026-12-07'], ['2025-01-01', '2026-01-01'], ['2026-05-05', '2026-05-05'],
    ];
    for (const [a, b] of cases) {
      const { starts, ends } = spanRanges(new Date(`${a}T00:00:00Z`), new Date(`${b}T00:00:00Z`));
      const kinds = ['D', 'M', 'Y', 'M', 'D'] as const;
      const covered: string[] = [];
      kinds.forEach((k, i) => {
        for (let t = new Date(`${starts[i]}T00:00:00Z`); t < new Date(`${ends[i]}T00:00:00Z`); t = new Date(t.getTime() + DAY)) {
          const day = t.toISOString().slice(0, 10);
          if (k === 'D') covered.push(day);
          else if (k === 'M' && day.endsWith('-01')) for (let u = t; u.getUTCMonth() === t.getUTCMonth(); u = new Date(u.getTime() + DAY)) covered.push(u.toISOString().slice(0, 10));
          else if (k === 'Y' && day.endsWith('-01-01')) for (let u = t; u.getUTCFullYear() === t.getUTCFullYear(); u = new Date(u.getTime() + DAY)) covered.push(u.toISOString().slice(0, 10));
        }
      });
      const expected: string[] = [];
      for (let t = new Date(`${a}T00:00:00Z`); t < new Date(`${b}T00:00:00Z`); t = new Date(t.getTime() + DAY)) expected.push(t.toISOString().slice(0, 10));
      expect({ a, b, days: covered.sort() }).toEqual({ a, b, days: expected });
    }
  }, 300_000);
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { ok } from '../helpers/graphql.js';
import { generateCity, planCity, md5Uuid } from '../../server/app/demo-city.js';
import { DEMO_PASSWORD } from '../../server/app/demo.js';
import { toGlobalId } from '../../server/core/ids.js';

// `npm run demo:city` (DEMO=city): 襄阳 at its published size. Here at its full shape (1 city, 12
// counties, 114 townships, 2,785 communities with their organizations) and a small population, on
// two databases, to hold what the full run relies on: the shape, counters equal to a recount of
// the generated issues, the same city from the same seed, nothing doubled when run again, and
// people who can sign in.
const OPTS = { seed: 7, residents: 2785 * 3 + 17, issues: 11_111, anchor: new Date('2026-12-01T00:00:00Z') };
let a: TestApp;
let b: TestApp;

beforeAll(async () => {
  [a, b] = await Promise.all([startTestApp(), startTestApp()]);
}, 60_000);
afterAll(async () => {
  await a?.close();
  await b?.close();
});

const q = <T>(app: TestApp, sql: string, params: unknown[] = []) => app.services.orm.em.fork().execute<T[]>(sql, params);

describe('the synthetic city (demo:city)', () => {
  it('has 襄阳 at its published shape, and the same city from the same seed', async () => {
    const [first, second] = await Promise.all([generateCity(a.services, OPTS), generateCity(b.services, OPTS)]);
    expect(first).toMatchObject({ communities: 2785, residents: 2785 * 3 + 17, issues: 11_111 });
    expect(second).toMatchObject({ communities: 2785, residents: 2785 * 3 + 17, issues: 11_111 });
    const [people] = await q<{ communities: number; residents: number; perCommunity: number[]; flatsShared: number }>(
      a,
      `SELECT count(*)::int AS communities, sum(n)::int AS residents, array_agg(DISTINCT n ORDER BY n) AS "perCommunity",
              (SELECT count(*)::int FROM (SELECT unit_id FROM residencies GROUP BY 1 HAVING count(*) > 1) x) AS "flatsShared"
         FROM (SELECT community_id, count(*)::int AS n FROM residencies WHERE verified GROUP BY 1) c`,
    );
    // Every community has 3 residents or, for the first 17, 4; each in a flat of their own.
    expect(people).toEqual({ communities: 2785, residents: 2785 * 3 + 17, perCommunity: [3, 4], flatsShared: 0 });

    const levels = await q<{ level: string; n: number }>(a, `SELECT level::text, count(*)::int AS n FROM regions GROUP BY 1 ORDER BY 1`);
    expect(levels).toEqual([
      { level: 'CITY', n: 1 },
      { level: 'COUNTY', n: 12 },
      { level: 'TOWNSHIP', n: 114 },
    ]);
    const [shape] = await q<{ communities: number; townshipsWithout: number; centers: number }>(
      a,
      `SELECT (SELECT count(*)::int FROM communities) AS communities,
              (SELECT count(*)::int FROM regions t WHERE t.level = 'TOWNSHIP' AND NOT EXISTS (SELECT 1 FROM communities c WHERE c.region_id = t.id)) AS "townshipsWithout",
              (SELECT count(*)::int FROM organizations WHERE kind = 'GOVERNANCE_CENTER') AS centers`,
    );
    // A center for every community, township, county and the city: 2,785 + 114 + 12 + 1.
    expect(shape).toEqual({ communities: 2785, townshipsWithout: 0, centers: 2785 + 114 + 12 + 1 });

    // Every id and every choice is a function of the seed: both databases hold the same issues.
    const digest = `SELECT md5(string_agg(id::text || number || status || coalesce(rating_score, 0) || submitted_at::text, ',' ORDER BY id)) AS d FROM issues`;
    const [da] = await q<{ d: string }>(a, digest);
    const [db] = await q<{ d: string }>(b, digest);
    expect(da!.d).toBe(db!.d);
    expect(planCity(7, []).communities.slice(0, 3).map((c) => c.id)).toEqual([md5Uuid('7:c:0'), md5Uuid('7:c:1'), md5Uuid('7:c:2')]);
  }, 240_000);

  it('has issues in every state, and counters equal to a recount of them', async () => {
    const states = await q<{ status: string }>(a, `SELECT DISTINCT status::text FROM issues ORDER BY 1`);
    expect(states.map((s) => s.status)).toEqual(['ACCEPTED', 'CLOSED', 'DISPATCHED', 'REOPENED', 'RESOLVED', 'RETURNED', 'SUBMITTED', 'WITHDRAWN'].sort());
    const [counted] = await q<Record<string, number>>(
      a,
      `SELECT sum(submitted)::int AS submitted, sum(open)::int AS open, sum(dispatched)::int AS dispatched, sum(accepted)::int AS accepted,
              sum(accepted_on_time)::int AS on_time, sum(resolved_clean)::int AS resolved_clean, sum(ratings)::int AS ratings, sum(good_ratings)::int AS good
         FROM issue_stats_daily`,
    );
    const [recount] = await q<Record<string, number>>(
      a,
      `SELECT count(*)::int AS submitted,
              count(*) FILTER (WHERE status IN ('SUBMITTED', 'DISPATCHED', 'ACCEPTED', 'RETURNED', 'REOPENED'))::int AS open,
              count(*) FILTER (WHERE first_dispatched_at IS NOT NULL)::int AS dispatched,
              count(*) FILTER (WHERE first_accepted_at IS NOT NULL)::int AS accepted,
              count(*) FILTER (WHERE first_accepted_at <= accept_by)::int AS on_time,
              count(*) FILTER (WHERE first_accepted_at IS NOT NULL AND status IN ('RESOLVED', 'CLOSED') AND reopen_count = 0)::int AS resolved_clean,
              (SELECT count(*)::int FROM issue_ratings) AS ratings, (SELECT count(*)::int FROM issue_ratings WHERE score >= 4) AS good
         FROM issues`,
    );
    expect(counted).toEqual(recount);
    // Per organization and day (the generator adds the assignments' and ratings' contributions in
    // bulk): the counters equal a recount by the row triggers' definitions.
    const orgs = await q(a, `SELECT community_id, day::text, organization_id, dispatched, assignments, on_time, accepted, resolved_clean, ratings, good
       FROM issue_stats_org_daily WHERE (dispatched, assignments, ratings) <> (0, 0, 0) ORDER BY 1, 2, 3`);
    const orgRecount = await q(a, `SELECT community_id, day, organization_id, sum(dispatched)::int AS dispatched, sum(assignments)::int AS assignments,
       sum(on_time)::int AS on_time, sum(accepted)::int AS accepted, sum(resolved_clean)::int AS resolved_clean, sum(ratings)::int AS ratings, sum(good)::int AS good FROM (
       SELECT i.community_id, gz_stats_day(i.submitted_at)::text AS day, a.organization_id, count(DISTINCT a.issue_id) AS dispatched, count(*) AS assignments,
              count(*) FILTER (WHERE a.accepted_at IS NOT NULL AND (a.accept_by IS NULL OR a.accepted_at <= a.accept_by)) AS on_time,
              count(*) FILTER (WHERE a.accepted_at IS NOT NULL) AS accepted,
              count(*) FILTER (WHERE a.accepted_at IS NOT NULL AND a.resolved_at IS NOT NULL AND a.ended_as IS DISTINCT FROM 'REOPENED') AS resolved_clean, 0 AS ratings, 0 AS good
         FROM issue_assignments a JOIN issues i ON i.id = a.issue_id GROUP BY 1, 2, 3
       UNION ALL
       SELECT i.community_id, gz_stats_day(i.submitted_at)::text, r.organization_id, 0, 0, 0, 0, 0, count(*), count(*) FILTER (WHERE r.score >= 4)
         FROM issue_ratings r JOIN issues i ON i.id = r.issue_id WHERE r.organization_id IS NOT NULL GROUP BY 1, 2, 3) x
     GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`);
    expect(orgs.length).toBeGreaterThan(1000);
    expect(orgs).toEqual(orgRecount);
    const categories = await q(a, `SELECT community_id, day::text, category, submitted FROM issue_stats_category_daily WHERE submitted <> 0 ORDER BY 1, 2, 3`);
    const categoryRecount = await q(a, `SELECT community_id, gz_stats_day(submitted_at)::text AS day, category::text, count(*)::int AS submitted FROM issues GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`);
    expect(categories).toEqual(categoryRecount);
    // The weekly rows of townships, counties and the city (rebuilt in bulk, their triggers off
    // meanwhile) equal a recount from the community-level daily rows.
    const COLS = ['submitted', 'open', 'open_undated', 'dispatched', 'accepted', 'accepted_on_time', 'resolved_clean', 'ratings', 'good_ratings'];
    const daily = `issue_stats_daily d JOIN communities cm ON cm.id = d.community_id JOIN regions t ON t.id = cm.region_id`;
    const week = `date_trunc('week', d.day::timestamp)::date::text`;
    for (const [table, key, level] of [['issue_stats_township_weekly', 'township_id', 3], ['issue_stats_county_weekly', 'county_id', 2]] as const) {
      const kept = await q(a, `SELECT ${key}::text AS id, week::text, ${COLS.join(', ')} FROM ${table} WHERE (${COLS.join(', ')}) <> (${COLS.map(() => 0).join(', ')}) ORDER BY 1, 2`);
      const recounted = await q(a, `SELECT * FROM (SELECT t.path[${level}]::text AS id, ${week} AS week, ${COLS.map((c) => `sum(d.${c})::int AS ${c}`).join(', ')} FROM ${daily} GROUP BY 1, 2) x
         WHERE (${COLS.join(', ')}) <> (${COLS.map(() => 0).join(', ')}) ORDER BY 1, 2`);
      expect(kept.length).toBeGreaterThan(100);
      expect({ table, rows: kept }).toEqual({ table, rows: recounted });
    }
    for (const [table, key, level] of [['issue_stats_township_category_weekly', 'township_id', 3], ['issue_stats_county_category_weekly', 'county_id', 2], ['issue_stats_city_category_weekly', 'city_id', 1]] as const) {
      const kept = await q(a, `SELECT ${key}::text AS id, week::text, category, submitted FROM ${table} WHERE submitted <> 0 ORDER BY 1, 2, 3`);
      const recounted = await q(a, `SELECT t.path[${level}]::text AS id, ${week} AS week, d.category, sum(d.submitted)::int AS submitted
         FROM ${daily.replace('issue_stats_daily', 'issue_stats_category_daily')} GROUP BY 1, 2, 3 HAVING sum(d.submitted) <> 0 ORDER BY 1, 2, 3`);
      expect({ table, rows: kept }).toEqual({ table, rows: recounted });
    }
    // The triggers are on again: a rating written now counts.
    const [triggers] = await q<{ off: number }>(
      a,
      `SELECT count(*)::int AS off FROM pg_trigger WHERE tgname IN ('gz_stats_assignment', 'gz_stats_rating', 'gz_stats_category_insert_delete',
         'gz_stats_township_weekly', 'gz_stats_township_category_weekly', 'gz_stats_county_weekly', 'gz_stats_county_category_weekly', 'gz_stats_city_category_weekly') AND tgenabled = 'D'`,
    );
    expect(triggers!.off).toBe(0);
    expect(recount!.ratings).toBeGreaterThan(0);
    expect(recount!.open).toBeGreaterThan(0);
    // Issue numbers continue each community's sequence.
    const [seq] = await q<{ off: number }>(a, `SELECT count(*)::int AS off FROM communities c WHERE c.issue_seq <> (SELECT count(*) FROM issues i WHERE i.community_id = c.id)`);
    expect(seq!.off).toBe(0);
  });

  it('has meetings, volunteer tasks with verified hours and disputes in every state, in proportion', async () => {
    const [n] = await q<Record<string, number>>(
      a,
      `SELECT (SELECT count(*)::int FROM meetings) AS meetings, (SELECT count(*)::int FROM meetings WHERE status = 'SCHEDULED') AS upcoming,
              (SELECT count(*)::int FROM volunteer_tasks) AS tasks, (SELECT sum(hours)::int FROM task_claims WHERE hours_status = 'VERIFIED') AS hours,
              (SELECT count(*)::int FROM disputes) AS disputes, (SELECT count(DISTINCT status)::int FROM disputes) AS states,
              (SELECT count(*)::int FROM dispute_parties) AS parties,
              (SELECT count(*)::int FROM communities c WHERE (SELECT count(*) FROM disputes d WHERE d.community_id = c.id)
                 <> (SELECT coalesce(sum(last), 0) FROM dispute_numbers x WHERE x.community_id = c.id)) AS "numbersOff"`,
    );
    // 24 a community; 23 tasks done × 3 volunteers × 2 hours; 10 disputes, 2 parties each.
    expect(n).toEqual({ meetings: 2785 * 24, upcoming: 2785, tasks: 2785 * 24, hours: 2785 * 23 * 3 * 2, disputes: 27850, states: 9, parties: 55700, numbersOff: 0 });
    // A generated community's dispatcher sees its figures: 化解率 = agreed ÷ (agreed + failed + referred) = 4 ÷ 6.
    const dispatcher = await ok(a.url, `mutation($i: SignInInput!) { signIn(input: $i) { token } }`, { i: { phone: '16000000010', password: DEMO_PASSWORD } });
    const [c1] = await q<{ id: string }>(a, `SELECT c.id FROM communities c JOIN memberships m ON true JOIN organizations o ON o.id = m.organization_id AND o.community_id = c.id
       JOIN users u ON u.id = m.user_id AND u.phone = '16000000010'`);
    const stats = await ok(a.url, `query($c: ID!) { governanceStats(communityId: $c) { volunteerHours disputes { registered agreed resolutionRate } } }`, { c: toGlobalId('Community', c1!.id) }, dispatcher.signIn.token);
    expect(stats.governanceStats).toEqual({ volunteerHours: 23 * 3 * 2, disputes: { registered: 10, agreed: 4, resolutionRate: 4 / 6 } });
  });

  it('adds nothing when run again, and its people sign in', async () => {
    const again = await generateCity(a.services, OPTS);
    expect(again).toMatchObject({ communities: 0, issues: 0 });
    const [n] = await q<{ c: number; r: number }>(a, `SELECT (SELECT count(*)::int FROM communities) AS c, (SELECT count(*)::int FROM regions) AS r`);
    expect(n).toEqual({ c: 2785, r: 127 });

    const signIn = `mutation($i: SignInInput!) { signIn(input: $i) { token user { name } } }`;
    const resident = await ok(a.url, signIn, { i: { phone: '15000000001', password: DEMO_PASSWORD } });
    const me = await ok(a.url, `{ me { residencies { verified community { name region { level } } } } }`, {}, resident.signIn.token);
    expect(me.me.residencies).toEqual([{ verified: true, community: { name: expect.stringMatching(/(社区|村)$/), region: { level: 'TOWNSHIP' } } }]);
  });
});

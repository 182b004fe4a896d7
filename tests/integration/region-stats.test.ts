// 城市大脑 (issue 13, part 2): regionStats sums per-community per-day counters over the Region
// tree. After a random history of issue transitions through the API in five communities of two
// counties — dispatches, returns, acceptances, resolutions, ratings that close or reopen,
// escalations to township and county centers, withdrawals — on a clock that jumps by hours over
// many days, the figures of the city, each county and each township, and of each of their
// children, equal a recount by SQL over the issues, for windows of every shape. Who may read them;
// and a small history whose figures are computed by hand.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { gql, ok } from '../helpers/graphql.js';
import { MUTATIONS } from '../factories/issues.js';
import {
  createCommunity,
  createOrganizationAbove,
  createUser,
  em,
  placeIn,
  reside,
  seat,
  MemberRole,
  OrganizationKind,
  RegionLevel,
  type TestCommunity,
  type TestUser,
} from '../factories/index.js';
import { ManualClock } from '../../server/core/clock.js';
import { toGlobalId } from '../../server/core/ids.js';
import { OVERDUE_SQL } from '../../server/issues/issues.queries.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T0 = new Date('2026-03-02T09:30:00.000Z'); // a Monday
const clock = new ManualClock(T0);
let app: TestApp;

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

const FIGURES = `unitId name level communityCount issuesSubmitted issuesOpen overdueOpen responseRate resolutionRate satisfactionRate
  volunteerHours meetingsHeld disputes { registered agreed resolutionRate localResolutionRate }`;
const STATS = `query($regionId: ID!, $from: DateTime, $to: DateTime) { regionStats(regionId: $regionId, from: $from, to: $to) {
  region { id name } from to figures { ${FIGURES} } children { ${FIGURES} }
  rankings { figure higherIsBetter entries { unitId name rank value } }
  weeks { weekStart issuesSubmitted issuesOpen issuesResolved responseRate resolutionRate satisfactionRate }
  topCategories { category issuesSubmitted share } } }`;

type Org = { id: string; gid: string };
interface Place {
  community: TestCommunity;
  resident: TestUser;
  neighbour: TestUser;
  dispatcher: TestUser;
  pmStaff: TestUser;
  /** The centers above it that an issue may be escalated to, the nearest first. */
  above: Org[];
}
const XY = { city: '襄阳市' };
const XC = { ...XY, county: '襄城区' };
const FC = { ...XY, county: '樊城区' };
let regions: Record<'city' | 'xc' | 'fc' | 'tanxi' | 'zhenwu' | 'migong', string>;
let places: Place[];
let centers: Record<'tanxi' | 'migong' | 'xc' | 'city', Org>;
let staff: Record<'tanxi' | 'migong' | 'xc' | 'fcDept' | 'city', TestUser>;
let admin: TestUser;
const handlerOf = new Map<string, TestUser>();

async function placeCommunity(name: string, township: { city: string; county: string; township: string }, above: Org[]): Promise<Place> {
  const community = await createCommunity(app, name, township);
  const [resident, neighbour, dispatcher, pmStaff] = await Promise.all(['居民', '邻居', '调度员', '物业'].map((n) => createUser(app, { name: `${name}${n}` })));
  await reside(app, resident!, community.id, { unitId: community.units[0]!.id });
  await reside(app, neighbour!, community.id, { unitId: community.units[1]!.id });
  await seat(app, dispatcher!, community.orgs.center.id, MemberRole.STAFF);
  await seat(app, pmStaff!, community.orgs.pm.id, MemberRole.STAFF);
  handlerOf.set(community.orgs.pm.gid, pmStaff!);
  return { community, resident: resident!, neighbour: neighbour!, dispatcher: dispatcher!, pmStaff: pmStaff!, above };
}

beforeAll(async () => {
  app = await startTestApp({ clock });
  const G = OrganizationKind.GOVERNANCE_CENTER;
  const TANXI = { ...XC, township: '檀溪街道' };
  const ZHENWU = { ...XC, township: '真武山街道' };
  const MIGONG = { ...FC, township: '米公街道' };
  centers = {
    tanxi: await createOrganizationAbove(app, { kind: G, name: '檀溪街道综治中心', level: RegionLevel.TOWNSHIP, ...TANXI }),
    migong: await createOrganizationAbove(app, { kind: G, name: '米公街道综治中心', level: RegionLevel.TOWNSHIP, ...MIGONG }),
    xc: await createOrganizationAbove(app, { kind: G, name: '襄城区综治中心', level: RegionLevel.COUNTY, ...XC }),
    city: await createOrganizationAbove(app, { kind: G, name: '襄阳市综治中心', level: RegionLevel.CITY, ...XY }),
  };
  const fcDept = await createOrganizationAbove(app, { kind: OrganizationKind.DEPARTMENT, name: '樊城区住建局', level: RegionLevel.COUNTY, ...FC });
  regions = {
    city: await placeIn(app, XY),
    xc: await placeIn(app, XC),
    fc: await placeIn(app, FC),
    tanxi: await placeIn(app, TANXI),
    zhenwu: await placeIn(app, ZHENWU),
    migong: await placeIn(app, MIGONG),
  };
  staff = {
    tanxi: await createUser(app, { name: '街道干部' }),
    migong: await createUser(app, { name: '米公干部' }),
    xc: await createUser(app, { name: '区综治干部' }),
    fcDept: await createUser(app, { name: '住建局干部' }),
    city: await createUser(app, { name: '市综治干部' }),
  };
  await seat(app, staff.tanxi, centers.tanxi.id, MemberRole.STAFF);
  await seat(app, staff.migong, centers.migong.id, MemberRole.STAFF);
  await seat(app, staff.xc, centers.xc.id, MemberRole.STAFF);
  await seat(app, staff.fcDept, fcDept.id, MemberRole.STAFF);
  await seat(app, staff.city, centers.city.id, MemberRole.STAFF);
  handlerOf.set(centers.tanxi.gid, staff.tanxi);
  handlerOf.set(centers.migong.gid, staff.migong);
  handlerOf.set(centers.xc.gid, staff.xc);
  handlerOf.set(centers.city.gid, staff.city);
  admin = await createUser(app, { name: '平台管理员', admin: true });
  places = [
    await placeCommunity('檀溪甲', TANXI, [centers.tanxi, centers.xc, centers.city]),
    await placeCommunity('檀溪乙', TANXI, [centers.tanxi, centers.xc]),
    await placeCommunity('真武山', ZHENWU, [centers.xc, centers.city]),
    await placeCommunity('米公甲', MIGONG, [centers.migong, centers.city]),
    await placeCommunity('米公乙', MIGONG, [centers.migong]),
  ];
}, 180_000);
afterAll(() => app?.close());

const stats = (regionId: string, by: TestUser, from: Date | null = null, to: Date | null = null) =>
  gql(app.url, STATS, { regionId: toGlobalId('Region', regionId), from: from?.toISOString() ?? null, to: to?.toISOString() ?? null }, by.token);

interface Recount {
  unit: string | null;
  submitted: number;
  open: number;
  overdue: number;
  dispatched: number;
  on_time: number;
  accepted: number;
  resolved_clean: number;
  ratings: number;
  good: number;
}

/**
 * The figures by a full scan of the issues, grouped by the unit each community lies in (written
 * here, not taken from the server): the recount regionStats is held to.
 */
async function recount(regionId: string, depth: number, from: Date | null, to: Date, now: Date): Promise<{ units: Map<string, Recount>; total: Recount; weeks: Map<string, number>; categories: Map<string, number> }> {
  const unit = depth >= 3 ? 'c.id::text' : `t.path[${depth + 1}]::text`;
  const cohort = `FROM issues i JOIN communities c ON c.id = i.community_id JOIN regions t ON t.id = c.region_id
     WHERE ?::uuid = ANY(t.path) AND i.submitted_at < ?::timestamptz AND (?::timestamptz IS NULL OR i.submitted_at >= ?::timestamptz)`;
  const params = [regionId, to.toISOString(), from?.toISOString() ?? null, from?.toISOString() ?? null];
  const open = `i.status IN ('SUBMITTED', 'DISPATCHED', 'ACCEPTED', 'RETURNED', 'REOPENED')`;
  const rows = await em(app).execute<(Recount & { g: number })[]>(
    `SELECT GROUPING(${unit}) AS g, ${unit} AS unit, count(*)::int AS submitted,
            count(*) FILTER (WHERE ${open})::int AS open,
            count(*) FILTER (WHERE ${open} AND ${OVERDUE_SQL})::int AS overdue,
            count(*) FILTER (WHERE i.first_dispatched_at IS NOT NULL)::int AS dispatched,
            count(*) FILTER (WHERE i.first_accepted_at <= i.accept_by)::int AS on_time,
            count(*) FILTER (WHERE i.first_accepted_at IS NOT NULL)::int AS accepted,
            count(*) FILTER (WHERE i.first_accepted_at IS NOT NULL AND i.status IN ('RESOLVED', 'CLOSED') AND i.reopen_count = 0)::int AS resolved_clean,
            coalesce(sum((SELECT count(*) FROM issue_ratings r WHERE r.issue_id = i.id)), 0)::int AS ratings,
            coalesce(sum((SELECT count(*) FROM issue_ratings r WHERE r.issue_id = i.id AND r.score >= 4)), 0)::int AS good
       ${cohort} GROUP BY ROLLUP(${unit})`,
    [now.toISOString(), now.toISOString(), ...params],
  );
  const weeks = await em(app).execute<{ week: string; n: number }[]>(
    `SELECT date_trunc('week', i.submitted_at AT TIME ZONE 'UTC')::date::text AS week, count(*)::int AS n ${cohort} GROUP BY 1`,
    params,
  );
  const categories = await em(app).execute<{ category: string; n: number }[]>(`SELECT i.category::text AS category, count(*)::int AS n ${cohort} GROUP BY 1`, params);
  return {
    units: new Map(rows.filter((r) => r.g === 0).map((r) => [r.unit!, r])),
    total: rows.find((r) => r.g === 1) ?? ZERO,
    weeks: new Map(weeks.map((w) => [w.week, w.n])),
    categories: new Map(categories.map((c) => [c.category, c.n])),
  };
}

const ZERO: Recount = { unit: null, submitted: 0, open: 0, overdue: 0, dispatched: 0, on_time: 0, accepted: 0, resolved_clean: 0, ratings: 0, good: 0 };
const ratio = (n: number, d: number) => (d > 0 ? n / d : null);
/** The figures a recount gives, as the API names them. */
const expected = (r: Recount) => ({
  issuesSubmitted: r.submitted,
  issuesOpen: r.open,
  overdueOpen: r.overdue,
  responseRate: ratio(r.on_time, r.dispatched),
  resolutionRate: ratio(r.resolved_clean, r.accepted),
  satisfactionRate: ratio(r.good, r.ratings),
});
const issueFigures = (f: Record<string, unknown>) => ({
  issuesSubmitted: f.issuesSubmitted,
  issuesOpen: f.issuesOpen,
  overdueOpen: f.overdueOpen,
  responseRate: f.responseRate,
  resolutionRate: f.resolutionRate,
  satisfactionRate: f.satisfactionRate,
});
const keyOfGid = (gid: string) => Buffer.from(gid, 'base64url').toString('utf8').split(':')[1]!;

describe('regionStats', () => {
  it(`equals a recount over the issues for the city, each county and township and their children, after a random history with escalations (seed ${SEED})`, async () => {
    type Tracked = { id: string; place: Place; reporter: TestUser; assignee: string | null; status: string };
    const issues: Tracked[] = [];
    let refused = 0;
    let escalated = 0;
    let reopened = 0;
    const tryAct = async (i: Tracked, action: keyof typeof MUTATIONS, user: TestUser, input: Record<string, unknown>) => {
      const r = await gql(app.url, MUTATIONS[action], { input: { issueId: i.id, ...input } }, user.token);
      if (r.errors?.length || !r.data) {
        refused++;
        return null;
      }
      const after = Object.values(r.data)[0] as { status: string; assignee: { id: string } | null };
      i.status = after.status;
      i.assignee = after.assignee?.id ?? i.assignee;
      return after;
    };
    const categories = ['ENVIRONMENT', 'FACILITY', 'PARKING', 'SAFETY', 'PROPERTY_SERVICE'];
    for (let step = 0; step < 160; step++) {
      clock.set(new Date(clock.now().getTime() + Math.floor(random() * 10 * HOUR) + 60_000));
      const live = issues.filter((i) => !['CLOSED', 'WITHDRAWN', 'DUPLICATE'].includes(i.status));
      if (live.length < 4 || random() < 0.22) {
        const place = pick(places);
        const reporter = pick([place.resident, place.neighbour]);
        const { submitIssue } = await ok(
          app.url,
          `mutation($input: SubmitIssueInput!) { submitIssue(input: $input) { id status } }`,
          { input: { communityId: place.community.gid, title: `随机${step}`, body: '随机历史中的一件事。', category: pick(categories), priority: pick(['URGENT', 'HIGH', 'NORMAL', 'LOW']) } },
          reporter.token,
        );
        issues.push({ id: submitIssue.id, place, reporter, assignee: null, status: submitIssue.status });
        continue;
      }
      const i = pick(live);
      const handler = (i.assignee && handlerOf.get(i.assignee)) || i.place.pmStaff;
      const roll = random();
      if (['SUBMITTED', 'RETURNED', 'REOPENED'].includes(i.status)) {
        if (roll < 0.08) await tryAct(i, 'withdraw', i.reporter, { reason: '不需要了' });
        else if (roll < 0.3 && i.place.above.length) {
          if (await tryAct(i, 'escalate', i.place.dispatcher, { organizationId: pick(i.place.above).gid, reason: '超出社区权限' })) escalated++;
        } else await tryAct(i, 'dispatch', i.place.dispatcher, { organizationId: i.place.community.orgs.pm.gid });
      } else if (i.status === 'DISPATCHED') {
        // A center that has it may send it further up; the others answer it.
        const higher = i.place.above.slice(i.place.above.findIndex((o) => o.gid === i.assignee) + 1);
        if (i.assignee !== i.place.community.orgs.pm.gid && higher.length && roll < 0.25) {
          if (await tryAct(i, 'escalate', handler, { organizationId: pick(higher).gid, reason: '需要上级协调' })) escalated++;
        } else if (roll < 0.4) await tryAct(i, 'return', handler, { reason: '不归我们管' });
        else await tryAct(i, 'accept', handler, {});
      } else if (i.status === 'ACCEPTED') await tryAct(i, 'resolve', handler, { resolution: '已处理' });
      else if (i.status === 'RESOLVED') {
        const score = pick([1, 2, 3, 4, 5, 5]);
        const after = await tryAct(i, 'rate', i.reporter, { score, ...(score <= 3 ? { comment: '还是不行' } : {}) });
        if (after?.status === 'REOPENED') reopened++;
      }
    }
    // The history did something of each kind.
    expect(escalated).toBeGreaterThan(2);
    expect(reopened + issues.filter((i) => i.status === 'CLOSED').length).toBeGreaterThan(0);
    expect(refused).toBeLessThan(50);

    // The per-township counters are the sums of their communities' (the city's and counties' figures read them).
    const COLS = ['submitted', 'open', 'open_undated', 'dispatched', 'accepted', 'accepted_on_time', 'resolved_clean', 'ratings', 'good_ratings'];
    const nonZero = (prefix: string) => `(${COLS.map((c) => `${prefix}${c}`).join(', ')}) <> (${COLS.map(() => '0').join(', ')})`;
    const townshipRows = await em(app).execute(`SELECT township_id::text, day::text, ${COLS.join(', ')} FROM issue_stats_township_daily WHERE ${nonZero('')} ORDER BY 1, 2`);
    const townshipRecount = await em(app).execute(
      `SELECT township_id, day, ${COLS.map((c) => `${c}::int`).join(', ')} FROM (
         SELECT cm.region_id::text AS township_id, d.day::text AS day, ${COLS.map((c) => `sum(d.${c}) AS ${c}`).join(', ')}
           FROM issue_stats_daily d JOIN communities cm ON cm.id = d.community_id GROUP BY 1, 2) x
        WHERE ${nonZero('x.')} ORDER BY 1, 2`,
    );
    expect(townshipRows.length).toBeGreaterThan(0);
    expect(townshipRows).toEqual(townshipRecount);
    const categoryRows = await em(app).execute(`SELECT township_id::text, day::text, category, submitted FROM issue_stats_township_category_daily WHERE submitted <> 0 ORDER BY 1, 2, 3`);
    const categoryRecount = await em(app).execute(
      `SELECT cm.region_id::text AS township_id, d.day::text AS day, d.category, sum(d.submitted)::int AS submitted
         FROM issue_stats_category_daily d JOIN communities cm ON cm.id = d.community_id GROUP BY 1, 2, 3 HAVING sum(d.submitted) <> 0 ORDER BY 1, 2, 3`,
    );
    expect(categoryRows).toEqual(categoryRecount);
    // And per township and week (Monday), the sums of its days' rows (the city's whole weeks read them).
    const weeklyRows = await em(app).execute(`SELECT township_id::text, week::text, ${COLS.join(', ')} FROM issue_stats_township_weekly WHERE ${nonZero('')} ORDER BY 1, 2`);
    const weeklyRecount = await em(app).execute(
      `SELECT township_id, week, ${COLS.map((c) => `${c}::int`).join(', ')} FROM (
         SELECT d.township_id::text, date_trunc('week', d.day::timestamp)::date::text AS week, ${COLS.map((c) => `sum(d.${c}) AS ${c}`).join(', ')}
           FROM issue_stats_township_daily d GROUP BY 1, 2) x
        WHERE ${nonZero('x.')} ORDER BY 1, 2`,
    );
    expect(new Set((weeklyRows as { week: string }[]).map((r) => r.week)).size).toBeGreaterThan(2);
    expect(weeklyRows).toEqual(weeklyRecount);
    const categoryWeekly = await em(app).execute(`SELECT township_id::text, week::text, category, submitted FROM issue_stats_township_category_weekly WHERE submitted <> 0 ORDER BY 1, 2, 3`);
    const categoryWeeklyRecount = await em(app).execute(
      `SELECT d.township_id::text, date_trunc('week', d.day::timestamp)::date::text AS week, d.category, sum(d.submitted)::int AS submitted
         FROM issue_stats_township_category_daily d GROUP BY 1, 2, 3 HAVING sum(d.submitted) <> 0 ORDER BY 1, 2, 3`,
    );
    expect(categoryWeekly).toEqual(categoryWeeklyRecount);
    // One level up (Migration20261212300000): per county and week, and per county and per city,
    // week and category — each recounted from the community-level daily rows, so nothing kept
    // between them can drift unseen.
    const byCommunity = `issue_stats_daily d JOIN communities cm ON cm.id = d.community_id JOIN regions t ON t.id = cm.region_id`;
    const countyWeekly = await em(app).execute(`SELECT county_id::text, week::text, ${COLS.join(', ')} FROM issue_stats_county_weekly WHERE ${nonZero('')} ORDER BY 1, 2`);
    const countyWeeklyRecount = await em(app).execute(
      `SELECT county_id, week, ${COLS.map((c) => `${c}::int`).join(', ')} FROM (
         SELECT t.parent_id::text AS county_id, date_trunc('week', d.day::timestamp)::date::text AS week, ${COLS.map((c) => `sum(d.${c}) AS ${c}`).join(', ')}
           FROM ${byCommunity} GROUP BY 1, 2) x
        WHERE ${nonZero('x.')} ORDER BY 1, 2`,
    );
    expect(new Set((countyWeekly as { county_id: string }[]).map((r) => r.county_id)).size).toBe(2);
    expect(countyWeekly).toEqual(countyWeeklyRecount);
    for (const [table, key, level] of [['issue_stats_county_category_weekly', 'county_id', 2], ['issue_stats_city_category_weekly', 'city_id', 1]] as const) {
      const kept = await em(app).execute(`SELECT ${key}::text AS region_id, week::text, category, submitted FROM ${table} WHERE submitted <> 0 ORDER BY 1, 2, 3`);
      const recounted = await em(app).execute(
        `SELECT t.path[${level}]::text AS region_id, date_trunc('week', d.day::timestamp)::date::text AS week, d.category, sum(d.submitted)::int AS submitted
           FROM ${byCommunity.replace('issue_stats_daily', 'issue_stats_category_daily')} GROUP BY 1, 2, 3 HAVING sum(d.submitted) <> 0 ORDER BY 1, 2, 3`,
      );
      expect(kept.length).toBeGreaterThan(0);
      expect({ table, rows: kept }).toEqual({ table, rows: recounted });
    }

    const now = clock.now();
    const start = T0.getTime();
    const end = now.getTime();
    const windows: [Date | null, Date | null][] = [
      [null, null],
      [null, new Date(start + 30 * HOUR)],
      [new Date('2026-03-03T00:00:00Z'), new Date('2026-03-08T00:00:00Z')], // whole days only
      [new Date(start + 5 * HOUR), new Date(start + 9 * HOUR)], // within one day
      [new Date('2026-03-05T13:00:00Z'), new Date('2026-03-26T07:00:00Z')], // whole weeks, days and hours on both sides
      [new Date('2026-03-09T00:00:00Z'), new Date('2026-03-23T00:00:00Z')], // from a Monday to a Monday
      [new Date('2026-03-10T00:00:00Z'), new Date('2026-03-15T00:00:00Z')], // days within one week, no whole week
    ];
    for (let n = 0; n < 3; n++) {
      const a = start + random() * (end - start);
      windows.push([new Date(a), new Date(a + random() * (end - a) + 1)]);
    }
    const asked: [string, number][] = [
      [regions.city, 1],
      [regions.xc, 2],
      [regions.fc, 2],
      [regions.tanxi, 3],
      [regions.zhenwu, 3],
      [regions.migong, 3],
    ];
    let seen = 0;
    for (const [from, to] of windows) {
      for (const [regionId, depth] of asked) {
        const r = await stats(regionId, admin, from, to);
        expect(r.errors).toBeUndefined();
        const s = r.data!.regionStats;
        const want = await recount(regionId, depth, from, to ?? now, now);
        const where = { from, to, regionId };
        expect({ ...where, ...issueFigures(s.figures) }).toEqual({ ...where, ...expected(want.total) });
        for (const child of s.children) {
          const got = want.units.get(keyOfGid(child.unitId));
          expect({ ...where, child: child.name, ...issueFigures(child) }).toEqual({ ...where, child: child.name, ...expected(got ?? ZERO) });
        }
        // Every unit with an issue is among the children.
        expect([...want.units.keys()].every((k) => s.children.some((c: { unitId: string }) => keyOfGid(c.unitId) === k))).toBe(true);
        // The trend and the categories are the same recount, by week and by category.
        const weeks = new Map<string, number>(s.weeks.filter((w: { issuesSubmitted: number }) => w.issuesSubmitted > 0).map((w: { weekStart: string; issuesSubmitted: number }) => [w.weekStart, w.issuesSubmitted]));
        expect({ ...where, weeks }).toEqual({ ...where, weeks: want.weeks });
        expect({ ...where, categories: new Map(s.topCategories.map((c: { category: string; issuesSubmitted: number }) => [c.category, c.issuesSubmitted])) }).toEqual({ ...where, categories: want.categories });
        // The region's counts are the sums of its children's.
        for (const k of ['issuesSubmitted', 'issuesOpen', 'overdueOpen'] as const) {
          expect(s.children.reduce((n: number, c: Record<string, number>) => n + c[k]!, 0)).toBe(s.figures[k]);
        }
        seen += want.total.submitted;
      }
    }
    expect(seen).toBeGreaterThan(0);
    // The city's children are its two counties; a county's its townships; a township's its communities.
    const city = (await stats(regions.city, staff.city)).data!.regionStats;
    expect(new Map(city.children.map((c: { name: string; level: string; communityCount: number }) => [c.name, [c.level, c.communityCount]]))).toEqual(
      new Map([
        ['樊城区', ['COUNTY', 2]],
        ['襄城区', ['COUNTY', 3]],
      ]),
    );
    expect(city.figures.communityCount).toBe(5);
    const tanxi = (await stats(regions.tanxi, staff.tanxi)).data!.regionStats;
    expect(tanxi.children.map((c: { level: string }) => c.level)).toEqual(['COMMUNITY', 'COMMUNITY']);

    // The reads use those counters: a week's row moved by hand (and moved back) moves the figures
    // of a window of whole weeks — the city's child 襄城区 by its county row, the city's and a
    // county's top categories by their own category rows. A read that left them out (summing the
    // townships' rows instead) would not see it.
    const [w0, w1] = [new Date('2026-03-09T00:00:00Z'), new Date('2026-03-16T00:00:00Z')];
    const nudge = async (table: string, key: string, id: string, extra: string, n: number) =>
      em(app).execute(
        `INSERT INTO ${table} AS s (${key}, week, ${extra ? 'category, ' : ''}submitted) VALUES (?::uuid, '2026-03-09', ${extra ? `'${extra}', ` : ''}?)
         ON CONFLICT (${key}, week${extra ? ', category' : ''}) DO UPDATE SET submitted = s.submitted + excluded.submitted`,
        [id, n],
      );
    const before = await recount(regions.city, 1, w0, w1, now);
    const categoryOf = (s: { topCategories: { category: string; issuesSubmitted: number }[] }) => s.topCategories.find((c) => c.category === 'OTHER')?.issuesSubmitted ?? 0;
    await nudge('issue_stats_county_weekly', 'county_id', regions.xc, '', 1000);
    await nudge('issue_stats_city_category_weekly', 'city_id', regions.city, 'OTHER', 1000);
    try {
      const moved = (await stats(regions.city, admin, w0, w1)).data!.regionStats;
      const xc = moved.children.find((c: { name: string }) => c.name === '襄城区');
      expect(xc.issuesSubmitted).toBe((before.units.get(regions.xc)?.submitted ?? 0) + 1000);
      expect(categoryOf(moved)).toBe((before.categories.get('OTHER') ?? 0) + 1000);
    } finally {
      await nudge('issue_stats_county_weekly', 'county_id', regions.xc, '', -1000);
      await nudge('issue_stats_city_category_weekly', 'city_id', regions.city, 'OTHER', -1000);
    }
    const beforeXc = await recount(regions.xc, 2, w0, w1, now);
    await nudge('issue_stats_county_category_weekly', 'county_id', regions.xc, 'OTHER', 1000); // (its trigger moves the city's row too)
    try {
      expect(categoryOf((await stats(regions.xc, admin, w0, w1)).data!.regionStats)).toBe((beforeXc.categories.get('OTHER') ?? 0) + 1000);
    } finally {
      await nudge('issue_stats_county_category_weekly', 'county_id', regions.xc, 'OTHER', -1000);
    }
    expect(categoryOf((await stats(regions.city, admin, w0, w1)).data!.regionStats)).toBe(before.categories.get('OTHER') ?? 0);
  }, 600_000);

  it('is read by platform admins and the centers on the region\'s path; a resident, a community\'s own staff, a department, another township or county: FORBIDDEN', async () => {
    const code = async (regionId: string, by: TestUser | null) => {
      const r = await gql(app.url, STATS, { regionId: toGlobalId('Region', regionId) }, by?.token ?? null);
      return r.errors?.[0]?.extensions?.code ?? 'OK';
    };
    const p = places[0]!;
    const matrix: [string, TestUser | null, string][] = [
      [regions.tanxi, null, 'UNAUTHENTICATED'],
      [regions.tanxi, p.resident, 'FORBIDDEN'],
      [regions.tanxi, p.dispatcher, 'FORBIDDEN'], // a community's own governance center
      [regions.tanxi, p.pmStaff, 'FORBIDDEN'],
      [regions.tanxi, staff.migong, 'FORBIDDEN'], // another township
      [regions.zhenwu, staff.tanxi, 'FORBIDDEN'], // a neighbouring township of the same county
      [regions.xc, staff.tanxi, 'FORBIDDEN'], // the county above it
      [regions.city, staff.xc, 'FORBIDDEN'],
      [regions.fc, staff.xc, 'FORBIDDEN'], // another county
      [regions.fc, staff.fcDept, 'FORBIDDEN'], // a department, not a center
      [regions.tanxi, staff.tanxi, 'OK'],
      [regions.tanxi, staff.xc, 'OK'],
      [regions.xc, staff.xc, 'OK'],
      [regions.migong, staff.city, 'OK'],
      [regions.city, staff.city, 'OK'],
      [regions.city, admin, 'OK'],
    ];
    const got = [];
    for (const [regionId, by] of matrix) got.push(await code(regionId, by));
    expect(got).toEqual(matrix.map((m) => m[2]));
    // Bad input: not a Region id; a window that ends before it starts; an unknown region.
    expect((await gql(app.url, STATS, { regionId: p.community.gid }, admin.token)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await stats(regions.city, admin, new Date(T0.getTime() + DAY), T0)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await gql(app.url, STATS, { regionId: toGlobalId('Region', '00000000-0000-4000-8000-000000000000') }, admin.token)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    // The regions each may open: the center's own region; every city for an admin; none for the others.
    const open = async (by: TestUser) => (await ok(app.url, `{ cityViewRegions { id name level } }`, {}, by.token)).cityViewRegions.map((r: { name: string }) => r.name);
    expect(await open(staff.city)).toEqual(['襄阳市']);
    expect(await open(staff.xc)).toEqual(['襄城区']);
    expect(await open(staff.tanxi)).toEqual(['檀溪街道']);
    expect(await open(admin)).toEqual(['襄阳市']);
    expect(await open(p.resident)).toEqual([]);
    expect(await open(p.dispatcher)).toEqual([]);
    expect(await open(staff.fcDept)).toEqual([]);
  }, 120_000);
});

describe('regionStats by hand', () => {
  it('gives the figures of a small known history: two communities of one township', async () => {
    // A city of its own, so the random history above does not count here.
    const place = { city: '测试市', county: '测试区', township: '测试街道' };
    clock.set(new Date('2026-06-01T08:00:00.000Z')); // a Monday
    const t = clock.now().getTime();
    const x = await placeCommunity('甲社区', place, []);
    const y = await placeCommunity('乙社区', place, []);
    const township = await placeIn(app, place);
    const at = (h: number) => clock.set(new Date(t + h * HOUR));
    const submit = async (p: Place, category: string) =>
      (await ok(app.url, `mutation($input: SubmitIssueInput!) { submitIssue(input: $input) { id } }`, { input: { communityId: p.community.gid, title: '一件事', body: '需要处理的一件事。', category, priority: 'NORMAL' } }, p.resident.token)).submitIssue.id as string;
    const act = async (action: keyof typeof MUTATIONS, by: TestUser, input: Record<string, unknown>) => ok(app.url, MUTATIONS[action], { input }, by.token);

    // 甲: issue 1 dispatched, accepted within its 24 h, resolved, rated 5 (closed);
    //     issue 2 dispatched, accepted 30 h later (late), resolved, rated 2 (reopened: open again).
    at(0);
    const i1 = await submit(x, 'FACILITY');
    const i2 = await submit(x, 'FACILITY');
    at(1);
    await act('dispatch', x.dispatcher, { issueId: i1, organizationId: x.community.orgs.pm.gid });
    await act('dispatch', x.dispatcher, { issueId: i2, organizationId: x.community.orgs.pm.gid });
    at(2);
    await act('accept', x.pmStaff, { issueId: i1 });
    at(3);
    await act('resolve', x.pmStaff, { issueId: i1, resolution: '修好了' });
    await act('rate', x.resident, { issueId: i1, score: 5 });
    at(31);
    await act('accept', x.pmStaff, { issueId: i2 });
    await act('resolve', x.pmStaff, { issueId: i2, resolution: '修好了' });
    await act('rate', x.resident, { issueId: i2, score: 2, comment: '没修好' });
    // 乙: issue 3 dispatched and never accepted (overdue after its 24 h); issue 4 withdrawn.
    at(32);
    const i3 = await submit(y, 'ENVIRONMENT');
    const i4 = await submit(y, 'FACILITY');
    at(33);
    await act('dispatch', y.dispatcher, { issueId: i3, organizationId: y.community.orgs.pm.gid });
    await act('withdraw', y.resident, { issueId: i4, reason: '自己解决了' });
    at(60); // issue 3's acceptBy (33 h + 24 h) has passed

    const s = (await stats(township, admin)).data!.regionStats;
    const byName = (n: string) => s.children.find((c: { name: string }) => c.name.startsWith(n));
    // 甲: 2 submitted, 1 open (reopened, not overdue: accepted, resolveBy 7 days on), both
    // dispatched, 1 of 2 accepted on time, 1 of 2 accepted resolved and never reopened, 1 of 2 ratings good.
    expect(issueFigures(byName('甲社区'))).toEqual({ issuesSubmitted: 2, issuesOpen: 1, overdueOpen: 0, responseRate: 0.5, resolutionRate: 0.5, satisfactionRate: 0.5 });
    // 乙: 2 submitted, 1 open and overdue, 1 dispatched and not accepted: 响应率 0; nothing accepted or rated.
    expect(issueFigures(byName('乙社区'))).toEqual({ issuesSubmitted: 2, issuesOpen: 1, overdueOpen: 1, responseRate: 0, resolutionRate: null, satisfactionRate: null });
    // The township: the sums, and the ratios of the sums (1 of 3 dispatched on time).
    expect(issueFigures(s.figures)).toEqual({ issuesSubmitted: 4, issuesOpen: 2, overdueOpen: 1, responseRate: 1 / 3, resolutionRate: 0.5, satisfactionRate: 0.5 });
    expect(s.figures.communityCount).toBe(2);
    expect(s.figures.volunteerHours).toBe(0);
    expect(s.figures.meetingsHeld).toBe(0);
    expect(s.figures.disputes).toEqual({ registered: 0, agreed: 0, resolutionRate: null, localResolutionRate: null });
    // Rankings: 甲 first on 响应率 and overdue; on 解决率 乙 has no value (last, no place); on issues raised a tie (1, 1).
    const ranking = (figure: string) => s.rankings.find((r: { figure: string }) => r.figure === figure).entries.map((e: { name: string; rank: number | null; value: number | null }) => [e.name.slice(0, 3), e.rank, e.value]);
    expect(ranking('RESPONSE_RATE')).toEqual([['甲社区', 1, 0.5], ['乙社区', 2, 0]]);
    expect(ranking('OVERDUE_OPEN')).toEqual([['甲社区', 1, 0], ['乙社区', 2, 1]]);
    expect(ranking('RESOLUTION_RATE')).toEqual([['甲社区', 1, 0.5], ['乙社区', null, null]]);
    expect(ranking('ISSUES_SUBMITTED')).toEqual([['甲社区', 1, 2], ['乙社区', 1, 2]]);
    expect(s.rankings.find((r: { figure: string }) => r.figure === 'OVERDUE_OPEN').higherIsBetter).toBe(false);
    // One week (Monday 2026-06-01), and the categories: FACILITY 3 of 4, ENVIRONMENT 1.
    expect(s.weeks).toEqual([{ weekStart: '2026-06-01', issuesSubmitted: 4, issuesOpen: 2, issuesResolved: 1, responseRate: 1 / 3, resolutionRate: 0.5, satisfactionRate: 0.5 }]);
    expect(s.topCategories).toEqual([
      { category: 'FACILITY', issuesSubmitted: 3, share: 0.75 },
      { category: 'ENVIRONMENT', issuesSubmitted: 1, share: 0.25 },
    ]);
    // A window from hour 32 on (乙's issues only; it cuts a day): 甲 has nothing.
    const later = (await stats(township, admin, new Date(t + 32 * HOUR))).data!.regionStats;
    expect(issueFigures(later.figures)).toEqual({ issuesSubmitted: 2, issuesOpen: 1, overdueOpen: 1, responseRate: 0, resolutionRate: null, satisfactionRate: null });
    expect(issueFigures(later.children.find((c: { name: string }) => c.name.startsWith('甲社区')))).toEqual({ issuesSubmitted: 0, issuesOpen: 0, overdueOpen: 0, responseRate: null, resolutionRate: null, satisfactionRate: null });
  }, 120_000);
});

import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlArrayLiteral } from '../core/sql.js';
import { OVERDUE_SQL } from './issues.queries.js';
import { independentReads } from '../core/rows.js';

/**
 * The figures the parties are judged by, over the issues submitted in [from, to):
 * - responseRate (响应率): dispatched issues first accepted by their acceptBy, over dispatched issues;
 * - resolutionRate (解决率): accepted issues now resolved or closed and never reopened, over accepted issues;
 * - satisfactionRate (满意率): ratings of 4 or 5, over all ratings given;
 * - medians from first dispatch (the SLA clock) to first acceptance and to first resolution, in hours.
 * Per organization, the same rates over its assignments: each dispatch to it, how it answered,
 * and the ratings of what it resolved. A rate with nothing to count is null, never 0.
 */
export interface IssueStats {
  issuesSubmitted: number;
  issuesOpen: number;
  overdueOpen: number;
  responseRate: number | null;
  resolutionRate: number | null;
  satisfactionRate: number | null;
  medianHoursToAccept: number | null;
  medianHoursToResolve: number | null;
  byOrganization: { organizationId: string; dispatched: number; responseRate: number | null; resolutionRate: number | null; satisfactionRate: number | null }[];
}

const rate = (n: number, d: number): number | null => (d > 0 ? n / d : null);

/** A row of the per-organization statement (both issueStats and cohortStats select these columns). */
interface OrgRow {
  organization_id: string;
  dispatched: number;
  assignments: number;
  on_time: number;
  accepted: number;
  resolved_clean: number;
  ratings: number;
  good: number;
}
const num = (v: unknown): number | null => (v == null ? null : Number(v));

const OPEN = `('SUBMITTED', 'DISPATCHED', 'ACCEPTED', 'RETURNED', 'REOPENED')`;
const DAY_MS = 86_400_000;

/** The UTC midnight on or after `t` (the first whole day of a window from `t`). */
const dayCeil = (t: Date) => new Date(Math.ceil(t.getTime() / DAY_MS) * DAY_MS);
/** The UTC midnight on or before `t`. */
const dayFloor = (t: Date) => new Date(Math.floor(t.getTime() / DAY_MS) * DAY_MS);
const monthCeil = (t: Date) => (t.getUTCDate() === 1 && t.getTime() % DAY_MS === 0 ? t : new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 1)));
const monthFloor = (t: Date) => new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), 1));
const yearCeil = (t: Date) => (t.getTime() === Date.UTC(t.getUTCFullYear(), 0, 1) ? t : new Date(Date.UTC(t.getUTCFullYear() + 1, 0, 1)));
const yearFloor = (t: Date) => new Date(Date.UTC(t.getUTCFullYear(), 0, 1));
const isoDay = (t: Date) => t.toISOString().slice(0, 10);

/** The Monday on or after / on or before a day (`YYYY-MM-DD`, a UTC day as the counters' days are). */
const mondayOnOrAfter = (day: string) => shiftToMonday(day, 1);
const mondayOnOrBefore = (day: string) => shiftToMonday(day, -1);
function shiftToMonday(day: string, direction: 1 | -1): string {
  const t = new Date(`${day}T00:00:00Z`);
  const sinceMonday = (t.getUTCDay() + 6) % 7;
  if (sinceMonday) t.setUTCDate(t.getUTCDate() + (direction === 1 ? 7 - sinceMonday : -sinceMonday));
  return isoDay(t);
}

/**
 * The whole days [d0, d1) as five ranges of span starts, in the order the duration buckets'
 * spans are listed by gz_stats_rank ('D', 'M', 'Y', 'M', 'D'): the days up to the first whole
 * month, the months up to the first whole year, the whole years, the months after them, the
 * days after those. Empty ranges have start = end. At most 31 + 11 + years + 11 + 31 spans.
 */
export function spanRanges(d0: Date, d1: Date): { starts: string[]; ends: string[] } {
  const m0 = monthCeil(d0);
  const m1 = monthFloor(d1);
  if (m0 >= m1) return { starts: [d0, d1, d1, d1, d1].map(isoDay), ends: [d1, d1, d1, d1, d1].map(isoDay) };
  const y0 = yearCeil(m0);
  const y1 = yearFloor(m1);
  if (y0 >= y1) return { starts: [d0, m0, m1, m1, m1].map(isoDay), ends: [m0, m1, m1, m1, d1].map(isoDay) };
  return { starts: [d0, m0, y0, y1, m1].map(isoDay), ends: [m0, y0, y1, m1, d1].map(isoDay) };
}

/** The whole past starts here (the counters' spans for a window without `from`). */
const EPOCH = new Date(Date.UTC(1970, 0, 1));

/**
 * The figures from counters kept as events happen (migrations/Migration20261207001000.ts and
 * Migration20261207110000.ts), never a scan of the community's issues. The whole days of the
 * window are read from the counters; the issues of its two partial edge days (when `from`/`to`
 * fall inside a day) are counted one by one, by the same definitions. Nothing read grows with
 * the number of issues:
 * - the counters per day (one row per day of the window);
 * - overdueOpen = open − open without a deadline (both counted per day) − open whose deadline is
 *   at or after `now`, read from the index on open issues' deadlines (only issues not yet due);
 * - the medians walk a radix tree of duration buckets counted per day, month and year
 *   (gz_stats_median): 6 levels of at most 256 buckets per span, giving percentile_cont(0.5)'s
 *   exact value.
 * Two statements.
 */
/**
 * How a window [from, to) is read: its whole UTC days [d0, d1) from the counters (d0 null: from
 * the first day), its two partial edges [from, d0) and [d1, to) issue by issue (`edges`: the two
 * ranges' bounds, in the order the edge SQL takes them). The one place that cuts a window.
 */
export function statsWindow(from: Date | null, to: Date): { d0: Date | null; d1: Date; edges: [string, string, string, string] } {
  const d0 = from ? dayCeil(from) : null;
  let d1 = dayFloor(to);
  if (d0 && d1 < d0) d1 = d0; // the window lies within one day: no whole day, one edge
  const edgeStart = from ?? new Date(0);
  const lowEnd = d0 && d0 < to ? d0 : to;
  const highStart = d1 > edgeStart ? d1 : edgeStart;
  return { d0, d1, edges: [edgeStart.toISOString(), (d0 ? lowEnd : edgeStart).toISOString(), highStart.toISOString(), to.toISOString()] };
}

export async function issueStats(em: EntityManager, communityId: string, from: Date | null, to: Date, now: Date): Promise<IssueStats> {
  // Whole days [d0, d1) from the counters; the edges [from, d0) and [d1, to) issue by issue.
  const { d0, d1, edges: edgeBounds } = statsWindow(from, to);
  const edges = `SELECT * FROM issues WHERE community_id = ?::uuid AND (
      (submitted_at >= ?::timestamptz AND submitted_at < ?::timestamptz) OR (submitted_at >= ?::timestamptz AND submitted_at < ?::timestamptz))`;
  const edgeParams = [communityId, ...edgeBounds];
  const days = `community_id = ?::uuid AND (?::date IS NULL OR day >= ?::date) AND day < ?::date`;
  const dayParams = [communityId, d0 ? isoDay(d0) : null, d0 ? isoDay(d0) : null, isoDay(d1)];
  const spans = spanRanges(d0 ?? (EPOCH < d1 ? EPOCH : d1), d1);
  const median = (kind: 'A' | 'R', col: string) => `gz_stats_median(?::uuid, '${kind}', ?::date[], ?::date[],
      (SELECT array_agg(gz_stats_us(e.first_dispatched_at, ${col})) FROM e WHERE ${col} IS NOT NULL AND e.first_dispatched_at IS NOT NULL))`;
  const medianParams = [communityId, sqlArrayLiteral(spans.starts), sqlArrayLiteral(spans.ends)];
  const [t] = await em.execute<Record<string, unknown>[]>(
    `WITH e AS (${edges}),
          d AS (SELECT * FROM issue_stats_daily WHERE ${days}),
          er AS (SELECT r.* FROM issue_ratings r JOIN e ON e.id = r.issue_id)
     SELECT (SELECT coalesce(sum(submitted), 0) FROM d)::int + (SELECT count(*) FROM e)::int AS submitted,
            (SELECT coalesce(sum(open), 0) FROM d)::int + (SELECT count(*) FROM e WHERE e.status IN ${OPEN})::int AS open,
            (SELECT coalesce(sum(open - open_undated), 0) FROM d)::int
              - (SELECT count(*) FROM issues i WHERE i.community_id = ?::uuid AND i.status IN ${OPEN}
                   AND gz_stats_deadline(i.status, i.accept_by, i.first_accepted_at, i.resolve_by) >= ?::timestamptz
                   AND (?::timestamptz IS NULL OR i.submitted_at >= ?::timestamptz) AND i.submitted_at < ?::timestamptz)::int
              + (SELECT count(*) FROM e i WHERE i.status IN ${OPEN} AND ${OVERDUE_SQL})::int AS overdue_open,
            (SELECT coalesce(sum(dispatched), 0) FROM d)::int + (SELECT count(*) FROM e WHERE e.first_dispatched_at IS NOT NULL)::int AS dispatched,
            (SELECT coalesce(sum(accepted_on_time), 0) FROM d)::int + (SELECT count(*) FROM e WHERE e.first_accepted_at <= e.accept_by)::int AS accepted_on_time,
            (SELECT coalesce(sum(accepted), 0) FROM d)::int + (SELECT count(*) FROM e WHERE e.first_accepted_at IS NOT NULL)::int AS accepted,
            (SELECT coalesce(sum(resolved_clean), 0) FROM d)::int
              + (SELECT count(*) FROM e WHERE e.first_accepted_at IS NOT NULL AND e.status IN ('RESOLVED', 'CLOSED') AND e.reopen_count = 0)::int AS resolved_clean,
            (SELECT coalesce(sum(ratings), 0) FROM d)::int + (SELECT count(*) FROM er)::int AS ratings,
            (SELECT coalesce(sum(good_ratings), 0) FROM d)::int + (SELECT count(*) FROM er WHERE er.score >= 4)::int AS good_ratings,
            ${median('A', 'e.first_accepted_at')} AS median_accept,
            ${median('R', 'e.first_resolved_at')} AS median_resolve`,
    [
      ...edgeParams,
      ...dayParams,
      communityId, now.toISOString(), d0?.toISOString() ?? null, d0?.toISOString() ?? null, d1.toISOString(),
      now.toISOString(), now.toISOString(),
      ...medianParams,
      ...medianParams,
    ],
  );
  const totals = t as Record<string, number>;
  const orgs = await em.execute<OrgRow[]>(
    `WITH e AS (${edges}),
          x AS (
            SELECT organization_id, dispatched, assignments, on_time, accepted, resolved_clean, ratings, good FROM issue_stats_org_daily WHERE ${days}
            UNION ALL
            SELECT a.organization_id, count(DISTINCT a.issue_id), count(*),
                   count(*) FILTER (WHERE a.accepted_at IS NOT NULL AND (a.accept_by IS NULL OR a.accepted_at <= a.accept_by)),
                   count(*) FILTER (WHERE a.accepted_at IS NOT NULL),
                   count(*) FILTER (WHERE a.accepted_at IS NOT NULL AND a.resolved_at IS NOT NULL AND a.ended_as IS DISTINCT FROM 'REOPENED'), 0, 0
              FROM issue_assignments a JOIN e ON e.id = a.issue_id GROUP BY a.organization_id
            UNION ALL
            SELECT r.organization_id, 0, 0, 0, 0, 0, count(*), count(*) FILTER (WHERE r.score >= 4)
              FROM issue_ratings r JOIN e ON e.id = r.issue_id WHERE r.organization_id IS NOT NULL GROUP BY r.organization_id)
     SELECT organization_id, sum(dispatched)::int AS dispatched, sum(assignments)::int AS assignments, sum(on_time)::int AS on_time,
            sum(accepted)::int AS accepted, sum(resolved_clean)::int AS resolved_clean, sum(ratings)::int AS ratings, sum(good)::int AS good
       FROM x GROUP BY organization_id HAVING sum(assignments) > 0
      ORDER BY dispatched DESC, organization_id`,
    [...edgeParams, ...dayParams],
  );
  return {
    issuesSubmitted: totals.submitted!,
    issuesOpen: totals.open!,
    overdueOpen: totals.overdue_open!,
    responseRate: rate(totals.accepted_on_time!, totals.dispatched!),
    resolutionRate: rate(totals.resolved_clean!, totals.accepted!),
    satisfactionRate: rate(totals.good_ratings!, totals.ratings!),
    medianHoursToAccept: medianOf(t!.median_accept),
    medianHoursToResolve: medianOf(t!.median_resolve),
    byOrganization: orgs.map((r) => {
      return {
        organizationId: r.organization_id,
        dispatched: r.dispatched,
        responseRate: rate(r.on_time, r.assignments),
        resolutionRate: rate(r.resolved_clean, r.accepted),
        satisfactionRate: rate(r.good, r.ratings),
      };
    }),
  };
}

/** percentile_cont(0.5) from the two middle values: their mean when the count is even. */
function medianOf(v: unknown): number | null {
  const m = (typeof v === 'string' ? JSON.parse(v) : v) as { lo: number | null; hi: number | null; total: number | null } | null;
  if (!m || m.lo == null || m.hi == null || !m.total) return null;
  const pos = (m.total - 1) / 2;
  return m.lo + (m.hi - m.lo) * (pos - Math.floor(pos));
}

/** The figures by a full scan of the cohort, as they were computed before the counters: the reference the counters are held to (tests). */
export async function issueStatsByScan(em: EntityManager, communityId: string, from: Date | null, to: Date, now: Date): Promise<IssueStats> {

  const cohort = `SELECT * FROM issues WHERE community_id = ? AND submitted_at < ?::timestamptz AND (?::timestamptz IS NULL OR submitted_at >= ?::timestamptz)`;
  const cohortParams = [communityId, to.toISOString(), from?.toISOString() ?? null, from?.toISOString() ?? null];
  const open = `i.status IN ('SUBMITTED', 'DISPATCHED', 'ACCEPTED', 'RETURNED', 'REOPENED')`;
  const [totals] = await em.execute<Record<string, unknown>[]>(
    `WITH c AS (${cohort})
     SELECT count(*)::int AS submitted,
            count(*) FILTER (WHERE ${open})::int AS open,
            count(*) FILTER (WHERE ${open} AND ${OVERDUE_SQL})::int AS overdue_open,
            count(*) FILTER (WHERE i.first_dispatched_at IS NOT NULL)::int AS dispatched,
            count(*) FILTER (WHERE i.first_accepted_at IS NOT NULL AND i.first_accepted_at <= i.accept_by)::int AS accepted_on_time,
            count(*) FILTER (WHERE i.first_accepted_at IS NOT NULL)::int AS accepted,
            count(*) FILTER (WHERE i.first_accepted_at IS NOT NULL AND i.status IN ('RESOLVED', 'CLOSED') AND i.reopen_count = 0)::int AS resolved_clean,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM i.first_accepted_at - i.first_dispatched_at) / 3600)
              FILTER (WHERE i.first_accepted_at IS NOT NULL) AS median_accept,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM i.first_resolved_at - i.first_dispatched_at) / 3600)
              FILTER (WHERE i.first_resolved_at IS NOT NULL) AS median_resolve,
            (SELECT count(*)::int FROM issue_ratings r JOIN c ON c.id = r.issue_id) AS ratings,
            (SELECT count(*)::int FROM issue_ratings r JOIN c ON c.id = r.issue_id WHERE r.score >= 4) AS good_ratings
       FROM c i`,
    [...cohortParams, now.toISOString(), now.toISOString()],
  );
  const t = totals as Record<string, number>;
  const orgs = await em.execute<OrgRow[]>(
    `WITH c AS (${cohort}),
          a AS (SELECT a.* FROM issue_assignments a JOIN c ON c.id = a.issue_id),
          r AS (SELECT r.organization_id, count(*)::int AS ratings, count(*) FILTER (WHERE r.score >= 4)::int AS good
                  FROM issue_ratings r JOIN c ON c.id = r.issue_id WHERE r.organization_id IS NOT NULL GROUP BY r.organization_id)
     SELECT a.organization_id,
            count(DISTINCT a.issue_id)::int AS dispatched,
            count(*)::int AS assignments,
            count(*) FILTER (WHERE a.accepted_at IS NOT NULL AND (a.accept_by IS NULL OR a.accepted_at <= a.accept_by))::int AS on_time,
            count(*) FILTER (WHERE a.accepted_at IS NOT NULL)::int AS accepted,
            count(*) FILTER (WHERE a.accepted_at IS NOT NULL AND a.resolved_at IS NOT NULL AND a.ended_as IS DISTINCT FROM 'REOPENED')::int AS resolved_clean,
            coalesce(max(r.ratings), 0)::int AS ratings,
            coalesce(max(r.good), 0)::int AS good
       FROM a LEFT JOIN r ON r.organization_id = a.organization_id
      GROUP BY a.organization_id
      ORDER BY dispatched DESC, a.organization_id`,
    cohortParams,
  );
  return {
    issuesSubmitted: t.submitted!,
    issuesOpen: t.open!,
    overdueOpen: t.overdue_open!,
    responseRate: rate(t.accepted_on_time!, t.dispatched!),
    resolutionRate: rate(t.resolved_clean!, t.accepted!),
    satisfactionRate: rate(t.good_ratings!, t.ratings!),
    medianHoursToAccept: num(t.median_accept),
    medianHoursToResolve: num(t.median_resolve),
    byOrganization: orgs.map((r) => {
      return {
        organizationId: r.organization_id,
        dispatched: r.dispatched,
        responseRate: rate(r.on_time, r.assignments),
        resolutionRate: rate(r.resolved_clean, r.accepted),
        satisfactionRate: rate(r.good, r.ratings),
      };
    }),
  };
}

/**
 * Communities in groups, as SQL: a statement whose rows are `(community_id uuid, unit text)`, each
 * community in one unit (a county of a city, a township of a county, a community of a township).
 */
export interface CommunityGroups {
  sql: string;
  params: readonly unknown[];
}

/**
 * Townships in groups, as SQL: a statement whose rows are `(township_id uuid, unit text)`, the
 * townships of the communities of `CommunityGroups` with the same units (a city's county, a
 * county's township). Given, the whole days are read from the per-township counters.
 */
export interface TownshipGroups {
  sql: string;
  params: readonly unknown[];
}

/**
 * The region the groups make up, when they are a whole region's communities (regionStats): then a
 * city's whole weeks are read from the per-county weekly counters (its units are its counties),
 * and the top categories of any region from its own level's weekly category counters
 * (Migration20261212300000), the days outside the whole weeks from its townships' daily rows.
 */
export interface RegionRollup {
  id: string;
  level: 'CITY' | 'COUNTY' | 'TOWNSHIP';
}

/** The counts behind a group's issue figures (every one a sum over its communities' counters). */
export interface IssueCounts {
  submitted: number;
  open: number;
  overdueOpen: number;
  dispatched: number;
  acceptedOnTime: number;
  accepted: number;
  resolvedClean: number;
  ratings: number;
  goodRatings: number;
}

/** 响应率, 解决率, 满意率 from counts: the ratios of `issueStats` (null when nothing to count). */
export function issueRates(c: IssueCounts): { responseRate: number | null; resolutionRate: number | null; satisfactionRate: number | null } {
  return { responseRate: rate(c.acceptedOnTime, c.dispatched), resolutionRate: rate(c.resolvedClean, c.accepted), satisfactionRate: rate(c.goodRatings, c.ratings) };
}

export const NO_ISSUES: IssueCounts = { submitted: 0, open: 0, overdueOpen: 0, dispatched: 0, acceptedOnTime: 0, accepted: 0, resolvedClean: 0, ratings: 0, goodRatings: 0 };

export interface GroupedIssueFigures {
  /** All the groups' communities together. */
  total: IssueCounts;
  /** Per unit (units without an issue are missing). */
  units: Map<string, IssueCounts>;
  /** Per week of submission (Monday, UTC, `YYYY-MM-DD`), oldest first; weeks without an issue are missing. */
  weeks: { week: string; counts: IssueCounts }[];
  /** Issues submitted per category, most first (then by category). */
  categories: { category: string; submitted: number }[];
}

const CATEGORY_WEEKLY = { CITY: 'issue_stats_city_category_weekly', COUNTY: 'issue_stats_county_category_weekly', TOWNSHIP: 'issue_stats_township_category_weekly' } as const;
const CATEGORY_KEY = { CITY: 'city_id', COUNTY: 'county_id', TOWNSHIP: 'township_id' } as const;

/**
 * The figures of `issueStats` (without the medians and the per-organization table) for many
 * communities at once, per unit, per week and in total: sums of the same per-community per-day
 * counters, the window cut by `statsWindow` (its partial edge days counted issue by issue with the
 * definitions the counters keep), overdueOpen as in `issueStats` (open − undated − not yet due).
 * Two statements, whatever the number of issues, run side by side: the counters of the window's
 * days for the groups' communities, grouped by unit, by week and in total (GROUPING SETS); and the
 * categories.
 */
export async function issueFiguresByGroup(
  em: EntityManager,
  groups: CommunityGroups,
  from: Date | null,
  to: Date,
  now: Date,
  townships?: TownshipGroups,
  region?: RegionRollup,
): Promise<GroupedIssueFigures> {
  const { d0, d1, edges } = statsWindow(from, to);
  const dayFrom = d0 ? isoDay(d0) : null;
  const dayTo = isoDay(d1);
  // Within the window's whole days [dayFrom, dayTo) (dayFrom null: from the beginning), its whole
  // weeks [ws, we), Monday to Monday (ws null: from the beginning), when at least one fits.
  const ws = dayFrom ? mondayOnOrAfter(dayFrom) : null;
  const we = mondayOnOrBefore(dayTo);
  const wholeWeeks = ws === null || ws < we;
  /** `d.<column> in [a, b)` (a null: unbounded below), as SQL and parameters. */
  const range = (column: string, a: string | null, b: string) => ({ sql: `${a ? `d.${column} >= ?::date AND ` : ''}d.${column} < ?::date`, params: a ? [a, b] : [b] });
  // The days from the daily rows: all of them, or those before and after the whole weeks.
  const dayRanges = !wholeWeeks ? [range('day', dayFrom, dayTo)] : [...(dayFrom && dayFrom < ws! ? [range('day', dayFrom, ws!)] : []), ...(we < dayTo ? [range('day', we, dayTo)] : [])];
  const daysWhere = dayRanges.length ? dayRanges.map((r) => `(${r.sql})`).join(' OR ') : 'false';
  const daysParams = dayRanges.flatMap((r) => r.params);
  const weekRange = range('week', ws, we);
  /**
   * The counter rows of the window's whole days, as (unit, day, <columns>): the communities' rows
   * of each day when the units are communities; when they are townships or above, the townships'
   * rows (the same sums: one row per township instead of one per community), whole weeks from the
   * weekly rows (day = its Monday) and only the days outside them from the daily rows.
   */
  const counterRows = (table: 'issue_stats' | 'issue_stats_category', columns: (alias: string) => string): { sql: string; params: readonly unknown[] } =>
    townships && region?.level === 'CITY' && table === 'issue_stats' ?
      {
        // The city's units are its counties: whole weeks from the county rows (12 per week).
        sql: `SELECT g.unit, d.day, ${columns('d')} FROM issue_stats_township_daily d JOIN (${townships.sql}) g ON g.township_id = d.township_id
               WHERE ${daysWhere}
              UNION ALL
              SELECT d.county_id::text, d.week, ${columns('d')} FROM issue_stats_county_weekly d JOIN regions k ON k.id = d.county_id AND k.parent_id = ?::uuid
               WHERE ${wholeWeeks ? weekRange.sql : 'false'}`,
        params: [...townships.params, ...daysParams, region.id, ...(wholeWeeks ? weekRange.params : [])],
      }
    : townships ?
      {
        sql: `SELECT g.unit, d.day, ${columns('d')} FROM ${table.replace('issue_stats', 'issue_stats_township')}_daily d JOIN (${townships.sql}) g ON g.township_id = d.township_id
               WHERE ${daysWhere}
              UNION ALL
              SELECT g.unit, d.week, ${columns('d')} FROM ${table.replace('issue_stats', 'issue_stats_township')}_weekly d JOIN (${townships.sql}) g ON g.township_id = d.township_id
               WHERE ${wholeWeeks ? weekRange.sql : 'false'}`,
        params: [...townships.params, ...daysParams, ...townships.params, ...(wholeWeeks ? weekRange.params : [])],
      }
    : (() => {
        const all = range('day', dayFrom, dayTo);
        return { sql: `SELECT g.unit, d.day, ${columns('d')} FROM ${table}_daily d JOIN g ON g.community_id = d.community_id WHERE ${all.sql}`, params: all.params };
      })();
  const issueCounts = counterRows(
    'issue_stats',
    (d) => `${d}.submitted, ${d}.open, ${d}.open - ${d}.open_undated AS overdue, ${d}.dispatched, ${d}.accepted_on_time, ${d}.accepted, ${d}.resolved_clean, ${d}.ratings, ${d}.good_ratings`,
  );
  const categoryCounts =
    region ?
      {
        // The region's own category rows of its whole weeks, its townships' daily rows of the other days.
        sql: `SELECT d.category, d.submitted AS n FROM issue_stats_township_category_daily d JOIN regions t ON t.id = d.township_id
               WHERE t.path @> ARRAY[?]::uuid[] AND (${daysWhere})
              UNION ALL
              SELECT d.category, d.submitted FROM ${CATEGORY_WEEKLY[region.level]} d WHERE d.${CATEGORY_KEY[region.level]} = ?::uuid AND ${wholeWeeks ? weekRange.sql : 'false'}`,
        params: [region.id, ...daysParams, region.id, ...(wholeWeeks ? weekRange.params : [])],
      }
    : counterRows('issue_stats_category', (d) => `${d}.category, ${d}.submitted AS n`);
  // The edges that are not empty (a window from null has no low edge; one ending at midnight no
  // high edge): an empty range left in the statement still costs a walk of the whole index on
  // (community_id, submitted_at) at city size. ISO strings of one format compare as their times.
  const edgeRanges = [edges.slice(0, 2), edges.slice(2, 4)].filter(([a, b]) => a! < b!);
  const edgeWhere = edgeRanges.length ? edgeRanges.map(() => `(i.submitted_at >= ?::timestamptz AND i.submitted_at < ?::timestamptz)`).join(' OR ') : 'false';
  const edgeParams = edgeRanges.flat();
  const edgeSql = `SELECT i.*, g.unit FROM issues i JOIN g ON g.community_id = i.community_id WHERE ${edgeWhere}`;
  // The two statements are independent: run side by side (each on its own connection of the pool).
  const [rows, categories] = await independentReads(em, [
    () => em.execute<Record<string, unknown>[]>(
    `WITH g AS (${groups.sql}),
          e AS (${edgeSql}),
          x AS (
            ${issueCounts.sql}
            UNION ALL
            SELECT g.unit, gz_stats_day(i.submitted_at), 0, 0, -1, 0, 0, 0, 0, 0, 0
              FROM issues i JOIN g ON g.community_id = i.community_id
             WHERE i.status IN ${OPEN} AND gz_stats_deadline(i.status, i.accept_by, i.first_accepted_at, i.resolve_by) >= ?::timestamptz
               AND (?::timestamptz IS NULL OR i.submitted_at >= ?::timestamptz) AND i.submitted_at < ?::timestamptz
            UNION ALL
            SELECT i.unit, gz_stats_day(i.submitted_at), 1, (i.status IN ${OPEN})::int, (i.status IN ${OPEN} AND ${OVERDUE_SQL})::int,
                   (i.first_dispatched_at IS NOT NULL)::int, coalesce(i.first_accepted_at <= i.accept_by, false)::int,
                   (i.first_accepted_at IS NOT NULL)::int,
                   (i.first_accepted_at IS NOT NULL AND i.status IN ('RESOLVED', 'CLOSED') AND i.reopen_count = 0)::int,
                   (SELECT count(*) FROM issue_ratings r WHERE r.issue_id = i.id)::int,
                   (SELECT count(*) FROM issue_ratings r WHERE r.issue_id = i.id AND r.score >= 4)::int
              FROM e i)
     SELECT GROUPING(y.unit) AS gu, GROUPING(y.week) AS gw, y.unit, y.week::text AS week,
            sum(y.submitted)::int AS submitted, sum(y.open)::int AS open, sum(y.overdue)::int AS overdue_open,
            sum(y.dispatched)::int AS dispatched, sum(y.accepted_on_time)::int AS accepted_on_time, sum(y.accepted)::int AS accepted,
            sum(y.resolved_clean)::int AS resolved_clean, sum(y.ratings)::int AS ratings, sum(y.good_ratings)::int AS good_ratings
       FROM (SELECT x.*, date_trunc('week', x.day::timestamp)::date AS week FROM x) y
      GROUP BY GROUPING SETS ((y.unit), (y.week), ())`,
    [
      ...groups.params,
      ...edgeParams,
      ...issueCounts.params,
      now.toISOString(), d0?.toISOString() ?? null, d0?.toISOString() ?? null, d1.toISOString(),
      now.toISOString(), now.toISOString(),
    ],
  ),
    () => em.execute<{ category: string; submitted: number }[]>(
    `WITH g AS (${groups.sql})
     SELECT x.category, sum(x.n)::int AS submitted FROM (
       SELECT c.category, c.n FROM (${categoryCounts.sql}) c
       UNION ALL
       SELECT i.category::text, 1 FROM issues i JOIN g ON g.community_id = i.community_id WHERE ${edgeWhere}) x
      GROUP BY x.category HAVING sum(x.n) > 0 ORDER BY sum(x.n) DESC, x.category`,
    [...groups.params, ...categoryCounts.params, ...edgeParams],
  ),
  ]);
  const counts = (r: Record<string, unknown>): IssueCounts => ({
    submitted: Number(r.submitted ?? 0),
    open: Number(r.open ?? 0),
    overdueOpen: Number(r.overdue_open ?? 0),
    dispatched: Number(r.dispatched ?? 0),
    acceptedOnTime: Number(r.accepted_on_time ?? 0),
    accepted: Number(r.accepted ?? 0),
    resolvedClean: Number(r.resolved_clean ?? 0),
    ratings: Number(r.ratings ?? 0),
    goodRatings: Number(r.good_ratings ?? 0),
  });
  let total = NO_ISSUES;
  const units = new Map<string, IssueCounts>();
  const weeks: { week: string; counts: IssueCounts }[] = [];
  for (const r of rows) {
    const byUnit = Number(r.gu) === 0;
    const byWeek = Number(r.gw) === 0;
    if (byUnit) units.set(String(r.unit), counts(r));
    else if (byWeek) weeks.push({ week: String(r.week), counts: counts(r) });
    else total = counts(r);
  }
  weeks.sort((a, b) => a.week.localeCompare(b.week));
  return { total, units, weeks, categories };
}

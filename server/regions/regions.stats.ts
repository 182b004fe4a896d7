import type { EntityManager } from '@mikro-orm/postgresql';
import { RegionLevel } from '../communities/index.js';
import { disputeStatsByGroup, noDisputes, type DisputeStatsType } from '../disputes/index.js';
import { emergencyFiguresByGroup, NO_EMERGENCIES, RegionEmergencyFiguresType, type EmergencyCounts } from '../emergencies/index.js';
import { issueFiguresByGroup, issueRates, NO_ISSUES, type CommunityGroups, type IssueCategory, type IssueCounts, type RegionRollup, type TownshipGroups } from '../issues/index.js';
import { meetingsHeldByGroup } from '../meetings/index.js';
import { verifiedHoursByGroup } from '../volunteers/index.js';
import type { Region } from './region.entity.js';
import { RegionType } from './region.types.js';
import {
  RegionCategoryFigureType,
  RegionFigure,
  RegionRankingType,
  RegionStatsType,
  RegionUnitFiguresType,
  RegionWeekType,
  type UnitFigures,
} from './region-stats.types.js';

/**
 * 城市大脑: a region's figures and its children's, summed over communities, never over issues.
 *
 * The communities of a region are those whose township's path holds it:
 * `communities c JOIN regions t ON t.id = c.region_id WHERE t.path @> ARRAY[:region]` (the GIN
 * index on `path`), each put in one unit — the county of a city's community (`t.path[2]`), the
 * township of a county's (`t.path[3]`), the community itself for a township (`groupsOf`). Each
 * module sums its own figures over those groups, with its own definitions:
 * - issues (server/issues `issueFiguresByGroup`): the per-community per-day counters of
 *   `governanceStats`, by unit, by week and in total in one statement, and the per-category ones;
 * - disputes (server/disputes `disputeStatsByGroup`): the figures of `DisputeStats` (the SQL of
 *   `regionDisputeStats` and `disputeStats`) by unit and in total, in one statement;
 * - volunteer hours (server/volunteers `verifiedHoursByGroup`) and meetings held (server/meetings
 *   `meetingsHeldByGroup`), by unit;
 * - emergencies (server/emergencies `emergencyFiguresByGroup`): the incidents declared in the
 *   window, from each closed incident's counts kept per community when it closed and the open
 *   ones' own rows, by unit and in total (an incident covering two units counts once in the total).
 * The region's own counts are the sums of its children's; its rates are the ratios of those sums.
 */

/** The communities under `region`, each with its unit: the child of the region it lies in, or itself under a township. */
export function groupsOf(region: Pick<Region, 'id' | 'path'>): CommunityGroups {
  const depth = region.path.length; // 1 a city, 2 a county, 3 a township
  const unit = depth >= 3 ? 'c.id' : `t.path[${depth + 1}]`;
  return {
    sql: `SELECT c.id AS community_id, (${unit})::text AS unit FROM communities c JOIN regions t ON t.id = c.region_id WHERE t.path @> ARRAY[?]::uuid[]`,
    params: [region.id],
  };
}

/**
 * For a city or a county, its townships with the same units as `groupsOf` (the county of a city's
 * township, a county's township itself): the issue counters are then read per township and day.
 * Null for a township (its units are communities).
 */
export function townshipsOf(region: Pick<Region, 'id' | 'path'>): TownshipGroups | null {
  const depth = region.path.length;
  if (depth >= 3) return null;
  return {
    sql: `SELECT t.id AS township_id, (t.path[${depth + 1}])::text AS unit FROM regions t WHERE t.path @> ARRAY[?]::uuid[] AND t.level = 'TOWNSHIP'`,
    params: [region.id],
  };
}

/** The region as a whole, for the counters kept per county and per city (Migration20261212300000). */
export function rollupOf(region: Pick<Region, 'id' | 'path'>): RegionRollup {
  const depth = region.path.length;
  return { id: region.id, level: depth === 1 ? 'CITY' : depth === 2 ? 'COUNTY' : 'TOWNSHIP' };
}

/** A ranked figure: which way is better, and its value in a unit. */
interface Ranked {
  figure: RegionFigure;
  higherIsBetter: boolean;
  value: (u: UnitFigures) => number | null;
}

/** The rankings' figures, in the order the city view lists them: the one place that says which way each ranks. */
export const RANKED: readonly Ranked[] = [
  { figure: RegionFigure.RESPONSE_RATE, higherIsBetter: true, value: (u) => u.responseRate },
  { figure: RegionFigure.RESOLUTION_RATE, higherIsBetter: true, value: (u) => u.resolutionRate },
  { figure: RegionFigure.SATISFACTION_RATE, higherIsBetter: true, value: (u) => u.satisfactionRate },
  { figure: RegionFigure.OVERDUE_OPEN, higherIsBetter: false, value: (u) => u.overdueOpen },
  { figure: RegionFigure.ISSUES_OPEN, higherIsBetter: false, value: (u) => u.issuesOpen },
  { figure: RegionFigure.ISSUES_SUBMITTED, higherIsBetter: true, value: (u) => u.issuesSubmitted },
  { figure: RegionFigure.DISPUTE_RESOLUTION_RATE, higherIsBetter: true, value: (u) => u.disputes.resolutionRate },
  { figure: RegionFigure.DISPUTE_LOCAL_RESOLUTION_RATE, higherIsBetter: true, value: (u) => u.disputes.localResolutionRate },
  { figure: RegionFigure.VOLUNTEER_HOURS, higherIsBetter: true, value: (u) => u.volunteerHours },
  { figure: RegionFigure.MEETINGS_HELD, higherIsBetter: true, value: (u) => u.meetingsHeld },
  { figure: RegionFigure.EMERGENCY_SECONDS_TO_90, higherIsBetter: false, value: (u) => u.emergencies.secondsTo90Acknowledged },
  { figure: RegionFigure.EMERGENCY_REACHED_WITHIN_30, higherIsBetter: true, value: (u) => u.emergencies.reachedWithin30Rate },
  { figure: RegionFigure.EMERGENCY_REACHED_WITHIN_60, higherIsBetter: true, value: (u) => u.emergencies.reachedWithin60Rate },
  { figure: RegionFigure.EMERGENCY_VOLUNTEERS_MOBILIZED, higherIsBetter: true, value: (u) => u.emergencies.volunteersMobilized },
];

/**
 * Ranks units on one figure: the best first, ties by name; equal values share a place and the next
 * place skips (1, 1, 3); units without a value come last, without a place.
 */
export function rankUnits(units: readonly UnitFigures[], r: Ranked): RegionRankingType {
  const sign = r.higherIsBetter ? -1 : 1;
  const valued = units.map((u) => ({ u, v: r.value(u) }));
  valued.sort((a, b) => {
    if (a.v === null || b.v === null) return a.v === b.v ? a.u.name.localeCompare(b.u.name, 'zh-CN') : a.v === null ? 1 : -1;
    return a.v === b.v ? a.u.name.localeCompare(b.u.name, 'zh-CN') : sign * (a.v - b.v);
  });
  let place = 0;
  const entries = valued.map(({ u, v }, i) => {
    if (v !== null && (i === 0 || valued[i - 1]!.v !== v)) place = i + 1;
    const unit = RegionUnitFiguresType.from(u);
    return { unitId: unit.unitId, name: u.name, rank: v === null ? null : place, value: v };
  });
  return Object.assign(new RegionRankingType(), { figure: r.figure, higherIsBetter: r.higherIsBetter, entries });
}

const DAY_MS = 86_400_000;
/** The Monday (UTC) of the week of `t`, YYYY-MM-DD. */
export function weekOf(t: Date): string {
  const day = Math.floor(t.getTime() / DAY_MS);
  const monday = day - ((day + 3) % 7); // 1970-01-01 was a Thursday
  return new Date(monday * DAY_MS).toISOString().slice(0, 10);
}

interface Unit {
  key: string;
  kind: 'Region' | 'Community';
  name: string;
  level: RegionLevel;
}

/** The children of a region as units: its child regions, or a township's communities; by name. */
async function childUnits(em: EntityManager, region: Region): Promise<Unit[]> {
  if (region.path.length >= 3) {
    const rows = await em.execute<{ id: string; name: string }[]>(`SELECT id, name FROM communities WHERE region_id = ? ORDER BY name, id`, [region.id]);
    return rows.map((r) => ({ key: r.id, kind: 'Community' as const, name: r.name, level: RegionLevel.COMMUNITY }));
  }
  const rows = await em.execute<{ id: string; name: string; level: RegionLevel }[]>(`SELECT id, name, level::text AS level FROM regions WHERE parent_id = ? ORDER BY name, id`, [region.id]);
  return rows.map((r) => ({ key: r.id, kind: 'Region' as const, name: r.name, level: r.level }));
}

/**
 * The figures of `region` over [from, to) (from null: the beginning), at `now`. No permission is
 * asked here: the caller (`regionStats`, `regionStatsChanged`) checks `regionPolicy.canSeeStats`.
 */
export async function regionStats(em: EntityManager, region: Region, from: Date | null, to: Date, now: Date): Promise<RegionStatsType> {
  const groups = groupsOf(region);
  const [children, issues, hours, meetings, counts, disputes, emergencies] = await Promise.all([
    childUnits(em, region),
    issueFiguresByGroup(em, groups, from, to, now, townshipsOf(region) ?? undefined, rollupOf(region)),
    verifiedHoursByGroup(em, groups, from, to),
    meetingsHeldByGroup(em, groups, from, to),
    em.execute<{ unit: string; n: number }[]>(`SELECT g.unit, count(*)::int AS n FROM (${groups.sql}) g GROUP BY g.unit`, [...groups.params]),
    disputeStatsByGroup(em, groups, from, to),
    emergencyFiguresByGroup(em, groups, from, to),
  ]);
  const communityCount = new Map(counts.map((r) => [r.unit, r.n]));
  const figuresOf = (u: Unit, c: IssueCounts, d: DisputeStatsType, volunteerHours: number, meetingsHeld: number, n: number, e: EmergencyCounts): UnitFigures => ({
    ...u,
    communityCount: n,
    issuesSubmitted: c.submitted,
    issuesOpen: c.open,
    overdueOpen: c.overdueOpen,
    ...issueRates(c),
    disputes: d,
    volunteerHours,
    meetingsHeld,
    emergencies: RegionEmergencyFiguresType.from(e),
  });
  const units = children.map((u) =>
    figuresOf(u, issues.units.get(u.key) ?? NO_ISSUES, disputes.units.get(u.key) ?? noDisputes(), hours.get(u.key) ?? 0, meetings.get(u.key) ?? 0, communityCount.get(u.key) ?? (u.kind === 'Community' ? 1 : 0), emergencies.units.get(u.key) ?? NO_EMERGENCIES),
  );
  const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  const own = figuresOf(
    { key: region.id, kind: 'Region', name: region.name, level: region.level },
    issues.total,
    disputes.total,
    sum(hours),
    sum(meetings),
    sum(communityCount),
    emergencies.total,
  );
  const submitted = issues.total.submitted;
  return Object.assign(new RegionStatsType(), {
    region: RegionType.from(region),
    from,
    to,
    figures: RegionUnitFiguresType.from(own),
    children: units.map(RegionUnitFiguresType.from),
    rankings: RANKED.map((r) => rankUnits(units, r)),
    weeks: trend(issues.weeks, from, to),
    topCategories: issues.categories.slice(0, 10).map((c) =>
      Object.assign(new RegionCategoryFigureType(), { category: c.category as IssueCategory, issuesSubmitted: c.submitted, share: submitted > 0 ? c.submitted / submitted : 0 }),
    ),
  });
}

/** At most this many weeks in a trend (the latest): five years. */
const MAX_WEEKS = 260;

/** Every week from the window's first (or the first with an issue) to the week of `to`, the weeks without an issue at zero. */
function trend(weeks: { week: string; counts: IssueCounts }[], from: Date | null, to: Date): RegionWeekType[] {
  const byWeek = new Map(weeks.map((w) => [w.week, w.counts]));
  const last = weekOf(new Date(to.getTime() - 1));
  const first = from ? weekOf(from) : (weeks[0]?.week ?? last);
  const out: RegionWeekType[] = [];
  for (let t = Date.parse(`${first}T00:00:00Z`); t <= Date.parse(`${last}T00:00:00Z`); t += 7 * DAY_MS) {
    const week = new Date(t).toISOString().slice(0, 10);
    const c = byWeek.get(week) ?? NO_ISSUES;
    out.push(Object.assign(new RegionWeekType(), { weekStart: week, issuesSubmitted: c.submitted, issuesOpen: c.open, issuesResolved: c.resolvedClean, ...issueRates(c) }));
  }
  return out.slice(-MAX_WEEKS);
}

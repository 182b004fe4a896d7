import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlArray } from '../core/sql.js';
import { IncidentStatus } from './incident.entity.js';
import { reachedCountWithin, secondsTo90Of, volunteerFigures, type ClaimFact } from './incident.state.js';
import { independentReads } from '../core/rows.js';

/**
 * 城市大脑's emergency figures: each incident's counts per community of its area, summed per unit
 * of a region. The definitions are incident.state.ts's (one place): acknowledged = alerted people
 * with a first acknowledgement, reached within 30 and 60 = `reachedCountWithin`, time to 90%
 * acknowledged = `secondsTo90Of` over the delays of every first acknowledgement in the unit
 * (`ackSeconds`, each from its own incident's declaration), volunteers mobilized =
 * `volunteerFigures` over the claims of the incident's tasks.
 *
 * Cheap: a closed incident's counts are kept when it closes (`incident_figures`, nothing changes
 * them after), so only the incidents still open are counted from their own alert rows (one GROUP BY
 * over the primary key's prefix); no request reads the alerts of every incident of a city.
 */

/** One incident's counts in one community of its area. */
export interface CommunityFigureRow {
  incidentId: string;
  communityId: string;
  alerted: number;
  acknowledged: number;
  vulnerable: number;
  reachedWithin30: number;
  reachedWithin60: number;
  /** Seconds from the declaration to each first acknowledgement there, rounded (`ackSeconds`). */
  ackSeconds: number[];
}

/** The counts of these incidents per community of their area, from their rows (alerts, roll call). */
export async function liveCommunityFigures(em: EntityManager, incidentIds: readonly string[]): Promise<CommunityFigureRow[]> {
  if (!incidentIds.length) return [];
  const ids = sqlArray(incidentIds);
  const [areas, alerts, roll] = await independentReads(em, [
    () => em.execute<{ id: string; community_id: string; declared_at: Date | string }[]>(`SELECT i.id, c AS community_id, i.declared_at FROM incidents i, unnest(i.community_ids) c WHERE i.id = ANY(${ids.sql})`, ids.params),
    () => em.execute<{ incident_id: string; community_id: string; alerted: number; acknowledged: number; ack_seconds: number[] }[]>(
      `SELECT a.incident_id, a.community_id, count(*)::int AS alerted, count(a.first_ack_at)::int AS acknowledged,
              coalesce(array_agg(round(extract(epoch FROM a.first_ack_at - i.declared_at)::numeric)::int) FILTER (WHERE a.first_ack_at IS NOT NULL), '{}') AS ack_seconds
         FROM incident_alerts a JOIN incidents i ON i.id = a.incident_id WHERE a.incident_id = ANY(${ids.sql}) GROUP BY a.incident_id, a.community_id`,
      ids.params,
    ),
    () => em.execute<{ incident_id: string; community_id: string; reached_at: Date | string | null }[]>(`SELECT incident_id, community_id, reached_at FROM incident_roll_calls WHERE incident_id = ANY(${ids.sql})`, ids.params),
  ]);
  const key = (i: string, c: string) => `${i}/${c}`;
  const alertsBy = new Map(alerts.map((r) => [key(r.incident_id, r.community_id), r]));
  const reachBy = new Map<string, (Date | null)[]>();
  for (const r of roll) {
    const k = key(r.incident_id, r.community_id);
    reachBy.set(k, [...(reachBy.get(k) ?? []), r.reached_at === null ? null : new Date(r.reached_at)]);
  }
  return areas.map((a) => {
    const k = key(a.id, a.community_id);
    const reached = reachBy.get(k) ?? [];
    return {
      incidentId: a.id,
      communityId: a.community_id,
      alerted: alertsBy.get(k)?.alerted ?? 0,
      acknowledged: alertsBy.get(k)?.acknowledged ?? 0,
      vulnerable: reached.length,
      reachedWithin30: reachedCountWithin(new Date(a.declared_at), reached, 30),
      reachedWithin60: reachedCountWithin(new Date(a.declared_at), reached, 60),
      ackSeconds: alertsBy.get(k)?.ack_seconds ?? [],
    };
  });
}

/** Keeps a closing incident's counts per community (in the closing transaction). */
export async function keepClosedFigures(em: EntityManager, incidentId: string): Promise<void> {
  const rows = await liveCommunityFigures(em, [incidentId]);
  for (const r of rows) {
    await em.execute(
      `INSERT INTO incident_figures (incident_id, community_id, alerted, acknowledged, vulnerable, reached_within30, reached_within60, ack_seconds) VALUES (?, ?, ?, ?, ?, ?, ?, ?::int[])
       ON CONFLICT (incident_id, community_id) DO UPDATE SET alerted = excluded.alerted, acknowledged = excluded.acknowledged, vulnerable = excluded.vulnerable,
         reached_within30 = excluded.reached_within30, reached_within60 = excluded.reached_within60, ack_seconds = excluded.ack_seconds`,
      [r.incidentId, r.communityId, r.alerted, r.acknowledged, r.vulnerable, r.reachedWithin30, r.reachedWithin60, `{${r.ackSeconds.join(',')}}`],
    );
  }
}

/** A unit's emergency counts over the window (rates: `shareOf` of the sums, never an average of rates). */
export interface EmergencyCounts {
  /** Different incidents declared in the window whose area takes in a community of the unit. */
  incidents: number;
  alerted: number;
  acknowledged: number;
  vulnerable: number;
  reachedWithin30: number;
  reachedWithin60: number;
  /**
   * Seconds from the declaration by which 90% of the people alerted in the unit had first
   * acknowledged, over the window's incidents pooled (`secondsTo90Of`); null when fewer did, or
   * nobody was alerted.
   */
  secondsTo90Acknowledged: number | null;
  /** Per incident, the different volunteers mobilized on its tasks posted to stations of the unit; summed over incidents. */
  volunteersMobilized: number;
}

export const NO_EMERGENCIES: Readonly<EmergencyCounts> = Object.freeze({ incidents: 0, alerted: 0, acknowledged: 0, vulnerable: 0, reachedWithin30: 0, reachedWithin60: 0, secondsTo90Acknowledged: null, volunteersMobilized: 0 });

/** Communities in units, as SQL rows `(community_id uuid, unit text)` (server/regions `groupsOf`). */
interface Groups {
  sql: string;
  params: readonly unknown[];
}

/**
 * The emergency figures of the incidents declared in [from, to), per unit of `groups` and in total
 * (the total counts an incident covering two units once, and its volunteers once).
 */
export async function emergencyFiguresByGroup(em: EntityManager, groups: Groups, from: Date | null, to: Date): Promise<{ units: Map<string, EmergencyCounts>; total: EmergencyCounts }> {
  const window = `i.declared_at < ? AND (?::timestamptz IS NULL OR i.declared_at >= ?)`;
  const w = [to.toISOString(), from?.toISOString() ?? null, from?.toISOString() ?? null];
  const [closed, open, claims] = await independentReads(em, [
    () => em.execute<{ unit: string; incident_id: string; alerted: number; acknowledged: number; vulnerable: number; reached_within30: number; reached_within60: number; ack_seconds: number[] }[]>(
      `SELECT g.unit, f.incident_id, f.alerted, f.acknowledged, f.vulnerable, f.reached_within30, f.reached_within60, f.ack_seconds
         FROM (${groups.sql}) g JOIN incident_figures f ON f.community_id = g.community_id JOIN incidents i ON i.id = f.incident_id
        WHERE ${window}`,
      [...groups.params, ...w],
    ),
    () => em.execute<{ unit: string; incident_id: string; community_id: string }[]>(
      `SELECT g.unit, i.id AS incident_id, g.community_id::text AS community_id
         FROM incidents i CROSS JOIN unnest(i.community_ids) AS a(community_id) JOIN (${groups.sql}) g ON g.community_id = a.community_id
        WHERE i.status <> '${IncidentStatus.CLOSED}' AND ${window}`,
      [...groups.params, ...w],
    ),
    () => em.execute<{ unit: string; incident_id: string; volunteer_id: string; status: string; hours: string | number | null; hours_status: string | null }[]>(
      `SELECT g.unit, it.incident_id, c.volunteer_id, c.status::text AS status, c.hours, c.hours_status::text AS hours_status
         FROM (${groups.sql}) g JOIN volunteer_tasks t ON t.community_id = g.community_id JOIN incident_tasks it ON it.task_id = t.id
         JOIN incidents i ON i.id = it.incident_id JOIN task_claims c ON c.task_id = t.id
        WHERE ${window}`,
      [...groups.params, ...w],
    ),
  ]);
  const unitOf = new Map(open.map((r) => [`${r.incident_id}/${r.community_id}`, r.unit]));
  const live = await liveCommunityFigures(em, [...new Set(open.map((r) => r.incident_id))]);
  const rows = [
    ...closed.map((r) => ({
      unit: r.unit,
      incidentId: r.incident_id,
      alerted: r.alerted,
      acknowledged: r.acknowledged,
      vulnerable: r.vulnerable,
      reachedWithin30: r.reached_within30,
      reachedWithin60: r.reached_within60,
      ackSeconds: r.ack_seconds,
    })),
    ...live.flatMap((r) => {
      const unit = unitOf.get(`${r.incidentId}/${r.communityId}`);
      return unit === undefined ? [] : [{ ...r, unit }];
    }),
  ];
  const units = new Map<string, EmergencyCounts>();
  const incidentsOf = new Map<string, Set<string>>();
  const total: EmergencyCounts = { ...NO_EMERGENCIES };
  const allIncidents = new Set<string>();
  const delaysOf = new Map<EmergencyCounts, number[]>([[total, []]]);
  for (const r of rows) {
    const u = units.get(r.unit) ?? { ...NO_EMERGENCIES };
    units.set(r.unit, u);
    for (const c of [u, total]) {
      c.alerted += r.alerted;
      c.acknowledged += r.acknowledged;
      c.vulnerable += r.vulnerable;
      c.reachedWithin30 += r.reachedWithin30;
      c.reachedWithin60 += r.reachedWithin60;
      const delays = delaysOf.get(c) ?? [];
      delaysOf.set(c, delays);
      for (const d of r.ackSeconds) delays.push(d);
    }
    incidentsOf.set(r.unit, (incidentsOf.get(r.unit) ?? new Set()).add(r.incidentId));
    allIncidents.add(r.incidentId);
  }
  for (const [unit, set] of incidentsOf) units.get(unit)!.incidents = set.size;
  total.incidents = allIncidents.size;
  for (const [c, delays] of delaysOf) c.secondsTo90Acknowledged = secondsTo90Of(c.alerted, delays);
  // Volunteers: the incident's own definition per (unit, incident), and per incident for the total.
  const byUnitIncident = new Map<string, ClaimFact[]>();
  const byIncident = new Map<string, ClaimFact[]>();
  for (const r of claims) {
    const fact = { volunteerId: r.volunteer_id, status: r.status, hours: r.hours === null ? null : Number(r.hours), hoursStatus: r.hours_status };
    const k = `${r.unit}\u0000${r.incident_id}`;
    byUnitIncident.set(k, [...(byUnitIncident.get(k) ?? []), fact]);
    byIncident.set(r.incident_id, [...(byIncident.get(r.incident_id) ?? []), fact]);
  }
  for (const [k, facts] of byUnitIncident) {
    const unit = k.split('\u0000')[0]!;
    const u = units.get(unit) ?? { ...NO_EMERGENCIES };
    units.set(unit, u);
    u.volunteersMobilized += volunteerFigures(facts).mobilized;
  }
  for (const facts of byIncident.values()) total.volunteersMobilized += volunteerFigures(facts).mobilized;
  return { units, total };
}

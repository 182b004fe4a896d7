import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlArray } from '../core/sql.js';
import { gridOfBuildings, gridWorkerUserIds } from '../grids/index.js';
import { Incident, IncidentStatus, RollCallEntry, VulnerableResident } from './incident.entity.js';
import { independentReads } from '../core/rows.js';

/**
 * The area rule, in one place: a row with a community and a building (`c`, `b` column expressions)
 * lies in the incident `i`'s area when its community is one of the area's and, for an area of
 * buildings, its building is one of them.
 */
export function inAreaSql(i: string, c: string, b: string): string {
  return `(${c} = ANY(${i}.community_ids) AND (cardinality(${i}.building_ids) = 0 OR ${b} = ANY(${i}.building_ids)))`;
}

/**
 * Alerts everyone in the incident's area, once each (the primary key): the verified residents of
 * its communities (of its buildings, for an area of buildings), and the members of the
 * communities' own organizations (but the desk's, who run it). A person is counted in the building
 * of a flat they have in the area (none for a member without one). Returns who was alerted, by
 * community: one statement, whatever the number.
 */
export async function alertArea(em: EntityManager, incident: Incident, now: Date): Promise<Map<string, string[]>> {
  const rows = await em.execute<{ user_id: string; community_id: string }[]>(
    `INSERT INTO incident_alerts (incident_id, user_id, community_id, building_id, alerted_at)
     SELECT i.id, p.user_id, (array_agg(p.community_id ORDER BY p.building_id NULLS LAST))[1], (array_agg(p.building_id ORDER BY p.building_id NULLS LAST))[1], ?
       FROM incidents i
       JOIN LATERAL (
         SELECT r.user_id, r.community_id, u.building_id FROM residencies r LEFT JOIN units u ON u.id = r.unit_id
          WHERE r.verified AND ${inAreaSql('i', 'r.community_id', 'u.building_id')}
         UNION ALL
         SELECT m.user_id, o.community_id, NULL::uuid FROM memberships m JOIN organizations o ON o.id = m.organization_id
          WHERE o.community_id = ANY(i.community_ids) AND o.id <> i.desk_id
       ) p ON true
      WHERE i.id = ?
      GROUP BY i.id, p.user_id
     ON CONFLICT DO NOTHING
     RETURNING user_id, community_id`,
    [now, incident.id],
  );
  const byCommunity = new Map<string, string[]>();
  for (const r of rows) byCommunity.set(r.community_id, [...(byCommunity.get(r.community_id) ?? []), r.user_id]);
  return byCommunity;
}

/** The people alerted of an incident, by community (told again of each update). */
export async function alertedByCommunity(em: EntityManager, incidentId: string): Promise<Map<string, string[]>> {
  const rows = await em.execute<{ community_id: string; users: string[] }[]>(
    `SELECT community_id, array_agg(user_id) AS users FROM incident_alerts WHERE incident_id = ? GROUP BY community_id`,
    [incidentId],
  );
  return new Map(rows.map((r) => [r.community_id, r.users]));
}

/** The roll call: one UNREACHED entry for each vulnerable resident in the area (assigned by building). */
export async function openRollCall(em: EntityManager, incidentId: string): Promise<number> {
  const rows = await em.execute(
    `INSERT INTO incident_roll_calls (id, incident_id, vulnerable_id, community_id, building_id, status)
     SELECT gen_random_uuid(), i.id, v.id, v.community_id, v.building_id, 'UNREACHED'
       FROM incidents i JOIN vulnerable_residents v ON ${inAreaSql('i', 'v.community_id', 'v.building_id')}
      WHERE i.id = ?
     RETURNING id`,
    [incidentId],
  );
  return rows.length;
}

export interface BuildingAckRow {
  building_id: string | null;
  building_name: string | null;
  alerted: number;
  acknowledged: number;
  safe: number;
  need_help: number;
}

/** Acknowledgements of the latest alert, and answers, per building (null: people without a flat in the area). */
export async function ackRatesOf(em: EntityManager, incidentId: string): Promise<BuildingAckRow[]> {
  return em.execute<BuildingAckRow[]>(
    `SELECT a.building_id, b.name AS building_name, count(*)::int AS alerted,
            count(*) FILTER (WHERE a.ack_seq >= i.alert_seq)::int AS acknowledged,
            count(*) FILTER (WHERE a.answer = 'SAFE')::int AS safe,
            count(*) FILTER (WHERE a.answer = 'NEED_HELP')::int AS need_help
       FROM incident_alerts a JOIN incidents i ON i.id = a.incident_id LEFT JOIN buildings b ON b.id = a.building_id
      WHERE a.incident_id = ?
      GROUP BY a.building_id, b.name
      ORDER BY b.name NULLS LAST`,
    [incidentId],
  );
}

/** What the figures read: the first acknowledgements, the roll call's reach times. */
export async function figureInputs(em: EntityManager, incidentId: string): Promise<{ firstAcks: Date[]; reachedAts: (Date | null)[] }> {
  const [acks, reached] = await independentReads(em, [
    () => em.execute<{ at: Date }[]>(`SELECT first_ack_at AS at FROM incident_alerts WHERE incident_id = ? AND first_ack_at IS NOT NULL`, [incidentId]),
    () => em.execute<{ at: Date | null }[]>(`SELECT reached_at AS at FROM incident_roll_calls WHERE incident_id = ?`, [incidentId]),
  ]);
  const date = (d: Date | string | null) => (d === null ? null : new Date(d));
  return { firstAcks: acks.map((r) => date(r.at)!), reachedAts: reached.map((r) => date(r.at)) };
}

/** Unreached entries of the roll call. */
export async function unreachedCount(em: EntityManager, incidentId: string): Promise<number> {
  const [row] = await em.execute<{ n: number }[]>(`SELECT count(*)::int AS n FROM incident_roll_calls WHERE incident_id = ? AND status = 'UNREACHED'`, [incidentId]);
  return row?.n ?? 0;
}

/**
 * The roll call, unreached first by the longest wait (every entry waits since the declaration, so
 * by building then name), then the reached by time. `communityIds`: only these communities'
 * entries (a residents' committee sees its own); null: all (the desk).
 */
export async function rollCallOf(em: EntityManager, incidentId: string, communityIds: readonly string[] | null): Promise<RollCallEntry[]> {
  const only = communityIds ? sqlArray(communityIds) : null;
  const rows = await em.execute(
    `SELECT e.* FROM incident_roll_calls e LEFT JOIN vulnerable_residents v ON v.id = e.vulnerable_id JOIN buildings b ON b.id = e.building_id
      WHERE e.incident_id = ?${only ? ` AND e.community_id = ANY(${only.sql})` : ''}
      ORDER BY (e.status = 'UNREACHED') DESC, e.reached_at NULLS FIRST, b.name, v.name, e.id`,
    [incidentId, ...(only?.params ?? [])],
  );
  return rows.map((r) => em.map(RollCallEntry, r));
}

/** The desks of the open incidents whose area covers each of these vulnerable residents. */
export async function coveringDesks(em: EntityManager, vulnerableIds: readonly string[]): Promise<Map<string, string[]>> {
  if (!vulnerableIds.length) return new Map();
  const ids = sqlArray(vulnerableIds);
  const rows = await em.execute<{ id: string; desks: string[] }[]>(
    `SELECT v.id, array_agg(DISTINCT i.desk_id) AS desks
       FROM vulnerable_residents v JOIN incidents i ON i.status <> '${IncidentStatus.CLOSED}' AND ${inAreaSql('i', 'v.community_id', 'v.building_id')}
      WHERE v.id = ANY(${ids.sql}) GROUP BY v.id`,
    ids.params,
  );
  return new Map(rows.map((r) => [r.id, r.desks]));
}

/** A community's register, by building then name. */
export async function registerOf(em: EntityManager, communityId: string): Promise<VulnerableResident[]> {
  const rows = await em.execute(
    `SELECT v.* FROM vulnerable_residents v JOIN buildings b ON b.id = v.building_id WHERE v.community_id = ? ORDER BY b.name, v.name, v.id`,
    [communityId],
  );
  return rows.map((r) => em.map(VulnerableResident, r));
}

/**
 * Incidents the viewer may see: those of desks they sit in, and those whose area takes in a
 * community they belong to; newest first. `openOnly`: not CLOSED.
 */
export async function incidentsFor(em: EntityManager, f: { orgIds: readonly string[]; communityIds: readonly string[]; admin: boolean; openOnly: boolean; limit: number }): Promise<Incident[]> {
  const orgs = sqlArray(f.orgIds);
  const communities = sqlArray(f.communityIds);
  const rows = await em.execute(
    `SELECT i.* FROM incidents i
      WHERE (${f.admin ? 'true' : `i.desk_id = ANY(${orgs.sql}) OR i.community_ids && ${communities.sql}`})${f.openOnly ? ` AND i.status <> '${IncidentStatus.CLOSED}'` : ''}
      ORDER BY i.declared_at DESC, i.id DESC LIMIT ?`,
    [...(f.admin ? [] : [...orgs.params, ...communities.params]), f.limit],
  );
  return rows.map((r) => em.map(Incident, r));
}

/** The viewer's alerts still waiting for 已收到 (the banner): newest first. */
export async function pendingAlertsOf(em: EntityManager, userId: string): Promise<Incident[]> {
  const rows = await em.execute(
    `SELECT i.* FROM incident_alerts a JOIN incidents i ON i.id = a.incident_id
      WHERE a.user_id = ? AND i.status <> '${IncidentStatus.CLOSED}' AND a.ack_seq < i.alert_seq
      ORDER BY i.declared_at DESC LIMIT 20`,
    [userId],
  );
  return rows.map((r) => em.map(Incident, r));
}

/** The claims on the tasks posted from the incident, as the volunteer figures read them. */
export async function incidentClaims(em: EntityManager, incidentId: string): Promise<{ volunteerId: string; status: string; hours: number | null; hoursStatus: string | null }[]> {
  const rows = await em.execute<{ volunteer_id: string; status: string; hours: string | number | null; hours_status: string | null }[]>(
    `SELECT c.volunteer_id, c.status::text AS status, c.hours, c.hours_status::text AS hours_status FROM incident_tasks it JOIN task_claims c ON c.task_id = it.task_id WHERE it.incident_id = ?`,
    [incidentId],
  );
  return rows.map((r) => ({ volunteerId: r.volunteer_id, status: r.status, hours: r.hours === null ? null : Number(r.hours), hoursStatus: r.hours_status }));
}

/** The statuses of the urgent issues the incident's answers opened (需要帮助). */
export async function helpIssueStatuses(em: EntityManager, incidentId: string): Promise<string[]> {
  const rows = await em.execute<{ status: string }[]>(`SELECT s.status::text AS status FROM incident_alerts a JOIN issues s ON s.id = a.issue_id WHERE a.incident_id = ?`, [incidentId]);
  return rows.map((r) => r.status);
}

/** The tasks posted from the incident, oldest first. */
export async function incidentTaskIds(em: EntityManager, incidentId: string): Promise<string[]> {
  const rows = await em.execute<{ task_id: string }[]>(`SELECT it.task_id FROM incident_tasks it JOIN volunteer_tasks t ON t.id = it.task_id WHERE it.incident_id = ? ORDER BY t.starts_at, t.id`, [incidentId]);
  return rows.map((r) => r.task_id);
}

/** The grid workers (user ids) of the grid each building is in (server/grids); none for a building in no grid. */
export async function gridWorkersOfBuildings(em: EntityManager, buildingIds: readonly string[]): Promise<Map<string, string[]>> {
  const grids = buildingIds.length ? await gridOfBuildings(em, buildingIds) : new Map<string, string>();
  const workers = new Map<string, string[]>();
  for (const gridId of new Set(grids.values())) workers.set(gridId, await gridWorkerUserIds(em, gridId));
  return new Map(buildingIds.map((b) => [b, workers.get(grids.get(b) ?? '') ?? []]));
}

import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * 责任清单's figures (issue 13, part 1): per department (an organization of kind DEPARTMENT)
 * standing in a region or below it, what it received and how fast, over the assignments
 * dispatched to it in [from, to) — the department's own work, wherever the issues came from:
 * - received: the assignments (派单) it got in the window;
 * - accepted, acceptedOnTime: of those, accepted at all, and by their `acceptBy`;
 * - resolved: accepted and resolved, and not reopened since (the `resolutionRate` of governanceStats, per assignment);
 * - responseRate = acceptedOnTime ÷ received, resolutionRate = resolved ÷ accepted (null when nothing to count);
 * - medianHoursToAccept / medianHoursToResolve: from dispatch to acceptance, to resolution (also of those
 *   reopened since), percentile_cont(0.5);
 * - ratings, satisfactionRate: the ratings given in the window to what it resolved, 4 or 5 of 5 over all.
 * One statement; it reads the department's own assignments and ratings by their indexes
 * ((organization_id, dispatched_at)), so its cost follows the department's work, not the city's.
 */
export interface DepartmentFigures {
  organizationId: string;
  received: number;
  accepted: number;
  acceptedOnTime: number;
  resolved: number;
  responseRate: number | null;
  resolutionRate: number | null;
  medianHoursToAccept: number | null;
  medianHoursToResolve: number | null;
  ratings: number;
  satisfactionRate: number | null;
}

const rate = (n: number, d: number): number | null => (d > 0 ? n / d : null);
const num = (v: unknown): number | null => (v == null ? null : Number(v));

export async function departmentFigures(em: EntityManager, regionId: string, from: Date | null, to: Date): Promise<DepartmentFigures[]> {
  const window = `< ?::timestamptz AND (?::timestamptz IS NULL OR {col} >= ?::timestamptz)`;
  const w = (col: string) => `${col} ${window.replace('{col}', col)}`;
  const wp = [to.toISOString(), from?.toISOString() ?? null, from?.toISOString() ?? null];
  const rows = await em.execute<Record<string, unknown>[]>(
    `WITH d AS (SELECT o.id, o.name FROM organizations o JOIN regions r ON r.id = o.region_id
                 WHERE o.kind = 'DEPARTMENT' AND r.path @> ARRAY[?]::uuid[]),
          a AS (SELECT a.* FROM issue_assignments a JOIN d ON d.id = a.organization_id WHERE ${w('a.dispatched_at')}),
          r AS (SELECT x.organization_id, count(*)::int AS n, count(*) FILTER (WHERE x.score >= 4)::int AS good
                  FROM issue_ratings x JOIN d ON d.id = x.organization_id WHERE ${w('x.rated_at')} GROUP BY 1)
     SELECT d.id AS organization_id,
            count(a.id)::int AS received,
            count(a.accepted_at)::int AS accepted,
            count(*) FILTER (WHERE a.accepted_at IS NOT NULL AND (a.accept_by IS NULL OR a.accepted_at <= a.accept_by))::int AS on_time,
            count(*) FILTER (WHERE a.accepted_at IS NOT NULL AND a.resolved_at IS NOT NULL AND a.ended_as IS DISTINCT FROM 'REOPENED')::int AS resolved,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM a.accepted_at - a.dispatched_at) / 3600) FILTER (WHERE a.accepted_at IS NOT NULL) AS median_accept,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM a.resolved_at - a.dispatched_at) / 3600) FILTER (WHERE a.resolved_at IS NOT NULL) AS median_resolve,
            coalesce(max(r.n), 0)::int AS ratings, coalesce(max(r.good), 0)::int AS good
       FROM d LEFT JOIN a ON a.organization_id = d.id LEFT JOIN r ON r.organization_id = d.id
      GROUP BY d.id, d.name
      ORDER BY count(a.id) DESC, d.name, d.id`,
    [regionId, ...wp, ...wp],
  );
  return rows.map((x) => {
    const n = (k: string) => Number(x[k]);
    return {
      organizationId: String(x.organization_id),
      received: n('received'),
      accepted: n('accepted'),
      acceptedOnTime: n('on_time'),
      resolved: n('resolved'),
      responseRate: rate(n('on_time'), n('received')),
      resolutionRate: rate(n('resolved'), n('accepted')),
      medianHoursToAccept: num(x.median_accept),
      medianHoursToResolve: num(x.median_resolve),
      ratings: n('ratings'),
      satisfactionRate: rate(n('good'), n('ratings')),
    };
  });
}

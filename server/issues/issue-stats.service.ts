import type { EntityManager } from '@mikro-orm/postgresql';
import { OVERDUE_SQL } from './issues.queries.js';

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
const num = (v: unknown): number | null => (v == null ? null : Number(v));

export async function issueStats(em: EntityManager, communityId: string, from: Date | null, to: Date, now: Date): Promise<IssueStats> {
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
  const orgs = await em.execute<Record<string, unknown>[]>(
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
    byOrganization: orgs.map((o) => {
      const r = o as Record<string, number> & { organization_id: string };
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

import { Ctx, Field, FieldResolver, Float, Int, ObjectType, Resolver, Root } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../core/context.js';
// The module's resolvers first: loaded from here, the issues barrel would reach this module's
// resolvers (through communities and legal) before its own types are initialized.
import './disputes.resolver.js';
import { GovernanceStatsType } from '../issues/index.js';

/**
 * The dispute figures of a community over a window [from, to) — the same window `governanceStats`
 * takes (from: the beginning when not given; to: now). Each figure counts a dispute by the moment
 * of its own step, so a dispute registered in one window and settled in the next counts in both
 * for what happened in each.
 */
@ObjectType('DisputeStats', { description: '矛盾纠纷 figures over the window of `governanceStats` ([from, to)): each dispute counted by the time of the step the figure is about.' })
export class DisputeStatsType {
  @Field(() => Int, { description: '登记: disputes registered in the window (applied for, registered in screening, or converted from an issue).' })
  registered!: number;

  @Field(() => Int, { description: '受理: disputes accepted in the window.' })
  accepted!: number;

  @Field(() => Int, { description: '不予受理: disputes declined in the window.' })
  declined!: number;

  @Field(() => Int, {
    description: '调解成功 (resolved): disputes whose outcome AGREED was recorded in the window (an agreement every party confirmed), whatever their follow-up since (FULFILLED, BREACHED).',
  })
  agreed!: number;

  @Field(() => Int, { description: '调解不成: disputes whose outcome FAILED was recorded in the window and that are not referred (yet).' })
  failed!: number;

  @Field(() => Int, { description: '引导: disputes whose outcome FAILED was recorded in the window and that were referred since (litigation, arbitration, 信访).' })
  referred!: number;

  @Field(() => Float, {
    nullable: true,
    description: '化解率 = agreed ÷ (agreed + failed + referred): over the disputes closed in the window, a dispute closing when its mediation\'s outcome is recorded (a referral later does not move it). Declined ones never count. Null when none closed.',
  })
  resolutionRate!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: '就地化解率 = of the disputes agreed in the window, the share agreed at the level where they were registered (never escalated: 小事不出村). Null when none agreed.',
  })
  localResolutionRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'The median, over the disputes agreed in the window, of the days from registration (登记) to the outcome AGREED (exact: a half day is 0.5). Null when none agreed.' })
  medianDaysToAgreement!: number | null;

  @Field(() => Int, { description: '回访: agreements found fulfilled (FULFILLED) on a follow-up made in the window.' })
  agreementsFulfilled!: number;

  @Field(() => Int, { description: '回访: agreements found not kept (BREACHED) on a follow-up made in the window.' })
  agreementsBreached!: number;

  @Field(() => Float, { nullable: true, description: 'agreementsFulfilled ÷ (agreementsFulfilled + agreementsBreached). Null when no follow-up was made in the window.' })
  fulfillmentRate!: number | null;
}

interface Row {
  registered: number;
  accepted: number;
  declined: number;
  agreed: number;
  local: number;
  failed: number;
  referred: number;
  median_days: number | null;
  fulfilled: number;
  breached: number;
}

/**
 * Which disputes the figures are over: one community's (its index on community_id), or those of
 * every community of a region (its township's path holds the region: the GIN index on `path`).
 */
type Scope = { communityId: string } | { regionId: string };

function scopeSql(scope: Scope): { from: string; params: string[] } {
  return 'communityId' in scope
    ? { from: 'disputes d WHERE d.community_id = ?', params: [scope.communityId] }
    : { from: 'disputes d JOIN communities c ON c.id = d.community_id JOIN regions t ON t.id = c.region_id WHERE t.path @> ARRAY[?]::uuid[]', params: [scope.regionId] };
}

/**
 * THE definitions of the figures: the select list over a set of disputes `d` and its parameters
 * (the window's bounds). The community's figures, a region's and each unit's of a region are this
 * list over different sets of disputes, so a region's counts are the sums of its communities' and
 * its rates are the same ratios over the pooled disputes (never an average of the communities' rates).
 */
function figuresSql(from: Date | null, to: Date): { select: string; params: string[] } {
  const inWindow = (col: string) => `(d.${col} >= ?::timestamptz AND d.${col} < ?::timestamptz)`;
  const w = [from ? from.toISOString() : '-infinity', to.toISOString()];
  const agreed = `${inWindow('outcome_at')} AND d.status IN ('AGREED', 'FULFILLED', 'BREACHED')`;
  return {
    select: `count(*) FILTER (WHERE ${inWindow('registered_at')})::int AS registered,
            count(*) FILTER (WHERE ${inWindow('accepted_at')})::int AS accepted,
            count(*) FILTER (WHERE d.status = 'DECLINED' AND ${inWindow('closed_at')})::int AS declined,
            count(*) FILTER (WHERE ${agreed})::int AS agreed,
            count(*) FILTER (WHERE ${agreed} AND d.handling_level = d.registered_level)::int AS local,
            count(*) FILTER (WHERE ${inWindow('outcome_at')} AND d.status = 'FAILED')::int AS failed,
            count(*) FILTER (WHERE ${inWindow('outcome_at')} AND d.status = 'REFERRED')::int AS referred,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM d.outcome_at - d.registered_at) / 86400) FILTER (WHERE ${agreed}) AS median_days,
            count(*) FILTER (WHERE ${inWindow('followed_up_at')} AND d.status = 'FULFILLED')::int AS fulfilled,
            count(*) FILTER (WHERE ${inWindow('followed_up_at')} AND d.status = 'BREACHED')::int AS breached`,
    params: [...w, ...w, ...w, ...w, ...w, ...w, ...w, ...w, ...w, ...w],
  };
}

/** The figures from a row of `figuresSql` (none: the figures of no dispute, every count 0, every rate null). */
function statsOf(x: Row | undefined): DisputeStatsType {
  const r: Row = x ?? { registered: 0, accepted: 0, declined: 0, agreed: 0, local: 0, failed: 0, referred: 0, median_days: null, fulfilled: 0, breached: 0 };
  const ratio = (n: number, d: number) => (d ? n / d : null);
  return Object.assign(new DisputeStatsType(), {
    registered: r.registered,
    accepted: r.accepted,
    declined: r.declined,
    agreed: r.agreed,
    failed: r.failed,
    referred: r.referred,
    resolutionRate: ratio(r.agreed, r.agreed + r.failed + r.referred),
    localResolutionRate: ratio(r.local, r.agreed),
    medianDaysToAgreement: r.median_days === null ? null : Number(r.median_days),
    agreementsFulfilled: r.fulfilled,
    agreementsBreached: r.breached,
    fulfillmentRate: ratio(r.fulfilled, r.fulfilled + r.breached),
  });
}

async function figures(em: EntityManager, scope: Scope, from: Date | null, to: Date): Promise<DisputeStatsType> {
  const f = figuresSql(from, to);
  const where = scopeSql(scope);
  const [r] = await em.execute<Row[]>(`SELECT ${f.select} FROM ${where.from}`, [...f.params, ...where.params]);
  return statsOf(r);
}

/** The figures of one community over [from, to) (from null: the beginning). */
export async function disputeStats(em: EntityManager, communityId: string, from: Date | null, to: Date): Promise<DisputeStatsType> {
  return figures(em, { communityId }, from, to);
}

/**
 * The figures of every community of a region (a township, county or city: those whose township's
 * path holds `regionId`) over [from, to), with the definitions of `disputeStats` (the same SQL).
 * No permission is asked here: the caller (`regionStats`, server/regions) decides who reads them.
 * An unknown region has no communities: every count 0, every rate null.
 */
export async function regionDisputeStats(em: EntityManager, regionId: string, from: Date | null, to: Date): Promise<DisputeStatsType> {
  return figures(em, { regionId }, from, to);
}

/**
 * The figures of `disputeStats` for communities in groups (a statement whose rows are
 * `(community_id uuid, unit text)`, as server/regions `groupsOf` writes it), per unit and over all
 * of them, in one statement (GROUPING SETS): each unit's figures are those of `regionDisputeStats`
 * (or `disputeStats`) over its communities, the total those over all the groups' communities.
 * A unit without a dispute is missing from `units` (its figures are `noDisputes()`).
 */
export async function disputeStatsByGroup(
  em: EntityManager,
  groups: { sql: string; params: readonly unknown[] },
  from: Date | null,
  to: Date,
): Promise<{ total: DisputeStatsType; units: Map<string, DisputeStatsType> }> {
  const f = figuresSql(from, to);
  const rows = await em.execute<(Row & { gu: number; unit: string | null })[]>(
    `SELECT GROUPING(g.unit) AS gu, g.unit, ${f.select}
       FROM disputes d JOIN (${groups.sql}) g ON g.community_id = d.community_id
      GROUP BY GROUPING SETS ((g.unit), ())`,
    [...f.params, ...groups.params],
  );
  const units = new Map<string, DisputeStatsType>();
  let total: Row | undefined;
  for (const r of rows) {
    if (Number(r.gu) === 0) units.set(String(r.unit), statsOf(r));
    else total = r;
  }
  return { total: statsOf(total), units };
}

/** The figures of no dispute (a unit missing from `disputeStatsByGroup`'s): every count 0, every rate null. */
export function noDisputes(): DisputeStatsType {
  return statsOf(undefined);
}

@Resolver(() => GovernanceStatsType)
export class DisputeStatsResolver {
  @FieldResolver(() => DisputeStatsType, { description: '矛盾纠纷排查化解: the dispute figures over the same community and window (see `DisputeStats`).' })
  async disputes(@Root() s: GovernanceStatsType, @Ctx() ctx: Context): Promise<DisputeStatsType> {
    return disputeStats(ctx.em, s.scope.communityId, s.scope.from, s.scope.to);
  }
}

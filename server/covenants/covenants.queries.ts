import type { EntityManager } from '@mikro-orm/postgresql';
import type { Access } from '../core/access.js';
import { OrganizationKind, RegionLevel, coversSql } from '../communities/index.js';
import { sqlArray, sqlArrayLiteral } from '../core/sql.js';
import { columnList, columnsOf, pickColumns, plainMapper, readRows } from '../core/rows.js';
import { Covenant, CovenantKind, CovenantVersion } from './covenant.entity.js';
import { covenantPolicy, RESPONSIBLE } from './covenant.policy.js';

/** A community holds at most this many covenants; the list is bounded by it. */
export const MAX_COVENANTS = 100;

const kindsManaged = (a: Access, communityId: string): CovenantKind[] =>
  a.isAdmin ? Object.values(CovenantKind) : Object.values(CovenantKind).filter((k) => a.hasKindIn(communityId, ...RESPONSIBLE[k]));

/** What the covenant list's fields need besides the covenants and their versions (from the GraphQL selection). */
export interface CovenantListNeeds {
  /** Each version's acknowledgements, per person and per household, and the community's households. */
  acknowledgements: boolean;
  /** Whether the viewer acknowledged each version. */
  viewerAcknowledged: boolean;
}

export interface CovenantListRow {
  /** The covenant as a plain object of the entity's shape (references as `{ id }`). */
  covenant: Covenant;
  /** Its row as read (with the list's own `gz_*` values): `rawOf` picks the entity's columns when a field needs the entity. */
  row: Record<string, unknown>;
  /** Every version, newest first: plain objects, their rows as read, and what was read for them. */
  versions: ListedVersionRow[];
}

export interface ListedVersionRow {
  version: CovenantVersion;
  /** The version's row as read (JSON, with `gz_*` values): `rawOf` picks the entity's columns. */
  row: Record<string, unknown>;
  stats?: AcknowledgementStats;
  acknowledged?: boolean;
}

/** The entity's columns of a listed covenant's or version's row, for `em.map` (only when a field needs the entity). */
export function rawOf(em: EntityManager, entity: typeof Covenant | typeof CovenantVersion, row: Record<string, unknown>): Record<string, unknown> {
  return pickColumns(row, columnsOf(em, entity));
}

/**
 * The covenants of a community the viewer may see (covenantPolicy.canSeeCovenant in SQL), by
 * kind, then oldest first, in one statement with every version of each (JSON of their rows,
 * newest first) and, when asked, each version's acknowledgements and the viewer's own, and the
 * community's households. Which versions the viewer sees is canSeeVersion's, applied per version
 * by the resolvers as for a single covenant.
 */
export async function readCovenants(
  em: EntityManager,
  a: Access,
  communityId: string,
  needs: CovenantListNeeds,
): Promise<{ rows: CovenantListRow[]; households?: number }> {
  const others = a.belongsTo(communityId) || covenantPolicy.canReview(a, communityId);
  const covenantCols = columnsOf(em, Covenant);
  const versionCols = columnsOf(em, CovenantVersion);
  const kinds = sqlArray(kindsManaged(a, communityId), 'text');
  const extra: string[] = [];
  const params: unknown[] = [];
  if (needs.acknowledgements) {
    extra.push(`(SELECT count(DISTINCT k.user_id) FROM covenant_acknowledgements k WHERE k.version_id = v.id)::int AS gz_people`);
    extra.push(`(SELECT count(DISTINCT r.unit_id) FROM covenant_acknowledgements k
                   JOIN residencies r ON r.user_id = k.user_id AND r.community_id = ? AND r.verified AND r.unit_id IS NOT NULL
                  WHERE k.version_id = v.id)::int AS gz_households`);
    params.push(communityId);
  }
  if (needs.viewerAcknowledged) {
    extra.push(`EXISTS (SELECT 1 FROM covenant_acknowledgements k WHERE k.version_id = v.id AND k.user_id = ?::uuid) AS gz_acknowledged`);
    params.push(a.userId);
  }
  const households = needs.acknowledgements
    ? `(SELECT count(DISTINCT unit_id) FROM residencies WHERE community_id = ? AND verified AND unit_id IS NOT NULL)::int`
    : 'NULL::int';
  if (needs.acknowledgements) params.push(communityId);
  const rows = await readRows(
    em,
    `SELECT ${columnList(covenantCols, 'c')},
            (SELECT coalesce(jsonb_agg(to_jsonb(v) ORDER BY v.number DESC), '[]'::jsonb)
               FROM (SELECT ${[columnList(versionCols, 'v'), ...extra].join(', ')} FROM covenant_versions v WHERE v.covenant_id = c.id) v) AS gz_versions,
            ${households} AS gz_community_households
       FROM covenants c
      WHERE c.community_id = ?
        AND (c.kind::text = ANY(${kinds.sql})
             OR (?::boolean AND EXISTS (SELECT 1 FROM covenant_versions v WHERE v.covenant_id = c.id AND v.status <> 'DRAFT')))
      ORDER BY c.kind, c.created_at, c.id LIMIT ?`,
    [...params, communityId, ...kinds.params, others, MAX_COVENANTS],
  );
  const toCovenant = plainMapper(em, Covenant);
  const toVersion = plainMapper(em, CovenantVersion);
  // Per row and version, one plain object of the entity's shape and one small record: the
  // entity's columns are picked from the row only if a field asks for the entity (rawOf).
  const out = rows.map((r): CovenantListRow => {
    const versions = (r.gz_versions as Record<string, unknown>[]).map((v): ListedVersionRow => {
      const listed: ListedVersionRow = { version: toVersion(v) as unknown as CovenantVersion, row: v };
      if (needs.acknowledgements) listed.stats = { people: v.gz_people as number, households: v.gz_households as number };
      if (needs.viewerAcknowledged) listed.acknowledged = v.gz_acknowledged as boolean;
      return listed;
    });
    return { covenant: toCovenant(r) as unknown as Covenant, row: r, versions };
  });
  return { rows: out, ...(needs.acknowledgements && rows.length ? { households: rows[0]!.gz_community_households as number } : {}) };
}

/** Whether the covenant has a version past DRAFT (seen by the community). */
export async function hasPublicVersion(em: EntityManager, covenantId: string): Promise<boolean> {
  const [row] = await em.execute<{ n: number }[]>(`SELECT count(*)::int AS n FROM covenant_versions WHERE covenant_id = ? AND status <> 'DRAFT'`, [covenantId]);
  return (row?.n ?? 0) > 0;
}

/** Verified residents of the community: who is told when comment opens and when a version is adopted. */
export async function residentUserIds(em: EntityManager, communityId: string): Promise<string[]> {
  const rows = await em.execute<{ user_id: string }[]>(`SELECT DISTINCT user_id FROM residencies WHERE community_id = ? AND verified`, [communityId]);
  return rows.map((r) => r.user_id);
}

/**
 * Who records the legal review (covenantPolicy.canReview): members of the community's governance
 * center and of the township center whose area takes it in. Told when a version awaits review.
 */
export async function reviewerUserIds(em: EntityManager, communityId: string): Promise<string[]> {
  const rows = await em.execute<{ user_id: string }[]>(
    `SELECT DISTINCT m.user_id FROM memberships m JOIN organizations o ON o.id = m.organization_id, communities c
      WHERE c.id = ? AND o.kind = ? AND (o.community_id = c.id OR (o.level = ? AND ${coversSql('o', 'c')}))`,
    [communityId, OrganizationKind.GOVERNANCE_CENTER, RegionLevel.TOWNSHIP],
  );
  return rows.map((r) => r.user_id);
}

export interface AcknowledgementStats {
  /** People who acknowledged. */
  people: number;
  /** Distinct flats of acknowledging verified residents. */
  households: number;
}

/**
 * Acknowledgements of the given versions, counted per person and per household: a household is a
 * flat of a verified residency of the version's community (two residents of one flat count once).
 */
export async function acknowledgementStats(em: EntityManager, versionIds: readonly string[]): Promise<Map<string, AcknowledgementStats>> {
  const rows = await em.execute<{ version_id: string; people: number; households: number }[]>(
    `SELECT a.version_id, count(DISTINCT a.user_id)::int AS people, count(DISTINCT r.unit_id)::int AS households
       FROM covenant_acknowledgements a
       JOIN covenant_versions v ON v.id = a.version_id
       JOIN covenants c ON c.id = v.covenant_id
       LEFT JOIN residencies r ON r.user_id = a.user_id AND r.community_id = c.community_id AND r.verified AND r.unit_id IS NOT NULL
      WHERE a.version_id = ANY(?::uuid[])
      GROUP BY a.version_id`,
    [sqlArrayLiteral(versionIds)],
  );
  return new Map(rows.map((r) => [r.version_id, { people: r.people, households: r.households }]));
}

/** Households of each community: flats with at least one verified residency. */
export async function householdCounts(em: EntityManager, communityIds: readonly string[]): Promise<Map<string, number>> {
  const rows = await em.execute<{ community_id: string; n: number }[]>(
    `SELECT community_id, count(DISTINCT unit_id)::int AS n FROM residencies
      WHERE community_id = ANY(?::uuid[]) AND verified AND unit_id IS NOT NULL GROUP BY community_id`,
    [sqlArrayLiteral(communityIds)],
  );
  return new Map(rows.map((r) => [r.community_id, r.n]));
}

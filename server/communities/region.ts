import type { EntityManager } from '@mikro-orm/postgresql';
import { Organization } from './organization.entity.js';

/**
 * The one place that says which communities an organization above communities serves (its area).
 *
 * A community lies in a township of the Region tree (server/regions: city → county → township);
 * an organization above communities stands in one region of its own level, and its area is that
 * region's subtree: a township center serves its township's communities, a county one every
 * township of the county, the city one the whole city. "Region X is in the area of Y" is
 * `Y = ANY(X.path)` (the path lists the ids from the city down). Every rule and every list that
 * scopes a township, county or city organization to its area goes through this file
 * (`loadAccess` → `Access.covers`, escalation targets, escalation, legal review, notifications).
 */

/**
 * SQL: organization `o` (an `organizations` row) stands above community `c` (a `communities` row)
 * and serves it. An organization without a region serves nobody.
 */
export function coversSql(o: string, c: string): string {
  return `(${o}.community_id IS NULL AND EXISTS (SELECT 1 FROM regions gz_r WHERE gz_r.id = ${c}.region_id AND ${o}.region_id = ANY(gz_r.path)))`;
}

/**
 * The organizations above communities that serve this community (its escalation targets), walking
 * up the tree: the township's first, then the county's, then the city's; by name within a level.
 */
export async function organizationsAbove(em: EntityManager, communityId: string): Promise<Organization[]> {
  const rows = await em.execute(
    `SELECT o.* FROM communities c JOIN regions r ON r.id = c.region_id JOIN organizations o ON o.community_id IS NULL AND o.region_id = ANY(r.path)
      WHERE c.id = ?
      ORDER BY array_position(r.path, o.region_id) DESC, o.name, o.id`,
    [communityId],
  );
  return rows.map((r) => em.map(Organization, r));
}

/**
 * Whether the organization acts for this community: one of the community's own, or one above
 * communities whose area takes it in. Where an issue may be dispatched or escalated.
 */
export async function servesCommunity(em: EntityManager, organizationId: string, communityId: string): Promise<boolean> {
  const rows = await em.execute(
    `SELECT 1 FROM organizations o, communities c WHERE o.id = ? AND c.id = ? AND (o.community_id = c.id OR ${coversSql('o', 'c')})`,
    [organizationId, communityId],
  );
  return rows.length > 0;
}


import type { EntityManager } from '@mikro-orm/postgresql';
import { Organization, RegionLevel } from './organization.entity.js';

/**
 * The one place that says which communities an organization above communities serves (its area).
 *
 * Today a region is three plain strings: a community lies in a city, a county (县/区) and a township
 * (街道/乡镇); an organization above communities names the area it serves with the same strings,
 * as deep as its level (a TOWNSHIP center: city, county and township; a COUNTY one: city and
 * county; a CITY one: the city). When a Region tree arrives, only this file changes: every rule
 * and every list that scopes a township, county or city organization to its area goes through it
 * (`loadAccess` → `Access.covers`, escalation targets, escalation, legal review, notifications).
 */
export interface Area {
  city: string | null;
  county: string | null;
  township: string | null;
}

/** Which of the area's names an organization of this level must give (the rest must be empty). */
export const AREA_PARTS: Record<RegionLevel, (keyof Area)[]> = {
  [RegionLevel.COMMUNITY]: [],
  [RegionLevel.TOWNSHIP]: ['city', 'county', 'township'],
  [RegionLevel.COUNTY]: ['city', 'county'],
  [RegionLevel.CITY]: ['city'],
};

/**
 * SQL: organization `o` (an `organizations` row) stands above community `c` (a `communities` row)
 * and serves it. An organization without an area serves nobody.
 */
export function coversSql(o: string, c: string): string {
  return `(${o}.community_id IS NULL AND ${o}.area_city = ${c}.city
    AND (${o}.level = '${RegionLevel.CITY}' OR (${o}.area_county = ${c}.county
    AND (${o}.level = '${RegionLevel.COUNTY}' OR (${o}.level = '${RegionLevel.TOWNSHIP}' AND ${o}.area_township = ${c}.township)))))`;
}

/** The organizations above communities that serve this community (its escalation targets), by level then name. */
export async function organizationsAbove(em: EntityManager, communityId: string): Promise<Organization[]> {
  const rows = await em.execute(
    `SELECT o.* FROM organizations o, communities c WHERE c.id = ? AND ${coversSql('o', 'c')}
      ORDER BY array_position(ARRAY['${RegionLevel.TOWNSHIP}', '${RegionLevel.COUNTY}', '${RegionLevel.CITY}']::region_level[], o.level), o.name, o.id`,
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

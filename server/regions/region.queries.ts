import type { EntityManager } from '@mikro-orm/postgresql';
import { anyOf } from '../core/sql.js';
import { Region } from './region.entity.js';

// Raw reads of the tree. Every "below" and "above" goes through `regions.path` (ids from the city
// down to the region itself, GIN-indexed): no recursive walk, whatever the depth or the size.

/** A region's children, by name. */
export async function childrenOf(em: EntityManager, regionId: string): Promise<Region[]> {
  return em.find(Region, { parent: regionId }, { orderBy: { name: 'asc', id: 'asc' } });
}

/** The cities (the roots), by name. */
export async function cities(em: EntityManager): Promise<Region[]> {
  return em.find(Region, { parent: null }, { orderBy: { name: 'asc', id: 'asc' } });
}

/** The regions of a path, in its order (the city first). */
export async function regionsOfPath(em: EntityManager, path: readonly string[]): Promise<Region[]> {
  if (path.length === 0) return [];
  const rows = await em.find(Region, { id: { $in: [...path] } });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return path.map((id) => byId.get(id)).filter((r): r is Region => r !== undefined);
}

/** Ids of the communities directly in this region (a township's), by name. */
export async function communityIdsIn(em: EntityManager, regionId: string): Promise<string[]> {
  const rows = await em.execute<{ id: string }[]>(`SELECT id FROM communities WHERE region_id = ? ORDER BY name, id`, [regionId]);
  return rows.map((r) => r.id);
}

/** How many communities lie anywhere below (or in) this region. */
export async function communityCountBelow(em: EntityManager, regionId: string): Promise<number> {
  const [row] = await em.execute<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM communities c JOIN regions r ON r.id = c.region_id WHERE r.path @> ARRAY[?]::uuid[]`,
    [regionId],
  );
  return row?.n ?? 0;
}

/** Ids of the organizations (centers, departments, party committees) standing in this region, by name. */
export async function organizationIdsIn(em: EntityManager, regionId: string): Promise<string[]> {
  const rows = await em.execute<{ id: string }[]>(`SELECT id FROM organizations WHERE region_id = ? ORDER BY name, id`, [regionId]);
  return rows.map((r) => r.id);
}

/** The place names (city, county, township) of townships, for the derived `Community.city/county/township`. */
export interface PlaceNames {
  city: string;
  county: string;
  township: string;
}

export async function placeNamesOf(em: EntityManager, townshipIds: readonly string[]): Promise<Map<string, PlaceNames>> {
  if (townshipIds.length === 0) return new Map();
  const ids = anyOf('t.id', townshipIds);
  const rows = await em.execute<{ id: string; city: string; county: string; township: string }[]>(
    `SELECT t.id, ci.name AS city, co.name AS county, t.name AS township
       FROM regions t JOIN regions co ON co.id = t.path[2] JOIN regions ci ON ci.id = t.path[1]
      WHERE ${ids.sql}`,
    ids.params,
  );
  return new Map(rows.map((r) => [r.id, { city: r.city, county: r.county, township: r.township }]));
}

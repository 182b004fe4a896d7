import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../core/context.js';
import { authorize, requireUser } from '../core/policy.js';
import { badInput, notFound } from '../core/errors.js';
import { optionalKeyOf } from '../core/ids.js';
import { Region } from './region.entity.js';
import { levelUnder, regionPolicy } from './region.policy.js';
import type { CreateRegionInput } from './region.inputs.js';

/** A place by its names, as communities and organizations were placed before the tree: 市, 县(区), 街道/乡镇. */
export interface PlaceNames {
  city: string;
  county?: string | null;
  township?: string | null;
}

/** The names of a place as a list from the city down, trimmed, as deep as given. */
function namesOf(place: PlaceNames): string[] {
  const names = [place.city.trim()];
  if (place.county?.trim()) {
    names.push(place.county.trim());
    if (place.township?.trim()) names.push(place.township.trim());
  }
  return names;
}

/**
 * The regions of a place that exist already, from the city down (shorter than the names when the
 * rest is not in the tree yet). No write.
 */
export async function knownRegions(em: EntityManager, place: PlaceNames): Promise<Region[]> {
  const found: Region[] = [];
  for (const name of namesOf(place)) {
    const parent = found.at(-1) ?? null;
    const r = await em.findOne(Region, { parent: parent?.id ?? null, name });
    if (!r) break;
    found.push(r);
  }
  return found;
}

/**
 * The region a place names, created with whatever above it is missing (the city, the county):
 * race-free, an insert that does nothing when a sibling of the name exists, then a read. Returns
 * the deepest region (the township when one is named). Runs in the caller's transaction.
 */
export async function ensurePlace(em: EntityManager, place: PlaceNames): Promise<Region> {
  let above: PlaceRow | null = null;
  for (const name of namesOf(place)) above = await ensureChild(em, above, name);
  return (await em.findOne(Region, above!.id))!;
}

type PlaceRow = { id: string; level: string; path: string[] };

/** The child of `above` (a city when null) named `name`, inserted when missing. */
async function ensureChild(em: EntityManager, above: PlaceRow | null, name: string): Promise<PlaceRow> {
  const level = levelUnder(above?.level ?? null)!;
  const parentId = above?.id ?? null;
  const [row] = await em.execute<PlaceRow[]>(
    `WITH ins AS (
       INSERT INTO regions (id, parent_id, level, name, path)
       SELECT g.id, ?::uuid, ?::region_level, ?, COALESCE(?::uuid[], '{}') || g.id FROM (SELECT gen_random_uuid() AS id) g
       ON CONFLICT (parent_id, name) DO NOTHING RETURNING id, level::text, path)
     SELECT id, level, path FROM ins
     UNION ALL SELECT id, level::text, path FROM regions WHERE parent_id IS NOT DISTINCT FROM ?::uuid AND name = ?
     LIMIT 1`,
    [parentId, level, name, above ? `{${above.path.join(',')}}` : null, parentId, name],
  );
  if (row) return row;
  // A sibling inserted by a transaction that committed while this insert waited is not in this
  // statement's snapshot: read it again in a new one.
  const [again] = await em.execute<PlaceRow[]>(`SELECT id, level::text, path FROM regions WHERE parent_id IS NOT DISTINCT FROM ?::uuid AND name = ?`, [parentId, name]);
  return again!;
}

/** 新建区域: a city, a county of a city or a township of a county (`regionPolicy.canCreate`). */
export async function createRegion(ctx: Context, input: CreateRegionInput): Promise<Region> {
  const access = await ctx.access();
  requireUser(access);
  const parentId = optionalKeyOf(input.parentId, 'Region', 'parentId');
  const parent = parentId ? await ctx.em.findOne(Region, parentId) : null;
  if (parentId && !parent) throw notFound('Region');
  authorize(regionPolicy.canCreate(access, parent), 'Only platform admins, and governance centers above it, open regions');
  const level = levelUnder(parent?.level ?? null);
  if (!level) throw badInput({ parentId: 'is a township: communities, not regions, lie in a township' });
  const name = input.name.trim();
  return ctx.transact(async (tx) => {
    if (await tx.em.findOne(Region, { parent: parent?.id ?? null, name })) throw badInput({ name: 'is taken by another region there' });
    const region = await ensurePlace(tx.em, placeUnder(parent ? await pathNames(tx.em, parent.path) : [], name));
    return region;
  });
}

/** The names of the regions of a path, the city first. */
async function pathNames(em: EntityManager, path: readonly string[]): Promise<string[]> {
  const rows = await em.find(Region, { id: { $in: [...path] } });
  const byId = new Map(rows.map((r) => [r.id, r.name]));
  return path.map((id) => byId.get(id)!);
}

function placeUnder(above: string[], name: string): PlaceNames {
  const names = [...above, name];
  return { city: names[0]!, county: names[1] ?? null, township: names[2] ?? null };
}

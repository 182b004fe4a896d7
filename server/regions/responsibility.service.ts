import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../core/context.js';
import { authorize, requireUser } from '../core/policy.js';
import { badInput, notFound } from '../core/errors.js';
import { keyOf, optionalKeyOf } from '../core/ids.js';
import { Organization, OrganizationKind } from '../communities/index.js';
import { Region } from './region.entity.js';
import { Responsibility } from './responsibility.entity.js';
import { regionPolicy } from './region.policy.js';
import type { SetResponsibilityInput } from './region.inputs.js';

/**
 * 责任清单: sets (or clears) the department responsible in a region for a category of issues.
 * Whoever administers the region (`regionPolicy.administers`: platform admins, the governance
 * centers of the region and above it). The department stands in the region or above it, so it
 * serves every community the entry applies to. Returns the region's list.
 */
export async function setResponsibility(ctx: Context, input: SetResponsibilityInput): Promise<Region> {
  const access = await ctx.access();
  requireUser(access);
  const regionId = keyOf(input.regionId, 'Region', 'regionId');
  const departmentId = optionalKeyOf(input.departmentId, 'Organization', 'departmentId');
  const region = await ctx.em.findOne(Region, regionId);
  if (!region) throw notFound('Region');
  authorize(regionPolicy.administers(access, region), "Only platform admins and the region's governance centers keep its responsibility list");
  return ctx.transact(async (tx) => {
    if (!departmentId) {
      await tx.em.nativeDelete(Responsibility, { region: region.id, category: input.category });
      return region;
    }
    const department = await tx.em.findOne(Organization, departmentId);
    if (!department) throw notFound('Organization');
    if (department.kind !== OrganizationKind.DEPARTMENT) throw badInput({ departmentId: 'is not a department' });
    if (!department.region || !region.path.includes(department.region.id)) throw badInput({ departmentId: 'does not stand in this region or above it' });
    await tx.em.execute(
      `INSERT INTO responsibilities (id, region_id, category, department_id, updated_at) VALUES (gen_random_uuid(), ?, ?, ?, ?)
       ON CONFLICT (region_id, category) DO UPDATE SET department_id = excluded.department_id, updated_at = excluded.updated_at`,
      [region.id, input.category, department.id, tx.now],
    );
    return region;
  });
}

/** A region's list, by category. */
export async function responsibilitiesOf(em: EntityManager, regionId: string): Promise<Responsibility[]> {
  return em.find(Responsibility, { region: regionId }, { orderBy: { category: 'asc' } });
}

/**
 * The department responsible for a category in a community: the entry of the region nearest to
 * it on its township's path (the township's own, else its county's, else its city's), or null.
 */
export async function responsibleDepartmentId(em: EntityManager, communityId: string, category: string): Promise<string | null> {
  const [row] = await em.execute<{ department_id: string }[]>(
    `SELECT r.department_id FROM communities c JOIN regions t ON t.id = c.region_id
       JOIN responsibilities r ON r.region_id = ANY(t.path) AND r.category = ?
      WHERE c.id = ? ORDER BY array_position(t.path, r.region_id) DESC LIMIT 1`,
    [category, communityId],
  );
  return row?.department_id ?? null;
}

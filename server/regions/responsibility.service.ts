import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../core/context.js';
import { authorize, requireUser } from '../core/policy.js';
import { badInput, notFound } from '../core/errors.js';
import { keyOf, optionalKeyOf } from '../core/ids.js';
import { Organization, OrganizationKind } from '../communities/index.js';
import { Region } from './region.entity.js';
import type { Access } from '../core/access.js';
import { disputePolicy, type Dispute } from '../disputes/index.js';
import { Responsibility, ResponsibilitySubject } from './responsibility.entity.js';
import { regionPolicy } from './region.policy.js';
import type { SetDisputeResponsibilityInput, SetResponsibilityInput } from './region.inputs.js';

/**
 * 责任清单: sets (or clears) the department responsible in a region for a category of issues.
 * Whoever administers the region (`regionPolicy.administers`: platform admins, the governance
 * centers of the region and above it). The department stands in the region or above it, so it
 * serves every community the entry applies to. Returns the region's list.
 */
export async function setResponsibility(ctx: Context, input: SetResponsibilityInput): Promise<Region> {
  return setEntry(ctx, ResponsibilitySubject.ISSUE, input);
}

/** 责任清单 for disputes: the same as `setResponsibility`, for a category of disputes. */
export async function setDisputeResponsibility(ctx: Context, input: SetDisputeResponsibilityInput): Promise<Region> {
  return setEntry(ctx, ResponsibilitySubject.DISPUTE, input);
}

/** The one way an entry is set or cleared, whatever its subject: who, which department, the upsert. */
async function setEntry(ctx: Context, subject: ResponsibilitySubject, input: { regionId: string; category: string; departmentId?: string | null }): Promise<Region> {
  const access = await ctx.access();
  requireUser(access);
  const regionId = keyOf(input.regionId, 'Region', 'regionId');
  const departmentId = optionalKeyOf(input.departmentId, 'Organization', 'departmentId');
  const region = await ctx.em.findOne(Region, regionId);
  if (!region) throw notFound('Region');
  authorize(regionPolicy.administers(access, region), "Only platform admins and the region's governance centers keep its responsibility list");
  return ctx.transact(async (tx) => {
    if (!departmentId) {
      await tx.em.nativeDelete(Responsibility, { region: region.id, subject, category: input.category });
      return region;
    }
    const department = await tx.em.findOne(Organization, departmentId);
    if (!department) throw notFound('Organization');
    if (department.kind !== OrganizationKind.DEPARTMENT) throw badInput({ departmentId: 'is not a department' });
    if (!department.region || !region.path.includes(department.region.id)) throw badInput({ departmentId: 'does not stand in this region or above it' });
    await tx.em.execute(
      `INSERT INTO responsibilities (id, region_id, subject, category, department_id, updated_at) VALUES (gen_random_uuid(), ?, ?, ?, ?, ?)
       ON CONFLICT (region_id, subject, category) DO UPDATE SET department_id = excluded.department_id, updated_at = excluded.updated_at`,
      [region.id, subject, input.category, department.id, tx.now],
    );
    return region;
  });
}

/** A region's list: the issue entries, then the dispute entries, each by category. */
export async function responsibilitiesOf(em: EntityManager, regionId: string): Promise<Responsibility[]> {
  // ISSUE sorts after DISPUTE by name: order by subject descending.
  return em.find(Responsibility, { region: regionId }, { orderBy: { subject: 'desc', category: 'asc' } });
}

/**
 * The department responsible for a category (of issues, or of disputes with subject DISPUTE) in a
 * community: the entry of the region nearest to it on its township's path (the township's own,
 * else its county's, else its city's), or null. The one rule for both subjects.
 */
export async function responsibleDepartmentId(
  em: EntityManager,
  communityId: string,
  category: string,
  subject: ResponsibilitySubject = ResponsibilitySubject.ISSUE,
): Promise<string | null> {
  const [row] = await em.execute<{ department_id: string }[]>(
    `SELECT r.department_id FROM communities c JOIN regions t ON t.id = c.region_id
       JOIN responsibilities r ON r.region_id = ANY(t.path) AND r.subject = ? AND r.category = ?
      WHERE c.id = ? ORDER BY array_position(t.path, r.region_id) DESC LIMIT 1`,
    [subject, category, communityId],
  );
  return row?.department_id ?? null;
}

/**
 * 责任清单 for a dispute: the department responsible for its category in its community (the
 * nearest region's entry), offered to those who may handle it now (`disputePolicy.canHandle`: the
 * mediation committee at COMMUNITY level, the center of its handling level once escalated), beside
 * 上报 and 引导; null for anyone else (a party, a center that no longer handles it).
 */
export async function suggestedDisputeDepartment(em: EntityManager, a: Access, d: Dispute): Promise<Organization | null> {
  if (!disputePolicy.canHandle(a, { communityId: d.community.id, handlingLevel: d.handlingLevel })) return null;
  const id = await responsibleDepartmentId(em, d.community.id, d.category, ResponsibilitySubject.DISPUTE);
  return id ? em.findOne(Organization, id) : null;
}

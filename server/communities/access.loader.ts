import type { EntityManager } from '@mikro-orm/postgresql';
import { Access, type MembershipFact, type ResidencyFact } from '../core/access.js';
import { coversSql } from './region.js';

/**
 * The rights of the person in row `u` (users): their seats, with the area of those above
 * communities, and their residencies (a declined request is no tie), as two JSON columns
 * `gz_memberships` and `gz_residencies`. Written once: `loadAccess` below and the request's session
 * statement (accounts/session.service.ts) both select it.
 */
export function rightsColumnsSql(u: string): string {
  return `COALESCE((SELECT json_agg(json_build_object(
                        'membershipId', m.id, 'organizationId', m.organization_id, 'role', m.role,
                        'kind', o.kind, 'level', o.level, 'communityId', o.community_id, 'regionId', o.region_id,
                        'covers', CASE WHEN o.community_id IS NULL
                          THEN COALESCE((SELECT json_agg(c.id) FROM communities c WHERE ${coversSql('o', 'c')}), '[]') END))
                        FROM memberships m JOIN organizations o ON o.id = m.organization_id
                       WHERE m.user_id = ${u}.id), '[]') AS gz_memberships,
            COALESCE((SELECT json_agg(json_build_object(
                        'residencyId', r.id, 'communityId', r.community_id, 'unitId', r.unit_id,
                        'kind', r.kind, 'verified', r.verified))
                        FROM residencies r WHERE r.user_id = ${u}.id AND r.declined_at IS NULL), '[]') AS gz_residencies`;
}

/** One statement: the person's admin flag and rights. */
export async function loadAccess(em: EntityManager, userId: string): Promise<Access> {
  const [row] = await em.execute<{ admin: boolean; gz_memberships: MembershipFact[]; gz_residencies: ResidencyFact[] }[]>(
    `SELECT u.is_platform_admin AS admin, ${rightsColumnsSql('u')} FROM users u WHERE u.id = ?`,
    [userId],
  );
  if (!row) return Access.anonymous;
  return new Access(userId, row.admin, row.gz_memberships, row.gz_residencies);
}

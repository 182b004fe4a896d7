// The communities module's public surface: what server/app and other modules may use. Anything
// not exported here is the module's own.
export { Community, CommunityKind } from './community.entity.js';
export { Organization, OrganizationKind, RegionLevel } from './organization.entity.js';
export { Membership, MemberRole } from './membership.entity.js';
export { Building } from './building.entity.js';
export { Unit } from './unit.entity.js';
export { Residency, ResidencyKind, ResidencyStatus, residencyStatusOf } from './residency.entity.js';
export { BuildingType, CommunityType, MembershipType, OrganizationType, ResidencyType, UnitType } from './community.types.js';
export { adminPolicy, communityPolicy, organizationPolicy, residencyPolicy, visibleResidencies } from './community.policy.js';
export { CommunityAbility, OrganizationAbility, communityAbilities, organizationAbilities } from './community.abilities.js';
export { coversSql, organizationsAbove, servesCommunity } from './region.js';
export { loadAccess, rightsColumnsSql } from './access.loader.js';
export { communityNodes } from './communities.nodes.js';
export { memberUserIds, organizationIdsOfKind } from './communities.service.js';
export * as communityService from './communities.service.js';
export { BuildingResolver, CommunityResolver, MembershipResolver, OrganizationResolver, ResidencyResolver } from './communities.resolver.js';

import { Community } from './community.entity.js';
import { Organization } from './organization.entity.js';
import { Membership } from './membership.entity.js';
import { Building } from './building.entity.js';
import { Unit } from './unit.entity.js';
import { Residency } from './residency.entity.js';
import { BuildingResolver, CommunityResolver, MembershipResolver, OrganizationResolver, ResidencyResolver } from './communities.resolver.js';

// The lists are functions: this file's body reads nothing, so an import cycle that reaches it
// while one of the module's files is still loading finds nothing half-built.

/** The module's entities, for the ORM's one list (server/app/entities.ts). */
export function communityEntities() {
  return [Community, Organization, Membership, Building, Unit, Residency] as const;
}
/** The module's resolvers, for the schema (server/app/schema.ts). */
export function communityResolvers() {
  return [CommunityResolver, OrganizationResolver, MembershipResolver, BuildingResolver, ResidencyResolver] as const;
}

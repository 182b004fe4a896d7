// The regions module's public surface: what server/app and other modules may use. Anything not
// exported here is the module's own.
export { RegionType, ResponsibilityType } from './region.types.js';
export { Region } from './region.entity.js';
export { Responsibility, ResponsibilitySubject } from './responsibility.entity.js';
export { responsibleDepartmentId } from './responsibility.service.js';
export { regionPolicy, isAbove, rank, childLevel, levelUnder, LEVEL_RANK, type Level, type RegionFacts } from './region.policy.js';
export { ensurePlace, knownRegions, type PlaceNames } from './region.service.js';
export * as regionService from './region.service.js';
export { CommunityRegionResolver, DisputeResponsibilityResolver, OrganizationRegionResolver, RegionResolver, ResponsibilityResolver, placeNamesLoader, regionNodes } from './region.resolver.js';
/** 城市大脑: a region's figures and its children's (`regionStats`), and their live stream. */
export { regionStats, groupsOf, RANKED } from './regions.stats.js';
export { RegionStatsType, RegionFigure } from './region-stats.types.js';
export { RegionStatsResolver } from './region-stats.resolver.js';
export { RegionStatsDepartmentsResolver, DepartmentFiguresType } from './department-stats.resolver.js';
export { regionStatsHub, THROTTLE_MS } from './region-stats.live.js';

import { Region } from './region.entity.js';
import { Responsibility } from './responsibility.entity.js';
import { CommunityRegionResolver, DisputeResponsibilityResolver, OrganizationRegionResolver, RegionResolver, ResponsibilityResolver } from './region.resolver.js';
import { RegionStatsResolver } from './region-stats.resolver.js';
import { RegionStatsDepartmentsResolver } from './department-stats.resolver.js';

// The lists are functions: this file's body reads nothing, so an import cycle that reaches it
// while one of the module's files is still loading finds nothing half-built.

/** The module's entities, for the ORM's one list (server/app/entities.ts). */
export function regionEntities() {
  return [Region, Responsibility] as const;
}
/** The module's resolvers, for the schema (server/app/schema.ts). */
export function regionResolvers() {
  return [RegionResolver, CommunityRegionResolver, OrganizationRegionResolver, ResponsibilityResolver, DisputeResponsibilityResolver, RegionStatsResolver, RegionStatsDepartmentsResolver] as const;
}

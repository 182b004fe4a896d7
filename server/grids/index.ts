// The grids module's public surface (网格, 网格党支部, 楼栋党小组, 党员下沉报到): what server/app and
// other modules may use. Anything not exported here is the module's own.
import { onEvent } from '../events/index.js';
import { dropStaleGridWorkers } from './grids.service.js';

export { Grid, PartyMemberRegistration, PartyMemberStatus } from './grid.entity.js';
export { GridType, PartyMemberRegistrationType } from './grid.types.js';
export { gridPolicy, partyMemberPolicy, type RegistrationFacts } from './grid.policy.js';
export { gridsOf, gridOfBuildings, buildingIdsOfGrids, gridWorkerUserIds, gridsWorkedBy } from './grids.queries.js';
export * as gridService from './grids.service.js';
export { gridNodes } from './grids.resolver.js';

import { Grid, PartyMemberRegistration } from './grid.entity.js';
import { BuildingGridResolver, CommunityGridsResolver, GridResolver, PartyMemberRegistrationResolver } from './grids.resolver.js';

// A seat that is no longer a grid worker's works no grid (a removed seat's row goes by cascade).
onEvent('member.roleChanged', async (tx, e) => {
  if (e.subject) await dropStaleGridWorkers(tx.em, e.subject.id);
});

// The lists are functions: this file's body reads nothing, so an import cycle that reaches it
// while one of the module's files is still loading finds nothing half-built.

/** The module's entities, for the ORM's one list (server/app/entities.ts). */
export function gridEntities() {
  return [Grid, PartyMemberRegistration] as const;
}
/** The module's resolvers, for the schema (server/app/schema.ts). */
export function gridResolvers() {
  return [GridResolver, CommunityGridsResolver, BuildingGridResolver, PartyMemberRegistrationResolver] as const;
}

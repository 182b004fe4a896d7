// The emergencies module's public surface (应急管理): what server/app and other modules may use.
// Anything not exported here is the module's own. GraphQL types others may name come first.
export { IncidentType, RollCallEntryType, VulnerableResidentType } from './incident.types.js';
export { Incident, IncidentTask, IncidentAlert, IncidentAnswer, IncidentKind, IncidentLevel, IncidentStatus, IncidentUpdate, RollCallEntry, RollCallStatus, VulnerableCategory, VulnerableResident } from './incident.entity.js';
export { IncidentAction } from './incident.actions.js';
/** Who may see and do what in an emergency. */
export { incidentPolicy, type IncidentFacts, type VulnerableFacts } from './incident.policy.js';
export { reachedWithin, secondsTo90 } from './incident.state.js';
/** 城市大脑: the emergency figures of a region's units (server/regions). */
export { emergencyFiguresByGroup, NO_EMERGENCIES, type EmergencyCounts } from './emergencies.figures.js';
export { RegionEmergencyFiguresType } from './incident.types.js';
export { IncidentResolver, OrganizationEmergencyResolver, RollCallEntryResolver, VulnerableResidentResolver, emergencyNodes, visibleIncident } from './emergencies.resolver.js';
/** The steps, for demo data and scripts. */
export * as emergencies from './emergencies.service.js';

import { Incident, IncidentAlert, IncidentCommunityFigures, IncidentTask, IncidentUpdate, RollCallEntry, VulnerableResident } from './incident.entity.js';
import { IncidentResolver, OrganizationEmergencyResolver, RollCallEntryResolver, VulnerableResidentResolver } from './emergencies.resolver.js';

// Functions, as the other barrels' lists: the body reads nothing while an import cycle is still loading.
/** The module's entities, for the ORM's one list (server/app/entities.ts). */
export function emergencyEntities() {
  return [Incident, IncidentUpdate, IncidentAlert, VulnerableResident, RollCallEntry, IncidentTask, IncidentCommunityFigures] as const;
}
/** The module's resolvers, for the schema (server/app/schema.ts). */
export function emergencyResolvers() {
  return [IncidentResolver, RollCallEntryResolver, VulnerableResidentResolver, OrganizationEmergencyResolver] as const;
}

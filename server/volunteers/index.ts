// The volunteers module's public surface: what server/app and other modules may use. Anything
// not exported here is the module's own.
export { Volunteer, VolunteerTask, TaskClaim, VolunteerTaskStatus, ClaimStatus, HoursStatus } from './volunteer.entity.js';
export { VolunteerType, VolunteerTaskType, TaskClaimType } from './volunteer.types.js';
/** The task's input, which an incident's desk posts through `createTaskIn` (server/emergencies). */
export { CreateVolunteerTaskInput } from './volunteer.inputs.js';
export { VolunteerTaskAction, TaskClaimAction } from './volunteer.actions.js';
export { volunteerPolicy, type VolunteerFacts } from './volunteer.policy.js';
export { effectiveStatus } from './volunteer.state.js';
export { TaskClaimResolver, UserVolunteerResolver, VolunteerResolver, VolunteerStatsResolver, VolunteerTaskResolver, volunteerNodes, viewerRegistration } from './volunteers.resolver.js';
export * as volunteerService from './volunteers.service.js';
/** Verified hours of many communities at once, per unit (the city view, server/regions). */
export { verifiedHoursByGroup } from './volunteers.queries.js';

import { TaskClaim, Volunteer, VolunteerTask } from './volunteer.entity.js';
import { onEvent } from '../events/index.js';
import { enrolPartyMember } from './volunteers.service.js';

// 党员下沉报到 (server/grids): a verified party member joins the station's pool, in the same transaction.
onEvent('partyMember.verified', (tx, e) => enrolPartyMember(tx, { userId: e.data.userId, stationId: e.data.stationId, communityId: e.communityId }));
import { StationPoolResolver, TaskClaimResolver, UserVolunteerResolver, VolunteerResolver, VolunteerStatsResolver, VolunteerTaskResolver } from './volunteers.resolver.js';

// The lists are functions: this file's body reads nothing, so an import cycle that reaches it
// while one of the module's files is still loading finds nothing half-built.

/** The module's entities, for the ORM's one list (server/app/entities.ts). */
export function volunteerEntities() {
  return [Volunteer, VolunteerTask, TaskClaim] as const;
}
/** The module's resolvers, for the schema (server/app/schema.ts). */
export function volunteerResolvers() {
  return [VolunteerTaskResolver, TaskClaimResolver, VolunteerResolver, UserVolunteerResolver, VolunteerStatsResolver, StationPoolResolver] as const;
}

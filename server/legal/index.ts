// The public legal services module's public surface (公共法律服务: 一社区一民警一律师, 周四有约,
// 法律超市, 法治大讲堂): what server/app and other modules may use. Anything not exported here is
// the module's own. GraphQL types others may name come first.
export { LegalSeatType, LegalChannel } from './legal.types.js';
export { LegalSeat, LegalSeatRole } from './legal.entity.js';
export { LegalSeatAction } from './legal.actions.js';
export { seatPolicy, isLawyerOf, type ViewerSeats } from './legal.policy.js';
export { CommunityLegalResolver, LegalSeatResolver, legalNodes, viewerSeats } from './legal.resolver.js';
export * as legalService from './legal.service.js';

import { LegalSeat } from './legal.entity.js';
import { CommunityLegalResolver, LegalSeatResolver } from './legal.resolver.js';

// Functions, as the other barrels' lists: the body reads nothing while an import cycle is still loading.
/** The module's entities, for the ORM's one list (server/app/entities.ts). */
export function legalEntities() {
  return [LegalSeat] as const;
}
/** The module's resolvers, for the schema (server/app/schema.ts); `Community.legalSeats` included. */
export function legalResolvers() {
  return [LegalSeatResolver, CommunityLegalResolver] as const;
}

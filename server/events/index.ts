/**
 * The events module's public surface: what server/app composes and what other modules may use.
 * Anything not exported here is the module's own. Modules react to each other through `onEvent`
 * (in-transaction handlers, registered by the module that reacts) and tell of what happened with
 * `emit`; they never call into each other for it.
 */
export { DomainEventConnection, DomainEventType, EventOrder } from './event.types.js';
export { DomainEvent } from './domain-event.entity.js';
export { Notification } from './notification.entity.js';
export type { Audience, EventCatalog, EventType, Subject } from './events.catalog.js';
export { emit, onEvent, type EmitInput, type EmittedEvent, type EventHandler, type Notify } from './emit.js';
/** The live subscriptions (server/app/ws.ts). */
export { LiveSubscription, ViewerProbe, type Plan } from './live.js';
/** The event feed as other modules' resolvers show it (an issue's or a meeting's history). */
export * as eventService from './events.service.js';
export { eventNodes } from './events.resolver.js';

import { DomainEvent } from './domain-event.entity.js';
import { Notification } from './notification.entity.js';
import { DomainEventResolver, NotificationResolver } from './events.resolver.js';

// The lists are functions: this file's body reads nothing, so an import cycle that reaches it
// while one of the module's files is still loading finds nothing half-built. server/app calls
// them once every module has loaded.

/** The module's entities, for the ORM's one list (server/app/entities.ts). */
export function eventEntities() {
  return [DomainEvent, Notification] as const;
}

/** The module's resolvers, for the schema (server/app/schema.ts). */
export function eventResolvers() {
  return [DomainEventResolver, NotificationResolver] as const;
}

// The events of the disputes module.
// Their payloads are in common/events.ts (DisputeEvents), which the client reads as well; this
// adds them to the catalogue that `emit` checks.
import type { DisputeEvents } from '../../common/events.js';

declare module '../events/events.catalog.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the members are DisputeEvents's
  interface EventCatalog extends DisputeEvents {}
}
export {};

// The events of the grids module (grids, building party groups, party members' registrations).
// Their payloads are in common/events.ts (GridEvents), which the client reads as well; this adds
// them to the catalogue that `emit` checks.
import type { GridEvents } from '../../common/events.js';

declare module '../events/events.catalog.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the members are GridEvents's
  interface EventCatalog extends GridEvents {}
}
export {};

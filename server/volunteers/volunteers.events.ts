// The events of the volunteers module.
// Their payloads are in common/events.ts (VolunteerEvents), which the client reads as well; this
// adds them to the catalogue that `emit` checks.
import type { VolunteerEvents } from '../../common/events.js';

declare module '../events/events.catalog.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the members are VolunteerEvents's
  interface EventCatalog extends VolunteerEvents {}
}
export {};

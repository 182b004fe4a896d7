// The events of the covenants module.
// Their payloads are in common/events.ts (CovenantEvents), which the client reads as well; this
// adds them to the catalogue that `emit` checks.
import type { CovenantEvents } from '../../common/events.js';

declare module '../events/events.catalog.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the members are CovenantEvents's
  interface EventCatalog extends CovenantEvents {}
}
export {};

// The events of the communities module.
// Their payloads are in common/events.ts (CommunityEvents), which the client reads as well; this
// adds them to the catalogue that `emit` checks.
import type { CommunityEvents } from '../../common/events.js';

declare module '../events/events.catalog.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the members are CommunityEvents's
  interface EventCatalog extends CommunityEvents {}
}
export {};

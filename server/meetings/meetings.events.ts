// The events of meetings and matters.
// Their payloads are in common/events.ts (MeetingEvents), which the client reads as well; this
// adds them to the catalogue that `emit` checks.
import type { MeetingEvents } from '../../common/events.js';

declare module '../events/events.catalog.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the members are MeetingEvents's
  interface EventCatalog extends MeetingEvents {}
}
export {};

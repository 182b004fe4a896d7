// The events of the issues module.
// Their payloads are in common/events.ts (IssueEvents), which the client reads as well; this
// adds them to the catalogue that `emit` checks.
import type { IssueEvents } from '../../common/events.js';

declare module '../events/events.catalog.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the members are IssueEvents's
  interface EventCatalog extends IssueEvents {}
}
export {};

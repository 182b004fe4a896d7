// The events of the accounts module: only acts of a community's committee on a resident's account.
// Their payloads are in common/events.ts (AccountEvents), which the client reads as well; this
// adds them to the catalogue that `emit` checks.
import type { AccountEvents } from '../../common/events.js';

declare module '../events/events.catalog.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the members are AccountEvents's
  interface EventCatalog extends AccountEvents {}
}
export {};

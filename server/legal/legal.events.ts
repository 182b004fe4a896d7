// The events of the public legal services module.
// Their payloads are in common/events.ts (LegalEvents), which the client reads as well; this adds
// them to the catalogue that `emit` checks. Never a phone, never a consultation note or a private
// question's text.
import type { LegalEvents } from '../../common/events.js';

declare module '../events/events.catalog.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the members are LegalEvents's
  interface EventCatalog extends LegalEvents {}
}
export {};

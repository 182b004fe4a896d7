// The events of the public legal services module, added to the catalogue that `emit` checks.
// Their payloads are declared here (not yet in common/events.ts, which other work is editing):
// never a phone, never a consultation note or a private question's text.

interface SeatChange {
  role: string;
  holderName: string;
}

export interface LegalEvents {
  /** Public to the community: the directory changed. */
  'legalSeat.appointed': SeatChange;
  'legalSeat.updated': SeatChange & { officeHours: string | null };
  'legalSeat.vacated': SeatChange;
}

declare module '../events/events.catalog.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the members are LegalEvents's
  interface EventCatalog extends LegalEvents {}
}

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

  /** Public: new slots (not who will book them). */
  'officeHours.published': { lawyerName: string; count: number; firstStartsAt: string; lastStartsAt: string };
  /** Public, without the person: a slot was taken or freed (lists stay live). */
  'officeHourSlot.booked': { startsAt: string };
  'officeHourSlot.released': { startsAt: string };
  /** The resident and the lawyer only: never the topic nor the note. */
  'consultation.booked': ConsultationChange;
  'consultation.cancelled': ConsultationChange & { by: 'RESIDENT' | 'LAWYER' };
  'consultation.noteRecorded': ConsultationChange;
  'consultation.referralProposed': ConsultationChange & { to: string };
  'consultation.referralDeclined': ConsultationChange & { to: string };
  'consultation.referred': ConsultationChange & { to: string; disputeId: string | null; issueId: string | null };
  'consultation.reminded': ConsultationChange;

  /** A question's audience is its rule's: public, or the asker and the legal advisers. Never its text. */
  'legalQuestion.asked': QuestionChange;
  'legalQuestion.answered': QuestionChange & { revised: boolean };
  'legalQuestion.withdrawn': QuestionChange;

  /** Public: the lecture and its seats (the seat count changes anonymously: no event names who registered). */
  'lecture.scheduled': { title: string; startsAt: string; capacity: number };
  'lecture.cancelled': { title: string; reason: string };
  'lecture.seatsChanged': { registeredCount: number; capacity: number };
  /** The person and the organizers: a registration, its cancellation, a check-in. */
  'lecture.registered': { title: string; registeredCount: number };
  'lecture.registrationCancelled': { title: string; registeredCount: number };
  'lecture.checkedIn': { title: string; attendance: number };
}

interface QuestionChange {
  category: string;
  visibility: string;
  status: { before: string | null; after: string };
}

interface ConsultationChange {
  startsAt: string;
  status: { before: string | null; after: string };
}

declare module '../events/events.catalog.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the members are LegalEvents's
  interface EventCatalog extends LegalEvents {}
}

/**
 * The limits of the public legal services' fields (server/legal), kept apart from `limits.ts` only
 * while that file is being edited by others in the shared tree; same rules (limits.ts's header):
 * the server's inputs validate with these, the client's forms will show them. To be folded into
 * `MAX_LENGTH.legal`, `MAX_ITEMS.legal` and `MAX_VALUE.legal`.
 *
 * Plain TypeScript for server and client alike: no imports (common/README.md).
 */
export const LEGAL_MAX_LENGTH = {
  /** A seat's office hours as the directory shows them (每周四 14:00–17:00, 社区警务室). */
  officeHours: 200,
  /** A seat's introduction in the directory. */
  intro: 500,
  /** Where office hours are held (社区公共法律服务室). */
  place: 200,
  /** What a resident says they want to consult about when booking. */
  topic: 500,
  /** The lawyer's consultation note (咨询记录). */
  note: 5000,
  /** Why a lawyer cancels a booking. */
  reason: 500,
  /** 法律超市: a question's title, its body, the answer; a search of the knowledge base. */
  questionTitle: 100,
  questionBody: 5000,
  answer: 10000,
  search: 50,
  /** 法治大讲堂 */
  lectureTitle: 100,
  lectureDescription: 5000,
  speaker: 100,
  location: 200,
  /** A local time of day, `HH:MM`. */
  timeOfDay: 5,
} as const;

export const LEGAL_MAX_VALUE = {
  /** Weeks ahead one `publishOfficeHours` covers. */
  weeks: 12,
  /** Minutes of one office-hour slot (the least is 10). */
  slotMinutes: 240,
  /** Seats of a lecture. */
  lectureCapacity: 2000,
} as const;

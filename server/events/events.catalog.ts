/**
 * The typed event catalogue. Each module declares its own events in `<module>.events.ts` by
 * augmenting this interface, so `emit` accepts only a known type with its exact payload:
 *
 *   declare module '../events/events.catalog.js' {
 *     interface EventCatalog { 'issue.dispatched': { to: string; acceptBy: string } }
 *   }
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface EventCatalog {}

export type EventType = Extract<keyof EventCatalog, string>;

/** Who may see an event. Checked again for each reader at the moment it is read. */
export interface Audience {
  /** Everyone who belongs to the community (verified residents, members of its organizations). */
  public?: boolean;
  /** Members of these organizations. */
  organizationIds?: string[];
  /** These people. */
  userIds?: string[];
  /**
   * Only the people and organizations named (a consultation's two sides, a private question's
   * asker and legal advisers): a platform admin's right to see every event does not reach it.
   */
  private?: boolean;
}

/** What changed: the subject's global type name and storage key. */
export interface Subject {
  type: string;
  id: string;
}

// The events of the emergencies module (应急管理), added to the catalogue that `emit` checks.
// Subject the incident. Declarations and updates are public to each community of the area (one
// event per community, notifying the people alerted there); acknowledgements and answers go to the
// desk only; roll-call events are private to the desk and the residents' committee, and carry no
// personal data (an entry's id and status, never a name).

interface IncidentChange {
  title: string;
  kind: string;
  level: string;
  status: { before: string | null; after: string };
  alertSeq: number;
}

export interface EmergencyEvents {
  /** Declared: everyone in the area alerted (`alerted`: how many in this community). */
  'incident.declared': IncidentChange & { instructions: string; alerted: number };
  /** A new instruction or a change of status: everyone in the area alerted again (CLOSED: told it is over). */
  'incident.updated': IncidentChange & { note: string; instructions: string };
  /** 已收到: one more acknowledgement (the desk's live rates move). */
  'incident.acknowledged': { alertSeq: number; buildingId: string | null };
  /** 我安全 / 需要帮助 (the urgent issue's ID when one was opened). */
  'incident.answered': { answer: string; buildingId: string | null; issueId: string | null };
  /** A roll-call entry marked reached (no name: the entry's ID and outcome). */
  'incident.reached': { entryId: string; status: string; buildingId: string };
  /** A volunteer task posted from the incident to a station of its area (the volunteers module tells the volunteers). */
  'incident.taskPosted': { taskId: string; stationId: string; title: string };
  /** 总结: the desk wrote (or rewrote) the after-action summary of a closed incident. The desk only. */
  'incident.summarized': { characters: number };
}

declare module '../events/events.catalog.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the members are EmergencyEvents's
  interface EventCatalog extends EmergencyEvents {}
}

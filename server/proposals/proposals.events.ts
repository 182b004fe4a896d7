// The events of the proposals module (说事议事室), added to the catalogue that `emit` checks.
// Every one is public to the community (as the proposal is), its subject the proposal.

interface ProposalChange {
  title: string;
  status: { before: string | null; after: string };
}

export interface ProposalEvents {
  'proposal.created': ProposalChange & { threshold: number };
  /** One more supporter (never who: the count is what the community follows). */
  'proposal.supported': { title: string; supportCount: number; threshold: number };
  /** The threshold reached: on the party organization's 议事 list. */
  'proposal.submitted': ProposalChange & { supportCount: number; threshold: number };
  'proposal.accepted': ProposalChange & { matterId: string };
  'proposal.declined': ProposalChange & { reason: string };
  'proposal.withdrawn': ProposalChange;
  'proposal.commented': { title: string; commentId: string; excerpt: string };
  /** The community's threshold changed. */
  'proposal.thresholdChanged': { mode: { before: string; after: string }; value: { before: number; after: number } };
}

declare module '../events/events.catalog.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the members are ProposalEvents's
  interface EventCatalog extends ProposalEvents {}
}

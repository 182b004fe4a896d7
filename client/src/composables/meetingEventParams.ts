import type { EventDataOf, EventDomain, MeetingEvents } from '@common/events';

/** A non-empty string, or undefined. */
function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function count(value: unknown): string {
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
}

/** The event domains of the meetings module (common/events.ts, MeetingEvents). */
export const MEETING_EVENT_DOMAINS: string[] = ['meeting', 'resolution', 'actionItem', 'minutes', 'matter'] satisfies EventDomain<keyof MeetingEvents>[];

export interface MeetingParamTools {
  quoted: (name: string) => string;
  /** The label of an enum value (`enums.<name>.<value>`), or '' for an unknown one. */
  enumLabel: (enumName: string, value: unknown) => string;
  t: (key: string, values?: Record<string, unknown>) => string;
}

/**
 * The parameters of a meetings event's sentence, from its `data`: the meeting's (or motion's,
 * or action item's, or matter's) title, the kind of meeting, the agenda item and its editor, the
 * rule, outcome and count of a vote, the assignee, a stage change, a supervision rating, and the
 * free texts (the reason of a cancellation, of an amendment, a matter's note).
 */
export function meetingEventParams(data: EventDataOf<MeetingEvents>, { quoted, enumLabel, t }: MeetingParamTools): Record<string, string> {
  const title = text(data.title);
  const item = text(data.itemTitle);
  const assignee = text(data.assigneeName);
  const proxyFor = text(data.proxyForName);
  const amendment = text(data.amendmentReason);
  const tally = (data.tally ?? {}) as Record<string, unknown>;
  const stage = (data.stage ?? {}) as Record<string, unknown>;
  const status = (data.status ?? {}) as Record<string, unknown>;
  return {
    title: title ? quoted(title) : '',
    meetingKind: enumLabel('MeetingKind', data.kind),
    item: item ? quoted(item) : '',
    author: text(data.authorName) ?? '',
    proxy: proxyFor ? t('eventParams.proxyFor', { name: proxyFor }) : '',
    amendment: amendment ? t('eventParams.amendment', { reason: amendment }) : '',
    editing: data.editing === false ? t('eventParams.stoppedEditing') : t('eventParams.startedEditing'),
    rule: enumLabel('VoteRule', data.rule),
    outcome: enumLabel('ResolutionOutcome', data.outcome),
    eligible: count(data.eligibleCount ?? tally.eligibleCount),
    voted: count(tally.votedCount),
    assignee: assignee ? quoted(assignee) : '',
    actionStatus: enumLabel('ActionItemStatus', status.after),
    approvals: count(data.approvals),
    required: count(data.required),
    stage: enumLabel('MatterStage', stage.after),
    rating: enumLabel('SupervisionRating', data.rating),
    reason: text(data.reason) ?? '',
    note: text(data.note) ? t('eventParams.note', { note: text(data.note) }) : '',
  };
}

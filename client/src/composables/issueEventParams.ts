import type { EventDataOf, IssueEvents } from '@common/events';

/** A non-empty string, or undefined. */
function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/**
 * The parameters of an issue event's sentence, from its `data` (common/events.ts):
 * the issue's number and title, the organization it went to, the score of a rating, the
 * original of a duplicate, and the free texts (reason, resolution, note) the timeline shows.
 */
export function issueEventParams(data: EventDataOf<IssueEvents>, quoted: (name: string) => string): Record<string, string> {
  const title = text(data.title);
  const assignee = text(data.assigneeName);
  const score = data.score;
  return {
    number: text(data.number) ?? '',
    title: title ? quoted(title) : '',
    assignee: assignee ? quoted(assignee) : '',
    score: typeof score === 'number' ? String(score) : '',
    duplicateOf: text(data.duplicateOfNumber) ?? '',
    reason: text(data.reason) ?? '',
    resolution: text(data.resolution) ?? '',
    note: text(data.note) ?? '',
  };
}

/** What the grouping needs of an event. */
export interface GroupableEvent {
  id: string;
  type: string;
  data?: Record<string, unknown> | null;
}

/** One line of the board: an event, or the newest of a run of ballots with how many it stands for. */
export interface BoardEntry<E extends GroupableEvent> {
  /** The event shown: for a run of ballots, the newest one (it carries the latest tally). */
  event: E;
  /** How many events the line stands for: 1, or the ballots of the run. */
  count: number;
  /** Stable while a run grows on top: the id of its oldest event. */
  key: string;
}

/**
 * Not on the board: presence ("started/stopped editing") says nothing once it is over, and a
 * lecture's seat count is a live figure for its card (it comes with every registration, without
 * anyone's name), not something a person did.
 */
const NOT_ON_BOARD = new Set(['meeting.editing', 'lecture.seatsChanged']);
const BALLOT = 'resolution.ballotCast';

const resolutionOf = (event: GroupableEvent) => (typeof event.data?.resolutionId === 'string' ? event.data.resolutionId : null);

/**
 * The board's lines from its events, newest first: presence and seat counts left out, and consecutive
 * ballots of one resolution shown as one line with the newest ballot's tally. Consecutive is
 * counted after presence is left out, so someone typing during a vote does not split the run.
 */
export function boardEntries<E extends GroupableEvent>(events: readonly E[]): BoardEntry<E>[] {
  const entries: BoardEntry<E>[] = [];
  for (const event of events) {
    if (NOT_ON_BOARD.has(event.type)) continue;
    const previous = entries[entries.length - 1];
    const resolution = event.type === BALLOT ? resolutionOf(event) : null;
    if (resolution && previous && previous.event.type === BALLOT && resolutionOf(previous.event) === resolution) {
      previous.count += 1;
      previous.key = event.id;
      continue;
    }
    entries.push({ event, count: 1, key: event.id });
  }
  return entries;
}

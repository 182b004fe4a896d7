import { describe, expect, it } from 'vitest';
import { boardEntries } from '../../client/src/utils/boardEntries.js';

/**
 * Issue #9 item 10: the board was flooded with "stopped editing" and one line per ballot. Presence
 * is left out, and a run of ballots of one resolution is one line with the newest ballot's tally.
 * Events come newest first, as the board lists them.
 */
let next = 1000;
const event = (type: string, data: Record<string, unknown> = {}) => ({ id: String(next--), type, data });
const ballot = (resolutionId: string, voted: number) => event('resolution.ballotCast', { resolutionId, title: resolutionId, tally: { voted } });
const editing = (editingNow: boolean) => event('meeting.editing', { agendaItemId: 'a1', userName: '王秀兰', editing: editingNow });

describe('boardEntries', () => {
  it('leaves out presence events', () => {
    const notes = event('meeting.notesEdited');
    const entries = boardEntries([editing(false), notes, editing(true)]);
    expect(entries.map((e) => e.event)).toEqual([notes]);
  });

  it("leaves out a lecture's seat counts, and keeps the registrations and the lecture itself", () => {
    const seats = (registeredCount: number) => event('lecture.seatsChanged', { registeredCount, capacity: 40 });
    const registered = event('lecture.registered', { title: '民法典讲座', registeredCount: 2 });
    const scheduled = event('lecture.scheduled', { title: '民法典讲座', capacity: 40 });
    const entries = boardEntries([seats(2), registered, seats(1), seats(0), scheduled]);
    expect(entries.map((e) => e.event)).toEqual([registered, scheduled]);
  });

  it('shows a run of ballots of one resolution as one line with the newest tally and the count', () => {
    const newest = ballot('r1', 3);
    const closed = event('resolution.closed', { resolutionId: 'r1' });
    const entries = boardEntries([closed, newest, ballot('r1', 2), ballot('r1', 1), event('resolution.opened', { resolutionId: 'r1' })]);
    expect(entries.map((e) => [e.event.type, e.count])).toEqual([
      ['resolution.closed', 1],
      ['resolution.ballotCast', 3],
      ['resolution.opened', 1],
    ]);
    expect(entries[1]!.event).toBe(newest);
    expect((entries[1]!.event.data.tally as { voted: number }).voted).toBe(3);
  });

  it('keeps runs of different resolutions apart, and a run interrupted by another event as two lines', () => {
    const entries = boardEntries([ballot('r2', 2), ballot('r2', 1), ballot('r1', 2), event('issue.submitted'), ballot('r1', 1)]);
    expect(entries.map((e) => [e.event.type, e.event.data.resolutionId ?? null, e.count])).toEqual([
      ['resolution.ballotCast', 'r2', 2],
      ['resolution.ballotCast', 'r1', 1],
      ['issue.submitted', null, 1],
      ['resolution.ballotCast', 'r1', 1],
    ]);
  });

  it('a run is not split by presence in between, and its key stays the same as newer ballots arrive on top', () => {
    const first = ballot('r1', 1);
    const before = boardEntries([ballot('r1', 2), editing(false), first]);
    expect(before.map((e) => e.count)).toEqual([2]);
    const after = boardEntries([ballot('r1', 3), ...before.map((e) => e.event), first]);
    expect(after.map((e) => e.count)).toEqual([3]);
    expect(after[0]!.key).toBe(before[0]!.key);
    expect(after[0]!.key).toBe(first.id);
  });

  it('an empty board, and a board of presence only, have no lines', () => {
    expect(boardEntries([])).toEqual([]);
    expect(boardEntries([editing(true), editing(false)])).toEqual([]);
  });
});

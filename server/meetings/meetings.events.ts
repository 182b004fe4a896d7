// The events of meetings and matters. Every meeting event has the meeting as its subject, so
// `meetingEvents` streams the whole meeting: roll, agenda, notes, editors, votes, action items.
// IDs in payloads are global IDs. Ballots carry the tally, never who voted what.
import type { TallyRecord } from './meeting.entity.js';

type Tally = TallyRecord & { quorumMet: boolean };

declare module '../events/events.catalog.js' {
  interface EventCatalog {
    'meeting.scheduled': { title: string; kind: string; scheduledAt: string; convenerName: string };
    'meeting.started': { title: string };
    'meeting.adjourned': { title: string; absent: number };
    'meeting.cancelled': { title: string; reason: string };
    'meeting.checkedIn': { title: string; attendanceId: string; userName: string; proxyForName: string | null };
    'meeting.agendaItemAdded': { title: string; agendaItemId: string; position: number };
    'meeting.notesEdited': { agendaItemId: string; itemTitle: string; notesVersion: number; authorName: string; merged: boolean; amendmentReason: string | null };
    'meeting.editing': { agendaItemId: string; userName: string; editing: boolean };
    'resolution.proposed': { resolutionId: string; title: string; rule: string };
    'resolution.opened': { resolutionId: string; title: string; rule: string; eligibleCount: number; eligibleArea: number };
    'resolution.ballotCast': { resolutionId: string; title: string; channel: string; tally: Tally };
    'resolution.closed': { resolutionId: string; title: string; outcome: string; tally: Tally };
    'actionItem.added': { actionItemId: string; title: string; assigneeName: string; dueAt: string | null; issueId: string | null };
    'actionItem.updated': { actionItemId: string; title: string; status: { before: string; after: string } };
    'minutes.approved': { title: string; approvals: number; required: number; complete: boolean };
    'minutes.published': { title: string };
    'matter.proposed': { title: string };
    'matter.advanced': { title: string; stage: { before: string; after: string }; note: string | null };
    'matter.supervised': { title: string; rating: string };
  }
}
export {};

/**
 * The meetings module's public surface: what server/app composes (resolvers, entities, node
 * loaders, demo steps) and what other modules may use. Import from here, not from its files.
 */
import { MeetingResolver } from './meeting.resolver.js';
import { AttendanceResolver } from './attendance.resolver.js';
import { AgendaItemResolver } from './agenda-item.resolver.js';
import { ResolutionResolver } from './resolution.resolver.js';
import { ActionItemResolver, VolunteerTaskSourceResolver } from './action-item.resolver.js';
import { MinutesResolver, MinutesRevisionResolver } from './minutes.resolver.js';
import { MatterResolver, SupervisionRecordResolver } from './matters.resolver.js';
import { OrganizationConvenerResolver } from './convener.resolver.js';
import { ActionItem, AgendaEditor, AgendaItem, Attendance, Ballot, Elector, Meeting, MinutesApproval, MinutesRevision, Resolution, RollHead } from './meeting.entity.js';
import { Matter, SupervisionRecord } from './matter.entity.js';
import { meetingNodes } from './meeting.nodes.js';
import { matterNodes } from './matters.resolver.js';
import * as lifecycle from './meeting-lifecycle.service.js';
import * as liveNotes from './live-notes.service.js';
import * as minutes from './minutes.service.js';

/** The GraphQL resolvers of meetings and matters, in schema order. */
export const meetingResolvers = [
  MeetingResolver,
  AttendanceResolver,
  AgendaItemResolver,
  ResolutionResolver,
  ActionItemResolver,
  MinutesResolver,
  MinutesRevisionResolver,
  VolunteerTaskSourceResolver,
  MatterResolver,
  SupervisionRecordResolver,
  OrganizationConvenerResolver,
] as const;

/** The module's entities, for the ORM. */
export const meetingEntities = [
  Meeting,
  Attendance,
  AgendaItem,
  MinutesRevision,
  AgendaEditor,
  MinutesApproval,
  Resolution,
  RollHead,
  Elector,
  Ballot,
  ActionItem,
  Matter,
  SupervisionRecord,
] as const;

/** node(id) for Meeting, AgendaItem, Resolution, ActionItem and Matter. */
export const meetingModuleNodes = { ...meetingNodes, ...matterNodes };

/** A meeting's own steps (lifecycle, live notes, minutes), for demo data and scripts. */
export const meetings = { ...lifecycle, ...liveNotes, ...minutes };
export * as votes from './votes.service.js';
export * as actionItems from './action-items.service.js';
export * as matters from './matters.service.js';

export { canSeeMeeting, visibleMeeting, visibleActionItem } from './meeting.read.js';
export {
  ActionItem,
  ActionItemStatus,
  AgendaItem,
  BallotChannel,
  BallotChoice,
  Meeting,
  MeetingKind,
  MeetingStatus,
  Resolution,
  ResolutionOutcome,
  ResolutionStatus,
  VoteRule,
} from './meeting.entity.js';
export { Matter, MatterStage, SupervisionRating } from './matter.entity.js';
export { ResolutionType } from './meeting.types.js';

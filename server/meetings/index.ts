/**
 * The meetings module's public surface: what server/app composes (resolvers, entities, node
 * loaders, demo steps) and what other modules may use. Import from here, not from its files.
 * The GraphQL types other modules' decorator metadata names (ResolutionType, shown by covenants)
 * come first: an import cycle through this file then finds them already evaluated.
 */
export { ActionItemType, MeetingType, ResolutionType } from './meeting.types.js';
/** A matter as GraphQL shows it (the proposals module adds `Matter.proposal`). */
export { MatterType } from './matter.types.js';
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
/** Who may read and do what with meetings and matters, and who convenes which kind (communities' abilities ask it). */
export { CONVENERS, matterPolicy, meetingPolicy, type MeetingFacts } from './meeting.policy.js';
/** A meeting or an action item the viewer may read, or null. */
export { canSeeMeeting, visibleMeeting, visibleActionItem } from './meeting.read.js';
/**
 * For another module's step on a meeting: the facts its policy needs (a volunteer task posted for an
 * action item), and the meeting locked for its convener (a covenant version put to the vote).
 */
export { lockRunMeeting, meetingFacts } from './meeting.access.js';
/** A motion another module puts to a meeting (a covenant version), and the rules owners vote under. */
export { createResolution } from './votes.service.js';
export { OWNER_RULES } from './vote.rules.js';
/** SHA-256 of a motion's exact text, as `Resolution.textHash` records it (pure). */
export { textHash } from './text-hash.js';
/** node(id) for Meeting, AgendaItem, Resolution and ActionItem, and for Matter. */
export { meetingNodes } from './meeting.nodes.js';
export { matterNodes } from './matters.resolver.js';
/** Meetings held in a window, of many communities at once, per unit (the city view, server/regions). */
export { meetingsHeldByGroup } from './meetings.queries.js';

/** A meeting's own steps (lifecycle, live notes, minutes), and the others', for demo data and scripts. */
export * as meetings from './meeting.steps.js';
export * as votes from './votes.service.js';
export * as actionItems from './action-items.service.js';
export * as matters from './matters.service.js';

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

// The lists are functions: this file's body reads nothing, so an import cycle that reaches it
// while one of the module's files is still loading finds nothing half-built. server/app calls
// them once every module has loaded.

/** The GraphQL resolvers of meetings and matters, in schema order, for the schema (server/app/schema.ts). */
export function meetingResolvers() {
  return [
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
}

/** The module's entities, for the ORM's one list (server/app/entities.ts). */
export function meetingEntities() {
  return [
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
}

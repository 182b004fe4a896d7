/**
 * The payloads (`data`) of the community event stream, by event type: what the server emits
 * (each module's `<module>.events.ts` adds its map to server/events/events.catalog.ts's
 * EventCatalog, so `emit` accepts only these) and what the client reads to write a sentence
 * (client/src/composables/*EventParams.ts read the fields named here, and only those).
 *
 * A new event, or a new field of one, is added here. Fields are only ever added: the stream keeps
 * old events, so a reader must still take an event written before a field existed.
 */

// ── issues ──────────────────────────────────────────────────────────────────────────────────

/** `data` carries what changed, with before/after where a field changed. */
interface IssueStatusChange {
  number: string;
  title: string;
  status: { before: string | null; after: string };
}

export interface IssueEvents {
  'issue.submitted': IssueStatusChange & { category: string; priority: string; onBehalf: boolean };
  'issue.dispatched': IssueStatusChange & { assignee: { before: string | null; after: string }; assigneeName: string; acceptBy: string; resolveBy: string; note: string | null };
  'issue.accepted': IssueStatusChange & { assigneeName: string };
  'issue.returned': IssueStatusChange & { assigneeName: string; reason: string };
  'issue.resolved': IssueStatusChange & { assigneeName: string; resolution: string };
  'issue.rated': IssueStatusChange & { score: number; comment: string | null };
  'issue.escalated': IssueStatusChange & { assignee: { before: string | null; after: string }; assigneeName: string; reason: string };
  'issue.urged': { number: string; title: string; note: string; assigneeName: string | null };
  'issue.withdrawn': IssueStatusChange & { reason: string | null };
  'issue.markedDuplicate': IssueStatusChange & { duplicateOfNumber: string };
  'issue.commented': { number: string; title: string; commentId: string; internal: boolean; excerpt: string };
  'issue.supported': { number: string; title: string; supportCount: number };
  'issue.claimed': { number: string; title: string };
}

// ── accounts: only acts of a community's committee on a resident's account ───────────────────

export interface AccountEvents {
  /** A residents' committee member issued a one-time password reset code (the actor). */
  'resetCode.issued': { userName: string; expiresAt: string };
  /** The resident set a new password with that code; every session of the account ended. */
  'password.reset': { userName: string; sessionsEnded: number };
}

// ── communities ─────────────────────────────────────────────────────────────────────────────

export interface CommunityEvents {
  'community.created': { name: string };
  'organization.created': { name: string; kind: string; level: string };
  'member.added': { userName: string; organizationName: string; organizationKind: string; role: string };
  'member.removed': { userName: string; organizationName: string; organizationKind: string; role: string };
  /** A seat's role changed (`changeMemberRole`): `role` is the new one, `previousRole` the old. */
  'member.roleChanged': { userName: string; organizationName: string; organizationKind: string; role: string; previousRole: string };
  'residency.requested': { userName: string; kind: string; unitNumber: string | null; buildingName: string | null };
  'units.imported': {
    buildingsCreated: string[];
    created: number;
    updated: number;
    unchanged: number;
    /** The flats whose floor area changed (it weighs owners' votes). */
    changes: { building: string; number: string; from: number; to: number }[];
  };
  /** A flat deleted (`deleteUnit`): nothing referred to it. */
  'unit.deleted': { buildingName: string; unitNumber: string; floorArea: number };
  /** A building deleted with its flats (`deleteBuilding`): nothing referred to any of them. */
  'building.deleted': { buildingName: string; units: number };
  'residency.verified': { userName: string; kind: string; unitNumber: string | null };
  'residency.declined': { userName: string; kind: string; unitNumber: string | null; reason: string };
}

// ── meetings and matters ────────────────────────────────────────────────────────────────────
// Every meeting event has the meeting as its subject, so `meetingEvents` streams the whole
// meeting. IDs in payloads are global IDs. Ballots carry the tally, never who voted what.

/** A vote's count (heads and floor area) and whether the attendance quorum was met. */
export interface EventTally {
  eligibleCount: number;
  eligibleArea: number;
  votedCount: number;
  votedArea: number;
  forCount: number;
  forArea: number;
  againstCount: number;
  againstArea: number;
  abstainCount: number;
  abstainArea: number;
  quorumMet: boolean;
}

export interface MeetingEvents {
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
  'resolution.ballotCast': { resolutionId: string; title: string; channel: string; tally: EventTally };
  'resolution.closed': { resolutionId: string; title: string; outcome: string; tally: EventTally };
  'actionItem.added': { actionItemId: string; title: string; assigneeName: string; dueAt: string | null; issueId: string | null };
  'actionItem.updated': { actionItemId: string; title: string; status: { before: string; after: string } };
  'minutes.approved': { title: string; approvals: number; required: number; complete: boolean };
  'minutes.published': { title: string };
  'matter.proposed': { title: string };
  'matter.advanced': { title: string; stage: { before: string; after: string }; note: string | null };
  'matter.supervised': { title: string; rating: string };
}

// ── covenants ───────────────────────────────────────────────────────────────────────────────
// The subject is always the covenant, so one covenant's history reads as one stream; each
// payload names the version (global ID and number).

interface CovenantVersionRef {
  title: string;
  kind: string;
  versionId: string;
  versionNumber: number;
}

export interface CovenantEvents {
  'covenant.drafted': CovenantVersionRef & { articleCount: number; contentHash: string };
  'covenant.revised': CovenantVersionRef & { articleCount: number; contentHash: string; changeSummary: string };
  'covenant.commentOpened': CovenantVersionRef & { until: string };
  'covenant.commented': CovenantVersionRef & { commentId: string; articleNumber: number | null };
  'covenant.submittedForReview': CovenantVersionRef & { comments: number };
  'covenant.reviewed': CovenantVersionRef & { approved: boolean; note: string };
  'covenant.putToVote': CovenantVersionRef & { resolutionId: string; meetingId: string; rule: string; contentHash: string };
  'covenant.adopted': CovenantVersionRef & { resolutionId: string; contentHash: string; supersededVersionId: string | null };
  'covenant.rejected': CovenantVersionRef & { reason: string; resolutionId: string | null };
  'covenant.filed': CovenantVersionRef & { filingReference: string };
  'covenant.acknowledged': CovenantVersionRef & { acknowledgementCount: number };
  'covenant.repealed': CovenantVersionRef & { resolutionId: string };
}

// ── volunteers ──────────────────────────────────────────────────────────────────────────────
// Task and claim events carry the counters after the change, so an open task board updates its
// free slots and waitlist from the event alone.

interface TaskCounters {
  title: string;
  slots: number;
  claimedCount: number;
  waitlistCount: number;
  status: string;
}

export interface VolunteerEvents {
  'volunteer.registered': { userName: string; stationName: string; isPartyMember: boolean };
  'task.created': TaskCounters & { startsAt: string; skills: string[] };
  'task.published': TaskCounters & { startsAt: string; skills: string[] };
  'task.cancelled': TaskCounters & { reason: string };
  'task.claimed': TaskCounters & { volunteerName: string; claimId: string };
  'task.waitlisted': TaskCounters & { volunteerName: string; claimId: string; waitlistPosition: number };
  'task.promoted': TaskCounters & { volunteerName: string; claimId: string };
  'claim.withdrawn': TaskCounters & { volunteerName: string; claimId: string; was: string };
  'claim.checkedIn': TaskCounters & { volunteerName: string; claimId: string };
  'claim.checkedOut': TaskCounters & { volunteerName: string; claimId: string; hours: number };
  'claim.noShow': TaskCounters & { volunteerName: string; claimId: string };
  'hours.verified': { title: string; volunteerName: string; claimId: string; hours: number; points: number };
  'hours.rejected': { title: string; volunteerName: string; claimId: string; note: string };
}

// ── disputes ────────────────────────────────────────────────────────────────────────────────
// Never a party's name or phone: the parties themselves read these events, and those details are
// for the handlers only.

interface DisputeChange {
  number: string;
  title: string;
  status: { before: string | null; after: string };
  handlingLevel: string;
}

export interface DisputeEvents {
  'dispute.registered': DisputeChange & { category: string; source: string; riskLevel: string; issueId: string | null };
  'dispute.accepted': DisputeChange & { riskLevel: string; mediationDeadline: string };
  'dispute.declined': DisputeChange & { reason: string };
  'dispute.mediationStarted': DisputeChange;
  'dispute.agreed': DisputeChange & { note: string };
  'dispute.failed': DisputeChange & { note: string };
  'dispute.referred': DisputeChange & { to: string; reason: string };
  'dispute.fulfilled': DisputeChange & { note: string };
  'dispute.breached': DisputeChange & { note: string };
  'dispute.escalated': DisputeChange & { from: string; reason: string; mediationDeadline: string | null };
  /** 调解会: a session recorded; `invitees` is how many were invited from other organizations. */
  'dispute.sessionRecorded': DisputeChange & { sessionId: string; heldAt: string; place: string; invitees: number };
  /** 安排调解会: a session planned ahead (its time and place; `invitees`: how many invited from other organizations). */
  'dispute.sessionScheduled': DisputeChange & { sessionId: string; plannedAt: string; place: string; invitees: number };
  /** 取消调解会: a scheduled session called off (the reason is read from the session, not carried). */
  'dispute.sessionCancelled': DisputeChange & { sessionId: string; plannedAt: string };
  /** 人民调解协议书 drafted (revision 1) or revised; `textHash` binds number, form and terms. */
  'dispute.agreementDrafted': DisputeChange & { agreementNumber: string; form: string; revision: number; textHash: string };
  /** A party's confirmation (their side, never their name): in the app, or recorded on paper or oral. */
  'dispute.agreementConfirmed': DisputeChange & { agreementNumber: string; side: string; method: string; confirmed: number; parties: number };
  /** 同意调解: a party consented (in the app, or `recorded` by a mediator); `pending`: parties yet to. */
  'dispute.consented': DisputeChange & { side: string; recorded: boolean; pending: number };
  /** 拒绝调解 (before mediation: DECLINED) or 要求终止调解 (`withdrawn`, during it: FAILED). */
  'dispute.refused': DisputeChange & { side: string; recorded: boolean; withdrawn: boolean; reason: string | null };
  /** 排查: a screening round recorded (subject: the round; to those who screen and who handle disputes). */
  'dispute.screeningRecorded': { heldAt: string; buildings: number; nothingFound: boolean };
  /** A community's mediation days set (subject: the community). */
  'dispute.settingsChanged': { mediationDays: { before: number; after: number } };
}

// ── public legal services (server/legal) ───────────────────────────────────────────────────
// Never a phone, never a consultation's topic or note, never a question's text.

interface LegalSeatChange {
  role: string;
  holderName: string;
}

interface LegalQuestionChange {
  category: string;
  visibility: string;
  status: { before: string | null; after: string };
}

interface ConsultationChange {
  startsAt: string;
  status: { before: string | null; after: string };
}

export interface LegalEvents {
  /** Public to the community: the directory changed. */
  'legalSeat.appointed': LegalSeatChange;
  'legalSeat.updated': LegalSeatChange & { officeHours: string | null };
  'legalSeat.vacated': LegalSeatChange;
  /** Public: new slots (not who will book them). */
  'officeHours.published': { lawyerName: string; count: number; firstStartsAt: string; lastStartsAt: string };
  /** Public, without the person: a slot was taken or freed (lists stay live). */
  'officeHourSlot.booked': { startsAt: string };
  'officeHourSlot.released': { startsAt: string };
  /** The resident and the lawyer only. */
  'consultation.booked': ConsultationChange;
  'consultation.cancelled': ConsultationChange & { by: 'RESIDENT' | 'LAWYER' };
  'consultation.noteRecorded': ConsultationChange;
  'consultation.referralProposed': ConsultationChange & { to: string };
  'consultation.referralDeclined': ConsultationChange & { to: string };
  'consultation.referred': ConsultationChange & { to: string; disputeId: string | null; issueId: string | null };
  'consultation.reminded': ConsultationChange;
  /** A question's audience is its rule's: public, or the asker and the legal advisers. */
  'legalQuestion.asked': LegalQuestionChange;
  'legalQuestion.answered': LegalQuestionChange & { revised: boolean };
  'legalQuestion.withdrawn': LegalQuestionChange;
  /** Public: the lecture and its seats (the seat count changes anonymously: no event names who registered). */
  'lecture.scheduled': { title: string; startsAt: string; capacity: number };
  'lecture.cancelled': { title: string; reason: string };
  'lecture.seatsChanged': { registeredCount: number; capacity: number };
  /** The person and the organizers: a registration, its cancellation, a check-in. */
  'lecture.registered': { title: string; registeredCount: number };
  'lecture.registrationCancelled': { title: string; registeredCount: number };
  'lecture.checkedIn': { title: string; attendance: number };
}

// ── grids (网格) and party members (党员下沉报到) ─────────────────────────────────────────────────

/** A grid's events go to the residents' committee and the grid's party branch (server/grids). */
export interface GridEvents {
  'grid.created': { name: string; buildings: number; partyBranchName: string };
  /** Renamed: the old and the new name (and the party branch's new name, when it followed). */
  'grid.renamed': { name: string; previousName: string; partyBranchName: string | null };
  /** Its buildings were set: how many before and after, the names added and removed. */
  'grid.buildingsSet': { name: string; buildings: { before: number; after: number }; added: string[]; removed: string[] };
  /**
   * Deleted (it had no buildings and no workers left). Its party branch went with it when nothing
   * had happened in it (`partyBranchKept` false); otherwise the branch stays, with its members and
   * record, an organization of the community no longer tied to a grid.
   */
  'grid.deleted': { name: string; partyBranchName: string | null; partyBranchKept: boolean };
  'grid.workerAssigned': { name: string; workerName: string };
  'grid.workerUnassigned': { name: string; workerName: string };
  'buildingPartyGroup.created': { buildingName: string; organizationName: string };
  /** The person, the party organization and the station. */
  'partyMember.registered': { userName: string; stationName: string; partyOrganization: string };
  /** `userId` and `stationId`: whom the volunteers module puts into which station's pool (its handler). */
  'partyMember.verified': { userName: string; stationName: string; userId: string; stationId: string };
  'partyMember.declined': { userName: string; stationName: string; reason: string };
}

// ── reading ─────────────────────────────────────────────────────────────────────────────────

/** Every event type with its payload. */
export type EventPayloads = IssueEvents & AccountEvents & CommunityEvents & MeetingEvents & CovenantEvents & VolunteerEvents & DisputeEvents & LegalEvents & GridEvents;

/** The domain of an event type: `issue` of `issue.dispatched`. */
export type EventDomain<T extends string> = T extends `${infer D}.${string}` ? D : never;

type KeysOfUnion<T> = T extends unknown ? keyof T : never;

/**
 * What a reader may find in the `data` of any event of a catalogue (`IssueEvents` …): every field
 * some payload of it declares, each optional and unknown until checked, since an event from the
 * wire may be older than a field or of another type. A read of a field no payload has is a type
 * error.
 */
export type EventDataOf<Catalogue> = { readonly [K in KeysOfUnion<Catalogue[keyof Catalogue]>]?: unknown };

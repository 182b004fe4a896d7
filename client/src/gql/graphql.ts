/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A step on an action item, as offered to the viewer by `ActionItem.viewerActions`. */
export type ActionItemAction =
  /** updateActionItem to CANCELLED: it is OPEN (its assignee’s members or the convener). */
  | 'MARK_CANCELLED'
  /** updateActionItem to DONE: it is OPEN (its assignee’s members or the convener). */
  | 'MARK_DONE';

/** Where an action item stands. */
export type ActionItemStatus =
  /** Dropped. */
  | 'CANCELLED'
  /** Done. */
  | 'DONE'
  /** To do. */
  | 'OPEN';

/** 待办事项: what the meeting asks an organization to do. */
export type AddActionItemInput = {
  /** The organization of this community that carries it out. */
  assigneeId: string | number;
  /** Due; in the future. */
  dueAt?: string | null | undefined;
  /** The meeting. */
  meetingId: string | number;
  /** The resolution it carries out. */
  resolutionId?: string | number | null | undefined;
  /** 1 to 200 characters. */
  title: string;
  /** Also open a shared issue dispatched to the assignee, so execution is tracked in the closed loop. */
  trackAsIssue?: boolean | null | undefined;
};

/** Add an item at the end of the agenda. */
export type AddAgendaItemInput = {
  /** The shared issue it discusses. */
  issueId?: string | number | null | undefined;
  /** The matter (事项) it discusses. */
  matterId?: string | number | null | undefined;
  /** The meeting. */
  meetingId: string | number;
  /** 1 to 200 characters. */
  title: string;
};

/** Gives a person a seat (chairs of the organization, platform admins). */
export type AddMemberInput = {
  /** The organization. */
  organizationId: string | number;
  /** The seat. */
  role: MemberRole;
  /** The person. */
  userId: string | number;
};

/** Move a matter to its next stage of the four councils. */
export type AdvanceMatterInput = {
  /** The matter. */
  matterId: string | number;
  /** Why (required for REJECTED), at most 500 characters. */
  note?: string | null | undefined;
  /** For EXECUTION: the PASSED resolution that decided it. */
  resolutionId?: string | number | null | undefined;
  /** The stage to move to. */
  to: MatterStage;
};

/** A step on an agenda item, as offered to the viewer by `AgendaItem.viewerActions`. */
export type AgendaItemAction =
  /** editAgendaNotes with an amendmentReason (修正): the minutes are published (the convener). */
  | 'AMEND_NOTES'
  /** editAgendaNotes and setEditing: in session and until the minutes are approved (the convener and participants). */
  | 'EDIT_NOTES';

/** One agenda item given when scheduling. */
export type AgendaItemInput = {
  /** The shared issue it discusses. */
  issueId?: string | number | null | undefined;
  /** The matter (事项) it discusses. */
  matterId?: string | number | null | undefined;
  /** 1 to 200 characters. */
  title: string;
};

/** How an article differs between two versions (compared by number). */
export type ArticleChange =
  /** Only in this version. */
  | 'ADDED'
  /** In both, with a different title or text. */
  | 'MODIFIED'
  /** Only in the other version. */
  | 'REMOVED'
  /** In both, the same. */
  | 'UNCHANGED';

/** One 条款; articles are numbered 1, 2, … in the order given. */
export type ArticleInput = {
  /** The text, 1 to 5,000 characters. */
  text: string;
  /** A heading, 1 to 100 characters. */
  title?: string | null | undefined;
};

/** A step on one seat of the roll, as offered to the viewer by `Attendance.viewerActions`. */
export type AttendanceAction =
  /** 签到 for the seat (`checkInAttendee` with userId): its own holder, or a teller of the convener for someone of the community; the seat not taken, the meeting not yet over. */
  | 'CHECK_IN'
  /** 委托 (`checkInAttendee` with proxyForUserId): a teller of the convener records who holds the seat; the seat not taken, the meeting not yet over. */
  | 'RECORD_PROXY';

/** How many of a meeting’s seats must be taken (present, or held by proxy) for it to open a vote; fixed by its kind when scheduled: REPRESENTATIVES TWO_THIRDS (村民委员会组织法 art. 26); JOINT, DELIBERATION and SUPERVISION MAJORITY; OWNERS_ASSEMBLY NONE (its owners’ votes have art. 278’s turnout instead). */
export type AttendanceQuorum =
  /** More than half of the seats. */
  | 'MAJORITY'
  /** No attendance quorum. */
  | 'NONE'
  /** At least two thirds of the seats. */
  | 'TWO_THIRDS';

/** A seat on the roll. */
export type AttendanceStatus =
  /** Did not come (set when the meeting is adjourned). */
  | 'ABSENT'
  /** Invited, not checked in. */
  | 'INVITED'
  /** Checked in. */
  | 'PRESENT'
  /** 委托: someone else holds the seat. */
  | 'PROXY';

/** How a ballot was cast. */
export type BallotChannel =
  /** By the voter in the app. */
  | 'ONLINE'
  /** 纸质票, recorded by a teller. */
  | 'PAPER'
  /** 委托投票, recorded by a teller. */
  | 'PROXY';

/** A vote. */
export type BallotChoice =
  | 'ABSTAIN'
  | 'AGAINST'
  | 'FOR';

/** Cancel a meeting that has not started. */
export type CancelMeetingInput = {
  /** The meeting. */
  meetingId: string | number;
  /** Why, 1 to 500 characters. */
  reason: string;
};

/** Cancel a task before it starts; claimants are told. */
export type CancelVolunteerTaskInput = {
  /** Why, 1 to 500 characters. */
  reason: string;
  /** The task. */
  taskId: string | number;
};

/** One ballot; each head of the roll has one (co-owners of a flat share it: the first cast counts). */
export type CastBallotInput = {
  /** ONLINE for one’s own ballot; PAPER (default) or PROXY when a teller records one. */
  channel?: BallotChannel | null | undefined;
  /** FOR, AGAINST or ABSTAIN. */
  choice: BallotChoice;
  /** The resolution. */
  resolutionId: string | number;
  /** Under an owners’ rule, a teller records the paper or proxy ballot of this flat (an owner not registered here, or the developer for its unsold flats); not with voterId. */
  unitId?: string | number | null | undefined;
  /** A teller records a paper or proxy ballot for this voter. */
  voterId?: string | number | null | undefined;
};

/** Gives a seat another role of its organization's kind (who may appoint: the chair, admins, the community's administrators). */
export type ChangeMemberRoleInput = {
  /** The membership. */
  membershipId: string | number;
  /** The new role: one the organization's kind gives, other than the present one. */
  role: MemberRole;
};

/** The current password and a new one. */
export type ChangePasswordInput = {
  /** The current password. */
  currentPassword: string;
  /** 8 to 128 characters; not the phone number, nor one of the most common or easily guessed passwords (zxcvbn score 2 or more). */
  newPassword: string;
};

/** 签到. */
export type CheckInAttendeeInput = {
  /** The meeting. */
  meetingId: string | number;
  /** 委托: the person checked in holds the seat of this invitee. */
  proxyForUserId?: string | number | null | undefined;
  /** Omitted: the viewer checks in. Given: a teller checks someone in. */
  userId?: string | number | null | undefined;
};

/** 认领: the resident a grid worker recorded an issue for makes it theirs. */
export type ClaimIssueInput = {
  /** The issue. */
  issueId: string | number;
};

/** One claim. */
export type ClaimRefInput = {
  /** The claim. */
  claimId: string | number;
};

/** Where a volunteer's claim stands. */
export type ClaimStatus =
  /** 签到: at the task. */
  | 'CHECKED_IN'
  /** 认领: holds a slot. */
  | 'CLAIMED'
  /** 签退: done; hours recorded. */
  | 'COMPLETED'
  /** Did not come (marked by the coordinator). */
  | 'NO_SHOW'
  /** 候补: waits for a slot, first come first served. */
  | 'WAITLISTED'
  /** Withdrawn by the volunteer (or the task was cancelled). */
  | 'WITHDRAWN';

/** 认领: claim a slot, or a place on the waitlist when none is free. */
export type ClaimTaskInput = {
  /** The same key from the same user returns the first claim again. */
  idempotencyKey?: string | null | undefined;
  /** The task. */
  taskId: string | number;
};

/** A verified resident comments while comments are open. */
export type CommentOnCovenantInput = {
  /** The article commented on (one of the version’s numbers); none for the whole text. */
  articleNumber?: number | null | undefined;
  /** 1 to 2,000 characters. */
  body: string;
  /** The version. */
  versionId: string | number;
};

/** A comment in the thread. */
export type CommentOnIssueInput = {
  /** 1 to 2,000 characters. */
  body: string;
  /** The same key from the same user returns the first comment again. */
  idempotencyKey?: string | null | undefined;
  /** An internal note, for the parties only. */
  internal?: boolean | null | undefined;
  /** The issue. */
  issueId: string | number;
};

/** Something the viewer may start in a community, as offered by `Community.viewerCan`. */
export type CommunityAbility =
  /** 申请调解 (`applyForMediation`): its verified residents. */
  | 'APPLY_FOR_MEDIATION'
  /** 设置社区民警 / 法律顾问 (`appointLegalSeat`): its administrators. */
  | 'APPOINT_LEGAL_SEAT'
  /** 新建组织 (`createOrganization` in it): its administrators. */
  | 'CREATE_ORGANIZATION'
  /** 派单 (`dispatchIssue` on a new issue): its dispatch desks, the governance center and the residents' committee. */
  | 'DISPATCH_ISSUES'
  /** 起草公约 (`draftCovenant`): the organization responsible for at least one kind of covenant (see `CovenantKind`). */
  | 'DRAFT_COVENANT'
  /** 发布志愿任务 (`createVolunteerTask`): the coordinators of one of its 红色驿站 (see `Organization.viewerCan` for which). */
  | 'POST_VOLUNTEER_TASK'
  /** 提出议题 (`proposeMatter`): its party organization. */
  | 'PROPOSE_MATTER'
  /** 登记楼栋与房屋 (`importUnits`): its administrators. */
  | 'RECORD_FLATS'
  /** 网格员代登记 (`submitIssue` with `onBehalfOfUserId` or `recordedFor`): its grid workers. */
  | 'RECORD_ISSUE_FOR_RESIDENT'
  /** 排查登记矛盾纠纷 (`registerDispute`, `convertIssueToDispute`): its mediation committee (人民调解委员会) and its grid workers. */
  | 'REGISTER_DISPUTE'
  /** 注册志愿者 (`registerVolunteer` at one of its 红色驿站): its verified residents not yet registered anywhere. */
  | 'REGISTER_VOLUNTEER'
  /** 召集会议 (`scheduleMeeting`): members of one of its organizations that convene a kind of meeting (see `Organization.viewerCan` for which). */
  | 'SCHEDULE_MEETING'
  /** 反映问题 (`submitIssue`): verified residents and members of its organizations. */
  | 'SUBMIT_ISSUE'
  /** 住户核验 (`verifyResidency`, `declineResidency`; the residents' directory): its residents' committee, grid workers included. */
  | 'VERIFY_RESIDENTS';

/** A step on a covenant as a whole, as offered to the viewer by `Covenant.viewerActions`. */
export type CovenantAction =
  /** 废止: `repealCovenant` of the version in force by a PASSED resolution of the body in `Covenant.adoptedBy` (the responsible organizations). */
  | 'REPEAL'
  /** 修订: `reviseCovenant`, a new DRAFT version, when no version is between DRAFT and VOTING (the responsible organizations). */
  | 'REVISE';

/** Which kind of covenant: decides who is responsible for it and who adopts it. */
export type CovenantKind =
  /** 议事规则: drafted by the residents’ committee or party organization, adopted by a REPRESENTATIVES meeting. */
  | 'PROCEDURE_RULES'
  /** 管理规约: drafted by the owners’ committee, adopted by an OWNERS_ASSEMBLY under OWNERS_ORDINARY. */
  | 'PROPERTY_RULES'
  /** 居民公约: drafted by the residents’ committee or party organization, adopted by a REPRESENTATIVES meeting. */
  | 'RESIDENTS_CONVENTION'
  /** 村规民约: drafted by the villagers’ committee or party organization, adopted by a REPRESENTATIVES meeting. */
  | 'VILLAGE_RULES';

/** Why a covenant version was REJECTED. */
export type CovenantRejection =
  /** The vote passed, but the articles no longer matched the text voted on: the resolution cannot adopt them. */
  | 'CONTENT_CHANGED'
  /** The legal review did not approve it. */
  | 'LEGAL_REVIEW'
  /** Too few took part in the vote. */
  | 'NO_QUORUM'
  /** The vote did not pass. */
  | 'VOTE_FAILED';

/** A step on a covenant version, as offered to the viewer by `CovenantVersion.viewerActions`. */
export type CovenantVersionAction =
  /** 知晓确认: `acknowledgeCovenant` of the version in force (verified residents; again changes nothing). */
  | 'ACKNOWLEDGE'
  /** `commentOnCovenant` while comments are open (verified residents). */
  | 'COMMENT'
  /** 备案: `fileCovenant`, ADOPTED → FILED (the responsible organizations). */
  | 'FILE'
  /** 征求意见: `openPublicComment`, DRAFT → PUBLIC_COMMENT (the responsible organizations). */
  | 'OPEN_PUBLIC_COMMENT'
  /** 审议表决: `putCovenantToVote` at a meeting the viewer convenes, of the body in `Covenant.adoptedBy` (approved text, or a motion stranded by its meeting). */
  | 'PUT_TO_VOTE'
  /** 合法性审查: `recordLegalReview`, once (a governance center of the community or its township). */
  | 'RECORD_LEGAL_REVIEW'
  /** `submitForLegalReview` once comments have closed (the responsible organizations). */
  | 'SUBMIT_FOR_LEGAL_REVIEW';

/** One covenant version. */
export type CovenantVersionRefInput = {
  /** The version. */
  versionId: string | number;
};

/** Where a covenant version stands. */
export type CovenantVersionStatus =
  /** 通过: in force. */
  | 'ADOPTED'
  /** Being drafted; seen by the responsible organizations only. */
  | 'DRAFT'
  /** 备案: in force and filed with the authority. */
  | 'FILED'
  /** 合法性审查: awaiting (or, with legalReview.approved, passed) review by a governance center. */
  | 'LEGAL_REVIEW'
  /** 征求意见: residents comment until commentsOpenUntil. */
  | 'PUBLIC_COMMENT'
  /** Not approved by the legal review, or not passed by the vote (see rejection). */
  | 'REJECTED'
  /** 废止: was in force until repealed by a resolution. */
  | 'REPEALED'
  /** Was in force until a later version was adopted. */
  | 'SUPERSEDED'
  /** 审议表决: bound to one resolution, whose text is the articles. */
  | 'VOTING';

/** A new community (platform admins). */
export type CreateCommunityInput = {
  /** 市. */
  city: string;
  /** 县(区). */
  county: string;
  /** Name, 1 to 100 characters. */
  name: string;
  /** 街道 / 乡镇. */
  township: string;
};

/** A new organization (platform admins). Without `communityId` it stands above communities (a township center, a department). */
export type CreateOrganizationInput = {
  /** Above communities: the city (市) of the area it serves. Required for TOWNSHIP, COUNTY and CITY; omitted for COMMUNITY. */
  city?: string | null | undefined;
  /** The community it belongs to; omitted for township, county or city organizations. */
  communityId?: string | number | null | undefined;
  /** Above communities: the county (县/区) of the area it serves. Required for TOWNSHIP and COUNTY. */
  county?: string | null | undefined;
  /** What kind of party. */
  kind: OrganizationKind;
  /** COMMUNITY with a community; TOWNSHIP, COUNTY or CITY without. */
  level: RegionLevel;
  /** Name, 1 to 100 characters. */
  name: string;
  /** Above communities: the township (街道/乡镇) it serves. Required for TOWNSHIP. A township center reviews, reads and takes escalations of that township's communities only. */
  township?: string | null | undefined;
};

/** A task posted by the station's coordinator. */
export type CreateVolunteerTaskInput = {
  /** 1 to 2,000 characters. */
  description: string;
  /** End, after the start, at most 14 days later. */
  endsAt: string;
  /** Where. */
  location?: string | null | undefined;
  /** Publish at once (OPEN) instead of keeping a DRAFT. */
  publish?: boolean | null | undefined;
  /** Skills wanted: volunteers who have one are notified when it is published. */
  skills?: Array<string> | null | undefined;
  /** How many volunteers, 1 to 500. */
  slots: number;
  /** The meeting's action item it comes from. */
  sourceActionItemId?: string | number | null | undefined;
  /** The shared issue it comes from. */
  sourceIssueId?: string | number | null | undefined;
  /** Start, in the future. */
  startsAt: string;
  /** The 红色驿站. */
  stationId: string | number;
  /** 1 to 100 characters. */
  title: string;
};

/** Declines a request to be recognised as a resident, with a reason the person is told (the residents' committee). */
export type DeclineResidencyInput = {
  /** Why, 1 to 500 characters: the person is told. */
  reason: string;
  /** The residency request. */
  residencyId: string | number;
};

/** Deletes a building with its flats, when nothing refers to any of them (its community's administrators). */
export type DeleteBuildingInput = {
  /** The building. */
  buildingId: string | number;
};

/** Deletes a flat nothing refers to (its community's administrators). */
export type DeleteUnitInput = {
  /** The flat. */
  unitId: string | number;
};

/** 派单: send an issue to an organization, with deadlines (defaults by priority). */
export type DispatchIssueInput = {
  /** Overrides the default deadline to accept. */
  acceptBy?: string | null | undefined;
  /** The issue. */
  issueId: string | number;
  /** A note to the assignee. */
  note?: string | null | undefined;
  /** The organization that must act. */
  organizationId: string | number;
  /** Overrides the default deadline to resolve. */
  resolveBy?: string | null | undefined;
};

/** A new covenant with its first version, a DRAFT (the organization responsible for the kind). */
export type DraftCovenantInput = {
  /** The articles, 1 to 200. */
  articles: Array<ArticleInput>;
  /** The community. */
  communityId: string | number;
  /** Which kind; decides who is responsible and who adopts it. */
  kind: CovenantKind;
  /** 1 to 100 characters, e.g. 檀溪社区居民公约. */
  title: string;
};

/** Replace an item's notes. A stale expectedVersion is merged with the edits made since, or fails with CONFLICT. */
export type EditAgendaNotesInput = {
  /** The agenda item. */
  agendaItemId: string | number;
  /** 修正: required after the minutes are published; 1 to 300 characters. */
  amendmentReason?: string | null | undefined;
  /** The notesVersion the edit was made on. */
  expectedVersion: number;
  /** The whole notes, at most 20,000 characters. */
  notes: string;
};

/** 上报: move it to a higher-level center or a department. */
export type EscalateIssueInput = {
  /** The issue. */
  issueId: string | number;
  /** Where it goes: a higher-level governance center or a department. */
  organizationId: string | number;
  /** Why, 1 to 1,000 characters. */
  reason: string;
};

/** 备案: ADOPTED → FILED with the filing authority’s reference. */
export type FileCovenantInput = {
  /** 1 to 100 characters. */
  filingReference: string;
  /** The version, ADOPTED. */
  versionId: string | number;
};

/** The coordinator's verification of recorded hours. */
export type HoursStatus =
  /** Recorded, not yet verified. */
  | 'PENDING'
  /** Rejected with a note. */
  | 'REJECTED'
  /** Verified: counted in hours and points. */
  | 'VERIFIED';

/** Buildings and flats of a community, all or nothing. A flat already there (same building and number) is not duplicated: its floor area is updated when it differs. */
export type ImportUnitsInput = {
  /** The community. */
  communityId: string | number;
  /** Check only: the same checks and counts, then nothing is written (the preview of a sheet). */
  dryRun?: boolean;
  /** The flats, 1 to 1000; errors name the row as rows.<index from 0>.<field>. */
  rows: Array<UnitRowInput>;
};

/** A step on an issue, as offered to the viewer by `Issue.viewerActions`. */
export type IssueAction =
  /** 接单. */
  | 'ACCEPT'
  /** A comment in the thread. */
  | 'COMMENT'
  /** An internal note for the parties. */
  | 'COMMENT_INTERNALLY'
  /** 派单. */
  | 'DISPATCH'
  /** 上报. */
  | 'ESCALATE'
  /** 重复. */
  | 'MARK_DUPLICATE'
  /** 评单. */
  | 'RATE'
  /** 办结. */
  | 'RESOLVE'
  /** 退单. */
  | 'RETURN'
  /** 附议. */
  | 'SUPPORT'
  /** 督办. */
  | 'URGE'
  /** 撤回. */
  | 'WITHDRAW';

/** What an issue is about. */
export type IssueCategory =
  /** 养老服务. */
  | 'ELDERLY_CARE'
  /** 环境卫生. */
  | 'ENVIRONMENT'
  /** 设施设备 (lifts, lights, pipes). */
  | 'FACILITY'
  /** 邻里纠纷. */
  | 'NEIGHBOR_DISPUTE'
  /** 其他. */
  | 'OTHER'
  /** 停车. */
  | 'PARKING'
  /** 物业服务. */
  | 'PROPERTY_SERVICE'
  /** 安全隐患. */
  | 'SAFETY';

/** Filters of the issue board; all given ones apply. */
export type IssueFilter = {
  /** Assigned to this organization now. */
  assigneeId?: string | number | null | undefined;
  /** Any of these categories. */
  category?: Array<IssueCategory> | null | undefined;
  /** Issues the viewer reported, follows, or whose assignee the viewer belongs to. */
  mine?: boolean | null | undefined;
  /** Only issues with a deadline passed unmet (true), or none (false). */
  overdue?: boolean | null | undefined;
  /** Full-text search over number, title, body and comments (Chinese included). */
  search?: string | null | undefined;
  /** Any of these statuses. */
  status?: Array<IssueStatus> | null | undefined;
};

/** How fast it must be handled; sets the default deadlines. */
export type IssuePriority =
  /** 24 h to accept, 3 days to resolve. */
  | 'HIGH'
  /** 3 days to accept, 15 days to resolve. */
  | 'LOW'
  /** 24 h to accept, 7 days to resolve. */
  | 'NORMAL'
  /** 2 h to accept, 24 h to resolve. */
  | 'URGENT';

/** One issue. */
export type IssueRefInput = {
  /** The issue. */
  issueId: string | number;
};

/** Where an issue stands in the closed loop 点单 → 派单 → 接单 → 办结 → 评单. */
export type IssueStatus =
  /** 接单: the assignee is handling it. */
  | 'ACCEPTED'
  /** 评单: rated 4 or 5; done. */
  | 'CLOSED'
  /** 派单: sent to an organization, waiting for it to accept. */
  | 'DISPATCHED'
  /** 重复: the same as another issue. */
  | 'DUPLICATE'
  /** Rated 3 or less (or reopened by the desk): to be dispatched again. */
  | 'REOPENED'
  /** 办结: handled; waiting for the reporter's rating. */
  | 'RESOLVED'
  /** 退单: the assignee sent it back with a reason; back at the desk. */
  | 'RETURNED'
  /** 点单: raised, waiting for the dispatch desk. */
  | 'SUBMITTED'
  /** 撤回: withdrawn by the reporter before acceptance. */
  | 'WITHDRAWN';

/** Asks to be recognised as a resident; the residents' committee verifies. */
export type JoinCommunityInput = {
  /** The community. */
  communityId: string | number;
  /** Owner or tenant. */
  kind: ResidencyKind;
  /** The flat, when known. */
  unitId?: string | number | null | undefined;
};

/** 重复: the desk marks it as the same as an earlier issue; its followers move there. */
export type MarkDuplicateInput = {
  /** The original. */
  duplicateOfId: string | number;
  /** The duplicate. */
  issueId: string | number;
};

/** Notifications of the viewer to mark read. */
export type MarkNotificationsReadInput = {
  /** Notification IDs, at most 500. */
  ids: Array<string | number>;
};

/** A step on a matter, as offered to the viewer by `Matter.viewerActions`. */
export type MatterAction =
  /** advanceMatter to DECISION (定事): it is on the agenda of a REPRESENTATIVES meeting or an OWNERS_ASSEMBLY (the party organization). */
  | 'ADVANCE_TO_DECISION'
  /** advanceMatter to EXECUTION (理事) with resolutionId: a CLOSED, PASSED resolution on it from such a meeting exists, see Matter.decidingResolutions (the party organization). */
  | 'ADVANCE_TO_EXECUTION'
  /** advanceMatter to SUPERVISION (监事): its action items are all closed, one at least done (the party organization). */
  | 'ADVANCE_TO_SUPERVISION'
  /** advanceMatter to CLOSED (办结): under supervision, with a supervision record (the supervisory committee). */
  | 'CLOSE'
  /** recordSupervision: a finding during execution or supervision (the supervisory committee). */
  | 'RECORD_SUPERVISION'
  /** advanceMatter to REJECTED with a note, before execution (the party organization). */
  | 'REJECT'
  /** advanceMatter back to EXECUTION (整改) with a note (the supervisory committee). */
  | 'SEND_BACK';

/** Where a matter stands in the four councils (四会治事). */
export type MatterStage =
  /** Closed with a supervision record. */
  | 'CLOSED'
  /** 定事: on the agenda of a residents’ representatives meeting or owners’ assembly. */
  | 'DECISION'
  /** 议事: proposed by the party organization, deliberated. */
  | 'DELIBERATION'
  /** 理事: decided by a PASSED resolution; carried out by action items. */
  | 'EXECUTION'
  /** Not taken forward. */
  | 'REJECTED'
  /** 监事: its action items are done; the supervisory committee checks. */
  | 'SUPERVISION';

/** A step on a meeting, as offered to the viewer by `Meeting.viewerActions`. */
export type MeetingAction =
  /** addActionItem, during the session and until the minutes are approved (the convener). */
  | 'ADD_ACTION_ITEM'
  /** addAgendaItem, before or during the session (the convener). */
  | 'ADD_AGENDA_ITEM'
  /** adjournMeeting: IN_SESSION → ADJOURNED (the convener). */
  | 'ADJOURN'
  /** approveMinutes: the viewer is a present member of the convener (or its chair when none was) who has not approved yet. */
  | 'APPROVE_MINUTES'
  /** cancelMeeting with a reason, before it starts (the convener). */
  | 'CANCEL'
  /** checkInAttendee without userId: the viewer takes their own seat (not offered once it is taken). */
  | 'CHECK_IN'
  /** checkInAttendee with userId (and proxyForUserId, 委托): a teller of the convener seats someone whose seat is not taken. */
  | 'CHECK_IN_OTHERS'
  /** proposeResolution, before or during the session (the convener). */
  | 'PROPOSE_RESOLUTION'
  /** publishMinutes: MINUTES_APPROVED → PUBLISHED (公示, the convener). */
  | 'PUBLISH_MINUTES'
  /** startMeeting: SCHEDULED → IN_SESSION (the convener). */
  | 'START';

/** Joint meeting or one of the councils. */
export type MeetingKind =
  /** 议事会: deliberates a matter (议事). */
  | 'DELIBERATION'
  /** 联席会议: the party organization with the three parties. */
  | 'JOINT'
  /** 业主大会: owners decide, by floor area and headcount (定事). */
  | 'OWNERS_ASSEMBLY'
  /** 居民代表会议: decides (定事). */
  | 'REPRESENTATIVES'
  /** 监委会会议: supervises execution (监事). */
  | 'SUPERVISION';

/** One meeting. */
export type MeetingRefInput = {
  /** The meeting. */
  meetingId: string | number;
};

/** Where a meeting stands. */
export type MeetingStatus =
  /** Ended; notes may still be edited until the minutes are approved. */
  | 'ADJOURNED'
  /** Cancelled before it started. */
  | 'CANCELLED'
  /** Under way: check-in, notes, votes. */
  | 'IN_SESSION'
  /** Every present member of the convening organization approved the minutes. */
  | 'MINUTES_APPROVED'
  /** 公示: the minutes are public; they change only by amendment. */
  | 'PUBLISHED'
  /** Announced. */
  | 'SCHEDULED';

/** A seat in an organization. */
export type MemberRole =
  /** Chairs the organization and manages its members. */
  | 'CHAIR'
  /** Coordinates volunteers at a 红色驿站. */
  | 'COORDINATOR'
  /** 网格员: walks a grid and raises issues for residents. */
  | 'GRID_WORKER'
  /** A member. */
  | 'MEMBER'
  /** Staff (property manager, center or department). */
  | 'STAFF';

/** 征求意见: DRAFT → PUBLIC_COMMENT until a moment in the future; residents are told. */
export type OpenPublicCommentInput = {
  /** Comments are taken until then: in the future, at most 90 days ahead. */
  until: string;
  /** The version. */
  versionId: string | number;
};

/** Something the viewer may start in an organization, as offered by `Organization.viewerCan`. */
export type OrganizationAbility =
  /** 设置成员 (`addMember`, `removeMember`): its chair, platform admins and its community's administrators. */
  | 'MANAGE_MEMBERS'
  /** 发布志愿任务 (`createVolunteerTask` at it): its coordinators and chair, when it is a 红色驿站 of a community. */
  | 'POST_VOLUNTEER_TASK'
  /** 注册志愿者 (`registerVolunteer` at it): verified residents of its community not yet registered anywhere, when it is a 红色驿站. */
  | 'REGISTER_VOLUNTEER'
  /** 召集会议 (`scheduleMeeting` with it as convener): its members, when it is a community organization that convenes some kind of meeting. */
  | 'SCHEDULE_MEETING';

/** The kinds of party in co-governance. */
export type OrganizationKind =
  /** 职能部门: a government department that can take a dispatched issue. */
  | 'DEPARTMENT'
  /** 综治中心 / 城运中心: the dispatch desk (派单) at its level. */
  | 'GOVERNANCE_CENTER'
  /** 人民调解委员会: the community's people's mediation committee; its members mediate the community's disputes. */
  | 'MEDIATION_COMMITTEE'
  /** 业委会: the owners' committee, elected by the owners' assembly. */
  | 'OWNERS_COMMITTEE'
  /** 社区党组织: leads the tripartite mechanism; proposes matters (议事). */
  | 'PARTY_COMMITTEE'
  /** 红色驿站: the party-member service station that posts volunteer tasks. */
  | 'PARTY_STATION'
  /** 物业: the property management company. */
  | 'PROPERTY_MANAGER'
  /** 居委会: the residents' committee. */
  | 'RESIDENTS_COMMITTEE'
  /** 监委会: oversees execution (监事). */
  | 'SUPERVISORY_COMMITTEE';

/** 议事: the party organization proposes a matter. */
export type ProposeMatterInput = {
  /** The community. */
  communityId: string | number;
  /** 1 to 5,000 characters. */
  description: string;
  /** Shared issues that raised it (at most 20). */
  sourceIssueIds?: Array<string | number> | null | undefined;
  /** 1 to 100 characters. */
  title: string;
};

/** A motion (决议) of the meeting, put to the vote later. */
export type ProposeResolutionInput = {
  /** The agenda item it belongs to. */
  agendaItemId?: string | number | null | undefined;
  /** Under an owners’ rule only: the building whose owners decide, for a matter of that building alone (such as using its maintenance fund, 《住宅专项维修资金管理办法》); art. 278’s fractions are then over its flats. Omitted: the whole building zone. */
  buildingId?: string | number | null | undefined;
  /** The matter (事项) it decides. */
  matterId?: string | number | null | undefined;
  /** The meeting. */
  meetingId: string | number;
  /** How the outcome is computed. The owners’ rules only at an OWNERS_ASSEMBLY. */
  rule: VoteRule;
  /** The exact text voted on, 1 to 20,000 characters. */
  text: string;
  /** 1 to 200 characters. */
  title: string;
};

/** Put an approved version to the vote at a meeting: a resolution whose text is the articles is proposed there. 管理规约 (PROPERTY_RULES) go to an OWNERS_ASSEMBLY under OWNERS_ORDINARY; the other kinds to a REPRESENTATIVES meeting. */
export type PutCovenantToVoteInput = {
  /** The meeting, SCHEDULED or IN_SESSION, convened by the viewer’s organization. */
  meetingId: string | number;
  /** How the vote is counted. */
  rule: VoteRule;
  /** The version, in LEGAL_REVIEW with an approved review. */
  versionId: string | number;
};

/** 评单: the reporter rates the resolution. */
export type RateIssueInput = {
  /** Why; required for 3 or less. */
  comment?: string | null | undefined;
  /** The issue. */
  issueId: string | number;
  /** 1..5; 3 or less reopens the issue and needs a comment. */
  score: number;
};

/** 合法性审查 by a governance center: approve (ready for the vote) or reject. */
export type RecordLegalReviewInput = {
  /** Lawful as drafted (true), or not (false: the version is REJECTED). */
  approved: boolean;
  /** The reviewer’s opinion, 1 to 2,000 characters. */
  note: string;
  /** The version, in LEGAL_REVIEW. */
  versionId: string | number;
};

/** 监事: the supervisory committee's finding on a matter. */
export type RecordSupervisionInput = {
  /** 1 to 2,000 characters. */
  finding: string;
  /** The matter. */
  matterId: string | number;
  /** The rating. */
  rating: SupervisionRating;
};

/** A resident with no account for whom a grid worker records an issue. */
export type RecordedResidentInput = {
  /** A mainland mobile number to reach them (a relative's will do): seen only by the parties handling it; signing up with it lets them claim the issue. */
  contactPhone: string;
  /** Their name, 1 to 50 characters. */
  name: string;
  /** Their flat, in the community. */
  unitId: string | number;
};

/** Where an organization stands: matters escalate upwards. */
export type RegionLevel =
  /** 市. */
  | 'CITY'
  /** 社区 / 村. */
  | 'COMMUNITY'
  /** 县(区). */
  | 'COUNTY'
  /** 街道 / 乡镇. */
  | 'TOWNSHIP';

/** Register as a volunteer of a 红色驿站 (verified residents of its community). */
export type RegisterVolunteerInput = {
  /** 下沉党员: a party member serving in the community. */
  isPartyMember: boolean;
  /** Skills, at most 10, each 1 to 20 characters (e.g. 电工, 助老, 急救). */
  skills: Array<string>;
  /** The 红色驿站. */
  stationId: string | number;
};

/** Takes a seat away. */
export type RemoveMemberInput = {
  /** The membership. */
  membershipId: string | number;
};

/** 废止: the version in force becomes REPEALED by a PASSED resolution. */
export type RepealCovenantInput = {
  /** The covenant. */
  covenantId: string | number;
  /** The PASSED resolution that decided the repeal, taken by the body that adopts this kind. */
  resolutionId: string | number;
};

/** A new password with a one-time code from the residents' committee. */
export type ResetPasswordInput = {
  /** The 8-digit code the committee member gave. */
  code: string;
  /** 8 to 128 characters; not the phone number, nor one of the most common or easily guessed passwords (zxcvbn score 2 or more). */
  newPassword: string;
  /** The mobile number of the account. */
  phone: string;
};

/** How a resident lives in the community. */
export type ResidencyKind =
  /** 业主: owns the flat. */
  | 'OWNER'
  /** 租户: rents it. */
  | 'TENANT';

/** Where a request to be recognised as a resident stands. */
export type ResidencyStatus =
  /** Declined, with a reason; the person may ask again. */
  | 'DECLINED'
  /** 等待居委会核验: asked, not yet decided. */
  | 'PENDING'
  /** Verified by the residents' committee. */
  | 'VERIFIED';

/** A step on a resolution, as offered to the viewer by `Resolution.viewerActions`. */
export type ResolutionAction =
  /** addActionItem with this resolutionId: it has not failed, and the meeting records action items (the convener). */
  | 'ADD_ACTION_ITEM'
  /** castBallot ONLINE: the viewer is on the roll and their head (their flat, for co-owners) has not voted. */
  | 'CAST_BALLOT'
  /** closeVoting: OPEN → CLOSED (the convener). */
  | 'CLOSE_VOTING'
  /** openVoting: DRAFT → OPEN, in session, the attendance quorum met and someone on the roll (the convener). */
  | 'OPEN_VOTING'
  /** castBallot PAPER or PROXY with voterId or unitId: a teller of the convener, while a head of the roll has not voted. */
  | 'RECORD_BALLOT';

/** The result of a closed vote. */
export type ResolutionOutcome =
  /** Did not pass. */
  | 'FAILED'
  /** Too few took part for the rule (the owners’ rules: art. 278’s turnout). */
  | 'NO_QUORUM'
  /** Passed under its rule. */
  | 'PASSED';

/** One resolution. */
export type ResolutionRefInput = {
  /** The resolution. */
  resolutionId: string | number;
};

/** Where a resolution stands. */
export type ResolutionStatus =
  /** Counted. */
  | 'CLOSED'
  /** Proposed. */
  | 'DRAFT'
  /** Being voted on. */
  | 'OPEN';

/** 办结: the assignee reports how it was handled. */
export type ResolveIssueInput = {
  /** The issue. */
  issueId: string | number;
  /** How, 1 to 2,000 characters. */
  resolution: string;
};

/** 退单: the assignee sends it back with a reason. */
export type ReturnIssueInput = {
  /** The issue. */
  issueId: string | number;
  /** Why, 1 to 1,000 characters. */
  reason: string;
};

/** A new DRAFT version (when no other version is in progress). */
export type ReviseCovenantInput = {
  /** The whole new text, 1 to 200 articles. */
  articles: Array<ArticleInput>;
  /** What changes and why, 1 to 500 characters. */
  changeSummary: string;
  /** The covenant. */
  covenantId: string | number;
};

/** Ends every session of a person (platform admins; not one's own). */
export type RevokeSessionsInput = {
  /** The person (a User). */
  userId: string | number;
};

/** Schedule a meeting (members of the convening organization). */
export type ScheduleMeetingInput = {
  /** The agenda, in order (at most 30 items). */
  agenda?: Array<AgendaItemInput> | null | undefined;
  /** The community. */
  communityId: string | number;
  /** The convening organization, of this community; the viewer sits in it. */
  convenerId: string | number;
  /** People invited besides the members (at most 200): representatives, residents. */
  inviteeIds?: Array<string | number> | null | undefined;
  /** Joint meeting or one of the councils. */
  kind: MeetingKind;
  /** Where. */
  location?: string | null | undefined;
  /** Other organizations taking part (at most 10); their members are on the roll. */
  participantIds: Array<string | number>;
  /** When; in the future. */
  scheduledAt: string;
  /** 1 to 100 characters. */
  title: string;
};

/** Say that the viewer has (or no longer has) the notes of an item open for editing. */
export type SetEditingInput = {
  /** The agenda item. */
  agendaItemId: string | number;
  /** true while editing (renew within a minute); false when done. */
  editing: boolean;
};

/** Phone and password. */
export type SignInInput = {
  /** The password. */
  password: string;
  /** The mobile number signed up with. */
  phone: string;
};

/** A new account, signed in at once. */
export type SignUpInput = {
  /** Display name, 1 to 50 characters. */
  name: string;
  /** 8 to 128 characters; not the phone number, nor one of the most common or easily guessed passwords (zxcvbn score 2 or more). */
  password: string;
  /** Mainland mobile number, 11 digits: the sign-in name. */
  phone: string;
  /** The version of the privacy notice the person read and agreed to (`privacyNotice { version }`): what is collected (phone, name, flat) and why. Recorded on the account with the time; a version other than the current one is BAD_USER_INPUT on this field. Optional: without it the account is created with no consent recorded (`User.privacyConsent` is null), and the person must agree with `consentToPrivacyNotice` before using the product (the client asks at once). */
  privacyNoticeVersion?: string | null | undefined;
};

/** 点单: raise an issue. */
export type SubmitIssueInput = {
  /** 1 to 5,000 characters. */
  body: string;
  /** The building. */
  buildingId?: string | number | null | undefined;
  /** Category. */
  category: IssueCategory;
  /** The community. */
  communityId: string | number;
  /** The same key from the same user returns the first result again. */
  idempotencyKey?: string | null | undefined;
  /** Where, up to 200 characters. */
  location?: string | null | undefined;
  /** A grid worker submits on behalf of a resident (网格员代点单). */
  onBehalfOfUserId?: string | number | null | undefined;
  /** Default NORMAL. */
  priority?: IssuePriority | null | undefined;
  /** 网格员代登记: a grid worker records it for a resident with no account (not with `onBehalfOfUserId`); the resident claims it after signing up with that phone. */
  recordedFor?: RecordedResidentInput | null | undefined;
  /** Show the reporter's name to everyone who may read it. Default false: only the parties handling it and the reporter see who raised it. */
  showReporterName?: boolean | null | undefined;
  /** 1 to 100 characters. */
  title: string;
  /** Default PUBLIC. */
  visibility?: Visibility | null | undefined;
};

/** The supervisory committee's rating. */
export type SupervisionRating =
  | 'NEEDS_IMPROVEMENT'
  | 'SATISFACTORY'
  | 'UNSATISFACTORY';

/** A step on a claim, as offered to the viewer by `TaskClaim.viewerActions`. */
export type TaskClaimAction =
  /** 签到 (`checkIn`): the volunteer holding a slot, from 30 minutes before the start until the end. */
  | 'CHECK_IN'
  /** 签退 (`checkOut`): the volunteer, once checked in. */
  | 'CHECK_OUT'
  /** 缺席 (`markNoShow`): the station's coordinators, a slot still held once the task has started. */
  | 'MARK_NO_SHOW'
  /** 核实时长 (`verifyHours`, approve or reject): the station's coordinators, hours recorded and not yet verified. */
  | 'VERIFY_HOURS'
  /** 退出 (`withdrawClaim`): the volunteer, a slot or a waitlist place, before the start. */
  | 'WITHDRAW';

/** One task. */
export type TaskRefInput = {
  /** The task. */
  taskId: string | number;
};

/** One flat of an import: its building (by name), its number and its floor area. */
export type UnitRowInput = {
  /** The building by name, 1 to 50 characters (created when the community has none of that name). */
  building: string;
  /** Floor area in square metres, more than 0 and at most 10,000, two decimals at most. */
  floorArea: number;
  /** The flat number within its building, 1 to 20 characters, e.g. 1-502. */
  number: string;
};

/** Close an action item as DONE or CANCELLED. */
export type UpdateActionItemInput = {
  /** The action item. */
  actionItemId: string | number;
  /** DONE or CANCELLED. */
  status: ActionItemStatus;
};

/** 督办: press the assignee of a late issue. */
export type UrgeIssueInput = {
  /** The issue. */
  issueId: string | number;
  /** The notice, 1 to 1,000 characters. */
  note: string;
};

/** 谁组织谁记录、谁记录谁证明: the coordinator verifies or rejects the hours. */
export type VerifyHoursInput = {
  /** Verify (true) or reject (false). */
  approve: boolean;
  /** The claim. */
  claimId: string | number;
  /** The hours to credit (at most the task's length). */
  hours: number;
  /** A note; required when rejecting. */
  note?: string | null | undefined;
};

/** Confirms a residency (the residents' committee). */
export type VerifyResidencyInput = {
  /** The residency. */
  residencyId: string | number;
};

/** Who may see an issue. */
export type Visibility =
  /** Only members of the organizations involved. */
  | 'PARTIES'
  /** Every resident of the community. */
  | 'PUBLIC';

/** A step on a volunteer task, as offered to the viewer by `VolunteerTask.viewerActions`. */
export type VolunteerTaskAction =
  /** 取消 (`cancelVolunteerTask`): the station's coordinators, before the start. */
  | 'CANCEL'
  /** 认领 (`claimTask`): a volunteer of the community without a live claim on it, while it is OPEN or FULL (then to the waitlist). */
  | 'CLAIM'
  /** 发布 (`publishVolunteerTask`): the station's coordinators, a draft whose start is still ahead. */
  | 'PUBLISH';

/** Filters of the task board. */
export type VolunteerTaskFilter = {
  /** Tasks the viewer has claimed. */
  mine?: boolean | null | undefined;
  /** Wanting this skill. */
  skill?: string | null | undefined;
  /** Of this station. */
  stationId?: string | number | null | undefined;
  /** Any of these statuses. */
  status?: Array<VolunteerTaskStatus> | null | undefined;
};

/** Where a volunteer task stands. */
export type VolunteerTaskStatus =
  /** Cancelled by the station. */
  | 'CANCELLED'
  /** Ended. */
  | 'COMPLETED'
  /** Being prepared by the station; not yet seen by volunteers. */
  | 'DRAFT'
  /** Published, no slot free: new claims go to the waitlist. */
  | 'FULL'
  /** Started. */
  | 'IN_PROGRESS'
  /** Published, with free slots. */
  | 'OPEN';

/** How an outcome is computed. Under the first three the electors are the seats taken (present or by proxy) when the vote opens, and the meeting’s attendanceQuorum is checked then; they have no turnout of their own. Under the owners’ rules the roll is every flat of the scope (the building zone, or the resolution’s building): see Tally. */
export type VoteRule =
  /** FOR from more than half of the eligible voters. */
  | 'ABSOLUTE_MAJORITY'
  /** Civil Code art. 278, ordinary matters: owners holding 2/3 of floor area and 2/3 of headcount take part; FOR from more than 1/2 of the participating area and headcount. */
  | 'OWNERS_ORDINARY'
  /** Civil Code art. 278, special matters: the same turnout; FOR from at least 3/4 of the participating area and headcount. */
  | 'OWNERS_SPECIAL'
  /** More FOR than AGAINST among ballots cast. */
  | 'SIMPLE_MAJORITY'
  /** FOR from at least two thirds of ballots cast. */
  | 'TWO_THIRDS';

/** 撤回: the reporter withdraws it before acceptance. */
export type WithdrawIssueInput = {
  /** The issue. */
  issueId: string | number;
  /** Why. */
  reason?: string | null | undefined;
};

export type PrivacyNoticeQueryVariables = Exact<{ [key: string]: never; }>;


export type PrivacyNoticeQuery = { privacyNotice: { version: string } };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: number };

export type SignOutEverywhereMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutEverywhereMutation = { signOutEverywhere: number };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { resetPassword: boolean };

export type IssuePasswordResetCodeMutationVariables = Exact<{
  residencyId: string | number;
}>;


export type IssuePasswordResetCodeMutation = { issuePasswordResetCode: { code: string, expiresAt: string, user: { id: string, name: string } } };

export type ResidentDirectoryQueryVariables = Exact<{
  communityId: string | number;
  search?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type ResidentDirectoryQuery = { community: { id: string, name: string, residents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: ResidencyKind, verified: boolean, user: { id: string, name: string }, unit: { id: string, number: string } | null } }> } } | null };

export type ViewerFragment = { id: string, name: string, privacyConsent: { version: string, at: string } | null, residencies: Array<{ id: string, kind: ResidencyKind, verified: boolean, status: ResidencyStatus, declineReason: string | null, community: { id: string, name: string }, unit: { id: string, number: string } | null }>, memberships: Array<{ id: string, role: MemberRole, organization: { id: string, name: string, kind: OrganizationKind, community: { id: string, name: string } | null } }> };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, name: string, privacyConsent: { version: string, at: string } | null, residencies: Array<{ id: string, kind: ResidencyKind, verified: boolean, status: ResidencyStatus, declineReason: string | null, community: { id: string, name: string }, unit: { id: string, number: string } | null }>, memberships: Array<{ id: string, role: MemberRole, organization: { id: string, name: string, kind: OrganizationKind, community: { id: string, name: string } | null } }> } | null };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { token: string, user: { id: string, name: string, privacyConsent: { version: string, at: string } | null, residencies: Array<{ id: string, kind: ResidencyKind, verified: boolean, status: ResidencyStatus, declineReason: string | null, community: { id: string, name: string }, unit: { id: string, number: string } | null }>, memberships: Array<{ id: string, role: MemberRole, organization: { id: string, name: string, kind: OrganizationKind, community: { id: string, name: string } | null } }> } } };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { signUp: { token: string, user: { id: string, name: string, privacyConsent: { version: string, at: string } | null, residencies: Array<{ id: string, kind: ResidencyKind, verified: boolean, status: ResidencyStatus, declineReason: string | null, community: { id: string, name: string }, unit: { id: string, number: string } | null }>, memberships: Array<{ id: string, role: MemberRole, organization: { id: string, name: string, kind: OrganizationKind, community: { id: string, name: string } | null } }> } } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type ConsentToPrivacyNoticeMutationVariables = Exact<{
  version: string;
}>;


export type ConsentToPrivacyNoticeMutation = { consentToPrivacyNotice: { id: string, privacyConsent: { version: string, at: string } | null } };

export type AdministrationQueryVariables = Exact<{ [key: string]: never; }>;


export type AdministrationQuery = { administration: { canCreateCommunities: boolean, canManageAccounts: boolean, communities: Array<{ id: string, name: string, township: string, county: string, city: string }>, areas: Array<{ city: string, county: string | null, township: string | null, organization: { id: string, name: string } }> } };

export type AdminCommunityQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminCommunityQuery = { community: { id: string, name: string, township: string, county: string, city: string, organizations: Array<{ id: string, kind: OrganizationKind, name: string, level: RegionLevel, members: Array<{ id: string, role: MemberRole, user: { id: string, name: string } }> }>, buildings: Array<{ id: string, name: string, units: Array<{ id: string, number: string, floorArea: number }> }> } | null };

export type CreateCommunityMutationVariables = Exact<{
  input: CreateCommunityInput;
}>;


export type CreateCommunityMutation = { createCommunity: { id: string, name: string } };

export type CreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type CreateOrganizationMutation = { createOrganization: { id: string, name: string } };

export type AddMemberMutationVariables = Exact<{
  input: AddMemberInput;
}>;


export type AddMemberMutation = { addMember: { id: string, role: MemberRole } };

export type RemoveMemberMutationVariables = Exact<{
  input: RemoveMemberInput;
}>;


export type RemoveMemberMutation = { removeMember: boolean };

export type ChangeMemberRoleMutationVariables = Exact<{
  input: ChangeMemberRoleInput;
}>;


export type ChangeMemberRoleMutation = { changeMemberRole: { id: string, role: MemberRole } };

export type DeleteUnitMutationVariables = Exact<{
  input: DeleteUnitInput;
}>;


export type DeleteUnitMutation = { deleteUnit: boolean };

export type DeleteBuildingMutationVariables = Exact<{
  input: DeleteBuildingInput;
}>;


export type DeleteBuildingMutation = { deleteBuilding: boolean };

export type ImportUnitsMutationVariables = Exact<{
  input: ImportUnitsInput;
}>;


export type ImportUnitsMutation = { importUnits: { buildingsCreated: number, created: number, updated: number, unchanged: number } };

export type AccountsQueryVariables = Exact<{
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AccountsQuery = { accounts: { totalCount: number, edges: Array<{ node: { id: string, name: string, maskedPhone: string, isPlatformAdmin: boolean, createdAt: string, liveSessions: number, lastSignInAt: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type RevokeSessionsMutationVariables = Exact<{
  input: RevokeSessionsInput;
}>;


export type RevokeSessionsMutation = { revokeSessions: { id: string, liveSessions: number } };

export type CommunitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type CommunitiesQuery = { communities: Array<{ id: string, name: string, township: string, county: string, city: string }> };

export type CommunityBuildingsQueryVariables = Exact<{
  id: string | number;
}>;


export type CommunityBuildingsQuery = { community: { id: string, buildings: Array<{ id: string, name: string, units: Array<{ id: string, number: string, floorArea: number }> }> } | null };

export type JoinCommunityMutationVariables = Exact<{
  input: JoinCommunityInput;
}>;


export type JoinCommunityMutation = { joinCommunity: { id: string, kind: ResidencyKind, verified: boolean, community: { id: string, name: string }, unit: { id: string, number: string } | null } };

export type CommunityAbilitiesQueryVariables = Exact<{
  id: string | number;
}>;


export type CommunityAbilitiesQuery = { community: { id: string, viewerCan: Array<CommunityAbility>, viewerCanWorkIssues: boolean, organizations: Array<{ id: string, name: string, kind: OrganizationKind, viewerCan: Array<OrganizationAbility> }> } | null };

export type CommunityOrganizationsQueryVariables = Exact<{
  id: string | number;
}>;


export type CommunityOrganizationsQuery = { community: { id: string, name: string, organizations: Array<{ id: string, kind: OrganizationKind, name: string, level: RegionLevel, members: Array<{ id: string, role: MemberRole, user: { id: string, name: string } }> }> } | null };

export type ResidencyRequestItemFragment = { id: string, kind: ResidencyKind, status: ResidencyStatus, requestedAt: string, declineReason: string | null, user: { id: string, name: string }, unit: { id: string, number: string } | null };

export type ResidencyRequestsQueryVariables = Exact<{
  id: string | number;
}>;


export type ResidencyRequestsQuery = { community: { id: string, residencyRequests: { totalCount: number, edges: Array<{ node: { id: string, kind: ResidencyKind, status: ResidencyStatus, requestedAt: string, declineReason: string | null, user: { id: string, name: string }, unit: { id: string, number: string } | null } }> } } | null };

export type VerifyResidencyMutationVariables = Exact<{
  input: VerifyResidencyInput;
}>;


export type VerifyResidencyMutation = { verifyResidency: { id: string, kind: ResidencyKind, status: ResidencyStatus, requestedAt: string, declineReason: string | null, user: { id: string, name: string }, unit: { id: string, number: string } | null } };

export type DeclineResidencyMutationVariables = Exact<{
  input: DeclineResidencyInput;
}>;


export type DeclineResidencyMutation = { declineResidency: { id: string, kind: ResidencyKind, status: ResidencyStatus, requestedAt: string, declineReason: string | null, user: { id: string, name: string }, unit: { id: string, number: string } | null } };

export type CovenantListItemFragment = { id: string, kind: CovenantKind, title: string, createdAt: string, viewerCanManage: boolean, inForce: { id: string, number: number, status: CovenantVersionStatus, adoptedAt: string | null, filedAt: string | null, viewerAcknowledged: boolean, acknowledgementCount: number, acknowledgementRate: number } | null, versions: Array<{ id: string, number: number, status: CovenantVersionStatus, commentsOpenUntil: string | null, createdAt: string }> };

export type CovenantDraftableKindsQueryVariables = Exact<{
  communityId: string | number;
}>;


export type CovenantDraftableKindsQuery = { node:
    | { id: string, draftableCovenants: Array<{ kind: CovenantKind, adoptedBy: { meetingKind: MeetingKind, rules: Array<VoteRule> } }> }
    | Record<PropertyKey, never>
   | null };

export type CovenantRepealResolutionsQueryVariables = Exact<{
  id: string | number;
}>;


export type CovenantRepealResolutionsQuery = { covenant: { id: string, repealResolutions: Array<{ id: string, title: string, meeting: { id: string, title: string } }> } | null };

export type CovenantsQueryVariables = Exact<{
  communityId: string | number;
}>;


export type CovenantsQuery = { covenants: Array<{ id: string, kind: CovenantKind, title: string, createdAt: string, viewerCanManage: boolean, inForce: { id: string, number: number, status: CovenantVersionStatus, adoptedAt: string | null, filedAt: string | null, viewerAcknowledged: boolean, acknowledgementCount: number, acknowledgementRate: number } | null, versions: Array<{ id: string, number: number, status: CovenantVersionStatus, commentsOpenUntil: string | null, createdAt: string }> }> };

export type CovenantCommentItemFragment = { id: string, articleNumber: number | null, body: string, createdAt: string, author: { id: string, name: string } };

export type CovenantVersionDetailFragment = { id: string, number: number, status: CovenantVersionStatus, contentHash: string, changeSummary: string | null, commentsOpenUntil: string | null, createdAt: string, adoptedAt: string | null, filedAt: string | null, filingReference: string | null, rejection: CovenantRejection | null, supersededAt: string | null, repealedAt: string | null, viewerActions: Array<CovenantVersionAction>, viewerActionsOnceCommentsClose: Array<CovenantVersionAction>, awaitingLegalReview: boolean, viewerAcknowledged: boolean, acknowledgementCount: number, acknowledgementRate: number, articles: Array<{ number: number, title: string | null, text: string }>, legalReview: { approved: boolean, note: string, reviewedAt: string, reviewer: { id: string, name: string } | null } | null, resolution: { id: string, title: string, rule: VoteRule, status: ResolutionStatus, outcome: ResolutionOutcome | null, textHash: string, meeting: { id: string, kind: MeetingKind, title: string, status: MeetingStatus, scheduledAt: string } } | null, comments: Array<{ id: string, articleNumber: number | null, body: string, createdAt: string, author: { id: string, name: string } }> };

export type CovenantQueryVariables = Exact<{
  id: string | number;
}>;


export type CovenantQuery = { covenant: { id: string, kind: CovenantKind, title: string, createdAt: string, viewerCanManage: boolean, viewerActions: Array<CovenantAction>, viewerSeesAllComments: boolean, adoptedBy: { meetingKind: MeetingKind, rules: Array<VoteRule> }, community: { id: string, name: string }, inForce: { id: string } | null, inProgress: { id: string, number: number } | null, versions: Array<{ id: string, number: number, status: CovenantVersionStatus, contentHash: string, changeSummary: string | null, commentsOpenUntil: string | null, createdAt: string, adoptedAt: string | null, filedAt: string | null, filingReference: string | null, rejection: CovenantRejection | null, supersededAt: string | null, repealedAt: string | null, viewerActions: Array<CovenantVersionAction>, viewerActionsOnceCommentsClose: Array<CovenantVersionAction>, awaitingLegalReview: boolean, viewerAcknowledged: boolean, acknowledgementCount: number, acknowledgementRate: number, articles: Array<{ number: number, title: string | null, text: string }>, legalReview: { approved: boolean, note: string, reviewedAt: string, reviewer: { id: string, name: string } | null } | null, resolution: { id: string, title: string, rule: VoteRule, status: ResolutionStatus, outcome: ResolutionOutcome | null, textHash: string, meeting: { id: string, kind: MeetingKind, title: string, status: MeetingStatus, scheduledAt: string } } | null, comments: Array<{ id: string, articleNumber: number | null, body: string, createdAt: string, author: { id: string, name: string } }> }> } | null };

export type CovenantDiffQueryVariables = Exact<{
  id: string | number;
  against?: string | number | null | undefined;
}>;


export type CovenantDiffQuery = { node:
    | { id: string, diff: Array<{ number: number, change: ArticleChange, before: string | null, after: string | null }> }
    | Record<PropertyKey, never>
   | null };

export type CovenantEventsQueryVariables = Exact<{
  communityId: string | number;
  subjectId: string | number;
}>;


export type CovenantEventsQuery = { events: { streamCursor: string, edges: Array<{ node: { id: string, type: string, occurredAt: string, data: Record<string, unknown>, actor: { id: string } | null } }> } };

export type CovenantsLiveSubscriptionVariables = Exact<{
  communityId: string | number;
  after?: string | null | undefined;
}>;


export type CovenantsLiveSubscription = { communityEvents: { id: string, type: string, subject:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
     | null } };

export type CovenantMeetingsQueryVariables = Exact<{
  communityId: string | number;
}>;


export type CovenantMeetingsQuery = { meetings: { edges: Array<{ node: { id: string, kind: MeetingKind, title: string, status: MeetingStatus, scheduledAt: string, viewerActions: Array<MeetingAction>, resolutions: Array<{ id: string, title: string, rule: VoteRule, status: ResolutionStatus, outcome: ResolutionOutcome | null }> } }> } };

export type DraftCovenantMutationVariables = Exact<{
  input: DraftCovenantInput;
}>;


export type DraftCovenantMutation = { draftCovenant: { id: string, kind: CovenantKind, title: string, createdAt: string, viewerCanManage: boolean, inForce: { id: string, number: number, status: CovenantVersionStatus, adoptedAt: string | null, filedAt: string | null, viewerAcknowledged: boolean, acknowledgementCount: number, acknowledgementRate: number } | null, versions: Array<{ id: string, number: number, status: CovenantVersionStatus, commentsOpenUntil: string | null, createdAt: string }> } };

export type ReviseCovenantMutationVariables = Exact<{
  input: ReviseCovenantInput;
}>;


export type ReviseCovenantMutation = { reviseCovenant: { id: string, number: number, status: CovenantVersionStatus } };

export type OpenPublicCommentMutationVariables = Exact<{
  input: OpenPublicCommentInput;
}>;


export type OpenPublicCommentMutation = { openPublicComment: { id: string, status: CovenantVersionStatus, commentsOpenUntil: string | null } };

export type CommentOnCovenantMutationVariables = Exact<{
  input: CommentOnCovenantInput;
}>;


export type CommentOnCovenantMutation = { commentOnCovenant: { id: string, articleNumber: number | null, body: string, createdAt: string, author: { id: string, name: string } } };

export type SubmitForLegalReviewMutationVariables = Exact<{
  input: CovenantVersionRefInput;
}>;


export type SubmitForLegalReviewMutation = { submitForLegalReview: { id: string, status: CovenantVersionStatus } };

export type RecordLegalReviewMutationVariables = Exact<{
  input: RecordLegalReviewInput;
}>;


export type RecordLegalReviewMutation = { recordLegalReview: { id: string, status: CovenantVersionStatus, rejection: CovenantRejection | null, legalReview: { approved: boolean, note: string, reviewedAt: string } | null } };

export type PutCovenantToVoteMutationVariables = Exact<{
  input: PutCovenantToVoteInput;
}>;


export type PutCovenantToVoteMutation = { putCovenantToVote: { id: string, title: string, status: ResolutionStatus, textHash: string, meeting: { id: string } } };

export type FileCovenantMutationVariables = Exact<{
  input: FileCovenantInput;
}>;


export type FileCovenantMutation = { fileCovenant: { id: string, status: CovenantVersionStatus, filedAt: string | null, filingReference: string | null } };

export type AcknowledgeCovenantMutationVariables = Exact<{
  input: CovenantVersionRefInput;
}>;


export type AcknowledgeCovenantMutation = { acknowledgeCovenant: { id: string, viewerAcknowledged: boolean, acknowledgementCount: number, acknowledgementRate: number } };

export type RepealCovenantMutationVariables = Exact<{
  input: RepealCovenantInput;
}>;


export type RepealCovenantMutation = { repealCovenant: { id: string } };

export type BoardEventFragment = { id: string, cursor: string, type: string, occurredAt: string, data: Record<string, unknown>, actor: { id: string, name: string } | null, community: { id: string, name: string }, subject:
    | { __typename: 'ActionItem', id: string }
    | { __typename: 'AgendaItem', id: string }
    | { __typename: 'Building', id: string }
    | { __typename: 'Community', id: string }
    | { __typename: 'Covenant', id: string }
    | { __typename: 'CovenantComment', id: string }
    | { __typename: 'CovenantVersion', id: string }
    | { __typename: 'Dispute', id: string }
    | { __typename: 'DomainEvent', id: string }
    | { __typename: 'Issue', id: string }
    | { __typename: 'IssueComment', id: string }
    | { __typename: 'LegalConsultation', id: string }
    | { __typename: 'LegalQuestion', id: string }
    | { __typename: 'LegalSeat', id: string }
    | { __typename: 'Matter', id: string }
    | { __typename: 'Meeting', id: string }
    | { __typename: 'Notification', id: string }
    | { __typename: 'OfficeHourSlot', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'Resolution', id: string }
    | { __typename: 'ScreeningRound', id: string }
    | { __typename: 'TaskClaim', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'Volunteer', id: string }
    | { __typename: 'VolunteerTask', id: string }
   | null };

export type CommunityEventsQueryVariables = Exact<{
  communityId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CommunityEventsQuery = { events: { streamCursor: string, edges: Array<{ cursor: string, node: { id: string, cursor: string, type: string, occurredAt: string, data: Record<string, unknown>, actor: { id: string, name: string } | null, community: { id: string, name: string }, subject:
          | { __typename: 'ActionItem', id: string }
          | { __typename: 'AgendaItem', id: string }
          | { __typename: 'Building', id: string }
          | { __typename: 'Community', id: string }
          | { __typename: 'Covenant', id: string }
          | { __typename: 'CovenantComment', id: string }
          | { __typename: 'CovenantVersion', id: string }
          | { __typename: 'Dispute', id: string }
          | { __typename: 'DomainEvent', id: string }
          | { __typename: 'Issue', id: string }
          | { __typename: 'IssueComment', id: string }
          | { __typename: 'LegalConsultation', id: string }
          | { __typename: 'LegalQuestion', id: string }
          | { __typename: 'LegalSeat', id: string }
          | { __typename: 'Matter', id: string }
          | { __typename: 'Meeting', id: string }
          | { __typename: 'Notification', id: string }
          | { __typename: 'OfficeHourSlot', id: string }
          | { __typename: 'Organization', id: string }
          | { __typename: 'Resolution', id: string }
          | { __typename: 'ScreeningRound', id: string }
          | { __typename: 'TaskClaim', id: string }
          | { __typename: 'User', id: string }
          | { __typename: 'Volunteer', id: string }
          | { __typename: 'VolunteerTask', id: string }
         | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CommunityEventsLiveSubscriptionVariables = Exact<{
  communityId: string | number;
  after?: string | null | undefined;
}>;


export type CommunityEventsLiveSubscription = { communityEvents: { id: string, cursor: string, type: string, occurredAt: string, data: Record<string, unknown>, actor: { id: string, name: string } | null, community: { id: string, name: string }, subject:
      | { __typename: 'ActionItem', id: string }
      | { __typename: 'AgendaItem', id: string }
      | { __typename: 'Building', id: string }
      | { __typename: 'Community', id: string }
      | { __typename: 'Covenant', id: string }
      | { __typename: 'CovenantComment', id: string }
      | { __typename: 'CovenantVersion', id: string }
      | { __typename: 'Dispute', id: string }
      | { __typename: 'DomainEvent', id: string }
      | { __typename: 'Issue', id: string }
      | { __typename: 'IssueComment', id: string }
      | { __typename: 'LegalConsultation', id: string }
      | { __typename: 'LegalQuestion', id: string }
      | { __typename: 'LegalSeat', id: string }
      | { __typename: 'Matter', id: string }
      | { __typename: 'Meeting', id: string }
      | { __typename: 'Notification', id: string }
      | { __typename: 'OfficeHourSlot', id: string }
      | { __typename: 'Organization', id: string }
      | { __typename: 'Resolution', id: string }
      | { __typename: 'ScreeningRound', id: string }
      | { __typename: 'TaskClaim', id: string }
      | { __typename: 'User', id: string }
      | { __typename: 'Volunteer', id: string }
      | { __typename: 'VolunteerTask', id: string }
     | null } };

export type LiveStreamCursorQueryVariables = Exact<{
  communityId: string | number;
}>;


export type LiveStreamCursorQuery = { events: { streamCursor: string } };

export type LiveCommunityEventsSubscriptionVariables = Exact<{
  communityId: string | number;
  after?: string | null | undefined;
  types?: Array<string> | string | null | undefined;
}>;


export type LiveCommunityEventsSubscription = { communityEvents: { id: string, type: string, data: Record<string, unknown>, subject:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
     | null } };

export type NotificationItemFragment = { id: string, title: string, readAt: string | null, createdAt: string, event: { id: string, type: string, data: Record<string, unknown>, actor: { id: string, name: string } | null, community: { id: string, name: string }, subject:
      | { __typename: 'ActionItem', id: string }
      | { __typename: 'AgendaItem', id: string }
      | { __typename: 'Building', id: string }
      | { __typename: 'Community', id: string }
      | { __typename: 'Covenant', id: string }
      | { __typename: 'CovenantComment', id: string }
      | { __typename: 'CovenantVersion', id: string }
      | { __typename: 'Dispute', id: string }
      | { __typename: 'DomainEvent', id: string }
      | { __typename: 'Issue', id: string }
      | { __typename: 'IssueComment', id: string }
      | { __typename: 'LegalConsultation', id: string }
      | { __typename: 'LegalQuestion', id: string }
      | { __typename: 'LegalSeat', id: string }
      | { __typename: 'Matter', id: string }
      | { __typename: 'Meeting', id: string }
      | { __typename: 'Notification', id: string }
      | { __typename: 'OfficeHourSlot', id: string }
      | { __typename: 'Organization', id: string }
      | { __typename: 'Resolution', id: string }
      | { __typename: 'ScreeningRound', id: string }
      | { __typename: 'TaskClaim', id: string }
      | { __typename: 'User', id: string }
      | { __typename: 'Volunteer', id: string }
      | { __typename: 'VolunteerTask', id: string }
     | null } };

export type NotificationsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type NotificationsQuery = { notifications: { unreadCount: number, streamCursor: string, edges: Array<{ cursor: string, node: { id: string, title: string, readAt: string | null, createdAt: string, event: { id: string, type: string, data: Record<string, unknown>, actor: { id: string, name: string } | null, community: { id: string, name: string }, subject:
            | { __typename: 'ActionItem', id: string }
            | { __typename: 'AgendaItem', id: string }
            | { __typename: 'Building', id: string }
            | { __typename: 'Community', id: string }
            | { __typename: 'Covenant', id: string }
            | { __typename: 'CovenantComment', id: string }
            | { __typename: 'CovenantVersion', id: string }
            | { __typename: 'Dispute', id: string }
            | { __typename: 'DomainEvent', id: string }
            | { __typename: 'Issue', id: string }
            | { __typename: 'IssueComment', id: string }
            | { __typename: 'LegalConsultation', id: string }
            | { __typename: 'LegalQuestion', id: string }
            | { __typename: 'LegalSeat', id: string }
            | { __typename: 'Matter', id: string }
            | { __typename: 'Meeting', id: string }
            | { __typename: 'Notification', id: string }
            | { __typename: 'OfficeHourSlot', id: string }
            | { __typename: 'Organization', id: string }
            | { __typename: 'Resolution', id: string }
            | { __typename: 'ScreeningRound', id: string }
            | { __typename: 'TaskClaim', id: string }
            | { __typename: 'User', id: string }
            | { __typename: 'Volunteer', id: string }
            | { __typename: 'VolunteerTask', id: string }
           | null } } }> } };

export type NotificationAddedSubscriptionVariables = Exact<{
  after?: string | null | undefined;
}>;


export type NotificationAddedSubscription = { notificationAdded: { id: string, title: string, readAt: string | null, createdAt: string, event: { id: string, type: string, data: Record<string, unknown>, actor: { id: string, name: string } | null, community: { id: string, name: string }, subject:
        | { __typename: 'ActionItem', id: string }
        | { __typename: 'AgendaItem', id: string }
        | { __typename: 'Building', id: string }
        | { __typename: 'Community', id: string }
        | { __typename: 'Covenant', id: string }
        | { __typename: 'CovenantComment', id: string }
        | { __typename: 'CovenantVersion', id: string }
        | { __typename: 'Dispute', id: string }
        | { __typename: 'DomainEvent', id: string }
        | { __typename: 'Issue', id: string }
        | { __typename: 'IssueComment', id: string }
        | { __typename: 'LegalConsultation', id: string }
        | { __typename: 'LegalQuestion', id: string }
        | { __typename: 'LegalSeat', id: string }
        | { __typename: 'Matter', id: string }
        | { __typename: 'Meeting', id: string }
        | { __typename: 'Notification', id: string }
        | { __typename: 'OfficeHourSlot', id: string }
        | { __typename: 'Organization', id: string }
        | { __typename: 'Resolution', id: string }
        | { __typename: 'ScreeningRound', id: string }
        | { __typename: 'TaskClaim', id: string }
        | { __typename: 'User', id: string }
        | { __typename: 'Volunteer', id: string }
        | { __typename: 'VolunteerTask', id: string }
       | null } } };

export type MarkNotificationsReadMutationVariables = Exact<{
  input: MarkNotificationsReadInput;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type ClaimableIssuesQueryVariables = Exact<{ [key: string]: never; }>;


export type ClaimableIssuesQuery = { claimableIssues: Array<{ id: string, number: string, title: string, status: IssueStatus, community: { id: string } }> };

export type ClaimIssueMutationVariables = Exact<{
  input: ClaimIssueInput;
}>;


export type ClaimIssueMutation = { claimIssue: { id: string, status: IssueStatus } };

export type TimelineEventFragment = { id: string, cursor: string, type: string, occurredAt: string, data: Record<string, unknown>, actor: { id: string, name: string } | null };

export type IssueCommentItemFragment = { id: string, body: string, internal: boolean, createdAt: string, author: { id: string, name: string } };

export type IssueDetailFragment = { acceptOverdue: boolean, resolveOverdue: boolean, body: string, location: string | null, version: number, dispatchedAt: string | null, acceptedAt: string | null, resolvedAt: string | null, closedAt: string | null, resolution: string | null, reporterNamed: boolean, id: string, number: string, title: string, status: IssueStatus, category: IssueCategory, priority: IssuePriority, visibility: Visibility, overdue: boolean, submittedAt: string, acceptBy: string | null, resolveBy: string | null, supportCount: number, followerCount: number, viewerSupports: boolean, viewerFollows: boolean, viewerActions: Array<IssueAction>, community: { id: string, name: string }, building: { id: string, name: string } | null, reporter: { id: string, name: string } | null, recordedFor: { name: string, contactPhone: string | null, claimed: boolean, unit: { id: string, number: string } | null } | null, duplicateOf: { id: string, number: string, title: string } | null, rating: { score: number, comment: string | null, ratedAt: string } | null, assignee: { id: string, name: string, kind: OrganizationKind } | null, comments: { totalCount: number } };

export type IssueQueryVariables = Exact<{
  id: string | number;
}>;


export type IssueQuery = { issue: { acceptOverdue: boolean, resolveOverdue: boolean, body: string, location: string | null, version: number, dispatchedAt: string | null, acceptedAt: string | null, resolvedAt: string | null, closedAt: string | null, resolution: string | null, reporterNamed: boolean, id: string, number: string, title: string, status: IssueStatus, category: IssueCategory, priority: IssuePriority, visibility: Visibility, overdue: boolean, submittedAt: string, acceptBy: string | null, resolveBy: string | null, supportCount: number, followerCount: number, viewerSupports: boolean, viewerFollows: boolean, viewerActions: Array<IssueAction>, community: { id: string, name: string }, building: { id: string, name: string } | null, reporter: { id: string, name: string } | null, recordedFor: { name: string, contactPhone: string | null, claimed: boolean, unit: { id: string, number: string } | null } | null, duplicateOf: { id: string, number: string, title: string } | null, rating: { score: number, comment: string | null, ratedAt: string } | null, assignee: { id: string, name: string, kind: OrganizationKind } | null, comments: { totalCount: number } } | null };

export type IssueTimelineQueryVariables = Exact<{
  id: string | number;
}>;


export type IssueTimelineQuery = { issue: { id: string, timeline: { edges: Array<{ cursor: string, node: { id: string, cursor: string, type: string, occurredAt: string, data: Record<string, unknown>, actor: { id: string, name: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type IssueThreadQueryVariables = Exact<{
  id: string | number;
}>;


export type IssueThreadQuery = { issue: { id: string, thread: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, body: string, internal: boolean, createdAt: string, author: { id: string, name: string } } }> } } | null };

export type IssueLiveSubscriptionVariables = Exact<{
  issueId: string | number;
  after?: string | null | undefined;
}>;


export type IssueLiveSubscription = { issueEvents: { id: string, cursor: string, type: string, occurredAt: string, data: Record<string, unknown>, actor: { id: string, name: string } | null } };

export type IssueSearchQueryVariables = Exact<{
  communityId: string | number;
  search?: string | null | undefined;
}>;


export type IssueSearchQuery = { issues: { edges: Array<{ node: { id: string, number: string, title: string, status: IssueStatus } }> } };

export type IssueListItemFragment = { id: string, number: string, title: string, status: IssueStatus, category: IssueCategory, priority: IssuePriority, visibility: Visibility, overdue: boolean, submittedAt: string, acceptBy: string | null, resolveBy: string | null, supportCount: number, followerCount: number, viewerSupports: boolean, viewerFollows: boolean, viewerActions: Array<IssueAction>, assignee: { id: string, name: string, kind: OrganizationKind } | null, comments: { totalCount: number } };

export type IssuesQueryVariables = Exact<{
  communityId: string | number;
  filter?: IssueFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type IssuesQuery = { issues: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, number: string, title: string, status: IssueStatus, category: IssueCategory, priority: IssuePriority, visibility: Visibility, overdue: boolean, submittedAt: string, acceptBy: string | null, resolveBy: string | null, supportCount: number, followerCount: number, viewerSupports: boolean, viewerFollows: boolean, viewerActions: Array<IssueAction>, assignee: { id: string, name: string, kind: OrganizationKind } | null, comments: { totalCount: number } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type IssueCommunityQueryVariables = Exact<{
  id: string | number;
}>;


export type IssueCommunityQuery = { community: { id: string, name: string, buildings: Array<{ id: string, name: string }> } | null };

export type IssueTargetsQueryVariables = Exact<{
  id: string | number;
}>;


export type IssueTargetsQuery = { issue: { id: string, dispatchTargets: Array<{ id: string, name: string, kind: OrganizationKind }>, escalationTargets: Array<{ id: string, name: string, kind: OrganizationKind }> } | null };

export type IssueResidentsQueryVariables = Exact<{
  id: string | number;
  search?: string | null | undefined;
}>;


export type IssueResidentsQuery = { community: { id: string, residents: { edges: Array<{ node: { id: string, verified: boolean, user: { id: string, name: string }, unit: { number: string } | null } }> } } | null };

export type SubmitIssueMutationVariables = Exact<{
  input: SubmitIssueInput;
}>;


export type SubmitIssueMutation = { submitIssue: { id: string, number: string, title: string, status: IssueStatus, category: IssueCategory, priority: IssuePriority, visibility: Visibility, overdue: boolean, submittedAt: string, acceptBy: string | null, resolveBy: string | null, supportCount: number, followerCount: number, viewerSupports: boolean, viewerFollows: boolean, viewerActions: Array<IssueAction>, assignee: { id: string, name: string, kind: OrganizationKind } | null, comments: { totalCount: number } } };

export type DispatchIssueMutationVariables = Exact<{
  input: DispatchIssueInput;
}>;


export type DispatchIssueMutation = { dispatchIssue: { id: string, number: string, title: string, status: IssueStatus, category: IssueCategory, priority: IssuePriority, visibility: Visibility, overdue: boolean, submittedAt: string, acceptBy: string | null, resolveBy: string | null, supportCount: number, followerCount: number, viewerSupports: boolean, viewerFollows: boolean, viewerActions: Array<IssueAction>, assignee: { id: string, name: string, kind: OrganizationKind } | null, comments: { totalCount: number } } };

export type AcceptIssueMutationVariables = Exact<{
  input: IssueRefInput;
}>;


export type AcceptIssueMutation = { acceptIssue: { id: string, number: string, title: string, status: IssueStatus, category: IssueCategory, priority: IssuePriority, visibility: Visibility, overdue: boolean, submittedAt: string, acceptBy: string | null, resolveBy: string | null, supportCount: number, followerCount: number, viewerSupports: boolean, viewerFollows: boolean, viewerActions: Array<IssueAction>, assignee: { id: string, name: string, kind: OrganizationKind } | null, comments: { totalCount: number } } };

export type ReturnIssueMutationVariables = Exact<{
  input: ReturnIssueInput;
}>;


export type ReturnIssueMutation = { returnIssue: { id: string, number: string, title: string, status: IssueStatus, category: IssueCategory, priority: IssuePriority, visibility: Visibility, overdue: boolean, submittedAt: string, acceptBy: string | null, resolveBy: string | null, supportCount: number, followerCount: number, viewerSupports: boolean, viewerFollows: boolean, viewerActions: Array<IssueAction>, assignee: { id: string, name: string, kind: OrganizationKind } | null, comments: { totalCount: number } } };

export type ResolveIssueMutationVariables = Exact<{
  input: ResolveIssueInput;
}>;


export type ResolveIssueMutation = { resolveIssue: { id: string, number: string, title: string, status: IssueStatus, category: IssueCategory, priority: IssuePriority, visibility: Visibility, overdue: boolean, submittedAt: string, acceptBy: string | null, resolveBy: string | null, supportCount: number, followerCount: number, viewerSupports: boolean, viewerFollows: boolean, viewerActions: Array<IssueAction>, assignee: { id: string, name: string, kind: OrganizationKind } | null, comments: { totalCount: number } } };

export type RateIssueMutationVariables = Exact<{
  input: RateIssueInput;
}>;


export type RateIssueMutation = { rateIssue: { id: string, number: string, title: string, status: IssueStatus, category: IssueCategory, priority: IssuePriority, visibility: Visibility, overdue: boolean, submittedAt: string, acceptBy: string | null, resolveBy: string | null, supportCount: number, followerCount: number, viewerSupports: boolean, viewerFollows: boolean, viewerActions: Array<IssueAction>, assignee: { id: string, name: string, kind: OrganizationKind } | null, comments: { totalCount: number } } };

export type WithdrawIssueMutationVariables = Exact<{
  input: WithdrawIssueInput;
}>;


export type WithdrawIssueMutation = { withdrawIssue: { id: string, number: string, title: string, status: IssueStatus, category: IssueCategory, priority: IssuePriority, visibility: Visibility, overdue: boolean, submittedAt: string, acceptBy: string | null, resolveBy: string | null, supportCount: number, followerCount: number, viewerSupports: boolean, viewerFollows: boolean, viewerActions: Array<IssueAction>, assignee: { id: string, name: string, kind: OrganizationKind } | null, comments: { totalCount: number } } };

export type UrgeIssueMutationVariables = Exact<{
  input: UrgeIssueInput;
}>;


export type UrgeIssueMutation = { urgeIssue: { id: string, number: string, title: string, status: IssueStatus, category: IssueCategory, priority: IssuePriority, visibility: Visibility, overdue: boolean, submittedAt: string, acceptBy: string | null, resolveBy: string | null, supportCount: number, followerCount: number, viewerSupports: boolean, viewerFollows: boolean, viewerActions: Array<IssueAction>, assignee: { id: string, name: string, kind: OrganizationKind } | null, comments: { totalCount: number } } };

export type EscalateIssueMutationVariables = Exact<{
  input: EscalateIssueInput;
}>;


export type EscalateIssueMutation = { escalateIssue: { id: string, number: string, title: string, status: IssueStatus, category: IssueCategory, priority: IssuePriority, visibility: Visibility, overdue: boolean, submittedAt: string, acceptBy: string | null, resolveBy: string | null, supportCount: number, followerCount: number, viewerSupports: boolean, viewerFollows: boolean, viewerActions: Array<IssueAction>, assignee: { id: string, name: string, kind: OrganizationKind } | null, comments: { totalCount: number } } };

export type MarkDuplicateMutationVariables = Exact<{
  input: MarkDuplicateInput;
}>;


export type MarkDuplicateMutation = { markDuplicate: { id: string, number: string, title: string, status: IssueStatus, category: IssueCategory, priority: IssuePriority, visibility: Visibility, overdue: boolean, submittedAt: string, acceptBy: string | null, resolveBy: string | null, supportCount: number, followerCount: number, viewerSupports: boolean, viewerFollows: boolean, viewerActions: Array<IssueAction>, assignee: { id: string, name: string, kind: OrganizationKind } | null, comments: { totalCount: number } } };

export type SupportIssueMutationVariables = Exact<{
  input: IssueRefInput;
}>;


export type SupportIssueMutation = { supportIssue: { id: string, number: string, title: string, status: IssueStatus, category: IssueCategory, priority: IssuePriority, visibility: Visibility, overdue: boolean, submittedAt: string, acceptBy: string | null, resolveBy: string | null, supportCount: number, followerCount: number, viewerSupports: boolean, viewerFollows: boolean, viewerActions: Array<IssueAction>, assignee: { id: string, name: string, kind: OrganizationKind } | null, comments: { totalCount: number } } };

export type FollowIssueMutationVariables = Exact<{
  input: IssueRefInput;
}>;


export type FollowIssueMutation = { followIssue: { id: string, number: string, title: string, status: IssueStatus, category: IssueCategory, priority: IssuePriority, visibility: Visibility, overdue: boolean, submittedAt: string, acceptBy: string | null, resolveBy: string | null, supportCount: number, followerCount: number, viewerSupports: boolean, viewerFollows: boolean, viewerActions: Array<IssueAction>, assignee: { id: string, name: string, kind: OrganizationKind } | null, comments: { totalCount: number } } };

export type UnfollowIssueMutationVariables = Exact<{
  input: IssueRefInput;
}>;


export type UnfollowIssueMutation = { unfollowIssue: { id: string, number: string, title: string, status: IssueStatus, category: IssueCategory, priority: IssuePriority, visibility: Visibility, overdue: boolean, submittedAt: string, acceptBy: string | null, resolveBy: string | null, supportCount: number, followerCount: number, viewerSupports: boolean, viewerFollows: boolean, viewerActions: Array<IssueAction>, assignee: { id: string, name: string, kind: OrganizationKind } | null, comments: { totalCount: number } } };

export type CommentOnIssueMutationVariables = Exact<{
  input: CommentOnIssueInput;
}>;


export type CommentOnIssueMutation = { commentOnIssue: { id: string, body: string, internal: boolean, createdAt: string, issue: { id: string }, author: { id: string, name: string } } };

export type GovernanceStatsQueryVariables = Exact<{
  communityId: string | number;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type GovernanceStatsQuery = { governanceStats: { issuesSubmitted: number, issuesOpen: number, overdueOpen: number, responseRate: number | null, resolutionRate: number | null, satisfactionRate: number | null, medianHoursToAccept: number | null, medianHoursToResolve: number | null, byOrganization: Array<{ dispatched: number, responseRate: number | null, resolutionRate: number | null, satisfactionRate: number | null, organization: { id: string, name: string, kind: OrganizationKind } }> } };

export type MatterResolutionFragment = { id: string, title: string, status: ResolutionStatus, outcome: ResolutionOutcome | null, matter: { id: string } | null };

export type MatterItemFragment = { id: string, title: string, description: string, stage: MatterStage, createdAt: string, stageChangedAt: string, viewerActions: Array<MatterAction>, decidingResolutions: Array<{ id: string, title: string, meeting: { id: string, title: string } }>, sourceIssues: Array<{ id: string, number: string, title: string }>, meetings: Array<{ id: string, kind: MeetingKind, title: string, status: MeetingStatus, scheduledAt: string, resolutions: Array<{ id: string, title: string, status: ResolutionStatus, outcome: ResolutionOutcome | null, matter: { id: string } | null }> }>, resolution: { id: string, title: string, status: ResolutionStatus, outcome: ResolutionOutcome | null, matter: { id: string } | null } | null, actionItems: Array<{ id: string, title: string, status: ActionItemStatus, overdue: boolean, assignee: { id: string, name: string } }>, supervisionRecords: Array<{ id: string, finding: string, rating: SupervisionRating, createdAt: string, author: { id: string, name: string } }> };

export type MattersQueryVariables = Exact<{
  communityId: string | number;
  stage?: Array<MatterStage> | MatterStage | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MattersQuery = { matters: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, title: string, description: string, stage: MatterStage, createdAt: string, stageChangedAt: string, viewerActions: Array<MatterAction>, decidingResolutions: Array<{ id: string, title: string, meeting: { id: string, title: string } }>, sourceIssues: Array<{ id: string, number: string, title: string }>, meetings: Array<{ id: string, kind: MeetingKind, title: string, status: MeetingStatus, scheduledAt: string, resolutions: Array<{ id: string, title: string, status: ResolutionStatus, outcome: ResolutionOutcome | null, matter: { id: string } | null }> }>, resolution: { id: string, title: string, status: ResolutionStatus, outcome: ResolutionOutcome | null, matter: { id: string } | null } | null, actionItems: Array<{ id: string, title: string, status: ActionItemStatus, overdue: boolean, assignee: { id: string, name: string } }>, supervisionRecords: Array<{ id: string, finding: string, rating: SupervisionRating, createdAt: string, author: { id: string, name: string } }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AgendaMattersQueryVariables = Exact<{
  communityId: string | number;
}>;


export type AgendaMattersQuery = { matters: { edges: Array<{ node: { id: string, title: string, stage: MatterStage } }> } };

export type ProposeMatterMutationVariables = Exact<{
  input: ProposeMatterInput;
}>;


export type ProposeMatterMutation = { proposeMatter: { id: string, title: string, description: string, stage: MatterStage, createdAt: string, stageChangedAt: string, viewerActions: Array<MatterAction>, decidingResolutions: Array<{ id: string, title: string, meeting: { id: string, title: string } }>, sourceIssues: Array<{ id: string, number: string, title: string }>, meetings: Array<{ id: string, kind: MeetingKind, title: string, status: MeetingStatus, scheduledAt: string, resolutions: Array<{ id: string, title: string, status: ResolutionStatus, outcome: ResolutionOutcome | null, matter: { id: string } | null }> }>, resolution: { id: string, title: string, status: ResolutionStatus, outcome: ResolutionOutcome | null, matter: { id: string } | null } | null, actionItems: Array<{ id: string, title: string, status: ActionItemStatus, overdue: boolean, assignee: { id: string, name: string } }>, supervisionRecords: Array<{ id: string, finding: string, rating: SupervisionRating, createdAt: string, author: { id: string, name: string } }> } };

export type AdvanceMatterMutationVariables = Exact<{
  input: AdvanceMatterInput;
}>;


export type AdvanceMatterMutation = { advanceMatter: { id: string, title: string, description: string, stage: MatterStage, createdAt: string, stageChangedAt: string, viewerActions: Array<MatterAction>, decidingResolutions: Array<{ id: string, title: string, meeting: { id: string, title: string } }>, sourceIssues: Array<{ id: string, number: string, title: string }>, meetings: Array<{ id: string, kind: MeetingKind, title: string, status: MeetingStatus, scheduledAt: string, resolutions: Array<{ id: string, title: string, status: ResolutionStatus, outcome: ResolutionOutcome | null, matter: { id: string } | null }> }>, resolution: { id: string, title: string, status: ResolutionStatus, outcome: ResolutionOutcome | null, matter: { id: string } | null } | null, actionItems: Array<{ id: string, title: string, status: ActionItemStatus, overdue: boolean, assignee: { id: string, name: string } }>, supervisionRecords: Array<{ id: string, finding: string, rating: SupervisionRating, createdAt: string, author: { id: string, name: string } }> } };

export type RecordSupervisionMutationVariables = Exact<{
  input: RecordSupervisionInput;
}>;


export type RecordSupervisionMutation = { recordSupervision: { id: string } };

export type AssignedActionItemsQueryVariables = Exact<{
  communityId: string | number;
}>;


export type AssignedActionItemsQuery = { assignedActionItems: Array<{ id: string, title: string, status: ActionItemStatus, viewerActions: Array<ActionItemAction>, dueAt: string | null, overdue: boolean, meeting: { id: string, title: string }, assignee: { id: string, name: string, kind: OrganizationKind }, resolution: { id: string, title: string } | null, issue: { id: string, number: string, title: string, status: IssueStatus } | null, task: { id: string, title: string, status: VolunteerTaskStatus } | null }> };

export type MeetingSeatFragment = { id: string, status: AttendanceStatus, checkedInAt: string | null, viewerActions: Array<AttendanceAction>, user: { id: string, name: string }, proxyFor: { id: string, name: string } | null, organization: { id: string, name: string } | null };

export type AgendaItemNotesFragment = { id: string, position: number, title: string, notes: string, notesVersion: number, viewerActions: Array<AgendaItemAction>, editors: Array<{ id: string, name: string }>, matter: { id: string, title: string, stage: MatterStage } | null, issue: { id: string, number: string, title: string } | null };

export type TallyCountsFragment = { eligibleCount: number, eligibleArea: number, votedCount: number, votedArea: number, forCount: number, forArea: number, againstCount: number, againstArea: number, abstainCount: number, abstainArea: number, quorumMet: boolean };

export type ResolutionItemFragment = { id: string, title: string, text: string, rule: VoteRule, status: ResolutionStatus, outcome: ResolutionOutcome | null, viewerEligible: boolean, viewerBallot: BallotChoice | null, viewerActions: Array<ResolutionAction>, viewerActionsOnceAttendanceQuorumMet: Array<ResolutionAction>, agendaItem: { id: string, position: number, title: string } | null, matter: { id: string, title: string } | null, building: { id: string, name: string } | null, tally: { eligibleCount: number, eligibleArea: number, votedCount: number, votedArea: number, forCount: number, forArea: number, againstCount: number, againstArea: number, abstainCount: number, abstainArea: number, quorumMet: boolean } };

export type ActionItemRowFragment = { id: string, title: string, status: ActionItemStatus, viewerActions: Array<ActionItemAction>, dueAt: string | null, overdue: boolean, assignee: { id: string, name: string, kind: OrganizationKind }, resolution: { id: string, title: string } | null, issue: { id: string, number: string, title: string, status: IssueStatus } | null, task: { id: string, title: string, status: VolunteerTaskStatus } | null };

export type MeetingRoomFragment = { version: number, viewerActions: Array<MeetingAction>, voteRules: Array<VoteRule>, attendanceQuorum: AttendanceQuorum, id: string, kind: MeetingKind, title: string, status: MeetingStatus, scheduledAt: string, location: string | null, cancelReason: string | null, community: { id: string, name: string, buildings: Array<{ id: string, name: string }> }, viewerSeat: { id: string, status: AttendanceStatus, checkedInAt: string | null, viewerActions: Array<AttendanceAction>, user: { id: string, name: string }, proxyFor: { id: string, name: string } | null, organization: { id: string, name: string } | null } | null, attendance: Array<{ id: string, status: AttendanceStatus, checkedInAt: string | null, viewerActions: Array<AttendanceAction>, user: { id: string, name: string }, proxyFor: { id: string, name: string } | null, organization: { id: string, name: string } | null }>, agenda: Array<{ id: string, position: number, title: string, notes: string, notesVersion: number, viewerActions: Array<AgendaItemAction>, editors: Array<{ id: string, name: string }>, matter: { id: string, title: string, stage: MatterStage } | null, issue: { id: string, number: string, title: string } | null }>, resolutions: Array<{ id: string, title: string, text: string, rule: VoteRule, status: ResolutionStatus, outcome: ResolutionOutcome | null, viewerEligible: boolean, viewerBallot: BallotChoice | null, viewerActions: Array<ResolutionAction>, viewerActionsOnceAttendanceQuorumMet: Array<ResolutionAction>, agendaItem: { id: string, position: number, title: string } | null, matter: { id: string, title: string } | null, building: { id: string, name: string } | null, tally: { eligibleCount: number, eligibleArea: number, votedCount: number, votedArea: number, forCount: number, forArea: number, againstCount: number, againstArea: number, abstainCount: number, abstainArea: number, quorumMet: boolean } }>, actionItems: Array<{ id: string, title: string, status: ActionItemStatus, viewerActions: Array<ActionItemAction>, dueAt: string | null, overdue: boolean, assignee: { id: string, name: string, kind: OrganizationKind }, resolution: { id: string, title: string } | null, issue: { id: string, number: string, title: string, status: IssueStatus } | null, task: { id: string, title: string, status: VolunteerTaskStatus } | null }>, minutes: { approvedAt: string | null, publishedAt: string | null, approvedBy: Array<{ id: string, name: string }>, pendingApprovers: Array<{ id: string, name: string }> }, convener: { id: string, name: string, kind: OrganizationKind }, participants: Array<{ id: string, name: string }> };

export type MeetingQueryVariables = Exact<{
  id: string | number;
}>;


export type MeetingQuery = { meeting: { version: number, viewerActions: Array<MeetingAction>, voteRules: Array<VoteRule>, attendanceQuorum: AttendanceQuorum, id: string, kind: MeetingKind, title: string, status: MeetingStatus, scheduledAt: string, location: string | null, cancelReason: string | null, community: { id: string, name: string, buildings: Array<{ id: string, name: string }> }, viewerSeat: { id: string, status: AttendanceStatus, checkedInAt: string | null, viewerActions: Array<AttendanceAction>, user: { id: string, name: string }, proxyFor: { id: string, name: string } | null, organization: { id: string, name: string } | null } | null, attendance: Array<{ id: string, status: AttendanceStatus, checkedInAt: string | null, viewerActions: Array<AttendanceAction>, user: { id: string, name: string }, proxyFor: { id: string, name: string } | null, organization: { id: string, name: string } | null }>, agenda: Array<{ id: string, position: number, title: string, notes: string, notesVersion: number, viewerActions: Array<AgendaItemAction>, editors: Array<{ id: string, name: string }>, matter: { id: string, title: string, stage: MatterStage } | null, issue: { id: string, number: string, title: string } | null }>, resolutions: Array<{ id: string, title: string, text: string, rule: VoteRule, status: ResolutionStatus, outcome: ResolutionOutcome | null, viewerEligible: boolean, viewerBallot: BallotChoice | null, viewerActions: Array<ResolutionAction>, viewerActionsOnceAttendanceQuorumMet: Array<ResolutionAction>, agendaItem: { id: string, position: number, title: string } | null, matter: { id: string, title: string } | null, building: { id: string, name: string } | null, tally: { eligibleCount: number, eligibleArea: number, votedCount: number, votedArea: number, forCount: number, forArea: number, againstCount: number, againstArea: number, abstainCount: number, abstainArea: number, quorumMet: boolean } }>, actionItems: Array<{ id: string, title: string, status: ActionItemStatus, viewerActions: Array<ActionItemAction>, dueAt: string | null, overdue: boolean, assignee: { id: string, name: string, kind: OrganizationKind }, resolution: { id: string, title: string } | null, issue: { id: string, number: string, title: string, status: IssueStatus } | null, task: { id: string, title: string, status: VolunteerTaskStatus } | null }>, minutes: { approvedAt: string | null, publishedAt: string | null, approvedBy: Array<{ id: string, name: string }>, pendingApprovers: Array<{ id: string, name: string }> }, convener: { id: string, name: string, kind: OrganizationKind }, participants: Array<{ id: string, name: string }> } | null };

export type MeetingMinutesQueryVariables = Exact<{
  id: string | number;
}>;


export type MeetingMinutesQuery = { meeting: { id: string, status: MeetingStatus, minutes: { markdown: string, approvedAt: string | null, publishedAt: string | null, approvedBy: Array<{ id: string, name: string }>, pendingApprovers: Array<{ id: string, name: string }>, revisions: Array<{ id: string, summary: string, amendment: boolean, createdAt: string, author: { id: string, name: string }, agendaItem: { id: string, position: number, title: string } }> } } | null };

export type MeetingLiveSubscriptionVariables = Exact<{
  meetingId: string | number;
  after?: string | null | undefined;
}>;


export type MeetingLiveSubscription = { meetingEvents: { id: string, type: string, data: Record<string, unknown>, actor: { id: string, name: string } | null } };

export type MeetingListItemFragment = { id: string, kind: MeetingKind, title: string, status: MeetingStatus, scheduledAt: string, location: string | null, cancelReason: string | null, convener: { id: string, name: string, kind: OrganizationKind }, participants: Array<{ id: string, name: string }>, viewerSeat: { id: string, status: AttendanceStatus } | null };

export type MeetingsQueryVariables = Exact<{
  communityId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MeetingsQuery = { meetings: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, kind: MeetingKind, title: string, status: MeetingStatus, scheduledAt: string, location: string | null, cancelReason: string | null, convener: { id: string, name: string, kind: OrganizationKind }, participants: Array<{ id: string, name: string }>, viewerSeat: { id: string, status: AttendanceStatus } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MeetingsLiveFromQueryVariables = Exact<{
  communityId: string | number;
  subjectId?: string | number | null | undefined;
}>;


export type MeetingsLiveFromQuery = { events: { streamCursor: string } };

export type MeetingOrganizationsQueryVariables = Exact<{
  id: string | number;
}>;


export type MeetingOrganizationsQuery = { community: { id: string, organizations: Array<{ id: string, name: string, kind: OrganizationKind, viewerCan: Array<OrganizationAbility>, convenes: Array<MeetingKind> }> } | null };

export type ScheduleMeetingMutationVariables = Exact<{
  input: ScheduleMeetingInput;
}>;


export type ScheduleMeetingMutation = { scheduleMeeting: { id: string, kind: MeetingKind, title: string, status: MeetingStatus, scheduledAt: string, location: string | null, cancelReason: string | null, convener: { id: string, name: string, kind: OrganizationKind }, participants: Array<{ id: string, name: string }>, viewerSeat: { id: string, status: AttendanceStatus } | null } };

export type StartMeetingMutationVariables = Exact<{
  input: MeetingRefInput;
}>;


export type StartMeetingMutation = { startMeeting: { id: string, status: MeetingStatus } };

export type AdjournMeetingMutationVariables = Exact<{
  input: MeetingRefInput;
}>;


export type AdjournMeetingMutation = { adjournMeeting: { id: string, status: MeetingStatus } };

export type CancelMeetingMutationVariables = Exact<{
  input: CancelMeetingInput;
}>;


export type CancelMeetingMutation = { cancelMeeting: { id: string, status: MeetingStatus, cancelReason: string | null } };

export type ApproveMinutesMutationVariables = Exact<{
  input: MeetingRefInput;
}>;


export type ApproveMinutesMutation = { approveMinutes: { id: string, status: MeetingStatus } };

export type PublishMinutesMutationVariables = Exact<{
  input: MeetingRefInput;
}>;


export type PublishMinutesMutation = { publishMinutes: { id: string, status: MeetingStatus } };

export type CheckInAttendeeMutationVariables = Exact<{
  input: CheckInAttendeeInput;
}>;


export type CheckInAttendeeMutation = { checkInAttendee: { id: string, status: AttendanceStatus, checkedInAt: string | null, viewerActions: Array<AttendanceAction>, user: { id: string, name: string }, proxyFor: { id: string, name: string } | null, organization: { id: string, name: string } | null } };

export type AddAgendaItemMutationVariables = Exact<{
  input: AddAgendaItemInput;
}>;


export type AddAgendaItemMutation = { addAgendaItem: { id: string, position: number, title: string, notes: string, notesVersion: number, viewerActions: Array<AgendaItemAction>, editors: Array<{ id: string, name: string }>, matter: { id: string, title: string, stage: MatterStage } | null, issue: { id: string, number: string, title: string } | null } };

export type EditAgendaNotesMutationVariables = Exact<{
  input: EditAgendaNotesInput;
}>;


export type EditAgendaNotesMutation = { editAgendaNotes: { id: string, notes: string, notesVersion: number } };

export type SetEditingMutationVariables = Exact<{
  input: SetEditingInput;
}>;


export type SetEditingMutation = { setEditing: { id: string } };

export type ProposeResolutionMutationVariables = Exact<{
  input: ProposeResolutionInput;
}>;


export type ProposeResolutionMutation = { proposeResolution: { id: string, title: string, text: string, rule: VoteRule, status: ResolutionStatus, outcome: ResolutionOutcome | null, viewerEligible: boolean, viewerBallot: BallotChoice | null, viewerActions: Array<ResolutionAction>, viewerActionsOnceAttendanceQuorumMet: Array<ResolutionAction>, agendaItem: { id: string, position: number, title: string } | null, matter: { id: string, title: string } | null, building: { id: string, name: string } | null, tally: { eligibleCount: number, eligibleArea: number, votedCount: number, votedArea: number, forCount: number, forArea: number, againstCount: number, againstArea: number, abstainCount: number, abstainArea: number, quorumMet: boolean } } };

export type OpenVotingMutationVariables = Exact<{
  input: ResolutionRefInput;
}>;


export type OpenVotingMutation = { openVoting: { id: string, title: string, text: string, rule: VoteRule, status: ResolutionStatus, outcome: ResolutionOutcome | null, viewerEligible: boolean, viewerBallot: BallotChoice | null, viewerActions: Array<ResolutionAction>, viewerActionsOnceAttendanceQuorumMet: Array<ResolutionAction>, agendaItem: { id: string, position: number, title: string } | null, matter: { id: string, title: string } | null, building: { id: string, name: string } | null, tally: { eligibleCount: number, eligibleArea: number, votedCount: number, votedArea: number, forCount: number, forArea: number, againstCount: number, againstArea: number, abstainCount: number, abstainArea: number, quorumMet: boolean } } };

export type CastBallotMutationVariables = Exact<{
  input: CastBallotInput;
}>;


export type CastBallotMutation = { castBallot: { id: string, title: string, text: string, rule: VoteRule, status: ResolutionStatus, outcome: ResolutionOutcome | null, viewerEligible: boolean, viewerBallot: BallotChoice | null, viewerActions: Array<ResolutionAction>, viewerActionsOnceAttendanceQuorumMet: Array<ResolutionAction>, agendaItem: { id: string, position: number, title: string } | null, matter: { id: string, title: string } | null, building: { id: string, name: string } | null, tally: { eligibleCount: number, eligibleArea: number, votedCount: number, votedArea: number, forCount: number, forArea: number, againstCount: number, againstArea: number, abstainCount: number, abstainArea: number, quorumMet: boolean } } };

export type CloseVotingMutationVariables = Exact<{
  input: ResolutionRefInput;
}>;


export type CloseVotingMutation = { closeVoting: { id: string, title: string, text: string, rule: VoteRule, status: ResolutionStatus, outcome: ResolutionOutcome | null, viewerEligible: boolean, viewerBallot: BallotChoice | null, viewerActions: Array<ResolutionAction>, viewerActionsOnceAttendanceQuorumMet: Array<ResolutionAction>, agendaItem: { id: string, position: number, title: string } | null, matter: { id: string, title: string } | null, building: { id: string, name: string } | null, tally: { eligibleCount: number, eligibleArea: number, votedCount: number, votedArea: number, forCount: number, forArea: number, againstCount: number, againstArea: number, abstainCount: number, abstainArea: number, quorumMet: boolean } } };

export type AddActionItemMutationVariables = Exact<{
  input: AddActionItemInput;
}>;


export type AddActionItemMutation = { addActionItem: { id: string, title: string, status: ActionItemStatus, viewerActions: Array<ActionItemAction>, dueAt: string | null, overdue: boolean, assignee: { id: string, name: string, kind: OrganizationKind }, resolution: { id: string, title: string } | null, issue: { id: string, number: string, title: string, status: IssueStatus } | null, task: { id: string, title: string, status: VolunteerTaskStatus } | null } };

export type UpdateActionItemMutationVariables = Exact<{
  input: UpdateActionItemInput;
}>;


export type UpdateActionItemMutation = { updateActionItem: { id: string, title: string, status: ActionItemStatus, viewerActions: Array<ActionItemAction>, dueAt: string | null, overdue: boolean, assignee: { id: string, name: string, kind: OrganizationKind }, resolution: { id: string, title: string } | null, issue: { id: string, number: string, title: string, status: IssueStatus } | null, task: { id: string, title: string, status: VolunteerTaskStatus } | null } };

export type StationTaskClaimFragment = { id: string, status: ClaimStatus, viewerActions: Array<TaskClaimAction>, waitlistPosition: number | null, claimedAt: string, checkedInAt: string | null, checkedOutAt: string | null, hours: number | null, hoursStatus: HoursStatus | null, volunteer: { id: string, isPartyMember: boolean, user: { id: string, name: string } } };

export type StationTaskFragment = { id: string, title: string, description: string, skills: Array<string>, location: string | null, startsAt: string, endsAt: string, checkInOpensAt: string, ended: boolean, slots: number, claimedCount: number, waitlistCount: number, status: VolunteerTaskStatus, viewerActions: Array<VolunteerTaskAction>, claims: Array<{ id: string, status: ClaimStatus, viewerActions: Array<TaskClaimAction>, waitlistPosition: number | null, claimedAt: string, checkedInAt: string | null, checkedOutAt: string | null, hours: number | null, hoursStatus: HoursStatus | null, volunteer: { id: string, isPartyMember: boolean, user: { id: string, name: string } } }>, station: { id: string, name: string }, sourceIssue: { id: string, number: string, title: string } | null, sourceActionItem: { id: string, title: string, meeting: { id: string, title: string } } | null, viewerClaim: { id: string, status: ClaimStatus, viewerActions: Array<TaskClaimAction>, viewerActionsOnceCheckInOpens: Array<TaskClaimAction>, waitlistPosition: number | null, claimedAt: string, checkedInAt: string | null, checkedOutAt: string | null, hours: number | null, hoursStatus: HoursStatus | null } | null };

export type StationTasksQueryVariables = Exact<{
  communityId: string | number;
  filter?: VolunteerTaskFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type StationTasksQuery = { volunteerTasks: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, title: string, description: string, skills: Array<string>, location: string | null, startsAt: string, endsAt: string, checkInOpensAt: string, ended: boolean, slots: number, claimedCount: number, waitlistCount: number, status: VolunteerTaskStatus, viewerActions: Array<VolunteerTaskAction>, claims: Array<{ id: string, status: ClaimStatus, viewerActions: Array<TaskClaimAction>, waitlistPosition: number | null, claimedAt: string, checkedInAt: string | null, checkedOutAt: string | null, hours: number | null, hoursStatus: HoursStatus | null, volunteer: { id: string, isPartyMember: boolean, user: { id: string, name: string } } }>, station: { id: string, name: string }, sourceIssue: { id: string, number: string, title: string } | null, sourceActionItem: { id: string, title: string, meeting: { id: string, title: string } } | null, viewerClaim: { id: string, status: ClaimStatus, viewerActions: Array<TaskClaimAction>, viewerActionsOnceCheckInOpens: Array<TaskClaimAction>, waitlistPosition: number | null, claimedAt: string, checkedInAt: string | null, checkedOutAt: string | null, hours: number | null, hoursStatus: HoursStatus | null } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type StationTaskQueryVariables = Exact<{
  id: string | number;
}>;


export type StationTaskQuery = { node:
    | { __typename: 'ActionItem' }
    | { __typename: 'AgendaItem' }
    | { __typename: 'Building' }
    | { __typename: 'Community' }
    | { __typename: 'Covenant' }
    | { __typename: 'CovenantComment' }
    | { __typename: 'CovenantVersion' }
    | { __typename: 'Dispute' }
    | { __typename: 'DomainEvent' }
    | { __typename: 'Issue' }
    | { __typename: 'IssueComment' }
    | { __typename: 'LegalConsultation' }
    | { __typename: 'LegalQuestion' }
    | { __typename: 'LegalSeat' }
    | { __typename: 'Matter' }
    | { __typename: 'Meeting' }
    | { __typename: 'Notification' }
    | { __typename: 'OfficeHourSlot' }
    | { __typename: 'Organization' }
    | { __typename: 'Resolution' }
    | { __typename: 'ScreeningRound' }
    | { __typename: 'TaskClaim' }
    | { __typename: 'User' }
    | { __typename: 'Volunteer' }
    | { __typename: 'VolunteerTask', id: string, title: string, description: string, skills: Array<string>, location: string | null, startsAt: string, endsAt: string, checkInOpensAt: string, ended: boolean, slots: number, claimedCount: number, waitlistCount: number, status: VolunteerTaskStatus, viewerActions: Array<VolunteerTaskAction>, claims: Array<{ id: string, status: ClaimStatus, viewerActions: Array<TaskClaimAction>, waitlistPosition: number | null, claimedAt: string, checkedInAt: string | null, checkedOutAt: string | null, hours: number | null, hoursStatus: HoursStatus | null, volunteer: { id: string, isPartyMember: boolean, user: { id: string, name: string } } }>, station: { id: string, name: string }, sourceIssue: { id: string, number: string, title: string } | null, sourceActionItem: { id: string, title: string, meeting: { id: string, title: string } } | null, viewerClaim: { id: string, status: ClaimStatus, viewerActions: Array<TaskClaimAction>, viewerActionsOnceCheckInOpens: Array<TaskClaimAction>, waitlistPosition: number | null, claimedAt: string, checkedInAt: string | null, checkedOutAt: string | null, hours: number | null, hoursStatus: HoursStatus | null } | null }
   | null };

export type VolunteerSourceIssuesQueryVariables = Exact<{
  communityId: string | number;
  search?: string | null | undefined;
}>;


export type VolunteerSourceIssuesQuery = { issues: { edges: Array<{ node: { id: string, number: string, title: string } }> } };

export type CreateVolunteerTaskMutationVariables = Exact<{
  input: CreateVolunteerTaskInput;
}>;


export type CreateVolunteerTaskMutation = { createVolunteerTask: { id: string, title: string, description: string, skills: Array<string>, location: string | null, startsAt: string, endsAt: string, checkInOpensAt: string, ended: boolean, slots: number, claimedCount: number, waitlistCount: number, status: VolunteerTaskStatus, viewerActions: Array<VolunteerTaskAction>, claims: Array<{ id: string, status: ClaimStatus, viewerActions: Array<TaskClaimAction>, waitlistPosition: number | null, claimedAt: string, checkedInAt: string | null, checkedOutAt: string | null, hours: number | null, hoursStatus: HoursStatus | null, volunteer: { id: string, isPartyMember: boolean, user: { id: string, name: string } } }>, station: { id: string, name: string }, sourceIssue: { id: string, number: string, title: string } | null, sourceActionItem: { id: string, title: string, meeting: { id: string, title: string } } | null, viewerClaim: { id: string, status: ClaimStatus, viewerActions: Array<TaskClaimAction>, viewerActionsOnceCheckInOpens: Array<TaskClaimAction>, waitlistPosition: number | null, claimedAt: string, checkedInAt: string | null, checkedOutAt: string | null, hours: number | null, hoursStatus: HoursStatus | null } | null } };

export type PublishVolunteerTaskMutationVariables = Exact<{
  input: TaskRefInput;
}>;


export type PublishVolunteerTaskMutation = { publishVolunteerTask: { id: string, title: string, description: string, skills: Array<string>, location: string | null, startsAt: string, endsAt: string, checkInOpensAt: string, ended: boolean, slots: number, claimedCount: number, waitlistCount: number, status: VolunteerTaskStatus, viewerActions: Array<VolunteerTaskAction>, claims: Array<{ id: string, status: ClaimStatus, viewerActions: Array<TaskClaimAction>, waitlistPosition: number | null, claimedAt: string, checkedInAt: string | null, checkedOutAt: string | null, hours: number | null, hoursStatus: HoursStatus | null, volunteer: { id: string, isPartyMember: boolean, user: { id: string, name: string } } }>, station: { id: string, name: string }, sourceIssue: { id: string, number: string, title: string } | null, sourceActionItem: { id: string, title: string, meeting: { id: string, title: string } } | null, viewerClaim: { id: string, status: ClaimStatus, viewerActions: Array<TaskClaimAction>, viewerActionsOnceCheckInOpens: Array<TaskClaimAction>, waitlistPosition: number | null, claimedAt: string, checkedInAt: string | null, checkedOutAt: string | null, hours: number | null, hoursStatus: HoursStatus | null } | null } };

export type CancelVolunteerTaskMutationVariables = Exact<{
  input: CancelVolunteerTaskInput;
}>;


export type CancelVolunteerTaskMutation = { cancelVolunteerTask: { id: string, title: string, description: string, skills: Array<string>, location: string | null, startsAt: string, endsAt: string, checkInOpensAt: string, ended: boolean, slots: number, claimedCount: number, waitlistCount: number, status: VolunteerTaskStatus, viewerActions: Array<VolunteerTaskAction>, claims: Array<{ id: string, status: ClaimStatus, viewerActions: Array<TaskClaimAction>, waitlistPosition: number | null, claimedAt: string, checkedInAt: string | null, checkedOutAt: string | null, hours: number | null, hoursStatus: HoursStatus | null, volunteer: { id: string, isPartyMember: boolean, user: { id: string, name: string } } }>, station: { id: string, name: string }, sourceIssue: { id: string, number: string, title: string } | null, sourceActionItem: { id: string, title: string, meeting: { id: string, title: string } } | null, viewerClaim: { id: string, status: ClaimStatus, viewerActions: Array<TaskClaimAction>, viewerActionsOnceCheckInOpens: Array<TaskClaimAction>, waitlistPosition: number | null, claimedAt: string, checkedInAt: string | null, checkedOutAt: string | null, hours: number | null, hoursStatus: HoursStatus | null } | null } };

export type MarkNoShowMutationVariables = Exact<{
  input: ClaimRefInput;
}>;


export type MarkNoShowMutation = { markNoShow: { id: string, status: ClaimStatus, viewerActions: Array<TaskClaimAction>, waitlistPosition: number | null, claimedAt: string, checkedInAt: string | null, checkedOutAt: string | null, hours: number | null, hoursStatus: HoursStatus | null, volunteer: { id: string, isPartyMember: boolean, user: { id: string, name: string } } } };

export type VerifyHoursMutationVariables = Exact<{
  input: VerifyHoursInput;
}>;


export type VerifyHoursMutation = { verifyHours: { id: string, status: ClaimStatus, viewerActions: Array<TaskClaimAction>, waitlistPosition: number | null, claimedAt: string, checkedInAt: string | null, checkedOutAt: string | null, hours: number | null, hoursStatus: HoursStatus | null, volunteer: { id: string, isPartyMember: boolean, user: { id: string, name: string } } } };

export type ViewerTaskClaimFragment = { id: string, status: ClaimStatus, viewerActions: Array<TaskClaimAction>, viewerActionsOnceCheckInOpens: Array<TaskClaimAction>, waitlistPosition: number | null, claimedAt: string, checkedInAt: string | null, checkedOutAt: string | null, hours: number | null, hoursStatus: HoursStatus | null };

export type VolunteerTaskItemFragment = { id: string, title: string, description: string, skills: Array<string>, location: string | null, startsAt: string, endsAt: string, checkInOpensAt: string, ended: boolean, slots: number, claimedCount: number, waitlistCount: number, status: VolunteerTaskStatus, viewerActions: Array<VolunteerTaskAction>, station: { id: string, name: string }, sourceIssue: { id: string, number: string, title: string } | null, sourceActionItem: { id: string, title: string, meeting: { id: string, title: string } } | null, viewerClaim: { id: string, status: ClaimStatus, viewerActions: Array<TaskClaimAction>, viewerActionsOnceCheckInOpens: Array<TaskClaimAction>, waitlistPosition: number | null, claimedAt: string, checkedInAt: string | null, checkedOutAt: string | null, hours: number | null, hoursStatus: HoursStatus | null } | null };

export type VolunteerTasksQueryVariables = Exact<{
  communityId: string | number;
  filter?: VolunteerTaskFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type VolunteerTasksQuery = { volunteerTasks: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, title: string, description: string, skills: Array<string>, location: string | null, startsAt: string, endsAt: string, checkInOpensAt: string, ended: boolean, slots: number, claimedCount: number, waitlistCount: number, status: VolunteerTaskStatus, viewerActions: Array<VolunteerTaskAction>, station: { id: string, name: string }, sourceIssue: { id: string, number: string, title: string } | null, sourceActionItem: { id: string, title: string, meeting: { id: string, title: string } } | null, viewerClaim: { id: string, status: ClaimStatus, viewerActions: Array<TaskClaimAction>, viewerActionsOnceCheckInOpens: Array<TaskClaimAction>, waitlistPosition: number | null, claimedAt: string, checkedInAt: string | null, checkedOutAt: string | null, hours: number | null, hoursStatus: HoursStatus | null } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type VolunteerTaskQueryVariables = Exact<{
  id: string | number;
}>;


export type VolunteerTaskQuery = { node:
    | { __typename: 'ActionItem' }
    | { __typename: 'AgendaItem' }
    | { __typename: 'Building' }
    | { __typename: 'Community' }
    | { __typename: 'Covenant' }
    | { __typename: 'CovenantComment' }
    | { __typename: 'CovenantVersion' }
    | { __typename: 'Dispute' }
    | { __typename: 'DomainEvent' }
    | { __typename: 'Issue' }
    | { __typename: 'IssueComment' }
    | { __typename: 'LegalConsultation' }
    | { __typename: 'LegalQuestion' }
    | { __typename: 'LegalSeat' }
    | { __typename: 'Matter' }
    | { __typename: 'Meeting' }
    | { __typename: 'Notification' }
    | { __typename: 'OfficeHourSlot' }
    | { __typename: 'Organization' }
    | { __typename: 'Resolution' }
    | { __typename: 'ScreeningRound' }
    | { __typename: 'TaskClaim' }
    | { __typename: 'User' }
    | { __typename: 'Volunteer' }
    | { __typename: 'VolunteerTask', id: string, title: string, description: string, skills: Array<string>, location: string | null, startsAt: string, endsAt: string, checkInOpensAt: string, ended: boolean, slots: number, claimedCount: number, waitlistCount: number, status: VolunteerTaskStatus, viewerActions: Array<VolunteerTaskAction>, station: { id: string, name: string }, sourceIssue: { id: string, number: string, title: string } | null, sourceActionItem: { id: string, title: string, meeting: { id: string, title: string } } | null, viewerClaim: { id: string, status: ClaimStatus, viewerActions: Array<TaskClaimAction>, viewerActionsOnceCheckInOpens: Array<TaskClaimAction>, waitlistPosition: number | null, claimedAt: string, checkedInAt: string | null, checkedOutAt: string | null, hours: number | null, hoursStatus: HoursStatus | null } | null }
   | null };

export type TaskClaimResultFragment = { id: string, status: ClaimStatus, viewerActions: Array<TaskClaimAction>, viewerActionsOnceCheckInOpens: Array<TaskClaimAction>, waitlistPosition: number | null, claimedAt: string, checkedInAt: string | null, checkedOutAt: string | null, hours: number | null, hoursStatus: HoursStatus | null, task: { id: string, claimedCount: number, waitlistCount: number, status: VolunteerTaskStatus, viewerActions: Array<VolunteerTaskAction> } };

export type ClaimTaskMutationVariables = Exact<{
  input: ClaimTaskInput;
}>;


export type ClaimTaskMutation = { claimTask: { id: string, status: ClaimStatus, viewerActions: Array<TaskClaimAction>, viewerActionsOnceCheckInOpens: Array<TaskClaimAction>, waitlistPosition: number | null, claimedAt: string, checkedInAt: string | null, checkedOutAt: string | null, hours: number | null, hoursStatus: HoursStatus | null, task: { id: string, claimedCount: number, waitlistCount: number, status: VolunteerTaskStatus, viewerActions: Array<VolunteerTaskAction> } } };

export type WithdrawClaimMutationVariables = Exact<{
  input: ClaimRefInput;
}>;


export type WithdrawClaimMutation = { withdrawClaim: { id: string, status: ClaimStatus, viewerActions: Array<TaskClaimAction>, viewerActionsOnceCheckInOpens: Array<TaskClaimAction>, waitlistPosition: number | null, claimedAt: string, checkedInAt: string | null, checkedOutAt: string | null, hours: number | null, hoursStatus: HoursStatus | null, task: { id: string, claimedCount: number, waitlistCount: number, status: VolunteerTaskStatus, viewerActions: Array<VolunteerTaskAction> } } };

export type CheckInMutationVariables = Exact<{
  input: ClaimRefInput;
}>;


export type CheckInMutation = { checkIn: { id: string, status: ClaimStatus, viewerActions: Array<TaskClaimAction>, viewerActionsOnceCheckInOpens: Array<TaskClaimAction>, waitlistPosition: number | null, claimedAt: string, checkedInAt: string | null, checkedOutAt: string | null, hours: number | null, hoursStatus: HoursStatus | null, task: { id: string, claimedCount: number, waitlistCount: number, status: VolunteerTaskStatus, viewerActions: Array<VolunteerTaskAction> } } };

export type CheckOutMutationVariables = Exact<{
  input: ClaimRefInput;
}>;


export type CheckOutMutation = { checkOut: { id: string, status: ClaimStatus, viewerActions: Array<TaskClaimAction>, viewerActionsOnceCheckInOpens: Array<TaskClaimAction>, waitlistPosition: number | null, claimedAt: string, checkedInAt: string | null, checkedOutAt: string | null, hours: number | null, hoursStatus: HoursStatus | null, task: { id: string, claimedCount: number, waitlistCount: number, status: VolunteerTaskStatus, viewerActions: Array<VolunteerTaskAction> } } };

export type MyVolunteerQueryVariables = Exact<{ [key: string]: never; }>;


export type MyVolunteerQuery = { me: { id: string, volunteer: { id: string, isPartyMember: boolean, skills: Array<string>, verifiedHours: number, points: number, station: { id: string, name: string, community: { id: string } | null } } | null } | null };

export type VolunteerStationsQueryVariables = Exact<{
  id: string | number;
}>;


export type VolunteerStationsQuery = { community: { id: string, organizations: Array<{ id: string, name: string, kind: OrganizationKind, viewerCan: Array<OrganizationAbility> }> } | null };

export type RegisterVolunteerMutationVariables = Exact<{
  input: RegisterVolunteerInput;
}>;


export type RegisterVolunteerMutation = { registerVolunteer: { id: string, isPartyMember: boolean, skills: Array<string>, verifiedHours: number, points: number, station: { id: string, name: string, community: { id: string } | null } } };

export type VolunteerLeaderboardQueryVariables = Exact<{
  communityId: string | number;
  from?: string | null | undefined;
  to?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type VolunteerLeaderboardQuery = { volunteerLeaderboard: Array<{ hours: number, tasksCompleted: number, volunteer: { id: string, isPartyMember: boolean, points: number, user: { id: string, name: string } } }> };

export const ViewerFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Viewer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"privacyConsent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"residencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ViewerFragment, unknown>;
export const ResidencyRequestItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResidencyRequestItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Residency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<ResidencyRequestItemFragment, unknown>;
export const CovenantListItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CovenantListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Covenant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerAcknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgementCount"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgementRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"commentsOpenUntil"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<CovenantListItemFragment, unknown>;
export const CovenantCommentItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CovenantCommentItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CovenantComment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"articleNumber"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CovenantCommentItemFragment, unknown>;
export const CovenantVersionDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CovenantVersionDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CovenantVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"changeSummary"}},{"kind":"Field","name":{"kind":"Name","value":"commentsOpenUntil"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"filingReference"}},{"kind":"Field","name":{"kind":"Name","value":"rejection"}},{"kind":"Field","name":{"kind":"Name","value":"supersededAt"}},{"kind":"Field","name":{"kind":"Name","value":"repealedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActionsOnceCommentsClose"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingLegalReview"}},{"kind":"Field","name":{"kind":"Name","value":"viewerAcknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgementCount"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgementRate"}},{"kind":"Field","name":{"kind":"Name","value":"articles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"textHash"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CovenantCommentItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CovenantCommentItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CovenantComment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"articleNumber"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CovenantVersionDetailFragment, unknown>;
export const BoardEventFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<BoardEventFragment, unknown>;
export const NotificationItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<NotificationItemFragment, unknown>;
export const TimelineEventFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimelineEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}}]} as unknown as DocumentNode<TimelineEventFragment, unknown>;
export const IssueCommentItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueCommentItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IssueComment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<IssueCommentItemFragment, unknown>;
export const IssueListItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Issue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolveBy"}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"followerCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerSupports"}},{"kind":"Field","name":{"kind":"Name","value":"viewerFollows"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<IssueListItemFragment, unknown>;
export const IssueDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Issue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueListItem"}},{"kind":"Field","name":{"kind":"Name","value":"acceptOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"resolveOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reporter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reporterNamed"}},{"kind":"Field","name":{"kind":"Name","value":"recordedFor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"claimed"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"duplicateOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"ratedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Issue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolveBy"}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"followerCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerSupports"}},{"kind":"Field","name":{"kind":"Name","value":"viewerFollows"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<IssueDetailFragment, unknown>;
export const MatterResolutionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterResolution"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resolution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MatterResolutionFragment, unknown>;
export const MatterItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Matter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"decidingResolutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceIssues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatterResolution"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatterResolution"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisionRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"finding"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterResolution"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resolution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MatterItemFragment, unknown>;
export const MeetingListItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"convener"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerSeat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<MeetingListItemFragment, unknown>;
export const MeetingSeatFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingSeat"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attendance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proxyFor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MeetingSeatFragment, unknown>;
export const AgendaItemNotesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgendaItemNotes"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgendaItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"notesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"editors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<AgendaItemNotesFragment, unknown>;
export const TallyCountsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TallyCounts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tally"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligibleCount"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleArea"}},{"kind":"Field","name":{"kind":"Name","value":"votedCount"}},{"kind":"Field","name":{"kind":"Name","value":"votedArea"}},{"kind":"Field","name":{"kind":"Name","value":"forCount"}},{"kind":"Field","name":{"kind":"Name","value":"forArea"}},{"kind":"Field","name":{"kind":"Name","value":"againstCount"}},{"kind":"Field","name":{"kind":"Name","value":"againstArea"}},{"kind":"Field","name":{"kind":"Name","value":"abstainCount"}},{"kind":"Field","name":{"kind":"Name","value":"abstainArea"}},{"kind":"Field","name":{"kind":"Name","value":"quorumMet"}}]}}]} as unknown as DocumentNode<TallyCountsFragment, unknown>;
export const ResolutionItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResolutionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resolution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"viewerEligible"}},{"kind":"Field","name":{"kind":"Name","value":"viewerBallot"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActionsOnceAttendanceQuorumMet"}},{"kind":"Field","name":{"kind":"Name","value":"agendaItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tally"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TallyCounts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TallyCounts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tally"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligibleCount"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleArea"}},{"kind":"Field","name":{"kind":"Name","value":"votedCount"}},{"kind":"Field","name":{"kind":"Name","value":"votedArea"}},{"kind":"Field","name":{"kind":"Name","value":"forCount"}},{"kind":"Field","name":{"kind":"Name","value":"forArea"}},{"kind":"Field","name":{"kind":"Name","value":"againstCount"}},{"kind":"Field","name":{"kind":"Name","value":"againstArea"}},{"kind":"Field","name":{"kind":"Name","value":"abstainCount"}},{"kind":"Field","name":{"kind":"Name","value":"abstainArea"}},{"kind":"Field","name":{"kind":"Name","value":"quorumMet"}}]}}]} as unknown as DocumentNode<ResolutionItemFragment, unknown>;
export const ActionItemRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionItemRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ActionItemRowFragment, unknown>;
export const MeetingRoomFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingRoom"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingListItem"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"voteRules"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceQuorum"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"buildings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerSeat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingSeat"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingSeat"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgendaItemNotes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResolutionItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionItemRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minutes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingApprovers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TallyCounts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tally"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligibleCount"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleArea"}},{"kind":"Field","name":{"kind":"Name","value":"votedCount"}},{"kind":"Field","name":{"kind":"Name","value":"votedArea"}},{"kind":"Field","name":{"kind":"Name","value":"forCount"}},{"kind":"Field","name":{"kind":"Name","value":"forArea"}},{"kind":"Field","name":{"kind":"Name","value":"againstCount"}},{"kind":"Field","name":{"kind":"Name","value":"againstArea"}},{"kind":"Field","name":{"kind":"Name","value":"abstainCount"}},{"kind":"Field","name":{"kind":"Name","value":"abstainArea"}},{"kind":"Field","name":{"kind":"Name","value":"quorumMet"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"convener"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerSeat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingSeat"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attendance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proxyFor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgendaItemNotes"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgendaItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"notesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"editors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResolutionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resolution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"viewerEligible"}},{"kind":"Field","name":{"kind":"Name","value":"viewerBallot"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActionsOnceAttendanceQuorumMet"}},{"kind":"Field","name":{"kind":"Name","value":"agendaItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tally"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TallyCounts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionItemRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<MeetingRoomFragment, unknown>;
export const ViewerTaskClaimFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerTaskClaim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActionsOnceCheckInOpens"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"hoursStatus"}}]}}]} as unknown as DocumentNode<ViewerTaskClaimFragment, unknown>;
export const VolunteerTaskItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VolunteerTaskItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VolunteerTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkInOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"ended"}},{"kind":"Field","name":{"kind":"Name","value":"slots"}},{"kind":"Field","name":{"kind":"Name","value":"claimedCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceIssue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceActionItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerClaim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerTaskClaim"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerTaskClaim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActionsOnceCheckInOpens"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"hoursStatus"}}]}}]} as unknown as DocumentNode<VolunteerTaskItemFragment, unknown>;
export const StationTaskClaimFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StationTaskClaim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"hoursStatus"}},{"kind":"Field","name":{"kind":"Name","value":"volunteer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isPartyMember"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<StationTaskClaimFragment, unknown>;
export const StationTaskFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StationTask"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VolunteerTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VolunteerTaskItem"}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StationTaskClaim"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerTaskClaim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActionsOnceCheckInOpens"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"hoursStatus"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VolunteerTaskItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VolunteerTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkInOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"ended"}},{"kind":"Field","name":{"kind":"Name","value":"slots"}},{"kind":"Field","name":{"kind":"Name","value":"claimedCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceIssue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceActionItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerClaim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerTaskClaim"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StationTaskClaim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"hoursStatus"}},{"kind":"Field","name":{"kind":"Name","value":"volunteer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isPartyMember"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<StationTaskFragment, unknown>;
export const TaskClaimResultFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskClaimResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerTaskClaim"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"claimedCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerTaskClaim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActionsOnceCheckInOpens"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"hoursStatus"}}]}}]} as unknown as DocumentNode<TaskClaimResultFragment, unknown>;
export const PrivacyNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PrivacyNotice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"privacyNotice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<PrivacyNoticeQuery, PrivacyNoticeQueryVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const SignOutEverywhereDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOutEverywhere"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOutEverywhere"}}]}}]} as unknown as DocumentNode<SignOutEverywhereMutation, SignOutEverywhereMutationVariables>;
export const ResetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const IssuePasswordResetCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssuePasswordResetCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"residencyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuePasswordResetCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"residencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"residencyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<IssuePasswordResetCodeMutation, IssuePasswordResetCodeMutationVariables>;
export const ResidentDirectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResidentDirectory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"residents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ResidentDirectoryQuery, ResidentDirectoryQueryVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Viewer"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Viewer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"privacyConsent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"residencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Viewer"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Viewer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"privacyConsent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"residencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Viewer"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Viewer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"privacyConsent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"residencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SignUpMutation, SignUpMutationVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const ConsentToPrivacyNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsentToPrivacyNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consentToPrivacyNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"privacyConsent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]} as unknown as DocumentNode<ConsentToPrivacyNoticeMutation, ConsentToPrivacyNoticeMutationVariables>;
export const AdministrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Administration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"administration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canCreateCommunities"}},{"kind":"Field","name":{"kind":"Name","value":"canManageAccounts"}},{"kind":"Field","name":{"kind":"Name","value":"communities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"township"}},{"kind":"Field","name":{"kind":"Name","value":"county"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"county"}},{"kind":"Field","name":{"kind":"Name","value":"township"}}]}}]}}]}}]} as unknown as DocumentNode<AdministrationQuery, AdministrationQueryVariables>;
export const AdminCommunityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminCommunity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"township"}},{"kind":"Field","name":{"kind":"Name","value":"county"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"buildings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"floorArea"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminCommunityQuery, AdminCommunityQueryVariables>;
export const CreateCommunityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCommunity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCommunityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCommunity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateCommunityMutation, CreateCommunityMutationVariables>;
export const CreateOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateOrganizationMutation, CreateOrganizationMutationVariables>;
export const AddMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<AddMemberMutation, AddMemberMutationVariables>;
export const RemoveMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<RemoveMemberMutation, RemoveMemberMutationVariables>;
export const ChangeMemberRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeMemberRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeMemberRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeMemberRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<ChangeMemberRoleMutation, ChangeMemberRoleMutationVariables>;
export const DeleteUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<DeleteUnitMutation, DeleteUnitMutationVariables>;
export const DeleteBuildingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteBuilding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteBuildingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteBuilding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<DeleteBuildingMutation, DeleteBuildingMutationVariables>;
export const ImportUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportUnitsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buildingsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}}]}}]} as unknown as DocumentNode<ImportUnitsMutation, ImportUnitsMutationVariables>;
export const AccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Accounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"maskedPhone"}},{"kind":"Field","name":{"kind":"Name","value":"isPlatformAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"liveSessions"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AccountsQuery, AccountsQueryVariables>;
export const RevokeSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeSessionsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"liveSessions"}}]}}]}}]} as unknown as DocumentNode<RevokeSessionsMutation, RevokeSessionsMutationVariables>;
export const CommunitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Communities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"township"}},{"kind":"Field","name":{"kind":"Name","value":"county"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]} as unknown as DocumentNode<CommunitiesQuery, CommunitiesQueryVariables>;
export const CommunityBuildingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommunityBuildings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"buildings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"floorArea"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CommunityBuildingsQuery, CommunityBuildingsQueryVariables>;
export const JoinCommunityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JoinCommunity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JoinCommunityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinCommunity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]} as unknown as DocumentNode<JoinCommunityMutation, JoinCommunityMutationVariables>;
export const CommunityAbilitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommunityAbilities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanWorkIssues"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}}]}}]}}]}}]} as unknown as DocumentNode<CommunityAbilitiesQuery, CommunityAbilitiesQueryVariables>;
export const CommunityOrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommunityOrganizations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CommunityOrganizationsQuery, CommunityOrganizationsQueryVariables>;
export const ResidencyRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResidencyRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"residencyRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResidencyRequestItem"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResidencyRequestItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Residency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<ResidencyRequestsQuery, ResidencyRequestsQueryVariables>;
export const VerifyResidencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyResidency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyResidencyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyResidency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResidencyRequestItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResidencyRequestItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Residency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<VerifyResidencyMutation, VerifyResidencyMutationVariables>;
export const DeclineResidencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineResidency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclineResidencyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineResidency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResidencyRequestItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResidencyRequestItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Residency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<DeclineResidencyMutation, DeclineResidencyMutationVariables>;
export const CovenantDraftableKindsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CovenantDraftableKinds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Community"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"draftableCovenants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingKind"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CovenantDraftableKindsQuery, CovenantDraftableKindsQueryVariables>;
export const CovenantRepealResolutionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CovenantRepealResolutions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"covenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"repealResolutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CovenantRepealResolutionsQuery, CovenantRepealResolutionsQueryVariables>;
export const CovenantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Covenants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"covenants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CovenantListItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CovenantListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Covenant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerAcknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgementCount"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgementRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"commentsOpenUntil"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<CovenantsQuery, CovenantsQueryVariables>;
export const CovenantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Covenant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"covenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"viewerSeesAllComments"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingKind"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}}]}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inForce"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CovenantVersionDetail"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CovenantCommentItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CovenantComment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"articleNumber"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CovenantVersionDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CovenantVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"changeSummary"}},{"kind":"Field","name":{"kind":"Name","value":"commentsOpenUntil"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"filingReference"}},{"kind":"Field","name":{"kind":"Name","value":"rejection"}},{"kind":"Field","name":{"kind":"Name","value":"supersededAt"}},{"kind":"Field","name":{"kind":"Name","value":"repealedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActionsOnceCommentsClose"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingLegalReview"}},{"kind":"Field","name":{"kind":"Name","value":"viewerAcknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgementCount"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgementRate"}},{"kind":"Field","name":{"kind":"Name","value":"articles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"textHash"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CovenantCommentItem"}}]}}]}}]} as unknown as DocumentNode<CovenantQuery, CovenantQueryVariables>;
export const CovenantDiffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CovenantDiff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"against"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CovenantVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"diff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"against"},"value":{"kind":"Variable","name":{"kind":"Name","value":"against"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CovenantDiffQuery, CovenantDiffQueryVariables>;
export const CovenantEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CovenantEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"subjectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"streamCursor"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CovenantEventsQuery, CovenantEventsQueryVariables>;
export const CovenantsLiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CovenantsLive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"covenant.*","block":false}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CovenantsLiveSubscription, CovenantsLiveSubscriptionVariables>;
export const CovenantMeetingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CovenantMeetings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"resolutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CovenantMeetingsQuery, CovenantMeetingsQueryVariables>;
export const DraftCovenantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DraftCovenant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DraftCovenantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draftCovenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CovenantListItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CovenantListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Covenant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerAcknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgementCount"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgementRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"commentsOpenUntil"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<DraftCovenantMutation, DraftCovenantMutationVariables>;
export const ReviseCovenantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviseCovenant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviseCovenantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviseCovenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ReviseCovenantMutation, ReviseCovenantMutationVariables>;
export const OpenPublicCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenPublicComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenPublicCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openPublicComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"commentsOpenUntil"}}]}}]}}]} as unknown as DocumentNode<OpenPublicCommentMutation, OpenPublicCommentMutationVariables>;
export const CommentOnCovenantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommentOnCovenant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommentOnCovenantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commentOnCovenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CovenantCommentItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CovenantCommentItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CovenantComment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"articleNumber"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CommentOnCovenantMutation, CommentOnCovenantMutationVariables>;
export const SubmitForLegalReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitForLegalReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CovenantVersionRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitForLegalReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SubmitForLegalReviewMutation, SubmitForLegalReviewMutationVariables>;
export const RecordLegalReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordLegalReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordLegalReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordLegalReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejection"}},{"kind":"Field","name":{"kind":"Name","value":"legalReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}}]}}]}}]}}]} as unknown as DocumentNode<RecordLegalReviewMutation, RecordLegalReviewMutationVariables>;
export const PutCovenantToVoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PutCovenantToVote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PutCovenantToVoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"putCovenantToVote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"textHash"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PutCovenantToVoteMutation, PutCovenantToVoteMutationVariables>;
export const FileCovenantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FileCovenant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FileCovenantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileCovenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"filingReference"}}]}}]}}]} as unknown as DocumentNode<FileCovenantMutation, FileCovenantMutationVariables>;
export const AcknowledgeCovenantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeCovenant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CovenantVersionRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeCovenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerAcknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgementCount"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgementRate"}}]}}]}}]} as unknown as DocumentNode<AcknowledgeCovenantMutation, AcknowledgeCovenantMutationVariables>;
export const RepealCovenantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RepealCovenant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RepealCovenantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"repealCovenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RepealCovenantMutation, RepealCovenantMutationVariables>;
export const CommunityEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommunityEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardEvent"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"streamCursor"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CommunityEventsQuery, CommunityEventsQueryVariables>;
export const CommunityEventsLiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CommunityEventsLive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardEvent"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CommunityEventsLiveSubscription, CommunityEventsLiveSubscriptionVariables>;
export const LiveStreamCursorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LiveStreamCursor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"streamCursor"}}]}}]}}]} as unknown as DocumentNode<LiveStreamCursorQuery, LiveStreamCursorQueryVariables>;
export const LiveCommunityEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LiveCommunityEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<LiveCommunityEventsSubscription, LiveCommunityEventsSubscriptionVariables>;
export const NotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"streamCursor"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationItem"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const NotificationAddedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"NotificationAdded"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationAdded"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<NotificationAddedSubscription, NotificationAddedSubscriptionVariables>;
export const MarkNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkNotificationsReadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const ClaimableIssuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClaimableIssues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimableIssues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ClaimableIssuesQuery, ClaimableIssuesQueryVariables>;
export const ClaimIssueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClaimIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimIssueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ClaimIssueMutation, ClaimIssueMutationVariables>;
export const IssueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Issue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Issue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolveBy"}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"followerCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerSupports"}},{"kind":"Field","name":{"kind":"Name","value":"viewerFollows"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Issue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueListItem"}},{"kind":"Field","name":{"kind":"Name","value":"acceptOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"resolveOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reporter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reporterNamed"}},{"kind":"Field","name":{"kind":"Name","value":"recordedFor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"claimed"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"duplicateOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"ratedAt"}}]}}]}}]} as unknown as DocumentNode<IssueQuery, IssueQueryVariables>;
export const IssueTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IssueTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimelineEvent"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimelineEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}}]} as unknown as DocumentNode<IssueTimelineQuery, IssueTimelineQueryVariables>;
export const IssueThreadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IssueThread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"thread"},"name":{"kind":"Name","value":"comments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueCommentItem"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueCommentItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IssueComment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<IssueThreadQuery, IssueThreadQueryVariables>;
export const IssueLiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"IssueLive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"issueId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"issueId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"issueId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimelineEvent"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimelineEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}}]} as unknown as DocumentNode<IssueLiveSubscription, IssueLiveSubscriptionVariables>;
export const IssueSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IssueSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IssueSearchQuery, IssueSearchQueryVariables>;
export const IssuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Issues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueListItem"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Issue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolveBy"}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"followerCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerSupports"}},{"kind":"Field","name":{"kind":"Name","value":"viewerFollows"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<IssuesQuery, IssuesQueryVariables>;
export const IssueCommunityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IssueCommunity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"buildings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<IssueCommunityQuery, IssueCommunityQueryVariables>;
export const IssueTargetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IssueTargets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalationTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<IssueTargetsQuery, IssueTargetsQueryVariables>;
export const IssueResidentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IssueResidents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"residents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<IssueResidentsQuery, IssueResidentsQueryVariables>;
export const SubmitIssueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitIssueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueListItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Issue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolveBy"}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"followerCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerSupports"}},{"kind":"Field","name":{"kind":"Name","value":"viewerFollows"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<SubmitIssueMutation, SubmitIssueMutationVariables>;
export const DispatchIssueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DispatchIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DispatchIssueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dispatchIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueListItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Issue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolveBy"}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"followerCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerSupports"}},{"kind":"Field","name":{"kind":"Name","value":"viewerFollows"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<DispatchIssueMutation, DispatchIssueMutationVariables>;
export const AcceptIssueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueListItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Issue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolveBy"}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"followerCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerSupports"}},{"kind":"Field","name":{"kind":"Name","value":"viewerFollows"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<AcceptIssueMutation, AcceptIssueMutationVariables>;
export const ReturnIssueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnIssueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueListItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Issue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolveBy"}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"followerCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerSupports"}},{"kind":"Field","name":{"kind":"Name","value":"viewerFollows"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ReturnIssueMutation, ReturnIssueMutationVariables>;
export const ResolveIssueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveIssueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueListItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Issue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolveBy"}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"followerCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerSupports"}},{"kind":"Field","name":{"kind":"Name","value":"viewerFollows"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ResolveIssueMutation, ResolveIssueMutationVariables>;
export const RateIssueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RateIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RateIssueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueListItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Issue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolveBy"}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"followerCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerSupports"}},{"kind":"Field","name":{"kind":"Name","value":"viewerFollows"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<RateIssueMutation, RateIssueMutationVariables>;
export const WithdrawIssueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawIssueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueListItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Issue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolveBy"}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"followerCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerSupports"}},{"kind":"Field","name":{"kind":"Name","value":"viewerFollows"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<WithdrawIssueMutation, WithdrawIssueMutationVariables>;
export const UrgeIssueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UrgeIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UrgeIssueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urgeIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueListItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Issue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolveBy"}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"followerCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerSupports"}},{"kind":"Field","name":{"kind":"Name","value":"viewerFollows"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<UrgeIssueMutation, UrgeIssueMutationVariables>;
export const EscalateIssueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EscalateIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EscalateIssueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalateIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueListItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Issue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolveBy"}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"followerCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerSupports"}},{"kind":"Field","name":{"kind":"Name","value":"viewerFollows"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<EscalateIssueMutation, EscalateIssueMutationVariables>;
export const MarkDuplicateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkDuplicate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkDuplicateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markDuplicate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueListItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Issue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolveBy"}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"followerCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerSupports"}},{"kind":"Field","name":{"kind":"Name","value":"viewerFollows"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<MarkDuplicateMutation, MarkDuplicateMutationVariables>;
export const SupportIssueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SupportIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueListItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Issue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolveBy"}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"followerCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerSupports"}},{"kind":"Field","name":{"kind":"Name","value":"viewerFollows"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<SupportIssueMutation, SupportIssueMutationVariables>;
export const FollowIssueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FollowIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueListItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Issue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolveBy"}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"followerCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerSupports"}},{"kind":"Field","name":{"kind":"Name","value":"viewerFollows"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<FollowIssueMutation, FollowIssueMutationVariables>;
export const UnfollowIssueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnfollowIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unfollowIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueListItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Issue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolveBy"}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"followerCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerSupports"}},{"kind":"Field","name":{"kind":"Name","value":"viewerFollows"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<UnfollowIssueMutation, UnfollowIssueMutationVariables>;
export const CommentOnIssueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommentOnIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommentOnIssueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commentOnIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueCommentItem"}},{"kind":"Field","name":{"kind":"Name","value":"issue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueCommentItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IssueComment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CommentOnIssueMutation, CommentOnIssueMutationVariables>;
export const GovernanceStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GovernanceStats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"governanceStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuesSubmitted"}},{"kind":"Field","name":{"kind":"Name","value":"issuesOpen"}},{"kind":"Field","name":{"kind":"Name","value":"overdueOpen"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionRate"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionRate"}},{"kind":"Field","name":{"kind":"Name","value":"medianHoursToAccept"}},{"kind":"Field","name":{"kind":"Name","value":"medianHoursToResolve"}},{"kind":"Field","name":{"kind":"Name","value":"byOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dispatched"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionRate"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionRate"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GovernanceStatsQuery, GovernanceStatsQueryVariables>;
export const MattersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Matters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stage"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MatterStage"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"stage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stage"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatterItem"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterResolution"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resolution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Matter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"decidingResolutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceIssues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatterResolution"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatterResolution"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisionRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"finding"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MattersQuery, MattersQueryVariables>;
export const AgendaMattersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgendaMatters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"stage"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DELIBERATION"},{"kind":"EnumValue","value":"DECISION"},{"kind":"EnumValue","value":"EXECUTION"},{"kind":"EnumValue","value":"SUPERVISION"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgendaMattersQuery, AgendaMattersQueryVariables>;
export const ProposeMatterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposeMatter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeMatterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeMatter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatterItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterResolution"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resolution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Matter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"decidingResolutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceIssues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatterResolution"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatterResolution"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisionRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"finding"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ProposeMatterMutation, ProposeMatterMutationVariables>;
export const AdvanceMatterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdvanceMatter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdvanceMatterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"advanceMatter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatterItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterResolution"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resolution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Matter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"decidingResolutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceIssues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatterResolution"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatterResolution"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisionRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"finding"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AdvanceMatterMutation, AdvanceMatterMutationVariables>;
export const RecordSupervisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSupervision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSupervisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSupervision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordSupervisionMutation, RecordSupervisionMutationVariables>;
export const AssignedActionItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssignedActionItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignedActionItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionItemRow"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionItemRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AssignedActionItemsQuery, AssignedActionItemsQueryVariables>;
export const MeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Meeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingRoom"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"convener"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerSeat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingSeat"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attendance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proxyFor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgendaItemNotes"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgendaItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"notesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"editors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TallyCounts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tally"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligibleCount"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleArea"}},{"kind":"Field","name":{"kind":"Name","value":"votedCount"}},{"kind":"Field","name":{"kind":"Name","value":"votedArea"}},{"kind":"Field","name":{"kind":"Name","value":"forCount"}},{"kind":"Field","name":{"kind":"Name","value":"forArea"}},{"kind":"Field","name":{"kind":"Name","value":"againstCount"}},{"kind":"Field","name":{"kind":"Name","value":"againstArea"}},{"kind":"Field","name":{"kind":"Name","value":"abstainCount"}},{"kind":"Field","name":{"kind":"Name","value":"abstainArea"}},{"kind":"Field","name":{"kind":"Name","value":"quorumMet"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResolutionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resolution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"viewerEligible"}},{"kind":"Field","name":{"kind":"Name","value":"viewerBallot"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActionsOnceAttendanceQuorumMet"}},{"kind":"Field","name":{"kind":"Name","value":"agendaItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tally"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TallyCounts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionItemRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingRoom"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingListItem"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"voteRules"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceQuorum"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"buildings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerSeat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingSeat"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingSeat"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgendaItemNotes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResolutionItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionItemRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minutes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingApprovers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MeetingQuery, MeetingQueryVariables>;
export const MeetingMinutesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingMinutes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markdown"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingApprovers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"amendment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agendaItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeetingMinutesQuery, MeetingMinutesQueryVariables>;
export const MeetingLiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MeetingLive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MeetingLiveSubscription, MeetingLiveSubscriptionVariables>;
export const MeetingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Meetings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingListItem"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"convener"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerSeat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<MeetingsQuery, MeetingsQueryVariables>;
export const MeetingsLiveFromDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingsLiveFrom"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"subjectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"streamCursor"}}]}}]}}]} as unknown as DocumentNode<MeetingsLiveFromQuery, MeetingsLiveFromQueryVariables>;
export const MeetingOrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingOrganizations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}},{"kind":"Field","name":{"kind":"Name","value":"convenes"}}]}}]}}]}}]} as unknown as DocumentNode<MeetingOrganizationsQuery, MeetingOrganizationsQueryVariables>;
export const ScheduleMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingListItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"convener"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerSeat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ScheduleMeetingMutation, ScheduleMeetingMutationVariables>;
export const StartMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<StartMeetingMutation, StartMeetingMutationVariables>;
export const AdjournMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdjournMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjournMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AdjournMeetingMutation, AdjournMeetingMutationVariables>;
export const CancelMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}}]}}]}}]} as unknown as DocumentNode<CancelMeetingMutation, CancelMeetingMutationVariables>;
export const ApproveMinutesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveMinutes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveMinutes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ApproveMinutesMutation, ApproveMinutesMutationVariables>;
export const PublishMinutesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishMinutes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishMinutes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PublishMinutesMutation, PublishMinutesMutationVariables>;
export const CheckInAttendeeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckInAttendee"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CheckInAttendeeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkInAttendee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingSeat"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingSeat"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attendance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proxyFor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CheckInAttendeeMutation, CheckInAttendeeMutationVariables>;
export const AddAgendaItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddAgendaItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddAgendaItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addAgendaItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgendaItemNotes"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgendaItemNotes"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgendaItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"notesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"editors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<AddAgendaItemMutation, AddAgendaItemMutationVariables>;
export const EditAgendaNotesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditAgendaNotes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EditAgendaNotesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editAgendaNotes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"notesVersion"}}]}}]}}]} as unknown as DocumentNode<EditAgendaNotesMutation, EditAgendaNotesMutationVariables>;
export const SetEditingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetEditing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetEditingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setEditing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SetEditingMutation, SetEditingMutationVariables>;
export const ProposeResolutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposeResolution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeResolutionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeResolution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResolutionItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TallyCounts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tally"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligibleCount"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleArea"}},{"kind":"Field","name":{"kind":"Name","value":"votedCount"}},{"kind":"Field","name":{"kind":"Name","value":"votedArea"}},{"kind":"Field","name":{"kind":"Name","value":"forCount"}},{"kind":"Field","name":{"kind":"Name","value":"forArea"}},{"kind":"Field","name":{"kind":"Name","value":"againstCount"}},{"kind":"Field","name":{"kind":"Name","value":"againstArea"}},{"kind":"Field","name":{"kind":"Name","value":"abstainCount"}},{"kind":"Field","name":{"kind":"Name","value":"abstainArea"}},{"kind":"Field","name":{"kind":"Name","value":"quorumMet"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResolutionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resolution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"viewerEligible"}},{"kind":"Field","name":{"kind":"Name","value":"viewerBallot"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActionsOnceAttendanceQuorumMet"}},{"kind":"Field","name":{"kind":"Name","value":"agendaItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tally"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TallyCounts"}}]}}]}}]} as unknown as DocumentNode<ProposeResolutionMutation, ProposeResolutionMutationVariables>;
export const OpenVotingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenVoting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolutionRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openVoting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResolutionItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TallyCounts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tally"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligibleCount"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleArea"}},{"kind":"Field","name":{"kind":"Name","value":"votedCount"}},{"kind":"Field","name":{"kind":"Name","value":"votedArea"}},{"kind":"Field","name":{"kind":"Name","value":"forCount"}},{"kind":"Field","name":{"kind":"Name","value":"forArea"}},{"kind":"Field","name":{"kind":"Name","value":"againstCount"}},{"kind":"Field","name":{"kind":"Name","value":"againstArea"}},{"kind":"Field","name":{"kind":"Name","value":"abstainCount"}},{"kind":"Field","name":{"kind":"Name","value":"abstainArea"}},{"kind":"Field","name":{"kind":"Name","value":"quorumMet"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResolutionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resolution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"viewerEligible"}},{"kind":"Field","name":{"kind":"Name","value":"viewerBallot"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActionsOnceAttendanceQuorumMet"}},{"kind":"Field","name":{"kind":"Name","value":"agendaItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tally"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TallyCounts"}}]}}]}}]} as unknown as DocumentNode<OpenVotingMutation, OpenVotingMutationVariables>;
export const CastBallotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CastBallot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CastBallotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"castBallot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResolutionItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TallyCounts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tally"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligibleCount"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleArea"}},{"kind":"Field","name":{"kind":"Name","value":"votedCount"}},{"kind":"Field","name":{"kind":"Name","value":"votedArea"}},{"kind":"Field","name":{"kind":"Name","value":"forCount"}},{"kind":"Field","name":{"kind":"Name","value":"forArea"}},{"kind":"Field","name":{"kind":"Name","value":"againstCount"}},{"kind":"Field","name":{"kind":"Name","value":"againstArea"}},{"kind":"Field","name":{"kind":"Name","value":"abstainCount"}},{"kind":"Field","name":{"kind":"Name","value":"abstainArea"}},{"kind":"Field","name":{"kind":"Name","value":"quorumMet"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResolutionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resolution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"viewerEligible"}},{"kind":"Field","name":{"kind":"Name","value":"viewerBallot"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActionsOnceAttendanceQuorumMet"}},{"kind":"Field","name":{"kind":"Name","value":"agendaItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tally"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TallyCounts"}}]}}]}}]} as unknown as DocumentNode<CastBallotMutation, CastBallotMutationVariables>;
export const CloseVotingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseVoting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolutionRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeVoting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResolutionItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TallyCounts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tally"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligibleCount"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleArea"}},{"kind":"Field","name":{"kind":"Name","value":"votedCount"}},{"kind":"Field","name":{"kind":"Name","value":"votedArea"}},{"kind":"Field","name":{"kind":"Name","value":"forCount"}},{"kind":"Field","name":{"kind":"Name","value":"forArea"}},{"kind":"Field","name":{"kind":"Name","value":"againstCount"}},{"kind":"Field","name":{"kind":"Name","value":"againstArea"}},{"kind":"Field","name":{"kind":"Name","value":"abstainCount"}},{"kind":"Field","name":{"kind":"Name","value":"abstainArea"}},{"kind":"Field","name":{"kind":"Name","value":"quorumMet"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResolutionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resolution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"viewerEligible"}},{"kind":"Field","name":{"kind":"Name","value":"viewerBallot"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActionsOnceAttendanceQuorumMet"}},{"kind":"Field","name":{"kind":"Name","value":"agendaItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tally"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TallyCounts"}}]}}]}}]} as unknown as DocumentNode<CloseVotingMutation, CloseVotingMutationVariables>;
export const AddActionItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddActionItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddActionItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addActionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionItemRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionItemRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AddActionItemMutation, AddActionItemMutationVariables>;
export const UpdateActionItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateActionItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateActionItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateActionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionItemRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionItemRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<UpdateActionItemMutation, UpdateActionItemMutationVariables>;
export const StationTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StationTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VolunteerTaskFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volunteerTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StationTask"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerTaskClaim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActionsOnceCheckInOpens"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"hoursStatus"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VolunteerTaskItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VolunteerTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkInOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"ended"}},{"kind":"Field","name":{"kind":"Name","value":"slots"}},{"kind":"Field","name":{"kind":"Name","value":"claimedCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceIssue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceActionItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerClaim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerTaskClaim"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StationTaskClaim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"hoursStatus"}},{"kind":"Field","name":{"kind":"Name","value":"volunteer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isPartyMember"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StationTask"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VolunteerTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VolunteerTaskItem"}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StationTaskClaim"}}]}}]}}]} as unknown as DocumentNode<StationTasksQuery, StationTasksQueryVariables>;
export const StationTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StationTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VolunteerTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StationTask"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerTaskClaim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActionsOnceCheckInOpens"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"hoursStatus"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VolunteerTaskItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VolunteerTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkInOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"ended"}},{"kind":"Field","name":{"kind":"Name","value":"slots"}},{"kind":"Field","name":{"kind":"Name","value":"claimedCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceIssue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceActionItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerClaim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerTaskClaim"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StationTaskClaim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"hoursStatus"}},{"kind":"Field","name":{"kind":"Name","value":"volunteer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isPartyMember"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StationTask"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VolunteerTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VolunteerTaskItem"}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StationTaskClaim"}}]}}]}}]} as unknown as DocumentNode<StationTaskQuery, StationTaskQueryVariables>;
export const VolunteerSourceIssuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VolunteerSourceIssues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<VolunteerSourceIssuesQuery, VolunteerSourceIssuesQueryVariables>;
export const CreateVolunteerTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateVolunteerTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateVolunteerTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createVolunteerTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StationTask"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerTaskClaim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActionsOnceCheckInOpens"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"hoursStatus"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VolunteerTaskItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VolunteerTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkInOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"ended"}},{"kind":"Field","name":{"kind":"Name","value":"slots"}},{"kind":"Field","name":{"kind":"Name","value":"claimedCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceIssue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceActionItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerClaim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerTaskClaim"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StationTaskClaim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"hoursStatus"}},{"kind":"Field","name":{"kind":"Name","value":"volunteer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isPartyMember"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StationTask"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VolunteerTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VolunteerTaskItem"}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StationTaskClaim"}}]}}]}}]} as unknown as DocumentNode<CreateVolunteerTaskMutation, CreateVolunteerTaskMutationVariables>;
export const PublishVolunteerTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishVolunteerTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishVolunteerTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StationTask"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerTaskClaim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActionsOnceCheckInOpens"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"hoursStatus"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VolunteerTaskItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VolunteerTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkInOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"ended"}},{"kind":"Field","name":{"kind":"Name","value":"slots"}},{"kind":"Field","name":{"kind":"Name","value":"claimedCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceIssue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceActionItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerClaim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerTaskClaim"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StationTaskClaim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"hoursStatus"}},{"kind":"Field","name":{"kind":"Name","value":"volunteer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isPartyMember"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StationTask"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VolunteerTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VolunteerTaskItem"}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StationTaskClaim"}}]}}]}}]} as unknown as DocumentNode<PublishVolunteerTaskMutation, PublishVolunteerTaskMutationVariables>;
export const CancelVolunteerTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelVolunteerTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelVolunteerTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelVolunteerTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StationTask"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerTaskClaim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActionsOnceCheckInOpens"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"hoursStatus"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VolunteerTaskItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VolunteerTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkInOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"ended"}},{"kind":"Field","name":{"kind":"Name","value":"slots"}},{"kind":"Field","name":{"kind":"Name","value":"claimedCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceIssue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceActionItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerClaim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerTaskClaim"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StationTaskClaim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"hoursStatus"}},{"kind":"Field","name":{"kind":"Name","value":"volunteer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isPartyMember"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StationTask"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VolunteerTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VolunteerTaskItem"}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StationTaskClaim"}}]}}]}}]} as unknown as DocumentNode<CancelVolunteerTaskMutation, CancelVolunteerTaskMutationVariables>;
export const MarkNoShowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNoShow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNoShow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StationTaskClaim"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StationTaskClaim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"hoursStatus"}},{"kind":"Field","name":{"kind":"Name","value":"volunteer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isPartyMember"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MarkNoShowMutation, MarkNoShowMutationVariables>;
export const VerifyHoursDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyHours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyHoursInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StationTaskClaim"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StationTaskClaim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"hoursStatus"}},{"kind":"Field","name":{"kind":"Name","value":"volunteer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isPartyMember"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<VerifyHoursMutation, VerifyHoursMutationVariables>;
export const VolunteerTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VolunteerTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VolunteerTaskFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volunteerTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VolunteerTaskItem"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerTaskClaim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActionsOnceCheckInOpens"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"hoursStatus"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VolunteerTaskItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VolunteerTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkInOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"ended"}},{"kind":"Field","name":{"kind":"Name","value":"slots"}},{"kind":"Field","name":{"kind":"Name","value":"claimedCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceIssue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceActionItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerClaim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerTaskClaim"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}}]}}]} as unknown as DocumentNode<VolunteerTasksQuery, VolunteerTasksQueryVariables>;
export const VolunteerTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VolunteerTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VolunteerTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VolunteerTaskItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerTaskClaim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActionsOnceCheckInOpens"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"hoursStatus"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VolunteerTaskItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VolunteerTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkInOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"ended"}},{"kind":"Field","name":{"kind":"Name","value":"slots"}},{"kind":"Field","name":{"kind":"Name","value":"claimedCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceIssue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceActionItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerClaim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerTaskClaim"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}}]}}]} as unknown as DocumentNode<VolunteerTaskQuery, VolunteerTaskQueryVariables>;
export const ClaimTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClaimTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskClaimResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerTaskClaim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActionsOnceCheckInOpens"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"hoursStatus"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskClaimResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerTaskClaim"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"claimedCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}}]}}]}}]} as unknown as DocumentNode<ClaimTaskMutation, ClaimTaskMutationVariables>;
export const WithdrawClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskClaimResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerTaskClaim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActionsOnceCheckInOpens"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"hoursStatus"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskClaimResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerTaskClaim"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"claimedCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}}]}}]}}]} as unknown as DocumentNode<WithdrawClaimMutation, WithdrawClaimMutationVariables>;
export const CheckInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskClaimResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerTaskClaim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActionsOnceCheckInOpens"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"hoursStatus"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskClaimResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerTaskClaim"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"claimedCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}}]}}]}}]} as unknown as DocumentNode<CheckInMutation, CheckInMutationVariables>;
export const CheckOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckOut"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkOut"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskClaimResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerTaskClaim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActionsOnceCheckInOpens"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"hoursStatus"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskClaimResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerTaskClaim"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"claimedCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}}]}}]}}]} as unknown as DocumentNode<CheckOutMutation, CheckOutMutationVariables>;
export const MyVolunteerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyVolunteer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"volunteer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isPartyMember"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedHours"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyVolunteerQuery, MyVolunteerQueryVariables>;
export const VolunteerStationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VolunteerStations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}}]}}]}}]}}]} as unknown as DocumentNode<VolunteerStationsQuery, VolunteerStationsQueryVariables>;
export const RegisterVolunteerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterVolunteer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterVolunteerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerVolunteer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isPartyMember"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedHours"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegisterVolunteerMutation, RegisterVolunteerMutationVariables>;
export const VolunteerLeaderboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VolunteerLeaderboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volunteerLeaderboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"tasksCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"volunteer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isPartyMember"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<VolunteerLeaderboardQuery, VolunteerLeaderboardQueryVariables>;
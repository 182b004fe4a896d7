import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Opt, type Ref } from '@mikro-orm/core';
import type { User } from '../accounts/index.js';
import type { Community, Organization, Building } from '../communities/index.js';

export enum MeetingKind {
  JOINT = 'JOINT',
  DELIBERATION = 'DELIBERATION',
  REPRESENTATIVES = 'REPRESENTATIVES',
  OWNERS_ASSEMBLY = 'OWNERS_ASSEMBLY',
  SUPERVISION = 'SUPERVISION',
}

export enum MeetingStatus {
  SCHEDULED = 'SCHEDULED',
  IN_SESSION = 'IN_SESSION',
  ADJOURNED = 'ADJOURNED',
  MINUTES_APPROVED = 'MINUTES_APPROVED',
  PUBLISHED = 'PUBLISHED',
  CANCELLED = 'CANCELLED',
}

/**
 * How many of a meeting's seats must be taken (present or held by proxy) for it to vote: fixed
 * from its kind when it is scheduled (ATTENDANCE_QUORUM), checked when a vote opens.
 */
export enum AttendanceQuorum {
  NONE = 'NONE',
  MAJORITY = 'MAJORITY',
  TWO_THIRDS = 'TWO_THIRDS',
}

export enum AttendanceStatus {
  INVITED = 'INVITED',
  PRESENT = 'PRESENT',
  ABSENT = 'ABSENT',
  PROXY = 'PROXY',
}

export enum VoteRule {
  SIMPLE_MAJORITY = 'SIMPLE_MAJORITY',
  ABSOLUTE_MAJORITY = 'ABSOLUTE_MAJORITY',
  TWO_THIRDS = 'TWO_THIRDS',
  OWNERS_ORDINARY = 'OWNERS_ORDINARY',
  OWNERS_SPECIAL = 'OWNERS_SPECIAL',
}

export enum ResolutionStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

export enum ResolutionOutcome {
  PASSED = 'PASSED',
  FAILED = 'FAILED',
  NO_QUORUM = 'NO_QUORUM',
}

export enum BallotChoice {
  FOR = 'FOR',
  AGAINST = 'AGAINST',
  ABSTAIN = 'ABSTAIN',
}

export enum BallotChannel {
  ONLINE = 'ONLINE',
  PAPER = 'PAPER',
  PROXY = 'PROXY',
}

export enum ActionItemStatus {
  OPEN = 'OPEN',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}

/** 会议: a joint meeting or one of the four councils, convened by one organization. */
@Entity({ tableName: 'meetings' })
@Index({ properties: ['community', 'scheduledAt'] })
export class Meeting {
  /** Optional in em.create (it has a default), typed as the enum itself (no Opt<> brand) so comparisons with it are checked. */
  [OptionalProps]?: 'status';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne('Community', { ref: true })
  community!: Ref<Community>;

  @Enum({ items: () => MeetingKind, nativeEnumName: 'meeting_kind' })
  kind!: MeetingKind;

  @Property({ type: 'string', length: 100 })
  title!: string;

  @Enum({ items: () => MeetingStatus, nativeEnumName: 'meeting_status' })
  status: MeetingStatus = MeetingStatus.SCHEDULED;

  @Property({ type: 'datetime' })
  scheduledAt!: Date;

  @Property({ type: 'string', length: 200, nullable: true })
  location?: string | null;

  @ManyToOne('Organization', { ref: true })
  convener!: Ref<Organization>;

  /** Seats that must be taken for a vote to open, by its kind (ATTENDANCE_QUORUM). */
  @Enum({ items: () => AttendanceQuorum, nativeEnumName: 'attendance_quorum' })
  attendanceQuorum!: AttendanceQuorum;

  /** The other organizations taking part (the convener is not repeated here). */
  @Property({ type: 'array', columnType: 'uuid[]', defaultRaw: `'{}'` })
  participantIds: Opt<string[]> = [];

  @ManyToOne('User', { ref: true })
  createdBy!: Ref<User>;

  @Property({ type: 'datetime', nullable: true })
  startedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  adjournedAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  cancelReason?: string | null;

  @Property({ type: 'datetime', nullable: true })
  approvedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  publishedAt?: Date | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  /** Bumped by every change to the meeting or anything in it (agenda, notes, votes, action items). */
  @Property({ type: 'integer', default: 1 })
  version: Opt<number> = 1;
}

/**
 * 签到: one seat on the meeting's roll. `principal` is whose seat it is; `attendee` who sits in it
 * (someone else when held by proxy, 委托).
 */
@Entity({ tableName: 'meeting_attendance' })
@Unique({ properties: ['meeting', 'principal'] })
export class Attendance {
  /** Optional in em.create (it has a default), typed as the enum itself (no Opt<> brand) so comparisons with it are checked. */
  [OptionalProps]?: 'status';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Meeting, { ref: true })
  meeting!: Ref<Meeting>;

  @ManyToOne('User', { ref: true })
  principal!: Ref<User>;

  @ManyToOne('User', { ref: true })
  attendee!: Ref<User>;

  /** The organization the seat belongs to (convener or participant), if any. */
  @ManyToOne('Organization', { ref: true, nullable: true })
  organization?: Ref<Organization> | null;

  @Enum({ items: () => AttendanceStatus, nativeEnumName: 'attendance_status' })
  status: AttendanceStatus = AttendanceStatus.INVITED;

  @Property({ type: 'datetime', nullable: true })
  checkedInAt?: Date | null;

  @ManyToOne('User', { ref: true, nullable: true })
  checkedInBy?: Ref<User> | null;
}

/** 议程: one item; its notes are edited live and become the minutes. */
@Entity({ tableName: 'agenda_items' })
@Unique({ properties: ['meeting', 'position'] })
export class AgendaItem {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Meeting, { ref: true })
  meeting!: Ref<Meeting>;

  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: 'string', length: 200 })
  title!: string;

  @Property({ type: 'text', default: '' })
  notes: Opt<string> = '';

  @Property({ type: 'integer', default: 0 })
  notesVersion: Opt<number> = 0;

  @Property({ type: 'uuid', nullable: true })
  matterId?: string | null;

  @Property({ type: 'uuid', nullable: true })
  issueId?: string | null;
}

/** Every edit of an item's notes, with the text after it: the minutes' history. */
@Entity({ tableName: 'minutes_revisions' })
@Index({ properties: ['meeting', 'createdAt'] })
@Unique({ properties: ['agendaItem', 'version'] })
export class MinutesRevision {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Meeting, { ref: true })
  meeting!: Ref<Meeting>;

  @ManyToOne(() => AgendaItem, { ref: true })
  agendaItem!: Ref<AgendaItem>;

  /** The item's notesVersion this revision produced. */
  @Property({ type: 'integer' })
  version!: number;

  @Property({ type: 'text' })
  notes!: string;

  @ManyToOne('User', { ref: true })
  author!: Ref<User>;

  @Property({ type: 'string', length: 300 })
  summary!: string;

  /** Made after publication (修正), with its reason in the summary. */
  @Property({ type: 'boolean', default: false })
  amendment: Opt<boolean> = false;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}

/** Who has the notes of an item open for editing, until when (renewed while they type). */
@Entity({ tableName: 'agenda_editors' })
export class AgendaEditor {
  @ManyToOne(() => AgendaItem, { ref: true, primary: true })
  agendaItem!: Ref<AgendaItem>;

  @ManyToOne('User', { ref: true, primary: true })
  user!: Ref<User>;

  @Property({ type: 'datetime' })
  until!: Date;
}

/** 纪要签字: a present member of the convening organization approves the minutes. */
@Entity({ tableName: 'minutes_approvals' })
export class MinutesApproval {
  @ManyToOne(() => Meeting, { ref: true, primary: true })
  meeting!: Ref<Meeting>;

  @ManyToOne('User', { ref: true, primary: true })
  user!: Ref<User>;

  @Property({ type: 'datetime' })
  approvedAt!: Date;
}

/** The result of a vote as counted at its close. */
export interface TallyRecord {
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
}

/** 决议: a motion put to the vote under one rule. */
@Entity({ tableName: 'resolutions' })
@Index({ properties: ['meeting'] })
export class Resolution {
  /** Optional in em.create (it has a default), typed as the enum itself (no Opt<> brand) so comparisons with it are checked. */
  [OptionalProps]?: 'status';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Meeting, { ref: true })
  meeting!: Ref<Meeting>;

  @ManyToOne(() => AgendaItem, { ref: true, nullable: true })
  agendaItem?: Ref<AgendaItem> | null;

  @Property({ type: 'uuid', nullable: true })
  matterId?: string | null;

  @Property({ type: 'string', length: 200 })
  title!: string;

  @Property({ type: 'text' })
  text!: string;

  /** sha256 of the exact text voted on (a covenant version binds to it). */
  @Property({ type: 'string', length: 64 })
  textHash!: string;

  @Enum({ items: () => VoteRule, nativeEnumName: 'vote_rule' })
  rule!: VoteRule;

  /**
   * The part of the building zone whose owners decide (a matter of one building, such as using
   * its maintenance fund); null: the whole zone. Owners' rules only.
   */
  @ManyToOne('Building', { ref: true, nullable: true, deleteRule: 'restrict' })
  building?: Ref<Building> | null;

  @Enum({ items: () => ResolutionStatus, nativeEnumName: 'resolution_status' })
  status: ResolutionStatus = ResolutionStatus.DRAFT;

  @Enum({ items: () => ResolutionOutcome, nativeEnumName: 'resolution_outcome', nullable: true })
  outcome?: ResolutionOutcome | null;

  /** The count at the close; while open the tally is read live from the ballots. */
  @Property({ type: 'json', nullable: true })
  finalTally?: TallyRecord | null;

  @ManyToOne('User', { ref: true })
  proposedBy!: Ref<User>;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  openedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  closedAt?: Date | null;
}

/**
 * One head (人数) of a vote's roll, fixed when voting opens, with the floor area it weighs. Under
 * the owners' rules (法释〔2009〕7号 arts. 8–9) a head is one exclusive part (flat) of the scope,
 * its area counted once; the flats one owner holds count as one head together, as do the
 * developer's unsold flats; a flat with no registered owner still counts, with no one to vote for
 * it here but a teller. Otherwise a head is one seat taken at the meeting, of area 0.
 */
@Entity({ tableName: 'resolution_heads' })
export class RollHead {
  @ManyToOne(() => Resolution, { ref: true, primary: true })
  resolution!: Ref<Resolution>;

  /** 1, 2, … in the roll's order. */
  @PrimaryKey({ type: 'integer', autoincrement: false })
  head!: number;

  @Property({ type: 'decimal', precision: 12, scale: 2, runtimeType: 'number', default: 0 })
  area: Opt<number> = 0;

  /** The developer's unsold (or undelivered) flats, counted as one head. */
  @Property({ type: 'boolean', default: false })
  developer: Opt<boolean> = false;

  /** The flats this head stands for (none for a seat). */
  @Property({ type: 'array', columnType: 'uuid[]', defaultRaw: `'{}'` })
  unitIds: Opt<string[]> = [];
}

/**
 * Who may vote for which head: an owner for the head of their flats (co-owners share one), a
 * seated elector for their own.
 */
@Entity({ tableName: 'resolution_electors' })
@Unique({ properties: ['resolution', 'user', 'head'] })
export class Elector {
  @ManyToOne(() => Resolution, { ref: true, primary: true })
  resolution!: Ref<Resolution>;

  @ManyToOne('User', { ref: true, primary: true })
  user!: Ref<User>;

  @Property({ type: 'integer' })
  head!: number;
}

/**
 * 表决票: one per head of the roll; the (resolution, head) key makes a second ballot impossible,
 * for a co-owner too (the first ballot cast for a flat is its ballot).
 */
@Entity({ tableName: 'ballots' })
@Unique({ properties: ['resolution', 'head'] })
export class Ballot {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Resolution, { ref: true })
  resolution!: Ref<Resolution>;

  /** The elector who voted; null for a flat's paper ballot recorded by a teller for its unregistered owner. */
  @ManyToOne('User', { ref: true, nullable: true })
  voter?: Ref<User> | null;

  /** The head of the roll it counts for. */
  @Property({ type: 'integer' })
  head!: number;

  @Enum({ items: () => BallotChoice, nativeEnumName: 'ballot_choice' })
  choice!: BallotChoice;

  @Enum({ items: () => BallotChannel, nativeEnumName: 'ballot_channel' })
  channel!: BallotChannel;

  /** The teller who recorded a paper or proxy ballot. */
  @ManyToOne('User', { ref: true, nullable: true })
  recordedBy?: Ref<User> | null;

  @Property({ type: 'datetime' })
  castAt!: Date;
}

/** 待办事项: what the meeting asked an organization to do, followed to the end. */
@Entity({ tableName: 'action_items' })
@Index({ properties: ['meeting'] })
@Index({ properties: ['assignee', 'status'] })
export class ActionItem {
  /** Optional in em.create (it has a default), typed as the enum itself (no Opt<> brand) so comparisons with it are checked. */
  [OptionalProps]?: 'status';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Meeting, { ref: true })
  meeting!: Ref<Meeting>;

  @ManyToOne('Community', { ref: true })
  community!: Ref<Community>;

  @ManyToOne(() => Resolution, { ref: true, nullable: true })
  resolution?: Ref<Resolution> | null;

  /** The matter it executes (from its resolution), if any. */
  @Index()
  @Property({ type: 'uuid', nullable: true })
  matterId?: string | null;

  @Property({ type: 'string', length: 200 })
  title!: string;

  @ManyToOne('Organization', { ref: true })
  assignee!: Ref<Organization>;

  @Property({ type: 'datetime', nullable: true })
  dueAt?: Date | null;

  @Enum({ items: () => ActionItemStatus, nativeEnumName: 'action_item_status' })
  status: ActionItemStatus = ActionItemStatus.OPEN;

  /** The shared issue that tracks it in the closed loop, when asked for. */
  @Property({ type: 'uuid', nullable: true })
  issueId?: string | null;

  @ManyToOne('User', { ref: true })
  createdBy!: Ref<User>;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  closedAt?: Date | null;
}

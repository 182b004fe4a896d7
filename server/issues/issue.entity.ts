import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Opt, type Ref } from '@mikro-orm/core';
import type { User } from '../accounts/index.js';
import type { Community, Organization, Building, Unit } from '../communities/index.js';

export enum IssueStatus {
  SUBMITTED = 'SUBMITTED',
  DISPATCHED = 'DISPATCHED',
  ACCEPTED = 'ACCEPTED',
  RETURNED = 'RETURNED',
  RESOLVED = 'RESOLVED',
  REOPENED = 'REOPENED',
  CLOSED = 'CLOSED',
  WITHDRAWN = 'WITHDRAWN',
  DUPLICATE = 'DUPLICATE',
}

export enum IssueCategory {
  ENVIRONMENT = 'ENVIRONMENT',
  FACILITY = 'FACILITY',
  PARKING = 'PARKING',
  SAFETY = 'SAFETY',
  NEIGHBOR_DISPUTE = 'NEIGHBOR_DISPUTE',
  PROPERTY_SERVICE = 'PROPERTY_SERVICE',
  ELDERLY_CARE = 'ELDERLY_CARE',
  OTHER = 'OTHER',
}

export enum IssuePriority {
  URGENT = 'URGENT',
  HIGH = 'HIGH',
  NORMAL = 'NORMAL',
  LOW = 'LOW',
}

export enum Visibility {
  PUBLIC = 'PUBLIC',
  PARTIES = 'PARTIES',
}

/** 议题 / 诉求 / 工单: one shared issue through the closed loop 点单 → 派单 → 接单 → 办结 → 评单. */
@Entity({ tableName: 'issues' })
@Unique({ properties: ['community', 'number'] })
@Index({ properties: ['community', 'status'] })
@Index({ properties: ['community', 'submittedAt'] })
// A window's partial days across a city's communities (regionStats' edges: today since midnight).
@Index({ properties: ['submittedAt'] })
@Index({ properties: ['assignee', 'status'] })
export class Issue {
  /** Optional in em.create (it has a default), typed as the enum itself (no Opt<> brand) so comparisons with it are checked. */
  [OptionalProps]?: 'status';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne('Community', { ref: true })
  community!: Ref<Community>;

  /** Human-readable, unique in the community: year and a per-community sequence, e.g. 2026-0042. */
  @Property({ type: 'string', length: 20 })
  number!: string;

  @Property({ type: 'string', length: 100 })
  title!: string;

  @Property({ type: 'text' })
  body!: string;

  @Enum({ items: () => IssueCategory, nativeEnumName: 'issue_category' })
  category!: IssueCategory;

  @Enum({ items: () => IssuePriority, nativeEnumName: 'issue_priority' })
  priority!: IssuePriority;

  @Enum({ items: () => Visibility, nativeEnumName: 'visibility' })
  visibility!: Visibility;

  @Property({ type: 'string', length: 200, nullable: true })
  location?: string | null;

  @ManyToOne('Building', { ref: true, nullable: true, deleteRule: 'restrict' })
  building?: Ref<Building> | null;

  @Enum({ items: () => IssueStatus, nativeEnumName: 'issue_status' })
  status: IssueStatus = IssueStatus.SUBMITTED;

  /** Who raised it (the resident, also when a grid worker submitted on their behalf). */
  @Index()
  @ManyToOne('User', { ref: true })
  reporter!: Ref<User>;

  /** The grid worker who submitted on the reporter's behalf (网格员代点单). */
  @ManyToOne('User', { ref: true, nullable: true })
  submittedBy?: Ref<User> | null;

  /** The reporter chose to show their name to everyone who may read it (by default only the parties see it). */
  @Property({ type: 'boolean', default: false })
  reporterNamed: Opt<boolean> = false;

  /**
   * 网格员代登记: a resident with no account, recorded by a grid worker (the reporter until the
   * resident claims it): their name, flat and a contact number only the parties see.
   */
  @Property({ type: 'string', length: 50, nullable: true })
  recordedName?: string | null;

  @ManyToOne('Unit', { ref: true, nullable: true, deleteRule: 'restrict' })
  recordedUnit?: Ref<Unit> | null;

  @Property({ type: 'string', length: 20, nullable: true })
  recordedPhone?: string | null;

  /** When the recorded resident, signed up with that phone and verified, made it theirs. */
  @Property({ type: 'datetime', nullable: true })
  claimedAt?: Date | null;

  /** The organization that must act now. */
  @ManyToOne('Organization', { ref: true, nullable: true })
  assignee?: Ref<Organization> | null;

  /** The desk that dispatches it: the community's center, or a higher one after escalation. */
  @ManyToOne('Organization', { ref: true, nullable: true })
  desk?: Ref<Organization> | null;

  /** Every organization that has had a hand in it: PARTIES issues are visible to their members. */
  @Property({ type: 'array', columnType: 'uuid[]', defaultRaw: `'{}'` })
  involvedOrgIds: Opt<string[]> = [];

  @Property({ type: 'datetime', nullable: true })
  acceptBy?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  resolveBy?: Date | null;

  @Property({ type: 'datetime' })
  submittedAt!: Date;

  /** The SLA clock starts here and never restarts (a return does not hide lateness). */
  @Property({ type: 'datetime', nullable: true })
  firstDispatchedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  dispatchedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  firstAcceptedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  acceptedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  firstResolvedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  resolvedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  closedAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  resolution?: string | null;

  @Property({ type: 'smallint', nullable: true })
  ratingScore?: number | null;

  @Property({ type: 'text', nullable: true })
  ratingComment?: string | null;

  @Property({ type: 'datetime', nullable: true })
  ratedAt?: Date | null;

  @Property({ type: 'integer', default: 0 })
  reopenCount: Opt<number> = 0;

  @ManyToOne(() => Issue, { ref: true, nullable: true })
  duplicateOf?: Ref<Issue> | null;

  @Property({ type: 'integer', default: 0 })
  supportCount: Opt<number> = 0;

  @Property({ type: 'integer', default: 0 })
  followerCount: Opt<number> = 0;

  /**
   * Character bigrams of number, title and body, for search in Chinese (no word breaks: 电梯
   * matches 小区电梯异响). A GIN index finds candidates; LIKE then checks the substring. Comments
   * are indexed in their own rows (IssueComment.searchGrams), never in the issue's.
   */
  @Index({ type: 'gin', name: 'issues_search_grams_index' })
  @Property({
    type: 'array',
    columnType: 'text[]',
    generated: `(gz_bigrams(lower(number || ' ' || title || ' ' || body))) stored`,
    lazy: true,
    hidden: true,
    nullable: true,
  })
  searchGrams?: Opt<string[]>;

  @Property({ version: true, type: 'integer' })
  version: Opt<number> = 1;
}

/** A comment in an issue's thread; internal ones are seen by the organizations involved only. */
@Entity({ tableName: 'issue_comments' })
@Index({ properties: ['issue', 'createdAt'] })
export class IssueComment {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Issue, { ref: true })
  issue!: Ref<Issue>;

  @ManyToOne('User', { ref: true })
  author!: Ref<User>;

  @Property({ type: 'text' })
  body!: string;

  @Property({ type: 'boolean', default: false })
  internal: Opt<boolean> = false;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  /**
   * What search reads of it: the body of a public comment while the thread's indexed text stays
   * within THREAD_INDEX_CHARS (cut at the cap); null for internal notes and past the cap.
   */
  @Property({ type: 'text', nullable: true, lazy: true, hidden: true })
  searchText?: string | null;

  /** Character bigrams of `searchText` (as Issue.searchGrams), GIN-indexed. */
  @Index({ type: 'gin', name: 'issue_comments_search_grams_index' })
  @Property({ type: 'array', columnType: 'text[]', generated: `(gz_bigrams(lower(search_text))) stored`, lazy: true, hidden: true, nullable: true })
  searchGrams?: Opt<string[]>;
}

/** 附议: a "+1" from a resident. One per person. */
@Entity({ tableName: 'issue_supports' })
export class IssueSupport {
  @ManyToOne(() => Issue, { primary: true, ref: true })
  issue!: Ref<Issue>;

  @ManyToOne('User', { primary: true, ref: true })
  user!: Ref<User>;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();
}

/** 关注: who follows the thread and is notified of its changes. */
@Entity({ tableName: 'issue_follows' })
@Index({ properties: ['user'] })
export class IssueFollow {
  @ManyToOne(() => Issue, { primary: true, ref: true })
  issue!: Ref<Issue>;

  @ManyToOne('User', { primary: true, ref: true })
  user!: Ref<User>;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();
}

/**
 * One dispatch of an issue to one organization, and how that organization answered: the basis
 * of the per-organization response, resolution and satisfaction rates.
 */
@Entity({ tableName: 'issue_assignments' })
@Index({ properties: ['organization', 'dispatchedAt'] })
@Index({ properties: ['issue'] })
export class IssueAssignment {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Issue, { ref: true })
  issue!: Ref<Issue>;

  @ManyToOne('Organization', { ref: true })
  organization!: Ref<Organization>;

  @Property({ type: 'datetime' })
  dispatchedAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  acceptBy?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  acceptedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  resolvedAt?: Date | null;

  /** RETURNED, ESCALATED, REOPENED, WITHDRAWN, DUPLICATE: how it left this organization, if it did. */
  @Property({ type: 'string', length: 20, nullable: true })
  endedAs?: string | null;
}

/** Every rating given (once per resolution): the satisfaction rate counts them all. */
@Entity({ tableName: 'issue_ratings' })
@Index({ properties: ['issue'] })
export class IssueRatingRecord {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Issue, { ref: true })
  issue!: Ref<Issue>;

  /** The organization that resolved what was rated. */
  @ManyToOne('Organization', { ref: true, nullable: true })
  organization?: Ref<Organization> | null;

  @Property({ type: 'smallint' })
  score!: number;

  @Property({ type: 'text', nullable: true })
  comment?: string | null;

  @Property({ type: 'datetime' })
  ratedAt!: Date;
}

import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Opt, type Ref } from '@mikro-orm/core';
import type { User } from '../accounts/index.js';
import type { Community, Organization } from '../communities/index.js';

export enum VolunteerTaskStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  FULL = 'FULL',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}

export enum ClaimStatus {
  CLAIMED = 'CLAIMED',
  WAITLISTED = 'WAITLISTED',
  CHECKED_IN = 'CHECKED_IN',
  COMPLETED = 'COMPLETED',
  WITHDRAWN = 'WITHDRAWN',
  NO_SHOW = 'NO_SHOW',
}

export enum HoursStatus {
  PENDING = 'PENDING',
  VERIFIED = 'VERIFIED',
  REJECTED = 'REJECTED',
}

/** 志愿者 / 下沉党员: a resident registered at a 红色驿站 (one station per person). */
@Entity({ tableName: 'volunteers' })
export class Volunteer {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne('User', { ref: true, unique: true })
  user!: Ref<User>;

  @Index()
  @ManyToOne('Organization', { ref: true })
  station!: Ref<Organization>;

  @ManyToOne('Community', { ref: true })
  community!: Ref<Community>;

  @Property({ type: 'boolean' })
  isPartyMember!: boolean;

  @Property({ type: 'array', columnType: 'text[]', defaultRaw: `'{}'` })
  skills: Opt<string[]> = [];

  /** Hours verified by coordinators (谁组织谁记录、谁记录谁证明). */
  @Property({ type: 'decimal', precision: 10, scale: 2, runtimeType: 'number', default: 0 })
  verifiedHours: Opt<number> = 0;

  @Property({ type: 'integer', default: 0 })
  points: Opt<number> = 0;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();
}

/**
 * 志愿服务任务. `claimedCount` and `waitlistCount` are kept by the claim steps under the task's row
 * lock, so they are exact and a slot is never given twice.
 */
@Entity({ tableName: 'volunteer_tasks' })
@Index({ properties: ['community', 'startsAt'] })
export class VolunteerTask {
  /** Optional in em.create (it has a default), typed as the enum itself (no Opt<> brand) so comparisons with it are checked. */
  [OptionalProps]?: 'status';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne('Organization', { ref: true })
  station!: Ref<Organization>;

  @ManyToOne('Community', { ref: true })
  community!: Ref<Community>;

  @Property({ type: 'string', length: 100 })
  title!: string;

  @Property({ type: 'text' })
  description!: string;

  @Property({ type: 'array', columnType: 'text[]', defaultRaw: `'{}'` })
  skills: Opt<string[]> = [];

  @Property({ type: 'string', length: 200, nullable: true })
  location?: string | null;

  @Property({ type: 'datetime' })
  startsAt!: Date;

  @Property({ type: 'datetime' })
  endsAt!: Date;

  @Property({ type: 'integer' })
  slots!: number;

  @Property({ type: 'integer', default: 0 })
  claimedCount: Opt<number> = 0;

  @Property({ type: 'integer', default: 0 })
  waitlistCount: Opt<number> = 0;

  /** DRAFT, OPEN, FULL or CANCELLED as stored; IN_PROGRESS and COMPLETED follow from the clock. */
  @Enum({ items: () => VolunteerTaskStatus, nativeEnumName: 'volunteer_task_status' })
  status: VolunteerTaskStatus = VolunteerTaskStatus.DRAFT;

  @Property({ type: 'uuid', nullable: true })
  sourceIssueId?: string | null;

  @Property({ type: 'uuid', nullable: true })
  sourceActionItemId?: string | null;

  @ManyToOne('User', { ref: true })
  createdBy!: Ref<User>;

  @Property({ type: 'text', nullable: true })
  cancelReason?: string | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  @Property({ version: true, type: 'integer' })
  version: Opt<number> = 1;
}

/** 认领 / 候补: one volunteer's claim on one task. At most one live claim per volunteer and task. */
@Entity({ tableName: 'task_claims' })
@Index({ properties: ['task', 'status', 'seq'] })
@Unique({
  name: 'task_claims_live_unique',
  expression: `create unique index "task_claims_live_unique" on "task_claims" ("task_id", "volunteer_id") where "status" in ('CLAIMED', 'WAITLISTED', 'CHECKED_IN', 'COMPLETED')`,
})
@Index({ properties: ['volunteer'] })
export class TaskClaim {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Claim order, from a database sequence: the waitlist is served first come, first served. */
  @Property({ type: 'bigint', defaultRaw: `nextval('task_claims_seq')`, nullable: false })
  seq?: Opt<string>;

  @ManyToOne(() => VolunteerTask, { ref: true })
  task!: Ref<VolunteerTask>;

  @ManyToOne(() => Volunteer, { ref: true })
  volunteer!: Ref<Volunteer>;

  @Enum({ items: () => ClaimStatus, nativeEnumName: 'claim_status' })
  status!: ClaimStatus;

  @Property({ type: 'datetime' })
  claimedAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  checkedInAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  checkedOutAt?: Date | null;

  @Property({ type: 'decimal', precision: 6, scale: 2, runtimeType: 'number', nullable: true })
  hours?: number | null;

  @Enum({ items: () => HoursStatus, nativeEnumName: 'hours_status', nullable: true })
  hoursStatus?: HoursStatus | null;

  @ManyToOne('User', { ref: true, nullable: true })
  verifiedBy?: Ref<User> | null;

  @Property({ type: 'datetime', nullable: true })
  verifiedAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  verifyNote?: string | null;
}

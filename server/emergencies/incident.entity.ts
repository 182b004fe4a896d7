import { randomUUID } from 'node:crypto';
import { ArrayType, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
// Other modules' entities by name, with type-only imports: this file loads no other module.
import type { User } from '../accounts/index.js';
import type { Building, Community, Organization, Unit } from '../communities/index.js';
import type { VolunteerTask } from '../volunteers/index.js';

/** 事件类别. */
export enum IncidentKind {
  /** 暴雨内涝 */
  RAINSTORM = 'RAINSTORM',
  /** 火灾 */
  FIRE = 'FIRE',
  /** 停水停电 */
  OUTAGE = 'OUTAGE',
  /** 燃气泄漏 */
  GAS_LEAK = 'GAS_LEAK',
  /** 公共卫生 */
  PUBLIC_HEALTH = 'PUBLIC_HEALTH',
  /** 其他 */
  OTHER = 'OTHER',
}

/** 响应级别: IV 一般 (the lowest) … I 特别重大 (the highest). */
export enum IncidentLevel {
  IV = 'IV',
  III = 'III',
  II = 'II',
  I = 'I',
}

/** Where an incident stands (incident.state.ts holds the machine). */
export enum IncidentStatus {
  /** 已发布: declared, everyone in the area alerted. */
  DECLARED = 'DECLARED',
  /** 处置中 */
  RESPONDING = 'RESPONDING',
  /** 恢复中 */
  RECOVERING = 'RECOVERING',
  /** 已结束 */
  CLOSED = 'CLOSED',
}

/** A resident's answer to an alert. */
export enum IncidentAnswer {
  /** 我安全 */
  SAFE = 'SAFE',
  /** 需要帮助: opens an urgent issue at the incident's desk. */
  NEED_HELP = 'NEED_HELP',
}

/** 重点人群 categories. */
export enum VulnerableCategory {
  /** 独居老人 */
  ELDERLY_ALONE = 'ELDERLY_ALONE',
  /** 残疾人 */
  DISABLED = 'DISABLED',
  /** 孕产妇 */
  PREGNANT = 'PREGNANT',
  /** 重病患者 */
  SERIOUSLY_ILL = 'SERIOUSLY_ILL',
}

/** Where one vulnerable resident stands in an incident's roll call. */
export enum RollCallStatus {
  /** 未联系上 */
  UNREACHED = 'UNREACHED',
  /** 已确认安全 */
  SAFE = 'SAFE',
  /** 已帮助 */
  HELPED = 'HELPED',
  /** 已转移 */
  MOVED = 'MOVED',
}

/**
 * 突发事件: declared by a governance center (its desk) for an area: whole communities
 * (`communityIds`, `buildingIds` empty) or buildings within one community.
 */
@Entity({ tableName: 'incidents' })
@Index({ properties: ['desk', 'declaredAt'] })
export class Incident {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The governance center that declared it and runs it (the incident desk). */
  @ManyToOne('Organization', { ref: true })
  desk!: Ref<Organization>;

  /** The first community of its area: where its events are recorded when one community is meant. */
  @ManyToOne('Community', { ref: true })
  community!: Ref<Community>;

  /** The communities of its area (at least one). */
  @Property({ type: 'array', columnType: 'uuid[]' })
  communityIds!: string[];

  /** Buildings of the one community its area is limited to; empty: the whole communities. */
  @Property({ type: 'array', columnType: 'uuid[]', defaultRaw: `'{}'` })
  buildingIds: Opt<string[]> = [];

  @Enum({ items: () => IncidentKind, nativeEnumName: 'incident_kind' })
  kind!: IncidentKind;

  @Enum({ items: () => IncidentLevel, nativeEnumName: 'incident_level' })
  level!: IncidentLevel;

  @Property({ type: 'string', length: 100 })
  title!: string;

  /** What residents are to do now (the latest; earlier ones are in the timeline). */
  @Property({ type: 'text' })
  instructions!: string;

  @Enum({ items: () => IncidentStatus, nativeEnumName: 'incident_status' })
  status: Opt<IncidentStatus> = IncidentStatus.DECLARED;

  /** The number of the latest alert (1 at declaration, one more per update): an alert is acknowledged when its `ackSeq` reaches it. */
  @Property({ type: 'integer', default: 1 })
  alertSeq: Opt<number> = 1;

  /** People alerted (the rows of `incident_alerts`). */
  @Property({ type: 'integer', default: 0 })
  alertedCount: Opt<number> = 0;

  @Property({ type: 'datetime' })
  declaredAt!: Date;

  @ManyToOne('User', { ref: true })
  declaredBy!: Ref<User>;

  @Property({ type: 'datetime', nullable: true })
  closedAt?: Date | null;

  /** Why the roll call was closed with someone unreached. */
  @Property({ type: 'text', nullable: true })
  closeNote?: string | null;

  /** 总结: the desk's after-action summary, written when closing or after. */
  @Property({ type: 'text', nullable: true })
  summary?: string | null;

  @Property({ type: 'datetime', nullable: true })
  summaryAt?: Date | null;

  @ManyToOne('User', { ref: true, nullable: true, deleteRule: 'set null' })
  summaryBy?: Ref<User> | null;
}

/** One entry of an incident's timeline: the declaration, an update, a change of status. */
@Entity({ tableName: 'incident_updates' })
@Index({ properties: ['incident', 'at'] })
export class IncidentUpdate {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Incident, { ref: true })
  incident!: Ref<Incident>;

  @Property({ type: 'datetime' })
  at!: Date;

  @ManyToOne('User', { ref: true })
  by!: Ref<User>;

  @Enum({ items: () => IncidentStatus, nativeEnumName: 'incident_status', nullable: true })
  statusBefore?: IncidentStatus | null;

  @Enum({ items: () => IncidentStatus, nativeEnumName: 'incident_status' })
  status!: IncidentStatus;

  @Property({ type: 'text' })
  note!: string;

  /** The alert it sent (the incident's `alertSeq` then). */
  @Property({ type: 'integer' })
  alertSeq!: number;
}

/** One person alerted of an incident, once (the primary key): their acknowledgement and answer. */
@Entity({ tableName: 'incident_alerts' })
@Index({ properties: ['user'] })
export class IncidentAlert {
  @ManyToOne(() => Incident, { primary: true, ref: true })
  incident!: Ref<Incident>;

  @ManyToOne('User', { primary: true, ref: true })
  user!: Ref<User>;

  @ManyToOne('Community', { ref: true })
  community!: Ref<Community>;

  /** Their building in the area (null: a member of an organization without a flat there). */
  @ManyToOne('Building', { ref: true, nullable: true })
  building?: Ref<Building> | null;

  @Property({ type: 'datetime' })
  alertedAt!: Date;

  /** The latest alert they acknowledged (0: none yet). */
  @Property({ type: 'integer', default: 0 })
  ackSeq: Opt<number> = 0;

  /** When they first acknowledged (已收到): what the figures count. */
  @Property({ type: 'datetime', nullable: true })
  firstAckAt?: Date | null;

  @Enum({ items: () => IncidentAnswer, nativeEnumName: 'incident_answer', nullable: true })
  answer?: IncidentAnswer | null;

  @Property({ type: 'datetime', nullable: true })
  answeredAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  note?: string | null;

  /** The urgent issue their "need help" opened at the desk. */
  @Property({ type: 'uuid', nullable: true })
  issueId?: string | null;
}

/**
 * 重点人群: a resident who needs a check in an emergency, kept by the residents' committee with
 * their consent and the minimum data: a name to call them by, where they live, a category, a phone.
 */
@Entity({ tableName: 'vulnerable_residents' })
@Index({ properties: ['community', 'building'] })
export class VulnerableResident {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne('Community', { ref: true })
  community!: Ref<Community>;

  @ManyToOne('Building', { ref: true })
  building!: Ref<Building>;

  @ManyToOne('Unit', { ref: true, nullable: true })
  unit?: Ref<Unit> | null;

  @Property({ type: 'string', length: 50 })
  name!: string;

  @Enum({ items: () => VulnerableCategory, nativeEnumName: 'vulnerable_category' })
  category!: VulnerableCategory;

  @Property({ type: 'string', length: 20, nullable: true })
  phone?: string | null;

  /** What a helper must know (uses a wheelchair…), no more. */
  @Property({ type: 'string', length: 200, nullable: true })
  note?: string | null;

  /** When they (or their guardian) consented, as recorded by a committee member. */
  @Property({ type: 'datetime' })
  consentAt!: Date;

  @ManyToOne('User', { ref: true })
  registeredBy!: Ref<User>;
}

/** One vulnerable resident in an incident's roll call (created at declaration for its area). */
@Entity({ tableName: 'incident_roll_calls' })
@Index({ properties: ['incident', 'status'] })
export class RollCallEntry {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Incident, { ref: true })
  incident!: Ref<Incident>;

  /** Null once the record was removed (consent withdrawn): the entry stays, anonymous, for the figures. */
  @ManyToOne(() => VulnerableResident, { ref: true, nullable: true, deleteRule: 'set null' })
  vulnerable?: Ref<VulnerableResident> | null;

  @ManyToOne('Community', { ref: true })
  community!: Ref<Community>;

  /** Who is assigned: the building's (the grid's once grids exist). */
  @ManyToOne('Building', { ref: true })
  building!: Ref<Building>;

  @Enum({ items: () => RollCallStatus, nativeEnumName: 'roll_call_status' })
  status: Opt<RollCallStatus> = RollCallStatus.UNREACHED;

  @Property({ type: 'datetime', nullable: true })
  reachedAt?: Date | null;

  @ManyToOne('User', { ref: true, nullable: true })
  reachedBy?: Ref<User> | null;

  @Property({ type: 'string', length: 200, nullable: true })
  note?: string | null;
}

/** A volunteer task posted from an incident (by its desk, through the volunteers module's own step). */
@Entity({ tableName: 'incident_tasks' })
@Index({ properties: ['incident'] })
export class IncidentTask {
  @ManyToOne('VolunteerTask', { primary: true, ref: true })
  task!: Ref<VolunteerTask>;

  @ManyToOne(() => Incident, { ref: true })
  incident!: Ref<Incident>;
}

/**
 * A closed incident's figures in one community of its area, kept when it closes (nothing changes
 * them after: no acknowledgement nor reach once CLOSED): what the city view sums per region,
 * instead of reading every alert. `emergencies.figures.ts` computes them.
 */
@Entity({ tableName: 'incident_figures' })
@Index({ properties: ['community'] })
export class IncidentCommunityFigures {
  @ManyToOne(() => Incident, { primary: true, ref: true })
  incident!: Ref<Incident>;

  @ManyToOne('Community', { primary: true, ref: true })
  community!: Ref<Community>;

  /** People alerted there. */
  @Property({ type: 'integer', default: 0 })
  alerted: Opt<number> = 0;

  /** Of those, who acknowledged at least once. */
  @Property({ type: 'integer', default: 0 })
  acknowledged: Opt<number> = 0;

  /** Entries of the roll call there. */
  @Property({ type: 'integer', default: 0 })
  vulnerable: Opt<number> = 0;

  /** Of those, reached within 60 minutes of the declaration. */
  @Property({ type: 'integer', default: 0, fieldName: 'reached_within60' })
  reachedWithin60: Opt<number> = 0;

  /** Of those, reached within 30 minutes. */
  @Property({ type: 'integer', default: 0, fieldName: 'reached_within30' })
  reachedWithin30: Opt<number> = 0;

  /** Seconds from the declaration to each first acknowledgement there (`ackSeconds`), for the time to 90% of a region. */
  @Property({ type: new ArrayType((i) => Number(i)), columnType: 'int[]', defaultRaw: `'{}'` })
  ackSeconds: Opt<number[]> = [];
}

import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique, type Opt, type Ref } from '@mikro-orm/core';
// Other modules' entities by name, with type-only imports: this file loads no other module.
import type { User } from '../accounts/index.js';
import type { Community, RegionLevel } from '../communities/index.js';

/** `RegionLevel`'s values (communities' enum, the same native type), listed so that nothing is loaded. */
const LEVELS = ['COMMUNITY', 'TOWNSHIP', 'COUNTY', 'CITY'];

/** Where a dispute stands (dispute.state.ts holds the machine). */
export enum DisputeStatus {
  /** 登记 */
  REGISTERED = 'REGISTERED',
  /** 受理 */
  ACCEPTED = 'ACCEPTED',
  /** 不予受理 (with a reason) */
  DECLINED = 'DECLINED',
  /** 调解中 */
  MEDIATING = 'MEDIATING',
  /** 调解成功 */
  AGREED = 'AGREED',
  /** 调解不成 */
  FAILED = 'FAILED',
  /** 引导诉讼·仲裁·信访 (with a reason) */
  REFERRED = 'REFERRED',
  /** 回访: the agreement was kept */
  FULFILLED = 'FULFILLED',
  /** 回访: the agreement was not kept */
  BREACHED = 'BREACHED',
}

export enum DisputeCategory {
  /** 邻里 */
  NEIGHBOR = 'NEIGHBOR',
  /** 物业服务 */
  PROPERTY_SERVICE = 'PROPERTY_SERVICE',
  /** 婚姻家庭 */
  MARRIAGE_FAMILY = 'MARRIAGE_FAMILY',
  /** 劳动报酬 */
  LABOR_PAY = 'LABOR_PAY',
  /** 土地山林 */
  LAND_FOREST = 'LAND_FOREST',
  /** 消费 */
  CONSUMER = 'CONSUMER',
  /** 其他 */
  OTHER = 'OTHER',
}

export enum DisputeSource {
  /** 排查: found by a grid worker or a mediator during screening. */
  SCREENING = 'SCREENING',
  /** 来访: a walk-in or online application by a party. */
  VISIT = 'VISIT',
  /** Converted from an issue (`convertIssueToDispute`). */
  ISSUE = 'ISSUE',
}

export enum DisputeRiskLevel {
  /** 一般 */
  GENERAL = 'GENERAL',
  /** 较大 */
  SERIOUS = 'SERIOUS',
  /** 重大 */
  MAJOR = 'MAJOR',
}

export enum DisputePartyRole {
  /** 申请人 */
  APPLICANT = 'APPLICANT',
  /** 被申请人 */
  RESPONDENT = 'RESPONDENT',
}

/**
 * A party's consent to mediation (人民调解法 第17条: mediation only where no party refuses; 第23条: a
 * party may accept or refuse mediation, or ask for it to end). Mediation starts once every party
 * consented; a refusal ends it.
 */
export enum PartyConsent {
  /** 待确认 */
  PENDING = 'PENDING',
  /** 同意调解 */
  CONSENTED = 'CONSENTED',
  /** 拒绝调解 (before mediation) or 要求终止调解 (during it) */
  REFUSED = 'REFUSED',
}

export enum DisputeReferral {
  /** 诉讼 */
  LITIGATION = 'LITIGATION',
  /** 仲裁 */
  ARBITRATION = 'ARBITRATION',
  /** 信访 */
  PETITION = 'PETITION',
}

/**
 * 矛盾纠纷: a dispute of a community, handled at a level (the community's mediation committee, or a
 * township, county or city governance center once escalated). Never public: disputePolicy.canSee.
 */
@Entity({ tableName: 'disputes' })
@Index({ properties: ['community', 'registeredAt'] })
@Unique({ properties: ['community', 'number'] })
export class Dispute {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne('Community', { ref: true })
  community!: Ref<Community>;

  /** `纠纷-<year>-<seq>`, numbered per community and year. */
  @Property({ type: 'string', length: 32 })
  number!: string;

  @Property({ type: 'string', length: 100 })
  title!: string;

  @Property({ type: 'text' })
  description!: string;

  @Enum({ items: () => DisputeCategory, nativeEnumName: 'dispute_category' })
  category!: DisputeCategory;

  @Enum({ items: () => DisputeSource, nativeEnumName: 'dispute_source' })
  source!: DisputeSource;

  @Enum({ items: () => DisputeRiskLevel, nativeEnumName: 'dispute_risk_level' })
  riskLevel!: DisputeRiskLevel;

  /** The level that handles it now; escalation moves it up. Where it was registered: `registeredLevel`. */
  @Enum({ items: LEVELS, nativeEnumName: 'region_level' })
  handlingLevel!: RegionLevel;

  @Enum({ items: LEVELS, nativeEnumName: 'region_level' })
  registeredLevel!: RegionLevel;

  @Enum({ items: () => DisputeStatus, nativeEnumName: 'dispute_status' })
  status: Opt<DisputeStatus> = DisputeStatus.REGISTERED;

  /** The screening round it was found in (排查), when registered from one. */
  @Property({ type: 'uuid', nullable: true })
  screeningRoundId?: string | null;

  /** The issue it was converted from (one dispute per issue). */
  @Property({ type: 'uuid', nullable: true, unique: 'disputes_issue_id_unique' })
  issueId?: string | null;

  @ManyToOne('User', { ref: true })
  registeredBy!: Ref<User>;

  @Property({ type: 'datetime' })
  registeredAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  acceptedAt?: Date | null;

  /** When mediation at the handling level must be done: acceptance (or the last escalation) + MEDIATION_DAYS. */
  @Property({ type: 'datetime', nullable: true })
  mediationDeadline?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  mediationStartedAt?: Date | null;

  /** When its mediation's outcome (AGREED or FAILED) was recorded; kept through referral and follow-up (the figures count by it). */
  @Property({ type: 'datetime', nullable: true })
  outcomeAt?: Date | null;

  /** When it reached DECLINED, AGREED, FAILED or REFERRED. */
  @Property({ type: 'datetime', nullable: true })
  closedAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  declineReason?: string | null;

  /** What the mediation came to (AGREED or FAILED): the mediator's summary. */
  @Property({ type: 'text', nullable: true })
  outcomeNote?: string | null;

  @Enum({ items: () => DisputeReferral, nativeEnumName: 'dispute_referral', nullable: true })
  referredTo?: DisputeReferral | null;

  @Property({ type: 'text', nullable: true })
  referralReason?: string | null;

  @Property({ type: 'datetime', nullable: true })
  followedUpAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  followUpNote?: string | null;

  @Property({ type: 'integer', default: 0 })
  escalationCount: Opt<number> = 0;

  @Property({ type: 'text', nullable: true })
  lastEscalationReason?: string | null;

  @Property({ version: true, type: 'integer' })
  version: Opt<number> = 1;
}

/**
 * 当事人: an applicant or a respondent. Either a user (by account: they see the dispute) or an
 * outsider recorded by name (and a phone, when given): seen only by those who handle it.
 */
@Entity({ tableName: 'dispute_parties' })
@Index({ properties: ['dispute'] })
@Index({ properties: ['user'] })
export class DisputeParty {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Dispute, { ref: true })
  dispute!: Ref<Dispute>;

  @Enum({ items: () => DisputePartyRole, nativeEnumName: 'dispute_party_role' })
  role!: DisputePartyRole;

  @ManyToOne('User', { ref: true, nullable: true })
  user?: Ref<User> | null;

  /** An outsider's name; null for a user (their account's name is shown). */
  @Property({ type: 'string', length: 50, nullable: true })
  name?: string | null;

  @Property({ type: 'string', length: 20, nullable: true })
  phone?: string | null;

  /** The order the parties were given in. */
  @Property({ type: 'integer' })
  position!: number;

  /** Whether they consented to mediation: in the app by their own account, or recorded by a mediator. */
  @Enum({ items: () => PartyConsent, nativeEnumName: 'dispute_party_consent', default: PartyConsent.PENDING })
  consent: Opt<PartyConsent> = PartyConsent.PENDING;

  /** When they consented or refused. */
  @Property({ type: 'datetime', nullable: true })
  consentAt?: Date | null;

  /** Who recorded it: the party themself, or the mediator who heard it. */
  @ManyToOne('User', { ref: true, nullable: true, deleteRule: 'set null' })
  consentRecordedBy?: Ref<User> | null;
}

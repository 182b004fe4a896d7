import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import type { User } from '../accounts/index.js';
import type { Community } from '../communities/index.js';
import type { Resolution } from '../meetings/index.js';

export enum CovenantKind {
  RESIDENTS_CONVENTION = 'RESIDENTS_CONVENTION',
  PROPERTY_RULES = 'PROPERTY_RULES',
  VILLAGE_RULES = 'VILLAGE_RULES',
  PROCEDURE_RULES = 'PROCEDURE_RULES',
}

export enum CovenantVersionStatus {
  DRAFT = 'DRAFT',
  PUBLIC_COMMENT = 'PUBLIC_COMMENT',
  LEGAL_REVIEW = 'LEGAL_REVIEW',
  VOTING = 'VOTING',
  ADOPTED = 'ADOPTED',
  FILED = 'FILED',
  SUPERSEDED = 'SUPERSEDED',
  REJECTED = 'REJECTED',
  REPEALED = 'REPEALED',
}

/** Why a version was REJECTED. */
export enum CovenantRejection {
  LEGAL_REVIEW = 'LEGAL_REVIEW',
  VOTE_FAILED = 'VOTE_FAILED',
  NO_QUORUM = 'NO_QUORUM',
  CONTENT_CHANGED = 'CONTENT_CHANGED',
}

/** One 条款 as stored: numbered 1…n in the order given. */
export interface ArticleRecord {
  number: number;
  title: string | null;
  text: string;
}

/** 公约: a covenant of a community; its text lives in its versions. */
@Entity({ tableName: 'covenants' })
@Index({ properties: ['community', 'createdAt'] })
export class Covenant {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne('Community', { ref: true })
  community!: Ref<Community>;

  @Enum({ items: () => CovenantKind, nativeEnumName: 'covenant_kind' })
  kind!: CovenantKind;

  @Property({ type: 'string', length: 100 })
  title!: string;

  @ManyToOne('User', { ref: true })
  createdBy!: Ref<User>;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}

/**
 * 版本: one text of a covenant and where it stands. Articles are written once, when the version is
 * made, and never changed (a change is a new version); `contentHash` is their SHA-256, and the
 * resolution that adopts the version is bound to it. At most one version of a covenant is in
 * progress (DRAFT … VOTING) and at most one is in force (ADOPTED or FILED): partial unique indexes
 * hold both.
 */
@Entity({ tableName: 'covenant_versions' })
@Unique({ properties: ['covenant', 'number'] })
@Unique({
  name: 'covenant_versions_one_in_progress',
  expression: `create unique index "covenant_versions_one_in_progress" on "covenant_versions" ("covenant_id") where "status" in ('DRAFT', 'PUBLIC_COMMENT', 'LEGAL_REVIEW', 'VOTING')`,
})
@Unique({
  name: 'covenant_versions_one_in_force',
  expression: `create unique index "covenant_versions_one_in_force" on "covenant_versions" ("covenant_id") where "status" in ('ADOPTED', 'FILED')`,
})
export class CovenantVersion {
  /** Optional in em.create (it has a default), typed as the enum itself (no Opt<> brand) so comparisons with it are checked. */
  [OptionalProps]?: 'status';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Covenant, { ref: true })
  covenant!: Ref<Covenant>;

  /** 1, 2, … per covenant. */
  @Property({ type: 'integer' })
  number!: number;

  @Enum({ items: () => CovenantVersionStatus, nativeEnumName: 'covenant_version_status' })
  status: CovenantVersionStatus = CovenantVersionStatus.DRAFT;

  @Property({ type: 'json' })
  articles!: ArticleRecord[];

  /** SHA-256 (hex) of the canonical serialization of the articles, computed when they were written. */
  @Property({ type: 'string', length: 64 })
  contentHash!: string;

  @Property({ type: 'text', nullable: true })
  changeSummary?: string | null;

  @ManyToOne('User', { ref: true })
  createdBy!: Ref<User>;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  /** 征求意见 until this moment. */
  @Property({ type: 'datetime', nullable: true })
  commentsOpenUntil?: Date | null;

  /** The 合法性审查: null until recorded; true keeps the version in LEGAL_REVIEW, ready for the vote. */
  @Property({ type: 'boolean', nullable: true })
  reviewApproved?: boolean | null;

  @Property({ type: 'text', nullable: true })
  reviewNote?: string | null;

  @ManyToOne('User', { ref: true, nullable: true })
  reviewedBy?: Ref<User> | null;

  @Property({ type: 'datetime', nullable: true })
  reviewedAt?: Date | null;

  /** The resolution it was (last) put to the vote by. */
  @Index()
  @ManyToOne('Resolution', { ref: true, nullable: true })
  resolution?: Ref<Resolution> | null;

  @Property({ type: 'datetime', nullable: true })
  adoptedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  filedAt?: Date | null;

  /** 备案 reference given by the filing authority. */
  @Property({ type: 'string', length: 100, nullable: true })
  filingReference?: string | null;

  @Property({ type: 'datetime', nullable: true })
  rejectedAt?: Date | null;

  @Enum({ items: () => CovenantRejection, nativeEnumName: 'covenant_rejection', nullable: true })
  rejection?: CovenantRejection | null;

  @Property({ type: 'datetime', nullable: true })
  supersededAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  repealedAt?: Date | null;

  /** The PASSED resolution that repealed it. */
  @Index()
  @ManyToOne('Resolution', { ref: true, nullable: true })
  repealResolution?: Ref<Resolution> | null;
}

/** A resident's comment during 征求意见, on the whole text or one article. */
@Entity({ tableName: 'covenant_comments' })
@Index({ properties: ['version', 'createdAt'] })
export class CovenantComment {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => CovenantVersion, { ref: true })
  version!: Ref<CovenantVersion>;

  @ManyToOne('User', { ref: true })
  author!: Ref<User>;

  @Property({ type: 'integer', nullable: true })
  articleNumber?: number | null;

  @Property({ type: 'text' })
  body!: string;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}

/** 签署 / 知晓确认: one per person and version; the (version, user) key makes a second impossible. */
@Entity({ tableName: 'covenant_acknowledgements' })
export class CovenantAcknowledgement {
  @ManyToOne(() => CovenantVersion, { ref: true, primary: true })
  version!: Ref<CovenantVersion>;

  @ManyToOne('User', { ref: true, primary: true })
  user!: Ref<User>;

  @Property({ type: 'datetime' })
  acknowledgedAt!: Date;
}

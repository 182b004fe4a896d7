import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
// Other modules' entities by name, with type-only imports: this file loads no other module.
import type { User } from '../accounts/index.js';
import type { Community } from '../communities/index.js';
import type { Matter } from '../meetings/index.js';

/** Where a proposal stands (proposal.state.ts holds the machine). */
export enum ProposalStatus {
  /** 征集联名: collecting supporters. */
  OPEN = 'OPEN',
  /** 待议事: the threshold was reached; on the party organization's 议事 list. */
  SUBMITTED = 'SUBMITTED',
  /** 已立项: accepted as a matter (`Proposal.matter`), which then goes 议事 → 定事 → 理事 → 监事. */
  ACCEPTED = 'ACCEPTED',
  /** 不予立项: declined with a public reason. */
  DECLINED = 'DECLINED',
  /** 撤回: the proposer withdrew it while it was collecting supporters. */
  WITHDRAWN = 'WITHDRAWN',
}

/** How a community's threshold is set: a number of supporters, or a percentage of its households. */
export enum ProposalThresholdMode {
  COUNT = 'COUNT',
  PERCENT = 'PERCENT',
}

/** 民事民议: a verified resident's proposal of a matter for their community. */
@Entity({ tableName: 'proposals' })
@Index({ properties: ['community', 'createdAt'] })
@Index({ properties: ['community', 'status'] })
export class Proposal {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne('Community', { ref: true })
  community!: Ref<Community>;

  @ManyToOne('User', { ref: true })
  proposer!: Ref<User>;

  @Property({ type: 'string', length: 100 })
  title!: string;

  @Property({ type: 'text' })
  body!: string;

  @Enum({ items: () => ProposalStatus, nativeEnumName: 'proposal_status' })
  status: Opt<ProposalStatus> = ProposalStatus.OPEN;

  /** Supporters (联名), the proposer not among them: the rows of `proposal_supports`, counted under the proposal's lock. */
  @Property({ type: 'integer', default: 0 })
  supportCount: Opt<number> = 0;

  @Property({ type: 'integer', default: 0 })
  followerCount: Opt<number> = 0;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  /** When it reached its threshold and went to the 议事 list. */
  @Property({ type: 'datetime', nullable: true })
  submittedAt?: Date | null;

  /** The threshold it reached (supporters needed then). */
  @Property({ type: 'integer', nullable: true })
  submittedThreshold?: number | null;

  /** Accepted or declined: when and by whom (a member of the party organization). */
  @Property({ type: 'datetime', nullable: true })
  decidedAt?: Date | null;

  @ManyToOne('User', { ref: true, nullable: true })
  decidedBy?: Ref<User> | null;

  /** Why it was declined: public, to the whole community. */
  @Property({ type: 'text', nullable: true })
  declineReason?: string | null;

  /** The matter it became when accepted (the matter points back: `Matter.proposalId`). */
  @ManyToOne('Matter', { ref: true, nullable: true })
  matter?: Ref<Matter> | null;
}

/** 联名: one person's support of a proposal, once (the primary key). */
@Entity({ tableName: 'proposal_supports' })
@Index({ properties: ['user'] })
export class ProposalSupport {
  @ManyToOne(() => Proposal, { primary: true, ref: true })
  proposal!: Ref<Proposal>;

  @ManyToOne('User', { primary: true, ref: true })
  user!: Ref<User>;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}

/** 关注: who follows the thread and is told of its changes. */
@Entity({ tableName: 'proposal_follows' })
@Index({ properties: ['user'] })
export class ProposalFollow {
  @ManyToOne(() => Proposal, { primary: true, ref: true })
  proposal!: Ref<Proposal>;

  @ManyToOne('User', { primary: true, ref: true })
  user!: Ref<User>;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();
}

/** A comment in a proposal's thread (public to the community). */
@Entity({ tableName: 'proposal_comments' })
@Index({ properties: ['proposal', 'createdAt'] })
export class ProposalComment {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Proposal, { ref: true })
  proposal!: Ref<Proposal>;

  @ManyToOne('User', { ref: true })
  author!: Ref<User>;

  @Property({ type: 'text' })
  body!: string;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}

/**
 * A community's threshold: COUNT (`value` supporters) or PERCENT (`value`% of its households,
 * rounded up). No row: COUNT 10 (`DEFAULT_THRESHOLD`). One row per community, updated in place.
 */
@Entity({ tableName: 'community_proposal_settings' })
export class ProposalSettings {
  @PrimaryKey({ type: 'uuid' })
  communityId!: string;

  @Enum({ items: () => ProposalThresholdMode, nativeEnumName: 'proposal_threshold_mode' })
  mode!: ProposalThresholdMode;

  @Property({ type: 'integer' })
  value!: number;

  @ManyToOne('User', { ref: true })
  updatedBy!: Ref<User>;

  @Property({ type: 'datetime' })
  updatedAt!: Date;
}

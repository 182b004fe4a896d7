import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
import type { User } from '../accounts/index.js';
import type { Community } from '../communities/index.js';
import { Resolution } from './meeting.entity.js';

export enum MatterStage {
  DELIBERATION = 'DELIBERATION',
  DECISION = 'DECISION',
  EXECUTION = 'EXECUTION',
  SUPERVISION = 'SUPERVISION',
  CLOSED = 'CLOSED',
  REJECTED = 'REJECTED',
}

export enum SupervisionRating {
  SATISFACTORY = 'SATISFACTORY',
  NEEDS_IMPROVEMENT = 'NEEDS_IMPROVEMENT',
  UNSATISFACTORY = 'UNSATISFACTORY',
}

/** 事项: one matter carried through the four councils (议事 → 定事 → 理事 → 监事). */
@Entity({ tableName: 'matters' })
@Index({ properties: ['community', 'stage'] })
export class Matter {
  /** Optional in em.create (it has a default), typed as the enum itself (no Opt<> brand) so comparisons with it are checked. */
  [OptionalProps]?: 'stage';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne('Community', { ref: true })
  community!: Ref<Community>;

  @Property({ type: 'string', length: 100 })
  title!: string;

  @Property({ type: 'text' })
  description!: string;

  @Enum({ items: () => MatterStage, nativeEnumName: 'matter_stage' })
  stage: MatterStage = MatterStage.DELIBERATION;

  @Property({ type: 'array', columnType: 'uuid[]', defaultRaw: `'{}'` })
  sourceIssueIds: Opt<string[]> = [];

  /** The PASSED resolution it is executed under (定事). */
  @ManyToOne(() => Resolution, { ref: true, nullable: true })
  resolution?: Ref<Resolution> | null;

  @ManyToOne('User', { ref: true })
  proposedBy!: Ref<User>;

  /** The residents' proposal it was accepted from (民事民议, server/proposals), which points back (`Proposal.matter`). */
  @Property({ type: 'uuid', nullable: true })
  proposalId?: string | null;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime' })
  stageChangedAt!: Date;
}

/** 监督记录: the supervisory committee's finding on a matter's execution. */
@Entity({ tableName: 'supervision_records' })
@Index({ properties: ['matter', 'createdAt'] })
export class SupervisionRecord {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Matter, { ref: true })
  matter!: Ref<Matter>;

  @ManyToOne('User', { ref: true })
  author!: Ref<User>;

  @Property({ type: 'text' })
  finding!: string;

  @Enum({ items: () => SupervisionRating, nativeEnumName: 'supervision_rating' })
  rating!: SupervisionRating;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}

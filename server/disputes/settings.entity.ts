import { Entity, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
// Other modules' entities by name, with type-only imports: this file loads no other module.
import type { User } from '../accounts/index.js';

/**
 * A community's dispute settings: how many days mediation has after acceptance (or escalation).
 * No row: the default (`MEDIATION_DAYS`). One row per community, updated in place.
 */
@Entity({ tableName: 'community_dispute_settings' })
export class DisputeSettings {
  @PrimaryKey({ type: 'uuid' })
  communityId!: string;

  /** 1 to 90 (a check constraint too). */
  @Property({ type: 'integer' })
  mediationDays!: number;

  @ManyToOne('User', { ref: true })
  updatedBy!: Ref<User>;

  @Property({ type: 'datetime' })
  updatedAt!: Date;
}

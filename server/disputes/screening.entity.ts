import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
// Other modules' entities by name, with type-only imports: this file loads no other module.
import type { User } from '../accounts/index.js';
import type { Community } from '../communities/index.js';

/**
 * 排查: a round a grid worker or a mediator made over buildings of the community, looking for
 * disputes. What it found: the disputes registered from it (`Dispute.screeningRound`), or nothing
 * (`nothingFound`, and then none can be registered from it).
 */
@Entity({ tableName: 'screening_rounds' })
@Index({ properties: ['community', 'heldAt'] })
export class ScreeningRound {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne('Community', { ref: true })
  community!: Ref<Community>;

  @Property({ type: 'datetime' })
  heldAt!: Date;

  /** The buildings it went over (buildings of the community); also rows of `screening_round_buildings` for the coverage. */
  @Property({ type: 'array', columnType: 'uuid[]', defaultRaw: `'{}'` })
  buildingIds: string[] = [];

  /** "未发现矛盾纠纷": the round found nothing. */
  @Property({ type: 'boolean' })
  nothingFound!: boolean;

  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @ManyToOne('User', { ref: true })
  recordedBy!: Ref<User>;

  @Property({ type: 'datetime' })
  recordedAt!: Date;
}

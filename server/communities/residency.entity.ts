import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref, type Opt } from '@mikro-orm/core';
import type { User } from '../accounts/index.js';
import { Community } from './community.entity.js';
import { Unit } from './unit.entity.js';

export enum ResidencyKind {
  OWNER = 'OWNER',
  TENANT = 'TENANT',
}

/** Where a request to be recognised as a resident stands: derived from `verified` and `declinedAt`. */
export enum ResidencyStatus {
  PENDING = 'PENDING',
  VERIFIED = 'VERIFIED',
  DECLINED = 'DECLINED',
}

export function residencyStatusOf(r: { verified: boolean; declinedAt?: Date | null }): ResidencyStatus {
  if (r.verified) return ResidencyStatus.VERIFIED;
  return r.declinedAt ? ResidencyStatus.DECLINED : ResidencyStatus.PENDING;
}

/**
 * A person's claim to live in a community (in a flat, when given). The residents' committee
 * verifies it; until then the person sees only what concerns them.
 */
@Entity({ tableName: 'residencies' })
@Index({ properties: ['community', 'verified'] })
export class Residency {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne('User', { ref: true })
  user!: Ref<User>;

  @ManyToOne(() => Community, { ref: true })
  community!: Ref<Community>;

  @Index()
  @ManyToOne(() => Unit, { ref: true, nullable: true, deleteRule: 'restrict' })
  unit?: Ref<Unit> | null;

  @Enum({ items: () => ResidencyKind, nativeEnumName: 'residency_kind' })
  kind!: ResidencyKind;

  @Property({ type: 'boolean', default: false })
  verified: Opt<boolean> = false;

  @Property({ type: 'datetime', nullable: true })
  verifiedAt?: Date | null;

  @ManyToOne('User', { ref: true, nullable: true })
  verifiedBy?: Ref<User> | null;

  /** Declined by the residents' committee (with a reason): no tie to the community; the person may ask again. */
  @Property({ type: 'datetime', nullable: true })
  declinedAt?: Date | null;

  @ManyToOne('User', { ref: true, nullable: true })
  declinedBy?: Ref<User> | null;

  @Property({ type: 'text', nullable: true })
  declineReason?: string | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();
}

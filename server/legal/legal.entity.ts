import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
// Other modules' entities by name, with type-only imports: this file loads no other module.
import type { User } from '../accounts/index.js';
import type { Community } from '../communities/index.js';

/** 一社区一民警一律师: the two seats of public legal services a community's residents see. */
export enum LegalSeatRole {
  /** 社区民警 */
  POLICE_OFFICER = 'POLICE_OFFICER',
  /** 法律顾问 / 律师 */
  LEGAL_ADVISER = 'LEGAL_ADVISER',
}

/**
 * A seat of public legal services in a community: its police officer or its legal adviser. Held by
 * a person (by account), appointed by the community's administrators; what the directory shows
 * (`Community.legalSeats`): the name, the office hours as written, an introduction and how to
 * reach them in the app — never a phone number. One person holds a role in a community once.
 */
@Entity({ tableName: 'legal_seats' })
@Unique({ properties: ['community', 'role', 'user'] })
@Index({ properties: ['user'] })
export class LegalSeat {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne('Community', { ref: true })
  community!: Ref<Community>;

  @Enum({ items: () => LegalSeatRole, nativeEnumName: 'legal_seat_role' })
  role!: LegalSeatRole;

  @ManyToOne('User', { ref: true })
  user!: Ref<User>;

  /** 每周四 14:00–17:00, as written by the seat or the community's administrators. */
  @Property({ type: 'string', length: 200, nullable: true })
  officeHours?: string | null;

  @Property({ type: 'string', length: 500, nullable: true })
  intro?: string | null;

  @ManyToOne('User', { ref: true })
  appointedBy!: Ref<User>;

  @Property({ type: 'datetime' })
  appointedAt!: Date;
}

import { randomUUID } from 'node:crypto';
import { Collection, Entity, Index, OneToMany, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import type { Membership, Residency } from '../communities/index.js';

/** A person with an account. The phone number is the sign-in name and never leaves the server. */
@Entity({ tableName: 'users' })
export class User {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 20, unique: true })
  phone!: string;

  @Property({ type: 'string', length: 50 })
  name!: string;

  @Property({ type: 'text', lazy: true, hidden: true })
  passwordHash!: string;

  @Property({ type: 'boolean', default: false })
  isPlatformAdmin: Opt<boolean> = false;

  /** When the person agreed to the privacy notice (个人信息保护法 art. 14), and to which version. */
  @Property({ type: 'datetime', nullable: true })
  privacyConsentAt?: Date | null;

  @Property({ type: 'string', length: 20, nullable: true })
  privacyNoticeVersion?: string | null;

  @Index()
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  @OneToMany('Membership', (m: Membership) => m.user)
  memberships = new Collection<Membership>(this);

  @OneToMany('Residency', (r: Residency) => r.user)
  residencies = new Collection<Residency>(this);
}

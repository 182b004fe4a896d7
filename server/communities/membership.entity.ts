import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique, type Ref, type Opt } from '@mikro-orm/core';
import type { User } from '../accounts/index.js';
import { Organization } from './organization.entity.js';

export enum MemberRole {
  CHAIR = 'CHAIR',
  MEMBER = 'MEMBER',
  STAFF = 'STAFF',
  GRID_WORKER = 'GRID_WORKER',
  COORDINATOR = 'COORDINATOR',
}

/** A person's seat in an organization. One per person and organization. */
@Entity({ tableName: 'memberships' })
@Unique({ properties: ['organization', 'user'] })
export class Membership {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne('User', { ref: true })
  user!: Ref<User>;

  @ManyToOne(() => Organization, { ref: true })
  organization!: Ref<Organization>;

  @Enum({ items: () => MemberRole, nativeEnumName: 'member_role' })
  role!: MemberRole;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();
}

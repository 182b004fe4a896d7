import { Entity, Index, ManyToOne, PrimaryKey, Property, type Ref, type Opt } from '@mikro-orm/core';
import type { User } from '../accounts/index.js';
import { DomainEvent } from './domain-event.entity.js';

/** One event told to one user. Ordered like events: (xid, id), read below the watermark. */
@Entity({ tableName: 'notifications' })
@Index({ properties: ['user', 'xid', 'id'] })
export class Notification {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  /** Set by the database: the id of the writing transaction. */
  @Property({ type: 'bigint', defaultRaw: `(pg_current_xact_id()::text)::bigint` })
  xid?: string;

  @ManyToOne('User', { ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @ManyToOne(() => DomainEvent, { ref: true, deleteRule: 'cascade' })
  event!: Ref<DomainEvent>;

  @Property({ type: 'string', length: 200 })
  title!: string;

  @Property({ type: 'datetime', nullable: true })
  readAt?: Date | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();
}

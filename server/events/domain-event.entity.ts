import { Entity, Index, ManyToOne, PrimaryKey, Property, type Ref, type Opt } from '@mikro-orm/core';
import type { User } from '../accounts/index.js';
import type { Community } from '../communities/index.js';

/**
 * One change, written in the transaction that made it: the stream, the audit trail and the source
 * of notifications. `xid` is the writing transaction's id (set by the database); readers order by
 * (xid, id) and read only below the oldest running transaction, so a cursor never passes an event
 * that commits late.
 */
@Entity({ tableName: 'domain_events' })
@Index({ properties: ['community', 'xid', 'id'] })
@Index({ properties: ['subjectId', 'xid', 'id'] })
export class DomainEvent {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  /** Set by the database: the id of the writing transaction. */
  @Property({ type: 'bigint', defaultRaw: `(pg_current_xact_id()::text)::bigint` })
  xid?: string;

  /** `<subject>.<pastTense>`, one of the typed catalogue (events.catalog.ts). */
  @Property({ type: 'string', length: 60 })
  type!: string;

  @ManyToOne('Community', { ref: true })
  community!: Ref<Community>;

  /** GraphQL type name of the subject, for `node`-style resolution. */
  @Property({ type: 'string', length: 40, nullable: true })
  subjectType?: string | null;

  @Property({ type: 'string', length: 64, nullable: true })
  subjectId?: string | null;

  @ManyToOne('User', { ref: true, nullable: true })
  actor?: Ref<User> | null;

  @Property({ type: 'jsonb' })
  data: Opt<Record<string, unknown>> = {};

  /** Everyone in the community may see it. */
  @Property({ type: 'boolean', default: false })
  audiencePublic: Opt<boolean> = false;

  /** Members of these organizations may see it. */
  @Property({ type: 'array', columnType: 'uuid[]', defaultRaw: `'{}'` })
  audienceOrgIds: Opt<string[]> = [];

  /** These users may see it. */
  @Property({ type: 'array', columnType: 'uuid[]', defaultRaw: `'{}'` })
  audienceUserIds: Opt<string[]> = [];

  /** Only those named above: a platform admin does not see it by being one. */
  @Property({ type: 'boolean', default: false })
  audiencePrivate: Opt<boolean> = false;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  occurredAt: Opt<Date> = new Date();
}

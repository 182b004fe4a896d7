import { Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';

/** Remembers what a create with an `idempotencyKey` returned, per user and operation. */
@Entity({ tableName: 'idempotency_keys' })
export class IdempotencyKey {
  @PrimaryKey({ type: 'uuid' })
  userId!: string;

  @PrimaryKey({ type: 'string', length: 40 })
  operation!: string;

  @PrimaryKey({ type: 'string', length: 100 })
  key!: string;

  @Property({ type: 'string', length: 64 })
  resultId!: string;

  /** SHA-256 (hex) of the first request's payload (`payloadHash`): the key answers only that payload. */
  @Property({ type: 'string', length: 64, nullable: true })
  payloadHash?: string | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();
}

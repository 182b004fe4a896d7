import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
import { User } from './user.entity.js';
import type { Community } from '../communities/index.js';

/**
 * A one-time password reset code that a residents' committee member issued to a resident in
 * person. Only its argon2id hash is kept; it is short-lived, used once, and burnt after a few
 * wrong guesses. Issuing another one for the same person ends the earlier one.
 */
@Entity({ tableName: 'password_reset_codes' })
@Index({ properties: ['user', 'expiresAt'] })
export class PasswordResetCode {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  /** The community whose committee issued it: where its events are recorded. */
  @ManyToOne('Community', { ref: true })
  community!: Ref<Community>;

  @ManyToOne(() => User, { ref: true })
  issuedBy!: Ref<User>;

  @Property({ type: 'text' })
  codeHash!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  usedAt?: Date | null;

  @Property({ type: 'int', default: 0 })
  failedAttempts: Opt<number> = 0;
}

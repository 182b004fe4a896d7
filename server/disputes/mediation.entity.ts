import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
// Other modules' entities by name, with type-only imports: this file loads no other module.
import type { User } from '../accounts/index.js';
import { Dispute } from './dispute.entity.js';

/** In what capacity someone from another organization takes part in a session. */
export enum SessionInviteeRole {
  /** 律师 / 法律顾问 */
  LAWYER = 'LAWYER',
  /** 心理咨询师 */
  PSYCHOLOGIST = 'PSYCHOLOGIST',
  /** 其他 (a specialist, a representative of a work unit, …) */
  OTHER = 'OTHER',
}

/**
 * 调解会: one session of a dispute's mediation, recorded while it is MEDIATING: when and where,
 * the mediators present (those who act at its handling level), the parties present, the people
 * invited from another organization, and the record (调解笔录).
 */
@Entity({ tableName: 'mediation_sessions' })
@Index({ properties: ['dispute', 'heldAt'] })
export class MediationSession {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Dispute, { ref: true })
  dispute!: Ref<Dispute>;

  @Property({ type: 'datetime' })
  heldAt!: Date;

  @Property({ type: 'string', length: 200 })
  place!: string;

  /** The users who mediated (members of the organization at the handling level when recorded). */
  @Property({ type: 'array', columnType: 'uuid[]', defaultRaw: `'{}'` })
  mediatorIds: string[] = [];

  /** The `DisputeParty` ids of the parties present. */
  @Property({ type: 'array', columnType: 'uuid[]', defaultRaw: `'{}'` })
  partyIds: string[] = [];

  /** 调解笔录 */
  @Property({ type: 'text' })
  record!: string;

  @ManyToOne('User', { ref: true })
  recordedBy!: Ref<User>;

  @Property({ type: 'datetime' })
  recordedAt!: Date;
}

/**
 * Someone invited to a session from another organization (a lawyer, a psychologist), by account.
 * They see THAT dispute (disputePolicy.canSee reads `dispute`), never the parties' details. The
 * dispute is kept on the row so that the list SQL and the event audience read one table.
 */
@Entity({ tableName: 'mediation_session_invitees' })
@Unique({ properties: ['session', 'user'] })
@Index({ properties: ['user', 'dispute'] })
@Index({ properties: ['dispute'] })
export class SessionInvitee {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => MediationSession, { ref: true })
  session!: Ref<MediationSession>;

  @ManyToOne(() => Dispute, { ref: true })
  dispute!: Ref<Dispute>;

  @ManyToOne('User', { ref: true })
  user!: Ref<User>;

  @Enum({ items: () => SessionInviteeRole, nativeEnumName: 'session_invitee_role' })
  role!: SessionInviteeRole;

  /** Their organization, as written (律师事务所, 心理咨询机构). */
  @Property({ type: 'string', length: 100 })
  affiliation!: string;
}

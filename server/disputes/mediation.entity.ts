import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OneToOne, PrimaryKey, Property, Unique, type Opt, type Ref } from '@mikro-orm/core';
// Other modules' entities by name, with type-only imports: this file loads no other module.
import type { User } from '../accounts/index.js';
import type { Organization } from '../communities/index.js';
import { Dispute, DisputeParty } from './dispute.entity.js';

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
 * Where a session stands: planned ahead (SCHEDULED: a time and a place, the people asked to come),
 * held and recorded (HELD: its 调解笔录), or called off (CANCELLED, with a reason). A session recorded
 * without a plan is HELD from the start. The steps: `sessionRefusal` in dispute.state.ts.
 */
export enum MediationSessionStatus {
  SCHEDULED = 'SCHEDULED',
  HELD = 'HELD',
  CANCELLED = 'CANCELLED',
}

/**
 * 调解会: one session of a dispute's mediation — scheduled ahead (a planned time and place; the
 * parties, mediators and invitees told) and recorded once held while the dispute is MEDIATING, or
 * recorded straight away: when and where, the mediators present (those who act at its handling
 * level), the parties present, the people invited from another organization, and the record
 * (调解笔录). A check constraint holds HELD ⇔ held time, record and recorder, SCHEDULED ⇒ a plan.
 */
@Entity({ tableName: 'mediation_sessions' })
@Index({ properties: ['dispute', 'heldAt'] })
export class MediationSession {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Dispute, { ref: true })
  dispute!: Ref<Dispute>;

  @Enum({ items: () => MediationSessionStatus, nativeEnumName: 'mediation_session_status', default: MediationSessionStatus.HELD })
  status: Opt<MediationSessionStatus> = MediationSessionStatus.HELD;

  /** When it is planned (a session scheduled ahead; null for one recorded without a plan). */
  @Property({ type: 'datetime', nullable: true })
  plannedAt?: Date | null;

  @ManyToOne('User', { ref: true, nullable: true })
  scheduledBy?: Ref<User> | null;

  @Property({ type: 'datetime', nullable: true })
  scheduledAt?: Date | null;

  /** When it was held: set when recorded (HELD). */
  @Property({ type: 'datetime', nullable: true })
  heldAt?: Date | null;

  /** Where it is (to be) held. */
  @Property({ type: 'string', length: 200 })
  place!: string;

  /** The users who mediated (members of the organization at the handling level); when scheduled, those asked to mediate. */
  @Property({ type: 'array', columnType: 'uuid[]', defaultRaw: `'{}'` })
  mediatorIds: string[] = [];

  /** The `DisputeParty` ids of the parties present; when scheduled, those asked to come. */
  @Property({ type: 'array', columnType: 'uuid[]', defaultRaw: `'{}'` })
  partyIds: string[] = [];

  /** 调解笔录: set when recorded (HELD). */
  @Property({ type: 'text', nullable: true })
  record?: string | null;

  @ManyToOne('User', { ref: true, nullable: true })
  recordedBy?: Ref<User> | null;

  @Property({ type: 'datetime', nullable: true })
  recordedAt?: Date | null;

  /** Why a scheduled session was called off (CANCELLED). */
  @Property({ type: 'string', length: 1000, nullable: true })
  cancelReason?: string | null;

  @Property({ type: 'datetime', nullable: true })
  cancelledAt?: Date | null;
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

/** 人民调解法 第28条: a written agreement (协议书), or an oral one the mediator records. */
export enum AgreementForm {
  /** 调解协议书: in force once every party signed, sealed or fingerprinted it and the mediator signed it (第29条). */
  WRITTEN = 'WRITTEN',
  /** 口头协议: the mediator records its content; in force once the parties reached it (第30条). */
  ORAL = 'ORAL',
}

/** How a party confirmed the agreement. */
export enum ConfirmationMethod {
  /** In the app, by the party's own account. */
  APP = 'APP',
  /** Signed, sealed or fingerprinted on paper (签名、盖章或者按指印), recorded by the mediator: a WRITTEN agreement. */
  PAPER = 'PAPER',
  /** Assented orally, recorded by the mediator: an ORAL agreement. */
  ORAL = 'ORAL',
}

/**
 * 人民调解协议书: a dispute's agreement (one per dispute), numbered per organization that mediates it
 * (the committee, or the center it was escalated to) and year. `textHash` binds its number, form and
 * terms; the terms change until the first confirmation, never after.
 */
@Entity({ tableName: 'mediation_agreements' })
@Unique({ properties: ['organization', 'number'] })
export class MediationAgreement {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @OneToOne(() => Dispute, { ref: true, owner: true, unique: 'mediation_agreements_dispute_id_unique' })
  dispute!: Ref<Dispute>;

  /** The organization whose number it bears (the drafter's, at the handling level). */
  @ManyToOne('Organization', { ref: true })
  organization!: Ref<Organization>;

  /** `调协-<year>-<seq>`, per organization and year. */
  @Property({ type: 'string', length: 32 })
  number!: string;

  @Enum({ items: () => AgreementForm, nativeEnumName: 'agreement_form' })
  form!: AgreementForm;

  @Property({ type: 'text' })
  terms!: string;

  /** SHA-256 of the rendered text (number, form, terms): what a confirmation binds. */
  @Property({ type: 'string', length: 64 })
  textHash!: string;

  /** 1 when drafted, +1 for each revision (before the first confirmation only). */
  @Property({ type: 'integer' })
  revision: Opt<number> = 1;

  @ManyToOne('User', { ref: true })
  draftedBy!: Ref<User>;

  @Property({ type: 'datetime' })
  draftedAt!: Date;

  @Property({ type: 'datetime' })
  revisedAt!: Date;

  /** From then on the text is fixed. */
  @Property({ type: 'datetime', nullable: true })
  firstConfirmedAt?: Date | null;

  /** The mediator who recorded the outcome AGREED (signing the agreement for the committee). */
  @ManyToOne('User', { ref: true, nullable: true })
  signedBy?: Ref<User> | null;

  /** When the outcome AGREED was recorded: every party had confirmed. */
  @Property({ type: 'datetime', nullable: true })
  effectiveAt?: Date | null;
}

/** One party's confirmation of an agreement's text (by hash): at most one per party. */
@Entity({ tableName: 'mediation_agreement_confirmations' })
@Unique({ properties: ['agreement', 'party'] })
export class AgreementConfirmation {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => MediationAgreement, { ref: true })
  agreement!: Ref<MediationAgreement>;

  @ManyToOne(() => DisputeParty, { ref: true })
  party!: Ref<DisputeParty>;

  @Enum({ items: () => ConfirmationMethod, nativeEnumName: 'confirmation_method' })
  method!: ConfirmationMethod;

  /** The text confirmed: always the agreement's (it cannot change once confirmed). */
  @Property({ type: 'string', length: 64 })
  textHash!: string;

  /** The party themself (APP) or the mediator who recorded it (PAPER, ORAL). */
  @ManyToOne('User', { ref: true })
  confirmedBy!: Ref<User>;

  @Property({ type: 'datetime' })
  confirmedAt!: Date;
}

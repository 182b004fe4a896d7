import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { toGlobalId } from '../core/ids.js';
import { AgreementConfirmation, AgreementForm, ConfirmationMethod, MediationAgreement, MediationSession, MediationSessionStatus, SessionInvitee, SessionInviteeRole } from './mediation.entity.js';

registerEnumType(SessionInviteeRole, {
  name: 'SessionInviteeRole',
  description: 'In what capacity someone from another organization takes part in a mediation session.',
  valuesConfig: { LAWYER: { description: '律师 / 法律顾问.' }, PSYCHOLOGIST: { description: '心理咨询师.' }, OTHER: { description: '其他.' } },
});

@ObjectType('SessionInvitee', { description: 'Someone invited to a mediation session from another organization: they see that dispute (not the parties\' personal details).' })
export class SessionInviteeType {
  @Field(() => SessionInviteeRole, { description: 'In what capacity.' })
  role!: SessionInviteeRole;

  @Field({ description: 'Their organization, as written.' })
  affiliation!: string;

  entity!: SessionInvitee;

  static from(this: void, i: SessionInvitee): SessionInviteeType {
    return Object.assign(new SessionInviteeType(), { role: i.role, affiliation: i.affiliation, entity: i });
  }
}

registerEnumType(MediationSessionStatus, {
  name: 'MediationSessionStatus',
  description: 'Where a mediation session stands.',
  valuesConfig: {
    SCHEDULED: { description: '已安排: planned ahead (a time and a place); recorded once held, or called off.' },
    HELD: { description: '已举行: held and recorded with its 调解笔录.' },
    CANCELLED: { description: '已取消: called off, with a reason.' },
  },
});

@ObjectType('MediationSession', { description: '调解会: one session of a dispute\'s mediation, scheduled ahead or recorded once held. Seen by whoever sees the dispute.' })
export class MediationSessionType {
  @Field(() => ID, { description: 'A stable id of the session.' })
  id!: string;

  @Field(() => MediationSessionStatus, { description: 'SCHEDULED, HELD or CANCELLED.' })
  status!: MediationSessionStatus;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it is planned (a session scheduled ahead); null for one recorded without a plan.' })
  plannedAt!: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was held: null until recorded (HELD).' })
  heldAt!: Date | null;

  @Field({ description: 'Where it is (was) held.' })
  place!: string;

  @Field(() => String, { nullable: true, description: '调解笔录: the record; null until held.' })
  record!: string | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was recorded; null until held.' })
  recordedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was called off (CANCELLED).' })
  cancelReason!: string | null;

  entity!: MediationSession;

  static from(this: void, s: MediationSession): MediationSessionType {
    return Object.assign(new MediationSessionType(), {
      id: toGlobalId('MediationSession', s.id),
      status: s.status,
      plannedAt: s.plannedAt ?? null,
      heldAt: s.heldAt ?? null,
      place: s.place,
      record: s.record ?? null,
      recordedAt: s.recordedAt ?? null,
      cancelReason: s.cancelReason ?? null,
      entity: s,
    });
  }
}

registerEnumType(AgreementForm, {
  name: 'AgreementForm',
  description: '人民调解法 第28条: the form of a mediation agreement.',
  valuesConfig: {
    WRITTEN: { description: '调解协议书: signed, sealed or fingerprinted by each party (on paper, or confirmed in the app), signed by the mediator, stamped by the committee (第29条).' },
    ORAL: { description: '口头协议: the mediator records its content; in force from the day the parties reached it (第30条).' },
  },
});
registerEnumType(ConfirmationMethod, {
  name: 'ConfirmationMethod',
  description: 'How a party confirmed an agreement.',
  valuesConfig: {
    APP: { description: 'In the app, by the party\'s own account.' },
    PAPER: { description: 'Signed, sealed or fingerprinted on paper (签名、盖章或者按指印), recorded by the mediator: a written agreement.' },
    ORAL: { description: 'Assented by word of mouth, recorded by the mediator: an oral agreement.' },
  },
});

@ObjectType('AgreementConfirmation', { description: 'One party\'s confirmation of an agreement\'s text.' })
export class AgreementConfirmationType {
  @Field(() => ConfirmationMethod, { description: 'How.' })
  method!: ConfirmationMethod;

  @Field({ description: 'The text confirmed (always the agreement\'s: it cannot change once confirmed).' })
  textHash!: string;

  @Field(() => GraphQLDateTime, { description: 'When.' })
  confirmedAt!: Date;

  entity!: AgreementConfirmation;

  static from(this: void, c: AgreementConfirmation): AgreementConfirmationType {
    return Object.assign(new AgreementConfirmationType(), { method: c.method, textHash: c.textHash, confirmedAt: c.confirmedAt, entity: c });
  }
}

@ObjectType('MediationAgreement', { description: '人民调解协议书: a dispute\'s agreement. Seen by whoever sees the dispute; the parties confirm it.' })
export class MediationAgreementType {
  @Field(() => ID, { description: 'A stable id of the agreement.' })
  id!: string;

  @Field({ description: '`调协-<year>-<seq>`, numbered per mediating organization and year.' })
  number!: string;

  @Field(() => AgreementForm, { description: 'Written or oral.' })
  form!: AgreementForm;

  @Field({ description: 'The terms.' })
  terms!: string;

  @Field({ description: 'SHA-256 (hex) of the exact text (number, form, terms) a confirmation binds: pass it to `confirmMediationAgreement`.' })
  textHash!: string;

  @Field(() => Int, { description: '1 when drafted, one more for each revision.' })
  revision!: number;

  @Field(() => GraphQLDateTime, { description: 'When it was drafted.' })
  draftedAt!: Date;

  @Field(() => GraphQLDateTime, { description: 'When it was last revised (the draft time if never).' })
  revisedAt!: Date;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'The first confirmation: from then on the text is fixed.' })
  firstConfirmedAt!: Date | null;

  @Field({ description: 'A party confirmed it: the text can no longer change.' })
  locked!: boolean;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the outcome AGREED was recorded (every party had confirmed; the mediator signed it).' })
  effectiveAt!: Date | null;

  entity!: MediationAgreement;

  static from(this: void, a: MediationAgreement): MediationAgreementType {
    return Object.assign(new MediationAgreementType(), {
      id: toGlobalId('MediationAgreement', a.id),
      number: a.number,
      form: a.form,
      terms: a.terms,
      textHash: a.textHash,
      revision: a.revision,
      draftedAt: a.draftedAt,
      revisedAt: a.revisedAt,
      firstConfirmedAt: a.firstConfirmedAt ?? null,
      locked: !!a.firstConfirmedAt,
      effectiveAt: a.effectiveAt ?? null,
      entity: a,
    });
  }
}

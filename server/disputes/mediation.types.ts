import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { toGlobalId } from '../core/ids.js';
import { MediationSession, SessionInvitee, SessionInviteeRole } from './mediation.entity.js';

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

@ObjectType('MediationSession', { description: '调解会: one session of a dispute\'s mediation. Seen by whoever sees the dispute.' })
export class MediationSessionType {
  @Field(() => ID, { description: 'A stable id of the session.' })
  id!: string;

  @Field(() => GraphQLDateTime, { description: 'When it was held.' })
  heldAt!: Date;

  @Field({ description: 'Where.' })
  place!: string;

  @Field({ description: '调解笔录: the record.' })
  record!: string;

  @Field(() => GraphQLDateTime, { description: 'When it was recorded.' })
  recordedAt!: Date;

  entity!: MediationSession;

  static from(this: void, s: MediationSession): MediationSessionType {
    return Object.assign(new MediationSessionType(), { id: toGlobalId('MediationSession', s.id), heldAt: s.heldAt, place: s.place, record: s.record, recordedAt: s.recordedAt, entity: s });
  }
}

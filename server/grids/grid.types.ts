import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { NodeInterface } from '../core/node.js';
import { toGlobalId } from '../core/ids.js';
import { Grid, PartyMemberRegistration, PartyMemberStatus } from './grid.entity.js';

registerEnumType(PartyMemberStatus, {
  name: 'PartyMemberStatus',
  description: "党员下沉报到: where a party member's registration stands.",
  valuesConfig: {
    PENDING: { description: 'Registered, waiting for the party organization.' },
    VERIFIED: { description: "Verified by the community's party organization: in the station's volunteer pool." },
    DECLINED: { description: 'Declined with a reason; the person may register again.' },
  },
});

@ObjectType('Grid', {
  implements: NodeInterface,
  description: "网格: a part of a community, a set of its buildings (each building in at most one grid), walked by its grid workers, with its 网格党支部. Seen by whoever belongs to the community (`gridPolicy.canSee`).",
})
export class GridType extends NodeInterface {
  @Field({ description: 'Its name, unique in the community.' })
  name!: string;

  @Field(() => GraphQLDateTime, { description: 'When it was made.' })
  createdAt!: Date;

  entity!: Grid;

  static from(this: void, g: Grid): GridType {
    return Object.assign(new GridType(), { id: toGlobalId('Grid', g.id), name: g.name, createdAt: g.createdAt, entity: g });
  }
}

@ObjectType('PartyMemberRegistration', {
  implements: NodeInterface,
  description: "党员下沉报到: a party member's registration with a community, through one of its 红色驿站, verified by its party organization. Seen by the person, the party organization and the station.",
})
export class PartyMemberRegistrationType extends NodeInterface {
  @Field(() => PartyMemberStatus, { description: 'Where it stands.' })
  status!: PartyMemberStatus;

  @Field({ description: '所在党组织: the party branch their membership is in, as written.' })
  partyOrganization!: string;

  @Field(() => GraphQLDateTime, { description: 'When they registered.' })
  registeredAt!: Date;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was verified or declined.' })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was declined.' })
  declineReason!: string | null;

  entity!: PartyMemberRegistration;

  static from(this: void, r: PartyMemberRegistration): PartyMemberRegistrationType {
    return Object.assign(new PartyMemberRegistrationType(), {
      id: toGlobalId('PartyMemberRegistration', r.id),
      status: r.status,
      partyOrganization: r.partyOrganization,
      registeredAt: r.registeredAt,
      decidedAt: r.decidedAt ?? null,
      declineReason: r.declineReason ?? null,
      entity: r,
    });
  }
}

import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { NodeInterface } from '../core/node.js';
import { connectionTypes } from '../core/pagination.js';
import { toGlobalId } from '../core/ids.js';
import { Community, CommunityKind } from './community.entity.js';
import { Organization, OrganizationKind, RegionLevel } from './organization.entity.js';
import { Membership, MemberRole } from './membership.entity.js';
import { Building } from './building.entity.js';
import { Unit } from './unit.entity.js';
import { Residency, ResidencyKind, ResidencyStatus, residencyStatusOf } from './residency.entity.js';
import { GraphQLDateTime } from 'graphql-scalars';

registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  description: 'The kinds of party in co-governance.',
  valuesConfig: {
    PARTY_COMMITTEE: { description: '社区党组织: leads the tripartite mechanism; proposes matters (议事).' },
    RESIDENTS_COMMITTEE: { description: "居委会: the residents' committee." },
    OWNERS_COMMITTEE: { description: "业委会: the owners' committee, elected by the owners' assembly." },
    PROPERTY_MANAGER: { description: '物业: the property management company.' },
    SUPERVISORY_COMMITTEE: { description: '监委会: oversees execution (监事).' },
    PARTY_STATION: { description: '红色驿站: the party-member service station that posts volunteer tasks.' },
    GOVERNANCE_CENTER: { description: '综治中心 / 城运中心: the dispatch desk (派单) at its level.' },
    DEPARTMENT: { description: '职能部门: a government department that can take a dispatched issue.' },
    MEDIATION_COMMITTEE: { description: "人民调解委员会: the community's people's mediation committee; its members mediate the community's disputes." },
    GRID_PARTY_BRANCH: { description: "网格党支部: the party branch of one grid, under the community's party organization (server/grids)." },
    BUILDING_PARTY_GROUP: { description: "楼栋党小组: the party group of one building, under its grid's party branch (server/grids)." },
  },
});
registerEnumType(CommunityKind, {
  name: 'CommunityKind',
  description: '社区 or 村. A village has the same parties and four councils under village names: 村党组织议事、村民代表大会定事、村委会理事、村务监督委员会监事.',
  valuesConfig: {
    COMMUNITY: { description: '社区: an urban community (居委会).' },
    VILLAGE: { description: '村: a village (村委会; its representatives meeting is the 村民代表大会).' },
  },
});
registerEnumType(RegionLevel, {
  name: 'RegionLevel',
  description: 'Where an organization stands: matters escalate upwards.',
  valuesConfig: {
    COMMUNITY: { description: '社区 / 村.' },
    TOWNSHIP: { description: '街道 / 乡镇.' },
    COUNTY: { description: '县(区).' },
    CITY: { description: '市.' },
  },
});
registerEnumType(MemberRole, {
  name: 'MemberRole',
  description: 'A seat in an organization.',
  valuesConfig: {
    CHAIR: { description: 'Chairs the organization and manages its members.' },
    MEMBER: { description: 'A member.' },
    STAFF: { description: 'Staff (property manager, center or department).' },
    GRID_WORKER: { description: '网格员: walks a grid and raises issues for residents.' },
    COORDINATOR: { description: 'Coordinates volunteers at a 红色驿站.' },
  },
});
registerEnumType(ResidencyKind, {
  name: 'ResidencyKind',
  description: 'How a resident lives in the community.',
  valuesConfig: { OWNER: { description: '业主: owns the flat.' }, TENANT: { description: '租户: rents it.' } },
});
registerEnumType(ResidencyStatus, {
  name: 'ResidencyStatus',
  description: "Where a request to be recognised as a resident stands.",
  valuesConfig: {
    PENDING: { description: "等待居委会核验: asked, not yet decided." },
    VERIFIED: { description: "Verified by the residents' committee." },
    DECLINED: { description: 'Declined, with a reason; the person may ask again.' },
  },
});

@ObjectType('Community', { implements: NodeInterface, description: '社区 / 村: the unit of co-governance.' })
export class CommunityType extends NodeInterface {
  @Field({ description: 'Name, e.g. 檀溪社区.' })
  name!: string;

  @Field(() => CommunityKind, { description: '社区 or 村.' })
  kind!: CommunityKind;

  entity!: Community;

  static from(this: void, c: Community): CommunityType {
    return Object.assign(new CommunityType(), { id: toGlobalId('Community', c.id), name: c.name, kind: c.kind, entity: c });
  }
}

@ObjectType('Organization', { implements: NodeInterface, description: 'One of the parties: a committee, the property manager, a station, a center or a department.' })
export class OrganizationType extends NodeInterface {
  @Field(() => OrganizationKind, { description: 'What kind of party it is.' })
  kind!: OrganizationKind;

  @Field({ description: 'Name.' })
  name!: string;

  @Field(() => RegionLevel, { description: 'Its level: community, township, county or city.' })
  level!: RegionLevel;

  entity!: Organization;

  static from(this: void, o: Organization): OrganizationType {
    return Object.assign(new OrganizationType(), { id: toGlobalId('Organization', o.id), kind: o.kind, name: o.name, level: o.level, entity: o });
  }
}

@ObjectType('Membership', { description: "A person's seat in an organization." })
export class MembershipType {
  @Field(() => ID, { description: 'Global ID.' })
  id!: string;

  @Field(() => MemberRole, { description: 'The seat.' })
  role!: MemberRole;

  entity!: Membership;

  static from(this: void, m: Membership): MembershipType {
    return Object.assign(new MembershipType(), { id: toGlobalId('Membership', m.id), role: m.role, entity: m });
  }
}

@ObjectType('Unit', { description: '房屋: a flat.' })
export class UnitType {
  @Field(() => ID, { description: 'Global ID.' })
  id!: string;

  @Field({ description: 'Flat number within its building, e.g. 1-502.' })
  number!: string;

  @Field(() => Float, { description: 'Floor area in square metres: weighs the owner\'s vote.' })
  floorArea!: number;

  @Field({ description: 'Still the developer’s (unsold, or sold and not delivered): in an owners’ vote all such flats count as one head together.' })
  developerHeld!: boolean;

  static from(this: void, u: Unit): UnitType {
    return Object.assign(new UnitType(), { id: toGlobalId('Unit', u.id), number: u.number, floorArea: Number(u.floorArea), developerHeld: u.developerHeld });
  }
}

@ObjectType('Building', { implements: NodeInterface, description: '楼栋.' })
export class BuildingType extends NodeInterface {
  @Field({ description: 'Name, e.g. 3栋.' })
  name!: string;

  entity!: Building;

  static from(this: void, b: Building): BuildingType {
    return Object.assign(new BuildingType(), { id: toGlobalId('Building', b.id), name: b.name, entity: b });
  }
}

@ObjectType('Residency', { description: "A person's residence in a community, verified by the residents' committee." })
export class ResidencyType {
  @Field(() => ID, { description: 'Global ID.' })
  id!: string;

  @Field(() => ResidencyKind, { description: 'Owner or tenant.' })
  kind!: ResidencyKind;

  @Field({ description: "Verified by the residents' committee." })
  verified!: boolean;

  @Field(() => ResidencyStatus, { description: 'Pending, verified or declined.' })
  status!: ResidencyStatus;

  @Field(() => String, { nullable: true, description: 'Why it was declined, when it was.' })
  declineReason!: string | null;

  @Field(() => GraphQLDateTime, { description: 'When the person asked.' })
  requestedAt!: Date;

  entity!: Residency;

  static from(this: void, r: Residency): ResidencyType {
    return Object.assign(new ResidencyType(), {
      id: toGlobalId('Residency', r.id),
      kind: r.kind,
      verified: r.verified,
      status: residencyStatusOf(r),
      declineReason: r.declineReason ?? null,
      requestedAt: r.createdAt,
      entity: r,
    });
  }
}

export const { ConnectionType: ResidencyConnection } = connectionTypes('Residency', ResidencyType, { totalCount: true });
export type ResidencyConnection = InstanceType<typeof ResidencyConnection>;

@ObjectType('ImportUnitsResult', { description: 'What an import of flats did.' })
export class ImportUnitsResult {
  @Field(() => CommunityType, { description: 'The community, with its buildings and flats as they now are.' })
  community!: CommunityType;

  @Field(() => Int, { description: 'Buildings the community did not have.' })
  buildingsCreated!: number;

  @Field(() => Int, { description: 'New flats.' })
  created!: number;

  @Field(() => Int, { description: 'Flats already there whose floor area changed.' })
  updated!: number;

  @Field(() => Int, { description: 'Flats already there as given: nothing changed.' })
  unchanged!: number;
}

@ObjectType('AdministeredArea', { description: 'The area a governance center above communities serves.' })
export class AdministeredArea {
  @Field(() => OrganizationType, { description: 'The center.' })
  organization!: OrganizationType;

  @Field({ description: '市.' })
  city!: string;

  @Field(() => String, { nullable: true, description: '县(区), for a township or county center.' })
  county!: string | null;

  @Field(() => String, { nullable: true, description: '街道 / 乡镇, for a township center.' })
  township!: string | null;
}

@ObjectType('Administration', { description: "What the viewer may administer (the /admin area), as the server's policies say." })
export class AdministrationType {
  @Field({ description: 'Creates communities (platform admins).' })
  canCreateCommunities!: boolean;

  @Field({ description: 'Sees every account and revokes sessions (platform admins).' })
  canManageAccounts!: boolean;

  @Field(() => [CommunityType], { description: 'The communities whose organizations, seats, buildings and flats the viewer records, by name.' })
  communities!: CommunityType[];

  @Field(() => [AdministeredArea], { description: 'The areas of the governance centers above communities the viewer sits in (where they may create communities); empty for platform admins without such a seat.' })
  areas!: AdministeredArea[];
}

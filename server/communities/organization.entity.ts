import { randomUUID } from 'node:crypto';
import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, PrimaryKey, Property, type Ref, type Opt } from '@mikro-orm/core';
import { Community } from './community.entity.js';
import { Membership } from './membership.entity.js';
import type { Region } from '../regions/index.js';

export enum OrganizationKind {
  PARTY_COMMITTEE = 'PARTY_COMMITTEE',
  RESIDENTS_COMMITTEE = 'RESIDENTS_COMMITTEE',
  OWNERS_COMMITTEE = 'OWNERS_COMMITTEE',
  PROPERTY_MANAGER = 'PROPERTY_MANAGER',
  SUPERVISORY_COMMITTEE = 'SUPERVISORY_COMMITTEE',
  PARTY_STATION = 'PARTY_STATION',
  GOVERNANCE_CENTER = 'GOVERNANCE_CENTER',
  DEPARTMENT = 'DEPARTMENT',
  /** 人民调解委员会: the community's people's mediation committee (server/disputes). */
  MEDIATION_COMMITTEE = 'MEDIATION_COMMITTEE',
  /** 网格党支部: the party branch of one grid (server/grids makes it with the grid). */
  GRID_PARTY_BRANCH = 'GRID_PARTY_BRANCH',
  /** 楼栋党小组: the party group of one building (server/grids). */
  BUILDING_PARTY_GROUP = 'BUILDING_PARTY_GROUP',
}

export enum RegionLevel {
  COMMUNITY = 'COMMUNITY',
  TOWNSHIP = 'TOWNSHIP',
  COUNTY = 'COUNTY',
  CITY = 'CITY',
}

/**
 * One of the parties. Community-level organizations belong to a community; a township, county or
 * city center or a department has no community and takes escalated matters.
 */
@Entity({ tableName: 'organizations' })
export class Organization {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => Community, { ref: true, nullable: true })
  community?: Ref<Community> | null;

  @Enum({ items: () => OrganizationKind, nativeEnumName: 'organization_kind' })
  kind!: OrganizationKind;

  @Property({ type: 'string', length: 100 })
  name!: string;

  @Enum({ items: () => RegionLevel, nativeEnumName: 'region_level' })
  level!: RegionLevel;

  /**
   * Above communities: the region (server/regions) it stands in, of its own level; its area is the
   * region's subtree (region.ts). Null for community-level organizations; one above communities
   * without a region serves no community.
   */
  @Index()
  @ManyToOne('Region', { ref: true, nullable: true, deleteRule: 'restrict' })
  region?: Ref<Region> | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  @OneToMany(() => Membership, (m) => m.organization, { orderBy: { createdAt: 'asc', id: 'asc' } })
  members = new Collection<Membership>(this);
}

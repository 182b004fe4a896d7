import { randomUUID } from 'node:crypto';
import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
import type { Region } from '../regions/index.js';
import { Organization } from './organization.entity.js';
import { Building } from './building.entity.js';

/**
 * 社区 or 村: a village is a community of kind VILLAGE. Its parties are the same kinds (村党组织 is
 * its PARTY_COMMITTEE, 村委会 its RESIDENTS_COMMITTEE, 村务监督委员会 its SUPERVISORY_COMMITTEE) and
 * its matters go through the same four councils (村党组织议事、村民代表大会定事、村委会理事、
 * 村务监督委员会监事): the kind changes the words, not the rules.
 */
export enum CommunityKind {
  COMMUNITY = 'COMMUNITY',
  VILLAGE = 'VILLAGE',
}

/** 社区 / 村: the unit of co-governance. */
@Entity({ tableName: 'communities' })
export class Community {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 100 })
  name!: string;

  /** 社区 or 村. */
  @Enum({ items: () => CommunityKind, nativeEnumName: 'community_kind', default: CommunityKind.COMMUNITY })
  kind: Opt<CommunityKind> = CommunityKind.COMMUNITY;

  /**
   * The township (乡镇/街道, server/regions) it lies in; the county and the city are the township's
   * path. How region.ts finds the communities an organization above communities serves.
   */
  @Index()
  @ManyToOne('Region', { ref: true, deleteRule: 'restrict' })
  region!: Ref<Region>;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  /** The last issue number given in this community (issues are numbered per community and year). */
  @Property({ type: 'integer', default: 0, hidden: true })
  issueSeq: Opt<number> = 0;

  @OneToMany(() => Organization, (o) => o.community, { orderBy: { createdAt: 'asc', id: 'asc' } })
  organizations = new Collection<Organization>(this);

  @OneToMany(() => Building, (b) => b.community, { orderBy: { name: 'asc' } })
  buildings = new Collection<Building>(this);
}

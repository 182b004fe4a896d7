import { randomUUID } from 'node:crypto';
import { Collection, Entity, Index, OneToMany, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Organization } from './organization.entity.js';
import { Building } from './building.entity.js';

/** 社区 / 村: the unit of co-governance. */
@Entity({ tableName: 'communities' })
/** Where it lies: how region.ts finds the communities an organization above communities serves. */
@Index({ properties: ['city', 'county', 'township'] })
export class Community {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 100 })
  name!: string;

  @Property({ type: 'string', length: 100 })
  township!: string;

  @Property({ type: 'string', length: 100 })
  county!: string;

  @Property({ type: 'string', length: 100 })
  city!: string;

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

import { randomUUID } from 'node:crypto';
import { Collection, Entity, OneToMany, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Organization } from './organization.entity.js';
import { Building } from './building.entity.js';

/** 社区 / 村: the unit of co-governance. */
@Entity({ tableName: 'communities' })
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

  @OneToMany(() => Organization, (o) => o.community, { orderBy: { createdAt: 'asc', id: 'asc' } })
  organizations = new Collection<Organization>(this);

  @OneToMany(() => Building, (b) => b.community, { orderBy: { name: 'asc' } })
  buildings = new Collection<Building>(this);
}

import { randomUUID } from 'node:crypto';
import { Collection, Entity, ManyToOne, OneToMany, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Community } from './community.entity.js';
import { Unit } from './unit.entity.js';

/** 楼栋. */
@Entity({ tableName: 'buildings' })
@Unique({ properties: ['community', 'name'] })
export class Building {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Community, { ref: true })
  community!: Ref<Community>;

  @Property({ type: 'string', length: 50 })
  name!: string;

  @OneToMany(() => Unit, (u) => u.building, { orderBy: { number: 'asc' } })
  units = new Collection<Unit>(this);
}

import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property, Unique, type Opt, type Ref } from '@mikro-orm/core';
import { Building } from './building.entity.js';

/** 房屋: a flat. Its floor area weighs its owner's vote (Civil Code art. 278). */
@Entity({ tableName: 'units' })
@Unique({ properties: ['building', 'number'] })
export class Unit {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Building, { ref: true })
  building!: Ref<Building>;

  @Property({ type: 'string', length: 20 })
  number!: string;

  /** Square metres, two decimals. */
  @Property({ type: 'decimal', precision: 10, scale: 2, runtimeType: 'number' })
  floorArea!: number;

  /**
   * Still the developer's (建设单位尚未出售或虽已出售但尚未交付): in an owners' vote all such flats
   * count as one head together, with their whole area (法释〔2009〕7号 art. 9).
   */
  @Property({ type: 'boolean', default: false })
  developerHeld: Opt<boolean> = false;
}

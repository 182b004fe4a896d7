import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
import type { RegionLevel } from '../communities/index.js';

/**
 * 行政区域: one node of the tree city (市) → county/district (县/区) → township/street (乡镇/街道).
 * Communities and villages are its leaves, each in one township (`Community.region`); governance
 * centers and departments above communities stand in one region (`Organization.region`).
 *
 * `path` is the ids from the city down to the region itself (the city's is `[its id]`): "is X in
 * the area of Y" is `Y = ANY(X.path)`, and "everything below Y" is `path @> {Y}` on a GIN index, so
 * neither ever walks the tree row by row. A region never moves (no API changes `parent`), so a path
 * written once stays true.
 */
@Entity({ tableName: 'regions' })
export class Region {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The region above; null for a city. Unique with `name` (NULLS NOT DISTINCT: one city of a name). */
  @Index()
  @ManyToOne(() => Region, { ref: true, nullable: true, deleteRule: 'restrict' })
  parent?: Ref<Region> | null;

  /** CITY, COUNTY or TOWNSHIP (the enum `region_level`; COMMUNITY is a community, never a region). */
  @Enum({ items: ['TOWNSHIP', 'COUNTY', 'CITY'], nativeEnumName: 'region_level' })
  level!: RegionLevel;

  @Property({ type: 'string', length: 100 })
  name!: string;

  /** Ids from the city down to this region, itself included. */
  @Property({ type: 'array', columnType: 'uuid[]' })
  path!: string[];

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();
}

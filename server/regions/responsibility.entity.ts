import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property, Unique, type Opt, type Ref } from '@mikro-orm/core';
import type { Organization } from '../communities/index.js';
import { Region } from './region.entity.js';

/**
 * 责任清单: in a region, the department responsible for a category of issues (the values of the
 * issues module's `IssueCategory`). The communities below the region take it, unless a region
 * nearer to them (a township under the county) names another for the same category.
 */
@Entity({ tableName: 'responsibilities' })
@Unique({ properties: ['region', 'category'] })
export class Responsibility {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Region, { ref: true, deleteRule: 'cascade' })
  region!: Ref<Region>;

  /** An `IssueCategory` value. */
  @Property({ type: 'string', length: 40 })
  category!: string;

  /** A DEPARTMENT standing in the region or above it (its region on the region's path). */
  @ManyToOne('Organization', { ref: true, deleteRule: 'cascade' })
  department!: Ref<Organization>;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  updatedAt: Opt<Date> = new Date();
}

import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property, Unique, type Opt, type Ref } from '@mikro-orm/core';
import type { Organization } from '../communities/index.js';
import { Region } from './region.entity.js';

/** What a responsibility list's entry is about: a category of issues or of disputes. */
export enum ResponsibilitySubject {
  /** 诉求: `category` is an `IssueCategory` value. */
  ISSUE = 'ISSUE',
  /** 矛盾纠纷: `category` is a `DisputeCategory` value. */
  DISPUTE = 'DISPUTE',
}

/**
 * 责任清单: in a region, the department responsible for a category of issues (the values of the
 * issues module's `IssueCategory`) or of disputes (the disputes module's `DisputeCategory`): the
 * `subject` says which. The communities below the region take it, unless a region nearer to them
 * (a township under the county) names another for the same subject and category.
 */
@Entity({ tableName: 'responsibilities' })
@Unique({ properties: ['region', 'subject', 'category'] })
export class Responsibility {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Region, { ref: true, deleteRule: 'cascade' })
  region!: Ref<Region>;

  /** ISSUE or DISPUTE: which enum `category` is a value of. */
  @Property({ type: 'string', length: 10, default: ResponsibilitySubject.ISSUE })
  subject: Opt<ResponsibilitySubject> = ResponsibilitySubject.ISSUE;

  /** An `IssueCategory` value (subject ISSUE) or a `DisputeCategory` value (subject DISPUTE). */
  @Property({ type: 'string', length: 40 })
  category!: string;

  /** A DEPARTMENT standing in the region or above it (its region on the region's path). */
  @ManyToOne('Organization', { ref: true, deleteRule: 'cascade' })
  department!: Ref<Organization>;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  updatedAt: Opt<Date> = new Date();
}

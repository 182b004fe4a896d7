import { Field, ObjectType } from 'type-graphql';
import { NodeInterface } from '../core/node.js';
import { toGlobalId } from '../core/ids.js';
import { RegionLevel } from '../communities/index.js';
import type { Region } from './region.entity.js';
import type { Responsibility } from './responsibility.entity.js';
import { IssueCategory } from '../issues/index.js';

@ObjectType('Region', {
  implements: NodeInterface,
  description: '行政区域: a city (市), a county or district (县/区) or a township or street (乡镇/街道). Communities and villages lie in townships.',
})
export class RegionType extends NodeInterface {
  @Field({ description: 'Name, e.g. 襄阳市, 襄城区, 檀溪街道.' })
  name!: string;

  @Field(() => RegionLevel, { description: 'CITY, COUNTY or TOWNSHIP.' })
  level!: RegionLevel;

  entity!: Region;

  static from(this: void, r: Region): RegionType {
    return Object.assign(new RegionType(), { id: toGlobalId('Region', r.id), name: r.name, level: r.level, entity: r });
  }
}

@ObjectType('Responsibility', { description: '责任清单: in a region, the department responsible for a category of issues.' })
export class ResponsibilityType {
  @Field(() => IssueCategory, { description: 'The category of issues.' })
  category!: IssueCategory;

  entity!: Responsibility;

  static from(this: void, r: Responsibility): ResponsibilityType {
    return Object.assign(new ResponsibilityType(), { category: r.category as IssueCategory, entity: r });
  }
}

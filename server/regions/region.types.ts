import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { NodeInterface } from '../core/node.js';
import { toGlobalId } from '../core/ids.js';
import { RegionLevel } from '../communities/index.js';
import type { Region } from './region.entity.js';
import { ResponsibilitySubject, type Responsibility } from './responsibility.entity.js';
import { IssueCategory } from '../issues/index.js';
import { DisputeCategory } from '../disputes/index.js';

registerEnumType(ResponsibilitySubject, {
  name: 'ResponsibilitySubject',
  description: '责任清单: what an entry of a responsibility list is about.',
  valuesConfig: {
    ISSUE: { description: '诉求: a category of issues (`Responsibility.category`).' },
    DISPUTE: { description: '矛盾纠纷: a category of disputes (`Responsibility.disputeCategory`).' },
  },
});

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

@ObjectType('Responsibility', { description: '责任清单: in a region, the department responsible for a category of issues or of disputes (`subject`).' })
export class ResponsibilityType {
  @Field(() => ResponsibilitySubject, { description: 'ISSUE (`category` is set) or DISPUTE (`disputeCategory` is set).' })
  subject!: ResponsibilitySubject;

  @Field(() => IssueCategory, { nullable: true, description: 'The category of issues (subject ISSUE); null for an entry about disputes.' })
  category!: IssueCategory | null;

  @Field(() => DisputeCategory, { nullable: true, description: 'The category of disputes (subject DISPUTE); null for an entry about issues.' })
  disputeCategory!: DisputeCategory | null;

  entity!: Responsibility;

  static from(this: void, r: Responsibility): ResponsibilityType {
    const subject: ResponsibilitySubject = r.subject;
    const isDispute = subject === ResponsibilitySubject.DISPUTE;
    return Object.assign(new ResponsibilityType(), {
      subject,
      category: isDispute ? null : (r.category as IssueCategory),
      disputeCategory: isDispute ? (r.category as DisputeCategory) : null,
      entity: r,
    });
  }
}

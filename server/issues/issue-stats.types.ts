import { Field, Float, Int, ObjectType } from 'type-graphql';
import { OrganizationType } from '../communities/index.js';

@ObjectType('OrganizationStats', { description: "One organization's figures over the issues dispatched to it." })
export class OrganizationStatsType {
  @Field(() => OrganizationType, { description: 'The organization.' })
  organization!: OrganizationType;

  @Field(() => Int, { description: 'Issues dispatched to it.' })
  dispatched!: number;

  @Field(() => Float, { nullable: true, description: 'Its dispatches accepted before acceptBy, over its dispatches.' })
  responseRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Its accepted dispatches resolved and not reopened, over its accepted dispatches.' })
  resolutionRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Ratings of 4 or 5 of what it resolved, over those ratings.' })
  satisfactionRate!: number | null;
}

@ObjectType('GovernanceStats', { description: 'The figures the parties are judged by, over the issues submitted in a window.' })
export class GovernanceStatsType {
  @Field(() => Int, { description: 'Issues submitted in the window.' })
  issuesSubmitted!: number;

  @Field(() => Int, { description: 'Of those, still open (submitted, dispatched, accepted, returned or reopened).' })
  issuesOpen!: number;

  @Field(() => Int, { description: 'Of the open ones, those with a deadline passed unmet.' })
  overdueOpen!: number;

  @Field(() => Float, { nullable: true, description: 'Dispatched issues accepted before acceptBy, over dispatched issues (响应率).' })
  responseRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Accepted issues resolved and not reopened, over accepted issues (解决率, 化解率).' })
  resolutionRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Ratings of 4 or 5, over ratings (满意率).' })
  satisfactionRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Median hours from first dispatch to first acceptance.' })
  medianHoursToAccept!: number | null;

  @Field(() => Float, { nullable: true, description: 'Median hours from first dispatch to first resolution.' })
  medianHoursToResolve!: number | null;

  @Field(() => [OrganizationStatsType], { description: 'The same figures per organization that issues were dispatched to, most dispatched first.' })
  byOrganization!: OrganizationStatsType[];

  /** The community and window asked for: other modules' fields (volunteer hours) answer over the same. */
  scope!: { communityId: string; from: Date | null; to: Date };
}

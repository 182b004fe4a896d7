import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { RegionLevel } from '../communities/index.js';
import { DisputeStatsType } from '../disputes/index.js';
import { RegionEmergencyFiguresType } from '../emergencies/index.js';
import { IssueCategory } from '../issues/index.js';
import { RegionType } from './region.types.js';
import { toGlobalId } from '../core/ids.js';
import { GraphQLDateTime } from 'graphql-scalars';

/** The figures a ranking orders the children by (regions.stats.ts: `RANKED` says which way is better). */
export enum RegionFigure {
  ISSUES_SUBMITTED = 'ISSUES_SUBMITTED',
  ISSUES_OPEN = 'ISSUES_OPEN',
  OVERDUE_OPEN = 'OVERDUE_OPEN',
  RESPONSE_RATE = 'RESPONSE_RATE',
  RESOLUTION_RATE = 'RESOLUTION_RATE',
  SATISFACTION_RATE = 'SATISFACTION_RATE',
  DISPUTE_RESOLUTION_RATE = 'DISPUTE_RESOLUTION_RATE',
  DISPUTE_LOCAL_RESOLUTION_RATE = 'DISPUTE_LOCAL_RESOLUTION_RATE',
  VOLUNTEER_HOURS = 'VOLUNTEER_HOURS',
  MEETINGS_HELD = 'MEETINGS_HELD',
  EMERGENCY_SECONDS_TO_90 = 'EMERGENCY_SECONDS_TO_90',
  EMERGENCY_REACHED_WITHIN_30 = 'EMERGENCY_REACHED_WITHIN_30',
  EMERGENCY_REACHED_WITHIN_60 = 'EMERGENCY_REACHED_WITHIN_60',
  EMERGENCY_VOLUNTEERS_MOBILIZED = 'EMERGENCY_VOLUNTEERS_MOBILIZED',
}

registerEnumType(RegionFigure, {
  name: 'RegionFigure',
  description: 'A figure of the city view that child regions are ranked on.',
  valuesConfig: {
    ISSUES_SUBMITTED: { description: 'issuesSubmitted, most first.' },
    ISSUES_OPEN: { description: 'issuesOpen, fewest first.' },
    OVERDUE_OPEN: { description: 'overdueOpen, fewest first.' },
    RESPONSE_RATE: { description: '响应率, highest first.' },
    RESOLUTION_RATE: { description: '解决率, highest first.' },
    SATISFACTION_RATE: { description: '满意率, highest first.' },
    DISPUTE_RESOLUTION_RATE: { description: '矛盾纠纷化解率 (disputes.resolutionRate), highest first.' },
    DISPUTE_LOCAL_RESOLUTION_RATE: { description: '就地化解率 (disputes.localResolutionRate), highest first.' },
    VOLUNTEER_HOURS: { description: 'volunteerHours, most first.' },
    MEETINGS_HELD: { description: 'meetingsHeld, most first.' },
    EMERGENCY_SECONDS_TO_90: { description: '应急: emergencies.secondsTo90Acknowledged, fastest first (none: without a place).' },
    EMERGENCY_REACHED_WITHIN_30: { description: '应急: emergencies.reachedWithin30Rate, highest first.' },
    EMERGENCY_REACHED_WITHIN_60: { description: '应急: emergencies.reachedWithin60Rate, highest first.' },
    EMERGENCY_VOLUNTEERS_MOBILIZED: { description: '应急: emergencies.volunteersMobilized, most first.' },
  },
});

/** A figure's value: the same numbers the units carry, read by the ranking. */
export interface UnitFigures {
  /** The region's or community's key (uuid). */
  key: string;
  kind: 'Region' | 'Community';
  name: string;
  level: RegionLevel;
  communityCount: number;
  issuesSubmitted: number;
  issuesOpen: number;
  overdueOpen: number;
  responseRate: number | null;
  resolutionRate: number | null;
  satisfactionRate: number | null;
  disputes: DisputeStatsType;
  volunteerHours: number;
  meetingsHeld: number;
  emergencies: RegionEmergencyFiguresType;
}

@ObjectType('RegionUnitFigures', {
  description:
    'The figures of one unit of the city view — a region (city, county, township) or a community — over the issues, disputes, tasks and meetings of every community in it, in the window of `regionStats`. Every count is the sum of its communities\' counts and every rate the ratio of those sums (never an average of rates), with the definitions of `governanceStats`.',
})
export class RegionUnitFiguresType {
  @Field(() => ID, { description: 'The global id of the Region or the Community.' })
  unitId!: string;

  @Field({ description: 'Its name.' })
  name!: string;

  @Field(() => RegionLevel, { description: 'CITY, COUNTY, TOWNSHIP, or COMMUNITY for a community (a township\'s children).' })
  level!: RegionLevel;

  @Field(() => Int, { description: 'How many communities and villages it takes in (1 for a community).' })
  communityCount!: number;

  @Field(() => Int, { description: 'Issues submitted in the window.' })
  issuesSubmitted!: number;

  @Field(() => Int, { description: 'Of those, still open now (submitted, dispatched, accepted, returned or reopened).' })
  issuesOpen!: number;

  @Field(() => Int, { description: 'Of the open ones, those with a deadline (acceptBy while not accepted, resolveBy while not resolved) passed unmet now.' })
  overdueOpen!: number;

  @Field(() => Float, { nullable: true, description: '响应率: of the issues submitted in the window that were dispatched, the share first accepted by their acceptBy. Null when none was dispatched.' })
  responseRate!: number | null;

  @Field(() => Float, { nullable: true, description: '解决率: of the issues submitted in the window that were accepted, the share now resolved or closed and never reopened. Null when none was accepted.' })
  resolutionRate!: number | null;

  @Field(() => Float, { nullable: true, description: '满意率: of the ratings given to issues submitted in the window, the share of 4 or 5 stars. Null when none was given.' })
  satisfactionRate!: number | null;

  @Field(() => DisputeStatsType, {
    description: '矛盾纠纷: the dispute figures (`DisputeStats`: 化解率 = agreed ÷ closed, 就地化解率 = agreed where registered ÷ agreed) over its communities\' disputes, each counted by the moment of its own step in the window.',
  })
  disputes!: Readonly<DisputeStatsType>;

  @Field(() => Float, { description: 'Volunteer hours verified by coordinators, of tasks starting in the window.' })
  volunteerHours!: number;

  @Field(() => Int, { description: '会议召开: meetings whose session opened in the window.' })
  meetingsHeld!: number;

  @Field(() => RegionEmergencyFiguresType, {
    description: '应急管理: the incidents declared in the window covering its communities — acknowledgement rate, vulnerable residents reached within 60 minutes, volunteers mobilized (`RegionEmergencyFigures`).',
  })
  emergencies!: RegionEmergencyFiguresType;

  static from(this: void, u: UnitFigures): RegionUnitFiguresType {
    const { key, kind, ...figures } = u;
    return Object.assign(new RegionUnitFiguresType(), figures, { unitId: toGlobalId(kind, key) });
  }
}

@ObjectType('RegionRankEntry', { description: 'A child\'s place in a ranking.' })
export class RegionRankEntryType {
  @Field(() => ID, { description: 'The child (`RegionUnitFigures.unitId`).' })
  unitId!: string;

  @Field({ description: 'Its name.' })
  name!: string;

  @Field(() => Int, { nullable: true, description: 'Its place, 1 the best; children with the same value share a place (1, 1, 3). Null when it has no value (a rate with nothing to count): those come last.' })
  rank!: number | null;

  @Field(() => Float, { nullable: true, description: 'Its value of the figure.' })
  value!: number | null;
}

@ObjectType('RegionRanking', { description: 'The children of the region ranked on one figure, as 12345 hotlines rank districts: the best first.' })
export class RegionRankingType {
  @Field(() => RegionFigure, { description: 'The figure.' })
  figure!: RegionFigure;

  @Field({ description: 'Whether a higher value ranks better (rates, hours, meetings, issues raised, volunteers mobilized) or a lower one (open and overdue issues, the time to 90% acknowledged).' })
  higherIsBetter!: boolean;

  @Field(() => [RegionRankEntryType], { description: 'Every child, best first (ties by name).' })
  entries!: RegionRankEntryType[];
}

@ObjectType('RegionWeek', { description: 'One week of the trend: the issues submitted in that week (Monday 00:00 UTC to the next), with the window\'s definitions.' })
export class RegionWeekType {
  @Field({ description: 'The Monday the week starts on (UTC), YYYY-MM-DD.' })
  weekStart!: string;

  @Field(() => Int, { description: 'Issues submitted in the week (within the window).' })
  issuesSubmitted!: number;

  @Field(() => Int, { description: 'Of those, still open now.' })
  issuesOpen!: number;

  @Field(() => Int, { description: 'Of those, accepted and now resolved or closed, never reopened.' })
  issuesResolved!: number;

  @Field(() => Float, { nullable: true, description: '响应率 of the week\'s issues.' })
  responseRate!: number | null;

  @Field(() => Float, { nullable: true, description: '解决率 of the week\'s issues.' })
  resolutionRate!: number | null;

  @Field(() => Float, { nullable: true, description: '满意率 of the week\'s issues.' })
  satisfactionRate!: number | null;
}

@ObjectType('RegionCategoryFigure', { description: 'How many issues of a category were submitted in the window.' })
export class RegionCategoryFigureType {
  @Field(() => IssueCategory, { description: 'The category.' })
  category!: IssueCategory;

  @Field(() => Int, { description: 'Issues of that category submitted in the window.' })
  issuesSubmitted!: number;

  @Field(() => Float, { description: 'Their share of all the issues submitted in the window (0 to 1).' })
  share!: number;
}

@ObjectType('RegionStats', {
  description:
    '城市大脑: the figures of a region (city, county or township) and of each of its children (counties, townships, or a township\'s communities) over a window [from, to), with rankings, a weekly trend and the top categories. Issue figures are sums of per-community per-day counters kept in the same transaction as each change, never a scan of the issues.',
})
export class RegionStatsType {
  @Field(() => RegionType, { description: 'The region.' })
  region!: RegionType;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'The window\'s start (null: the beginning).' })
  from!: Date | null;

  @Field(() => GraphQLDateTime, { description: 'The window\'s end (exclusive): the `to` asked for, or the moment of the answer.' })
  to!: Date;

  @Field(() => RegionUnitFiguresType, { description: 'The region\'s own figures (all its communities).' })
  figures!: RegionUnitFiguresType;

  @Field(() => [RegionUnitFiguresType], { description: 'Each child\'s figures, by name: the counties of a city, the townships of a county, the communities of a township.' })
  children!: RegionUnitFiguresType[];

  @Field(() => [RegionRankingType], { description: 'The children ranked on each figure of `RegionFigure`.' })
  rankings!: RegionRankingType[];

  @Field(() => [RegionWeekType], { description: 'The trend: one entry per week of the window (from its first week, or the first week with an issue, to the week of `to`), oldest first.' })
  weeks!: RegionWeekType[];

  @Field(() => [RegionCategoryFigureType], { description: 'The categories of the issues submitted in the window, most first (at most 10).' })
  topCategories!: RegionCategoryFigureType[];
}

import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { NodeInterface } from '../core/node.js';
import { toGlobalId } from '../core/ids.js';
import { connectionTypes } from '../core/pagination.js';
import { ClaimStatus, HoursStatus, TaskClaim, Volunteer, VolunteerTask, VolunteerTaskStatus } from './volunteer.entity.js';
import { checkInOpensAt, effectiveStatus, hasEnded } from './volunteer.state.js';

registerEnumType(VolunteerTaskStatus, {
  name: 'VolunteerTaskStatus',
  description: 'Where a volunteer task stands.',
  valuesConfig: {
    DRAFT: { description: 'Being prepared by the station; not yet seen by volunteers.' },
    OPEN: { description: 'Published, with free slots.' },
    FULL: { description: 'Published, no slot free: new claims go to the waitlist.' },
    IN_PROGRESS: { description: 'Started.' },
    COMPLETED: { description: 'Ended.' },
    CANCELLED: { description: 'Cancelled by the station.' },
  },
});
registerEnumType(ClaimStatus, {
  name: 'ClaimStatus',
  description: "Where a volunteer's claim stands.",
  valuesConfig: {
    CLAIMED: { description: '认领: holds a slot.' },
    WAITLISTED: { description: '候补: waits for a slot, first come first served.' },
    CHECKED_IN: { description: '签到: at the task.' },
    COMPLETED: { description: '签退: done; hours recorded.' },
    WITHDRAWN: { description: 'Withdrawn by the volunteer (or the task was cancelled).' },
    NO_SHOW: { description: 'Did not come (marked by the coordinator).' },
  },
});
registerEnumType(HoursStatus, {
  name: 'HoursStatus',
  description: "The coordinator's verification of recorded hours.",
  valuesConfig: {
    PENDING: { description: 'Recorded, not yet verified.' },
    VERIFIED: { description: 'Verified: counted in hours and points.' },
    REJECTED: { description: 'Rejected with a note.' },
  },
});

@ObjectType('Volunteer', { implements: NodeInterface, description: '志愿者 / 下沉党员 of a 红色驿站.' })
export class VolunteerType extends NodeInterface {
  @Field(() => [String], { description: 'Skills.' })
  skills!: string[];

  @Field(() => Float, { description: 'Hours verified by coordinators.' })
  verifiedHours!: number;

  @Field(() => Int, { description: 'Points (1 verified hour = 1 point).' })
  points!: number;

  entity!: Volunteer;

  static from(this: void, v: Volunteer): VolunteerType {
    return Object.assign(new VolunteerType(), {
      id: toGlobalId('Volunteer', v.id),
      skills: v.skills,
      verifiedHours: Number(v.verifiedHours),
      points: v.points,
      entity: v,
    });
  }
}

@ObjectType('TaskClaim', { implements: NodeInterface, description: "A volunteer's claim on a task." })
export class TaskClaimType extends NodeInterface {
  @Field(() => ClaimStatus, { description: 'Where it stands.' })
  status!: ClaimStatus;

  @Field(() => GraphQLDateTime, { description: 'When it was made.' })
  claimedAt!: Date;

  @Field(() => GraphQLDateTime, { nullable: true, description: '签到 time.' })
  checkedInAt!: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: '签退 time.' })
  checkedOutAt!: Date | null;

  @Field(() => Float, { nullable: true, description: 'Hours recorded at check-out, or as verified.' })
  hours!: number | null;

  @Field(() => HoursStatus, { nullable: true, description: 'Verification of the hours.' })
  hoursStatus!: HoursStatus | null;

  entity!: TaskClaim;

  static from(this: void, c: TaskClaim): TaskClaimType {
    return Object.assign(new TaskClaimType(), {
      id: toGlobalId('TaskClaim', c.id),
      status: c.status,
      claimedAt: c.claimedAt,
      checkedInAt: c.checkedInAt ?? null,
      checkedOutAt: c.checkedOutAt ?? null,
      hours: c.hours == null ? null : Number(c.hours),
      hoursStatus: c.hoursStatus ?? null,
      entity: c,
    });
  }
}

@ObjectType('VolunteerTask', { implements: NodeInterface, description: '志愿服务任务 posted by a 红色驿站.' })
export class VolunteerTaskType extends NodeInterface {
  @Field({ description: 'Title.' })
  title!: string;

  @Field({ description: 'What to do.' })
  description!: string;

  @Field(() => [String], { description: 'Skills wanted.' })
  skills!: string[];

  @Field(() => String, { nullable: true, description: 'Where.' })
  location!: string | null;

  @Field(() => GraphQLDateTime, { description: 'Start.' })
  startsAt!: Date;

  @Field(() => GraphQLDateTime, { description: 'End.' })
  endsAt!: Date;

  @Field(() => GraphQLDateTime, { description: '签到 opens (30 minutes before the start): when a claim\'s CHECK_IN is offered from.' })
  checkInOpensAt!: Date;

  @Field(() => Int, { description: 'Slots.' })
  slots!: number;

  @Field(() => Int, { description: 'Slots taken.' })
  claimedCount!: number;

  @Field(() => Int, { description: 'Volunteers on the waitlist.' })
  waitlistCount!: number;

  @Field(() => VolunteerTaskStatus, { description: 'Where it stands (FULL while no slot is free; IN_PROGRESS and COMPLETED by the clock).' })
  status!: VolunteerTaskStatus;

  @Field({ description: 'Over: cancelled, or past its end (its status CANCELLED or COMPLETED), as the task machine says.' })
  ended!: boolean;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled, when it was.' })
  cancelReason!: string | null;

  @Field(() => Int, { description: 'Optimistic-lock version.' })
  version!: number;

  entity!: VolunteerTask;

  static from(this: void, t: VolunteerTask, now: Date): VolunteerTaskType {
    return Object.assign(new VolunteerTaskType(), {
      id: toGlobalId('VolunteerTask', t.id),
      title: t.title,
      description: t.description,
      skills: t.skills,
      location: t.location ?? null,
      startsAt: t.startsAt,
      endsAt: t.endsAt,
      checkInOpensAt: checkInOpensAt(t),
      slots: t.slots,
      claimedCount: t.claimedCount,
      waitlistCount: t.waitlistCount,
      status: effectiveStatus(t, now),
      ended: hasEnded(t, now),
      cancelReason: t.cancelReason ?? null,
      version: t.version,
      entity: t,
    });
  }
}

export const { ConnectionType: VolunteerTaskConnection } = connectionTypes('VolunteerTask', VolunteerTaskType, { totalCount: true });
export type VolunteerTaskConnection = InstanceType<typeof VolunteerTaskConnection>;

@ObjectType('VolunteerStanding', { description: "A volunteer's place on the leaderboard over a period." })
export class VolunteerStandingType {
  @Field(() => VolunteerType, { description: 'The volunteer.' })
  volunteer!: VolunteerType;

  @Field(() => Float, { description: 'Verified hours in the period.' })
  hours!: number;

  @Field(() => Int, { description: 'Tasks completed with verified hours in the period.' })
  tasksCompleted!: number;
}


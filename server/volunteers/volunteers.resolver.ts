import { Arg, Args, Ctx, FieldResolver, Float, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../core/context.js';
import { requireUser } from '../core/policy.js';
import { badInput } from '../core/errors.js';
import { IDEMPOTENCY_KEY_ARG } from '../core/idempotency.js';
import { keyOf, optionalKeyOf } from '../core/ids.js';
import { decodeTimeCursor, encodeTimeCursor, pageSize, toConnection } from '../core/pagination.js';
import { UserType } from '../accounts/index.js';
import { CommunityType, OrganizationKind, OrganizationType, Organization } from '../communities/index.js';
import { IssueType, GovernanceStatsType, readableIssue } from '../issues/index.js';
import { ClaimStatus, TaskClaim, Volunteer, VolunteerTask, VolunteerTaskStatus } from './volunteer.entity.js';
import { TaskClaimType, VolunteerStandingType, VolunteerTaskConnection, VolunteerTaskType, VolunteerType } from './volunteer.types.js';
import {
  CancelVolunteerTaskInput,
  ClaimRefInput,
  ClaimTaskInput,
  CreateVolunteerTaskInput,
  LeaderboardArgs,
  RegisterVolunteerInput,
  TaskRefInput,
  VerifyHoursInput,
  VolunteerTasksArgs,
} from './volunteer.inputs.js';
import { volunteerPolicy } from './volunteer.policy.js';
import { TaskClaimAction, VolunteerTaskAction } from './volunteer.actions.js';
import { LIVE_CLAIMS } from './volunteer.state.js';
import * as service from './volunteers.service.js';
import { leaderboard, readTaskBoard, verifiedHours, type TaskBoardRow } from './volunteers.queries.js';
import { askedOf, lazyEntity, nodeFieldsOf, plainMapper } from '../core/rows.js';
import { toGlobalId } from '../core/ids.js';

const UUID = /^[0-9a-f-]{36}$/;

// Read when called, not when this file loads: the service may still be loading in an import cycle.
const volunteerFacts = (v: Parameters<typeof service.volunteerFactsOf>[0]) => service.volunteerFactsOf(v);

/** The viewer's latest claim on a task (one query per request for all tasks asked). */
function viewerClaimOf(ctx: Context, taskId: string): Promise<TaskClaim | null> {
  const userId = ctx.userId;
  if (!userId) return Promise.resolve(null);
  return ctx
    .loader<string, TaskClaim | null>('viewerClaim', async (taskIds) => {
      const rows = await ctx.em.find(TaskClaim, { task: { $in: [...taskIds] }, volunteer: { user: userId } }, { orderBy: { seq: 'desc' } });
      return taskIds.map((id) => rows.find((c) => c.task.id === id) ?? null);
    })
    .load(taskId);
}

function viewerRegistrationLoader(ctx: Context) {
  return ctx.loader<string, Volunteer | null>('viewerRegistration', async (userIds) => {
    const rows = await ctx.em.find(Volunteer, { user: { $in: [...userIds] } });
    return userIds.map((id) => rows.find((v) => v.user.id === id) ?? null);
  });
}

/** The viewer's volunteer registration (one per person), or null: once per request (primed by the task board). */
export function viewerRegistration(ctx: Context): Promise<Volunteer | null> {
  const userId = ctx.userId;
  if (!userId) return Promise.resolve(null);
  return viewerRegistrationLoader(ctx).load(userId);
}

/** What a task board row brought for its task's fields (no entity behind it). */
interface TaskBoardExtras {
  task: VolunteerTask;
  station?: OrganizationType;
  /** null: no claim; undefined: not read with the page. */
  claim?: TaskClaimType | null;
}
// On the node under a symbol (not in a WeakMap: each WeakMap entry is an ephemeron that every
// garbage collection walks); symbols stay out of JSON and of the GraphQL fields.
const BOARD = Symbol('task board extras');
const boardOf = (t: VolunteerTaskType): TaskBoardExtras | undefined => (t as VolunteerTaskType & { [BOARD]?: TaskBoardExtras })[BOARD];
/** The task of a node: the board's plain one, or its entity. */
const taskOf = (t: VolunteerTaskType): VolunteerTask => boardOf(t)?.task ?? t.entity;

/** A task of the board from its plain row: `entity` (and the station's and claim's) mapped only when a field asks. */
function boardTask(ctx: Context, r: TaskBoardRow, now: Date): VolunteerTaskType {
  const node = lazyEntity(VolunteerTaskType.from(r.task, now), () => ctx.em.map(VolunteerTask, r.raw));
  const extras: TaskBoardExtras = { task: r.task };
  const o = r.station;
  if (o) {
    extras.station = lazyEntity(Object.assign(new OrganizationType(), { id: toGlobalId('Organization', o.id as string), kind: o.kind, name: o.name, level: o.level }), () => ctx.em.map(Organization, o));
  }
  const c = r.claim;
  if (c !== undefined) {
    extras.claim = c && lazyEntity(TaskClaimType.from(plainMapper(ctx.reader, TaskClaim)(c) as unknown as TaskClaim), () => ctx.em.map(TaskClaim, c));
  }
  (node as VolunteerTaskType & { [BOARD]?: TaskBoardExtras })[BOARD] = extras;
  return node;
}

async function visibleTask(ctx: Context, key: string): Promise<VolunteerTask | null> {
  if (!ctx.userId || !UUID.test(key)) return null;
  const t = await ctx.em.findOne(VolunteerTask, key);
  if (!t) return null;
  const ok = volunteerPolicy.canSeeTask(await ctx.access(), { stationId: t.station.id, communityId: t.community.id, draft: t.status === VolunteerTaskStatus.DRAFT });
  return ok ? t : null;
}

@Resolver(() => VolunteerTaskType)
export class VolunteerTaskResolver {
  @Query(() => VolunteerTaskConnection, { description: 'The task board of a community, by start time; drafts only for their station.' })
  async volunteerTasks(@Args(() => VolunteerTasksArgs) args: VolunteerTasksArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<VolunteerTaskConnection> {
    const access = await ctx.access();
    requireUser(access);
    const communityId = keyOf(args.communityId, 'Community', 'communityId');
    const limit = pageSize(args.first);
    const cursor = args.after ? decodeTimeCursor(args.after) : undefined;
    const after = cursor && { startsAt: cursor.at, id: cursor.id };
    const f = args.filter ?? {};
    const now = ctx.now();
    const q = { access, communityId, now, status: f.status, stationId: optionalKeyOf(f.stationId, 'Organization', 'filter.stationId'), skill: f.skill, mine: f.mine, after, limit: limit + 1 };
    // One statement for the count and the page with what its fields need (readTaskBoard); the
    // field resolvers below find their rows with the node, and the request's loaders primed.
    const asked = askedOf(info);
    const node = nodeFieldsOf(asked);
    const needs = {
      total: asked.has('totalCount'),
      station: node.has('station'),
      claim: node.has('viewerClaim') || node.has('viewerActions'),
      registration: node.has('viewerActions'),
    };
    const { total, rows, registration } = await readTaskBoard(ctx.reader, q, needs);
    if (registration !== undefined) viewerRegistrationLoader(ctx).prime(access.userId!, registration && ctx.em.map<Volunteer>(Volunteer, registration));
    const page = toConnection(rows, limit, !!after, (r) => encodeTimeCursor(r.task.startsAt, r.task.id), (r) => boardTask(ctx, r, now));
    // totalCount not asked for: not counted.
    return Object.assign(new VolunteerTaskConnection(), { ...page, totalCount: total ?? 0 });
  }

  @Query(() => [VolunteerStandingType], { description: 'Volunteers by verified hours over a period (tasks starting in it).' })
  async volunteerLeaderboard(@Args(() => LeaderboardArgs) args: LeaderboardArgs, @Ctx() ctx: Context): Promise<VolunteerStandingType[]> {
    const access = await ctx.access();
    requireUser(access);
    const communityId = keyOf(args.communityId, 'Community', 'communityId');
    const to = args.to ?? ctx.now();
    if (args.from && args.from >= to) throw badInput({ from: 'must be before to' });
    // Names, skills and hours are the community's own (volunteerPolicy.canSeeVolunteers).
    if (!volunteerPolicy.canSeeVolunteers(access, communityId)) return [];
    const rows = await leaderboard(ctx.em, communityId, args.from ?? null, to, pageSize(args.first));
    const volunteers = rows.length ? await ctx.em.find(Volunteer, { id: { $in: rows.map((r) => r.volunteer_id) } }) : [];
    const byId = new Map(volunteers.map((v) => [v.id, v]));
    return rows.map((r) => ({ volunteer: VolunteerType.from(byId.get(r.volunteer_id)!), hours: Number(r.hours), tasksCompleted: r.tasks }));
  }

  @FieldResolver(() => OrganizationType, { description: 'The 红色驿站 that posted it.' })
  station(@Root() t: VolunteerTaskType): OrganizationType | Promise<OrganizationType> {
    // A board's task answers at once (no promise per node): its station came with the page.
    const read = boardOf(t)?.station;
    if (read) return read;
    return t.entity.station.loadOrFail({ dataloader: true }).then(OrganizationType.from);
  }

  @FieldResolver(() => CommunityType, { description: 'Its community.' })
  async community(@Root() t: VolunteerTaskType): Promise<CommunityType> {
    return CommunityType.from(await t.entity.community.loadOrFail({ dataloader: true }));
  }

  @FieldResolver(() => TaskClaimType, { nullable: true, description: "The viewer's latest claim on it." })
  viewerClaim(@Root() t: VolunteerTaskType, @Ctx() ctx: Context): TaskClaimType | null | Promise<TaskClaimType | null> {
    const read = boardOf(t)?.claim;
    if (read !== undefined) return read;
    return viewerClaimOf(ctx, taskOf(t).id).then((claim) => (claim ? TaskClaimType.from(claim) : null));
  }

  @FieldResolver(() => [VolunteerTaskAction], { description: 'The steps the viewer may take on it now (the policy and the state machine together): offer exactly these.' })
  async viewerActions(@Root() t: VolunteerTaskType, @Ctx() ctx: Context): Promise<VolunteerTaskAction[]> {
    const read = boardOf(t)?.claim;
    const task = taskOf(t);
    const [access, claim, registration] = await Promise.all([ctx.access(), read !== undefined ? read?.status : viewerClaimOf(ctx, task.id).then((c) => c?.status), viewerRegistration(ctx)]);
    const live = !!claim && LIVE_CLAIMS.includes(claim);
    return service.taskViewerActions(access, task, registration, live, ctx.now());
  }

  @FieldResolver(() => [TaskClaimType], { description: "Its claims in order: all of them for the station's members, the viewer's own for others." })
  async claims(@Root() t: VolunteerTaskType, @Ctx() ctx: Context): Promise<TaskClaimType[]> {
    const access = await ctx.access();
    const all = volunteerPolicy.canSeeAllClaims(access, t.entity.station.id);
    const rows = await ctx.em.find(TaskClaim, { task: t.entity.id, ...(all ? {} : { volunteer: { user: access.userId } }) }, { orderBy: { seq: 'asc' } });
    return rows.map(TaskClaimType.from);
  }

  @FieldResolver(() => IssueType, { nullable: true, description: 'The shared issue it comes from, when the viewer may read it.' })
  async sourceIssue(@Root() t: VolunteerTaskType, @Ctx() ctx: Context): Promise<IssueType | null> {
    const id = taskOf(t).sourceIssueId;
    const issue = id ? await readableIssue(ctx, id) : null;
    return issue ? IssueType.from(issue, ctx.now()) : null;
  }

  @Mutation(() => VolunteerType, { description: 'Register as a volunteer of a 红色驿站 (verified residents of its community).' })
  async registerVolunteer(@Arg('input', () => RegisterVolunteerInput) input: RegisterVolunteerInput, @Ctx() ctx: Context): Promise<VolunteerType> {
    return VolunteerType.from(await service.registerVolunteer(ctx, input));
  }

  @Mutation(() => VolunteerTaskType, { description: "Post a task (the station's coordinators); published at once when asked." })
  async createVolunteerTask(@Arg('input', () => CreateVolunteerTaskInput) input: CreateVolunteerTaskInput, @Ctx() ctx: Context): Promise<VolunteerTaskType> {
    return VolunteerTaskType.from(await service.createTask(ctx, input), ctx.now());
  }

  @Mutation(() => VolunteerTaskType, { description: 'DRAFT → OPEN; volunteers whose skills match are notified.' })
  async publishVolunteerTask(@Arg('input', () => TaskRefInput) input: TaskRefInput, @Ctx() ctx: Context): Promise<VolunteerTaskType> {
    return VolunteerTaskType.from(await service.publishTask(ctx, input.taskId), ctx.now());
  }

  @Mutation(() => VolunteerTaskType, { description: 'Cancel before the start; claimants are notified.' })
  async cancelVolunteerTask(@Arg('input', () => CancelVolunteerTaskInput) input: CancelVolunteerTaskInput, @Ctx() ctx: Context): Promise<VolunteerTaskType> {
    return VolunteerTaskType.from(await service.cancelTask(ctx, input), ctx.now());
  }
}

@Resolver(() => TaskClaimType)
export class TaskClaimResolver {
  @FieldResolver(() => VolunteerTaskType, { description: 'The task.' })
  async task(@Root() c: TaskClaimType, @Ctx() ctx: Context): Promise<VolunteerTaskType> {
    return VolunteerTaskType.from(await c.entity.task.loadOrFail({ dataloader: true }), ctx.now());
  }

  @FieldResolver(() => VolunteerType, { description: 'Who claimed.' })
  async volunteer(@Root() c: TaskClaimType): Promise<VolunteerType> {
    return VolunteerType.from(await c.entity.volunteer.loadOrFail({ dataloader: true }));
  }

  @FieldResolver(() => [TaskClaimAction], { description: 'The steps the viewer may take on it now (the policy and the state machine together): offer exactly these.' })
  async viewerActions(@Root() c: TaskClaimType, @Ctx() ctx: Context): Promise<TaskClaimAction[]> {
    const [access, task, volunteer] = await Promise.all([ctx.access(), c.entity.task.loadOrFail({ dataloader: true }), c.entity.volunteer.loadOrFail({ dataloader: true })]);
    return service.claimViewerActions(access, c.entity, task, volunteer.user.id, ctx.now());
  }

  @FieldResolver(() => [TaskClaimAction], {
    description:
      'The steps the viewer will be offered once check-in opens (at `VolunteerTask.checkInOpensAt`), nothing else changing, that are not offered now (CHECK_IN on a slot held): to show as coming. Empty once check-in has opened.',
  })
  async viewerActionsOnceCheckInOpens(@Root() c: TaskClaimType, @Ctx() ctx: Context): Promise<TaskClaimAction[]> {
    const [access, task, volunteer] = await Promise.all([ctx.access(), c.entity.task.loadOrFail({ dataloader: true }), c.entity.volunteer.loadOrFail({ dataloader: true })]);
    return service.claimViewerActionsOnceCheckInOpens(access, c.entity, task, volunteer.user.id, ctx.now());
  }

  @FieldResolver(() => Int, { nullable: true, description: '1-based place on the waitlist while WAITLISTED.' })
  async waitlistPosition(@Root() c: TaskClaimType, @Ctx() ctx: Context): Promise<number | null> {
    if (c.entity.status !== ClaimStatus.WAITLISTED) return null;
    return service.waitlistPositionLoader(ctx).load(c.entity.id);
  }

  @Mutation(() => TaskClaimType, { description: '认领: a slot, or a place on the waitlist when none is free. Claiming again returns the live claim.' })
  async claimTask(@Arg('input', () => ClaimTaskInput) input: ClaimTaskInput, @Ctx() ctx: Context): Promise<TaskClaimType> {
    return TaskClaimType.from(await service.claimTask(ctx, input.taskId, input.idempotencyKey));
  }

  @Mutation(() => TaskClaimType, { description: 'Give the slot (or the waitlist place) back before the start; the first waiter is promoted and told.' })
  async withdrawClaim(@Arg('input', () => ClaimRefInput) input: ClaimRefInput, @Ctx() ctx: Context): Promise<TaskClaimType> {
    return TaskClaimType.from(await service.withdrawClaim(ctx, input.claimId));
  }

  @Mutation(() => TaskClaimType, { description: '签到: from 30 minutes before the start until the end.' })
  async checkIn(
    @Arg('input', () => ClaimRefInput) input: ClaimRefInput,
    @Ctx() ctx: Context,
    @Arg('idempotencyKey', () => String, { nullable: true, description: IDEMPOTENCY_KEY_ARG }) idempotencyKey?: string | null,
  ): Promise<TaskClaimType> {
    return TaskClaimType.from(await service.checkIn(ctx, input.claimId, idempotencyKey));
  }

  @Mutation(() => TaskClaimType, { description: "签退: records the hours (within the task's time) for the coordinator to verify." })
  async checkOut(@Arg('input', () => ClaimRefInput) input: ClaimRefInput, @Ctx() ctx: Context): Promise<TaskClaimType> {
    return TaskClaimType.from(await service.checkOut(ctx, input.claimId));
  }

  @Mutation(() => TaskClaimType, { description: 'The coordinator marks a claimant who did not come; the first waiter is promoted.' })
  async markNoShow(@Arg('input', () => ClaimRefInput) input: ClaimRefInput, @Ctx() ctx: Context): Promise<TaskClaimType> {
    return TaskClaimType.from(await service.markNoShow(ctx, input.claimId));
  }

  @Mutation(() => TaskClaimType, { description: '谁组织谁记录、谁记录谁证明: the coordinator verifies (adding hours and points) or rejects with a note.' })
  async verifyHours(@Arg('input', () => VerifyHoursInput) input: VerifyHoursInput, @Ctx() ctx: Context): Promise<TaskClaimType> {
    return TaskClaimType.from(await service.verifyHours(ctx, input));
  }
}

@Resolver(() => VolunteerType)
export class VolunteerResolver {
  @FieldResolver(() => Boolean, {
    description: "下沉党员: a party member serving in the community. Told only to the volunteer, their station (红色驿站) and the community's party organization; false for everyone else.",
  })
  async isPartyMember(@Root() v: VolunteerType, @Ctx() ctx: Context): Promise<boolean> {
    return v.entity.isPartyMember && volunteerPolicy.canSeePartyMembership(await ctx.access(), volunteerFacts(v.entity));
  }

  @FieldResolver(() => UserType, { description: 'The person.' })
  async user(@Root() v: VolunteerType): Promise<UserType> {
    return UserType.from(await v.entity.user.loadOrFail({ dataloader: true }));
  }

  @FieldResolver(() => OrganizationType, { description: 'The 红色驿站 they serve at.' })
  async station(@Root() v: VolunteerType): Promise<OrganizationType> {
    return OrganizationType.from(await v.entity.station.loadOrFail({ dataloader: true }));
  }
}

@Resolver(() => UserType)
export class UserVolunteerResolver {
  @FieldResolver(() => VolunteerType, { nullable: true, description: 'Their volunteer registration, if any: seen by them and by whoever belongs to its community.' })
  async volunteer(@Root() u: UserType, @Ctx() ctx: Context): Promise<VolunteerType | null> {
    if (u.redacted) return null;
    const v = await ctx
      .loader<string, Volunteer | null>('volunteerOfUser', async (userIds) => {
        const rows = await ctx.em.find(Volunteer, { user: { $in: [...userIds] } });
        return userIds.map((id) => rows.find((r) => r.user.id === id) ?? null);
      })
      .load(u.entity.id);
    return v && volunteerPolicy.canSeeVolunteer(await ctx.access(), volunteerFacts(v)) ? VolunteerType.from(v) : null;
  }
}

@Resolver(() => OrganizationType)
export class StationPoolResolver {
  @FieldResolver(() => [VolunteerType], {
    description:
      "A 红色驿站's volunteer pool: its volunteers (`registerVolunteer`, and party members whose 党员下沉报到 its community's party organization verified), oldest first; seen by whoever belongs to its community (`volunteerPolicy.canSeeVolunteers`); empty for others and for other kinds.",
  })
  async volunteerPool(@Root() o: OrganizationType, @Ctx() ctx: Context): Promise<VolunteerType[]> {
    const communityId = o.entity.community?.id;
    if (o.entity.kind !== OrganizationKind.PARTY_STATION || !communityId || !ctx.userId) return [];
    if (!volunteerPolicy.canSeeVolunteers(await ctx.access(), communityId)) return [];
    const rows = await ctx.em.find(Volunteer, { station: o.entity.id }, { orderBy: { createdAt: 'asc', id: 'asc' }, limit: 500 });
    return rows.map(VolunteerType.from);
  }
}

@Resolver(() => GovernanceStatsType)
export class VolunteerStatsResolver {
  @FieldResolver(() => Float, { description: 'Volunteer hours verified by coordinators, of tasks starting in the window.' })
  // The root typed by its shape, not the class: decorator metadata would read GovernanceStatsType
  // while this file loads, before issues' types are defined when a cycle starts from them.
  async volunteerHours(@Root() s: Pick<GovernanceStatsType, 'scope'>, @Ctx() ctx: Context): Promise<number> {
    return verifiedHours(ctx.em, s.scope.communityId, s.scope.from, s.scope.to);
  }
}

export const volunteerNodes = {
  VolunteerTask: async (ctx: Context, key: string) => {
    const t = await visibleTask(ctx, key);
    return t ? VolunteerTaskType.from(t, ctx.now()) : null;
  },
  Volunteer: async (ctx: Context, key: string) => {
    if (!ctx.userId || !UUID.test(key)) return null;
    const v = await ctx.em.findOne(Volunteer, key);
    return v && volunteerPolicy.canSeeVolunteer(await ctx.access(), volunteerFacts(v)) ? VolunteerType.from(v) : null;
  },
  TaskClaim: async (ctx: Context, key: string) => {
    if (!ctx.userId || !UUID.test(key)) return null;
    const c = await ctx.em.findOne(TaskClaim, key, { populate: ['volunteer', 'task'] });
    if (!c) return null;
    const access = await ctx.access();
    const own = c.volunteer.getEntity().user.id === access.userId;
    return own || volunteerPolicy.canSeeAllClaims(access, c.task.getEntity().station.id) ? TaskClaimType.from(c) : null;
  },
};

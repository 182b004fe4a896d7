import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../core/context.js';
import { requireUser } from '../core/policy.js';
import { keyOf } from '../core/ids.js';
import { OrganizationType } from '../communities/index.js';
import { IssueType, readableIssue } from '../issues/index.js';
import { VolunteerTask, VolunteerTaskStatus, VolunteerTaskType, volunteerPolicy } from '../volunteers/index.js';
import { ActionItem, ActionItemStatus, Meeting } from './meeting.entity.js';
import { ActionItemAction, ActionItemType, MeetingType, ResolutionType } from './meeting.types.js';
import { actionItemActions } from './meeting.actions.js';
import { AddActionItemInput, UpdateActionItemInput } from './meeting.inputs.js';
import { visibleActionItem } from './meeting.read.js';
import * as actions from './action-items.service.js';

const meetingOf = async (ref: { id: string; loadOrFail(o: { dataloader: boolean }): Promise<Meeting> }) => MeetingType.from(await ref.loadOrFail({ dataloader: true }));

/** The volunteer task made from an action item, if the viewer may see it. */
async function taskOf(ctx: Context, actionItemId: string): Promise<VolunteerTask | null> {
  const task = await ctx
    .loader<string, VolunteerTask | null>('actionItemTask', async (ids) => {
      const rows = await ctx.em.find(VolunteerTask, { sourceActionItemId: { $in: [...ids] } }, { orderBy: { createdAt: 'desc' } });
      return ids.map((id) => rows.find((t) => t.sourceActionItemId === id) ?? null);
    })
    .load(actionItemId);
  if (!task) return null;
  const ok = volunteerPolicy.canSeeTask(await ctx.access(), { stationId: task.station.id, communityId: task.community.id, draft: task.status === VolunteerTaskStatus.DRAFT });
  return ok ? task : null;
}

@Resolver(() => ActionItemType)
export class ActionItemResolver {
  @Query(() => [ActionItemType], {
    description: "待办: the action items meetings assigned to the organizations of this community the viewer sits in (their organizations' work), open ones by due date first; at most 100.",
  })
  async assignedActionItems(
    @Arg('communityId', () => ID, { description: 'The community.' }) communityId: string,
    @Arg('openOnly', () => Boolean, { defaultValue: true, description: 'Only those still OPEN (the default).' }) openOnly: boolean,
    @Ctx() ctx: Context,
  ): Promise<ActionItemType[]> {
    const access = await ctx.access();
    requireUser(access);
    const key = keyOf(communityId, 'Community', 'communityId');
    // An action item is its assignee's members' to see (visibleActionItem): only theirs are listed.
    const orgIds = access.organizationsIn(key).map((m) => m.organizationId);
    if (orgIds.length === 0) return [];
    const rows = await ctx.em.find(
      ActionItem,
      { community: key, assignee: { $in: orgIds }, ...(openOnly ? { status: ActionItemStatus.OPEN } : {}) },
      { orderBy: [{ status: 'asc' }, { dueAt: 'asc nulls last' }, { createdAt: 'asc' }, { id: 'asc' }], limit: 100 },
    );
    const now = ctx.now();
    return rows.map((a) => ActionItemType.from(a, now));
  }

  @FieldResolver(() => MeetingType, { description: 'The meeting that recorded it.' })
  meeting(@Root() a: ActionItemType): Promise<MeetingType> {
    return meetingOf(a.entity.meeting);
  }

  @FieldResolver(() => ResolutionType, { nullable: true, description: 'The resolution it carries out.' })
  async resolution(@Root() a: ActionItemType): Promise<ResolutionType | null> {
    return a.entity.resolution ? ResolutionType.from(await a.entity.resolution.loadOrFail({ dataloader: true })) : null;
  }

  @FieldResolver(() => OrganizationType, { description: 'The organization that carries it out.' })
  async assignee(@Root() a: ActionItemType): Promise<OrganizationType> {
    return OrganizationType.from(await a.entity.assignee.loadOrFail({ dataloader: true }));
  }

  @FieldResolver(() => IssueType, { nullable: true, description: 'The shared issue tracking it, when the viewer may read it.' })
  async issue(@Root() a: ActionItemType, @Ctx() ctx: Context): Promise<IssueType | null> {
    const issue = a.entity.issueId ? await readableIssue(ctx, a.entity.issueId) : null;
    return issue ? IssueType.from(issue, ctx.now()) : null;
  }

  @FieldResolver(() => VolunteerTaskType, { nullable: true, description: 'The volunteer task posted for it (the latest), when the viewer may see it.' })
  async task(@Root() a: ActionItemType, @Ctx() ctx: Context): Promise<VolunteerTaskType | null> {
    const t = await taskOf(ctx, a.entity.id);
    return t ? VolunteerTaskType.from(t, ctx.now()) : null;
  }

  @FieldResolver(() => [ActionItemAction], { description: 'The steps the viewer may take on it now (the policy and the state machine together): offer exactly these.' })
  async viewerActions(@Root() a: ActionItemType, @Ctx() ctx: Context): Promise<ActionItemAction[]> {
    return actionItemActions(ctx, a.entity, await a.entity.meeting.loadOrFail({ dataloader: true }));
  }

  @Mutation(() => ActionItemType, { description: '待办事项: the convener records what an organization must do; optionally tracked as a dispatched shared issue.' })
  async addActionItem(@Arg('input', () => AddActionItemInput) input: AddActionItemInput, @Ctx() ctx: Context): Promise<ActionItemType> {
    return ActionItemType.from(await actions.addActionItem(ctx, input), ctx.now());
  }

  @Mutation(() => ActionItemType, { description: 'OPEN → DONE or CANCELLED (the assignee or the convener).' })
  async updateActionItem(@Arg('input', () => UpdateActionItemInput) input: UpdateActionItemInput, @Ctx() ctx: Context): Promise<ActionItemType> {
    return ActionItemType.from(await actions.updateActionItem(ctx, input), ctx.now());
  }
}

@Resolver(() => VolunteerTaskType)
export class VolunteerTaskSourceResolver {
  @FieldResolver(() => ActionItemType, { nullable: true, description: "The meeting's action item it comes from, when the viewer may see it." })
  async sourceActionItem(@Root() t: VolunteerTaskType, @Ctx() ctx: Context): Promise<ActionItemType | null> {
    const id = t.entity.sourceActionItemId;
    const a = id ? await visibleActionItem(ctx, id) : null;
    return a ? ActionItemType.from(a, ctx.now()) : null;
  }
}

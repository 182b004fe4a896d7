import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../core/context.js';
import { authorize, requireUser } from '../core/policy.js';
import { badInput, notFound } from '../core/errors.js';
import { keyOf, optionalKeyOf, toGlobalId } from '../core/ids.js';
import { emit, type Audience } from '../events/index.js';
import { Organization, memberUserIds } from '../communities/index.js';
import { openTrackingIssue } from '../issues/index.js';
import { ActionItem, type Meeting, Resolution } from './meeting.entity.js';
import { meetingPolicy } from './meeting.policy.js';
import { assertCloseActionItem, assertMeeting, outcomeAllowsActionItems } from './meeting.state.js';
import { audienceOf, lockRunMeeting, lockVisibleMeeting, subjectOf, touch } from './meeting.access.js';
import { matterExecuted } from './matters.service.js';
import type { AddActionItemInput, UpdateActionItemInput } from './meeting.inputs.js';
import './meetings.events.js';

/** The meeting's audience, and the assignee's members (the item may not be flushed yet). */
async function audienceWith(em: EntityManager, meeting: Meeting, assigneeId: string): Promise<Audience> {
  const audience = await audienceOf(em, meeting);
  return { ...audience, organizationIds: [...(audience.organizationIds ?? []), assigneeId] };
}

export async function addActionItem(ctx: Context, input: AddActionItemInput): Promise<ActionItem> {
  const access = await ctx.access();
  const userId = requireUser(access);
  const key = keyOf(input.meetingId, 'Meeting', 'meetingId');
  const assigneeId = keyOf(input.assigneeId, 'Organization', 'assigneeId');
  const resolutionId = optionalKeyOf(input.resolutionId, 'Resolution', 'resolutionId');
  if (input.dueAt && input.dueAt <= ctx.now()) throw badInput({ dueAt: 'must be in the future' });
  return ctx.transact(async (tx) => {
    const { em } = tx;
    const { meeting } = await lockRunMeeting(tx, access, key, 'Only the convener records action items');
    assertMeeting('addActionItem', meeting.status);
    const assignee = await em.findOne(Organization, assigneeId);
    if (!assignee || assignee.community?.id !== meeting.community.id) throw badInput({ assigneeId: 'is not an organization of this community' });
    let resolution: Resolution | null = null;
    if (resolutionId) {
      resolution = await em.findOne(Resolution, { id: resolutionId, meeting: meeting.id });
      if (!resolution) throw badInput({ resolutionId: 'is not a resolution of this meeting' });
      if (!outcomeAllowsActionItems(resolution)) throw badInput({ resolutionId: `did not pass (${resolution.outcome})` });
    }
    const item = em.create(ActionItem, {
      meeting: meeting.id,
      community: meeting.community.id,
      resolution: resolution?.id ?? null,
      matterId: resolution?.matterId ?? null,
      title: input.title.trim(),
      assignee: assignee.id,
      dueAt: input.dueAt ?? null,
      createdBy: userId,
      createdAt: tx.now,
    });
    if (input.trackAsIssue) {
      const issue = await openTrackingIssue(tx, {
        communityId: meeting.community.id,
        title: item.title,
        body: `来自会议「${meeting.title}」的待办事项${resolution ? `，依据决议「${resolution.title}」` : ''}。`,
        reporterId: userId,
        assignee,
        resolveBy: item.dueAt,
      });
      item.issueId = issue.id;
    }
    touch(meeting);
    emit(tx, {
      type: 'actionItem.added',
      communityId: meeting.community.id,
      subject: subjectOf(meeting),
      data: {
        actionItemId: toGlobalId('ActionItem', item.id),
        title: item.title,
        assigneeName: assignee.name,
        dueAt: item.dueAt?.toISOString() ?? null,
        issueId: item.issueId ? toGlobalId('Issue', item.issueId) : null,
      },
      audience: await audienceWith(em, meeting, assignee.id),
      notify: { userIds: await memberUserIds(em, [assignee.id]), title: `会议待办：${item.title}` },
    });
    return item;
  });
}

/** OPEN → DONE or CANCELLED, by the assignee or the convener. A matter whose items are all done moves to 监事. */
export async function updateActionItem(ctx: Context, input: UpdateActionItemInput): Promise<ActionItem> {
  const access = await ctx.access();
  requireUser(access);
  const key = keyOf(input.actionItemId, 'ActionItem', 'actionItemId');
  return ctx.transact(async (tx) => {
    const { em } = tx;
    const found = await em.findOne(ActionItem, key);
    if (!found) throw notFound('ActionItem');
    // The assignee's members see their action items even when the meeting is not otherwise theirs.
    const { meeting, facts } = await lockVisibleMeeting(tx, access, found.meeting.id, 'update', access.isMemberOf(found.assignee.id));
    authorize(meetingPolicy.canUpdateActionItem(access, facts, found.assignee.id), 'Only the assignee or the convener closes an action item');
    const item = await em.findOneOrFail(ActionItem, key, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    assertCloseActionItem(item.status, input.status);
    const before = item.status;
    Object.assign(item, { status: input.status, closedAt: tx.now });
    touch(meeting);
    emit(tx, {
      type: 'actionItem.updated',
      communityId: meeting.community.id,
      subject: subjectOf(meeting),
      data: { actionItemId: toGlobalId('ActionItem', item.id), title: item.title, status: { before, after: item.status } },
      audience: await audienceWith(em, meeting, item.assignee.id),
    });
    if (item.matterId) await matterExecuted(tx, item.matterId);
    return item;
  });
}


import type { Context } from '../core/context.js';
import { ActionItem, Meeting } from './meeting.entity.js';
import { meetingPolicy, type MeetingFacts } from './meeting.policy.js';
import { factsOf, involvedIn } from './meeting.access.js';

/**
 * Reading meetings for the resolvers: whether the viewer sees one, with the facts the policy
 * judges, batched per request. The mutations lock and check through meeting.access.ts.
 */

export const UUID = /^[0-9a-f-]{36}$/;

/** Whether the viewer has a stake in each meeting (MeetingFacts.involved): one statement per request. */
function involved(ctx: Context, meetingId: string): Promise<boolean> {
  const userId = ctx.userId;
  if (!userId) return Promise.resolve(false);
  return ctx
    .loader<string, boolean>('meetingInvolved', async (ids) => {
      const set = await involvedIn(ctx.em, ids, userId);
      return ids.map((id) => set.has(id));
    })
    .load(meetingId);
}

/** The facts the meeting policy judges, for the viewer of this request. */
export async function viewerFacts(ctx: Context, m: Meeting): Promise<MeetingFacts> {
  return factsOf(m, await involved(ctx, m.id));
}

export async function canSeeMeeting(ctx: Context, m: Meeting): Promise<boolean> {
  return !!ctx.userId && meetingPolicy.canSee(await ctx.access(), await viewerFacts(ctx, m));
}

/** Loads a meeting the viewer may see, or null. */
export async function visibleMeeting(ctx: Context, key: string): Promise<Meeting | null> {
  if (!ctx.userId || !UUID.test(key)) return null;
  const m = await ctx.em.findOne(Meeting, key);
  return m && (await canSeeMeeting(ctx, m)) ? m : null;
}

/** An action item is seen by whoever sees its meeting, and by its assignee's members. */
export async function visibleActionItem(ctx: Context, key: string): Promise<ActionItem | null> {
  if (!ctx.userId || !UUID.test(key)) return null;
  const a = await ctx.em.findOne(ActionItem, key, { populate: ['meeting'] });
  if (!a) return null;
  if ((await ctx.access()).isMemberOf(a.assignee.id)) return a;
  return (await canSeeMeeting(ctx, a.meeting.getEntity())) ? a : null;
}

import type { Context } from '../core/context.js';
import { AgendaItem, Resolution } from './meeting.entity.js';
import { ActionItemType, AgendaItemType, MeetingType, ResolutionType } from './meeting.types.js';
import { canSeeMeeting, UUID, visibleActionItem, visibleMeeting } from './meeting.read.js';

/** node(id) for the meeting types: each only if the viewer may see it. */
export const meetingNodes = {
  Meeting: async (ctx: Context, key: string) => {
    const m = await visibleMeeting(ctx, key);
    return m ? MeetingType.from(m) : null;
  },
  AgendaItem: async (ctx: Context, key: string) => {
    if (!ctx.userId || !UUID.test(key)) return null;
    const i = await ctx.em.findOne(AgendaItem, key, { populate: ['meeting'] });
    return i && (await canSeeMeeting(ctx, i.meeting.getEntity())) ? AgendaItemType.from(i) : null;
  },
  Resolution: async (ctx: Context, key: string) => {
    if (!ctx.userId || !UUID.test(key)) return null;
    const r = await ctx.em.findOne(Resolution, key, { populate: ['meeting'] });
    return r && (await canSeeMeeting(ctx, r.meeting.getEntity())) ? ResolutionType.from(r) : null;
  },
  ActionItem: async (ctx: Context, key: string) => {
    const a = await visibleActionItem(ctx, key);
    return a ? ActionItemType.from(a, ctx.now()) : null;
  },
};

import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../core/context.js';
import { UserType, User } from '../accounts/index.js';
import { MeetingStatus, MinutesApproval, MinutesRevision } from './meeting.entity.js';
import { AgendaItemType, MinutesRevisionType, MinutesType } from './meeting.types.js';
import { renderMinutes } from './minutes.js';
import { approversRequired } from './minutes.service.js';

/** The minutes: rendered from the meeting's rows, their approvals and every revision of the notes. */
@Resolver(() => MinutesType)
export class MinutesResolver {
  @FieldResolver(() => String, { description: 'The whole minutes as Markdown: attendance, each agenda item’s notes, resolutions with tallies, action items.' })
  markdown(@Root() m: MinutesType, @Ctx() ctx: Context): Promise<string> {
    return renderMinutes(ctx.em, m.meeting);
  }

  @FieldResolver(() => [UserType], { description: 'Who approved them so far.' })
  async approvedBy(@Root() m: MinutesType, @Ctx() ctx: Context): Promise<UserType[]> {
    const rows = await ctx.em.find(MinutesApproval, { meeting: m.meeting.id }, { populate: ['user'], orderBy: { approvedAt: 'asc' } });
    return rows.map((r) => UserType.from(r.user.getEntity()));
  }

  @FieldResolver(() => [UserType], { description: 'Who must still approve them (present members of the convener) while ADJOURNED.' })
  async pendingApprovers(@Root() m: MinutesType, @Ctx() ctx: Context): Promise<UserType[]> {
    if (m.meeting.status !== MeetingStatus.ADJOURNED) return [];
    const [required, approvals] = await Promise.all([approversRequired(ctx.em, m.meeting), ctx.em.find(MinutesApproval, { meeting: m.meeting.id })]);
    const done = new Set(approvals.map((a) => a.user.id));
    const pending = required.filter((id) => !done.has(id));
    return pending.length ? (await ctx.em.find(User, { id: { $in: pending } }, { orderBy: { name: 'asc' } })).map(UserType.from) : [];
  }

  @FieldResolver(() => [MinutesRevisionType], { description: 'Every edit of the notes, newest first (the latest 200).' })
  async revisions(@Root() m: MinutesType, @Ctx() ctx: Context): Promise<MinutesRevisionType[]> {
    return (await ctx.em.find(MinutesRevision, { meeting: m.meeting.id }, { orderBy: { createdAt: 'desc', version: 'desc', id: 'desc' }, limit: 200 })).map(MinutesRevisionType.from);
  }
}

@Resolver(() => MinutesRevisionType)
export class MinutesRevisionResolver {
  @FieldResolver(() => UserType, { description: 'Who edited.' })
  async author(@Root() r: MinutesRevisionType): Promise<UserType> {
    return UserType.from(await r.entity.author.loadOrFail({ dataloader: true }));
  }

  @FieldResolver(() => AgendaItemType, { description: 'The agenda item edited.' })
  async agendaItem(@Root() r: MinutesRevisionType): Promise<AgendaItemType> {
    return AgendaItemType.from(await r.entity.agendaItem.loadOrFail({ dataloader: true }));
  }
}

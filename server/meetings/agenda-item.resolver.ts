import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { AttachmentType, attachmentsOf } from '../attachments/index.js';
import type { Context } from '../core/context.js';
import { UserType, User } from '../accounts/index.js';
import { IssueType, readableIssue } from '../issues/index.js';
import { AgendaEditor, Meeting } from './meeting.entity.js';
import { Matter } from './matter.entity.js';
import { AgendaItemAction, AgendaItemType, MeetingType } from './meeting.types.js';
import { MatterType } from './matter.types.js';
import { AddAgendaItemInput, EditAgendaNotesInput, SetEditingInput } from './meeting.inputs.js';
import { matterPolicy } from './meeting.policy.js';
import { agendaItemActions } from './meeting.actions.js';
import * as lifecycle from './meeting-lifecycle.service.js';
import * as notes from './live-notes.service.js';

const meetingOf = async (ref: { id: string; loadOrFail(o: { dataloader: boolean }): Promise<Meeting> }) => MeetingType.from(await ref.loadOrFail({ dataloader: true }));

/** An agenda item: its live notes and who edits them, the matter or issue it discusses. */
@Resolver(() => AgendaItemType)
export class AgendaItemResolver {
  @FieldResolver(() => [AttachmentType], { description: 'Its papers and photos (scans of agreements, plans), in the order given: served to whoever may see the meeting.' })
  async attachments(@Root() i: AgendaItemType, @Ctx() ctx: Context): Promise<AttachmentType[]> {
    return (await attachmentsOf(ctx, 'AgendaItem', i.entity.id)).map(AttachmentType.from);
  }

  @FieldResolver(() => MeetingType, { description: 'Its meeting.' })
  meeting(@Root() i: AgendaItemType): Promise<MeetingType> {
    return meetingOf(i.entity.meeting);
  }

  @FieldResolver(() => [UserType], { description: 'Who is editing the notes right now.' })
  async editors(@Root() i: AgendaItemType, @Ctx() ctx: Context): Promise<UserType[]> {
    const now = ctx.now();
    const users = await ctx
      .loader<string, User[]>('agendaEditors', async (ids) => {
        const rows = await ctx.em.find(AgendaEditor, { agendaItem: { $in: [...ids] }, until: { $gt: now } }, { populate: ['user'], orderBy: { user: { name: 'asc' } } });
        return ids.map((id) => rows.filter((r) => r.agendaItem.id === id).map((r) => r.user.getEntity()));
      })
      .load(i.entity.id);
    return users.map(UserType.from);
  }

  @FieldResolver(() => MatterType, { nullable: true, description: 'The matter (事项) it discusses.' })
  async matter(@Root() i: AgendaItemType, @Ctx() ctx: Context): Promise<MatterType | null> {
    if (!i.entity.matterId) return null;
    const m = await ctx.em.findOne(Matter, i.entity.matterId);
    return m && matterPolicy.canSee(await ctx.access(), m.community.id) ? MatterType.from(m) : null;
  }

  @FieldResolver(() => IssueType, { nullable: true, description: 'The shared issue it discusses, when the viewer may read it.' })
  async issue(@Root() i: AgendaItemType, @Ctx() ctx: Context): Promise<IssueType | null> {
    const issue = i.entity.issueId ? await readableIssue(ctx, i.entity.issueId) : null;
    return issue ? IssueType.from(issue, ctx.now()) : null;
  }

  @FieldResolver(() => [AgendaItemAction], { description: 'The steps the viewer may take on it now (the policy and the state machine together): offer exactly these.' })
  async viewerActions(@Root() i: AgendaItemType, @Ctx() ctx: Context): Promise<AgendaItemAction[]> {
    return agendaItemActions(ctx, await i.entity.meeting.loadOrFail({ dataloader: true }));
  }

  @Mutation(() => AgendaItemType, { description: 'Add an item at the end of the agenda (the convener), before or during the session.' })
  async addAgendaItem(@Arg('input', () => AddAgendaItemInput) input: AddAgendaItemInput, @Ctx() ctx: Context): Promise<AgendaItemType> {
    return AgendaItemType.from(await lifecycle.addAgendaItem(ctx, input));
  }

  @Mutation(() => AgendaItemType, {
    description: "Replace an item's notes. A stale expectedVersion is merged line by line with the edits since, or fails with CONFLICT (extensions: currentNotes, currentVersion).",
  })
  async editAgendaNotes(@Arg('input', () => EditAgendaNotesInput) input: EditAgendaNotesInput, @Ctx() ctx: Context): Promise<AgendaItemType> {
    return AgendaItemType.from(await notes.editAgendaNotes(ctx, input));
  }

  @Mutation(() => AgendaItemType, { description: 'The viewer has the notes open for editing (renew within a minute) or closed them: AgendaItem.editors.' })
  async setEditing(@Arg('input', () => SetEditingInput) input: SetEditingInput, @Ctx() ctx: Context): Promise<AgendaItemType> {
    return AgendaItemType.from(await notes.setEditing(ctx, input));
  }
}

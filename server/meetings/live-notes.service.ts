import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { mergeText } from '../../common/merge.js';
import type { Context } from '../core/context.js';
import { authorize, requireUser } from '../core/policy.js';
import { badInput, conflict, notFound } from '../core/errors.js';
import { keyOf, toGlobalId } from '../core/ids.js';
import { emit } from '../events/index.js';
import { AgendaItem, MinutesRevision } from './meeting.entity.js';
import { meetingPolicy } from './meeting.policy.js';
import { audienceOf, lockVisibleMeeting, nameOf, subjectOf } from './meeting.access.js';
import { assertMeeting, isAmendment } from './meeting.state.js';
import type { EditAgendaNotesInput } from './meeting.inputs.js';
import './meetings.events.js';

/**
 * The live notes of the agenda items: edits merged three ways, who is editing now, amendments
 * after publication. Every edit is a MinutesRevision.
 */

/** An editor's presence lasts this long unless renewed (by an edit or setEditing). */
export const EDITING_TTL_MS = 60_000;

/** The notes as they were at `version` (the text that edit was made on). */
async function notesAt(em: EntityManager, itemId: string, version: number): Promise<string> {
  if (version === 0) return '';
  const rev = await em.findOne(MinutesRevision, { agendaItem: itemId, version });
  return rev?.notes ?? '';
}

function editSummary(item: AgendaItem, before: string, after: string, merged: boolean): string {
  const delta = [...after].length - [...before].length;
  const size = delta >= 0 ? `+${delta}` : `${delta}`;
  return `编辑第${item.position}项「${item.title}」（${size} 字${merged ? '，已与他人修改合并' : ''}）`.slice(0, 300);
}

/**
 * Replaces an item's notes. Edits of one item are serialized by its row lock; an edit made on an
 * older version is merged with the edits since, or refused with CONFLICT carrying the current
 * text, so two people typing at once lose nothing. After publication only the convener amends,
 * with a reason. Every edit is a revision.
 */
export async function editAgendaNotes(ctx: Context, input: EditAgendaNotesInput): Promise<AgendaItem> {
  const access = await ctx.access();
  const userId = requireUser(access);
  const key = keyOf(input.agendaItemId, 'AgendaItem', 'agendaItemId');
  return ctx.transact(async (tx) => {
    const { em } = tx;
    const found = await em.findOne(AgendaItem, key);
    if (!found) throw notFound('AgendaItem');
    const { meeting, facts } = await lockVisibleMeeting(tx, access, found.meeting.id, 'share');
    authorize(meetingPolicy.canEditNotes(access, facts), 'Only the convener and participants edit the notes (after publication: the convener, by amendment)');
    assertMeeting('editNotes', meeting.status);
    const amendment = isAmendment(meeting.status);
    if (amendment && !input.amendmentReason) throw badInput({ amendmentReason: 'is required: the minutes are published' });
    if (!amendment && input.amendmentReason) throw badInput({ amendmentReason: 'only for published minutes' });
    const item = await em.findOneOrFail(AgendaItem, key, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (input.expectedVersion > item.notesVersion) throw badInput({ expectedVersion: `is ahead of the notes (version ${item.notesVersion})` });
    let notes = input.notes;
    const merged = input.expectedVersion < item.notesVersion;
    if (merged) {
      const result = mergeText(await notesAt(em, item.id, input.expectedVersion), input.notes, item.notes);
      if (result === null) {
        throw conflict('Someone else changed the same lines; here is the current text', { currentNotes: item.notes, currentVersion: item.notesVersion });
      }
      notes = result;
    }
    if (notes.length > 20000) throw badInput({ notes: 'would exceed 20,000 characters' });
    await renewPresence(em, item.id, userId, tx.now);
    if (notes === item.notes) return item;
    const before = item.notes;
    item.notes = notes;
    item.notesVersion += 1;
    const summary = amendment ? `修正：${input.amendmentReason!.trim()}` : editSummary(item, before, notes, merged);
    em.create(MinutesRevision, { meeting: meeting.id, agendaItem: item.id, version: item.notesVersion, notes, author: userId, summary, amendment, createdAt: tx.now });
    const audience = await audienceOf(em, meeting);
    emit(tx, {
      type: 'meeting.notesEdited',
      communityId: meeting.community.id,
      subject: subjectOf(meeting),
      data: {
        agendaItemId: toGlobalId('AgendaItem', item.id),
        itemTitle: item.title,
        notesVersion: item.notesVersion,
        authorName: await nameOf(em, userId),
        merged,
        amendmentReason: amendment ? input.amendmentReason!.trim() : null,
      },
      audience,
      notify: amendment ? { userIds: audience.userIds ?? [], title: `会议纪要已修正：${meeting.title}` } : undefined,
    });
    return item;
  });
}

async function renewPresence(em: EntityManager, itemId: string, userId: string, now: Date): Promise<boolean> {
  const rows = await em.execute<{ fresh: boolean }[]>(
    `INSERT INTO agenda_editors (agenda_item_id, user_id, until) VALUES (?, ?, ?)
     ON CONFLICT (agenda_item_id, user_id) DO UPDATE SET until = EXCLUDED.until
     RETURNING (xmax = 0) AS fresh`,
    [itemId, userId, new Date(now.getTime() + EDITING_TTL_MS)],
  );
  return rows[0]?.fresh ?? false;
}

/**
 * Says that the viewer has the notes of an item open (renew within a minute) or has closed them.
 * `AgendaItem.editors` lists who is editing now; an event goes out only when someone starts or
 * stops, never on renewal.
 */
export async function setEditing(ctx: Context, input: { agendaItemId: string; editing: boolean }): Promise<AgendaItem> {
  const access = await ctx.access();
  const userId = requireUser(access);
  const key = keyOf(input.agendaItemId, 'AgendaItem', 'agendaItemId');
  return ctx.transact(async (tx) => {
    const { em } = tx;
    const item = await em.findOne(AgendaItem, key);
    if (!item) throw notFound('AgendaItem');
    const { meeting, facts } = await lockVisibleMeeting(tx, access, item.meeting.id, 'share');
    authorize(meetingPolicy.canEditNotes(access, facts), 'Only the convener and participants edit the notes');
    let changed: boolean;
    if (input.editing) {
      assertMeeting('editNotes', meeting.status);
      const [was] = await em.execute<{ live: boolean }[]>(`SELECT until > ? AS live FROM agenda_editors WHERE agenda_item_id = ? AND user_id = ?`, [tx.now, item.id, userId]);
      await renewPresence(em, item.id, userId, tx.now);
      changed = !was?.live;
    } else {
      const removed = await em.execute<{ live: boolean }[]>(`DELETE FROM agenda_editors WHERE agenda_item_id = ? AND user_id = ? RETURNING until > ? AS live`, [item.id, userId, tx.now]);
      changed = !!removed[0]?.live;
    }
    if (changed) {
      emit(tx, {
        type: 'meeting.editing',
        communityId: meeting.community.id,
        subject: subjectOf(meeting),
        data: { agendaItemId: toGlobalId('AgendaItem', item.id), userName: await nameOf(em, userId), editing: input.editing },
        audience: await audienceOf(em, meeting),
      });
    }
    return item;
  });
}

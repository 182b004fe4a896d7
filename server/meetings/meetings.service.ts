import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { diff3Merge, merge } from 'node-diff3';
import type { Context } from '../core/context.js';
import type { Transaction } from '../core/transaction.js';
import type { Access } from '../core/access.js';
import { authorize, requireUser } from '../core/policy.js';
import { badInput, conflict, forbidden, invalidTransition, notFound } from '../core/errors.js';
import { keyOf, optionalKeyOf, toGlobalId } from '../core/ids.js';
import { emit } from '../events/emit.js';
import { User } from '../accounts/user.entity.js';
import { Organization } from '../communities/organization.entity.js';
import { Membership } from '../communities/membership.entity.js';
import { Issue } from '../issues/issue.entity.js';
import { issuePolicy } from '../issues/issue.policy.js';
import { factsOf as issueFacts } from '../issues/issues.service.js';
import { AgendaItem, Attendance, AttendanceStatus, Meeting, MeetingKind, MeetingStatus as S, MinutesApproval, MinutesRevision } from './meeting.entity.js';
import { Matter, MatterStage } from './matter.entity.js';
import { CONVENERS, meetingPolicy } from './meeting.policy.js';
import { audienceOf, lockRunMeeting, lockVisibleMeeting, subjectOf, touch } from './meeting.access.js';
import { closeOpenResolutions } from './votes.service.js';
import { ATTENDANCE_QUORUM } from './vote.rules.js';
import { advanceMatterIn } from './matters.service.js';
import type { AgendaItemInput, CancelMeetingInput, CheckInAttendeeInput, EditAgendaNotesInput, ScheduleMeetingInput } from './meeting.inputs.js';
import './meetings.events.js';

/** An editor's presence lasts this long unless renewed (by an edit or setEditing). */
export const EDITING_TTL_MS = 60_000;

/** Where each step may be taken from. */
const FROM: Record<string, S[]> = {
  start: [S.SCHEDULED],
  adjourn: [S.IN_SESSION],
  cancel: [S.SCHEDULED],
  checkIn: [S.SCHEDULED, S.IN_SESSION],
  addAgendaItem: [S.SCHEDULED, S.IN_SESSION],
  editNotes: [S.IN_SESSION, S.ADJOURNED, S.PUBLISHED],
  approve: [S.ADJOURNED],
  publish: [S.MINUTES_APPROVED],
};

export function assertStep(step: keyof typeof FROM, status: S): void {
  if (!FROM[step]!.includes(status)) throw invalidTransition(status, step);
}

async function nameOf(em: EntityManager, userId: string): Promise<string> {
  return (await em.findOneOrFail(User, userId)).name;
}

/** A matter of this community to put on an agenda; it enters 定事 when the meeting decides. */
async function agendaMatter(tx: Transaction, access: Access, meeting: Meeting, matterId: string | undefined, field: string): Promise<Matter | null> {
  if (!matterId) return null;
  const matter = await tx.em.findOne(Matter, matterId, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!matter || matter.community.id !== meeting.community.id) throw badInput({ [field]: 'is not a matter of this community' });
  if ([MatterStage.CLOSED, MatterStage.REJECTED].includes(matter.stage)) throw badInput({ [field]: `is ${matter.stage}` });
  if ((meeting.kind === MeetingKind.REPRESENTATIVES || meeting.kind === MeetingKind.OWNERS_ASSEMBLY) && matter.stage === MatterStage.DELIBERATION) {
    advanceMatterIn(tx, matter, MatterStage.DECISION, `列入${meeting.title}议程`);
  }
  return matter;
}

async function agendaIssue(tx: Transaction, access: Access, meeting: Meeting, issueId: string | undefined, field: string): Promise<string | null> {
  if (!issueId) return null;
  const issue = await tx.em.findOne(Issue, issueId);
  if (!issue || issue.community.id !== meeting.community.id || !issuePolicy.canRead(access, issueFacts(issue))) throw badInput({ [field]: 'is not an issue of this community' });
  return issue.id;
}

/** `prefix` locates the item in the input ('agenda.2'), or is empty when the input is the item itself. */
async function createAgendaItem(tx: Transaction, access: Access, meeting: Meeting, input: AgendaItemInput, position: number, prefix: string): Promise<AgendaItem> {
  const field = (name: string) => (prefix ? `${prefix}.${name}` : name);
  const matter = await agendaMatter(tx, access, meeting, optionalKeyOf(input.matterId, 'Matter', field('matterId')), field('matterId'));
  const issueId = await agendaIssue(tx, access, meeting, optionalKeyOf(input.issueId, 'Issue', field('issueId')), field('issueId'));
  return tx.em.create(AgendaItem, { meeting, position, title: input.title.trim(), matterId: matter?.id ?? null, issueId });
}

export async function scheduleMeeting(ctx: Context, input: ScheduleMeetingInput): Promise<Meeting> {
  const access = await ctx.access();
  const userId = requireUser(access);
  const communityId = keyOf(input.communityId, 'Community', 'communityId');
  const convenerId = keyOf(input.convenerId, 'Organization', 'convenerId');
  // The keys as given (errors name the input's index), then without repeats.
  const participantKeys = input.participantIds.map((id, i) => keyOf(id, 'Organization', `participantIds.${i}`));
  const inviteeKeys = (input.inviteeIds ?? []).map((id, i) => keyOf(id, 'User', `inviteeIds.${i}`));
  const participantIds = [...new Set(participantKeys)].filter((id) => id !== convenerId);
  const inviteeIds = [...new Set(inviteeKeys)];
  authorize(meetingPolicy.canSchedule(access, convenerId), 'Only members of the convening organization schedule its meetings');
  if (input.scheduledAt <= ctx.now()) throw badInput({ scheduledAt: 'must be in the future' });
  return ctx.transact(async (tx) => {
    const { em } = tx;
    const convener = await em.findOne(Organization, convenerId);
    if (!convener || convener.community?.id !== communityId) throw badInput({ convenerId: 'is not an organization of this community' });
    if (!CONVENERS[input.kind].includes(convener.kind)) throw badInput({ convenerId: `a ${convener.kind} does not convene a ${input.kind} meeting` });
    const participants = participantIds.length ? await em.find(Organization, { id: { $in: participantIds }, community: communityId }) : [];
    if (participants.length !== participantIds.length) {
      const bad = participantKeys.findIndex((id) => id !== convenerId && !participants.some((p) => p.id === id));
      throw badInput({ [`participantIds.${bad}`]: 'is not an organization of this community' });
    }
    // Invitees belong to the community: residents (verified or not) or members of its organizations.
    if (inviteeIds.length) {
      const known = await em.execute<{ id: string }[]>(
        `SELECT r.user_id AS id FROM residencies r WHERE r.community_id = ? AND r.user_id = ANY(?::uuid[])
         UNION SELECT m.user_id FROM memberships m JOIN organizations o ON o.id = m.organization_id WHERE o.community_id = ? AND m.user_id = ANY(?::uuid[])`,
        [communityId, `{${inviteeIds.join(',')}}`, communityId, `{${inviteeIds.join(',')}}`],
      );
      const ok = new Set(known.map((r) => r.id));
      const bad = inviteeKeys.findIndex((id) => !ok.has(id));
      if (bad >= 0) throw badInput({ [`inviteeIds.${bad}`]: 'does not belong to this community' });
    }
    const meeting = em.create(Meeting, {
      community: communityId,
      kind: input.kind,
      title: input.title.trim(),
      scheduledAt: input.scheduledAt,
      location: input.location?.trim() || null,
      convener: convenerId,
      attendanceQuorum: ATTENDANCE_QUORUM[input.kind],
      participantIds,
      createdBy: userId,
    });
    // The roll: the convener's members, the participants', then the invitees; one seat each.
    const seated = new Set<string>();
    const members = await em.find(Membership, { organization: { $in: [convenerId, ...participantIds] } }, { orderBy: { createdAt: 'asc' } });
    for (const orgId of [convenerId, ...participantIds]) {
      for (const m of members.filter((x) => x.organization.id === orgId)) {
        if (seated.has(m.user.id)) continue;
        seated.add(m.user.id);
        em.create(Attendance, { meeting, principal: m.user.id, attendee: m.user.id, organization: orgId });
      }
    }
    for (const id of inviteeIds) {
      if (seated.has(id)) continue;
      seated.add(id);
      em.create(Attendance, { meeting, principal: id, attendee: id, organization: null });
    }
    for (const [i, item] of (input.agenda ?? []).entries()) await createAgendaItem(tx, access, meeting, item, i + 1, `agenda.${i}`);
    emit(tx, {
      type: 'meeting.scheduled',
      communityId,
      subject: subjectOf(meeting),
      data: { title: meeting.title, kind: meeting.kind, scheduledAt: meeting.scheduledAt.toISOString(), convenerName: convener.name },
      audience: { public: meetingAnnounced(meeting), organizationIds: [convenerId, ...participantIds], userIds: [...seated] },
      notify: { userIds: [...seated], title: `会议通知：${meeting.title}` },
    });
    return meeting;
  });
}

const meetingAnnounced = (m: Meeting) => m.kind === MeetingKind.REPRESENTATIVES || m.kind === MeetingKind.OWNERS_ASSEMBLY;

export async function startMeeting(ctx: Context, meetingId: string): Promise<Meeting> {
  const access = await ctx.access();
  requireUser(access);
  const key = keyOf(meetingId, 'Meeting', 'meetingId');
  return ctx.transact(async (tx) => {
    const { meeting } = await lockRunMeeting(tx, access, key, 'Only the convener starts the meeting');
    assertStep('start', meeting.status);
    Object.assign(meeting, { status: S.IN_SESSION, startedAt: tx.now });
    touch(meeting);
    emit(tx, { type: 'meeting.started', communityId: meeting.community.id, subject: subjectOf(meeting), data: { title: meeting.title }, audience: await audienceOf(tx.em, meeting) });
    return meeting;
  });
}

export async function adjournMeeting(ctx: Context, meetingId: string): Promise<Meeting> {
  const access = await ctx.access();
  requireUser(access);
  const key = keyOf(meetingId, 'Meeting', 'meetingId');
  return ctx.transact(async (tx) => {
    const { meeting } = await lockRunMeeting(tx, access, key, 'Only the convener adjourns the meeting');
    assertStep('adjourn', meeting.status);
    // Votes still open are counted now; seats never taken are marked absent.
    await closeOpenResolutions(tx, meeting);
    const absent = await tx.em.nativeUpdate(Attendance, { meeting: meeting.id, status: AttendanceStatus.INVITED }, { status: AttendanceStatus.ABSENT });
    Object.assign(meeting, { status: S.ADJOURNED, adjournedAt: tx.now });
    touch(meeting);
    emit(tx, { type: 'meeting.adjourned', communityId: meeting.community.id, subject: subjectOf(meeting), data: { title: meeting.title, absent }, audience: await audienceOf(tx.em, meeting) });
    return meeting;
  });
}

export async function cancelMeeting(ctx: Context, input: CancelMeetingInput): Promise<Meeting> {
  const access = await ctx.access();
  requireUser(access);
  const key = keyOf(input.meetingId, 'Meeting', 'meetingId');
  return ctx.transact(async (tx) => {
    const { meeting } = await lockRunMeeting(tx, access, key, 'Only the convener cancels the meeting');
    assertStep('cancel', meeting.status);
    Object.assign(meeting, { status: S.CANCELLED, cancelReason: input.reason.trim() });
    touch(meeting);
    const audience = await audienceOf(tx.em, meeting);
    emit(tx, {
      type: 'meeting.cancelled',
      communityId: meeting.community.id,
      subject: subjectOf(meeting),
      data: { title: meeting.title, reason: meeting.cancelReason! },
      audience,
      notify: { userIds: audience.userIds ?? [], title: `会议取消：${meeting.title}` },
    });
    return meeting;
  });
}

/**
 * 签到. Without `userId` the viewer checks in to their own seat (an owner takes a seat at an
 * owners' assembly). With it, a teller of the convener checks someone in; with `proxyForUserId`
 * too, that person takes the seat of the invitee who gave them a proxy (委托). Checking in twice
 * changes nothing.
 */
export async function checkInAttendee(ctx: Context, input: CheckInAttendeeInput): Promise<Attendance> {
  const access = await ctx.access();
  const viewerId = requireUser(access);
  const key = keyOf(input.meetingId, 'Meeting', 'meetingId');
  const userId = optionalKeyOf(input.userId, 'User', 'userId');
  const proxyFor = optionalKeyOf(input.proxyForUserId, 'User', 'proxyForUserId');
  return ctx.transact(async (tx) => {
    const { em } = tx;
    const { meeting, facts } = await lockVisibleMeeting(tx, access, key, 'share');
    const byTeller = !!userId && userId !== viewerId;
    if (byTeller || proxyFor) authorize(meetingPolicy.canRun(access, facts), 'Only a teller of the convener checks in others and records proxies');
    assertStep('checkIn', meeting.status);
    const attendeeId = userId ?? viewerId;
    if (userId && userId !== viewerId && !(await belongsToCommunity(em, meeting.community.id, userId))) throw badInput({ userId: 'does not belong to this community' });
    const principalId = proxyFor ?? attendeeId;
    if (principalId === attendeeId && proxyFor) throw badInput({ proxyForUserId: 'is the person checked in' });
    let seat = await em.findOne(Attendance, { meeting: meeting.id, principal: principalId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!seat) {
      // Owners are on the roll of their assembly without an invitation.
      const owner = meeting.kind === MeetingKind.OWNERS_ASSEMBLY && (await isVerifiedOwner(em, meeting.community.id, principalId));
      if (!owner) {
        if (proxyFor) throw badInput({ proxyForUserId: 'is not on the roll of this meeting' });
        if (byTeller) throw badInput({ userId: 'is not on the roll of this meeting' });
        throw forbidden('You are not on the roll of this meeting');
      }
      // An owner who taps twice at once gets one seat: the second insert waits for the first and does nothing.
      await em.execute(
        `INSERT INTO meeting_attendance (id, meeting_id, principal_id, attendee_id, organization_id) VALUES (?, ?, ?, ?, NULL) ON CONFLICT (meeting_id, principal_id) DO NOTHING`,
        [randomUUID(), meeting.id, principalId, principalId],
      );
      seat = await em.findOneOrFail(Attendance, { meeting: meeting.id, principal: principalId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    }
    const wanted = proxyFor ? AttendanceStatus.PROXY : AttendanceStatus.PRESENT;
    if (seat.status === wanted && seat.attendee.id === attendeeId) return seat;
    if (seat.status !== AttendanceStatus.INVITED && seat.status !== AttendanceStatus.ABSENT) {
      throw conflict(proxyFor ? 'This seat is already taken' : 'Already checked in', { status: seat.status });
    }
    Object.assign(seat, { status: wanted, attendee: attendeeId, checkedInAt: tx.now, checkedInBy: viewerId });
    emit(tx, {
      type: 'meeting.checkedIn',
      communityId: meeting.community.id,
      subject: subjectOf(meeting),
      data: {
        title: meeting.title,
        attendanceId: toGlobalId('Attendance', seat.id),
        userName: await nameOf(em, attendeeId),
        proxyForName: proxyFor ? await nameOf(em, proxyFor) : null,
      },
      audience: await audienceOf(em, meeting),
    });
    return seat;
  });
}

/** A resident (verified or not) of the community, or a member of one of its organizations. */
async function belongsToCommunity(em: EntityManager, communityId: string, userId: string): Promise<boolean> {
  const [row] = await em.execute<{ n: number }[]>(
    `SELECT (EXISTS (SELECT 1 FROM residencies WHERE community_id = ? AND user_id = ?)
          OR EXISTS (SELECT 1 FROM memberships m JOIN organizations o ON o.id = m.organization_id WHERE o.community_id = ? AND m.user_id = ?))::int AS n`,
    [communityId, userId, communityId, userId],
  );
  return row?.n === 1;
}

async function isVerifiedOwner(em: EntityManager, communityId: string, userId: string): Promise<boolean> {
  const [row] = await em.execute<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM residencies WHERE community_id = ? AND user_id = ? AND verified AND kind = 'OWNER' AND unit_id IS NOT NULL`,
    [communityId, userId],
  );
  return (row?.n ?? 0) > 0;
}

export async function addAgendaItem(ctx: Context, input: { meetingId: string } & AgendaItemInput): Promise<AgendaItem> {
  const access = await ctx.access();
  requireUser(access);
  const key = keyOf(input.meetingId, 'Meeting', 'meetingId');
  return ctx.transact(async (tx) => {
    const { meeting } = await lockRunMeeting(tx, access, key, 'Only the convener sets the agenda');
    assertStep('addAgendaItem', meeting.status);
    const count = await tx.em.count(AgendaItem, { meeting: meeting.id });
    if (count >= 30) throw badInput({ meetingId: 'has 30 agenda items already' });
    const item = await createAgendaItem(tx, access, meeting, input, count + 1, '');
    touch(meeting);
    emit(tx, {
      type: 'meeting.agendaItemAdded',
      communityId: meeting.community.id,
      subject: subjectOf(meeting),
      data: { title: item.title, agendaItemId: toGlobalId('AgendaItem', item.id), position: item.position },
      audience: await audienceOf(tx.em, meeting),
    });
    return item;
  });
}

/** The notes as they were at `version` (the text that edit was made on). */
async function notesAt(em: EntityManager, itemId: string, version: number): Promise<string> {
  if (version === 0) return '';
  const rev = await em.findOne(MinutesRevision, { agendaItem: itemId, version });
  return rev?.notes ?? '';
}

/**
 * Three-way merge of an edit made on an old version (`base`) with what others wrote since
 * (`current`): line by line, and where both touched the same or neighbouring lines, character by
 * character within those lines. Null when both changed the same characters.
 */
export function mergeNotes(base: string, mine: string, current: string): string | null {
  const out: string[] = [];
  for (const block of diff3Merge(mine.split('\n'), base.split('\n'), current.split('\n'))) {
    if (block.ok) {
      out.push(...block.ok);
      continue;
    }
    const { a, o, b } = block.conflict!;
    const chars = merge(Array.from(a.join('\n')), Array.from(o.join('\n')), Array.from(b.join('\n')));
    if (chars.conflict) return null;
    out.push(chars.result.join(''));
  }
  return out.join('\n');
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
    assertStep('editNotes', meeting.status);
    const amendment = meeting.status === S.PUBLISHED;
    if (amendment && !input.amendmentReason) throw badInput({ amendmentReason: 'is required: the minutes are published' });
    if (!amendment && input.amendmentReason) throw badInput({ amendmentReason: 'only for published minutes' });
    const item = await em.findOneOrFail(AgendaItem, key, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (input.expectedVersion > item.notesVersion) throw badInput({ expectedVersion: `is ahead of the notes (version ${item.notesVersion})` });
    let notes = input.notes;
    const merged = input.expectedVersion < item.notesVersion;
    if (merged) {
      const result = mergeNotes(await notesAt(em, item.id, input.expectedVersion), input.notes, item.notes);
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
      assertStep('editNotes', meeting.status);
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

/**
 * Who must approve the minutes: the convener's members who were present (or held a proxy); when
 * none was, the convener's chair alone.
 */
export async function approversRequired(em: EntityManager, meeting: Meeting): Promise<string[]> {
  const present = await em.execute<{ id: string }[]>(
    `SELECT DISTINCT a.attendee_id AS id FROM meeting_attendance a
       JOIN memberships m ON m.user_id = a.attendee_id AND m.organization_id = ?
      WHERE a.meeting_id = ? AND a.status IN ('PRESENT', 'PROXY')`,
    [meeting.convener.id, meeting.id],
  );
  if (present.length) return present.map((r) => r.id);
  const chairs = await em.execute<{ id: string }[]>(`SELECT user_id AS id FROM memberships WHERE organization_id = ? AND role = 'CHAIR'`, [meeting.convener.id]);
  return chairs.map((r) => r.id);
}

/**
 * 纪要签字: each present member of the convening organization approves; the minutes are approved
 * when all of them have. (When none was present, the convener's chair approves alone.)
 */
export async function approveMinutes(ctx: Context, meetingId: string): Promise<Meeting> {
  const access = await ctx.access();
  const userId = requireUser(access);
  const key = keyOf(meetingId, 'Meeting', 'meetingId');
  return ctx.transact(async (tx) => {
    const { em } = tx;
    const { meeting } = await lockVisibleMeeting(tx, access, key);
    assertStep('approve', meeting.status);
    const required = await approversRequired(em, meeting);
    authorize(required.includes(userId), 'Only the members of the convening organization who were present approve the minutes');
    const inserted = await em.execute<{ user_id: string }[]>(
      `INSERT INTO minutes_approvals (meeting_id, user_id, approved_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING RETURNING user_id`,
      [meeting.id, userId, tx.now],
    );
    const approvals = await em.find(MinutesApproval, { meeting: meeting.id });
    const approved = new Set(approvals.map((a) => a.user.id));
    const complete = required.every((id) => approved.has(id));
    // Approving again changes nothing (unless it completes the approval), so records nothing.
    if (!inserted.length && !complete) return meeting;
    if (complete) {
      Object.assign(meeting, { status: S.MINUTES_APPROVED, approvedAt: tx.now });
      touch(meeting);
    }
    emit(tx, {
      type: 'minutes.approved',
      communityId: meeting.community.id,
      subject: subjectOf(meeting),
      data: { title: meeting.title, approvals: required.filter((id) => approved.has(id)).length, required: required.length, complete },
      audience: await audienceOf(em, meeting),
    });
    return meeting;
  });
}

/**
 * 公示: the convener publishes approved minutes to the community. Published minutes are public in
 * the community, so its verified residents are told, besides the roll.
 */
export async function publishMinutes(ctx: Context, meetingId: string): Promise<Meeting> {
  const access = await ctx.access();
  requireUser(access);
  const key = keyOf(meetingId, 'Meeting', 'meetingId');
  return ctx.transact(async (tx) => {
    const { meeting } = await lockRunMeeting(tx, access, key, 'Only the convener publishes the minutes');
    assertStep('publish', meeting.status);
    Object.assign(meeting, { status: S.PUBLISHED, publishedAt: tx.now });
    touch(meeting);
    const audience = await audienceOf(tx.em, meeting);
    const residents = audience.public
      ? (await tx.em.execute<{ id: string }[]>(`SELECT DISTINCT user_id AS id FROM residencies WHERE community_id = ? AND verified`, [meeting.community.id])).map((r) => r.id)
      : [];
    emit(tx, {
      type: 'minutes.published',
      communityId: meeting.community.id,
      subject: subjectOf(meeting),
      data: { title: meeting.title },
      audience,
      notify: { userIds: [...(audience.userIds ?? []), ...residents], title: `会议纪要已公示：${meeting.title}` },
    });
    return meeting;
  });
}

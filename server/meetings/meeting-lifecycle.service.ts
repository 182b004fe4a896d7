import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../core/context.js';
import type { Transaction } from '../core/transaction.js';
import type { Access } from '../core/access.js';
import { authorize, requireUser } from '../core/policy.js';
import { badInput, conflict, forbidden } from '../core/errors.js';
import { keyOf, optionalKeyOf, toGlobalId } from '../core/ids.js';
import { sqlArrayLiteral } from '../core/sql.js';
import { emit } from '../events/index.js';
import { attachUploads } from '../attachments/index.js';
import { Organization, Membership } from '../communities/index.js';
import { Issue, issuePolicy, factsOf as issueFacts } from '../issues/index.js';
import { AgendaItem, Attendance, AttendanceStatus, Meeting, MeetingKind, MeetingStatus as S } from './meeting.entity.js';
import { Matter, MatterStage } from './matter.entity.js';
import { CONVENERS, meetingPolicy } from './meeting.policy.js';
import { audienceOf, isVerifiedOwner, lockRunMeeting, lockVisibleMeeting, nameOf, subjectOf, touch } from './meeting.access.js';
import { assertMeeting, MATTER_FINAL, seatOpen } from './meeting.state.js';
import { closeOpenResolutions } from './votes.service.js';
import { ATTENDANCE_QUORUM } from './vote.rules.js';
import { advanceMatterIn } from './matters.service.js';
import type { AgendaItemInput, CancelMeetingInput, CheckInAttendeeInput, ScheduleMeetingInput } from './meeting.inputs.js';
import './meetings.events.js';

/**
 * A meeting's lifecycle: scheduling it with its roll and agenda, starting, adjourning or
 * cancelling it, checking people in, adding to the agenda. (The live notes: live-notes.service.ts;
 * the minutes' approval and publication: minutes.service.ts; votes: votes.service.ts.)
 */

/** A matter of this community to put on an agenda; it enters 定事 when the meeting decides. */
async function agendaMatter(tx: Transaction, access: Access, meeting: Meeting, matterId: string | undefined, field: string): Promise<Matter | null> {
  if (!matterId) return null;
  const matter = await tx.em.findOne(Matter, matterId, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!matter || matter.community.id !== meeting.community.id) throw badInput({ [field]: 'is not a matter of this community' });
  if (MATTER_FINAL.includes(matter.stage)) throw badInput({ [field]: `is ${matter.stage}` });
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
        [communityId, sqlArrayLiteral(inviteeIds), communityId, sqlArrayLiteral(inviteeIds)],
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
    assertMeeting('start', meeting.status);
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
    assertMeeting('adjourn', meeting.status);
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
    assertMeeting('cancel', meeting.status);
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
    assertMeeting('checkIn', meeting.status);
    const attendeeId = userId ?? viewerId;
    if (userId && userId !== viewerId && !(await peopleOfCommunity(em, meeting.community.id, [userId])).has(userId)) throw badInput({ userId: 'does not belong to this community' });
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
    if (!seatOpen(seat.status)) {
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


export async function addAgendaItem(ctx: Context, input: { meetingId: string; attachmentIds?: readonly string[] | null } & AgendaItemInput): Promise<AgendaItem> {
  const access = await ctx.access();
  requireUser(access);
  const key = keyOf(input.meetingId, 'Meeting', 'meetingId');
  return ctx.transact(async (tx) => {
    const { meeting } = await lockRunMeeting(tx, access, key, 'Only the convener sets the agenda');
    assertMeeting('addAgendaItem', meeting.status);
    const count = await tx.em.count(AgendaItem, { meeting: meeting.id });
    if (count >= 30) throw badInput({ meetingId: 'has 30 agenda items already' });
    const item = await createAgendaItem(tx, access, meeting, input, count + 1, '');
    await attachUploads(tx, { type: 'AgendaItem', id: item.id }, input.attachmentIds);
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

/** A resident (verified or not) of the community, or a member of one of its organizations. */
/**
 * Of these people, those who belong to the community (a residency or a seat in one of its
 * organizations): whom a teller may check in (`checkInAttendee` and `Attendance.viewerActions`).
 */
export async function peopleOfCommunity(em: EntityManager, communityId: string, userIds: readonly string[]): Promise<Set<string>> {
  if (!userIds.length) return new Set();
  const rows = await em.execute<{ id: string }[]>(
    `SELECT u.id FROM unnest(?::uuid[]) AS u(id)
      WHERE EXISTS (SELECT 1 FROM residencies WHERE community_id = ? AND user_id = u.id)
         OR EXISTS (SELECT 1 FROM memberships m JOIN organizations o ON o.id = m.organization_id WHERE o.community_id = ? AND m.user_id = u.id)`,
    [sqlArrayLiteral(userIds), communityId, communityId],
  );
  return new Set(rows.map((r) => r.id));
}

import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../core/context.js';
import { authorize, requireUser } from '../core/policy.js';
import { keyOf } from '../core/ids.js';
import { emit } from '../events/index.js';
import { Meeting, MeetingStatus as S, MinutesApproval } from './meeting.entity.js';
import { audienceOf, lockRunMeeting, lockVisibleMeeting, subjectOf, touch } from './meeting.access.js';
import { assertMeeting } from './meeting.state.js';
import './meetings.events.js';

/** The minutes' approval (纪要签字) and publication (公示). The text itself is rendered by minutes.ts. */

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
    assertMeeting('approve', meeting.status);
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
    assertMeeting('publish', meeting.status);
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

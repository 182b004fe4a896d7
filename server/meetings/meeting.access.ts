import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Access } from '../core/access.js';
import type { Transaction } from '../core/transaction.js';
import { notFound } from '../core/errors.js';
import { authorize } from '../core/policy.js';
import { sqlArrayLiteral } from '../core/sql.js';
import type { Audience } from '../events/index.js';
import { User } from '../accounts/index.js';
import { Meeting, MeetingStatus } from './meeting.entity.js';
import { ANNOUNCED_KINDS, meetingPolicy, type MeetingFacts } from './meeting.policy.js';

/** Everyone who owns or holds a seat on the meeting's roll. */
export async function rollUserIds(em: EntityManager, meetingId: string): Promise<string[]> {
  const rows = await em.execute<{ id: string }[]>(
    `SELECT principal_id AS id FROM meeting_attendance WHERE meeting_id = ? UNION SELECT attendee_id FROM meeting_attendance WHERE meeting_id = ?`,
    [meetingId, meetingId],
  );
  return rows.map((r) => r.id);
}

/**
 * The meetings, of `meetingIds`, that the user has a stake in (MeetingFacts.involved): a seat on
 * the roll, owned or held, or a membership of an organization an action item is assigned to.
 */
export async function involvedIn(em: EntityManager, meetingIds: readonly string[], userId: string | null): Promise<Set<string>> {
  if (!userId || meetingIds.length === 0) return new Set();
  const rows = await em.execute<{ meeting_id: string }[]>(
    `SELECT meeting_id FROM meeting_attendance WHERE meeting_id = ANY(?::uuid[]) AND (principal_id = ? OR attendee_id = ?)
     UNION
     SELECT ai.meeting_id FROM action_items ai JOIN memberships ms ON ms.organization_id = ai.assignee_id
      WHERE ai.meeting_id = ANY(?::uuid[]) AND ms.user_id = ?`,
    [sqlArrayLiteral(meetingIds), userId, userId, sqlArrayLiteral(meetingIds), userId],
  );
  return new Set(rows.map((r) => r.meeting_id));
}

export function factsOf(m: Meeting, involved: boolean): MeetingFacts {
  return { communityId: m.community.id, kind: m.kind, status: m.status, convenerId: m.convener.id, participantIds: m.participantIds, involved };
}

export async function meetingFacts(em: EntityManager, m: Meeting, userId: string | null): Promise<MeetingFacts> {
  return factsOf(m, (await involvedIn(em, [m.id], userId)).has(m.id));
}

/** Who may see an event of the meeting: the same people who may see the meeting. */
export async function audienceOf(em: EntityManager, m: Meeting): Promise<Audience> {
  const assignees = await em.execute<{ id: string }[]>(`SELECT DISTINCT assignee_id AS id FROM action_items WHERE meeting_id = ?`, [m.id]);
  return {
    public: ANNOUNCED_KINDS.includes(m.kind) || m.status === MeetingStatus.PUBLISHED,
    organizationIds: [m.convener.id, ...m.participantIds, ...assignees.map((r) => r.id)],
    userIds: await rollUserIds(em, m.id),
  };
}

export const subjectOf = (m: Meeting) => ({ type: 'Meeting', id: m.id });

/**
 * The meeting, locked for this transaction, if the viewer may see it (NOT_FOUND otherwise, so a
 * hidden meeting does not reveal that it exists). `lock: 'share'` lets steps that only add to the
 * meeting (ballots, notes, check-in) run side by side while a status change waits for them.
 */
export async function lockVisibleMeeting(
  tx: Transaction,
  access: Access,
  meetingId: string,
  lock: 'update' | 'share' = 'update',
  /** The caller sees it for another reason (the assignee of one of its action items). */
  seesAnyway = false,
): Promise<{ meeting: Meeting; facts: MeetingFacts }> {
  const meeting = await tx.em.findOne(Meeting, meetingId, { lockMode: lock === 'update' ? LockMode.PESSIMISTIC_WRITE : LockMode.PESSIMISTIC_READ });
  if (!meeting) throw notFound('Meeting');
  const facts = await meetingFacts(tx.em, meeting, access.userId);
  if (!seesAnyway && !meetingPolicy.canSee(access, facts)) throw notFound('Meeting');
  return { meeting, facts };
}

/** As lockVisibleMeeting, and FORBIDDEN unless the viewer runs the meeting (its convener). */
export async function lockRunMeeting(tx: Transaction, access: Access, meetingId: string, why: string, lock: 'update' | 'share' = 'update') {
  const found = await lockVisibleMeeting(tx, access, meetingId, lock);
  authorize(meetingPolicy.canRun(access, found.facts), why);
  return found;
}

/** Marks a change to the meeting itself or its lists (agenda, resolutions, action items). */
export function touch(m: Meeting): void {
  m.version += 1;
}

export async function nameOf(em: EntityManager, userId: string): Promise<string> {
  return (await em.findOneOrFail(User, userId)).name;
}

/** A verified owner of a flat of the community: takes a seat at its owners' assembly uninvited. */
export async function isVerifiedOwner(em: EntityManager, communityId: string, userId: string): Promise<boolean> {
  const [row] = await em.execute<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM residencies WHERE community_id = ? AND user_id = ? AND verified AND kind = 'OWNER' AND unit_id IS NOT NULL`,
    [communityId, userId],
  );
  return (row?.n ?? 0) > 0;
}


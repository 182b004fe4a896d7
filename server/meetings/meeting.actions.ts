import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../core/context.js';
import { ActionItem, ActionItemStatus, AgendaItem, type Attendance, AttendanceStatus, Meeting, MeetingKind, MinutesApproval, Resolution } from './meeting.entity.js';
import { Matter } from './matter.entity.js';
import { matterPolicy, meetingPolicy, type MeetingFacts } from './meeting.policy.js';
import { isVerifiedOwner } from './meeting.access.js';
import { ACTION_ITEM_TARGETS, canCloseActionItem, canMatter, canMeeting, canResolution, isAmendment, outcomeAllowsActionItems, seatOpen } from './meeting.state.js';
import { ActionItemAction, AgendaItemAction, AttendanceAction, MeetingAction, ResolutionAction } from './meeting.types.js';
import { peopleOfCommunity } from './meeting-lifecycle.service.js';
import { MatterAction } from './matter.types.js';
import { approversRequired } from './minutes.service.js';
import { attendanceMet, OWNER_RULES } from './vote.rules.js';
import { seatsTaken } from './roll.js';
import { progressOf, type MatterProgress } from './matters.service.js';
import { viewerFacts } from './meeting.read.js';

/**
 * The steps the viewer may take now on a meeting, an agenda item, a resolution or a matter:
 * exactly those the mutations would accept (the policy, then the state machine of
 * meeting.state.ts, then the facts the mutation checks: a seat not yet taken, the attendance
 * quorum, a supervision record…), so a client offers no button that would fail and hides none
 * that would work. tests/integration/meeting-abilities.test.ts holds the two to each other.
 */

type Checks<A> = [A, boolean | (() => Promise<boolean>)][];

/** The actions whose check holds; a lazy check runs only when asked (its cheap part passed). */
async function allowed<A>(checks: Checks<A>): Promise<A[]> {
  const out: A[] = [];
  for (const [action, ok] of checks) if (typeof ok === 'function' ? await ok() : ok) out.push(action);
  return out;
}

async function seatStatusOf(em: EntityManager, meetingId: string, userId: string): Promise<AttendanceStatus | null> {
  const [row] = await em.execute<{ status: AttendanceStatus }[]>(`SELECT status FROM meeting_attendance WHERE meeting_id = ? AND principal_id = ?`, [meetingId, userId]);
  return row?.status ?? null;
}

/**
 * Whether a teller has someone to seat: a seat not taken that is not their own, or, at an owners'
 * assembly, a verified owner of a flat without a seat taken.
 */
async function someoneToSeat(em: EntityManager, m: Meeting, tellerId: string): Promise<boolean> {
  const [row] = await em.execute<{ ok: boolean }[]>(
    `SELECT EXISTS (SELECT 1 FROM meeting_attendance WHERE meeting_id = ? AND principal_id <> ? AND status IN ('INVITED', 'ABSENT'))
         OR (?::boolean AND EXISTS (
              SELECT 1 FROM residencies r WHERE r.community_id = ? AND r.verified AND r.kind = 'OWNER' AND r.unit_id IS NOT NULL AND r.user_id <> ?
                 AND NOT EXISTS (SELECT 1 FROM meeting_attendance a WHERE a.meeting_id = ? AND a.principal_id = r.user_id))) AS ok`,
    [m.id, tellerId, m.kind === MeetingKind.OWNERS_ASSEMBLY, m.community.id, tellerId, m.id],
  );
  return !!row?.ok;
}

export async function meetingActions(ctx: Context, m: Meeting, given?: MeetingFacts): Promise<MeetingAction[]> {
  const a = await ctx.access();
  const userId = a.userId;
  if (!userId) return [];
  const facts = given ?? (await viewerFacts(ctx, m));
  if (!meetingPolicy.canSee(a, facts)) return [];
  const run = meetingPolicy.canRun(a, facts);
  const em = ctx.em;
  const s = m.status;
  return allowed<MeetingAction>([
    [MeetingAction.START, run && canMeeting('start', s)],
    [MeetingAction.ADJOURN, run && canMeeting('adjourn', s)],
    [MeetingAction.CANCEL, run && canMeeting('cancel', s)],
    [
      MeetingAction.CHECK_IN,
      canMeeting('checkIn', s) &&
        (async () => {
          const seat = await seatStatusOf(em, m.id, userId);
          if (seat) return seat === AttendanceStatus.INVITED || seat === AttendanceStatus.ABSENT;
          return m.kind === MeetingKind.OWNERS_ASSEMBLY && isVerifiedOwner(em, m.community.id, userId);
        }),
    ],
    [MeetingAction.CHECK_IN_OTHERS, run && canMeeting('checkIn', s) && (() => someoneToSeat(em, m, userId))],
    [MeetingAction.ADD_AGENDA_ITEM, run && canMeeting('addAgendaItem', s) && (async () => (await em.count(AgendaItem, { meeting: m.id })) < 30)],
    [MeetingAction.PROPOSE_RESOLUTION, run && canMeeting('proposeResolution', s)],
    [MeetingAction.ADD_ACTION_ITEM, run && canMeeting('addActionItem', s)],
    [
      MeetingAction.APPROVE_MINUTES,
      canMeeting('approve', s) &&
        (async () => (await approversRequired(em, m)).includes(userId) && !(await em.count(MinutesApproval, { meeting: m.id, user: userId }))),
    ],
    [MeetingAction.PUBLISH_MINUTES, run && canMeeting('publish', s)],
  ]);
}

/**
 * The steps on one seat of the roll: its holder checks in to it, a teller of the convener checks in
 * someone of the community or records a proxy, while the seat is not taken and the meeting takes
 * check-ins (the same rules `checkInAttendee` applies). Who belongs is read once per request for
 * the whole roll.
 */
export async function attendanceActions(ctx: Context, seat: Attendance, m: Meeting): Promise<AttendanceAction[]> {
  const a = await ctx.access();
  const userId = a.userId;
  if (!userId) return [];
  const facts = await viewerFacts(ctx, m);
  if (!meetingPolicy.canSee(a, facts) || !canMeeting('checkIn', m.status) || !seatOpen(seat.status)) return [];
  const principal = seat.principal.id;
  const run = meetingPolicy.canRun(a, facts);
  const belongs = async () =>
    ctx
      .loader<string, boolean>(`rollOfCommunity:${m.community.id}`, async (ids) => {
        const found = await peopleOfCommunity(ctx.em, m.community.id, ids);
        return ids.map((id) => found.has(id));
      })
      .load(principal);
  return allowed<AttendanceAction>([
    [AttendanceAction.CHECK_IN, principal === userId || (run && belongs)],
    [AttendanceAction.RECORD_PROXY, run],
  ]);
}

export async function agendaItemActions(ctx: Context, m: Meeting): Promise<AgendaItemAction[]> {
  const a = await ctx.access();
  if (!a.userId) return [];
  const facts = await viewerFacts(ctx, m);
  if (!meetingPolicy.canSee(a, facts) || !meetingPolicy.canEditNotes(a, facts) || !canMeeting('editNotes', m.status)) return [];
  return [isAmendment(m.status) ? AgendaItemAction.AMEND_NOTES : AgendaItemAction.EDIT_NOTES];
}

/** Whether opening the vote would find someone on its roll: a flat in its scope, or a seat taken. */
async function rollNotEmpty(em: EntityManager, m: Meeting, r: Resolution, taken: number): Promise<boolean> {
  if (!OWNER_RULES.includes(r.rule)) return taken > 0;
  const [row] = await em.execute<{ ok: boolean }[]>(
    `SELECT EXISTS (SELECT 1 FROM units u JOIN buildings b ON b.id = u.building_id WHERE b.community_id = ? AND (?::uuid IS NULL OR b.id = ?::uuid)) AS ok`,
    [m.community.id, r.building?.id ?? null, r.building?.id ?? null],
  );
  return !!row?.ok;
}

export async function resolutionActions(ctx: Context, r: Resolution, m: Meeting): Promise<ResolutionAction[]> {
  const a = await ctx.access();
  const userId = a.userId;
  if (!userId) return [];
  const facts = await viewerFacts(ctx, m);
  if (!meetingPolicy.canSee(a, facts)) return [];
  const run = meetingPolicy.canRun(a, facts);
  const em = ctx.em;
  return allowed<ResolutionAction>([
    [
      ResolutionAction.OPEN_VOTING,
      run &&
        canResolution('openVoting', r.status, m.status) &&
        (async () => {
          const { taken, seats } = (await seatsTaken(em, [m.id])).get(m.id) ?? { taken: 0, seats: 0 };
          return attendanceMet(m.attendanceQuorum, taken, seats) && rollNotEmpty(em, m, r, taken);
        }),
    ],
    [
      ResolutionAction.CAST_BALLOT,
      canResolution('castBallot', r.status) &&
        (async () => {
          const [row] = await em.execute<{ ok: boolean }[]>(
            `SELECT EXISTS (SELECT 1 FROM resolution_electors e WHERE e.resolution_id = ? AND e.user_id = ?
                AND NOT EXISTS (SELECT 1 FROM ballots b WHERE b.resolution_id = e.resolution_id AND b.head = e.head)) AS ok`,
            [r.id, userId],
          );
          return !!row?.ok;
        }),
    ],
    [
      ResolutionAction.RECORD_BALLOT,
      run &&
        canResolution('castBallot', r.status) &&
        (async () => {
          // A head not voted that a teller can name: by its flat, or by an elector other than themselves.
          const [row] = await em.execute<{ ok: boolean }[]>(
            `SELECT EXISTS (SELECT 1 FROM resolution_heads h WHERE h.resolution_id = ?
                AND NOT EXISTS (SELECT 1 FROM ballots b WHERE b.resolution_id = h.resolution_id AND b.head = h.head)
                AND (cardinality(h.unit_ids) > 0 OR EXISTS (SELECT 1 FROM resolution_electors e WHERE e.resolution_id = h.resolution_id AND e.head = h.head AND e.user_id <> ?))) AS ok`,
            [r.id, userId],
          );
          return !!row?.ok;
        }),
    ],
    [ResolutionAction.CLOSE_VOTING, run && canResolution('closeVoting', r.status)],
    [ResolutionAction.ADD_ACTION_ITEM, run && canResolution('addActionItem', r.status, m.status) && outcomeAllowsActionItems(r)],
  ]);
}

/**
 * The steps on a resolution the viewer will be offered once the seats taken meet the meeting's
 * attendance quorum, nothing else changing, that are not offered now: OPEN_VOTING on a draft in
 * session (the convener). Empty when the quorum is met already (the step is offered, or refused
 * for another reason).
 */
export async function resolutionActionsOnceQuorumMet(ctx: Context, r: Resolution, m: Meeting): Promise<ResolutionAction[]> {
  const a = await ctx.access();
  if (!a.userId) return [];
  const facts = await viewerFacts(ctx, m);
  if (!meetingPolicy.canSee(a, facts) || !meetingPolicy.canRun(a, facts) || !canResolution('openVoting', r.status, m.status)) return [];
  const { taken, seats } = (await seatsTaken(ctx.em, [m.id])).get(m.id) ?? { taken: 0, seats: 0 };
  if (attendanceMet(m.attendanceQuorum, taken, seats)) return [];
  // Once the quorum is met a seat is taken, so a vote under a meeting's own rules has someone on its roll.
  return !OWNER_RULES.includes(r.rule) || (await rollNotEmpty(ctx.em, m, r, taken)) ? [ResolutionAction.OPEN_VOTING] : [];
}

export async function actionItemActions(ctx: Context, item: ActionItem, m: Meeting): Promise<ActionItemAction[]> {
  const a = await ctx.access();
  if (!a.userId) return [];
  const facts = await viewerFacts(ctx, m);
  // The assignee's members see it even when the meeting is not otherwise theirs.
  const assignee = a.isMemberOf(item.assignee.id);
  if (!assignee && !meetingPolicy.canSee(a, facts)) return [];
  if (!meetingPolicy.canUpdateActionItem(a, facts, item.assignee.id)) return [];
  return ACTION_ITEM_TARGETS.filter((to) => canCloseActionItem(item.status, to)).map((to) =>
    to === ActionItemStatus.DONE ? ActionItemAction.MARK_DONE : ActionItemAction.MARK_CANCELLED,
  );
}



/** What a matter's steps depend on, batched over the matters of the request (the board). */
export function matterProgress(ctx: Context, matterId: string): Promise<MatterProgress> {
  return ctx
    .loader<string, MatterProgress>('matterProgress', async (ids) => {
      const progress = await progressOf(ctx.em, ids);
      return ids.map((id) => progress.get(id)!);
    })
    .load(matterId);
}

export async function matterActions(ctx: Context, m: Matter): Promise<MatterAction[]> {
  const a = await ctx.access();
  const communityId = m.community.id;
  if (!a.userId || !matterPolicy.canSee(a, communityId)) return [];
  const steer = matterPolicy.canSteer(a, communityId);
  const supervise = matterPolicy.canSupervise(a, communityId);
  const s = m.stage;
  const progress = () => matterProgress(ctx, m.id);
  return allowed<MatterAction>([
    [MatterAction.ADVANCE_TO_DECISION, steer && canMatter('toDecision', s) && (async () => (await progress()).onCouncilAgenda)],
    [MatterAction.ADVANCE_TO_EXECUTION, steer && canMatter('toExecution', s) && (async () => (await progress()).decidingResolutions.length > 0)],
    [MatterAction.ADVANCE_TO_SUPERVISION, steer && canMatter('toSupervision', s) && (async () => (await progress()).executionDone)],
    [MatterAction.REJECT, steer && canMatter('reject', s)],
    [MatterAction.RECORD_SUPERVISION, supervise && canMatter('recordSupervision', s)],
    [MatterAction.CLOSE, supervise && canMatter('close', s) && (async () => (await progress()).supervised)],
    [MatterAction.SEND_BACK, supervise && canMatter('sendBack', s)],
  ]);
}

import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../core/context.js';
import type { Transaction } from '../core/transaction.js';
import { authorize, requireUser } from '../core/policy.js';
import { AppError, badInput, conflict, forbidden, notFound } from '../core/errors.js';
import { keyOf, optionalKeyOf, toGlobalId } from '../core/ids.js';
import { sqlArrayLiteral } from '../core/sql.js';
import { emit } from '../events/index.js';
import { AgendaItem, BallotChannel, Meeting, MeetingKind, Resolution, ResolutionStatus, type TallyRecord, type VoteRule } from './meeting.entity.js';
import { Building } from '../communities/index.js';
import { Matter } from './matter.entity.js';
import { assertMeeting, assertResolution, MATTER_FINAL } from './meeting.state.js';
import { meetingPolicy } from './meeting.policy.js';
import { audienceOf, lockRunMeeting, lockVisibleMeeting, subjectOf, touch } from './meeting.access.js';
import { attendanceMet, OWNER_RULES, outcomeOf, quorumMet } from './vote.rules.js';
import { fixOwnersRoll, fixSeatRoll, seatsTaken } from './roll.js';
import type { CastBallotInput, ProposeResolutionInput } from './meeting.inputs.js';
import { textHash } from './text-hash.js';
import './meetings.events.js';

/**
 * Live counts of the given resolutions from their rolls and ballots, one statement for all: every
 * head of the roll counts once, with its area, whether or not anyone voted for it.
 */
export async function countBallots(em: EntityManager, resolutionIds: readonly string[]): Promise<Map<string, TallyRecord>> {
  if (!resolutionIds.length) return new Map();
  const rows = await em.execute<(Record<keyof TallyRecord, string | number> & { resolution_id: string })[]>(
    `SELECT h.resolution_id,
            count(*)::int AS "eligibleCount", coalesce(sum(h.area), 0) AS "eligibleArea",
            count(b.id)::int AS "votedCount", coalesce(sum(h.area) FILTER (WHERE b.id IS NOT NULL), 0) AS "votedArea",
            count(*) FILTER (WHERE b.choice = 'FOR')::int AS "forCount", coalesce(sum(h.area) FILTER (WHERE b.choice = 'FOR'), 0) AS "forArea",
            count(*) FILTER (WHERE b.choice = 'AGAINST')::int AS "againstCount", coalesce(sum(h.area) FILTER (WHERE b.choice = 'AGAINST'), 0) AS "againstArea",
            count(*) FILTER (WHERE b.choice = 'ABSTAIN')::int AS "abstainCount", coalesce(sum(h.area) FILTER (WHERE b.choice = 'ABSTAIN'), 0) AS "abstainArea"
       FROM resolution_heads h
       LEFT JOIN ballots b ON b.resolution_id = h.resolution_id AND b.head = h.head
      WHERE h.resolution_id = ANY(?::uuid[])
      GROUP BY h.resolution_id`,
    [sqlArrayLiteral(resolutionIds)],
  );
  const out = new Map<string, TallyRecord>();
  for (const r of rows) {
    const { resolution_id, ...t } = r;
    out.set(resolution_id, Object.fromEntries(Object.entries(t).map(([k, v]) => [k, Number(v)])) as unknown as TallyRecord);
  }
  return out;
}

export const EMPTY_TALLY: TallyRecord = {
  eligibleCount: 0,
  eligibleArea: 0,
  votedCount: 0,
  votedArea: 0,
  forCount: 0,
  forArea: 0,
  againstCount: 0,
  againstArea: 0,
  abstainCount: 0,
  abstainArea: 0,
};

async function tallyOf(em: EntityManager, r: Resolution) {
  const t = (await countBallots(em, [r.id])).get(r.id) ?? EMPTY_TALLY;
  return { ...t, quorumMet: quorumMet(r.rule, t) };
}

export async function proposeResolution(ctx: Context, input: ProposeResolutionInput): Promise<Resolution> {
  const access = await ctx.access();
  const userId = requireUser(access);
  const key = keyOf(input.meetingId, 'Meeting', 'meetingId');
  const agendaItemId = optionalKeyOf(input.agendaItemId, 'AgendaItem', 'agendaItemId');
  const matterId = optionalKeyOf(input.matterId, 'Matter', 'matterId');
  const buildingId = optionalKeyOf(input.buildingId, 'Building', 'buildingId');
  return ctx.transact(async (tx) => {
    const { em } = tx;
    const { meeting } = await lockRunMeeting(tx, access, key, 'Only the convener puts motions');
    assertMeeting('proposeResolution', meeting.status);
    if (OWNER_RULES.includes(input.rule) && meeting.kind !== MeetingKind.OWNERS_ASSEMBLY) throw badInput({ rule: 'owners’ rules are for an OWNERS_ASSEMBLY' });
    if (buildingId) {
      if (!OWNER_RULES.includes(input.rule)) throw badInput({ buildingId: 'scopes an owners’ vote only (OWNERS_ORDINARY, OWNERS_SPECIAL)' });
      const building = await em.findOne(Building, buildingId);
      if (!building || building.community.id !== meeting.community.id) throw badInput({ buildingId: 'is not a building of this community' });
    }
    const item = agendaItemId ? await em.findOne(AgendaItem, { id: agendaItemId, meeting: meeting.id }) : null;
    if (agendaItemId && !item) throw badInput({ agendaItemId: 'is not an item of this meeting' });
    const decided = matterId ?? item?.matterId ?? null;
    if (decided) {
      const matter = await em.findOne(Matter, decided);
      if (!matter || matter.community.id !== meeting.community.id) throw badInput({ matterId: 'is not a matter of this community' });
      if (MATTER_FINAL.includes(matter.stage)) throw badInput({ matterId: `is ${matter.stage}` });
    }
    return createResolution(tx, meeting, { agendaItemId: item?.id ?? null, matterId: decided, buildingId: buildingId ?? null, title: input.title.trim(), text: input.text, rule: input.rule, proposedBy: userId });
  });
}

/**
 * Records a DRAFT motion on a meeting the caller has locked and checked (proposeResolution's rules):
 * its row with the hash of its exact text, the meeting's version and the event. Other modules put
 * their own motions through it (a covenant version put to the vote).
 */
export async function createResolution(
  tx: Transaction,
  meeting: Meeting,
  fields: { title: string; text: string; rule: VoteRule; proposedBy: string; agendaItemId?: string | null; matterId?: string | null; buildingId?: string | null },
): Promise<Resolution> {
  const resolution = tx.em.create(Resolution, {
    meeting: meeting.id,
    agendaItem: fields.agendaItemId ?? null,
    matterId: fields.matterId ?? null,
    title: fields.title,
    text: fields.text,
    textHash: textHash(fields.text),
    rule: fields.rule,
    building: fields.buildingId ?? null,
    proposedBy: fields.proposedBy,
    createdAt: tx.now,
  });
  touch(meeting);
  emit(tx, {
    type: 'resolution.proposed',
    communityId: meeting.community.id,
    subject: subjectOf(meeting),
    data: { resolutionId: toGlobalId('Resolution', resolution.id), title: resolution.title, rule: resolution.rule },
    audience: await audienceOf(tx.em, meeting),
  });
  return resolution;
}

async function lockResolution(tx: Transaction, key: string, mode: LockMode): Promise<Resolution> {
  const r = await tx.em.findOne(Resolution, key, { lockMode: mode });
  if (!r) throw notFound('Resolution');
  return r;
}

/**
 * Opens the vote and fixes its roll. Under an owners' rule (at an owners' assembly): every flat of
 * the scope (the building zone, or the vote's building), as fixOwnersRoll counts them. Otherwise:
 * the seats taken at the meeting now, present or by proxy (fixSeatRoll); and the meeting must meet
 * its attendance quorum (INVALID_TRANSITION with `attendanceQuorum`, `taken` and `seats` if not).
 */
export async function openVoting(ctx: Context, resolutionId: string): Promise<Resolution> {
  const access = await ctx.access();
  requireUser(access);
  const key = keyOf(resolutionId, 'Resolution', 'resolutionId');
  return ctx.transact(async (tx) => {
    const { em } = tx;
    const found = await em.findOne(Resolution, key);
    if (!found) throw notFound('Resolution');
    const { meeting } = await lockRunMeeting(tx, access, found.meeting.id, 'Only the convener opens a vote');
    const r = await lockResolution(tx, key, LockMode.PESSIMISTIC_WRITE);
    assertResolution('openVoting', r.status, meeting.status);
    const { taken, seats } = (await seatsTaken(em, [meeting.id])).get(meeting.id)!;
    if (!attendanceMet(meeting.attendanceQuorum, taken, seats)) {
      throw new AppError('INVALID_TRANSITION', `The meeting has no quorum: ${taken} of ${seats} seats are taken, it needs ${meeting.attendanceQuorum}`, {
        from: r.status,
        action: 'openVoting',
        attendanceQuorum: meeting.attendanceQuorum,
        taken,
        seats,
      });
    }
    const owners = OWNER_RULES.includes(r.rule);
    const roll = owners ? await fixOwnersRoll(em, r.id, meeting.community.id, r.building?.id ?? null) : await fixSeatRoll(em, r.id, meeting.id);
    if (roll.heads === 0) throw badInput({ resolutionId: owners ? 'has no flat in its scope' : 'has no one on its roll: no seat is taken' });
    Object.assign(r, { status: ResolutionStatus.OPEN, openedAt: tx.now });
    touch(meeting);
    const tally = await tallyOf(em, r);
    emit(tx, {
      type: 'resolution.opened',
      communityId: meeting.community.id,
      subject: subjectOf(meeting),
      data: { resolutionId: toGlobalId('Resolution', r.id), title: r.title, rule: r.rule, eligibleCount: tally.eligibleCount, eligibleArea: tally.eligibleArea },
      audience: await audienceOf(em, meeting),
      // Owners vote from home: tell them the vote is open.
      notify: owners ? { userIds: roll.electorIds, title: `业主表决开始：${r.title}` } : undefined,
    });
    return r;
  });
}

/**
 * One ballot per head of the roll, enforced by the ballots' (resolution, head) key: a second
 * ballot, the same one sent twice at once, or a co-owner's after the first cast for their flat,
 * gets CONFLICT. A teller records PAPER and PROXY ballots for an elector (`voterId`) or for a flat
 * whose owner is not registered here, or the developer's (`unitId`).
 *
 * The ballots of one vote take turns (a transaction-scoped advisory lock, the transaction's first
 * statement, so it is held before the transaction has an id): each counts the tally with every
 * ballot before it, and the ids its event is ordered by follow the same turns, so the tallies a
 * subscriber receives never go down and the last equals the ballots accepted. The meeting's row
 * is held in share mode, so closing waits for ballots in flight and refuses later ones.
 */
export async function castBallot(ctx: Context, input: CastBallotInput): Promise<Resolution> {
  const access = await ctx.access();
  const viewerId = requireUser(access);
  const key = keyOf(input.resolutionId, 'Resolution', 'resolutionId');
  const voterKey = optionalKeyOf(input.voterId, 'User', 'voterId');
  const unitKey = optionalKeyOf(input.unitId, 'Unit', 'unitId');
  if (voterKey && unitKey) throw badInput({ unitId: 'give voterId or unitId, not both' });
  const byTeller = (!!voterKey && voterKey !== viewerId) || !!unitKey;
  const channel = input.channel ?? (byTeller ? BallotChannel.PAPER : BallotChannel.ONLINE);
  if (byTeller && channel === BallotChannel.ONLINE) throw badInput({ channel: 'a teller records PAPER or PROXY ballots' });
  if (!byTeller && channel !== BallotChannel.ONLINE) throw badInput({ channel: 'PAPER and PROXY ballots are recorded by a teller' });
  const voterId = unitKey ? null : (voterKey ?? viewerId);
  return ctx.transact(async (tx) => {
    const { em } = tx;
    await em.execute(`SELECT pg_advisory_xact_lock(hashtextextended(?, 0))`, [`resolution:${key}`]);
    const found = await em.findOne(Resolution, key);
    if (!found) throw notFound('Resolution');
    const { meeting, facts } = await lockVisibleMeeting(tx, access, found.meeting.id, 'share');
    if (byTeller) authorize(meetingPolicy.canRun(access, facts), 'Only a teller of the convener records ballots for others');
    const r = await lockResolution(tx, key, LockMode.PESSIMISTIC_READ);
    assertResolution('castBallot', r.status);
    const [on] = voterId
      ? await em.execute<{ head: number }[]>(`SELECT head FROM resolution_electors WHERE resolution_id = ? AND user_id = ?`, [r.id, voterId])
      : await em.execute<{ head: number }[]>(`SELECT head FROM resolution_heads WHERE resolution_id = ? AND ?::uuid = ANY(unit_ids)`, [r.id, unitKey]);
    if (!on) {
      if (unitKey) throw badInput({ unitId: 'is not a flat on the roll of this vote' });
      if (byTeller) throw badInput({ voterId: 'is not on the roll of this vote' });
      throw forbidden('You are not on the roll of this vote');
    }
    const inserted = await em.execute<{ id: string }[]>(
      `INSERT INTO ballots (id, resolution_id, voter_id, head, choice, channel, recorded_by_id, cast_at)
       VALUES (gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (resolution_id, head) DO NOTHING RETURNING id`,
      [r.id, voterId, on.head, input.choice, channel, byTeller ? viewerId : null, tx.now],
    );
    if (!inserted.length) {
      const [cast] = await em.execute<{ voter_id: string | null }[]>(`SELECT voter_id FROM ballots WHERE resolution_id = ? AND head = ?`, [r.id, on.head]);
      if (voterId && cast?.voter_id === voterId) throw conflict(byTeller ? 'This voter has already voted' : 'You have already voted');
      throw conflict('This flat has already voted: its co-owners cast one ballot, the first one counts');
    }
    emit(tx, {
      type: 'resolution.ballotCast',
      communityId: meeting.community.id,
      subject: subjectOf(meeting),
      data: { resolutionId: toGlobalId('Resolution', r.id), title: r.title, channel, tally: await tallyOf(em, r) },
      audience: await audienceOf(em, meeting),
      // The running tally is public; who cast this ballot is not.
      anonymous: true,
    });
    return r;
  });
}

/** Counts the vote under its rule and keeps the count. The caller holds the resolution's row lock. */
async function close(tx: Transaction, meeting: Meeting, r: Resolution): Promise<void> {
  const tally = await tallyOf(tx.em, r);
  const { quorumMet: _q, ...record } = tally;
  Object.assign(r, { status: ResolutionStatus.CLOSED, closedAt: tx.now, finalTally: record, outcome: outcomeOf(r.rule, record) });
  emit(tx, {
    type: 'resolution.closed',
    communityId: meeting.community.id,
    subject: subjectOf(meeting),
    data: { resolutionId: toGlobalId('Resolution', r.id), title: r.title, outcome: r.outcome!, tally },
    audience: await audienceOf(tx.em, meeting),
  });
}

export async function closeVoting(ctx: Context, resolutionId: string): Promise<Resolution> {
  const access = await ctx.access();
  requireUser(access);
  const key = keyOf(resolutionId, 'Resolution', 'resolutionId');
  return ctx.transact(async (tx) => {
    const found = await tx.em.findOne(Resolution, key);
    if (!found) throw notFound('Resolution');
    const { meeting } = await lockRunMeeting(tx, access, found.meeting.id, 'Only the convener closes a vote');
    const r = await lockResolution(tx, key, LockMode.PESSIMISTIC_WRITE);
    assertResolution('closeVoting', r.status);
    await close(tx, meeting, r);
    touch(meeting);
    return r;
  });
}

/** At adjournment: every vote still open is counted. */
export async function closeOpenResolutions(tx: Transaction, meeting: Meeting): Promise<void> {
  const open = await tx.em.find(Resolution, { meeting: meeting.id, status: ResolutionStatus.OPEN }, { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { createdAt: 'asc' } });
  for (const r of open) await close(tx, meeting, r);
}

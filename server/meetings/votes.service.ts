import { createHash } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../core/context.js';
import type { Transaction } from '../core/transaction.js';
import { authorize, requireUser } from '../core/policy.js';
import { badInput, conflict, forbidden, invalidTransition, notFound } from '../core/errors.js';
import { keyOf, optionalKeyOf, toGlobalId } from '../core/ids.js';
import { emit } from '../events/emit.js';
import { AgendaItem, BallotChannel, Meeting, MeetingKind, MeetingStatus, Resolution, ResolutionStatus, type TallyRecord, type VoteRule } from './meeting.entity.js';
import { Matter, MatterStage } from './matter.entity.js';
import { meetingPolicy } from './meeting.policy.js';
import { audienceOf, lockRunMeeting, lockVisibleMeeting, subjectOf, touch } from './meeting.access.js';
import { OWNER_RULES, outcomeOf, quorumMet } from './vote.rules.js';
import type { CastBallotInput, ProposeResolutionInput } from './meeting.inputs.js';
import { covenantVoteClosed } from '../covenants/covenants.service.js';
import './meetings.events.js';

export const textHash = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Live counts of the given resolutions from their rolls and ballots: one statement for all. */
export async function countBallots(em: EntityManager, resolutionIds: readonly string[]): Promise<Map<string, TallyRecord>> {
  const rows = await em.execute<(Record<keyof TallyRecord, string | number> & { resolution_id: string })[]>(
    `SELECT e.resolution_id,
            count(*)::int AS "eligibleCount", coalesce(sum(e.area), 0) AS "eligibleArea",
            count(b.id)::int AS "votedCount", coalesce(sum(e.area) FILTER (WHERE b.id IS NOT NULL), 0) AS "votedArea",
            count(*) FILTER (WHERE b.choice = 'FOR')::int AS "forCount", coalesce(sum(e.area) FILTER (WHERE b.choice = 'FOR'), 0) AS "forArea",
            count(*) FILTER (WHERE b.choice = 'AGAINST')::int AS "againstCount", coalesce(sum(e.area) FILTER (WHERE b.choice = 'AGAINST'), 0) AS "againstArea",
            count(*) FILTER (WHERE b.choice = 'ABSTAIN')::int AS "abstainCount", coalesce(sum(e.area) FILTER (WHERE b.choice = 'ABSTAIN'), 0) AS "abstainArea"
       FROM resolution_electors e
       LEFT JOIN ballots b ON b.resolution_id = e.resolution_id AND b.voter_id = e.user_id
      WHERE e.resolution_id = ANY(?::uuid[])
      GROUP BY e.resolution_id`,
    [`{${resolutionIds.join(',')}}`],
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
  return ctx.transact(async (tx) => {
    const { em } = tx;
    const { meeting } = await lockRunMeeting(tx, access, key, 'Only the convener puts motions');
    if (![MeetingStatus.SCHEDULED, MeetingStatus.IN_SESSION].includes(meeting.status)) throw invalidTransition(meeting.status, 'proposeResolution');
    if (OWNER_RULES.includes(input.rule) && meeting.kind !== MeetingKind.OWNERS_ASSEMBLY) throw badInput({ rule: 'owners’ rules are for an OWNERS_ASSEMBLY' });
    const item = agendaItemId ? await em.findOne(AgendaItem, { id: agendaItemId, meeting: meeting.id }) : null;
    if (agendaItemId && !item) throw badInput({ agendaItemId: 'is not an item of this meeting' });
    const decided = matterId ?? item?.matterId ?? null;
    if (decided) {
      const matter = await em.findOne(Matter, decided);
      if (!matter || matter.community.id !== meeting.community.id) throw badInput({ matterId: 'is not a matter of this community' });
      if ([MatterStage.CLOSED, MatterStage.REJECTED].includes(matter.stage)) throw badInput({ matterId: `is ${matter.stage}` });
    }
    return createResolution(tx, meeting, { agendaItemId: item?.id ?? null, matterId: decided, title: input.title.trim(), text: input.text, rule: input.rule, proposedBy: userId });
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
  fields: { title: string; text: string; rule: VoteRule; proposedBy: string; agendaItemId?: string | null; matterId?: string | null },
): Promise<Resolution> {
  const resolution = tx.em.create(Resolution, {
    meeting: meeting.id,
    agendaItem: fields.agendaItemId ?? null,
    matterId: fields.matterId ?? null,
    title: fields.title,
    text: fields.text,
    textHash: textHash(fields.text),
    rule: fields.rule,
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
 * Opens the vote and fixes its roll: at an owners' assembly under an owners' rule, every verified
 * owner with the floor area of their flats; otherwise every seat on the meeting's roll.
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
    if (r.status !== ResolutionStatus.DRAFT) throw invalidTransition(r.status, 'openVoting');
    if (meeting.status !== MeetingStatus.IN_SESSION) throw invalidTransition(meeting.status, 'openVoting');
    if (OWNER_RULES.includes(r.rule)) {
      await em.execute(
        `INSERT INTO resolution_electors (resolution_id, user_id, area)
         SELECT ?, r.user_id, sum(u.floor_area) FROM residencies r JOIN units u ON u.id = r.unit_id
          WHERE r.community_id = ? AND r.verified AND r.kind = 'OWNER' GROUP BY r.user_id`,
        [r.id, meeting.community.id],
      );
    } else {
      await em.execute(`INSERT INTO resolution_electors (resolution_id, user_id, area) SELECT ?, principal_id, 0 FROM meeting_attendance WHERE meeting_id = ?`, [r.id, meeting.id]);
    }
    const [{ n }] = await em.execute<{ n: number }[]>(`SELECT count(*)::int AS n FROM resolution_electors WHERE resolution_id = ?`, [r.id]);
    if (n === 0) throw badInput({ resolutionId: 'has no one on its roll' });
    Object.assign(r, { status: ResolutionStatus.OPEN, openedAt: tx.now });
    touch(meeting);
    const audience = await audienceOf(em, meeting);
    emit(tx, {
      type: 'resolution.opened',
      communityId: meeting.community.id,
      subject: subjectOf(meeting),
      data: { resolutionId: toGlobalId('Resolution', r.id), title: r.title, rule: r.rule, eligibleCount: n },
      audience,
      // Owners vote from home: tell them the vote is open.
      notify: OWNER_RULES.includes(r.rule) ? { userIds: (await em.execute<{ user_id: string }[]>(`SELECT user_id FROM resolution_electors WHERE resolution_id = ?`, [r.id])).map((x) => x.user_id), title: `业主表决开始：${r.title}` } : undefined,
    });
    return r;
  });
}

/**
 * One ballot per elector, enforced by the ballots' (resolution, voter) key: a second ballot, or
 * the same one sent twice at once, gets CONFLICT. The vote's row is held in share mode, so ballots
 * are cast side by side while closing waits for those in flight and refuses later ones.
 */
export async function castBallot(ctx: Context, input: CastBallotInput): Promise<Resolution> {
  const access = await ctx.access();
  const viewerId = requireUser(access);
  const key = keyOf(input.resolutionId, 'Resolution', 'resolutionId');
  const voterKey = optionalKeyOf(input.voterId, 'User', 'voterId');
  const byTeller = !!voterKey && voterKey !== viewerId;
  const channel = input.channel ?? (byTeller ? BallotChannel.PAPER : BallotChannel.ONLINE);
  if (byTeller && channel === BallotChannel.ONLINE) throw badInput({ channel: 'a teller records PAPER or PROXY ballots' });
  if (!byTeller && channel !== BallotChannel.ONLINE) throw badInput({ channel: 'PAPER and PROXY ballots are recorded by a teller' });
  const voterId = voterKey ?? viewerId;
  return ctx.transact(async (tx) => {
    const { em } = tx;
    const found = await em.findOne(Resolution, key);
    if (!found) throw notFound('Resolution');
    const { meeting, facts } = await lockVisibleMeeting(tx, access, found.meeting.id, 'share');
    if (byTeller) authorize(meetingPolicy.canRun(access, facts), 'Only a teller of the convener records ballots for others');
    const r = await lockResolution(tx, key, LockMode.PESSIMISTIC_READ);
    if (r.status !== ResolutionStatus.OPEN) throw invalidTransition(r.status, 'castBallot');
    const [elector] = await em.execute<{ n: number }[]>(`SELECT 1 AS n FROM resolution_electors WHERE resolution_id = ? AND user_id = ?`, [r.id, voterId]);
    if (!elector) {
      if (byTeller) throw badInput({ voterId: 'is not on the roll of this vote' });
      throw forbidden('You are not on the roll of this vote');
    }
    const inserted = await em.execute<{ id: string }[]>(
      `INSERT INTO ballots (id, resolution_id, voter_id, choice, channel, recorded_by_id, cast_at)
       VALUES (gen_random_uuid(), ?, ?, ?, ?, ?, ?) ON CONFLICT (resolution_id, voter_id) DO NOTHING RETURNING id`,
      [r.id, voterId, input.choice, channel, byTeller ? viewerId : null, tx.now],
    );
    if (!inserted.length) throw conflict(byTeller ? 'This voter has already voted' : 'You have already voted');
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
  // A covenant version put to the vote by this resolution is adopted or rejected with it.
  await covenantVoteClosed(tx, r);
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
    if (r.status !== ResolutionStatus.OPEN) throw invalidTransition(r.status, 'closeVoting');
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

import type { EntityManager } from '@mikro-orm/postgresql';
import { anyOf, keysetAfter, type TimeKey } from '../core/sql.js';
import { Proposal, ProposalStatus, type ProposalThresholdMode } from './proposal.entity.js';
import { DEFAULT_THRESHOLD, supportersNeeded, type ThresholdSetting } from './proposal.state.js';

/** A community's households: the flats recorded in its buildings. */
export async function householdsOf(em: EntityManager, communityId: string): Promise<number> {
  const [row] = await em.execute<{ n: number }[]>(`SELECT count(*)::int AS n FROM units u JOIN buildings b ON b.id = u.building_id WHERE b.community_id = ?`, [communityId]);
  return row?.n ?? 0;
}

/** A community's threshold setting, or the default (COUNT 10). `lock`: FOR UPDATE (the setting's own step). */
export async function settingOf(em: EntityManager, communityId: string, lock = false): Promise<ThresholdSetting & { stored: boolean }> {
  const [row] = await em.execute<{ mode: ProposalThresholdMode; value: number }[]>(
    `SELECT mode, value FROM community_proposal_settings WHERE community_id = ?${lock ? ' FOR UPDATE' : ''}`,
    [communityId],
  );
  return row ? { mode: row.mode, value: row.value, stored: true } : { ...DEFAULT_THRESHOLD, stored: false };
}

/** The setting and what it comes to now: the supporters a proposal of the community needs. */
export async function thresholdOf(em: EntityManager, communityId: string): Promise<{ setting: ThresholdSetting; households: number; needed: number }> {
  const [setting, households] = await Promise.all([settingOf(em, communityId), householdsOf(em, communityId)]);
  return { setting: { mode: setting.mode, value: setting.value }, households, needed: supportersNeeded(setting, households) };
}

export interface ProposalListQuery {
  communityId: string;
  statuses?: readonly ProposalStatus[] | null;
  /** Only this person's proposals. */
  proposerId?: string | null;
  after?: TimeKey;
  limit: number;
}

/**
 * A community's proposals, newest first (the 议事 list: SUBMITTED, oldest waiting first would be
 * the desk's order; newest first keeps one order for every list). Public to the community: the
 * caller asked `proposalPolicy.canSee`.
 */
export async function listProposals(em: EntityManager, q: ProposalListQuery, withTotal: boolean): Promise<{ rows: Proposal[]; total: number | null }> {
  const where: string[] = ['p.community_id = ?'];
  const params: unknown[] = [q.communityId];
  if (q.statuses?.length) {
    const s = anyOf('p.status::text', q.statuses, 'text');
    where.push(s.sql);
    params.push(...s.params);
  }
  if (q.proposerId) {
    where.push('p.proposer_id = ?');
    params.push(q.proposerId);
  }
  const sql = where.join(' AND ');
  const keyset = keysetAfter({ at: 'p.created_at', id: 'p.id' }, q.after, 'desc');
  const rows = await em.execute(`SELECT p.* FROM proposals p WHERE ${sql}${keyset ? ` AND ${keyset.sql}` : ''} ORDER BY p.created_at DESC, p.id DESC LIMIT ?`, [
    ...params,
    ...(keyset?.params ?? []),
    q.limit,
  ]);
  let total: number | null = null;
  if (withTotal) {
    const [row] = await em.execute<{ n: number }[]>(`SELECT count(*)::int AS n FROM proposals p WHERE ${sql}`, params);
    total = row?.n ?? 0;
  }
  return { rows: rows.map((r) => em.map(Proposal, r)), total };
}

/** Which of these proposals the person supports (`proposal_supports`) or follows (`proposal_follows`): one statement. */
export async function flaggedProposals(em: EntityManager, table: 'proposal_supports' | 'proposal_follows', userId: string, proposalIds: readonly string[]): Promise<Set<string>> {
  if (!proposalIds.length) return new Set();
  const ids = anyOf('proposal_id', proposalIds);
  const rows = await em.execute<{ proposal_id: string }[]>(`SELECT proposal_id FROM ${table} WHERE user_id = ? AND ${ids.sql}`, [userId, ...ids.params]);
  return new Set(rows.map((r) => r.proposal_id));
}

/** Who follows a proposal: told of its changes and comments. */
export async function followersOf(em: EntityManager, proposalId: string): Promise<string[]> {
  const rows = await em.execute<{ user_id: string }[]>(`SELECT user_id FROM proposal_follows WHERE proposal_id = ?`, [proposalId]);
  return rows.map((r) => r.user_id);
}

import { LockMode } from '@mikro-orm/core';
import type { Context } from '../core/context.js';
import type { Access } from '../core/access.js';
import type { Transaction } from '../core/transaction.js';
import { authorize, requireUser } from '../core/policy.js';
import { badInput, notFound } from '../core/errors.js';
import { keyOf, toGlobalId } from '../core/ids.js';
import { MAX_VALUE } from '../../common/limits.js';
import { emit } from '../events/index.js';
import { attachUploads } from '../attachments/index.js';
import { Community, memberUserIds, organizationIdsOfKind, OrganizationKind } from '../communities/index.js';
import { matters } from '../meetings/index.js';
import { Proposal, ProposalComment, ProposalStatus as S, ProposalThresholdMode } from './proposal.entity.js';
import { proposalPolicy, type ProposalFacts } from './proposal.policy.js';
import { assertFollow, assertProposal, reaches } from './proposal.state.js';
import { followersOf, settingOf, thresholdOf } from './proposals.queries.js';
import type { CommentOnProposalInput, CreateProposalInput, DeclineProposalInput, SetProposalThresholdInput } from './proposal.inputs.js';
import './proposals.events.js';

export const factsOf = (p: Proposal): ProposalFacts => ({ communityId: p.community.id, proposerId: p.proposer.id });
const subjectOf = (p: Proposal) => ({ type: 'Proposal', id: p.id });
/** Proposals are the community's business: whoever belongs to it sees them and their events (`proposalPolicy.canSee`). */
const audience = { public: true };

/** The proposal, locked for the step; NOT_FOUND when there is none. */
async function lock(tx: Transaction, proposalId: string): Promise<Proposal> {
  const p = await tx.em.findOne(Proposal, keyOf(proposalId, 'Proposal', 'proposalId'), { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!p) throw notFound('Proposal');
  return p;
}

/** The proposal, locked for the step, when the viewer may see it; NOT_FOUND otherwise. */
async function lockVisible(tx: Transaction, access: Access, proposalId: string): Promise<Proposal> {
  const p = await lock(tx, proposalId);
  if (!proposalPolicy.canSee(access, p.community.id)) throw notFound('Proposal');
  return p;
}

async function follow(tx: Transaction, p: Proposal, userId: string): Promise<boolean> {
  const changed = await tx.em.execute(`INSERT INTO proposal_follows (proposal_id, user_id) VALUES (?, ?) ON CONFLICT DO NOTHING RETURNING 1`, [p.id, userId]);
  if (changed.length) p.followerCount += 1;
  return changed.length > 0;
}

/** 我要提议: a verified resident of the community proposes a matter (OPEN); they follow its thread. */
export async function createProposal(ctx: Context, input: CreateProposalInput): Promise<Proposal> {
  const access = await ctx.access();
  const userId = requireUser(access);
  const communityId = keyOf(input.communityId, 'Community', 'communityId');
  authorize(proposalPolicy.canPropose(access, communityId), 'Only verified residents of the community put proposals forward');
  return ctx.transact(async (tx) => {
    const p = tx.em.create(Proposal, { community: communityId, proposer: userId, title: input.title.trim(), body: input.body.trim(), createdAt: tx.now });
    await attachUploads(tx, { type: 'Proposal', id: p.id }, input.attachmentIds);
    await tx.em.flush();
    await follow(tx, p, userId);
    const { needed } = await thresholdOf(tx.em, communityId);
    emit(tx, { type: 'proposal.created', communityId, subject: subjectOf(p), data: { title: p.title, status: { before: null, after: p.status }, threshold: needed }, audience });
    return p;
  });
}

/**
 * 联名: a verified resident of the community (not the proposer) supports an OPEN proposal, once.
 * The proposal's row lock orders concurrent supports: each one counts the rows after the one
 * before it, so N supports from N people make exactly N, and the same person twice makes one
 * (the second is INVALID_TRANSITION SUPPORTED). The support that reaches the community's
 * threshold moves it to SUBMITTED (the 议事 list) and tells the party organization. A supporter
 * follows the thread.
 */
export async function supportProposal(ctx: Context, proposalId: string): Promise<Proposal> {
  const access = await ctx.access();
  const userId = requireUser(access);
  return ctx.transact(async (tx) => {
    // FORBIDDEN for whoever may not support it, whether or not they may read it (an unverified
    // resident, an outsider): proposals are public to the community, and the step says why.
    const p = await lock(tx, proposalId);
    authorize(proposalPolicy.canSupport(access, factsOf(p)), p.proposer.id === userId ? 'A proposer does not support their own proposal' : 'Only verified residents of the community support its proposals');
    const [mine] = await tx.em.execute<{ n: number }[]>(`SELECT count(*)::int AS n FROM proposal_supports WHERE proposal_id = ? AND user_id = ?`, [p.id, userId]);
    assertProposal('support', p.status, (mine?.n ?? 0) > 0);
    await tx.em.execute(`INSERT INTO proposal_supports (proposal_id, user_id, created_at) VALUES (?, ?, ?)`, [p.id, userId, tx.now]);
    const [count] = await tx.em.execute<{ n: number }[]>(`SELECT count(*)::int AS n FROM proposal_supports WHERE proposal_id = ?`, [p.id]);
    p.supportCount = count?.n ?? 0;
    await follow(tx, p, userId);
    const { needed } = await thresholdOf(tx.em, p.community.id);
    emit(tx, { type: 'proposal.supported', communityId: p.community.id, subject: subjectOf(p), data: { title: p.title, supportCount: p.supportCount, threshold: needed }, audience });
    if (reaches(p.supportCount, needed)) {
      Object.assign(p, { status: S.SUBMITTED, submittedAt: tx.now, submittedThreshold: needed });
      const party = await organizationIdsOfKind(tx.em, p.community.id, OrganizationKind.PARTY_COMMITTEE);
      emit(tx, {
        type: 'proposal.submitted',
        communityId: p.community.id,
        subject: subjectOf(p),
        data: { title: p.title, status: { before: S.OPEN, after: S.SUBMITTED }, supportCount: p.supportCount, threshold: needed },
        audience,
        notify: [
          { userIds: await memberUserIds(tx.em, party), title: `居民提议待议事：${p.title}` },
          { userIds: await followersOf(tx.em, p.id), title: `提议联名已满，提交议事：${p.title}` },
        ],
      });
    }
    return p;
  });
}

/** 撤回: the proposer withdraws an OPEN proposal. */
export async function withdrawProposal(ctx: Context, proposalId: string): Promise<Proposal> {
  const access = await ctx.access();
  requireUser(access);
  return ctx.transact(async (tx) => {
    const p = await lockVisible(tx, access, proposalId);
    authorize(proposalPolicy.canWithdraw(access, factsOf(p)), 'Only the proposer withdraws a proposal');
    assertProposal('withdraw', p.status);
    p.status = S.WITHDRAWN;
    emit(tx, {
      type: 'proposal.withdrawn',
      communityId: p.community.id,
      subject: subjectOf(p),
      data: { title: p.title, status: { before: S.OPEN, after: S.WITHDRAWN } },
      audience,
      notify: { userIds: await followersOf(tx.em, p.id), title: `提议已撤回：${p.title}` },
    });
    return p;
  });
}

/**
 * 立项: the party organization accepts a SUBMITTED proposal as a matter. The matter is created in
 * the same transaction through the meetings module's public step (DELIBERATION, 议事; its title and
 * text the proposal's, `Matter.proposalId` pointing back), and the proposal points at it.
 */
export async function acceptProposal(ctx: Context, proposalId: string): Promise<Proposal> {
  const access = await ctx.access();
  const userId = requireUser(access);
  return ctx.transact(async (tx) => {
    const p = await lockVisible(tx, access, proposalId);
    authorize(proposalPolicy.canDecide(access, p.community.id), 'Only the party organization accepts a proposal as a matter');
    assertProposal('accept', p.status);
    const matter = matters.createMatterIn(tx, { communityId: p.community.id, title: p.title, description: p.body, proposedBy: userId, proposalId: p.id });
    Object.assign(p, { status: S.ACCEPTED, decidedAt: tx.now, decidedBy: userId, matter: matter.id });
    emit(tx, {
      type: 'proposal.accepted',
      communityId: p.community.id,
      subject: subjectOf(p),
      data: { title: p.title, status: { before: S.SUBMITTED, after: S.ACCEPTED }, matterId: toGlobalId('Matter', matter.id) },
      audience,
      notify: { userIds: await followersOf(tx.em, p.id), title: `提议已立项：${p.title}` },
    });
    return p;
  });
}

/** 不予立项: the party organization declines a SUBMITTED proposal with a reason (not blank: BAD_USER_INPUT `reason`), public. */
export async function declineProposal(ctx: Context, input: DeclineProposalInput): Promise<Proposal> {
  const access = await ctx.access();
  const userId = requireUser(access);
  const reason = input.reason.trim();
  return ctx.transact(async (tx) => {
    const p = await lockVisible(tx, access, input.proposalId);
    authorize(proposalPolicy.canDecide(access, p.community.id), 'Only the party organization declines a proposal');
    assertProposal('decline', p.status);
    if (!reason) throw badInput({ reason: 'is required: the community reads why' });
    Object.assign(p, { status: S.DECLINED, decidedAt: tx.now, decidedBy: userId, declineReason: reason });
    emit(tx, {
      type: 'proposal.declined',
      communityId: p.community.id,
      subject: subjectOf(p),
      data: { title: p.title, status: { before: S.SUBMITTED, after: S.DECLINED }, reason },
      audience,
      notify: { userIds: await followersOf(tx.em, p.id), title: `提议不予立项：${p.title}` },
    });
    return p;
  });
}

/** A comment in the thread: whoever belongs to the community; its followers are told. */
export async function commentOnProposal(ctx: Context, input: CommentOnProposalInput): Promise<ProposalComment> {
  const access = await ctx.access();
  const userId = requireUser(access);
  return ctx.transact(async (tx) => {
    const p = await lockVisible(tx, access, input.proposalId);
    authorize(proposalPolicy.canComment(access, factsOf(p)), 'Only those who belong to the community take part in its threads');
    assertProposal('comment', p.status);
    const body = input.body.trim();
    const comment = tx.em.create(ProposalComment, { proposal: p, author: userId, body, createdAt: tx.now });
    emit(tx, {
      type: 'proposal.commented',
      communityId: p.community.id,
      subject: subjectOf(p),
      data: { title: p.title, commentId: toGlobalId('ProposalComment', comment.id), excerpt: body.slice(0, 80) },
      audience,
      notify: { userIds: await followersOf(tx.em, p.id), title: `提议有新回复：${p.title}` },
    });
    return comment;
  });
}

/** 关注 / 取消关注: follow the thread (told of its changes), or stop. */
export async function setFollowing(ctx: Context, proposalId: string, on: boolean): Promise<Proposal> {
  const access = await ctx.access();
  const userId = requireUser(access);
  return ctx.transact(async (tx) => {
    const p = await lockVisible(tx, access, proposalId);
    authorize(proposalPolicy.canFollow(access, factsOf(p)), 'You may not follow this proposal');
    const [row] = await tx.em.execute<{ n: number }[]>(`SELECT count(*)::int AS n FROM proposal_follows WHERE proposal_id = ? AND user_id = ?`, [p.id, userId]);
    assertFollow((row?.n ?? 0) > 0, on);
    if (on) await follow(tx, p, userId);
    else {
      await tx.em.execute(`DELETE FROM proposal_follows WHERE proposal_id = ? AND user_id = ?`, [p.id, userId]);
      p.followerCount -= 1;
    }
    return p;
  });
}

/**
 * The community's threshold: COUNT (1 to 1,000 supporters) or PERCENT (1 to 100% of its
 * households, rounded up); BAD_USER_INPUT naming `value` otherwise, nothing changed. OPEN
 * proposals are measured against it from their next support on.
 */
export async function setProposalThreshold(ctx: Context, input: SetProposalThresholdInput): Promise<string> {
  const access = await ctx.access();
  const userId = requireUser(access);
  const communityId = keyOf(input.communityId, 'Community', 'communityId');
  authorize(proposalPolicy.canConfigure(access, communityId), "Only the community's party organization and its administrators set its threshold");
  const max = input.mode === ProposalThresholdMode.COUNT ? MAX_VALUE.proposal.thresholdCount : MAX_VALUE.proposal.thresholdPercent;
  if (!Number.isInteger(input.value) || input.value < 1 || input.value > max) throw badInput({ value: `must be a whole number from 1 to ${max}` });
  return ctx.transact(async (tx) => {
    if (!(await tx.em.count(Community, communityId))) throw notFound('Community');
    const before = await settingOf(tx.em, communityId, true);
    await tx.em.execute(
      `INSERT INTO community_proposal_settings (community_id, mode, value, updated_by_id, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (community_id) DO UPDATE SET mode = excluded.mode, value = excluded.value, updated_by_id = excluded.updated_by_id, updated_at = excluded.updated_at`,
      [communityId, input.mode, input.value, userId, tx.now],
    );
    emit(tx, {
      type: 'proposal.thresholdChanged',
      communityId,
      subject: { type: 'Community', id: communityId },
      data: { mode: { before: before.mode, after: input.mode }, value: { before: before.value, after: input.value } },
      audience,
    });
    return communityId;
  });
}

import { LockMode, ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../core/context.js';
import type { Transaction } from '../core/transaction.js';
import type { Access } from '../core/access.js';
import { authorize, requireUser } from '../core/policy.js';
import { badInput, invalidTransition, notFound } from '../core/errors.js';
import { keyOf, parseGlobalId, toGlobalId } from '../core/ids.js';
import { emit, type EmittedEvent, type Audience } from '../events/index.js';
import { attachUploads } from '../attachments/index.js';
import { User } from '../accounts/index.js';
import { Community, memberUserIds, organizationIdsOfKind } from '../communities/index.js';
// Meetings through their public surface only: the motion is put with createResolution, and the
// outcome comes back as the `resolution.closed` event (onResolutionClosed, registered in index.ts).
import {
  createResolution,
  lockRunMeeting,
  MeetingKind,
  MeetingStatus,
  OWNER_RULES,
  Resolution,
  ResolutionOutcome,
  ResolutionStatus,
  textHash,
  VoteRule,
  type Meeting,
} from '../meetings/index.js';
import {
  Covenant,
  CovenantAcknowledgement,
  CovenantComment,
  CovenantKind,
  CovenantRejection,
  CovenantVersion,
  CovenantVersionStatus as S,
} from './covenant.entity.js';
import { covenantPolicy, RESPONSIBLE, type CovenantFacts } from './covenant.policy.js';
import { contentHashOf, numberArticles, renderForVote, type ArticleDraft } from './covenant.content.js';
import { MAX_COVENANTS, residentUserIds, reviewerUserIds } from './covenants.queries.js';
import { assertCan, assertCanOnCovenant, can, canOnCovenant, IN_FORCE, type VersionFacts } from './covenant.state.js';
import { CovenantAction, CovenantVersionAction, CovenantVersionAction as A } from './covenant.types.js';
import type {
  CommentOnCovenantInput,
  DraftCovenantInput,
  FileCovenantInput,
  OpenPublicCommentInput,
  PutCovenantToVoteInput,
  RecordLegalReviewInput,
  RepealCovenantInput,
  ReviseCovenantInput,
} from './covenant.inputs.js';
import './covenants.events.js';

/** A covenant keeps at most this many versions. */
export const MAX_VERSIONS = 100;
/** A resident leaves at most this many comments on one version. */
export const MAX_COMMENTS_PER_PERSON = 20;
/** Public comment lasts at most this long. */
export const MAX_COMMENT_DAYS = 90;
const DAY = 86_400_000;

/** Which meeting adopts (and repeals) each kind, under which rules. */
export function adoptingBody(kind: CovenantKind): { meetingKind: MeetingKind; rules: readonly VoteRule[] } {
  return kind === CovenantKind.PROPERTY_RULES
    ? { meetingKind: MeetingKind.OWNERS_ASSEMBLY, rules: [VoteRule.OWNERS_ORDINARY] }
    : { meetingKind: MeetingKind.REPRESENTATIVES, rules: Object.values(VoteRule).filter((r) => !OWNER_RULES.includes(r)) };
}

export const factsOf = (c: Covenant): CovenantFacts => ({ communityId: c.community.id, kind: c.kind });

/**
 * The steps the viewer may take on a version now: the policy, then the state machine, exactly as
 * the mutations judge them (what they take as input, the meeting or the comment, is judged when
 * given). `facts` is the version as the state machine sees it, with `stranded` for a version in
 * VOTING; `intact` is worked out here, only when it matters.
 */
export function versionViewerActions(a: Access, c: Covenant, v: CovenantVersion, facts: VersionFacts, now: Date): CovenantVersionAction[] {
  const f = factsOf(c);
  if (!a.userId || !covenantPolicy.canSeeVersion(a, f, v.status)) return [];
  const manage = covenantPolicy.canManage(a, f);
  const checks: [CovenantVersionAction, () => boolean][] = [
    [A.OPEN_PUBLIC_COMMENT, () => manage && can('openPublicComment', facts, now)],
    [A.COMMENT, () => covenantPolicy.canComment(a, f) && can('comment', facts, now)],
    [A.SUBMIT_FOR_LEGAL_REVIEW, () => manage && can('submitForLegalReview', facts, now)],
    [A.RECORD_LEGAL_REVIEW, () => covenantPolicy.canReview(a, f.communityId) && can('recordLegalReview', facts, now)],
    [A.PUT_TO_VOTE, () => manage && can('putToVote', facts, now) && can('putToVote', { ...facts, intact: contentHashOf(v.articles) === v.contentHash }, now)],
    [A.FILE, () => manage && can('file', facts, now)],
    [A.ACKNOWLEDGE, () => covenantPolicy.canAcknowledge(a, f) && can('acknowledge', facts, now)],
  ];
  return checks.filter(([, ok]) => ok()).map(([action]) => action);
}

/** The steps the viewer may take on the covenant now, given all its versions (policy, then state machine). */
export function covenantViewerActions(a: Access, c: Covenant, versions: readonly CovenantVersion[]): CovenantAction[] {
  const f = factsOf(c);
  const visible = covenantPolicy.canSeeCovenant(a, f, versions.some((v) => v.status !== S.DRAFT));
  if (!a.userId || !visible || !covenantPolicy.canManage(a, f)) return [];
  const checks: [CovenantAction, boolean][] = [
    [CovenantAction.REVISE, canOnCovenant('revise', versions) && versions.length < MAX_VERSIONS],
    [CovenantAction.REPEAL, canOnCovenant('repeal', versions)],
  ];
  return checks.filter(([, ok]) => ok).map(([action]) => action);
}

const subjectOf = (c: Covenant) => ({ type: 'Covenant', id: c.id });

function refOf(c: Covenant, v: CovenantVersion) {
  return { title: c.title, kind: c.kind, versionId: toGlobalId('CovenantVersion', v.id), versionNumber: v.number };
}

async function responsibleOrgs(em: EntityManager, c: Covenant): Promise<string[]> {
  return organizationIdsOfKind(em, c.community.id, ...RESPONSIBLE[c.kind]);
}

/** Drafts are told to the responsible organizations only; everything later to the community. */
async function audienceOf(em: EntityManager, c: Covenant, draft: boolean): Promise<Audience> {
  const organizationIds = await responsibleOrgs(em, c);
  return draft ? { organizationIds } : { public: true, organizationIds };
}

/** What the state machine looks at, as the version is stored (`stranded` and `intact` are the caller's to add). */
export const versionFactsOf = (v: CovenantVersion): VersionFacts => ({ status: v.status, commentsOpenUntil: v.commentsOpenUntil ?? null, reviewApproved: v.reviewApproved ?? null });

const versionGid = (key: string) => toGlobalId('CovenantVersion', key);

/**
 * The version and its covenant, the covenant's row locked for this transaction (every step on a
 * covenant's versions takes it, so they run one at a time), if the viewer may see the version
 * (NOT_FOUND otherwise, so a hidden draft does not reveal that it exists).
 */
async function lockVersion(tx: Transaction, access: Access, versionKey: string, mode: 'update' | 'share' = 'update'): Promise<{ covenant: Covenant; version: CovenantVersion }> {
  const [row] = await tx.em.execute<{ covenant_id: string }[]>(`SELECT covenant_id FROM covenant_versions WHERE id = ?`, [versionKey]);
  if (!row) throw notFound('CovenantVersion');
  const covenant = await tx.em.findOneOrFail(Covenant, row.covenant_id, { lockMode: mode === 'update' ? LockMode.PESSIMISTIC_WRITE : LockMode.PESSIMISTIC_READ });
  const version = await tx.em.findOneOrFail(CovenantVersion, versionKey, { refresh: true });
  if (!covenantPolicy.canSeeVersion(access, factsOf(covenant), version.status)) throw notFound('CovenantVersion');
  return { covenant, version };
}

/** The covenant, its row locked, if the viewer may see it. */
async function lockCovenant(tx: Transaction, access: Access, covenantKey: string): Promise<Covenant> {
  const covenant = await tx.em.findOne(Covenant, covenantKey, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!covenant) throw notFound('Covenant');
  const [row] = await tx.em.execute<{ n: number }[]>(`SELECT count(*)::int AS n FROM covenant_versions WHERE covenant_id = ? AND status <> 'DRAFT'`, [covenant.id]);
  if (!covenantPolicy.canSeeCovenant(access, factsOf(covenant), (row?.n ?? 0) > 0)) throw notFound('Covenant');
  return covenant;
}

function newVersion(tx: Transaction, covenant: Covenant, number: number, drafts: readonly ArticleDraft[], userId: string, changeSummary: string | null): CovenantVersion {
  const articles = numberArticles(drafts);
  return tx.em.create(CovenantVersion, {
    covenant: covenant.id,
    number,
    articles,
    contentHash: contentHashOf(articles),
    changeSummary,
    createdBy: userId,
    createdAt: tx.now,
  });
}

/** 起草: a new covenant with its first version, a DRAFT. */
export async function draftCovenant(ctx: Context, input: DraftCovenantInput): Promise<Covenant> {
  const access = await ctx.access();
  const userId = requireUser(access);
  const communityId = keyOf(input.communityId, 'Community', 'communityId');
  authorize(covenantPolicy.canManage(access, { communityId, kind: input.kind }), `Only the organization responsible for ${input.kind} drafts it`);
  return ctx.transact(async (tx) => {
    if (!(await tx.em.count(Community, { id: communityId }))) throw badInput({ communityId: 'is not a community' });
    if ((await tx.em.count(Covenant, { community: communityId })) >= MAX_COVENANTS) throw badInput({ communityId: `has ${MAX_COVENANTS} covenants already` });
    const covenant = tx.em.create(Covenant, { community: communityId, kind: input.kind, title: input.title.trim(), createdBy: userId, createdAt: tx.now });
    const version = newVersion(tx, covenant, 1, input.articles, userId, null);
    await attachUploads(tx, { type: 'CovenantVersion', id: version.id }, input.attachmentIds);
    emit(tx, {
      type: 'covenant.drafted',
      communityId,
      subject: subjectOf(covenant),
      data: { ...refOf(covenant, version), articleCount: version.articles.length, contentHash: version.contentHash },
      audience: await audienceOf(tx.em, covenant, true),
    });
    return covenant;
  });
}

/** 修订: a new DRAFT version with the whole new text, when no other version is in progress. */
export async function reviseCovenant(ctx: Context, input: ReviseCovenantInput): Promise<CovenantVersion> {
  const access = await ctx.access();
  const userId = requireUser(access);
  const key = keyOf(input.covenantId, 'Covenant', 'covenantId');
  return ctx.transact(async (tx) => {
    const covenant = await lockCovenant(tx, access, key);
    authorize(covenantPolicy.canManage(access, factsOf(covenant)), 'Only the responsible organization revises a covenant');
    const versions = await tx.em.find(CovenantVersion, { covenant: covenant.id }, { orderBy: { number: 'desc' } });
    assertCanOnCovenant('revise', versions, versionGid);
    if (versions.length >= MAX_VERSIONS) throw badInput({ covenantId: `has ${MAX_VERSIONS} versions already` });
    const version = newVersion(tx, covenant, (versions[0]?.number ?? 0) + 1, input.articles, userId, input.changeSummary.trim());
    await attachUploads(tx, { type: 'CovenantVersion', id: version.id }, input.attachmentIds);
    emit(tx, {
      type: 'covenant.revised',
      communityId: covenant.community.id,
      subject: subjectOf(covenant),
      data: { ...refOf(covenant, version), articleCount: version.articles.length, contentHash: version.contentHash, changeSummary: version.changeSummary! },
      audience: await audienceOf(tx.em, covenant, true),
    });
    return version;
  });
}

/** 征求意见: DRAFT → PUBLIC_COMMENT until `until`; the community's residents are told. */
export async function openPublicComment(ctx: Context, input: OpenPublicCommentInput): Promise<CovenantVersion> {
  const access = await ctx.access();
  requireUser(access);
  const key = keyOf(input.versionId, 'CovenantVersion', 'versionId');
  return ctx.transact(async (tx) => {
    const { covenant, version } = await lockVersion(tx, access, key);
    authorize(covenantPolicy.canManage(access, factsOf(covenant)), 'Only the responsible organization opens public comment');
    assertCan('openPublicComment', versionFactsOf(version), tx.now);
    if (input.until <= tx.now) throw badInput({ until: 'must be in the future' });
    if (input.until.getTime() - tx.now.getTime() > MAX_COMMENT_DAYS * DAY) throw badInput({ until: `must be at most ${MAX_COMMENT_DAYS} days ahead` });
    Object.assign(version, { status: S.PUBLIC_COMMENT, commentsOpenUntil: input.until });
    emit(tx, {
      type: 'covenant.commentOpened',
      communityId: covenant.community.id,
      subject: subjectOf(covenant),
      data: { ...refOf(covenant, version), until: input.until.toISOString() },
      audience: await audienceOf(tx.em, covenant, false),
      notify: { userIds: await residentUserIds(tx.em, covenant.community.id), title: `《${covenant.title}》征求意见，截至${input.until.toISOString().slice(0, 10)}` },
    });
    return version;
  });
}

/** A verified resident comments, on the whole text or one of its articles, while comments are open. */
export async function commentOnCovenant(ctx: Context, input: CommentOnCovenantInput): Promise<CovenantComment> {
  const access = await ctx.access();
  const userId = requireUser(access);
  const key = keyOf(input.versionId, 'CovenantVersion', 'versionId');
  return ctx.transact(async (tx) => {
    // Share lock: comments arrive side by side; closing the comment period waits for them.
    const { covenant, version } = await lockVersion(tx, access, key, 'share');
    authorize(covenantPolicy.canComment(access, factsOf(covenant)), 'Only verified residents of the community comment');
    assertCan('comment', versionFactsOf(version), tx.now);
    const articleNumber = input.articleNumber ?? null;
    if (articleNumber !== null && !version.articles.some((a) => a.number === articleNumber)) throw badInput({ articleNumber: `is not an article of version ${version.number}` });
    if ((await tx.em.count(CovenantComment, { version: version.id, author: userId })) >= MAX_COMMENTS_PER_PERSON) {
      throw badInput({ versionId: `you have left ${MAX_COMMENTS_PER_PERSON} comments on this version already` });
    }
    const comment = tx.em.create(CovenantComment, { version: version.id, author: userId, articleNumber, body: input.body.trim(), createdAt: tx.now });
    emit(tx, {
      type: 'covenant.commented',
      communityId: covenant.community.id,
      subject: subjectOf(covenant),
      data: { ...refOf(covenant, version), commentId: toGlobalId('CovenantComment', comment.id), articleNumber },
      // Comments are read by the responsible organizations and their author (covenantPolicy).
      audience: { organizationIds: await responsibleOrgs(tx.em, covenant), userIds: [userId] },
    });
    return comment;
  });
}

/** PUBLIC_COMMENT → LEGAL_REVIEW once the comment period has ended; the community's governance center is told. */
export async function submitForLegalReview(ctx: Context, versionId: string): Promise<CovenantVersion> {
  const access = await ctx.access();
  requireUser(access);
  const key = keyOf(versionId, 'CovenantVersion', 'versionId');
  return ctx.transact(async (tx) => {
    const { covenant, version } = await lockVersion(tx, access, key);
    authorize(covenantPolicy.canManage(access, factsOf(covenant)), 'Only the responsible organization submits a covenant for legal review');
    assertCan('submitForLegalReview', versionFactsOf(version), tx.now);
    version.status = S.LEGAL_REVIEW;
    emit(tx, {
      type: 'covenant.submittedForReview',
      communityId: covenant.community.id,
      subject: subjectOf(covenant),
      data: { ...refOf(covenant, version), comments: await tx.em.count(CovenantComment, { version: version.id }) },
      audience: await audienceOf(tx.em, covenant, false),
      notify: { userIds: await reviewerUserIds(tx.em, covenant.community.id), title: `《${covenant.title}》第${version.number}版待合法性审查` },
    });
    return version;
  });
}

/**
 * 合法性审查, recorded once: approved, the version stays in LEGAL_REVIEW with the approval on record
 * (ready to be put to the vote); not approved, it is REJECTED.
 */
export async function recordLegalReview(ctx: Context, input: RecordLegalReviewInput): Promise<CovenantVersion> {
  const access = await ctx.access();
  const userId = requireUser(access);
  const key = keyOf(input.versionId, 'CovenantVersion', 'versionId');
  return ctx.transact(async (tx) => {
    const { covenant, version } = await lockVersion(tx, access, key);
    authorize(covenantPolicy.canReview(access, covenant.community.id), 'Only a governance center records the legal review');
    assertCan('recordLegalReview', versionFactsOf(version), tx.now);
    const note = input.note.trim();
    Object.assign(version, { reviewApproved: input.approved, reviewNote: note, reviewedBy: tx.em.getReference(User, userId, { wrapped: true }), reviewedAt: tx.now });
    if (!input.approved) Object.assign(version, { status: S.REJECTED, rejection: CovenantRejection.LEGAL_REVIEW, rejectedAt: tx.now });
    const orgs = await responsibleOrgs(tx.em, covenant);
    emit(tx, {
      type: 'covenant.reviewed',
      communityId: covenant.community.id,
      subject: subjectOf(covenant),
      data: { ...refOf(covenant, version), approved: input.approved, note },
      audience: { public: true, organizationIds: orgs, userIds: [userId] },
      notify: { userIds: await memberUserIds(tx.em, orgs), title: `《${covenant.title}》第${version.number}版合法性审查${input.approved ? '通过' : '未通过'}` },
    });
    return version;
  });
}

/**
 * 审议表决: proposes, on a meeting the viewer's organization convenes, a resolution whose text is the
 * version's articles (renderForVote), so its textHash binds the exact text; the version goes to
 * VOTING. Needs an approved legal review. A version whose motion never opened (its meeting ended
 * or was cancelled first) may be put to another meeting.
 */
export async function putCovenantToVote(ctx: Context, input: PutCovenantToVoteInput): Promise<Resolution> {
  const access = await ctx.access();
  const userId = requireUser(access);
  const key = keyOf(input.versionId, 'CovenantVersion', 'versionId');
  const meetingKey = keyOf(input.meetingId, 'Meeting', 'meetingId');
  return ctx.transact(async (tx) => {
    // The version first, unlocked, for who may ask; then the meeting and then the covenant are
    // locked in the order closing a vote takes them (meeting, then covenant), so the two never deadlock.
    const [row] = await tx.em.execute<{ covenant_id: string; status: S }[]>(`SELECT covenant_id, status FROM covenant_versions WHERE id = ?`, [key]);
    const peek = row && (await tx.em.findOne(Covenant, row.covenant_id));
    if (!row || !peek || !covenantPolicy.canSeeVersion(access, factsOf(peek), row.status)) throw notFound('CovenantVersion');
    authorize(covenantPolicy.canManage(access, factsOf(peek)), 'Only the responsible organization puts a covenant to the vote');
    const { meeting } = await lockRunMeeting(tx, access, meetingKey, 'Only the convener of the meeting puts motions to it');
    const { covenant, version } = await lockVersion(tx, access, key);
    const current = version.status === S.VOTING && version.resolution ? await tx.em.findOne(Resolution, version.resolution.id, { populate: ['meeting'] }) : null;
    const facts = { ...versionFactsOf(version), stranded: !!current && isStranded(current) };
    assertCan('putToVote', facts, tx.now);
    if (meeting.community.id !== covenant.community.id) throw badInput({ meetingId: 'is not a meeting of this community' });
    const body = adoptingBody(covenant.kind);
    if (meeting.kind !== body.meetingKind) throw badInput({ meetingId: `a ${covenant.kind} covenant is adopted by a ${body.meetingKind} meeting` });
    if (!body.rules.includes(input.rule)) throw badInput({ rule: `a ${covenant.kind} covenant is adopted under ${body.rules.join(' or ')}` });
    if (![MeetingStatus.SCHEDULED, MeetingStatus.IN_SESSION].includes(meeting.status)) throw invalidTransition(meeting.status, 'putToVote');
    // The stored articles must still be what was written (immutable since drafting).
    assertCan('putToVote', { ...facts, intact: contentHashOf(version.articles) === version.contentHash }, tx.now);
    const resolution = await createResolution(tx, meeting, {
      title: `表决《${covenant.title}》第${version.number}版`,
      text: renderForVote(covenant.title, version.number, version.contentHash, version.articles),
      rule: input.rule,
      proposedBy: userId,
    });
    Object.assign(version, { status: S.VOTING, resolution: ref(resolution) });
    emit(tx, {
      type: 'covenant.putToVote',
      communityId: covenant.community.id,
      subject: subjectOf(covenant),
      data: {
        ...refOf(covenant, version),
        resolutionId: toGlobalId('Resolution', resolution.id),
        meetingId: toGlobalId('Meeting', meeting.id),
        rule: input.rule,
        contentHash: version.contentHash,
      },
      audience: await audienceOf(tx.em, covenant, false),
    });
    return resolution;
  });
}

/** A motion that never opened because its meeting ended or was cancelled first: the version may go to another meeting. */
export function isStranded(r: Resolution): boolean {
  return r.status === ResolutionStatus.DRAFT && ![MeetingStatus.SCHEDULED, MeetingStatus.IN_SESSION].includes(r.meeting.getEntity().status);
}

/**
 * The handler of `resolution.closed` (registered in index.ts), run in the transaction that closed
 * the vote (closeVoting, or adjournment). For the version put to the vote by it: PASSED adopts it,
 * but only if its articles still render to the exact text voted on and still hash to its
 * contentHash; the version in force before becomes SUPERSEDED and residents are told. Otherwise
 * the version is REJECTED.
 */
export async function onResolutionClosed(tx: Transaction, e: EmittedEvent<'resolution.closed'>): Promise<void> {
  const key = parseGlobalId(e.data.resolutionId)?.key;
  const [row] = key
    ? await tx.em.execute<{ id: string; covenant_id: string }[]>(`SELECT id, covenant_id FROM covenant_versions WHERE resolution_id = ? AND status = 'VOTING'`, [key])
    : [];
  if (!row) return;
  // The closing transaction holds the resolution (its identity map has it as closed).
  const r = await tx.em.findOneOrFail(Resolution, key!);
  const covenant = await tx.em.findOneOrFail(Covenant, row.covenant_id, { lockMode: LockMode.PESSIMISTIC_WRITE });
  const version = await tx.em.findOneOrFail(CovenantVersion, row.id, { refresh: true });
  if (!can('closeVote', versionFactsOf(version), tx.now) || version.resolution?.id !== r.id) return;
  const ref = { ...refOf(covenant, version), resolutionId: toGlobalId('Resolution', r.id) };
  const orgs = await responsibleOrgs(tx.em, covenant);
  const audience = { public: true, organizationIds: orgs };
  const intact =
    contentHashOf(version.articles) === version.contentHash &&
    textHash(renderForVote(covenant.title, version.number, version.contentHash, version.articles)) === r.textHash;
  if (r.outcome === ResolutionOutcome.PASSED && intact) {
    const previous = await tx.em.findOne(CovenantVersion, { covenant: covenant.id, status: { $in: [...IN_FORCE] } });
    if (previous) {
      Object.assign(previous, { status: S.SUPERSEDED, supersededAt: tx.now });
      // One version in force at a time (a partial unique index): the old one leaves first.
      await tx.em.flush();
    }
    Object.assign(version, { status: S.ADOPTED, adoptedAt: tx.now });
    emit(tx, {
      type: 'covenant.adopted',
      communityId: covenant.community.id,
      subject: subjectOf(covenant),
      data: { ...ref, contentHash: version.contentHash, supersededVersionId: previous ? toGlobalId('CovenantVersion', previous.id) : null },
      audience,
      notify: { userIds: await residentUserIds(tx.em, covenant.community.id), title: `《${covenant.title}》第${version.number}版已表决通过，请知晓确认` },
    });
    return;
  }
  const rejection = !intact
    ? CovenantRejection.CONTENT_CHANGED
    : r.outcome === ResolutionOutcome.NO_QUORUM
      ? CovenantRejection.NO_QUORUM
      : CovenantRejection.VOTE_FAILED;
  Object.assign(version, { status: S.REJECTED, rejection, rejectedAt: tx.now });
  emit(tx, {
    type: 'covenant.rejected',
    communityId: covenant.community.id,
    subject: subjectOf(covenant),
    data: { ...ref, reason: rejection },
    audience,
    notify: { userIds: await memberUserIds(tx.em, orgs), title: `《${covenant.title}》第${version.number}版未获通过` },
  });
}

/** 备案: ADOPTED → FILED with the filing authority's reference. */
export async function fileCovenant(ctx: Context, input: FileCovenantInput): Promise<CovenantVersion> {
  const access = await ctx.access();
  requireUser(access);
  const key = keyOf(input.versionId, 'CovenantVersion', 'versionId');
  return ctx.transact(async (tx) => {
    const { covenant, version } = await lockVersion(tx, access, key);
    authorize(covenantPolicy.canManage(access, factsOf(covenant)), 'Only the responsible organization files a covenant');
    assertCan('file', versionFactsOf(version), tx.now);
    Object.assign(version, { status: S.FILED, filedAt: tx.now, filingReference: input.filingReference.trim() });
    emit(tx, {
      type: 'covenant.filed',
      communityId: covenant.community.id,
      subject: subjectOf(covenant),
      data: { ...refOf(covenant, version), filingReference: version.filingReference! },
      audience: await audienceOf(tx.em, covenant, false),
    });
    return version;
  });
}

/** 知晓确认: a verified resident acknowledges the version in force, once; again changes nothing. */
export async function acknowledgeCovenant(ctx: Context, versionId: string): Promise<CovenantVersion> {
  const access = await ctx.access();
  const userId = requireUser(access);
  const key = keyOf(versionId, 'CovenantVersion', 'versionId');
  return ctx.transact(async (tx) => {
    // Share lock: acknowledgements run side by side; adoption and repeal wait for them.
    const { covenant, version } = await lockVersion(tx, access, key, 'share');
    authorize(covenantPolicy.canAcknowledge(access, factsOf(covenant)), 'Only verified residents of the community acknowledge a covenant');
    assertCan('acknowledge', versionFactsOf(version), tx.now);
    const inserted = await tx.em.execute<{ n: number }[]>(
      `INSERT INTO covenant_acknowledgements (version_id, user_id, acknowledged_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING RETURNING 1 AS n`,
      [version.id, userId, tx.now],
    );
    if (inserted.length) {
      emit(tx, {
        type: 'covenant.acknowledged',
        communityId: covenant.community.id,
        subject: subjectOf(covenant),
        data: { ...refOf(covenant, version), acknowledgementCount: await tx.em.count(CovenantAcknowledgement, { version: version.id }) },
        audience: { organizationIds: await responsibleOrgs(tx.em, covenant), userIds: [userId] },
      });
    }
    return version;
  });
}

/** What the repeal rule reads of a resolution and its meeting. */
export interface RepealingFacts {
  communityId: string;
  meetingKind: MeetingKind;
  rule: VoteRule;
  status: ResolutionStatus;
  outcome: ResolutionOutcome | null;
  closedAt: Date | null;
  /** Bound to a covenant version already (adopted or repealed one). */
  used: boolean;
}

export const repealingFactsOf = (r: Resolution, m: Meeting, used: boolean): RepealingFacts => ({
  communityId: m.community.id,
  meetingKind: m.kind,
  rule: r.rule,
  status: r.status,
  outcome: r.outcome ?? null,
  closedAt: r.closedAt ?? null,
  used,
});

/**
 * The one repeal rule: why the resolution cannot repeal the covenant's version in force (what
 * BAD_INPUT says of `resolutionId`), or null when it can. `repealCovenant` asks it of the
 * resolution given; `Covenant.repealResolutions` of every candidate. Null facts: no such resolution.
 */
export function repealRefusal(c: Covenant, inForce: CovenantVersion, r: RepealingFacts | null): string | null {
  if (!r || r.communityId !== c.community.id) return 'is not a resolution of this community';
  if (r.status !== ResolutionStatus.CLOSED || r.outcome !== ResolutionOutcome.PASSED) return 'has not PASSED';
  const body = adoptingBody(c.kind);
  if (r.meetingKind !== body.meetingKind || !body.rules.includes(r.rule)) return `a ${c.kind} covenant is repealed by a ${body.meetingKind} meeting under ${body.rules.join(' or ')}`;
  if (inForce.adoptedAt && r.closedAt && r.closedAt < inForce.adoptedAt) return 'was decided before the version in force was adopted';
  return r.used ? 'already decided a covenant' : null;
}

/** Of these resolutions, those bound to a covenant version already (adopting or repealing it). */
export async function resolutionsBound(em: EntityManager, ids: readonly string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await em.find(CovenantVersion, { $or: [{ resolution: { $in: [...ids] } }, { repealResolution: { $in: [...ids] } }] }, { fields: ['resolution', 'repealResolution'] });
  return new Set(rows.flatMap((v) => [v.resolution?.id, v.repealResolution?.id]).filter((id): id is string => !!id && ids.includes(id)));
}

/**
 * The resolutions that may repeal the covenant now, newest first: none unless the viewer is
 * offered REPEAL; then every resolution of the adopting body that `repealRefusal` lets through.
 * The caller keeps those of meetings the viewer sees.
 */
export async function repealCandidates(em: EntityManager, a: Access, c: Covenant, versions: readonly CovenantVersion[]): Promise<Resolution[]> {
  if (!covenantViewerActions(a, c, versions).includes(CovenantAction.REPEAL)) return [];
  const inForce = versions.find((v) => IN_FORCE.includes(v.status));
  if (!inForce) return [];
  const body = adoptingBody(c.kind);
  const found = await em.find(
    Resolution,
    { meeting: { community: c.community.id, kind: body.meetingKind }, rule: { $in: [...body.rules] }, status: ResolutionStatus.CLOSED, outcome: ResolutionOutcome.PASSED },
    { populate: ['meeting'], orderBy: { closedAt: 'desc', id: 'asc' }, limit: 200 },
  );
  const used = await resolutionsBound(em, found.map((r) => r.id));
  return found.filter((r) => repealRefusal(c, inForce, repealingFactsOf(r, r.meeting.getEntity(), used.has(r.id))) === null);
}

/**
 * 废止: the version in force becomes REPEALED by a PASSED resolution of the body that adopts the
 * kind, decided after that version was adopted and not already bound to a covenant.
 */
export async function repealCovenant(ctx: Context, input: RepealCovenantInput): Promise<Covenant> {
  const access = await ctx.access();
  requireUser(access);
  const key = keyOf(input.covenantId, 'Covenant', 'covenantId');
  const resolutionKey = keyOf(input.resolutionId, 'Resolution', 'resolutionId');
  return ctx.transact(async (tx) => {
    const covenant = await lockCovenant(tx, access, key);
    authorize(covenantPolicy.canManage(access, factsOf(covenant)), 'Only the responsible organization repeals a covenant');
    const versions = await tx.em.find(CovenantVersion, { covenant: covenant.id, status: { $in: [...IN_FORCE] } });
    assertCanOnCovenant('repeal', versions, versionGid);
    const inForce = versions[0]!;
    const r = await tx.em.findOne(Resolution, resolutionKey, { populate: ['meeting'] });
    const meeting = r?.meeting.getEntity();
    if (!r || !meeting) throw badInput({ resolutionId: repealRefusal(covenant, inForce, null)! });
    const used = (await resolutionsBound(tx.em, [r.id])).has(r.id);
    const refused = repealRefusal(covenant, inForce, repealingFactsOf(r, meeting, used));
    if (refused) throw badInput({ resolutionId: refused });
    Object.assign(inForce, { status: S.REPEALED, repealedAt: tx.now, repealResolution: ref(r) });
    emit(tx, {
      type: 'covenant.repealed',
      communityId: covenant.community.id,
      subject: subjectOf(covenant),
      data: { ...refOf(covenant, inForce), resolutionId: toGlobalId('Resolution', r.id) },
      audience: await audienceOf(tx.em, covenant, false),
      notify: { userIds: await residentUserIds(tx.em, covenant.community.id), title: `《${covenant.title}》已废止` },
    });
    return covenant;
  });
}

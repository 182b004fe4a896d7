import { AppError } from '../core/errors.js';
import { CovenantVersionStatus as S } from './covenant.entity.js';

/**
 * The life of a covenant version, in one place. Every service step asks it first, and
 * `viewerActions` asks it what to offer; a step it does not allow fails with INVALID_TRANSITION
 * and changes nothing. Pure: no database, no clock of its own (the caller passes `now`).
 *
 * A step is allowed from some statuses (`ALLOWED_FROM`) and, for some, only when a fact of the
 * version holds as well (`GUARDS`): comments are taken until `commentsOpenUntil` and the text is
 * submitted for review after it; a review is recorded once; only an approved text, or one whose
 * motion was stranded (its meeting ended or was cancelled before the vote opened), is put to the
 * vote, and only while its articles still hash to `contentHash`.
 */
export type VersionStep =
  | 'openPublicComment'
  | 'comment'
  | 'submitForLegalReview'
  | 'recordLegalReview'
  | 'putToVote'
  | 'file'
  | 'acknowledge'
  /** The resolution it was put to the vote by closed: adopted or rejected. */
  | 'closeVote'
  /** A later version was adopted. */
  | 'supersede'
  | 'repeal';

/** Steps on the covenant as a whole. */
export type CovenantStep = 'revise' | 'repeal';

/** Versions between DRAFT and VOTING: at most one per covenant, and none while the covenant is revised. */
export const IN_PROGRESS: readonly S[] = [S.DRAFT, S.PUBLIC_COMMENT, S.LEGAL_REVIEW, S.VOTING];
/** The version in force is the one ADOPTED or FILED (at most one per covenant). */
export const IN_FORCE: readonly S[] = [S.ADOPTED, S.FILED];
/** Where a version's road ends. */
export const FINAL: readonly S[] = [S.SUPERSEDED, S.REJECTED, S.REPEALED];

export const ALLOWED_FROM: Record<VersionStep, readonly S[]> = {
  openPublicComment: [S.DRAFT],
  comment: [S.PUBLIC_COMMENT],
  submitForLegalReview: [S.PUBLIC_COMMENT],
  recordLegalReview: [S.LEGAL_REVIEW],
  // VOTING too: a stranded motion goes to another meeting.
  putToVote: [S.LEGAL_REVIEW, S.VOTING],
  file: [S.ADOPTED],
  acknowledge: IN_FORCE,
  closeVote: [S.VOTING],
  supersede: IN_FORCE,
  repeal: IN_FORCE,
};

/** What the guards look at besides the status. */
export interface VersionFacts {
  status: S;
  commentsOpenUntil?: Date | null;
  /** The legal review: null until recorded. */
  reviewApproved?: boolean | null;
  /** In VOTING, its resolution is still a DRAFT and its meeting is no longer SCHEDULED or IN_SESSION. */
  stranded?: boolean;
  /** The stored articles still hash to `contentHash` (they are never changed). */
  intact?: boolean;
}

/** Why a step is refused: what INVALID_TRANSITION says (`from`, the message, more extensions). */
export interface Refusal {
  from: string;
  message: string;
  extensions?: Record<string, unknown>;
}

const commentsOpen = (v: VersionFacts, now: Date) => !!v.commentsOpenUntil && now < v.commentsOpenUntil;

/** The guard of a step beyond its statuses: a refusal, or null when it holds. */
const GUARDS: Partial<Record<VersionStep, (v: VersionFacts, now: Date) => Refusal | null>> = {
  comment: (v, now) =>
    commentsOpen(v, now) ? null : { from: v.status, message: 'Comments are closed', extensions: { commentsOpenUntil: v.commentsOpenUntil?.toISOString() } },
  submitForLegalReview: (v, now) =>
    !commentsOpen(v, now)
      ? null
      : { from: v.status, message: `Comments are open until ${v.commentsOpenUntil!.toISOString()}`, extensions: { commentsOpenUntil: v.commentsOpenUntil!.toISOString() } },
  recordLegalReview: (v) => (v.reviewApproved == null ? null : { from: 'REVIEWED', message: 'The legal review is recorded already' }),
  putToVote: (v) => {
    if (v.status === S.VOTING && !v.stranded) return { from: v.status, message: `Cannot putToVote from ${v.status}` };
    if (v.status === S.LEGAL_REVIEW && v.reviewApproved !== true) return { from: v.status, message: 'The legal review has not approved this version yet' };
    return v.intact === false ? { from: v.status, message: 'The articles no longer match their content hash' } : null;
  },
};

/** What a refusal by status says, when it says more than `Cannot <step> from <status>`. */
const STATUS_MESSAGES: Partial<Record<VersionStep, string>> = {
  acknowledge: 'Only the version in force is acknowledged',
};

/** Why `step` is refused from where the version stands at `now`, or null when it is allowed. */
export function refusal(step: VersionStep, v: VersionFacts, now: Date): Refusal | null {
  if (!ALLOWED_FROM[step].includes(v.status)) return { from: v.status, message: STATUS_MESSAGES[step] ?? `Cannot ${step} from ${v.status}` };
  return GUARDS[step]?.(v, now) ?? null;
}

export function can(step: VersionStep, v: VersionFacts, now: Date): boolean {
  return refusal(step, v, now) === null;
}

const refuse = (action: string, r: Refusal) => new AppError('INVALID_TRANSITION', r.message, { ...r.extensions, from: r.from, action });

/** INVALID_TRANSITION unless the state machine allows `step` from where the version stands at `now`. */
export function assertCan(step: VersionStep, v: VersionFacts, now: Date): void {
  const r = refusal(step, v, now);
  if (r) throw refuse(step, r);
}

/** A version with its id and number, as the covenant-level steps see its versions. */
export interface VersionRow {
  id: string;
  number: number;
  status: S;
}

/** The version on its way (DRAFT … VOTING), if any. */
export const inProgressOf = <V extends { status: S }>(versions: readonly V[]): V | undefined => versions.find((v) => IN_PROGRESS.includes(v.status));
/** The version in force (ADOPTED or FILED), if any. */
export const inForceOf = <V extends { status: S }>(versions: readonly V[]): V | undefined => versions.find((v) => IN_FORCE.includes(v.status));

/**
 * Why a step on the covenant is refused, given its versions, or null: a revision waits until no
 * version is in progress; a repeal needs a version in force.
 */
export function covenantRefusal(step: CovenantStep, versions: readonly VersionRow[]): Refusal | null {
  if (step === 'revise') {
    const busy = inProgressOf(versions);
    return busy ? { from: busy.status, message: `Version ${busy.number} is still ${busy.status}: finish it before revising`, extensions: { versionRef: busy.id } } : null;
  }
  return inForceOf(versions) ? null : { from: 'NOT_IN_FORCE', message: 'No version of this covenant is in force' };
}

export function canOnCovenant(step: CovenantStep, versions: readonly VersionRow[]): boolean {
  return covenantRefusal(step, versions) === null;
}

/**
 * INVALID_TRANSITION unless the covenant's versions allow `step`. `globalId` turns a version's
 * key into the ID the error names (`versionId`), so this file stays free of the API's ID format.
 */
export function assertCanOnCovenant(step: CovenantStep, versions: readonly VersionRow[], globalId: (key: string) => string): void {
  const r = covenantRefusal(step, versions);
  if (!r) return;
  const { versionRef, ...rest } = r.extensions ?? {};
  throw refuse(step, { ...r, extensions: versionRef ? { ...rest, versionId: globalId(versionRef as string) } : rest });
}

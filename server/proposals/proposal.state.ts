import { invalidTransition } from '../core/errors.js';
import { ProposalStatus as S, ProposalThresholdMode } from './proposal.entity.js';

/**
 * The machine of a proposal, in one place. Pure: every step of the service asks it first (a step
 * it refuses fails with INVALID_TRANSITION naming the state, and changes nothing), and
 * `viewerActions` asks it what to offer. No other file compares statuses.
 *
 *   OPEN      → OPEN        support (联名: once per person — else SUPPORTED)
 *   OPEN      → SUBMITTED   reaching the threshold (the support that reaches it moves it: `reaches`)
 *   OPEN      → WITHDRAWN   withdraw (the proposer)
 *   SUBMITTED → ACCEPTED    accept (the party organization: a matter is created, linked both ways)
 *   SUBMITTED → DECLINED    decline (the party organization, with a public reason)
 *   every status but WITHDRAWN: comment (the thread goes on after the decision)
 */
export type ProposalStep = 'support' | 'withdraw' | 'accept' | 'decline' | 'comment';

export const PROPOSAL_FROM: Record<ProposalStep, readonly S[]> = {
  support: [S.OPEN],
  withdraw: [S.OPEN],
  accept: [S.SUBMITTED],
  decline: [S.SUBMITTED],
  comment: [S.OPEN, S.SUBMITTED, S.ACCEPTED, S.DECLINED],
};

/**
 * Why `step` may not be taken now (the state named in the INVALID_TRANSITION), or null when it may.
 * `supported`: whether the person taking a `support` step supports it already.
 */
export function proposalRefusal(step: ProposalStep, status: S, supported = false): string | null {
  if (!PROPOSAL_FROM[step].includes(status)) return status;
  if (step === 'support' && supported) return 'SUPPORTED';
  return null;
}

export const canProposal = (step: ProposalStep, status: S, supported = false) => proposalRefusal(step, status, supported) === null;

export function assertProposal(step: ProposalStep, status: S, supported = false): void {
  const refusal = proposalRefusal(step, status, supported);
  if (refusal !== null) throw invalidTransition(refusal, step);
}

/**
 * 关注 / 取消关注, in any status: following one already followed is refused (FOLLOWING), and so is
 * leaving one not followed (NOT_FOLLOWING), so that what `viewerActions` does not offer fails.
 */
export function followRefusal(following: boolean, on: boolean): string | null {
  if (on && following) return 'FOLLOWING';
  if (!on && !following) return 'NOT_FOLLOWING';
  return null;
}

export function assertFollow(following: boolean, on: boolean): void {
  const refusal = followRefusal(following, on);
  if (refusal !== null) throw invalidTransition(refusal, on ? 'follow' : 'unfollow');
}

/** On the party organization's 议事 list, waiting for a decision. */
export const awaitsDecision = (status: S) => status === S.SUBMITTED;

// ── the threshold ────────────────────────────────────────────────────────────────────────────

/** A community's setting: COUNT N supporters, or PERCENT P of its households. */
export interface ThresholdSetting {
  mode: ProposalThresholdMode;
  value: number;
}

/** Without a setting: 10 supporters. */
export const DEFAULT_THRESHOLD: ThresholdSetting = { mode: ProposalThresholdMode.COUNT, value: 10 };

/**
 * Supporters needed: N for COUNT; for PERCENT, P% of the households rounded up (5% of 203 =
 * ceil(10.15) = 11), computed in integers, and never fewer than 1 (a community with no flats
 * recorded needs one supporter).
 */
export function supportersNeeded(setting: ThresholdSetting, households: number): number {
  if (setting.mode === ProposalThresholdMode.COUNT) return setting.value;
  return Math.max(1, Math.floor((setting.value * households + 99) / 100));
}

/** Whether `supportCount` supporters reach the threshold (the proposer is not among them). */
export const reaches = (supportCount: number, needed: number) => supportCount >= needed;

import { invalidTransition } from '../core/errors.js';
import { IssueStatus as S } from './issue.entity.js';

/**
 * The closed loop's state machine, in one place. Every service step asks it first; a step it does
 * not allow fails with INVALID_TRANSITION and changes nothing.
 */
export type IssueAction = 'dispatch' | 'accept' | 'return' | 'resolve' | 'rate' | 'escalate' | 'urge' | 'withdraw' | 'markDuplicate' | 'comment' | 'support';

const OPEN = [S.SUBMITTED, S.DISPATCHED, S.ACCEPTED, S.RETURNED, S.REOPENED];

export const ALLOWED_FROM: Record<IssueAction, readonly S[]> = {
  // DISPATCHED too: a desk that received an escalated issue sends it on.
  dispatch: [S.SUBMITTED, S.RETURNED, S.REOPENED, S.DISPATCHED],
  accept: [S.DISPATCHED],
  return: [S.DISPATCHED, S.ACCEPTED],
  resolve: [S.ACCEPTED],
  rate: [S.RESOLVED],
  escalate: OPEN,
  urge: [S.DISPATCHED, S.ACCEPTED, S.RETURNED, S.REOPENED],
  // The reporter, before acceptance.
  withdraw: [S.SUBMITTED, S.DISPATCHED, S.RETURNED],
  markDuplicate: [S.SUBMITTED, S.DISPATCHED, S.RETURNED, S.REOPENED],
  comment: [...OPEN, S.RESOLVED, S.CLOSED],
  support: [...OPEN, S.RESOLVED],
};

export const OPEN_STATUSES: readonly S[] = OPEN;
export const FINAL_STATUSES: readonly S[] = [S.CLOSED, S.WITHDRAWN, S.DUPLICATE];

export function can(action: IssueAction, from: S): boolean {
  return ALLOWED_FROM[action].includes(from);
}

/** INVALID_TRANSITION unless the state machine allows `action` from `from`. */
export function assertCan(action: IssueAction, from: S): void {
  if (!can(action, from)) throw invalidTransition(from, action);
}

/** A rating of 3 or less reopens; 4 or 5 closes. */
export function statusAfterRating(score: number): S {
  return score <= 3 ? S.REOPENED : S.CLOSED;
}

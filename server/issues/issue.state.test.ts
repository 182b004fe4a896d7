import { describe, expect, it } from 'vitest';
import { AppError } from '../core/errors.js';
import { IssueStatus as S } from './issue.entity.js';
import { ALLOWED_FROM, FINAL_STATUSES, OPEN_STATUSES, assertCan, can, statusAfterRating, type IssueAction } from './issue.state.js';

const ALL = Object.values(S);
const ACTIONS = Object.keys(ALLOWED_FROM) as IssueAction[];

describe('the issue state machine', () => {
  it('lets nothing but a comment happen to a closed issue, and nothing at all to a withdrawn or duplicate one', () => {
    expect(ACTIONS.filter((a) => can(a, S.CLOSED))).toEqual(['comment']);
    expect(ACTIONS.filter((a) => can(a, S.WITHDRAWN))).toEqual([]);
    expect(ACTIONS.filter((a) => can(a, S.DUPLICATE))).toEqual([]);
  });

  it('walks the closed loop: submitted, dispatched, accepted, resolved, rated', () => {
    expect(can('dispatch', S.SUBMITTED)).toBe(true);
    expect(can('accept', S.DISPATCHED)).toBe(true);
    expect(can('resolve', S.ACCEPTED)).toBe(true);
    expect(can('rate', S.RESOLVED)).toBe(true);
    // …and never skips a step.
    expect(can('accept', S.SUBMITTED)).toBe(false);
    expect(can('resolve', S.DISPATCHED)).toBe(false);
    expect(can('rate', S.ACCEPTED)).toBe(false);
  });

  it('sends a returned or reopened issue round again, and an escalated one on from its new desk', () => {
    for (const from of [S.RETURNED, S.REOPENED, S.DISPATCHED]) expect(can('dispatch', from)).toBe(true);
    expect(can('dispatch', S.ACCEPTED)).toBe(false);
  });

  it('lets the reporter withdraw only before acceptance', () => {
    expect(ALL.filter((s) => can('withdraw', s))).toEqual([S.SUBMITTED, S.DISPATCHED, S.RETURNED]);
  });

  it('escalates exactly the open issues; open and final statuses do not overlap and leave only RESOLVED between them', () => {
    expect(ALL.filter((s) => can('escalate', s))).toEqual([...OPEN_STATUSES]);
    expect(OPEN_STATUSES.filter((s) => FINAL_STATUSES.includes(s))).toEqual([]);
    expect(ALL.filter((s) => !OPEN_STATUSES.includes(s) && !FINAL_STATUSES.includes(s))).toEqual([S.RESOLVED]);
  });

  it('refuses a step it does not allow with INVALID_TRANSITION naming the status and the action', () => {
    expect(() => assertCan('resolve', S.ACCEPTED)).not.toThrow();
    let thrown: unknown;
    try {
      assertCan('accept', S.CLOSED);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AppError);
    expect((thrown as AppError).code).toBe('INVALID_TRANSITION');
    expect((thrown as AppError).extensions).toMatchObject({ from: 'CLOSED', action: 'accept' });
  });

  it('reopens on a rating of 3 or less and closes on 4 or 5', () => {
    expect([1, 2, 3, 4, 5].map(statusAfterRating)).toEqual([S.REOPENED, S.REOPENED, S.REOPENED, S.CLOSED, S.CLOSED]);
  });
});

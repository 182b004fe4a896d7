import { describe, expect, it } from 'vitest';
import { IssuePriority as P, IssueStatus as S } from './issue.entity.js';
import { DEFAULT_DEADLINES, defaultDeadlines, isAcceptOverdue, isOverdue, isResolveOverdue } from './issue.sla.js';

const HOUR = 3_600_000;
const T0 = new Date('2026-12-01T08:00:00.000Z');
const at = (hours: number) => new Date(T0.getTime() + hours * HOUR);

describe('issue deadlines', () => {
  it('counts each priority’s hours to accept and to resolve from dispatch', () => {
    expect(defaultDeadlines(P.URGENT, T0)).toEqual({ acceptBy: at(2), resolveBy: at(24) });
    expect(defaultDeadlines(P.LOW, T0)).toEqual({ acceptBy: at(72), resolveBy: at(15 * 24) });
  });

  it('gives a more urgent priority no later a deadline than a less urgent one', () => {
    const order = [P.URGENT, P.HIGH, P.NORMAL, P.LOW];
    for (let i = 1; i < order.length; i++) {
      expect(DEFAULT_DEADLINES[order[i - 1]!].accept).toBeLessThanOrEqual(DEFAULT_DEADLINES[order[i]!].accept);
      expect(DEFAULT_DEADLINES[order[i - 1]!].resolve).toBeLessThanOrEqual(DEFAULT_DEADLINES[order[i]!].resolve);
    }
  });
});

describe('isOverdue', () => {
  const dispatched = { status: S.DISPATCHED, acceptBy: at(2), resolveBy: at(24), firstAcceptedAt: null };

  it('is late to accept once acceptBy has passed without an acceptance, not at the deadline itself', () => {
    expect(isOverdue(dispatched, at(2))).toBe(false);
    expect(isOverdue(dispatched, at(2.01))).toBe(true);
  });

  it('stops the accept clock once accepted (even when returned since) and the resolve clock once resolved', () => {
    expect(isOverdue({ ...dispatched, status: S.ACCEPTED }, at(3))).toBe(false);
    expect(isOverdue({ ...dispatched, status: S.RETURNED, firstAcceptedAt: at(1) }, at(3))).toBe(false);
    expect(isOverdue({ ...dispatched, status: S.ACCEPTED, firstAcceptedAt: at(1) }, at(25))).toBe(true);
    for (const status of [S.RESOLVED, S.CLOSED, S.WITHDRAWN, S.DUPLICATE]) expect(isOverdue({ ...dispatched, status }, at(100))).toBe(false);
  });

  it('is never late without deadlines (an issue not yet dispatched)', () => {
    expect(isOverdue({ status: S.SUBMITTED, acceptBy: null, resolveBy: null }, at(1000))).toBe(false);
    expect(isOverdue({ status: S.SUBMITTED }, at(1000))).toBe(false);
  });
});

describe('isAcceptOverdue and isResolveOverdue (Issue.acceptOverdue, Issue.resolveOverdue)', () => {
  const dispatched = { status: S.DISPATCHED, acceptBy: at(2), resolveBy: at(24), firstAcceptedAt: null };

  it('turn true just after their own deadline, not at it, each on its own clock', () => {
    expect(isAcceptOverdue(dispatched, at(2))).toBe(false);
    expect(isAcceptOverdue(dispatched, at(2.01))).toBe(true);
    expect(isResolveOverdue(dispatched, at(2.01))).toBe(false);
    expect(isResolveOverdue(dispatched, at(24))).toBe(false);
    expect(isResolveOverdue(dispatched, at(24.01))).toBe(true);
  });

  it('stop the accept clock at the first acceptance (returned since included) and the resolve clock at resolution', () => {
    expect(isAcceptOverdue({ ...dispatched, status: S.ACCEPTED }, at(3))).toBe(false);
    expect(isAcceptOverdue({ ...dispatched, status: S.RETURNED, firstAcceptedAt: at(1) }, at(3))).toBe(false);
    expect(isResolveOverdue({ ...dispatched, status: S.ACCEPTED, firstAcceptedAt: at(1) }, at(25))).toBe(true);
    for (const status of [S.RESOLVED, S.CLOSED, S.WITHDRAWN, S.DUPLICATE]) {
      expect(isAcceptOverdue({ ...dispatched, status }, at(100)), status).toBe(false);
      expect(isResolveOverdue({ ...dispatched, status }, at(100)), status).toBe(false);
    }
  });

  it('make up overdue together', () => {
    for (const hours of [1, 2, 3, 24, 25]) {
      for (const facts of [dispatched, { ...dispatched, status: S.ACCEPTED, firstAcceptedAt: at(1) }]) {
        expect(isOverdue(facts, at(hours))).toBe(isAcceptOverdue(facts, at(hours)) || isResolveOverdue(facts, at(hours)));
      }
    }
  });
});

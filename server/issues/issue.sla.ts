import { IssuePriority, IssueStatus } from './issue.entity.js';

const HOUR = 3_600_000;

/** Default deadlines from dispatch, by priority (DESIGN.md): hours to accept, hours to resolve. */
export const DEFAULT_DEADLINES: Record<IssuePriority, { accept: number; resolve: number }> = {
  URGENT: { accept: 2, resolve: 24 },
  HIGH: { accept: 24, resolve: 72 },
  NORMAL: { accept: 24, resolve: 7 * 24 },
  LOW: { accept: 72, resolve: 15 * 24 },
};

export function defaultDeadlines(priority: IssuePriority, clockStart: Date): { acceptBy: Date; resolveBy: Date } {
  const d = DEFAULT_DEADLINES[priority];
  return { acceptBy: new Date(clockStart.getTime() + d.accept * HOUR), resolveBy: new Date(clockStart.getTime() + d.resolve * HOUR) };
}

const RESOLVED_OR_DONE = new Set<IssueStatus>([IssueStatus.RESOLVED, IssueStatus.CLOSED, IssueStatus.WITHDRAWN, IssueStatus.DUPLICATE]);
const NO_LONGER_WAITING_FOR_ACCEPT = new Set<IssueStatus>([...RESOLVED_OR_DONE, IssueStatus.ACCEPTED]);

type SlaFacts = { status: IssueStatus; acceptBy?: Date | null; resolveBy?: Date | null; firstAcceptedAt?: Date | null };

/** `acceptBy` has passed and it was never accepted (and still waits to be): `Issue.acceptOverdue`. */
export function isAcceptOverdue(i: SlaFacts, now: Date): boolean {
  return !!i.acceptBy && !i.firstAcceptedAt && !NO_LONGER_WAITING_FOR_ACCEPT.has(i.status) && now > i.acceptBy;
}

/** `resolveBy` has passed and it is not resolved (nor closed, withdrawn or a duplicate): `Issue.resolveOverdue`. */
export function isResolveOverdue(i: SlaFacts, now: Date): boolean {
  return !!i.resolveBy && !RESOLVED_OR_DONE.has(i.status) && now > i.resolveBy;
}

/**
 * True while a deadline has passed unmet: not yet accepted past `acceptBy`, or not yet resolved
 * past `resolveBy`. The SQL filter in issues.repository.ts states the same rule.
 */
export function isOverdue(i: SlaFacts, now: Date): boolean {
  return isAcceptOverdue(i, now) || isResolveOverdue(i, now);
}

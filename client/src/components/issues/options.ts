import type { IssueCategory, IssuePriority, IssueStatus, Visibility } from '@/gql/graphql';

/** Enum values in the order the forms and filters show them (the schema lists them by name). */
export const ISSUE_STATUSES: IssueStatus[] = ['SUBMITTED', 'DISPATCHED', 'ACCEPTED', 'RETURNED', 'RESOLVED', 'REOPENED', 'CLOSED', 'WITHDRAWN', 'DUPLICATE'];
export const ISSUE_CATEGORIES: IssueCategory[] = ['FACILITY', 'ENVIRONMENT', 'PARKING', 'PROPERTY_SERVICE', 'SAFETY', 'NEIGHBOR_DISPUTE', 'ELDERLY_CARE', 'OTHER'];
export const ISSUE_PRIORITIES: IssuePriority[] = ['LOW', 'NORMAL', 'HIGH', 'URGENT'];
export const VISIBILITIES: Visibility[] = ['PUBLIC', 'PARTIES'];

/** What the filter bar edits; `toIssueFilter` turns it into the API's IssueFilter. */
export interface IssueFilterState {
  search: string;
  status: IssueStatus[];
  category: IssueCategory[];
  mine: boolean;
  overdue: boolean;
}

export function emptyFilter(status: IssueStatus[] = []): IssueFilterState {
  return { search: '', status, category: [], mine: false, overdue: false };
}

/** The steps of the closed loop a viewer may take on an issue (IssueActions). */
export type IssueActionName = 'dispatch' | 'accept' | 'return' | 'resolve' | 'rate' | 'withdraw' | 'urge' | 'escalate' | 'markDuplicate';

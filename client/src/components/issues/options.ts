import { ENUM_VALUES } from '@common/enums';
import type { IssueCategory, IssuePriority, IssueStatus, Visibility } from '@/gql/graphql';

/** Enum values in the order the forms and filters show them: common/enums.ts, typed as the schema's. */
export const ISSUE_STATUSES: IssueStatus[] = [...ENUM_VALUES.IssueStatus];
export const ISSUE_CATEGORIES: readonly IssueCategory[] = ENUM_VALUES.IssueCategory;
export const ISSUE_PRIORITIES: readonly IssuePriority[] = ENUM_VALUES.IssuePriority;
export const VISIBILITIES: readonly Visibility[] = ENUM_VALUES.Visibility;

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

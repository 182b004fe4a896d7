/**
 * The issues module's public surface: what server/app composes and what other modules may use.
 * Anything not exported here is the module's own. Files that other modules' classes reference
 * while they are defined (GraphQL types in decorator metadata) come first.
 */
export { GovernanceStatsType } from './issue-stats.types.js';
export { IssueType } from './issue.types.js';
export { Issue, IssueCategory, IssuePriority, IssueStatus, Visibility } from './issue.entity.js';
export { issuePolicy, type IssueFacts } from './issue.policy.js';
/** An issue the viewer may read, or null (node(id), and a meeting's or a task's source issue). */
export { readableIssue, issueNodes, issueActorRules } from './issues.resolver.js';
/** The steps, as other modules (a meeting's tracking issue) and the demo data play them. */
export { openTrackingIssue, factsOf } from './issues.service.js';
export * as issueService from './issues.service.js';
/** The default deadlines by priority (the synthetic city's history uses them, server/app/demo-city.ts). */
export { DEFAULT_DEADLINES } from './issue.sla.js';
/** 责任清单's figures per department of a region (server/regions, RegionStats.departments). */
export { departmentFigures, type DepartmentFigures } from './department-stats.js';
/** The issue figures of many communities at once, per unit, week and category (the city view, server/regions). */
export { issueFiguresByGroup, issueRates, NO_ISSUES, type CommunityGroups, type IssueCounts, type RegionRollup, type TownshipGroups } from './issue-stats.service.js';

import { Issue, IssueAssignment, IssueComment, IssueFollow, IssueRatingRecord, IssueSupport } from './issue.entity.js';
import { IssueCommentResolver, IssueCommunityResolver, IssueResolver } from './issues.resolver.js';

// The lists are functions: this file's body reads nothing, so an import cycle that reaches it
// while one of the module's files is still loading finds nothing half-built. server/app calls
// them once every module has loaded.

/** The module's entities, for the ORM's one list (server/app/entities.ts). */
export function issueEntities() {
  return [Issue, IssueComment, IssueSupport, IssueFollow, IssueAssignment, IssueRatingRecord] as const;
}

/** The module's resolvers, for the schema (server/app/schema.ts). */
export function issueResolvers() {
  return [IssueResolver, IssueCommentResolver, IssueCommunityResolver] as const;
}

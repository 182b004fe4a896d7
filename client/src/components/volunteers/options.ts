import type { VolunteerTaskStatus } from '@/gql/graphql';

/** What the volunteers' board lists: published tasks not yet over. */
export const BOARD_STATUSES: VolunteerTaskStatus[] = ['OPEN', 'FULL', 'IN_PROGRESS'];
/** The console's tabs. */
export const CONSOLE_TABS = {
  current: ['DRAFT', 'OPEN', 'FULL', 'IN_PROGRESS'],
  past: ['COMPLETED', 'CANCELLED'],
} satisfies Record<string, VolunteerTaskStatus[]>;

/**
 * Common skills offered as one-tap chips. These are data (the words stored on volunteers and
 * tasks, matched between them when a task is published), not interface text: they stay as they
 * are in every locale, like the names of places.
 */
export const SKILL_SUGGESTIONS = ['助老', '电工', '急救', '保洁', '巡逻', '宣传', '维修', '心理疏导', '法律咨询', '儿童看护'];

import type { RouteRecordRaw } from 'vue-router';

declare module 'vue-router' {
  interface RouteMeta {
    /** The navigation entry to highlight when the page itself has none (an issue → the issues). */
    nav?: string;
  }
}

/** The issues module's pages, children of the default layout. */
export const issueRoutes: RouteRecordRaw[] = [
  { path: 'issues', name: 'issues', component: () => import('@/pages/IssuesPage.vue') },
  { path: 'issues/new', name: 'issue-new', component: () => import('@/pages/IssueNewPage.vue') },
  { path: 'issues/desk', name: 'issue-desk', component: () => import('@/pages/IssueDeskPage.vue') },
  { path: 'issues/work', name: 'issue-work', component: () => import('@/pages/IssueWorkPage.vue') },
  { path: 'issues/:id', name: 'issue', component: () => import('@/pages/IssuePage.vue'), props: true, meta: { nav: '/issues' } },
  { path: 'dashboard', name: 'dashboard', component: () => import('@/pages/DashboardPage.vue') },
];

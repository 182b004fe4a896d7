import type { RouteRecordRaw } from 'vue-router';

/** The volunteers module's pages, children of the default layout. */
export const volunteerRoutes: RouteRecordRaw[] = [
  { path: 'volunteers', name: 'volunteers', component: () => import('@/pages/volunteers/VolunteersPage.vue') },
  { path: 'volunteers/mine', name: 'volunteer-mine', component: () => import('@/pages/volunteers/MyVolunteerTasksPage.vue') },
  { path: 'volunteers/console', name: 'volunteer-console', component: () => import('@/pages/volunteers/VolunteerConsolePage.vue') },
  { path: 'volunteers/leaderboard', name: 'volunteer-leaderboard', component: () => import('@/pages/volunteers/VolunteerLeaderboardPage.vue') },
];

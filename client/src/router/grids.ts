import type { RouteRecordRaw } from 'vue-router';

/** The grids module's pages (网格, 排查, 党员下沉报到), children of the default layout. */
export const gridRoutes: RouteRecordRaw[] = [
  { path: 'grids', name: 'grids', component: () => import('@/pages/grids/GridsPage.vue') },
  { path: 'grids/screening', name: 'screening', component: () => import('@/pages/grids/ScreeningPage.vue') },
  { path: 'party-members', name: 'party-members', component: () => import('@/pages/grids/PartyMembersPage.vue') },
];

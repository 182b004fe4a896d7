import type { RouteRecordRaw } from 'vue-router';

/** The proposals module's pages (说事议事室), children of the default layout. */
export const proposalRoutes: RouteRecordRaw[] = [
  { path: 'proposals', name: 'proposals', component: () => import('@/pages/proposals/ProposalsPage.vue') },
  { path: 'proposals/:id', name: 'proposal', component: () => import('@/pages/proposals/ProposalPage.vue'), props: true, meta: { nav: '/proposals' } },
];

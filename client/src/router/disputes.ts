import type { RouteRecordRaw } from 'vue-router';

/** The disputes module's pages (矛盾纠纷排查化解), children of the default layout. */
export const disputeRoutes: RouteRecordRaw[] = [
  { path: 'disputes/mine', name: 'disputes-mine', component: () => import('@/pages/disputes/MyDisputesPage.vue') },
  { path: 'disputes/desk', name: 'dispute-desk', component: () => import('@/pages/disputes/DisputeDeskPage.vue') },
  { path: 'disputes/settings', name: 'dispute-settings', component: () => import('@/pages/disputes/DisputeSettingsPage.vue') },
  { path: 'disputes/:id', name: 'dispute', component: () => import('@/pages/disputes/DisputePage.vue'), props: true },
];

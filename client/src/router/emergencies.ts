import type { RouteRecordRaw } from 'vue-router';

/** The emergencies module's pages (应急管理), children of the default layout. */
export const emergencyRoutes: RouteRecordRaw[] = [
  { path: 'emergencies', name: 'emergency-desk', component: () => import('@/pages/emergencies/EmergencyDeskPage.vue') },
  { path: 'emergencies/:id', name: 'incident', component: () => import('@/pages/emergencies/IncidentPage.vue'), props: true, meta: { nav: '/emergencies' } },
];

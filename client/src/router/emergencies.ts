import type { RouteRecordRaw } from 'vue-router';

/** The emergencies module's pages (应急管理), children of the default layout. */
export const emergencyRoutes: RouteRecordRaw[] = [
  { path: 'emergencies', name: 'emergency-desk', component: () => import('@/pages/emergencies/EmergencyDeskPage.vue') },
  { path: 'emergencies/register', name: 'vulnerable-register', component: () => import('@/pages/emergencies/VulnerableRegisterPage.vue'), meta: { nav: '/emergencies/register' } },
  { path: 'emergencies/:id/report', name: 'incident-report', component: () => import('@/pages/emergencies/IncidentReportPage.vue'), props: true, meta: { nav: '/emergencies' } },
  { path: 'emergencies/:id', name: 'incident', component: () => import('@/pages/emergencies/IncidentPage.vue'), props: true, meta: { nav: '/emergencies' } },
];

import type { RouteRecordRaw } from 'vue-router';

/** The public legal services' pages (公共法律服务), children of the default layout. */
export const legalRoutes: RouteRecordRaw[] = [
  { path: 'legal', name: 'legal', component: () => import('@/pages/legal/LegalHomePage.vue') },
  { path: 'legal/questions', name: 'legal-questions', component: () => import('@/pages/legal/LegalQuestionsPage.vue') },
  { path: 'legal/lectures', name: 'lectures', component: () => import('@/pages/legal/LecturesPage.vue') },
  { path: 'legal/desk', name: 'lawyer-desk', component: () => import('@/pages/legal/LawyerDeskPage.vue') },
  { path: 'legal/police', name: 'police-desk', component: () => import('@/pages/legal/PoliceDeskPage.vue') },
];

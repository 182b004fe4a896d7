import type { RouteRecordRaw } from 'vue-router';

/**
 * The printouts: top-level pages without the app's header and navigation, each in the one print
 * layout (components/print/PrintSheet.vue) with its 打印 / 导出 PDF button. Signed in like every
 * page; each reads its subject by node(id), so it shows only what the viewer may see.
 */
export const printRoutes: RouteRecordRaw[] = [
  { path: '/print/meetings/:id/minutes', name: 'print-minutes', component: () => import('@/pages/print/MinutesPrintPage.vue'), props: true },
  { path: '/print/resolutions/:id', name: 'print-vote', component: () => import('@/pages/print/VotePrintPage.vue'), props: true },
  { path: '/print/covenant-versions/:id', name: 'print-covenant', component: () => import('@/pages/print/CovenantPrintPage.vue'), props: true },
  { path: '/print/volunteers/:id/certificate', name: 'print-certificate', component: () => import('@/pages/print/VolunteerCertificatePage.vue'), props: true },
];

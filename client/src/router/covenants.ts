import type { RouteRecordRaw } from 'vue-router';

/** The covenants module's pages (居民公约、管理规约、村规民约、议事规则), children of the default layout. */
export const covenantRoutes: RouteRecordRaw[] = [
  { path: 'covenants', name: 'covenants', component: () => import('@/pages/covenants/CovenantsPage.vue') },
  { path: 'covenants/new', name: 'covenant-new', component: () => import('@/pages/covenants/CovenantNewPage.vue'), meta: { nav: '/covenants' } },
  { path: 'covenants/:id', name: 'covenant', component: () => import('@/pages/covenants/CovenantPage.vue'), props: true, meta: { nav: '/covenants' } },
  {
    path: 'covenants/:id/revise',
    name: 'covenant-revise',
    component: () => import('@/pages/covenants/CovenantRevisePage.vue'),
    props: true,
    meta: { nav: '/covenants' },
  },
];

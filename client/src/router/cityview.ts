import type { RouteRecordRaw } from 'vue-router';

/** The city view's pages (城市大脑), children of the default layout: the viewer's first region, or one by id. */
export const cityViewRoutes: RouteRecordRaw[] = [
  { path: 'city', name: 'city-view', component: () => import('@/pages/cityview/CityViewPage.vue') },
  { path: 'city/:regionId/responsibilities', name: 'city-responsibilities', component: () => import('@/pages/cityview/ResponsibilitiesPage.vue'), props: true, meta: { nav: '/city' } },
  { path: 'city/:regionId', name: 'city-view-region', component: () => import('@/pages/cityview/CityViewPage.vue'), props: true, meta: { nav: '/city' } },
];

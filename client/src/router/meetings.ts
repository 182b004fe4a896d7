import type { RouteRecordRaw } from 'vue-router';

/** The meetings module's pages (四会治事), children of the default layout. */
export const meetingRoutes: RouteRecordRaw[] = [
  { path: 'meetings', name: 'meetings', component: () => import('@/pages/meetings/MeetingsPage.vue') },
  { path: 'meetings/new', name: 'meeting-new', component: () => import('@/pages/meetings/MeetingNewPage.vue'), meta: { nav: '/meetings' } },
  { path: 'meetings/:id', name: 'meeting', component: () => import('@/pages/meetings/MeetingPage.vue'), props: true, meta: { nav: '/meetings' } },
  { path: 'matters', name: 'matters', component: () => import('@/pages/meetings/MattersPage.vue') },
];

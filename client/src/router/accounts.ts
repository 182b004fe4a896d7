import type { RouteRecordRaw } from 'vue-router';
import AuthLayout from '@/layouts/AuthLayout.vue';

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable with or without a session (the privacy notice). */
    anyone?: boolean;
  }
}

/** Account pages outside the app's layout: the password reset with a committee's code, the privacy notice. */
export const accountPublicRoutes: RouteRecordRaw[] = [
  {
    path: '/reset-password',
    component: AuthLayout,
    children: [{ path: '', name: 'reset-password', component: () => import('@/pages/ResetPasswordPage.vue'), meta: { public: true } }],
  },
  {
    path: '/privacy',
    component: AuthLayout,
    children: [{ path: '', name: 'privacy', component: () => import('@/pages/PrivacyPage.vue'), meta: { public: true, anyone: true } }],
  },
];

/** Account pages in the app's layout: account security, and the residents' committee's directory. */
export const accountRoutes: RouteRecordRaw[] = [
  { path: 'account/security', name: 'account-security', component: () => import('@/pages/AccountSecurityPage.vue') },
  { path: 'residents', name: 'resident-directory', component: () => import('@/pages/ResidentDirectoryPage.vue') },
];

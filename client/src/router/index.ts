import { createRouter, createWebHistory } from 'vue-router';
// The sign-in page is what a first visit shows: in the entry's chunks (preloaded by index.html),
// not fetched after the entry ran. Every other page is its own chunk, loaded when visited.
import AuthLayout from '@/layouts/AuthLayout.vue';
import SignInPage from '@/pages/SignInPage.vue';
import { useAuthStore } from '@/stores/auth';
import { adminRoutes } from './admin';
import { cityViewRoutes } from './cityview';
import { accountPublicRoutes, accountRoutes } from './accounts';
import { covenantRoutes } from './covenants';
import { disputeRoutes } from './disputes';
import { gridRoutes } from './grids';
import { proposalRoutes } from './proposals';
import { emergencyRoutes } from './emergencies';
import { issueRoutes } from './issues';
import { legalRoutes } from './legal';
import { meetingRoutes } from './meetings';
import { volunteerRoutes } from './volunteers';
import { printRoutes } from './print';

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without a session (sign-in, sign-up). */
    public?: boolean;
  }
}

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    {
      path: '/sign-in',
      component: AuthLayout,
      children: [{ path: '', name: 'sign-in', component: SignInPage, meta: { public: true } }],
    },
    {
      path: '/sign-up',
      component: AuthLayout,
      children: [{ path: '', name: 'sign-up', component: () => import('@/pages/SignUpPage.vue'), meta: { public: true } }],
    },
    {
      path: '/',
      component: () => import('@/layouts/DefaultLayout.vue'),
      children: [
        { path: '', name: 'board', component: () => import('@/pages/BoardPage.vue') },
        { path: 'communities', name: 'communities', component: () => import('@/pages/CommunitiesPage.vue') },
        { path: 'residents/requests', name: 'residency-requests', component: () => import('@/pages/ResidencyRequestsPage.vue') },
        {
          path: 'community/:id/organizations',
          name: 'organizations',
          component: () => import('@/pages/OrganizationsPage.vue'),
          props: true,
        },
        ...issueRoutes,
        ...volunteerRoutes,
        ...meetingRoutes,
        ...covenantRoutes,
        ...disputeRoutes,
        ...gridRoutes,
        ...proposalRoutes,
        ...emergencyRoutes,
        ...legalRoutes,
        ...cityViewRoutes,
        ...accountRoutes,
        ...adminRoutes,
      ],
    },
    ...accountPublicRoutes,
    ...printRoutes,
    { path: '/:pathMatch(.*)*', redirect: '/' },
  ],
});

router.beforeEach(async (to) => {
  const auth = useAuthStore();
  if (to.meta.anyone) return true;
  if (to.meta.public) return auth.signedIn ? { name: 'board' } : true;
  if (!auth.signedIn) return { name: 'sign-in', query: { redirect: to.fullPath } };
  if (!auth.meLoaded) {
    try {
      await auth.loadMe();
    } catch {
      // Server unreachable: let the page render and show the error where it loads its data.
    }
    if (!auth.signedIn) return { name: 'sign-in', query: { redirect: to.fullPath } };
  }
  return true;
});

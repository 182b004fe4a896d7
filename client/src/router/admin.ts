import type { RouteRecordRaw } from 'vue-router';
import type { AdministrationRights } from '@/stores/administration';

/**
 * Only those the server lets administer something reach /admin, and only platform admins the
 * accounts (`need`); others go to the board.
 */
function guard(need: (rights: AdministrationRights) => boolean = () => true) {
  return async () => {
    // Imported here: the store and its GraphQL document stay out of the sign-in page's first load.
    const { useAdministrationStore } = await import('@/stores/administration');
    const administration = useAdministrationStore();
    try {
      await administration.load();
    } catch {
      // The page shows the error where it loads its data.
      return true;
    }
    return administration.mayAdminister && administration.rights && need(administration.rights) ? true : { name: 'board' };
  };
}
const mayAdminister = guard();

/** The administration area (平台管理), children of the default layout. */
export const adminRoutes: RouteRecordRaw[] = [
  { path: 'admin', name: 'admin', component: () => import('@/pages/admin/AdminPage.vue'), beforeEnter: mayAdminister },
  {
    path: 'admin/communities/:id',
    name: 'admin-community',
    component: () => import('@/pages/admin/AdminCommunityPage.vue'),
    props: true,
    beforeEnter: mayAdminister,
    meta: { nav: '/admin' },
  },
  {
    path: 'admin/accounts',
    name: 'admin-accounts',
    component: () => import('@/pages/admin/AdminAccountsPage.vue'),
    beforeEnter: guard((rights) => rights.canManageAccounts),
    meta: { nav: '/admin' },
  },
];

import { defineStore } from 'pinia';
import { computed, ref, watch } from 'vue';
import { AdministrationDocument, type AdministrationQuery } from '@/gql/graphql';
import { gqlClient } from '@/graphql/client';
import { useAuthStore } from './auth';

export type AdministrationRights = AdministrationQuery['administration'];

/**
 * What the viewer may administer, as the server says (`administration`): the /admin routes and
 * the nav entry follow it, never a role table of the client's. Read once per session, and again
 * after a change that can widen it (a community created).
 */
export const useAdministrationStore = defineStore('administration', () => {
  const auth = useAuthStore();
  const rights = ref<AdministrationRights | null>(null);
  let loading: Promise<AdministrationRights | null> | null = null;

  // Another person signs in (or out): what the last one could administer is forgotten.
  watch(
    () => auth.token,
    () => {
      rights.value = null;
      loading = null;
    },
  );

  async function fetchRights(): Promise<AdministrationRights | null> {
    const result = await gqlClient().query(AdministrationDocument, {}, { requestPolicy: 'network-only' }).toPromise();
    if (result.error) throw result.error;
    rights.value = result.data?.administration ?? null;
    return rights.value;
  }

  /** The rights, read from the server once per session. */
  function load(): Promise<AdministrationRights | null> {
    if (!auth.signedIn) return Promise.resolve(null);
    loading ??= fetchRights().catch((error: unknown) => {
      loading = null;
      throw error;
    });
    return loading;
  }

  async function reload(): Promise<AdministrationRights | null> {
    loading = fetchRights();
    return loading;
  }

  return {
    rights,
    load,
    reload,
    /** Anything to administer: the nav entry and the /admin routes. */
    mayAdminister: computed(() => !!rights.value && (rights.value.canCreateCommunities || rights.value.canManageAccounts || rights.value.communities.length > 0)),
  };
});

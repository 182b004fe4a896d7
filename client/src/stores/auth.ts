import { defineStore } from 'pinia';
import { computed, ref, watch } from 'vue';
import type { SignInInput, SignUpInput, ViewerFragment } from '@/gql/graphql';
import { graphqlReady } from '@/graphql/lazy';

/**
 * The client and the documents, loaded with the GraphQL layer (graphql/lazy.ts): the sign-in
 * page's first load does without them.
 */
async function graphql() {
  await graphqlReady();
  const [{ gqlClient }, documents] = await Promise.all([import('@/graphql/client'), import('@/gql/graphql')]);
  return { client: gqlClient(), documents };
}

const TOKEN_KEY = 'gongzhi.token';

/** The session: its token (kept in localStorage) and the signed-in user (`me`). */
export const useAuthStore = defineStore('auth', () => {
  const token = ref<string | null>(localStorage.getItem(TOKEN_KEY));
  const me = ref<ViewerFragment | null>(null);
  /** Whether `me` has been loaded for the current token. */
  const meLoaded = ref(false);
  /** True when the server ended the session (revoked, expired), false after a sign-out. */
  const sessionEnded = ref(false);

  watch(
    token,
    (value) => {
      if (value) localStorage.setItem(TOKEN_KEY, value);
      else localStorage.removeItem(TOKEN_KEY);
    },
    { flush: 'sync' },
  );

  // Signing in or out in another tab applies here too.
  window.addEventListener('storage', (event) => {
    if (event.key !== TOKEN_KEY || event.newValue === token.value) return;
    token.value = event.newValue;
    me.value = null;
    meLoaded.value = false;
  });

  function setSession(payload: { token: string; user: ViewerFragment }) {
    sessionEnded.value = false;
    token.value = payload.token;
    me.value = payload.user;
    meLoaded.value = true;
  }

  function clearSession(endedByServer = false) {
    sessionEnded.value = endedByServer;
    token.value = null;
    me.value = null;
    meLoaded.value = false;
  }

  /** Loads `me` for the current token; a token the server does not know ends the session. */
  async function loadMe(): Promise<ViewerFragment | null> {
    if (!token.value) return null;
    const { client, documents } = await graphql();
    const result = await client.query(documents.MeDocument, {}, { requestPolicy: 'network-only' }).toPromise();
    if (result.error) throw result.error;
    me.value = result.data?.me ?? null;
    if (me.value) meLoaded.value = true;
    else clearSession(true);
    return me.value;
  }

  async function signIn(input: SignInInput) {
    const { client, documents } = await graphql();
    const result = await client.mutation(documents.SignInDocument, { input }).toPromise();
    if (result.error || !result.data) throw result.error ?? new Error('No data in the response');
    setSession(result.data.signIn);
    // The server resolves the payload's user before the request has a session, so what only the
    // person may see comes back empty (`residencies`: a resident would seem to belong nowhere).
    // Read `me` again with the new token; if that fails, the router guard tries again.
    try {
      await loadMe();
    } catch {
      meLoaded.value = false;
    }
  }

  async function signUp(input: SignUpInput) {
    const { client, documents } = await graphql();
    const result = await client.mutation(documents.SignUpDocument, { input }).toPromise();
    if (result.error || !result.data) throw result.error ?? new Error('No data in the response');
    setSession(result.data.signUp);
  }

  /**
   * Leaves at once, then has the server revoke the token. Clearing first means the socket the
   * server closes with 4403 belongs to a session already left, so it is not taken for an expiry.
   */
  async function signOut() {
    const ending = token.value;
    clearSession();
    if (!ending) return;
    const { client, documents } = await graphql();
    await client
      .mutation(documents.SignOutDocument, {}, { fetchOptions: { headers: { authorization: `Bearer ${ending}` } } })
      .toPromise();
  }

  return {
    token,
    me,
    meLoaded,
    sessionEnded,
    signedIn: computed(() => token.value !== null),
    loadMe,
    signIn,
    signUp,
    signOut,
    clearSession,
  };
});

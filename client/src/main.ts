import { createPinia } from 'pinia';
import { createApp, watch } from 'vue';
import App from './App.vue';
import { graphqlReady, setGraphqlInstaller } from './graphql/lazy';
import { i18n, localeReady, pageMessagesReady } from './locales';
import { router } from './router';
import { useAuthStore } from './stores/auth';
import { fixCardHeadings } from './utils/cardHeadings';
import { fixTabs } from './utils/tabs';
import './styles.css';

const app = createApp(App);
app.use(createPinia());
app.use(i18n);

const auth = useAuthStore();
// The GraphQL client is loaded after the first paint, not with the entry (graphql/lazy.ts).
setGraphqlInstaller(async () => {
  // The documents of every page (codegen writes them in one module) come along: the sign-in form
  // and every other page need them next.
  const [{ installGraphql }] = await Promise.all([import('./graphql/client'), import('./gql/graphql')]);
  installGraphql(app, {
    token: () => auth.token,
    // The socket closed with 4403, or a request with our token came back UNAUTHENTICATED.
    onSessionEnded: () => auth.clearSession(true),
  });
});
/** What every page but sign-in needs: the GraphQL client, and the signed-in pages' messages. */
const restOfApp = () => Promise.all([graphqlReady(), pageMessagesReady()]);
// Someone signed in will need it at once (their `me`, then the board): start now.
if (auth.token) void restOfApp().catch(() => undefined);

// The one place that leaves the pages needing a session: after a sign-out (here or in another
// tab) or when the server ended the session, which the sign-in page then says.
watch(
  () => auth.token,
  (token) => {
    const here = router.currentRoute.value;
    if (token || here.meta.public) return;
    void router.replace({
      name: 'sign-in',
      query: auth.sessionEnded ? { redirect: here.fullPath, ended: '1' } : {},
    });
  },
);

// Every page but sign-in may use urql's composables (and its guards the client), and the pages'
// messages: those first.
router.beforeEach(async (to) => {
  if (to.name !== 'sign-in') await restOfApp();
});
app.use(router);

// The service worker (client/vite.config.ts: the shell and its chunks offline), in production
// builds, once the page has loaded: its precaching does not compete with the first load.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => void navigator.serviceWorker.register('/sw.js').catch(() => undefined));
}

void localeReady.then(() => {
  app.mount('#app');
  fixCardHeadings(document.body);
  fixTabs(document.body);
  // Once the sign-in form is painted, the rest comes while the person types.
  requestAnimationFrame(() => setTimeout(() => void restOfApp().catch(() => undefined)));
});

import { createPinia } from 'pinia';
import { createApp, watch } from 'vue';
import App from './App.vue';
import { installGraphql } from './graphql/client';
import { i18n, localeReady } from './locales';
import { router } from './router';
import { useAuthStore } from './stores/auth';
import './styles.css';

const app = createApp(App);
app.use(createPinia());
app.use(i18n);

const auth = useAuthStore();
installGraphql(app, {
  token: () => auth.token,
  // The socket closed with 4403, or a request with our token came back UNAUTHENTICATED.
  onSessionEnded: () => auth.clearSession(true),
});

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

app.use(router);
void localeReady.then(() => app.mount('#app'));

import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { installGraphql } from './graphql/client';
import { i18n } from './locales';
import { router } from './router';
import { useAuthStore } from './stores/auth';
import './styles.css';

const app = createApp(App);
app.use(createPinia());
app.use(i18n);

const auth = useAuthStore();
installGraphql(app, {
  token: () => auth.token,
  onSessionEnded: () => {
    auth.clearSession();
    const here = router.currentRoute.value;
    if (!here.meta.public) void router.replace({ name: 'sign-in', query: { redirect: here.fullPath, ended: '1' } });
  },
});

app.use(router);
app.mount('#app');

import { createI18n } from 'vue-i18n';
import zhCN, { type MessageSchema } from './zh-CN';

export const SUPPORTED_LOCALES = ['zh-CN', 'en'] as const;
export type AppLocale = (typeof SUPPORTED_LOCALES)[number];

const STORAGE_KEY = 'gongzhi.locale';

function isAppLocale(value: unknown): value is AppLocale {
  return SUPPORTED_LOCALES.includes(value as AppLocale);
}

function initialLocale(): AppLocale {
  const stored = localStorage.getItem(STORAGE_KEY);
  return isAppLocale(stored) ? stored : 'zh-CN';
}

// zh-CN comes with the app; the other languages are chunks of their own, fetched when chosen
// (a first visit on a phone network does not download English it will not show).
const loaders: Record<Exclude<AppLocale, 'zh-CN'>, () => Promise<{ default: MessageSchema }>> = {
  en: () => import('./en'),
};

export const i18n = createI18n<[MessageSchema], AppLocale, false>({
  legacy: false,
  locale: 'zh-CN',
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': zhCN } as Record<AppLocale, MessageSchema>,
});

async function loadMessages(locale: AppLocale): Promise<void> {
  if (locale === 'zh-CN' || i18n.global.availableLocales.includes(locale)) return;
  i18n.global.setLocaleMessage(locale, (await loaders[locale]()).default);
}

export function currentLocale(): AppLocale {
  return i18n.global.locale.value;
}

function apply(locale: AppLocale): void {
  i18n.global.locale.value = locale;
  document.documentElement.lang = locale;
}

export async function setLocale(locale: AppLocale): Promise<void> {
  await loadMessages(locale);
  apply(locale);
  localStorage.setItem(STORAGE_KEY, locale);
}

/**
 * Settles once the stored language's messages are loaded (at once for zh-CN): main.ts mounts the
 * app after it. Should they fail to load, the app shows zh-CN.
 */
export const localeReady: Promise<void> = (async () => {
  const locale = initialLocale();
  try {
    await loadMessages(locale);
    apply(locale);
  } catch {
    // Offline or a stale build: zh-CN, the fallback, is there.
  }
})();

import { createI18n } from 'vue-i18n';
import zhCN, { type MessageSchema } from './zh-CN';
import type { PagesMessageSchema } from './zh-CN.pages';

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

// zh-CN's shell comes with the app; the other languages are chunks of their own, fetched when
// chosen (a first visit on a phone network does not download English it will not show).
const loaders: Record<Exclude<AppLocale, 'zh-CN'>, () => Promise<{ default: MessageSchema }>> = {
  en: () => import('./en'),
};
// The signed-in pages' messages of each language (four fifths of them), chunks of their own too:
// the sign-in page shows without them (pageMessagesReady below).
const pageLoaders: Record<AppLocale, () => Promise<{ default: PagesMessageSchema }>> = {
  'zh-CN': () => import('./zh-CN.pages'),
  en: () => import('./en.pages'),
};

export const i18n = createI18n<[MessageSchema], AppLocale, false>({
  legacy: false,
  locale: 'zh-CN',
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': zhCN } as Record<AppLocale, MessageSchema>,
});

const shellsLoaded = new Map<AppLocale, Promise<void>>();

/** Loads a language's shell messages, once (a failed load is retried by the next call). */
function loadMessages(locale: AppLocale): Promise<void> {
  if (locale === 'zh-CN') return Promise.resolve();
  let loaded = shellsLoaded.get(locale);
  if (!loaded) {
    loaded = loaders[locale]().then(({ default: messages }) => i18n.global.setLocaleMessage(locale, messages));
    loaded.catch(() => shellsLoaded.delete(locale));
    shellsLoaded.set(locale, loaded);
  }
  return loaded;
}

/** Whether the pages' messages are wanted: then every language loaded has them merged in. */
let pagesWanted = false;
const pagesMerged = new Map<AppLocale, Promise<void>>();

function loadPageMessages(locale: AppLocale): Promise<void> {
  let merged = pagesMerged.get(locale);
  if (!merged) {
    // After the shell: setting the shell's messages replaces what was merged before.
    merged = Promise.all([pageLoaders[locale](), loadMessages(locale)]).then(([{ default: pages }]) => {
      // Deep: `nav`, `enums`, `events`, `fields` and `eventParams` have keys in both parts.
      i18n.global.mergeLocaleMessage(locale, pages as unknown as MessageSchema);
    });
    merged.catch(() => pagesMerged.delete(locale));
    pagesMerged.set(locale, merged);
  }
  return merged;
}

/**
 * Settles once the signed-in pages' messages are merged into the current language's and into
 * zh-CN's (the fallback); main.ts waits for it before any page other than sign-in, and asks for
 * it once the sign-in form has shown. A failed load is retried by the next call.
 */
export async function pageMessagesReady(): Promise<void> {
  pagesWanted = true;
  await localeReady; // the stored language first: its pages' messages are the ones to load
  const locale = currentLocale();
  await Promise.all([loadPageMessages('zh-CN'), locale === 'zh-CN' ? undefined : loadPageMessages(locale)]);
}

export function currentLocale(): AppLocale {
  return i18n.global.locale.value;
}

function apply(locale: AppLocale): void {
  i18n.global.locale.value = locale;
  document.documentElement.lang = locale;
}

export async function setLocale(locale: AppLocale): Promise<void> {
  await Promise.all([loadMessages(locale), pagesWanted ? loadPageMessages(locale) : undefined]);
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

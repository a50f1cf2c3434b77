import i18next, { type i18n as I18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { commonEn } from './common.en';
import { commonZhCN, type CommonStrings } from './common.zh-CN';

declare module 'i18next' {
  interface ResourceNamespaceMap {
    common: CommonStrings;
  }
}

export const languages = ['zh-CN', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'zh-CN';

const storageKey = 'yingcai.language';

/** Namespaces per language; `common` is added by `initI18n`. */
export type AppResources = Record<Language, Record<string, object>>;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

function readStoredLanguage(): Language | undefined {
  try {
    const stored = globalThis.localStorage?.getItem(storageKey);
    return isLanguage(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
}

function storeLanguage(language: string): void {
  try {
    globalThis.localStorage?.setItem(storageKey, language);
  } catch {
    // private mode or storage disabled: the choice lasts for this page only
  }
}

function setDocumentLanguage(language: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

/** Starts i18next synchronously: Chinese unless the visitor chose English before. */
export function initI18n(resources: AppResources): I18n {
  const instance = i18next.createInstance();
  const language = readStoredLanguage() ?? defaultLanguage;
  const all: Resource = {
    'zh-CN': { common: commonZhCN, ...resources['zh-CN'] },
    en: { common: commonEn, ...resources.en },
  };
  void instance.use(initReactI18next).init({
    resources: all,
    lng: language,
    fallbackLng: defaultLanguage,
    supportedLngs: [...languages],
    load: 'currentOnly',
    defaultNS: 'common',
    ns: Object.keys(all['zh-CN'] ?? {}),
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  setDocumentLanguage(instance.language);
  instance.on('languageChanged', (next) => {
    setDocumentLanguage(next);
    if (isLanguage(next)) storeLanguage(next);
  });
  return instance;
}

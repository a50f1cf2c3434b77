import { isLanguage, defaultLanguage, type Language } from '@yingcai/ui/i18n';
import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { ReactNode } from 'react';
import { useAdminTranslation } from '../i18n/use-admin-translation';

const antdLocales = { 'zh-CN': zhCN, en: enUS } satisfies Record<Language, unknown>;
const dayjsLocales = { 'zh-CN': 'zh-cn', en: 'en' } satisfies Record<Language, string>;

/** The language the console shows now, as i18next resolved it. */
export function useAdminLanguage(): Language {
  const { i18n } = useAdminTranslation();
  const current = i18n.resolvedLanguage ?? i18n.language;
  return isLanguage(current) ? current : defaultLanguage;
}

/** antd and dayjs follow the i18next language; antd's locale is set here and nowhere else. */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const language = useAdminLanguage();
  // Set during render so that dates formatted by the children of this render use it.
  dayjs.locale(dayjsLocales[language]);
  return <ConfigProvider locale={antdLocales[language]}>{children}</ConfigProvider>;
}

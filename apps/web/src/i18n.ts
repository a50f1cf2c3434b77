import { initI18n } from '@yingcai/ui/i18n';
import { webEn } from '@yingcai/ui/i18n/web.en';
import { webZhCN, type WebStrings } from '@yingcai/ui/i18n/web.zh-CN';

declare module 'i18next' {
  interface ResourceNamespaceMap {
    web: WebStrings;
  }
}

export function initWebI18n() {
  return initI18n({ 'zh-CN': { web: webZhCN }, en: { web: webEn } });
}

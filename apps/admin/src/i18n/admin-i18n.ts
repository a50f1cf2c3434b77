import { initI18n, type Language } from '@yingcai/ui/i18n';
import { adminZhCN, type AdminMessages } from '@yingcai/ui/i18n/admin.zh-CN';
import type { i18n as I18n } from 'i18next';

declare module 'i18next' {
  interface ResourceNamespaceMap {
    admin: AdminMessages;
  }
}

export const ADMIN_NAMESPACE = 'admin';

/**
 * Starts i18next with the console's Chinese strings beside the shared `common` ones. The English
 * strings load when first needed (`loadAdminLanguage`): most users never switch, and the shell stays lighter.
 */
export function initAdminI18n(): I18n {
  return initI18n({ 'zh-CN': { admin: adminZhCN }, en: {} });
}

/** Makes sure the console's strings of a language are there before switching to it. */
export async function loadAdminLanguage(i18n: I18n, language: Language | string): Promise<void> {
  if (language !== 'en' || i18n.hasResourceBundle('en', ADMIN_NAMESPACE)) return;
  const { adminEn } = await import('@yingcai/ui/i18n/admin.en');
  i18n.addResourceBundle('en', ADMIN_NAMESPACE, adminEn, true, true);
}

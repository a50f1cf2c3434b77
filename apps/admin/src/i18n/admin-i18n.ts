import { initI18n } from '@yingcai/ui/i18n';
import { adminEn } from '@yingcai/ui/i18n/admin.en';
import { adminZhCN, type AdminMessages } from '@yingcai/ui/i18n/admin.zh-CN';

declare module 'i18next' {
  interface ResourceNamespaceMap {
    admin: AdminMessages;
  }
}

export const ADMIN_NAMESPACE = 'admin';

/** Starts i18next with the console's strings beside the shared `common` ones. */
export function initAdminI18n(): ReturnType<typeof initI18n> {
  return initI18n({ 'zh-CN': { admin: adminZhCN }, en: { admin: adminEn } });
}

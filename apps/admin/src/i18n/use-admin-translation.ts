import { useTranslation } from 'react-i18next';
import { ADMIN_NAMESPACE } from './admin-i18n';

/** `t` over the console's namespace; re-renders when the language changes. */
export function useAdminTranslation() {
  return useTranslation(ADMIN_NAMESPACE);
}

/** `t` over the strings shared with the public site (@yingcai/ui's `common`). */
export function useCommonTranslation() {
  return useTranslation('common');
}

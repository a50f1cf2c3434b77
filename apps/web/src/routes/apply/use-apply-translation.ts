import { applyEn } from '@yingcai/ui/i18n/apply.en';
import { applyZhCN } from '@yingcai/ui/i18n/apply.zh-CN';
import { useTranslation } from 'react-i18next';

/** The application's strings join i18next when its chunk loads, so the home page's first load does not carry them. */
export function useApplyTranslation() {
  const { i18n } = useTranslation();
  if (!i18n.hasResourceBundle('zh-CN', 'apply')) {
    i18n.addResourceBundle('zh-CN', 'apply', applyZhCN);
    i18n.addResourceBundle('en', 'apply', applyEn);
  }
  return useTranslation('apply');
}

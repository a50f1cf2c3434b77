import { admittedEn } from '@yingcai/ui/i18n/admitted.en';
import { admittedZhCN } from '@yingcai/ui/i18n/admitted.zh-CN';
import { useTranslation } from 'react-i18next';

/** The notice's strings join i18next when its chunk loads (decision 015). */
export function useAdmittedTranslation() {
  const { i18n } = useTranslation();
  if (!i18n.hasResourceBundle('zh-CN', 'admitted')) {
    i18n.addResourceBundle('zh-CN', 'admitted', admittedZhCN);
    i18n.addResourceBundle('en', 'admitted', admittedEn);
  }
  return useTranslation('admitted');
}

import { eligibilityEn } from '@yingcai/ui/i18n/eligibility.en';
import { eligibilityZhCN } from '@yingcai/ui/i18n/eligibility.zh-CN';
import { useTranslation } from 'react-i18next';

/** The self-check's strings join i18next when its chunk loads, so the home page's first load does not carry them. */
export function useEligibilityTranslation() {
  const { i18n } = useTranslation();
  if (!i18n.hasResourceBundle('zh-CN', 'eligibility')) {
    i18n.addResourceBundle('zh-CN', 'eligibility', eligibilityZhCN);
    i18n.addResourceBundle('en', 'eligibility', eligibilityEn);
  }
  return useTranslation('eligibility');
}

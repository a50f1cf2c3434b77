import { mentorsEn } from '@yingcai/ui/i18n/mentors.en';
import { mentorsZhCN } from '@yingcai/ui/i18n/mentors.zh-CN';
import { useTranslation } from 'react-i18next';

/** The directory's strings join i18next when its chunk loads, so the home page's first load does not carry them. */
export function useMentorsTranslation() {
  const { i18n } = useTranslation();
  if (!i18n.hasResourceBundle('zh-CN', 'mentors')) {
    i18n.addResourceBundle('zh-CN', 'mentors', mentorsZhCN);
    i18n.addResourceBundle('en', 'mentors', mentorsEn);
  }
  return useTranslation('mentors');
}

import { languages, type Language } from '@yingcai/ui/i18n';
import { Segmented } from 'antd';
import { loadAdminLanguage } from '../i18n/admin-i18n';
import { useCommonTranslation } from '../i18n/use-admin-translation';
import { useAdminLanguage } from './locale-provider';

// antd's Segmented rather than @yingcai/ui's LanguageSwitch, to match the console's controls.
export function LanguageSwitch() {
  const { t, i18n } = useCommonTranslation();
  const language = useAdminLanguage();
  const choose = async (next: Language) => {
    await loadAdminLanguage(i18n, next);
    await i18n.changeLanguage(next);
  };
  return (
    <Segmented<Language>
      aria-label={t('languageSwitch')}
      value={language}
      options={languages.map((value) => ({ value, label: t(`languages.${value}`) }))}
      onChange={(next) => void choose(next)}
    />
  );
}

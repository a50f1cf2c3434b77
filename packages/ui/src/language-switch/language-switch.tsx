import { useTranslation } from 'react-i18next';
import { languages } from '../i18n/index';
import './language-switch.css';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation('common');
  return (
    <div className="yc-language-switch" role="group" aria-label={t('languageSwitch')}>
      {languages.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="yc-language-switch__option"
          aria-pressed={i18n.language === language}
          onClick={() => void i18n.changeLanguage(language)}
        >
          {t(`languages.${language}`)}
        </button>
      ))}
    </div>
  );
}

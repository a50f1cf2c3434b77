import { useTranslation } from 'react-i18next';
import { HomeSection } from './home-section';

const fields = ['address', 'phone', 'email', 'hours'] as const;

export function ContactSection() {
  const { t } = useTranslation('web');
  return (
    <HomeSection id="contact" title={t('home.contact.heading')}>
      <address className="contact">
        <p className="contact__office">{t('home.contact.office')}</p>
        <dl className="contact__list">
          {fields.map((field) => (
            <div key={field} className="contact__row">
              <dt>{t(`home.contact.${field}Label`)}</dt>
              <dd>{t(`home.contact.${field}`)}</dd>
            </div>
          ))}
        </dl>
      </address>
    </HomeSection>
  );
}

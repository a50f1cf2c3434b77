import { CYCLE_CONTACT_FIELDS } from '@yingcai/domain/cycle';
import { useTranslation } from 'react-i18next';
import type { HomeCycle } from './home-cycle';
import { HomeSection } from './home-section';

const ROWS = CYCLE_CONTACT_FIELDS.filter((field) => field !== 'office');

/** 联系我们: the cycle's contact as the office filled it in; a part not given is left out, never a placeholder. */
export function ContactSection({ contact }: { contact: HomeCycle['contact'] | undefined }) {
  const { t } = useTranslation('web');
  const rows = ROWS.filter((field) => contact?.[field]);
  return (
    <HomeSection id="contact" title={t('home.contact.heading')}>
      <address className="contact">
        <p className="contact__office">{contact?.office ?? t('home.contact.office')}</p>
        {rows.length === 0 ? (
          <p>{t('home.contact.none')}</p>
        ) : (
          <dl className="contact__list">
            {rows.map((field) => (
              <div key={field} className="contact__row">
                <dt>{t(`home.contact.${field}Label`)}</dt>
                <dd>{contact![field]}</dd>
              </div>
            ))}
          </dl>
        )}
      </address>
    </HomeSection>
  );
}

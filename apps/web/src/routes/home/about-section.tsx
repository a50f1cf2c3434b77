import { useTranslation } from 'react-i18next';
import type { HomeCycle } from './home-cycle';
import { HomeSection } from './home-section';

export function AboutSection({ universities }: { universities: HomeCycle['universities'] | undefined }) {
  const { t } = useTranslation(['web', 'common']);
  const names = universities?.map((u) => u.name).join(t('common:listSeparator'));
  return (
    <HomeSection id="about" title={t('home.about.heading')}>
      <p>{t('home.about.national')}</p>
      <p>{t('home.about.provincial')}</p>
      {names && <p className="home-note">{t('home.about.universities', { names })}</p>}
    </HomeSection>
  );
}

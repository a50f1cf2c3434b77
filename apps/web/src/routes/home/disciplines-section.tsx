import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HomeCycle } from './home-cycle';
import { HomeSection } from './home-section';

// R-SCOPE-1: the disciplines are the cycle's data
export function DisciplinesSection({ disciplines }: { disciplines: HomeCycle['disciplines'] }) {
  const { t } = useTranslation('web');
  return (
    <HomeSection half id="disciplines" title={t('home.disciplines.heading')}>
      <p>{t('home.disciplines.intro')}</p>
      <ul className="discipline-list">
        {disciplines.map((d) => (
          <li key={d.code} className="discipline-list__item">
            {d.name}
          </li>
        ))}
      </ul>
      <p>
        <Link to="/mentors">{t('home.disciplines.mentorsLink')}</Link>
      </p>
    </HomeSection>
  );
}

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HomeCycle } from './home-cycle';
import { HomeSection } from './home-section';

interface EligibilitySectionProps {
  districts: HomeCycle['districts'];
  rules: HomeCycle['rules'];
}

export function EligibilitySection({ districts, rules }: EligibilitySectionProps) {
  const { t } = useTranslation(['web', 'common']);
  const districtNames = districts.map((d) => d.name).join(t('common:listSeparator'));
  return (
    <HomeSection half id="eligibility" title={t('home.eligibility.heading')}>
      <ul className="check-list">
        <li>
          {t('home.eligibility.school')}
          {districtNames && (
            <span className="home-note home-note--block">{t('home.eligibility.districts', { names: districtNames })}</span>
          )}
        </li>
        <li>
          {t('home.eligibility.rank', {
            subject: rules.subjectRankTopPercent,
            overall: rules.overallRankTopPercent,
          })}
        </li>
        <li>{t('home.eligibility.oneApplication')}</li>
      </ul>
      <p>
        <Link to="/eligibility">{t('home.eligibility.selfCheck')}</Link>
      </p>
      <p>
        <Link className="button" to="/apply">
          {t('home.eligibility.apply')}
        </Link>
      </p>
    </HomeSection>
  );
}

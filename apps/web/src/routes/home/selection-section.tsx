import { useTranslation } from 'react-i18next';
import type { HomeCycle } from './home-cycle';
import { HomeSection } from './home-section';

export function SelectionSection({ rules }: { rules: HomeCycle['rules'] }) {
  const { t } = useTranslation('web');
  return (
    <HomeSection id="selection" title={t('home.selection.heading')}>
      <ol className="step-list">
        <li>{t('home.selection.steps.recommend')}</li>
        <li>{t('home.selection.steps.review')}</li>
        <li>{t('home.selection.steps.assessment')}</li>
        <li>{t('home.selection.steps.cutoff')}</li>
        <li>{t('home.selection.steps.interview', { ratio: rules.interviewRatio })}</li>
        <li>{t('home.selection.steps.admission', { count: rules.minAdmissions })}</li>
      </ol>
      <p className="home-note">{t('home.selection.training', { count: rules.minTrainingSessions })}</p>
    </HomeSection>
  );
}

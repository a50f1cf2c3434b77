import { HomeCycleDocument } from '@yingcai/schema';
import { GraphQLRequestError, usePublicQuery } from '@yingcai/ui/public-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AboutSection } from './about-section';
import { ContactSection } from './contact-section';
import { DisciplinesSection } from './disciplines-section';
import { EligibilitySection } from './eligibility-section';
import type { HomeCycle } from './home-cycle';
import { ErrorState, LoadingState } from '../../components/query-state';
import { ScheduleSection } from './schedule-section';
import { SelectionSection } from './selection-section';
import './home-page.css';

function CycleSections({ cycle }: { cycle: HomeCycle }) {
  return (
    <>
      <DisciplinesSection disciplines={cycle.disciplines} />
      <EligibilitySection districts={cycle.districts} rules={cycle.rules} />
      <ScheduleSection milestones={cycle.milestones} currentPhase={cycle.currentPhase} />
      <SelectionSection rules={cycle.rules} />
    </>
  );
}

function isNotFound(error: unknown): boolean {
  return error instanceof GraphQLRequestError && error.has('NOT_FOUND');
}

export function HomePage() {
  const { t } = useTranslation('web');
  const { data, loading, error, refetch } = usePublicQuery(HomeCycleDocument);
  const cycle = data?.cycle;

  let content: ReactNode = null;
  if (cycle) content = <CycleSections cycle={cycle} />;
  else if (loading) content = <LoadingState />;
  else if (isNotFound(error)) content = <p className="query-state">{t('home.noCycle')}</p>;
  else if (error) content = <ErrorState onRetry={refetch} />;

  return (
    <>
      <title>{t('site.title')}</title>
      <div className="home-hero">
        <div className="home-hero__inner">
          {cycle && <p className="home-hero__cycle">{t('home.cycle', { year: cycle.year })}</p>}
          <h1>{t('home.heading')}</h1>
          <p className="home-hero__lead">{t('home.lead')}</p>
        </div>
      </div>
      <div className="home-sections">
        <AboutSection universities={cycle?.universities} />
        {content}
        <ContactSection contact={cycle?.contact} />
      </div>
    </>
  );
}

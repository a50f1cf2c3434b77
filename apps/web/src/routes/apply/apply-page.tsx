import { WebApplyCycleDocument, WebMyApplicationDocument, WebParticipatingSchoolsDocument, type WebApplyCycleQuery } from '@yingcai/schema';
import { usePublicQuery } from '@yingcai/ui/public-query';
import { Navigate } from 'react-router';
import { QueryFallback } from '../../components/query-fallback';
import { ApplicantPage, isNotApplicant } from './applicant-page';
import { ApplicationForm } from './application-form';
import { useApplyTranslation } from './use-apply-translation';

type Cycle = WebApplyCycleQuery['cycle'];

function CycleApplication({ cycle }: { cycle: Cycle }) {
  const { t } = useApplyTranslation();
  const mine = usePublicQuery(WebMyApplicationDocument, { year: cycle.year });
  const schools = usePublicQuery(WebParticipatingSchoolsDocument, { year: cycle.year });
  if (isNotApplicant(mine.error)) return <p className="query-state">{t('onlyApplicants')}</p>;
  if (!mine.data || !schools.data || mine.loading || schools.loading) {
    const retry = () => (mine.error ? mine.refetch() : schools.refetch());
    return <QueryFallback loading={mine.loading || schools.loading} error={mine.error ?? schools.error} onRetry={retry} />;
  }
  const application = mine.data.myApplication;
  // R-APP-4: a submitted application is no longer edited here
  if (application && application.status !== 'DRAFT') return <Navigate to="/apply/status" replace />;
  return <ApplicationForm cycle={cycle} schools={schools.data.participatingSchools} application={application} />;
}

function Application() {
  const { t } = useApplyTranslation();
  const { data, loading, error, refetch } = usePublicQuery(WebApplyCycleDocument);
  return (
    <>
      {data && <p className="account-page__lead">{t('cycle', { year: data.cycle.year })}</p>}
      <p className="account-page__lead">{t('lead')}</p>
      {data ? <CycleApplication cycle={data.cycle} /> : <QueryFallback loading={loading} error={error} onRetry={refetch} />}
    </>
  );
}

/** /apply (我要报名): the signed-in applicant's application, saved as it is typed. */
export function ApplyPage() {
  const { t } = useApplyTranslation();
  return (
    <ApplicantPage title={t('heading')}>
      <Application />
    </ApplicantPage>
  );
}
